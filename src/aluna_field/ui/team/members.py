"""The members of the team: a table model (tested without a window) and the actions a
coordinator takes on the chosen member: change the role, revoke a lost device."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from ...l10n import _
from ...services import enrolment, team
from ...services.enrolment import MemberRow
from ...services.messages import describe
from ..common.nav import PaneEnv
from ..common.table import TEXT_ROLES, Index, table_view
from ..common.widgets import plain_label
from ..notifications.confirm import ConfirmDialog, ask
from ..notifications.toasts import notify
from .enrol import role_text
from .rows_model import RowsModel
from .texts import KEYED

COLUMNS = ("name", "role", "fingerprint", "state")
ID_ROLE = Qt.ItemDataRole.UserRole


def state_text(row: MemberRow, lang: str) -> str:
    if row.revoked:
        return _(lang, "Revoked")
    if row.is_me:
        return _(lang, "This device")
    return _(lang, "Active") if row.heard_from else _(lang, "Active · no bundle received yet")


class MembersModel(RowsModel[MemberRow]):
    columns = COLUMNS

    def __init__(self, lang: str) -> None:
        super().__init__(lang, KEYED)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.device_id
        if role not in TEXT_ROLES:
            return None
        column = COLUMNS[index.column()]
        if column == "name":
            return row.name
        if column == "role":
            return role_text(row.role, self.lang)
        if column == "fingerprint":
            return row.fingerprint
        return state_text(row, self.lang)


class MembersBox(QGroupBox):
    changed = Signal()

    def __init__(self, env: PaneEnv) -> None:
        super().__init__(_(env.lang, "Members"))
        self.env = env
        lang = env.lang
        self.model = MembersModel(lang)
        self.table = table_view(self.model, _(lang, "Members"))
        self.table.setMinimumHeight(self.fontMetrics().height() * 8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.hint = plain_label(_(lang, "Pick a member from the list."))
        row.addWidget(self.hint, 1)
        self.role_button = QPushButton(_(lang, "Make coordinator…"))
        self.revoke_button = QPushButton(_(lang, "Revoke…"))
        self.role_button.clicked.connect(self.ask_role)
        self.revoke_button.clicked.connect(self.ask_revoke)
        row.addWidget(self.role_button)
        row.addWidget(self.revoke_button)
        layout.addLayout(row)
        self.dialog: ConfirmDialog | None = None
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.set_coordinator(False)

    def set_coordinator(self, allowed: bool) -> None:
        self.allowed = allowed
        for widget in (self.role_button, self.revoke_button):
            widget.setVisible(allowed)
        self._selected(self.table.currentIndex(), QModelIndex())

    def set_rows(self, rows: list[MemberRow]) -> None:
        self.model.set_rows(rows)
        self._selected(QModelIndex(), QModelIndex())

    def current(self) -> MemberRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select(self, device_id: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.device_id == device_id:
                self.table.selectRow(i)

    def _selected(self, _current: Index, _previous: Index) -> None:
        row = self.current()
        usable = self.allowed and row is not None and not row.revoked and not row.is_me
        self.hint.setVisible(self.allowed and row is None)
        self.role_button.setEnabled(usable)
        self.revoke_button.setEnabled(usable)
        if row is not None:
            key = "make_accompanier" if row.role == "coordinator" else "make_coordinator"
            self.role_button.setText(_(self.env.lang, KEYED[key]))

    # -- revoking ------------------------------------------------------------------------
    def ask_revoke(self) -> None:
        row = self.current()
        if row is None or row.revoked or row.is_me:
            return
        lang = self.env.lang
        self.dialog = ask(
            self,
            lang,
            _(lang, "Revoke a device"),
            _(lang, "Revoke {name}'s device?", name=row.name),
            [_(lang, KEYED[k]) for k in ("revoke_future", "revoke_past", "revoke_final")],
            _(lang, "Revoke"),
            lambda: self.revoke(row),
        )

    def revoke(self, row: MemberRow) -> None:
        lang = self.env.lang
        try:
            self.env.backend.call(lambda s: team.revoke(s, row.device_id))
        except enrolment.TeamRefusal as exc:
            notify(self, describe(exc, lang), "warning", lang)
            return
        notify(
            self,
            _(
                lang,
                "{name}'s device was revoked. Run an exchange so that the rest of the "
                "team learns it.",
                name=row.name,
            ),
            "success",
            lang,
        )
        self.changed.emit()
        # "Revocar…" is disabled now (the member is revoked): the keys go to the list.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- roles ---------------------------------------------------------------------------
    def ask_role(self) -> None:
        row = self.current()
        if row is None or row.revoked or row.is_me:
            return
        lang = self.env.lang
        new = "accompanier" if row.role == "coordinator" else "coordinator"
        self.dialog = ask(
            self,
            lang,
            _(lang, "Change the role"),
            _(lang, "Give {name} the role {role}?", name=row.name, role=role_text(new, lang)),
            [_(lang, KEYED[f"role_{new}_means"])],
            _(lang, "Change the role"),
            lambda: self.set_role(row, new),
            irreversible=False,
        )

    def set_role(self, row: MemberRow, role: str) -> None:
        lang = self.env.lang
        try:
            self.env.backend.call(lambda s: team.set_role(s, row.device_id, role))
        except enrolment.TeamRefusal as exc:
            notify(self, describe(exc, lang), "warning", lang)
            return
        notify(
            self,
            _(lang, "{name} now has the role {role}.", name=row.name, role=role_text(role, lang)),
            "success",
            lang,
        )
        self.changed.emit()
