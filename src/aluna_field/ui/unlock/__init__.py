"""The unlock and create-vault screen: what shows while the vault is locked."""
