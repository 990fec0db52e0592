"""The home page: what is due, what was left half-written, what was touched last."""
