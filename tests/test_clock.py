"""The clock behind Now/Next: real time, a demo time that flows on, and a fixed time for tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion import clock as clock_module
from companion.clock import Clock

ASHGABAT = ZoneInfo("Asia/Ashgabat")
START = datetime(2025, 5, 13, 11, 0, tzinfo=ASHGABAT)


def test_real_clock_is_aware() -> None:
    assert Clock().now().tzinfo is not None


def test_fixed_clock_never_moves(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock.fixed(START)
    monkeypatch.setattr(clock_module.time, "monotonic", lambda: 10**9)
    assert clock.now() == START


def test_demo_clock_flows_on_from_its_start(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter([100.0, 190.0])
    monkeypatch.setattr(clock_module.time, "monotonic", lambda: next(ticks))
    clock = Clock(START)
    assert clock.now() == START + timedelta(seconds=90)


def test_naive_start_is_refused() -> None:
    with pytest.raises(ValueError):
        Clock(datetime(2025, 5, 13, 11, 0))
