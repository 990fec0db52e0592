"""The home page: what is due, what was left half-written, what waits to sync, what was
touched last."""
