"""A field's value as text, list fields of items (threats, measures) one line per item."""

from __future__ import annotations

from typing import Any

from ...domain.coded import Coded
from ...domain.risk_codes import MeasureState, MeasureType, ThreatKind
from .format import Lookup, format_value

_NESTED = {
    "threats": ("id", "description", "kind", "score", "credibility"),
    "vulnerabilities": ("id", "description", "score", "threats"),
    "capacities": ("id", "description", "score", "threats"),
    "measures": ("what", "type", "factor", "who", "by", "state"),
}


_CODED: dict[str, type[Coded]] = {"kind": ThreatKind, "type": MeasureType, "state": MeasureState}


def _part(key: str, value: Any, lang: str) -> str:
    coded = _CODED.get(key)
    if coded is not None and isinstance(value, str) and value in coded.codes():
        return coded(value).label(lang)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def field_text(kind: str, name: str, value: Any, lang: str, lookup: Lookup) -> str:
    if name in _NESTED and isinstance(value, list):
        keys = _NESTED[name]
        lines = []
        for item in value:
            if isinstance(item, dict):
                parts = [
                    _part(k, item.get(k), lang) for k in keys if item.get(k) not in (None, "", [])
                ]
                lines.append("• " + " · ".join(parts))
        return "\n".join(lines)
    return format_value(kind, name, value, lang, lookup)
