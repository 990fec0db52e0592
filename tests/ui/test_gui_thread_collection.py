"""Cycles are collected on the GUI thread only, and workers hold no Qt object.

A Qt object destroyed off the GUI thread aborts the process; two ways it could happen
were the cycle collector running on a worker thread and a worker dropping the last
reference to a widget its closure held. These tests pin both shut.
"""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from aluna_field.ui.common.collector import GuiThreadCollector
from aluna_field.ui.common.handoff import Handoff
from aluna_field.ui.common.tasks import TaskRunner
from aluna_field.ui.reports.jobs import Jobs


class _Node:
    def __init__(self) -> None:
        self.other: Any = self  # a cycle: only the collector frees it


def test_a_cycle_made_on_a_worker_is_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    was = gc.isenabled()  # off already: the suite's own collector runs (conftest.py)
    collector = GuiThreadCollector(interval_ms=10)
    collector.start()
    try:
        assert not gc.isenabled()
        freed_on: list[str] = []
        refs: list[weakref.ref[_Node]] = []

        def make_garbage() -> None:
            for _ in range(2000):  # well past the first generation's threshold
                node = _Node()
                weakref.finalize(node, lambda: freed_on.append(threading.current_thread().name))
                refs.append(weakref.ref(node))

        worker = threading.Thread(target=make_garbage, name="worker")
        worker.start()
        worker.join()
        assert freed_on == []  # nothing collected on the worker
        qtbot.waitUntil(lambda: all(r() is None for r in refs), timeout=5000)
        assert set(freed_on) == {threading.current_thread().name}
    finally:
        collector.stop()
    assert gc.isenabled() == was


def test_nothing_is_collected_while_a_worker_runs(qtbot: QtBot) -> None:
    collector = GuiThreadCollector(interval_ms=10)
    collector.start()
    runner = TaskRunner(threads=1)
    release = threading.Event()
    refs: list[weakref.ref[_Node]] = []
    try:
        for _ in range(2000):
            refs.append(weakref.ref(_Node()))
        runner.run(release.wait, lambda _r: None)
        qtbot.wait(100)  # ten ticks of the collector
        assert all(r() is not None for r in refs)  # kept while the worker runs
        with qtbot.waitSignal(runner.idle, timeout=5000):
            release.set()
        qtbot.waitUntil(lambda: all(r() is None for r in refs), timeout=5000)
    finally:
        release.set()
        collector.stop()


def test_the_collector_gives_collection_back_as_it_was(qapp: Any) -> None:
    for before in (True, False):
        (gc.enable if before else gc.disable)()
        collector = GuiThreadCollector()
        collector.start()
        assert not gc.isenabled()
        collector.stop()
        assert gc.isenabled() == before


def _reachable(fn: Any, depth: int = 3) -> list[object]:
    """What a function's closure holds, and what closures in it hold, `depth` deep."""
    found: list[object] = []
    for cell in getattr(fn, "__closure__", None) or ():
        value = cell.cell_contents
        found.append(value)
        bound = getattr(value, "__self__", None)
        if bound is not None:
            found.append(bound)
        if depth > 1 and callable(value):
            found += _reachable(value, depth - 1)
    return found


def test_a_worker_is_handed_no_qt_object(qtbot: QtBot, monkeypatch: Any) -> None:
    handoff = Handoff(lambda _item: None)
    assert not isinstance(getattr(handoff.mailbox, "__self__", None), QObject)
    runner, jobs = TaskRunner(threads=1), Jobs()
    submitted: list[Any] = []
    for pool in (runner._pool, jobs._pool):
        real = pool.submit

        def submit(fn: Any, *args: Any, _real: Any = real) -> Any:
            submitted.append(fn)
            return _real(fn, *args)

        monkeypatch.setattr(pool, "submit", submit)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(lambda: 1, lambda _r: None)
    with qtbot.waitSignal(jobs.idle, timeout=5000):
        jobs.start(lambda _wanted: 2, lambda _r: None, lambda _e: None)
    assert len(submitted) == 2
    for fn in submitted:
        held = _reachable(fn)
        assert held and not any(isinstance(value, QObject) for value in held), held
