"""An open vault and what can be done with it: the facade both the CLI and the UI call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TypeVar

from ..domain import kinds as domain
from ..store import device as device_store
from ..store.db import transaction
from ..store.errors import RecordNotFound, WrongPassphrase
from ..store.kdf import KdfPolicy
from ..store.records import RecordStore
from ..store.vault import Vault
from ..store.views import RecordView
from ..sync.identity import DeviceIdentity
from . import merging
from .context import AppContext
from .errors import NotAllowed
from .passphrases import check_passphrase
from .saving import save_record, save_records

T = TypeVar("T")


class Call(Protocol):
    """How the vault is lent: fn runs with the session (the CLI passes `fn(session)`,
    the UI its `Backend.call`, which holds the one-writer lock only while fn runs)."""

    def __call__(self, fn: Callable[[Session], T], /) -> T: ...


class Session:
    """An unlocked vault with this device's identity. Close it to lock."""

    def __init__(self, ctx: AppContext, vault: Vault) -> None:
        self.ctx = ctx
        self.vault = vault
        row = device_store.load_device(vault.conn)
        if row is None:
            raise RecordNotFound("device identity missing")
        self.device = row
        self.identity = DeviceIdentity.from_secret_bytes(row.secret)
        self.records = RecordStore(vault.conn, self.identity, ctx.now_ms)

    @property
    def conn(self) -> Any:
        return self.vault.conn

    @property
    def is_coordinator(self) -> bool:
        return self.device.role == "coordinator"

    # -- vault -----------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        records, conflicts = self.records.count()
        return {
            "device_id": self.identity.device_id,
            "name": self.device.name,
            "role": self.device.role,
            "fingerprint": self.identity.public.fingerprint(),
            "team": self.device.team,
            "records": records,
            "conflicts": conflicts,
            "vault": str(self.ctx.vault_dir),
        }

    def change_passphrase(self, new_passphrase: str, policy: KdfPolicy | None = None) -> None:
        """Re-wrap the data key under a new passphrase, if the passphrase rule accepts it."""
        check_passphrase(new_passphrase, (self.device.name,))
        self.vault.change_passphrase(new_passphrase, policy or self.ctx.kdf_policy)

    def change_passphrase_from(self, current: str, new_passphrase: str) -> None:
        """Change it only for someone who knows it: WrongPassphrase when `current` does not
        open the vault (an unlocked laptop left alone must not be enough)."""
        if not self.vault.passphrase_fits(current):
            raise WrongPassphrase("the current passphrase does not open this vault")
        self.change_passphrase(new_passphrase)

    def add_recovery(self) -> str:
        return self.vault.add_recovery(self.ctx.lang)

    def setting(self, key: str, default: Any = None) -> Any:
        return device_store.get_setting(self.conn, key, default)

    def set_setting(self, key: str, value: Any) -> None:
        with transaction(self.conn):
            device_store.set_setting(self.conn, key, value)

    def close(self) -> None:
        if self.vault.is_open:
            self.vault.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- records ---------------------------------------------------------------------
    def now(self) -> dt.datetime:
        """The context's clock as a local date and time (what on-save rules compare to)."""
        return dt.datetime.fromtimestamp(self.ctx.now_ms() / 1000)

    def save_record(
        self,
        kind: str,
        values: dict[str, Any],
        rid: str | None = None,
        now: dt.datetime | None = None,
    ) -> str:
        """Create a record, or change the given fields of `rid`: validated once, the
        kind's on-save rules applied, one transaction (services/saving.py). `now` is the
        caller's clock (the window's); the context's clock otherwise."""
        when = now or self.now()
        return save_record(self.records, kind, values, rid, now=when, lang=self.ctx.lang)[0]

    def add(
        self,
        kind: str,
        data: dict[str, Any] | list[dict[str, Any]],
        now: dt.datetime | None = None,
    ) -> list[str]:
        """Validate and save one record or a list (one transaction, with the records each
        brings: see services/saving.py); returns the ids."""
        items = data if isinstance(data, list) else [data]
        when = now or self.now()
        return save_records(self.records, kind, items, now=when, lang=self.ctx.lang)

    def edit(self, rid: str, changes: dict[str, Any], now: dt.datetime | None = None) -> bool:
        """Change fields under the kind's on-save rules (a crisis note's new follow-up
        date brings its follow-up along); False when nothing differed."""
        kind = self.records.state(rid).kind
        when = now or self.now()
        return save_record(self.records, kind, changes, rid, now=when, lang=self.ctx.lang)[1]

    def delete(self, rid: str) -> None:
        if self.records.state(rid).kind == "definition":
            raise RecordNotFound("no such record")  # retired through forms, never deleted
        self.records.delete(rid)

    def show(self, rid: str) -> RecordView:
        view = self.records.view(rid)
        if view.state.deleted:
            raise RecordNotFound("no such record")
        return view

    def list_records(
        self, kind: str | None = None, limit: int | None = None, date_until: str | None = None
    ) -> list[RecordView]:
        """Live records, newest first (see RecordStore.list_views for the bounds)."""
        if kind is not None:
            domain.model_for(kind)
        return self.records.list_views(kind, limit=limit, date_until=date_until)

    def search(self, text: str) -> list[RecordView]:
        return self.records.search(text)

    def history(self, rid: str) -> list[dict[str, Any]]:
        return self.records.history(rid)

    def attach(self, rid: str, path: Path, mime: str | None = None) -> dict[str, Any]:
        import mimetypes

        kind = mime or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        with open(path, "rb") as fh:
            return self.records.attach(rid, fh, path.name, kind).to_json()

    def attach_stream(self, rid: str, stream: BinaryIO, name: str, mime: str) -> dict[str, Any]:
        return self.records.attach(rid, stream, name, mime).to_json()

    # -- merge: conflicts, settling, restoring, redacting (see services/merging.py) ----
    def conflicts(self) -> list[RecordView]:
        """Records with a conflict, most recently changed first."""
        return self.records.conflicted()

    def resolve(self, rid: str, field: str, value: Any) -> None:
        """Settle one field (or `_deleted`) with an edit whose parents are all heads."""
        merging.resolve(self.records, rid, field, value)

    def keep_version(self, rid: str, op_id: str) -> list[str]:
        """Settle every conflict of the record as version op_id has it; returns the fields
        that version could not settle."""
        return merging.keep_version(self.records, rid, op_id)

    def restore(self, rid: str) -> None:
        merging.restore(self.records, rid)

    def redact(self, rid: str, field: str | None) -> None:
        """Coordinators only: erase a field's or a record's content everywhere it syncs."""
        if not self.is_coordinator:
            raise NotAllowed("redaction is for coordinators")
        merging.redact(self.records, rid, field)
