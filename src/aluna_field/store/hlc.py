"""Hybrid logical clock: orders ops for display and breaks ties; never decides what is dropped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

MAX_FUTURE_MS = 24 * 3600 * 1000


@dataclass(frozen=True, order=True)
class Hlc:
    wall: int
    counter: int

    def to_json(self) -> list[int]:
        return [self.wall, self.counter]

    @classmethod
    def from_json(cls, data: object) -> Hlc:
        if (
            not isinstance(data, list)
            or len(data) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in data)
            or not (0 <= data[0] < 2**53 and 0 <= data[1] < 2**31)
        ):
            raise ValueError("malformed clock")
        return cls(data[0], data[1])


class HlcClock:
    """The device's clock. `now_ms` is injected (the composition root passes the real one)."""

    def __init__(self, now_ms: Callable[[], int], last: Hlc | None = None) -> None:
        self._now_ms = now_ms
        self.last = last or Hlc(0, 0)

    def tick(self) -> Hlc:
        """A stamp greater than every stamp this clock has issued or adopted."""
        now = self._now_ms()
        if now > self.last.wall:
            self.last = Hlc(now, 0)
        else:
            self.last = Hlc(self.last.wall, self.last.counter + 1)
        return self.last

    def observe(self, remote: Hlc) -> bool:
        """Adopt a remote stamp unless it is more than 24 h ahead; False when refused."""
        if remote.wall > self._now_ms() + MAX_FUTURE_MS:
            return False
        if remote > self.last:
            self.last = remote
        return True
