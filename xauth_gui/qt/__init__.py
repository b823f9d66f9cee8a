"""Qt (QtCore/QtNetwork) layer: the loopback listener, workers, the flow controller, settings."""
