"""The item models on their own, without any window: columns, sorting and every filter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aluna_field.services.drafts import Draft
from aluna_field.ui.home.drafts_model import DraftsModel
from aluna_field.ui.records.history import HistoryModel
from aluna_field.ui.records.model import Filters, RecordFilterProxy, RecordTableModel, matches
from aluna_field.ui.records.rows import RecordRow
from aluna_field.ui.values.format import Lookup

S1, S2 = "1" * 32, "2" * 32
LOOKUP = Lookup(aliases={S1: "Colectivo Ficticio Uno", S2: "Red Ficticia Dos"})


def _note(rid: str, day: str, subject: str, event: str, urgency: str) -> RecordRow:
    fields = {
        "occurred_at": f"{day}T10:00:00",
        "subject_ids": [subject],
        "event": event,
        "urgency": urgency,
        "narrative": "ficticio",
    }
    return RecordRow(rid, "crisis-note", fields, 0, "d" * 32, False)


ROWS = [
    _note("a" * 32, "2026-01-10", S1, "threat", "low"),
    _note("b" * 32, "2026-03-05", S2, "raid", "critical"),
    _note("c" * 32, "2026-02-20", S1, "raid", "medium"),
]


def _proxy(qapp: QApplication) -> tuple[RecordTableModel, RecordFilterProxy]:
    model = RecordTableModel("crisis-note", "es")
    model.set_rows(ROWS, LOOKUP)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _ids(proxy: RecordFilterProxy) -> list[str]:
    return [
        proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)[0] for r in range(proxy.rowCount())
    ]


def test_columns_show_labels_and_aliases(qapp: QApplication) -> None:
    model, _ = _proxy(qapp)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Fecha y hora del hecho", "Sujetos", "Hecho", "Urgencia"]
    row = [model.index(1, c).data() for c in range(model.columnCount())]
    assert row == ["2026-03-05 10:00", "Red Ficticia Dos", "Allanamiento", "Crítica"]
    assert model.index(1, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is None


def test_sorting_by_date_and_by_urgency_rank(qapp: QApplication) -> None:
    _, proxy = _proxy(qapp)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert _ids(proxy) == ["a", "c", "b"]
    proxy.sort(3, Qt.SortOrder.DescendingOrder)  # critical, medium, low: by rank, not text
    assert _ids(proxy) == ["b", "c", "a"]


def test_every_filter(qapp: QApplication) -> None:
    _, proxy = _proxy(qapp)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    proxy.set_filters(Filters(date_from=dt.date(2026, 2, 1)))
    assert _ids(proxy) == ["c", "b"]
    proxy.set_filters(Filters(date_to=dt.date(2026, 2, 20)))
    assert _ids(proxy) == ["a", "c"]
    proxy.set_filters(Filters(subject=S1))
    assert _ids(proxy) == ["a", "c"]
    proxy.set_filters(Filters(category="raid"))
    assert _ids(proxy) == ["c", "b"]
    proxy.set_filters(Filters(urgency="critical"))
    assert _ids(proxy) == ["b"]
    proxy.set_filters(Filters(search=frozenset({"a" * 32, "b" * 32}), subject=S2))
    assert _ids(proxy) == ["b"]
    proxy.set_filters(Filters())
    assert proxy.rowCount() == 3


def test_filters_on_other_kinds() -> None:
    impact = RecordRow(
        "e" * 32,
        "impact-observation",
        {"observed_on": "2026-01-01", "subject_ids": [S2], "categories": ["fear", "mourning"]},
        0,
        "",
        False,
    )
    assert matches(impact, Filters(category="mourning"))
    assert not matches(impact, Filters(category="impunity"))
    assert not matches(impact, Filters(urgency="high"))  # impacts have no urgency
    subject = RecordRow(S1, "subject", {"alias": "x"}, 0, "", False)
    assert matches(subject, Filters(subject=S1))
    assert not matches(subject, Filters(date_from=dt.date(2026, 1, 1)))  # subjects have no date


def test_all_kinds_model_for_search_results(qapp: QApplication) -> None:
    model = RecordTableModel(None, "en")
    model.set_rows(ROWS[:1], LOOKUP)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Kind",
        "Date",
        "Record",
    ]
    assert [model.index(0, c).data() for c in range(3)] == [
        "Crisis note",
        "2026-01-10",
        "Colectivo Ficticio Uno",
    ]


def test_history_and_drafts_models(qapp: QApplication) -> None:
    history = HistoryModel("es", "d" * 32, "Ana Prueba")
    history.set_history(
        "crisis-note",
        [
            {"time_ms": 0, "author": "d" * 32, "type": "put", "fields": ["narrative", "event"]},
            {"time_ms": 60_000, "author": "f" * 32, "type": "put", "fields": ["urgency"]},
            {"time_ms": 120_000, "author": "f" * 32, "type": "delete", "fields": []},
        ],
    )
    assert [history.index(r, 2).data() for r in range(3)] == ["Creado", "Editado", "Borrado"]
    assert history.index(0, 1).data() == "Tú (Ana Prueba)"
    assert history.index(1, 1).data() == "Dispositivo ffffffff"
    assert history.index(0, 3).data() == "Qué pasó, Hecho"
    drafts = DraftsModel("es")
    drafts.set_drafts([Draft("x", "risk-assessment", None, {}, 0)])
    assert drafts.index(0, 0).data() == "Análisis de riesgo"
    assert drafts.index(0, 1).data() == "Registro nuevo"
    history.clear()
    assert history.rowCount() == 0
