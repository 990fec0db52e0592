"""The main window: sidebar, panes, locking and the app's life cycle."""
