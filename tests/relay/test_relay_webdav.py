"""The WebDAV client against a real wsgidav server, directly and through a faulty network."""

from __future__ import annotations

import os
import socket
import time
from dataclasses import replace
from pathlib import Path

import pytest
from davserver import DavServer
from faultproxy import Fault, FaultProxy
from relaykit import FAST, target_for

from aluna_field.domain.failures import Failure
from aluna_field.services.messages import describe
from aluna_field.sync.relay import names
from aluna_field.sync.relay.errors import (
    RelayAuth,
    RelayFull,
    RelayOffline,
    RelayProtocol,
)
from aluna_field.sync.relay.webdav import Vanished, WebDavClient


def _blob(tmp_path: Path, size: int) -> tuple[Path, bytes]:
    data = os.urandom(size)
    path = tmp_path / "blob.bin"
    path.write_bytes(data)
    return path, data


def test_upload_list_read_download_delete(dav: DavServer, tmp_path: Path) -> None:
    client = WebDavClient(target_for(dav.url()), FAST)
    assert client.list() == []  # the folder is created on first use
    src, data = _blob(tmp_path, 300_000)
    final = names.new_final()
    temps: list[str] = []
    client.upload(src, final, temps.append)
    assert len(temps) == 1 and names.is_temp(temps[0])
    listed = client.list()
    assert [(f.name, f.size) for f in listed] == [(final, len(data))]
    assert listed[0].modified_ms is not None
    assert client.read_head(final, 100) == data[:100]
    dest = tmp_path / "got.bin"
    client.download(final, dest, len(data))
    assert dest.read_bytes() == data
    client.delete(final)
    client.delete(final)  # already gone is fine
    assert client.list() == []
    with pytest.raises(Vanished):
        client.read_head(final, 10)
    client.close()
    assert client.retries == 0


def test_wrong_password_is_refused_with_its_own_code(dav: DavServer) -> None:
    client = WebDavClient(target_for(dav.url(), password="not-the-password"), FAST)
    with pytest.raises(RelayAuth) as info:
        client.list()
    client.close()
    assert info.value.failure == Failure.RELAY_AUTH
    assert "not-the-password" not in describe(info.value, "en")
    assert client.retries == 0


def test_unreachable_server_is_offline_at_once(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as s:
        port = s.getsockname()[1]
    # Nothing listens on port now: the connection is refused and nothing is retried.
    slow = replace(FAST, attempts=5, backoff_s=30.0, sleep=time.sleep)
    client = WebDavClient(target_for(f"http://127.0.0.1:{port}/relay/"), slow)
    with pytest.raises(RelayOffline) as info:
        client.list()
    assert info.value.failure == Failure.RELAY_OFFLINE
    assert client.retries == 0


def test_full_server_answers_507_and_no_bundle_appears(dav: DavServer, tmp_path: Path) -> None:
    client = WebDavClient(target_for(dav.url()), FAST)
    client.list()
    dav.switches.quota_bytes = 1000
    src, _ = _blob(tmp_path, 5000)
    final = names.new_final()
    with pytest.raises(RelayFull) as info:
        client.upload(src, final)
    assert info.value.failure == Failure.RELAY_FULL
    assert all(f.name != final for f in client.list())
    client.close()


def test_garbage_and_portal_answers_are_protocol_errors(dav: DavServer) -> None:
    dav.switches.portal = True
    with pytest.raises(RelayProtocol) as info, WebDavClient(target_for(dav.url()), FAST) as c:
        c.list()
    assert info.value.key == "relay_garbage" and info.value.failure == Failure.RELAY_PROTOCOL
    dav.switches.portal = False
    junk = FaultProxy(dav.port, lambda n: Fault(garbage=os.urandom(300) + b"\r\n\r\n"))
    try:
        with (
            pytest.raises(RelayProtocol),
            WebDavClient(target_for(junk.url(dav.prefix)), FAST) as c,
        ):
            c.list()
    finally:
        junk.stop()


def test_upload_cut_at_any_point_never_shows_a_partial_bundle(
    dav: DavServer, tmp_path: Path
) -> None:
    src, _ = _blob(tmp_path, 200_000)
    # Every connection dies partway through the request body: the upload cannot finish.
    cutter = FaultProxy(dav.port, lambda n: Fault(up_after=50_000 + 20_000 * n))
    try:
        client = WebDavClient(target_for(cutter.url(dav.prefix)), FAST)
        client.list()
        final = names.new_final()
        with pytest.raises(RelayOffline):
            client.upload(src, final)
        assert cutter.faults_applied >= 3
    finally:
        cutter.stop()
    with WebDavClient(target_for(dav.url()), FAST) as direct:
        listed = direct.list()
    assert all(not names.is_final(f.name) for f in listed)
    assert not (dav.relay_dir / final).exists()


def test_upload_survives_cuts_and_lands_exactly_once(dav: DavServer, tmp_path: Path) -> None:
    src, data = _blob(tmp_path, 200_000)
    cutter = FaultProxy(dav.port, lambda n: Fault(up_after=30_000) if n in (1, 2) else Fault())
    try:
        client = WebDavClient(target_for(cutter.url(dav.prefix)), FAST)
        client.list()
        client.close()  # the upload starts on connection 1
        final = names.new_final()
        temps: list[str] = []
        client.upload(src, final, temps.append)
        assert client.retries == 2 and len(set(temps)) == 3  # a fresh name for each try
        client.close()
    finally:
        cutter.stop()
    assert [p.name for p in dav.files()] == [final]  # the cut tries' files are gone
    assert (dav.relay_dir / final).read_bytes() == data


def test_lost_reply_to_move_counts_as_done(dav: DavServer, tmp_path: Path) -> None:
    src, data = _blob(tmp_path, 20_000)
    lossy = FaultProxy(dav.port, lambda n: Fault(lose_reply_to=b"MOVE ") if n == 1 else Fault())
    try:
        client = WebDavClient(target_for(lossy.url(dav.prefix)), FAST)
        client.list()
        client.close()  # the upload starts on connection 1, whose MOVE reply is lost
        final = names.new_final()
        client.upload(src, final)
        assert lossy.faults_applied == 1 and client.retries == 1
        client.close()
    finally:
        lossy.stop()
    assert [p.name for p in dav.files()] == [final]
    assert (dav.relay_dir / final).read_bytes() == data


def test_download_resumes_where_the_connection_dropped(dav: DavServer, tmp_path: Path) -> None:
    src, data = _blob(tmp_path, 400_000)
    final = names.new_final()
    with WebDavClient(target_for(dav.url()), FAST) as direct:
        direct.list()
        direct.upload(src, final)
    cutter = FaultProxy(dav.port, lambda n: Fault(down_after=150_000) if n < 2 else Fault())
    try:
        client = WebDavClient(target_for(cutter.url(dav.prefix)), FAST)
        dest = tmp_path / "got.bin"
        client.download(final, dest, len(data))
        assert dest.read_bytes() == data and client.retries == 2
        client.close()
    finally:
        cutter.stop()
    ranges = [r for m, p, r in dav.switches.requests if m == "GET" and p.endswith(final)]
    assert ranges[0] == "" and all(r.startswith("bytes=") and r != "bytes=0-" for r in ranges[1:])


def test_stall_and_reset_end_as_offline_after_bounded_tries(dav: DavServer) -> None:
    for fault in (Fault(down_after=10, stall=True), Fault(down_after=10, reset=True)):
        bad = FaultProxy(dav.port, lambda n, f=fault: f)
        try:
            client = WebDavClient(target_for(bad.url(dav.prefix)), replace(FAST, attempts=2))
            with pytest.raises((RelayOffline, RelayProtocol)):
                client.list()
            assert client.retries == 1
        finally:
            bad.stop()


def test_download_without_a_listed_size_completes_and_resumes(
    dav: DavServer, tmp_path: Path
) -> None:
    src, data = _blob(tmp_path, 100_000)
    final = names.new_final()
    with WebDavClient(target_for(dav.url()), FAST) as client:
        client.list()
        client.upload(src, final)
        dest = tmp_path / "got.bin"
        dest.write_bytes(data[:40_000])  # a download that stopped in an earlier round
        client.download(final, dest, None)
        assert dest.read_bytes() == data
        client.download(final, dest, None)  # already whole: the server says 416, done
        assert dest.read_bytes() == data
