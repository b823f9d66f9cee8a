"""Pure OAuth logic: standard library only (no Qt, requests or keyring; tests/test_layers.py checks)."""
