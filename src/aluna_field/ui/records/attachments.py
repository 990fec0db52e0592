"""A record's attachments: listed, added, and images shown from memory, never from a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...l10n import _
from ...services.attachment_view import read_attachment
from ...services.session import Session
from ..common.nav import PaneEnv
from ..common.pickers import FilePicker
from ..common.widgets import plain_label

_ID = Qt.ItemDataRole.UserRole


def _size(n: int) -> str:
    for unit in ("B", "KiB", "MiB"):
        if n < 1024 or unit == "MiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def _decode(session: Session, att_id: str) -> QImage:
    # Decoded off the GUI thread; QImage (unlike QPixmap) may be built on any thread.
    return QImage.fromData(read_attachment(session, att_id))


class AttachmentsTab(QWidget):
    added = Signal()

    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        self.rid: str | None = None
        lang = env.lang
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(_(lang, "Attachments"))
        self.list.currentItemChanged.connect(lambda *_: self.open_current())
        top.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.add_button = QPushButton(_(lang, "Attach file…"))
        self.add_button.clicked.connect(self._pick)
        side.addWidget(self.add_button)
        side.addStretch(1)
        top.addLayout(side)
        layout.addLayout(top, 1)
        self.status = plain_label()
        layout.addWidget(self.status)
        self.image = plain_label(wrap=False)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image)
        layout.addWidget(scroll, 3)

    def show_attachments(self, rid: str, attachments: list[dict[str, Any]]) -> None:
        self.clear_content()
        self.rid = rid
        for att in attachments:
            if att.get("missing"):
                continue
            item = QListWidgetItem(f"{att['name']} · {_size(int(att['size']))}")
            item.setData(_ID, (att["id"], att["mime"]))
            self.list.addItem(item)
        if not self.list.count():
            self.status.setText(_(self.env.lang, "This record has no attachments."))

    def open_current(self) -> None:
        item = self.list.currentItem()
        self.image.clear()
        if item is None:
            return
        att_id, mime = item.data(_ID)
        if not str(mime).startswith("image/"):
            self.status.setText(
                _(
                    self.env.lang,
                    "This file cannot be shown inside the app (and it is never copied out "
                    "of the vault).",
                )
            )
            return
        self.status.setText(_(self.env.lang, "Opening…"))
        self.env.backend.submit(lambda s: _decode(s, att_id), self._decoded, self._failed)

    def _decoded(self, image: QImage) -> None:
        if self.rid is None:
            return
        if image.isNull():
            self.status.setText(
                _(
                    self.env.lang,
                    "This file cannot be shown inside the app (and it is never copied out "
                    "of the vault).",
                )
            )
            return
        self.status.clear()
        self.image.setPixmap(QPixmap.fromImage(image))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(
            _(
                self.env.lang,
                "This file cannot be shown inside the app (and it is never copied out "
                "of the vault).",
            )
        )

    def _pick(self) -> None:
        picker = FilePicker(self.env.lang, Path.home(), self)
        if picker.exec() and picker.chosen is not None:
            self.attach_file(picker.chosen)

    def attach_file(self, path: Path) -> None:
        """Copy the file into the vault (off the GUI thread), then list it."""
        rid = self.rid
        if rid is None:
            return
        self.status.setText(_(self.env.lang, "Storing the file in the vault…"))
        self.env.backend.submit(
            lambda s: s.attach(rid, path), lambda _info: self.added.emit(), self._attach_failed
        )

    def _attach_failed(self, exc: BaseException) -> None:
        self.status.setText(_(self.env.lang, "The file could not be attached."))

    def clear_content(self) -> None:
        self.rid = None
        self.list.clear()
        self.image.clear()
        self.status.clear()
