"""The log file: where it goes, what it keeps of an exception, and that no attendee e-mail reaches it."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from companion.crash_log import configure_logging, log_dir, log_uncaught, safe_traceback, scrub
from companion.services.jobs import run_job

ADDRESS = "aigul.berdiyeva@example.org"


class AttendeeRowError(Exception):
    """Stands in for an error whose message carries an attendee's data."""


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    path = configure_logging(tmp_path / "logs")
    yield path
    configure_logging(tmp_path / "after")  # close the handler on this test's file


def _flush() -> None:
    for handler in logging.getLogger("companion").handlers:
        handler.flush()


def test_logs_go_to_the_moved_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert log_dir(tmp_path / "mydata") == (tmp_path / "mydata").absolute() / "logs"
    monkeypatch.setenv("COMPANION_DATA_DIR", str(tmp_path / "env"))
    assert log_dir() == tmp_path / "env" / "logs"
    monkeypatch.delenv("COMPANION_DATA_DIR")
    assert "companion" in str(log_dir()).lower()  # the platform's log folder


def test_the_file_appears_only_when_something_is_logged(tmp_path: Path) -> None:
    path = configure_logging(tmp_path / "quiet")
    assert not path.exists()
    logging.getLogger("companion.test").warning("something worth keeping")
    _flush()
    assert "something worth keeping" in path.read_text("utf-8")
    configure_logging(tmp_path / "after")


_FRESH_START = """
import logging, sys
from pathlib import Path
from companion.crash_log import MAX_BYTES, configure_logging, log_uncaught

path = configure_logging(Path(sys.argv[1]))
print("BEFORE", "logging.handlers" in sys.modules, path.parent.exists())
try:
    raise KeyError("aigul.berdiyeva@example.org")
except KeyError as exc:
    log_uncaught(type(exc), exc, exc.__traceback__)
print("AFTER", "logging.handlers" in sys.modules)
for _ in range(MAX_BYTES // 10_000 + 1):  # past the size limit: the file rotates
    logging.getLogger("companion.test").warning("word " * 2_000)
logging.getLogger("companion.test").warning("after the rotation")
"""


def test_a_crash_at_start_is_logged_though_the_file_handler_is_made_only_then(tmp_path: Path) -> None:
    """The start does not import logging.handlers (issue 13); the first line logged makes the file and rotates."""
    folder = tmp_path / "logs"
    done = subprocess.run([sys.executable, "-c", _FRESH_START, str(folder)], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.split() == ["BEFORE", "False", "False", "AFTER", "True"]
    assert "after the rotation" in (folder / "companion.log").read_text("utf-8")
    rotated = (folder / "companion.log.1").read_text("utf-8")
    assert "builtins.KeyError" in rotated or "KeyError" in rotated
    assert ADDRESS not in rotated


def test_an_uncaught_exception_is_logged_by_type_and_place_without_the_e_mail(log_file: Path) -> None:
    try:
        raise AttendeeRowError(f"cannot print the badge of Aigul Berdiyeva <{ADDRESS}>")
    except AttendeeRowError as exc:
        details = log_uncaught(type(exc), exc, exc.__traceback__)
    _flush()
    text = log_file.read_text("utf-8")
    for shown in (text, details):
        assert "AttendeeRowError" in shown and "test_crash_log.py" in shown
        assert ADDRESS not in shown and "Berdiyeva" not in shown


def test_a_job_that_fails_unexpectedly_keeps_the_e_mail_out_of_the_log(log_file: Path) -> None:
    def job(_context: object) -> None:
        raise ValueError(f"bad row: {ADDRESS}")

    outcome = run_job("Importing", job)  # type: ignore[arg-type]
    _flush()
    assert outcome.failed and ADDRESS not in (outcome.details or "")
    text = log_file.read_text("utf-8")
    assert "ValueError" in text and ADDRESS not in text


def test_the_formatter_scrubs_addresses_wherever_they_come_from(log_file: Path) -> None:
    logging.getLogger("companion.test").error("could not send to %s", ADDRESS)
    _flush()
    assert ADDRESS not in log_file.read_text("utf-8") and "<e-mail>" in log_file.read_text("utf-8")
    assert scrub("write to a.b+c@mail.example.kz now") == "write to <e-mail> now"


def test_chained_exceptions_keep_their_order_and_types() -> None:
    try:
        try:
            raise KeyError("first")
        except KeyError as inner:
            raise RuntimeError("second") from inner
    except RuntimeError as exc:
        text = safe_traceback(exc)
    assert text.index("KeyError") < text.index("direct cause") < text.index("RuntimeError")
    assert "first" not in text and "second" not in text
