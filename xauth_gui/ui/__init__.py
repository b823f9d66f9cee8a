"""Widgets (QtWidgets): render controller state and forward user intent; no I/O, no OAuth logic."""
