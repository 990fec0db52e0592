"""How a record's conflict banner reaches the inbox, and who hears the count.

Panes only share the Navigator; this small object lives as the navigator's child, so
it is found (or made) from it and dies with the workspace. The banner asks it to
`open` a record; the inbox emits `counted` whenever it counts again (for a badge).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

ROUTE_NAME = "aluna-conflict-route"


class ConflictRoute(QObject):
    open = Signal(str)  # record id
    counted = Signal(int)  # records with conflicts


def conflict_route(nav: QObject) -> ConflictRoute:
    found = nav.findChild(ConflictRoute, ROUTE_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, ConflictRoute):
        return found
    route = ConflictRoute(nav)
    route.setObjectName(ROUTE_NAME)
    return route
