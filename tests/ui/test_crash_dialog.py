"""An exception nobody caught: logged without attendee data, and shown in a dialog with the details to copy."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from companion.app import CrashReporter
from companion.crash_log import configure_logging

ADDRESS = "merdan.atayev@example.com"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        boxes.append(box)
        return int(QMessageBox.StandardButton.Close)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return boxes


@pytest.fixture
def log_file(tmp_path: Path) -> Any:
    path = configure_logging(tmp_path / "logs")
    yield path
    configure_logging(tmp_path / "after")


def _flush() -> None:
    for handler in logging.getLogger("companion").handlers:
        handler.flush()


def _raise_with_an_address() -> None:
    row = {"name": "Merdan Atayev", "email": ADDRESS}
    raise LookupError(f"no badge layout for {row}")


def test_an_uncaught_exception_shows_a_dialog_with_details_and_logs_it(
    qtbot: Any, shown: list[QMessageBox], log_file: Path
) -> None:
    reporter = CrashReporter()
    reporter.install()
    try:
        assert sys.excepthook == reporter.excepthook
        try:
            _raise_with_an_address()
        except LookupError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        reporter.uninstall()
    assert sys.excepthook != reporter.excepthook
    [box] = shown
    assert box.windowTitle() == "Unexpected problem"
    assert "unexpected problem" in box.text() and str(log_file) in box.text()
    details = box.detailedText()
    assert "LookupError" in details and "_raise_with_an_address" in details
    _flush()
    logged = log_file.read_text("utf-8")
    assert "LookupError" in logged
    for text in (box.text(), details, logged):
        assert ADDRESS not in text and "Atayev" not in text


def test_an_exception_on_another_thread_is_shown_on_the_gui_thread(
    qtbot: Any, shown: list[QMessageBox], log_file: Path
) -> None:
    reporter = CrashReporter()
    reporter.install()
    try:
        with qtbot.waitSignal(reporter.reported, timeout=5_000):
            worker = threading.Thread(target=_raise_with_an_address)
            worker.start()
            worker.join()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=5_000)
    finally:
        reporter.uninstall()
    assert "LookupError" in shown[0].detailedText() and ADDRESS not in shown[0].detailedText()
