"""The team screen: this device's card, adding a device or joining, the members."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...l10n import _
from ...services import enrolment
from ...services.session import Session
from ..common.nav import PaneEnv
from ..common.widgets import heading, plain_label, scroll_page
from .card_box import CardBox
from .enrol import EnrolBox
from .members import MembersBox


class TeamPane(QWidget):
    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        lang = env.lang
        layout = scroll_page(self, max_chars=150)
        layout.addWidget(heading(_(lang, "Team"), 1.6))
        self.status = plain_label()
        layout.addWidget(self.status)
        self.card = CardBox(env)
        layout.addWidget(self.card)
        self.add_box = EnrolBox(env, "add", "add_title", "add_help")
        self.join_box = EnrolBox(env, "join", "join_title", "join_help")
        self.join_other = EnrolBox(env, "join", "join_other", "join_other_help")
        self.members = MembersBox(env)
        for box in (self.add_box, self.join_box, self.join_other):
            box.enrolled.connect(self._changed)
            layout.addWidget(box)
        self.members.changed.connect(self._changed)
        layout.addWidget(self.members)
        layout.addStretch(1)
        self.info: enrolment.TeamInfo | None = None

    def refresh(self) -> None:
        def load(s: Session) -> tuple[enrolment.TeamInfo, tuple[str, list[str]]]:
            return enrolment.team_info(s), enrolment.my_card(s)

        info, (card, parts) = self.env.backend.call(load)
        self.info = info
        if not self.card.card_text:
            self.card.load(card, parts)
        lang = self.env.lang
        if info.team:
            self.status.setText(_(lang, "Team: {name}", name=info.team))
        else:
            self.status.setText(_(lang, "This device does not belong to a team yet."))
        if info.joined and not info.members:
            self.status.setText(
                _(
                    lang,
                    "This device trusts the coordinator now; the team list arrives with "
                    "their first bundle (run an exchange in Sync).",
                )
            )
        own_only = len(info.members) == 1 and info.members[0].is_me
        self.add_box.setVisible(info.is_coordinator)
        self.join_box.setVisible(not info.joined)
        self.join_other.setVisible(info.is_coordinator and own_only)
        self.members.setVisible(bool(info.members))
        self.members.set_rows(info.members)
        self.members.set_coordinator(info.is_coordinator)

    def _changed(self) -> None:
        self.refresh()

    def clear_content(self) -> None:
        for box in (self.add_box, self.join_box, self.join_other):
            box.reset()
        self.card.clear_content()
        self.members.set_rows([])

    def save_drafts(self) -> None:
        """Nothing typed here is a record: there is no draft to keep."""

    def focus_search(self) -> None:
        """The team screen has no search field; the card's buttons take the focus."""
        self.card.save_button.setFocus()
