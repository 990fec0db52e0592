"""Reading a PROPFIND answer (RFC 4918 multistatus) into the files of one folder.

The answer comes from a server we do not trust to be honest, so it is bounded in size
before parsing and any DTD is refused: a WebDAV answer never needs one, and entity
definitions are how XML bombs are built.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import unquote, urlsplit

from .errors import RelayProtocol

DAV = "{DAV:}"
MAX_LISTING_BYTES = 16 * 1024 * 1024
PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<d:propfind xmlns:d="DAV:"><d:prop>'
    b"<d:resourcetype/><d:getcontentlength/><d:getlastmodified/>"
    b"</d:prop></d:propfind>"
)


@dataclass(frozen=True)
class RemoteFile:
    """One plain file in the relay folder, as the server describes it."""

    name: str
    size: int | None
    modified_ms: int | None


def _garbage() -> RelayProtocol:
    return RelayProtocol("relay_garbage")


def _ok_props(response: ET.Element) -> ET.Element | None:
    # Several propstat blocks may come back; only the one with status 200 holds values.
    for propstat in response.findall(f"{DAV}propstat"):
        status = propstat.findtext(f"{DAV}status") or ""
        if " 200 " in f"{status} ":
            return propstat.find(f"{DAV}prop")
    return None


def _size(prop: ET.Element) -> int | None:
    text = (prop.findtext(f"{DAV}getcontentlength") or "").strip()
    return int(text) if text.isdigit() else None


def _modified_ms(prop: ET.Element) -> int | None:
    text = (prop.findtext(f"{DAV}getlastmodified") or "").strip()
    if not text:
        return None
    try:
        return int(parsedate_to_datetime(text).timestamp() * 1000)
    except (TypeError, ValueError):
        return None


def parse_multistatus(body: bytes, folder_path: str) -> list[RemoteFile]:
    """The plain files directly inside folder_path; RelayProtocol if body is not WebDAV."""
    head = body[:4096].upper()
    if len(body) > MAX_LISTING_BYTES or b"<!DOCTYPE" in head or b"<!ENTITY" in body.upper():
        raise _garbage()
    try:
        root = ET.fromstring(body)  # noqa: S314
    except ET.ParseError as exc:
        raise _garbage() from exc
    if root.tag != f"{DAV}multistatus":
        raise _garbage()
    folder = unquote(folder_path).rstrip("/")
    out: list[RemoteFile] = []
    for response in root.findall(f"{DAV}response"):
        href = response.findtext(f"{DAV}href")
        if not href:
            continue
        path = unquote(urlsplit(href.strip()).path).rstrip("/")
        parent, _, name = path.rpartition("/")
        if path == folder or parent != folder or not name:
            continue
        prop = _ok_props(response)
        if prop is None or prop.find(f"{DAV}resourcetype/{DAV}collection") is not None:
            continue
        out.append(RemoteFile(name, _size(prop), _modified_ms(prop)))
    return out
