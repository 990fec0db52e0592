"""Lock when the platform says the screen locked or the machine is going to sleep.

What we listen to (each only where it exists; a missing bus or service is not an error):
- the freedesktop and GNOME screen savers' `ActiveChanged(true)` on the session D-Bus
  (KDE, GNOME, Xfce, Cinnamon, MATE all provide one of them);
- logind's `PrepareForSleep(true)` on the system D-Bus (suspend, hibernate);
- Qt's application state turning `Suspended` (the platform is about to freeze us).
Windows and macOS send none of these to a Qt app without native code; there the idle
timer and the shortcuts remain (see docs/ui.md).
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication

SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


def _connect(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    signal: str,
    receiver: QObject,
    slot: str,
) -> bool:
    # QtDBus wants the slot as Qt's SLOT() string ("1name(bool)"); PySide's stubs say bytes
    # but only the str form is accepted at run time.
    code = SLOT(f"{slot}(bool)")
    return bool(bus.connect(service, path, interface, signal, receiver, code))  # type: ignore[call-overload]


class ScreenLockWatcher(QObject):
    """Emits `locked` when the screen locks or the machine suspends."""

    locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        session_bus = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system_bus = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if session_bus.isConnected():
            for service, path, interface in SCREEN_SAVERS:
                # Empty service: take the signal from whichever owner sends it.
                if _connect(session_bus, "", path, interface, "ActiveChanged", self, "_active"):
                    self.listening.append(service)
        if system_bus.isConnected():
            service, path, interface = LOGIND
            if _connect(system_bus, service, path, interface, "PrepareForSleep", self, "_sleep"):
                self.listening.append(service)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state)

    @Slot(bool)
    def _active(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot(bool)
    def _sleep(self, going: bool) -> None:
        if going:
            self.locked.emit()

    def _state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.locked.emit()
