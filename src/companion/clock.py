"""The app's notion of "now": the real time, a demo time that flows on (``--now``), or a fixed test time."""

from __future__ import annotations

import time
from datetime import datetime, timedelta


class Clock:
    """Tells the current instant as an aware datetime.

    ``Clock()`` follows the real time. ``Clock(start)`` starts at ``start`` (aware) and moves on with the
    monotonic clock from the moment it is made, so a demo with ``--now`` behaves like a real day.
    ``Clock.fixed(dt)`` never moves, for tests.
    """

    def __init__(self, start: datetime | None = None) -> None:
        if start is not None and start.tzinfo is None:
            raise ValueError("Clock needs an aware start time")
        self._start = start
        self._origin = time.monotonic()
        self._frozen = False

    @classmethod
    def fixed(cls, instant: datetime) -> Clock:
        clock = cls(instant)
        clock._frozen = True
        return clock

    @property
    def is_real(self) -> bool:
        """True when the clock follows the computer's time."""
        return self._start is None

    def now(self) -> datetime:
        if self._start is None:
            return datetime.now().astimezone()
        if self._frozen:
            return self._start
        return self._start + timedelta(seconds=time.monotonic() - self._origin)
