"""The sandbox's registered clients (published values: they protect nothing)."""

PUBLIC_CLIENT_ID = "sandbox-public-client"
CONFIDENTIAL_CLIENT_ID = "sandbox-confidential-client"
CONFIDENTIAL_CLIENT_SECRET = "sandbox-secret"
