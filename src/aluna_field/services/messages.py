"""The message of an error raised below the services, in the language that shows it.

`sync/` and `store/` never import the catalogue: their errors carry a code (`key`) and
values (ids, counts, file names; never record content). The CLI and the window call
`describe` to turn one into text; errors that translate themselves (a merge refusal, a
field error) are asked for their message.
"""

from __future__ import annotations

from typing import Protocol

from ..l10n import _
from ..sync.errors import SyncError
from .message_codes import BY_CODE


class Translatable(Protocol):
    def message(self, lang: str) -> str: ...


def describe(exc: SyncError | Translatable, lang: str) -> str:
    """The translated message of `exc` for `lang`."""
    if isinstance(exc, SyncError):
        return _(lang, BY_CODE[exc.key], **exc.values)
    return exc.message(lang)
