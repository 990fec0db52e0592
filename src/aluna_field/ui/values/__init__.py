"""How record values read on screen, shared by the lists, the forms and the conflicts view.

Its own package, below records/, forms/ and conflicts/, so that none of them has to
import another to show a value (they once imported each other both ways).
"""
