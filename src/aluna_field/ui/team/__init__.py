"""The team screen: this device's card (QR codes and text), adding a device, members."""
