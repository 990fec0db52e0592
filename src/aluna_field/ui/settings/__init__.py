"""Settings: language, auto-lock, this device, passphrase and recovery words."""
