"""The WebDAV relay: bundles through a shared folder, for weak connections (docs/relay.md)."""
