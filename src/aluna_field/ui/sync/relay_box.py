"""The relay on the sync screen: its status line, "sync now", and its settings with a
connection test. Rounds run in the background (ui/sync_background.py) while the vault
is open; the connection test runs off the GUI thread and never touches the vault."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ...l10n import _, ngettext
from ...services import relay_form
from ...services.messages import describe
from ...services.relay_scheduler import RelayScheduler, RelayStatus, status_line
from ..common.nav import PaneEnv
from ..common.widgets import FieldRow, error_label, plain_label, set_error
from ..notifications.toasts import notify
from ..sync_background import SyncBackground
from .texts import KEYED


class RelayBox(QGroupBox):
    # A round brought bundles in (the panes reload through Backend.changes, not this).
    received = Signal()
    arrived = Signal(object)  # ImportSummary: a round brought something in, or refused it

    def __init__(self, env: PaneEnv) -> None:
        super().__init__(_(env.lang, "Internet relay (WebDAV)"))
        self.env = env
        lang = env.lang
        self.form: relay_form.RelayForm | None = None
        self.background: SyncBackground | None = None
        self.password: str | None = None  # typed this session, when not kept in the vault
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                _(
                    lang,
                    "Between trips with the drive, bundles can travel through a folder on "
                    "Nextcloud or another WebDAV server. The server only sees encrypted "
                    "files.",
                )
            )
        )
        self.status = plain_label()
        self.status.setAccessibleName(_(lang, "Internet relay (WebDAV)"))
        layout.addWidget(self.status)
        self.pending = plain_label()
        layout.addWidget(self.pending)
        self.sync_now_button = QPushButton(_(lang, "Sync now"))
        self.sync_now_button.clicked.connect(self.sync_now)
        row = QHBoxLayout()
        row.addWidget(self.sync_now_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.url = QLineEdit()
        self.user = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox(_(lang, "Keep the password inside the vault (encrypted)"))
        self.pin = QLineEdit()
        for key, field in (
            ("relay_url", self.url),
            ("relay_user", self.user),
            ("relay_password", self.secret),
        ):
            layout.addWidget(FieldRow(_(lang, KEYED[key]), field))
        layout.addWidget(self.keep)
        layout.addWidget(
            FieldRow(
                _(lang, "Certificate fingerprint (self-hosted servers only; optional)"), self.pin
            )
        )
        buttons = QHBoxLayout()
        self.test_button = QPushButton(_(lang, "Test the connection"))
        self.save_button = QPushButton(_(lang, "Save"))
        self.forget_button = QPushButton(_(lang, "Forget this relay"))
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        self.forget_button.clicked.connect(self.forget)
        for button in (self.test_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)
        layout.addLayout(buttons)
        self.result = plain_label()
        self.error = error_label()
        layout.addWidget(self.result)
        layout.addWidget(self.error)

    # -- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        lang = self.env.lang
        form, pending = self.env.backend.call(
            lambda s: (relay_form.current(s), relay_form.pending(s))
        )
        if form is not None and self.form is None:
            self.url.setText(form.url)
            self.user.setText(form.user or "")
            self.pin.setText(form.pin or "")
            self.keep.setChecked(form.password_kept)
        self.form = form
        self.sync_now_button.setEnabled(form is not None)
        self.forget_button.setEnabled(form is not None)
        self.pending.setText(
            _(lang, "Bundles on the relay awaiting acknowledgement: {n}.", n=pending)
            if pending
            else ""
        )
        self.pending.setVisible(bool(pending))
        if form is None:
            self.status.setText(
                _(lang, "No relay is set up: this device exchanges through USB drives only.")
            )
            return
        if self._usable():
            self._ensure_background()
            if self.background is not None:
                self.status.setText(status_line(self.background.status, lang))
        else:
            self.status.setText(
                _(
                    lang,
                    "Type the relay password and press «Save» to sync in the background "
                    "(it is not kept in the vault).",
                )
            )

    def _usable(self) -> bool:
        form = self.form
        return form is not None and (form.password_kept or not form.user or bool(self.password))

    def _ensure_background(self) -> None:
        if self.background is not None:
            return
        backend = self.env.backend
        run = relay_form.round_runner(backend.call, lambda: self.password)
        self.background = SyncBackground(run, RelayScheduler(backend.now_ms), parent=self)
        self.background.statusChanged.connect(self._status)
        self.background.start()

    def _status(self, status: RelayStatus) -> None:
        lang = self.env.lang
        self.status.setText(status_line(status, lang))
        self.pending.setText(
            _(lang, "Bundles on the relay awaiting acknowledgement: {n}.", n=status.pending_out)
        )
        self.pending.setVisible(bool(status.pending_out))
        if status.received_last and status.state != "running":
            notify(
                self,
                ngettext(
                    lang,
                    "Relay: {n} bundle came in.",
                    "Relay: {n} bundles came in.",
                    status.received_last,
                    n=status.received_last,
                ),
                "info",
                lang,
            )
            self.received.emit()
        came = status.came
        if came is not None and status.state != "running" and (came.came() or came.refused):
            self.arrived.emit(came)

    def stop(self) -> None:
        if self.background is not None:
            self.background.stop()

    # -- actions -------------------------------------------------------------------------
    def sync_now(self) -> None:
        if not self._usable():
            set_error(
                self.error,
                _(
                    self.env.lang,
                    "Type the relay password and press «Save» to sync in the background "
                    "(it is not kept in the vault).",
                ),
            )
            return
        self._ensure_background()
        if self.background is not None:
            self.background.run_now()

    def _typed(self) -> tuple[str, str | None, str | None, str | None]:
        password = self.secret.text() or self.password
        return (
            self.url.text().strip(),
            self.user.text().strip() or None,
            password,
            self.pin.text().strip() or None,
        )

    def test(self) -> None:
        lang = self.env.lang
        url, user, password, pin = self._typed()
        if not url:
            set_error(self.error, _(lang, "Type the folder address."))
            return
        set_error(self.error, "")
        self.result.setText(_(lang, "Testing the connection…"))
        self.test_button.setEnabled(False)
        self.env.backend.runner.run(
            lambda: relay_form.check(url, user, password, pin), self._tested, self._test_failed
        )

    def _tested(self, files: int) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(
            _(self.env.lang, "The connection works. Files in the relay folder: {n}.", n=files)
        )

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.result.clear()
        if not isinstance(exc, relay_form.RelayRefusal):
            raise exc
        set_error(self.error, describe(exc, self.env.lang))

    def save(self) -> None:
        lang = self.env.lang
        url, user, password, pin = self._typed()
        if not url:
            set_error(self.error, _(lang, "Type the folder address."))
            return
        keep = self.keep.isChecked()
        try:
            self.env.backend.call(lambda s: relay_form.save(s, url, user, password, pin, keep))
        except relay_form.RelayRefusal as exc:
            set_error(self.error, describe(exc, lang))
            return
        set_error(self.error, "")
        self.password = password
        self.secret.clear()
        self.result.setText(
            _(lang, "Relay saved. It syncs every few minutes while the vault is open.")
        )
        self.form = None
        self.refresh()

    def forget(self) -> None:
        self.env.backend.call(relay_form.forget)
        self.stop()
        if self.background is not None:
            self.background.deleteLater()
        self.background = None
        self.password = None
        self.form = None
        for field in (self.url, self.user, self.secret, self.pin):
            field.clear()
        self.keep.setChecked(False)
        self.result.setText(_(self.env.lang, "Relay forgotten."))
        self.refresh()
