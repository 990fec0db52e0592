"""Saving one kind's list as CSV, for coordinators: the columns are the kind's spec's
(services/record_csv.py), the file is written whole or not at all, never in the vault.

Only coordinators see it: a CSV holds narratives in clear, outside the vault, and on a
field laptop that is a decision for the person who answers for the team's records (as
with the reports). The file is saved where the person chooses, with a dialog that
remembers no folder (common/pickers.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ...domain import kinds as domain
from ...l10n import _
from ...services.record_csv import kind_csv
from ...services.reports import ReportInputError
from ...services.reports.exports import output_path
from ...store.atomic import write_atomic
from ..common.backend import VaultLocked
from ..common.nav import PaneEnv
from ..common.pickers import SavePicker
from ..common.widgets import plain_label


class ListExport:
    """The list's "Save CSV…" button (None for accompaniers) and the line saying how it went."""

    def __init__(self, env: PaneEnv, kind: str, parent: QWidget) -> None:
        self.env = env
        self.kind = kind
        self.parent = parent
        lang = env.lang
        self.status: QLabel = plain_label()
        self.status.setVisible(False)
        self.button: QPushButton | None = None
        if env.backend.role == "coordinator":
            self.button = QPushButton(_(lang, "Save CSV…"))
            plural = domain.RecordKind(kind).plural(lang)
            self.button.setAccessibleName(_(lang, "Save {kind} as CSV", kind=plural.lower()))
            self.button.clicked.connect(self.ask)

    def ask(self) -> None:
        lang = self.env.lang
        stem = domain.RecordKind(self.kind).plural(lang).lower().replace(" ", "-")
        name = f"{stem}-{self.env.today().isoformat()}.csv"
        title = _(lang, "Save the list as CSV")
        picker = SavePicker(lang, title, Path.home(), name, ".csv", self.parent)
        if picker.exec() and picker.chosen is not None:
            self.export(picker.chosen)

    def export(self, path: Path) -> None:
        """Write the kind's records to `path` off the GUI thread; the status line says how
        it went. Refused (nothing written) inside the vault's folder or in no folder."""
        lang = self.env.lang
        try:
            target = output_path(path, self.env.backend.vault_dir)
        except ReportInputError as exc:
            in_vault = exc.key == "report_out_in_vault"
            self._say(
                _(lang, "The list is not saved inside the vault's folder.")
                if in_vault
                else self._failed_text(path)
            )
            return
        kind = self.kind

        def write(text: str) -> Path:
            write_atomic(target, text.encode("utf-8-sig"))  # the BOM: accents read right
            return target

        self._say(_(lang, "Saving the list…"))
        self.env.backend.submit(
            lambda s: kind_csv(s, kind, lang), self._saved, lambda e: self._failed(e, path), write
        )

    def _saved(self, target: Path) -> None:
        self._say(
            _(
                self.env.lang,
                "Saved to {path}. It holds the narratives unencrypted: keep it somewhere safe.",
                path=target,
            )
        )

    def _failed(self, exc: BaseException, path: Path) -> None:
        if isinstance(exc, VaultLocked):
            return
        if not isinstance(exc, OSError):
            raise exc
        self._say(self._failed_text(path))

    def _failed_text(self, path: Path) -> str:
        return _(
            self.env.lang,
            "Could not save {path} (disk full or no permission?). No partial file was left.",
            path=path,
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def clear_content(self) -> None:
        self._say("")
