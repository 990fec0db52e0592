"""One threat of a risk assessment: every field, and the threat's own level, live."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain import kinds as domain
from ...domain.risk import ThreatLevel, explain_threat
from ...domain.risk_codes import ThreatKind
from ...domain.taxonomy import PerpetratorType
from ...l10n import _
from ..common.chips import ChipSelector
from ..common.choices import CodeCombo, coded_options
from ..common.widgets import plain_label, scaled_font
from .fields import BoolField
from .items import Arrangement, ItemList
from .risk_scores import ScoreBox

KIND = "risk-assessment"
NEWLINE = "\n"
_TEXT_FIELDS = ("description", "who", "when", "source", "credibility_note")


def line(value: object, placeholder: str, list_: ItemList) -> QLineEdit:
    edit = QLineEdit(str(value or ""))
    edit.setPlaceholderText(placeholder)
    edit.textChanged.connect(list_.changed)
    return edit


class ThreatSpec:
    """What, kind, score, perpetrators (codes and free text), when, source, credibility
    (scored, with a note), whether it repeats a pattern; its level below."""

    prefix = "t"

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def caption(self, name: str) -> str:
        if name in {"level", "pattern"}:  # the level is its own text, the box its own label
            return ""
        return domain.field_label(KIND, f"threats.{name}", self.lang)

    def arrange(self) -> Arrangement:
        return (
            (("description", 3), ("kind", 1), ("score", 3)),
            (("perpetrators", 1),),
            (("who", 2), ("when", 1), ("source", 2)),
            (("credibility", 3), ("credibility_note", 2), ("pattern", 0)),
            (("level", 1),),
        )

    def build(self, list_: ItemList, number: int, values: dict[str, Any]) -> dict[str, QWidget]:
        lang = self.lang
        text = line(values.get("description"), _(lang, "Describe in a few words"), list_)
        text.setAccessibleName(f"{list_.noun} {number}")
        kind = CodeCombo(coded_options(ThreatKind, lang))
        kind.set_value(values.get("kind") or ThreatKind.POSSIBLE.value)
        kinds = [f"{k.label(lang)}: {k.description(lang)}" for k in ThreatKind]
        kind.setToolTip(NEWLINE.join(kinds))
        score = ScoreBox("threat", lang)
        score.set_value(values.get("score"))
        score.setAccessibleName(_(lang, "Score of {noun} {n}", noun=list_.noun, n=number))
        perpetrators = ChipSelector(coded_options(PerpetratorType, lang))
        perpetrators.set_value(values.get("perpetrators"))
        who = line(values.get("who"), _(lang, "Who, in your words (besides the types)"), list_)
        when = line(values.get("when"), _(lang, "Date or period"), list_)
        source = line(values.get("source"), _(lang, "How you learned of it"), list_)
        credibility = ScoreBox("credibility", lang)
        credibility.set_value(values.get("credibility"))
        note = line(values.get("credibility_note"), "", list_)
        pattern = BoolField(domain.field_label(KIND, "threats.pattern", lang))
        pattern.set_value(values.get("pattern"))
        level = plain_label()
        level.setFont(scaled_font(1.0, bold=True))
        for widget in (kind, score, perpetrators, credibility, pattern):
            widget.changed.connect(list_.changed)
        return {
            "description": text,
            "kind": kind,
            "score": score,
            "perpetrators": perpetrators,
            "who": who,
            "when": when,
            "source": source,
            "credibility": credibility,
            "credibility_note": note,
            "pattern": pattern,
            "level": level,
        }

    def read(self, widgets: dict[str, QWidget], extra: dict[str, Any]) -> dict[str, Any]:
        out = dict(extra)
        for name in _TEXT_FIELDS:
            edit = widgets[name]
            assert isinstance(edit, QLineEdit)
            out[name] = edit.text()
        kind, perpetrators, pattern = widgets["kind"], widgets["perpetrators"], widgets["pattern"]
        assert isinstance(kind, CodeCombo) and isinstance(perpetrators, ChipSelector)
        assert isinstance(pattern, BoolField)
        out["kind"] = kind.value() or ThreatKind.POSSIBLE.value
        out["perpetrators"] = sorted(perpetrators.value())  # as the domain keeps them
        out["pattern"] = pattern.value()
        for name in ("score", "credibility"):
            box = widgets[name]
            assert isinstance(box, ScoreBox)
            out[name] = box.value()
        return out


def show_levels(list_: ItemList, levels: tuple[ThreatLevel, ...], lang: str) -> None:
    """Each threat card's own level and how it was derived."""
    by_id = {level.threat_id: level for level in levels}
    for item, tid in zip(list_.items, list_.ids(), strict=True):
        label = item["widgets"]["level"]
        found = by_id.get(tid)
        text = explain_threat(found, lang) if found else _(lang, "Not scored yet")
        label.setText(_(lang, "This threat's level: {text}", text=text))
        label.setAccessibleName(label.text())
