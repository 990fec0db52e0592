"""The risk form edits every field of a threat, a factor and a measure, shows each
threat's level live, and links a factor to a threat in two keystrokes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from test_records_flow import add_subject
from ui_helpers import activate, create_through_ui, pick_subject, save, type_text

from aluna_field.ui.forms.items import ItemList
from aluna_field.ui.shell.controller import AppController


def _type(qtbot: QtBot, edit: object, text: str) -> None:
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    type_text(edit, text)


def _add(qtbot: QtBot, items: ItemList) -> dict[str, object]:
    qtbot.mouseClick(items.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()  # the new card is shown once events run
    widgets: dict[str, object] = items.items[-1]["widgets"]
    return widgets


def test_every_field_saved_and_read_back(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    ws.show_pane("risk-assessment")
    pane = ws.records_pane("risk-assessment")
    host = pane.new_record({})
    form = host.form
    pick_subject(qtbot, host, "subject_id", "ceiba")
    lists = form.lists  # type: ignore[attr-defined]

    threat = _add(qtbot, lists["threats"])
    assert threat["score"].value() is None  # type: ignore[attr-defined]  # starts unscored
    _type(qtbot, threat["description"], "Mensaje ficticio de advertencia")
    threat["kind"].set_value("declared")  # type: ignore[attr-defined]
    threat["score"].spin.setValue(4)  # type: ignore[attr-defined]
    assert threat["score"].anchor.text() == "Grave: dirigida, con capacidad de cumplirse"  # type: ignore[attr-defined]
    threat["perpetrators"].chips["business"].click()  # type: ignore[attr-defined]
    threat["perpetrators"].chips["state_police"].click()  # type: ignore[attr-defined]
    _type(qtbot, threat["who"], "Hombres en moto")
    _type(qtbot, threat["when"], "marzo")
    _type(qtbot, threat["source"], "Llamada a la oficina")
    threat["credibility"].spin.setValue(3)  # type: ignore[attr-defined]
    _type(qtbot, threat["credibility_note"], "Ya pasó antes")
    threat["pattern"].click()  # type: ignore[attr-defined]
    second = _add(qtbot, lists["threats"])
    _type(qtbot, second["description"], "Vigilancia ficticia")  # left unscored

    vulnerability = _add(qtbot, lists["vulnerabilities"])
    _type(qtbot, vulnerability["description"], "Rutas fijas")
    vulnerability["score"].spin.setValue(3)  # type: ignore[attr-defined]
    # Two keystrokes from the score: Tab into the threats, Space checks the first.
    activate(qtbot, controller)
    vulnerability["score"].spin.setFocus()  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is vulnerability["score"].spin  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is vulnerability["threats"]
    qtbot.keyClick(vulnerability["threats"], Qt.Key.Key_Space)  # type: ignore[arg-type]
    assert vulnerability["threats"].value() == ["t1"]  # type: ignore[attr-defined]
    capacity = _add(qtbot, lists["capacities"])  # linked to none: bears on all
    _type(qtbot, capacity["description"], "Red activa")
    capacity["score"].spin.setValue(2)  # type: ignore[attr-defined]

    measure = _add(qtbot, form.measures)  # type: ignore[attr-defined]
    _type(qtbot, measure["what"], "Cambiar rutas")
    measure["type"].set_value("reduce_vulnerability")  # type: ignore[attr-defined]
    factor = measure["factor"]
    assert [factor.itemData(i) for i in range(factor.count())] == ["", "v1"]  # type: ignore[attr-defined]
    factor.set_value("v1")  # type: ignore[attr-defined]
    _type(qtbot, measure["who"], "Ana")
    measure["by"].check.setChecked(True)  # type: ignore[attr-defined]
    measure["state"].set_value("in_progress")  # type: ignore[attr-defined]
    _type(qtbot, measure["notes"], "Revisar en un mes")

    rid = save(qtbot, controller, pane)
    fields = ws.env.backend.call(lambda s: s.show(rid).state.fields)
    t1, t2 = fields["threats"]
    assert t1 == {
        **t1,
        "id": "t1",
        "description": "Mensaje ficticio de advertencia",
        "kind": "declared",
        "score": 4,
        "perpetrators": ["business", "state_police"],
        "who": "Hombres en moto",
        "when": "marzo",
        "source": "Llamada a la oficina",
        "credibility": 3,
        "credibility_note": "Ya pasó antes",
        "pattern": True,
    }
    assert t2["score"] is None and t2["id"] == "t2"
    assert fields["vulnerabilities"][0]["threats"] == ["t1"]
    assert fields["capacities"][0]["threats"] == []
    (m,) = fields["measures"]
    assert {k: m[k] for k in ("what", "type", "factor", "who", "state", "notes")} == {
        "what": "Cambiar rutas",
        "type": "reduce_vulnerability",
        "factor": "v1",
        "who": "Ana",
        "state": "in_progress",
        "notes": "Revisar en un mes",
    }
    assert m["by"]
    assert fields["risk_level"] == "high"  # declared and credible: never below alto

    # Opened again, every field is where it was, the links and the measure's factor too.
    again = pane.edit(rid).form
    values = again.values()
    assert values["threats"] == [
        {k: v for k, v in t.items() if k in values["threats"][0]} for t in (t1, t2)
    ]
    assert again.lists["vulnerabilities"].items[0]["widgets"]["threats"].value() == ["t1"]  # type: ignore[attr-defined]
    assert again.measures.items[0]["widgets"]["factor"].value() == "v1"  # type: ignore[attr-defined]


def test_levels_update_live_and_errors_beside_the_item(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("risk-assessment")
    host = ws.records_pane("risk-assessment").new_record({})
    form = host.form
    lists = form.lists  # type: ignore[attr-defined]
    threat = _add(qtbot, lists["threats"])
    level = threat["level"]
    assert level.text() == "Nivel de esta amenaza: sin puntuar"  # type: ignore[attr-defined]
    assert form.badge.badge.text() == "Riesgo sin evaluar"  # type: ignore[attr-defined]
    threat["score"].spin.setValue(5)  # type: ignore[attr-defined]
    assert level.text().endswith("= 5 → medio")  # type: ignore[attr-defined]
    assert form.badge.badge.text() == "Riesgo medio"  # type: ignore[attr-defined]
    vulnerability = _add(qtbot, lists["vulnerabilities"])
    vulnerability["score"].spin.setValue(5)  # type: ignore[attr-defined]
    assert level.text().endswith("= 25 → crítico")  # type: ignore[attr-defined]
    assert form.badge.badge.text() == "Riesgo crítico"  # type: ignore[attr-defined]
    # No description: the domain's message shows in the threat's own card.
    qtbot.mouseClick(host.save_button, Qt.MouseButton.LeftButton)
    card_error = lists["threats"].items[0]["error"]
    assert not card_error.isHidden()
    assert card_error.text().startswith("1. Amenaza:")


def test_fits_1366_by_768_without_horizontal_scrolling(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("risk-assessment")
    host = ws.records_pane("risk-assessment").new_record({})
    form = host.form
    form.lists["threats"].set_value(  # type: ignore[attr-defined]
        [{"description": "Llamadas anónimas", "kind": "declared", "score": 4, "credibility": 3}]
    )
    form.lists["vulnerabilities"].set_value([{"description": "Rutas fijas", "score": 3}])  # type: ignore[attr-defined]
    form.lists["capacities"].set_value([{"description": "Red activa", "score": 2}])  # type: ignore[attr-defined]
    form.measures.set_value([{"what": "Cambiar rutas", "type": "reduce_vulnerability"}])  # type: ignore[attr-defined]
    controller.window.resize(1366, 768)
    QApplication.processEvents()
    assert host.body_scroll.horizontalScrollBar().maximum() == 0


def test_the_trend_says_a_chosen_subject_has_no_earlier_assessment(
    qtbot: QtBot, controller: AppController
) -> None:
    # Seen under Xvfb: with the subject chosen it still said "elige un sujeto para verlos".
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    ws.show_pane("risk-assessment")
    host = ws.records_pane("risk-assessment").new_record({})
    trend = host.form.trend  # type: ignore[attr-defined]
    assert trend.lines.text() == "Elige un sujeto para ver sus análisis anteriores."
    pick_subject(qtbot, host, "subject_id", "ceiba")
    assert trend.lines.text() == "Este sujeto todavía no tiene análisis anteriores."


def test_adding_an_item_from_the_keyboard_puts_the_keys_in_its_first_field(
    qtbot: QtBot, controller: AppController
) -> None:
    # Seen under Xvfb: Space on "Agregar vulnerabilidad" made the card below the fold
    # and the focus fell to the sidebar, so the next keys went nowhere useful.
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    controller.window.resize(1366, 768)
    ws.show_pane("risk-assessment")
    host = ws.records_pane("risk-assessment").new_record({})
    activate(qtbot, controller)
    scroll = host.body_scroll
    for name in ("threats", "vulnerabilities", "capacities"):
        items = host.form.lists[name]  # type: ignore[attr-defined]
        button = items.add_button
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        qtbot.keyClick(button, Qt.Key.Key_Space)
        first = items.items[-1]["widgets"]["description"]
        qtbot.waitUntil(lambda first=first: QApplication.focusWidget() is first)
        # And it is on screen: the page scrolled to it.
        qtbot.waitUntil(
            lambda first=first: (
                scroll.viewport()
                .rect()
                .contains(first.mapTo(scroll.viewport(), first.rect().center()))
            )
        )


def test_a_draft_reopened_tabs_through_the_whole_form_in_reading_order(
    qtbot: QtBot, controller: AppController
) -> None:
    # Seen under Xvfb: reopened from Inicio, Tab from the date skipped the factors and
    # the plan, and from "Agregar amenaza" went straight to "Descartar…" (the cards were
    # chained while the form was loaded outside the window).
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    ws.show_pane("risk-assessment")
    pane = ws.records_pane("risk-assessment")
    host = pane.new_record({})
    pick_subject(qtbot, host, "subject_id", "ceiba")
    threat = _add(qtbot, host.form.lists["threats"])  # type: ignore[attr-defined]
    _type(qtbot, threat["description"], "Amenaza ficticia de práctica")
    host.save_draft()
    draft = ws.env.backend.drafts(lambda d: d.get(host.draft_id))
    pane.close_form()
    assert draft is not None
    host = pane.open_draft(draft)
    activate(qtbot, controller)
    lists = host.form.lists  # type: ignore[attr-defined]
    start = host.form.rows["subject_id"].field.line  # type: ignore[attr-defined]
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    forward = []
    while QApplication.focusWidget() is not host.save_button and len(forward) < 60:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        forward.append(QApplication.focusWidget())
    card = lists["threats"].items[0]["widgets"]
    order = [
        card["description"],
        lists["threats"].add_button,
        lists["vulnerabilities"].add_button,
        lists["capacities"].add_button,
        host.form.measures.add_button,  # type: ignore[attr-defined]
        host.discard_button,
        host.save_button,
    ]
    assert all(widget in forward for widget in order)
    assert [forward.index(widget) for widget in order] == sorted(
        forward.index(widget) for widget in order
    )
    backward = []
    for _ in range(len(forward)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        backward.append(QApplication.focusWidget())
    assert backward == [*forward[-2::-1], start]


def test_a_factors_threat_list_shows_its_rows_in_a_narrow_card(
    qtbot: QtBot, controller: AppController
) -> None:
    # Seen under Xvfb at 1280 px: a sideways scroll bar took the list's height and the
    # one threat's row could not be read.
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    controller.window.resize(1280, 720)
    ws.show_pane("risk-assessment")
    host = ws.records_pane("risk-assessment").new_record({})
    lists = host.form.lists  # type: ignore[attr-defined]
    threat = _add(qtbot, lists["threats"])
    _type(qtbot, threat["description"], "Seguimiento ficticio con motocicletas frente a la casa")
    vulnerability = _add(qtbot, lists["vulnerabilities"])
    links = vulnerability["threats"]
    qtbot.waitUntil(lambda: links.count() == 1)  # type: ignore[attr-defined]
    assert not links.horizontalScrollBar().isVisible()  # type: ignore[attr-defined]
    row = links.visualItemRect(links.item(0))  # type: ignore[attr-defined]
    assert links.viewport().rect().contains(row.topLeft())  # type: ignore[attr-defined]
    assert row.bottom() <= links.viewport().rect().bottom()  # type: ignore[attr-defined]


def test_a_measure_fits_a_1280_window(qtbot: QtBot, controller: AppController) -> None:
    # Seen under Xvfb at 1280 px: the two choice boxes, as wide as their longest choice,
    # left the measure's text four letters, cut its date to "-12-03" and pushed the form
    # sideways past the window.
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    controller.window.resize(1280, 720)
    ws.show_pane("risk-assessment")
    host = ws.records_pane("risk-assessment").new_record({})
    lists = host.form.lists  # type: ignore[attr-defined]
    vulnerability = _add(qtbot, lists["vulnerabilities"])
    _type(qtbot, vulnerability["description"], "Vive sola, sin cámaras ni vecinos cerca de la casa")
    measure = _add(qtbot, host.form.measures)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: measure["what"].isVisible())  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert not host.body_scroll.horizontalScrollBar().isVisible()
    chars = measure["what"].fontMetrics().averageCharWidth()  # type: ignore[attr-defined]
    assert measure["what"].width() >= chars * 12  # type: ignore[attr-defined]
    date = measure["by"].edit  # type: ignore[attr-defined]
    assert date.width() >= date.fontMetrics().horizontalAdvance(date.text())
