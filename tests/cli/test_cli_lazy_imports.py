"""The command line imports only what a command uses: --version loads no reader, export or Qt, and each command
leaves out the libraries of the others (the badge PDF and signing libraries, the calendar library, Qt)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
WATCHED = ("icalendar", "reportlab", "cryptography", "qrcode", "PIL", "defusedxml", "jsonschema_rs", "PySide6",
           "zxingcpp", "psycopg", "logging.handlers")
"""Libraries one command needs and another does not (packages with their modules, or single modules)."""

_RUNNER = """
import contextlib, io, sys
sys.argv = ["companion", *sys.argv[1:]]
from companion.cli import main
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        status = main()
except SystemExit as exc:
    status = exc.code
loaded = sorted(w for w in %r if any(m == w or m.startswith(w + ".") for m in sys.modules))
print(out.getvalue().strip())
print("STATUS=" + str(status))
print("LOADED=" + ",".join(loaded))
"""


def _run(*args: str, data_dir: Path | None = None) -> tuple[str, int, list[str]]:
    """What the command printed, its exit status and which of :data:`WATCHED` it imported."""
    env = dict(os.environ)
    if data_dir is not None:
        env["COMPANION_DATA_DIR"] = str(data_dir)
    done = subprocess.run([sys.executable, "-c", _RUNNER % (WATCHED,), *args], capture_output=True, text=True,
                          check=True, timeout=120, env=env)
    lines = done.stdout.strip().splitlines()
    loaded = lines[-1].removeprefix("LOADED=")
    status = lines[-2].removeprefix("STATUS=")
    return "\n".join(lines[:-2]), int(status) if status not in ("None", "") else 0, [m for m in loaded.split(",") if m]


def test_version_imports_no_reader_export_or_qt() -> None:
    printed, status, loaded = _run("--version")
    assert printed.startswith("companion ")
    assert status == 0
    assert loaded == []


def test_help_lists_every_command_without_importing_what_they_run() -> None:
    printed, status, loaded = _run("--help")
    assert "export-ics" in printed and "badges" in printed
    assert status == 0
    assert loaded == []


@pytest.mark.parametrize("command", ["agenda", "people", "delegations"])
def test_printing_the_bundled_event_loads_no_calendar_xml_badge_or_qt_library(command: str) -> None:
    printed, status, loaded = _run(command, "--json")
    assert status == 0
    assert printed.startswith("[")
    assert set(loaded) & {"icalendar", "defusedxml", "reportlab", "cryptography", "qrcode", "PIL", "PySide6"} == set()
    assert "logging.handlers" not in loaded  # the log file's handler is made when something is logged
    assert "jsonschema_rs" not in loaded  # the shipped file is read as the window reads it, without the validator


def test_calendar_export_loads_no_badge_library_or_qt(tmp_path: Path) -> None:
    out = tmp_path / "all.ics"
    _, status, loaded = _run("export-ics", "--all", "-o", str(out))
    assert status == 0
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "icalendar" in loaded  # the probe sees what a command imports
    assert set(loaded) & {"reportlab", "cryptography", "qrcode", "PIL", "PySide6"} == set()


def test_importing_stars_loads_no_badge_library_or_qt(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out = tmp_path / "all.ics"
    assert _run("export-ics", "--all", "-o", str(out), data_dir=data)[1] == 0
    _, status, loaded = _run("import-stars", str(out), data_dir=data)
    assert status == 0
    assert set(loaded) & {"reportlab", "cryptography", "qrcode", "PIL", "PySide6"} == set()


def test_schedule_export_loads_no_calendar_badge_library_or_qt(tmp_path: Path) -> None:
    out = tmp_path / "schedule.json"
    _, status, loaded = _run("export-schedule", "-o", str(out))
    assert status == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith("{")
    assert set(loaded) & {"icalendar", "reportlab", "cryptography", "qrcode", "PIL", "PySide6"} == set()


def test_diff_of_two_xml_schedules_loads_no_calendar_badge_library_or_qt() -> None:
    xml = str(TESTS / "data" / "debconf23.schedule.xml")
    _, status, loaded = _run("diff", xml, xml)
    assert status == 0  # the same file: nothing changed
    assert "defusedxml" in loaded
    assert set(loaded) & {"icalendar", "reportlab", "cryptography", "qrcode", "PIL", "PySide6"} == set()


def test_refresh_loads_no_reader_of_a_format_it_has_not_downloaded_nor_badges_or_qt() -> None:
    _, status, loaded = _run("refresh")
    assert status == 0  # nothing subscribed
    assert set(loaded) & {"icalendar", "defusedxml", "reportlab", "cryptography", "qrcode", "PIL", "PySide6"} == set()


def test_listing_badge_layouts_loads_no_pdf_or_signing_library() -> None:
    printed, status, loaded = _run("badges", "--list-layouts")
    assert status == 0
    assert "a6-a4" in printed
    assert set(loaded) & {"reportlab", "cryptography", "qrcode", "PIL", "PySide6"} == set()


def test_a_badge_pdf_loads_the_pdf_library_but_not_qt(tmp_path: Path) -> None:
    out = tmp_path / "calibration.pdf"
    _, status, loaded = _run("badges", "--calibration", "-o", str(out))
    assert status == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "reportlab" in loaded
    assert "PySide6" not in loaded


def test_services_import_no_qt() -> None:
    code = (
        "import sys\n"
        "from companion import paths\n"
        "from companion.services.container import Services\n"
        "s = Services(paths.state_db_path)\n"
        "s.events, s.stars, s.calendar, s.settings, s.checkin\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "[]"


def test_the_check_in_counts_load_no_image_decoder_or_qt(tmp_path: Path) -> None:
    printed, status, loaded = _run("--data-dir", str(tmp_path), "checkin-log", "--counts")
    assert status == 0
    assert printed.startswith("checked in: 0 of ")
    assert set(loaded) & {"zxingcpp", "PIL", "PySide6", "psycopg"} == set()
