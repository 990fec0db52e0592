"""What every command handler receives: the context, the streams, and how to open the vault."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from ..l10n import _
from ..services.context import AppContext
from ..services.session import Session
from ..services.unlock_guard import open_after_wait
from .io import passphrase


@dataclass
class CliEnv:
    ctx: AppContext
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO

    @property
    def lang(self) -> str:
        return self.ctx.lang

    def tell(self, text: str) -> None:
        """Write one translated line on stderr; the call site translates it
        (`env.tell(_(env.lang, "…"))`), so extraction sees the msgid."""
        self.stderr.write(text + "\n")

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """The unlocked vault for the length of one command. Wrong passphrases count as
        in the window: after five, the command waits (and says so) before trying."""
        secret = passphrase(self.lang)
        s = open_after_wait(
            self.ctx,
            secret,
            lambda ms: self.tell(
                _(
                    self.lang,
                    "Too many wrong passphrases: waiting {seconds} s before trying the passphrase.",
                    seconds=-(-ms // 1000),
                )
            ),
        )
        try:
            yield s
        finally:
            s.close()
