"""A table model over a list of rows with translated column headers (members, inbox)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

from ...l10n import _
from ..common.table import ColumnsModel

R = TypeVar("R")


class RowsModel(ColumnsModel, Generic[R]):
    """Rows replaced whole; the header of column c is texts["col_" + c]."""

    def __init__(self, lang: str, texts: Mapping[str, str]) -> None:
        super().__init__()
        self.lang = lang
        self.texts = texts
        self.rows: list[R] = []

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def header(self, name: str) -> str:
        return _(self.lang, self.texts[f"col_{name}"])
