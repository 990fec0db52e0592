"""Aluna Field: offline-first, encrypted field notes for psychosocial accompaniment."""

__version__ = "0.1.0"
