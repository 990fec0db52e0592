"""The team roster: signed entries that name each entry they saw, folded into members.

Each entry names the hashes of the roster heads its signer had (`prev`), so entries form
a hash-linked graph rooted in one founding entry; two coordinators writing at once make
a fork that the next entry joins. Merging two rosters is the union of their entries,
which is why an older roster can never undo a newer revocation: a revocation, once in
the set, stays. What the entries mean is a pure function of the set:

- the founding entry is self-signed by the first coordinator;
- every other entry is signed by a device that its own ancestors show as a coordinator;
- an entry by a coordinator who is revoked anywhere in the set counts only if that
  revocation had seen it (so a revoked device cannot add members by writing "earlier");
  only a revocation that itself counts revokes (a member's forged one is nothing);
- a revocation is final; role changes apply in the graph's order.

Entries that have no effect and that no effective entry names are not kept (`kept`):
a member cannot fill the roster's cap with entries signed by itself, and no new entry
names them as heads.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field
from typing import Any

from ..store.canonical import canonical_bytes, sha256_hex
from ..store.device import ROLES
from .errors import RosterInvalid
from .identity import DeviceIdentity, PublicIdentity

ENTRY_FORMAT = 1
ENTRY_TYPES = ("found", "add", "revoke", "role")
MAX_ENTRIES = 1024
# What fold() reads at once: the entries held plus those a bundle brings (each side is
# capped at MAX_ENTRIES); what is kept afterwards is capped at MAX_ENTRIES again.
MAX_READ = 2 * MAX_ENTRIES
MAX_NAME = 80
_SIGN_CONTEXT = b"aluna-field roster entry v1\0"
_HASH = re.compile(r"[0-9a-f]{64}")
_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class RosterEntry:
    """One signed roster change. `body` is canonical JSON; `signature` the hybrid one."""

    body: dict[str, Any]
    signature: bytes

    @property
    def hash(self) -> str:
        return sha256_hex(canonical_bytes({"body": self.body, "sig": self.signature.hex()}))

    @property
    def signer(self) -> str:
        return str(self.body["by"])

    @property
    def prev(self) -> list[str]:
        return list(self.body["prev"])

    @property
    def type(self) -> str:
        return str(self.body["type"])

    def to_json(self) -> dict[str, Any]:
        return {"body": self.body, "sig": self.signature.hex()}

    @classmethod
    def from_json(cls, data: object) -> RosterEntry:
        """Parse an entry's shape (not its signature); RosterInvalid when malformed."""
        if not isinstance(data, dict) or set(data) != {"body", "sig"}:
            raise RosterInvalid("roster_invalid")
        body, sig = data["body"], data["sig"]
        if not isinstance(sig, str) or len(sig) > 8000:
            raise RosterInvalid("roster_invalid")
        try:
            raw = bytes.fromhex(sig)
        except ValueError as exc:
            raise RosterInvalid("roster_invalid") from exc
        _check_body(body)
        return cls(body, raw)


@dataclass
class Member:
    device_id: str
    name: str
    role: str
    keys: PublicIdentity
    revoked: bool = False
    last_bundle_seq: int = 0
    last_cs_seq: int = 0

    def to_json(self) -> dict[str, Any]:
        """The `team list --json` shape."""
        return {
            "device_id": self.device_id,
            "name": self.name,
            "role": self.role,
            "fingerprint": self.keys.fingerprint(),
            "revoked": self.revoked,
        }


@dataclass
class RosterState:
    """What a set of entries means. Empty when there are no entries."""

    team: str | None = None
    founder: str | None = None
    members: dict[str, Member] = field(default_factory=dict)
    heads: list[str] = field(default_factory=list)
    genesis: str | None = None
    kept: frozenset[str] = frozenset()

    @property
    def head_hash(self) -> str:
        """A hash naming this roster version (its heads); the inner header carries it."""
        return sha256_hex(canonical_bytes(sorted(self.heads)))

    def member(self, device_id: str) -> Member | None:
        return self.members.get(device_id)

    def active(self, device_id: str) -> Member | None:
        m = self.members.get(device_id)
        return m if m is not None and not m.revoked else None

    def is_coordinator(self, device_id: str) -> bool:
        m = self.active(device_id)
        return m is not None and m.role == "coordinator"


def device_doc(keys: PublicIdentity, name: str, role: str) -> dict[str, Any]:
    return {"id": keys.device_id, "name": name, "role": role, "keys": keys.to_json()}


def make_entry(
    signer: DeviceIdentity, prev: list[str], at_ms: int, kind: str, **fields: Any
) -> RosterEntry:
    """A new entry of `kind` signed by signer, naming the heads in prev."""
    body: dict[str, Any] = {
        "v": ENTRY_FORMAT,
        "type": kind,
        "by": signer.device_id,
        "prev": sorted(set(prev)),
        "at": at_ms,
        **fields,
    }
    _check_body(body)
    return RosterEntry(body, signer.sign(_SIGN_CONTEXT + canonical_bytes(body)))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**53


def _bad() -> RosterInvalid:
    return RosterInvalid("roster_invalid")


def _check_device(doc: object) -> None:
    if not isinstance(doc, dict) or set(doc) != {"id", "name", "role", "keys"}:
        raise _bad()
    name = doc["name"]
    if not isinstance(name, str) or not 0 < len(name) <= MAX_NAME or doc["role"] not in ROLES:
        raise _bad()
    try:
        keys = PublicIdentity.from_json(doc["keys"])
    except ValueError as exc:
        raise _bad() from exc
    if keys.device_id != doc["id"]:
        raise _bad()


def _check_body(body: object) -> None:
    if not isinstance(body, dict) or body.get("v") != ENTRY_FORMAT:
        raise _bad()
    kind = body.get("type")
    prev = body.get("prev")
    if kind not in ENTRY_TYPES or not isinstance(body.get("by"), str):
        raise _bad()
    if not _ID.fullmatch(body["by"]) or not _is_int(body.get("at")):
        raise _bad()
    if (
        not isinstance(prev, list)
        or len(prev) > 64
        or not all(isinstance(p, str) and _HASH.fullmatch(p) for p in prev)
        or prev != sorted(set(prev))
    ):
        raise _bad()
    extra = set(body) - {"v", "type", "by", "prev", "at"}
    if kind == "found":
        team = body.get("team")
        if extra != {"team", "device"} or not isinstance(team, str) or len(team) > MAX_NAME:
            raise _bad()
        _check_device(body["device"])
    elif kind == "add":
        if extra != {"device"}:
            raise _bad()
        _check_device(body["device"])
    elif kind == "revoke":
        if extra != {"device_id", "last_bundle_seq", "last_cs_seq"}:
            raise _bad()
        if not isinstance(body["device_id"], str) or not _ID.fullmatch(body["device_id"]):
            raise _bad()
        if not _is_int(body["last_bundle_seq"]) or not _is_int(body["last_cs_seq"]):
            raise _bad()
    else:
        if extra != {"device_id", "role"} or body["role"] not in ROLES:
            raise _bad()
        if not isinstance(body["device_id"], str) or not _ID.fullmatch(body["device_id"]):
            raise _bad()


def _topo(entries: dict[str, RosterEntry]) -> list[str]:
    # Kahn's algorithm, ties by hash: the same set gives the same order everywhere.
    children: dict[str, list[str]] = {h: [] for h in entries}
    waiting = {h: len(e.prev) for h, e in entries.items()}
    for h, e in entries.items():
        for p in e.prev:
            children[p].append(h)
    ready = [h for h, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        h = heapq.heappop(ready)
        order.append(h)
        for c in children[h]:
            waiting[c] -= 1
            if waiting[c] == 0:
                heapq.heappush(ready, c)
    if len(order) != len(entries):
        raise _bad()
    return order


def _keys_of(doc: dict[str, Any]) -> PublicIdentity:
    return PublicIdentity.from_json(doc["keys"])


def fold(entries: list[RosterEntry], verified: set[str] | None = None) -> RosterState:
    """Check every entry (shape, links, signatures) and compute the roster they make.

    `verified` lists hashes whose signatures were already checked (entries read back
    from this vault); they are not checked again. RosterInvalid on any bad entry.
    The state's `kept` names the entries worth storing (effective ones and what they
    name), its `heads` the heads among those; `MAX_ENTRIES` bounds `kept`.
    """
    if not entries:
        return RosterState()
    if len(entries) > MAX_READ:
        raise _bad()
    by_hash = {e.hash: e for e in entries}
    for e in by_hash.values():
        if any(p not in by_hash for p in e.prev):
            raise _bad()
    order = _topo(by_hash)
    index = {h: i for i, h in enumerate(order)}
    ancestors: dict[str, int] = {}
    for h in order:
        mask = 0
        for p in by_hash[h].prev:
            mask |= ancestors[p] | (1 << index[p])
        ancestors[h] = mask
    genesis = by_hash[order[0]]
    if genesis.type != "found" or genesis.body["device"]["role"] != "coordinator":
        raise _bad()
    if any(not by_hash[h].prev or by_hash[h].type == "found" for h in order[1:]):
        raise _bad()
    entry_keys = _verify(order, by_hash, verified)
    revocations: dict[str, list[int]] = {}
    for h in order:
        e = by_hash[h]
        if e.type == "revoke":
            revocations.setdefault(str(e.body["device_id"]), []).append(index[h])
    # First pass: every revocation counts, signed by whoever. Second pass: only those
    # that counted in the first. A revocation that counts has a coordinator's signature,
    # so a member cannot cut a coordinator off by writing one of its own.
    effective = _effective(order, by_hash, ancestors, entry_keys, revocations)
    valid = {target: [r for r in rs if effective[r]] for target, rs in revocations.items()}
    effective = _effective(order, by_hash, ancestors, entry_keys, valid)
    state = _apply([by_hash[h] for i, h in enumerate(order) if effective[i]], entry_keys)
    keep_mask = 0
    for i, h in enumerate(order):
        if effective[i]:
            keep_mask |= ancestors[h] | (1 << i)
    kept = [h for i, h in enumerate(order) if keep_mask >> i & 1]
    if len(kept) > MAX_ENTRIES:
        raise _bad()
    referenced = {p for h in kept for p in by_hash[h].prev}
    state.heads = sorted(h for h in kept if h not in referenced)
    state.genesis = order[0]
    state.kept = frozenset(kept)
    return state


def _verify(
    order: list[str], by_hash: dict[str, RosterEntry], verified: set[str] | None
) -> dict[str, PublicIdentity]:
    """Check each signature with keys an earlier entry gave; the keys each entry names."""
    keys_known: dict[str, PublicIdentity] = {}
    # Parsed once per entry: folding re-applies entries many times (n² for n entries).
    entry_keys: dict[str, PublicIdentity] = {}
    for h in order:
        e = by_hash[h]
        doc = e.body.get("device")
        signer_keys = keys_known.get(e.signer)
        if e.type == "found" and isinstance(doc, dict):
            signer_keys = _keys_of(doc) if doc["id"] == e.signer else None
        if signer_keys is None:
            raise _bad()
        if verified is None or h not in verified:
            if not signer_keys.verify(_SIGN_CONTEXT + canonical_bytes(e.body), e.signature):
                raise _bad()
        if isinstance(doc, dict):
            entry_keys[h] = _keys_of(doc)
            keys_known.setdefault(doc["id"], entry_keys[h])
    return entry_keys


def _effective(
    order: list[str],
    by_hash: dict[str, RosterEntry],
    ancestors: dict[str, int],
    entry_keys: dict[str, PublicIdentity],
    revocations: dict[str, list[int]],
) -> list[bool]:
    """Per entry in order: signed by a coordinator of its ancestors' roster, and seen by
    every counted revocation of its signer."""
    effective: list[bool] = []

    def state_of(mask: int) -> RosterState:
        chosen = [order[i] for i in range(len(order)) if mask >> i & 1 and effective[i]]
        return _apply([by_hash[h] for h in chosen], entry_keys)

    # Most rosters are a chain: each entry's ancestors are the previous entry's plus that
    # entry, so its state is the previous one with one entry applied, not a re-fold.
    running: RosterState | None = None
    for i, h in enumerate(order):
        e = by_hash[h]
        if i == 0:
            effective.append(True)
            running = _apply([e], entry_keys)
            continue
        before = order[i - 1]
        if (
            running is not None
            and e.prev == [before]
            and ancestors[h] == (ancestors[before] | 1 << (i - 1))
        ):
            if effective[i - 1] and i > 1:
                _apply_one(running, by_hash[before], entry_keys)
        else:
            running = state_of(ancestors[h])
        ok = running.is_coordinator(e.signer)
        for r in revocations.get(e.signer, []):
            if not ancestors[order[r]] >> i & 1:
                ok = False
        effective.append(ok)
    return effective


def _apply(entries: list[RosterEntry], keys: dict[str, PublicIdentity]) -> RosterState:
    state = RosterState()
    for e in entries:
        _apply_one(state, e, keys)
    return state


def _apply_one(state: RosterState, e: RosterEntry, keys: dict[str, PublicIdentity]) -> None:
    body = e.body
    if e.type in ("found", "add"):
        doc = body["device"]
        if e.type == "found":
            state.team = str(body["team"])
            state.founder = str(doc["id"])
        if doc["id"] not in state.members:
            state.members[doc["id"]] = Member(doc["id"], doc["name"], doc["role"], keys[e.hash])
    elif e.type == "revoke":
        m = state.members.get(str(body["device_id"]))
        if m is not None and not m.revoked:
            m.revoked = True
            m.last_bundle_seq = int(body["last_bundle_seq"])
            m.last_cs_seq = int(body["last_cs_seq"])
    else:
        m = state.members.get(str(body["device_id"]))
        if m is not None and not m.revoked:
            m.role = str(body["role"])
