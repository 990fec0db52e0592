"""Messages inside the window (never the system's notifications) and confirmations."""
