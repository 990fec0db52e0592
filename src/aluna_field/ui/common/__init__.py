"""Widgets and helpers shared by every feature of the desktop app."""
