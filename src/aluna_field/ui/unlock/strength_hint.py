"""The line under a new passphrase that says how strong it is, as the person types."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from ...l10n import _, ngettext
from ...services.errors import PassphraseTooShort, PassphraseTooWeak
from ...services.passphrases import MIN_PASSPHRASE, assess
from ..common.widgets import plain_label
from .texts import KEYED


def refusal_text(exc: BaseException, lang: str) -> str | None:
    """The reason the services refused a new passphrase, or None for any other error."""
    if isinstance(exc, PassphraseTooShort):
        return ngettext(
            lang,
            "Too short: use at least {n} character.",
            "Too short: use at least {n} characters.",
            MIN_PASSPHRASE,
            n=MIN_PASSPHRASE,
        )
    if isinstance(exc, PassphraseTooWeak):
        return _(lang, KEYED[f"weak_{exc.reason}"])
    return None


class StrengthHint(QWidget):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(self.fontMetrics().height() // 2)
        self.label = plain_label()
        self.tip = plain_label(
            _(lang, "Tip: five or more random words are easy to remember and hard to guess.")
        )
        layout.addWidget(self.meter)
        layout.addWidget(self.label)
        layout.addWidget(self.tip)
        self.update_for("")

    def _judge(self, passphrase: str, user_inputs: Iterable[str] = ()) -> tuple[int, str]:
        """The meter level and the line to show; the reason of a refusal, never the text."""
        verdict = assess(passphrase, user_inputs)
        if verdict.too_short:
            return 0, ngettext(
                self.lang,
                "Too short: use at least {n} character.",
                "Too short: use at least {n} characters.",
                MIN_PASSPHRASE,
                n=MIN_PASSPHRASE,
            )
        if verdict.reason is not None:
            return 1, _(self.lang, KEYED[f"weak_{verdict.reason}"])
        return verdict.score, _(self.lang, KEYED[f"strength_{verdict.score}"])

    def update_for(self, passphrase: str) -> None:
        level, text = self._judge(passphrase)
        self.level = level
        self.meter.setValue(level)
        # Nothing typed yet: nothing to judge.
        text = text if passphrase else ""
        self.label.setText(text)
        self.meter.setAccessibleName(text)

    def problem(self, first: str, second: str, user_inputs: Iterable[str] = ()) -> str:
        """Why these two entries cannot be used, or "" when they can.

        user_inputs are words the passphrase must not lean on (the person's name), as
        the services check when the vault is created or the passphrase changed.
        """
        level, text = self._judge(first, user_inputs)
        if level < 3:
            return text
        if first != second:
            return _(self.lang, "The two passphrases do not match.")
        return ""
