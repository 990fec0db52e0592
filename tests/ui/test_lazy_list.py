"""A list as a lazy model: only the pages the view paints are read, End reaches the last
row, the header sorts and the search box filters in SQL, a real name never enters the
model, and locking forgets every row and cell. Real window, real vault, fictional data."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, wait_idle

from aluna_field.services.session import Session
from aluna_field.ui.records.lazy import PAGE
from aluna_field.ui.shell.controller import AppController

LEVELS = ("low", "medium", "high", "critical")
N = 5 * PAGE


def _fill(session: Session) -> list[str]:
    sid = session.add(
        "subject",
        {
            "type": "person",
            "alias": "Alias Ficticio Lento",
            "real_name": "Nombre Inventado Perezoso",
            "region": "Oaxaca",
        },
    )[0]
    return session.add(
        "crisis-note",
        [
            {
                "subject_ids": [sid],
                "occurred_at": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00",
                "event": "threat",
                "narrative": f"Relato ficticio {'granizo' if i == 17 else 'llamada'} {i}.",
                "urgency": LEVELS[i % 4],
            }
            for i in range(N)
        ],
    )


def test_lazy_list_reads_what_is_shown_sorts_and_searches_in_sql(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    controller.window.resize(1280, 720)
    ws.env.backend.call(_fill)
    ws.show_pane("crisis-note")
    wait_idle(qtbot, controller)
    pane = ws.records_pane("crisis-note")
    table, model = pane.table, pane.model
    qtbot.waitUntil(lambda: model.rowCount() == N)
    # Newest first; of the five pages only what the screen showed was read.
    dates = [str(model.index(r, 0).data()) for r in range(3)]
    assert dates == sorted(dates, reverse=True)
    assert 1 <= len(model._pages) <= 2
    assert str(N) in pane.count.text()
    # End goes to the last row (its page is read then), Home back to the first.
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == N - 1
    assert str(model.index(N - 1, 0).data()) <= dates[-1]
    # Sorting by urgency: critical first, every level together.
    urgency = model.columns.index("urgency")
    table.sortByColumn(urgency, Qt.SortOrder.DescendingOrder)
    rows = [pane.model.row_at(r).fields["urgency"] for r in range(model.rowCount())]
    assert rows == sorted(rows, key=LEVELS.index, reverse=True)
    assert model.index(0, urgency).data(Qt.ItemDataRole.ForegroundRole) is not None
    # No page holds the subject's real name: rows come without sensitive fields.
    for page in model._pages.values():
        for row, cells in page:
            assert "Nombre Inventado" not in repr(row.fields) + repr(cells)
    # The search box: FTS5 in the list's query.
    with qtbot.waitSignal(pane.searched):
        pane.filters.search.setText("granizo")
        pane.run_search()
    assert model.rowCount() == 1
    assert (
        "granizo"
        in ws.env.backend.call(lambda s: s.show(model.row_at(0).rid)).state.fields["narrative"]
    )
    # Locking forgets every row and cell.
    controller.lock()
    assert model.rowCount(QModelIndex()) == 0 and not model._pages and model.total == 0
