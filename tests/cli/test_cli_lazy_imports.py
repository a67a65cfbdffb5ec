"""The command line imports only what a command uses: --version loads no reader, export or Qt."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("icalendar", "reportlab", "cryptography", "PySide6", "zxingcpp", "PIL", "psycopg")

_RUNNER = """
import contextlib, io, sys
sys.argv = ["companion", *sys.argv[1:]]
from companion.cli import main
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        main()
except SystemExit:
    pass
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(%r))
print(out.getvalue().strip())
print("HEAVY=" + ",".join(heavy))
"""


def _run(*args: str) -> tuple[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", _RUNNER % (HEAVY,), *args], capture_output=True, text=True,
                          check=True, timeout=120)
    lines = done.stdout.strip().splitlines()
    heavy = lines[-1].removeprefix("HEAVY=")
    return "\n".join(lines[:-1]), [h for h in heavy.split(",") if h]


def test_version_imports_no_reader_export_or_qt() -> None:
    printed, heavy = _run("--version")
    assert printed.startswith("companion ")
    assert heavy == []


def test_a_command_that_needs_no_calendar_does_not_load_the_badge_libraries() -> None:
    printed, heavy = _run("people", "--json")
    assert printed.startswith("[")
    assert "reportlab" not in heavy and "cryptography" not in heavy and "PySide6" not in heavy


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


def test_the_check_in_counts_load_no_image_decoder_or_qt(tmp_path) -> None:  # type: ignore[no-untyped-def]
    printed, heavy = _run("--data-dir", str(tmp_path), "checkin-log", "--counts")
    assert printed.startswith("checked in: 0 of ")
    assert "zxingcpp" not in heavy and "PIL" not in heavy and "PySide6" not in heavy and "psycopg" not in heavy
