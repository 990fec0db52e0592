"""The sync screen: USB drives as they are plugged in, dropped bundles, the relay."""
