"""Services: the HTTP transport (requests) and the secret store (keyring). No Qt here."""
