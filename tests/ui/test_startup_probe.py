"""The start-up probe (benchmarks/startup.py) reports the first paint and the first key, then stops watching the
application's events, so the work it times after the first paint runs as it does without it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from companion.ui.startup_probe import StartupProbe


class CountingProbe(StartupProbe):
    """The probe, counting the events its filter is given."""

    def __init__(self, window: QWidget) -> None:
        self.seen = 0
        super().__init__(window, post_key=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen += 1
        return super().eventFilter(watched, event)


def test_the_probe_reports_paint_and_key_then_leaves_the_events_alone(
        qtbot: Any, capsys: pytest.CaptureFixture[str]) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("probe"))
    probe = CountingProbe(window)
    printed: list[str] = []

    def reported_key() -> bool:
        printed.extend(capsys.readouterr().out.splitlines())
        return any(line.startswith("key ") for line in printed)

    window.show()
    qtbot.waitUntil(reported_key, timeout=5000)
    assert [line.split()[0] for line in printed] == ["first-paint", "key"]
    before = probe.seen
    other = QLabel("after the start")
    qtbot.addWidget(other)
    other.show()
    other.setText("work after the first paint")
    qtbot.wait(50)
    assert probe.seen == before  # events after the key no longer go through the probe's Python filter
    probe.finish()  # reported and done: its timers still pending do nothing in the tests that follow
