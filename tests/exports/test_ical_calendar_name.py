"""The calendar's name (NAME, X-WR-CALNAME) follows the export language, never the desktop's locale."""

from __future__ import annotations

import locale
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import icalendar
import pytest
import vobject

from companion.cli import main
from companion.domain.event import Event
from companion.exports.ical import ExportOptions, ExportScope, export_scope


def _names(data: bytes) -> tuple[str, str]:
    cal = icalendar.Calendar.from_ical(data)
    return str(cal["NAME"]), str(cal["X-WR-CALNAME"])


def test_lang_ru_names_the_day_calendar_in_russian(bundled_event: Event, tmp_path: Path) -> None:
    out = tmp_path / "day.ics"
    assert main(["--lang", "ru", "export-ics", "--day", "2025-05-13", "-o", str(out)]) == 0
    expected = f"{bundled_event.short_name['ru']} — 13 мая 2025 г."
    assert _names(out.read_bytes()) == (expected, expected)
    assert vobject.readOne(out.read_text("utf-8")).contents["x-wr-calname"][0].value == expected


@pytest.mark.parametrize(
    ("language", "starred", "selected"),
    [
        ("ru", "отмеченные сессии", "выбранные сессии"),
        ("kk", "белгіленген сессиялар", "таңдалған сессиялар"),
        ("kk-Latn", "belgılengen sessiialar", "taŋdalǧan sessiialar"),
        ("en", "starred sessions", "selected sessions"),
    ],
)
def test_starred_and_selected_calendars_are_named_in_the_export_language(
    bundled_event: Event, language: str, starred: str, selected: str
) -> None:
    options = ExportOptions(language=language)
    short = bundled_event.short_name[language]
    stars = export_scope(bundled_event, ExportScope.of_starred(["opening-ceremony"]), options)
    assert _names(stars.data)[1] == f"{short} — {starred}"
    some = export_scope(bundled_event, ExportScope.of_sessions(["opening-ceremony", "un-agencies-panel"]), options)
    assert _names(some.data)[1] == f"{short} — {selected}"


@pytest.fixture
def russian_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A desktop in Russian: ru_RU.UTF-8 compiled into tmp_path (LOCPATH) and set from LANG/LC_TIME as Qt does."""
    if shutil.which("localedef") is None:
        pytest.skip("localedef is not installed")
    done = subprocess.run(
        ["localedef", "-i", "ru_RU", "-f", "UTF-8", str(tmp_path / "ru_RU.UTF-8")], capture_output=True
    )
    if done.returncode not in (0, 1) or not (tmp_path / "ru_RU.UTF-8").exists():
        pytest.skip("the ru_RU locale cannot be compiled here")
    saved = locale.setlocale(locale.LC_ALL)
    monkeypatch.setenv("LOCPATH", str(tmp_path))
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.setenv("LC_TIME", "ru_RU.UTF-8")
    try:
        locale.setlocale(locale.LC_ALL, "")
        assert f"{date(2025, 5, 13):%B}" != "May"  # the process now formats dates in Russian
        yield "ru_RU.UTF-8"
    finally:
        locale.setlocale(locale.LC_ALL, saved)


def test_the_desktop_locale_does_not_change_the_bytes(bundled_event: Event, russian_locale: str) -> None:
    options = ExportOptions(language="en")
    scope = ExportScope.of_day(date(2025, 5, 13))
    in_russian_desktop = export_scope(bundled_event, scope, options).data
    locale.setlocale(locale.LC_ALL, "C.UTF-8")
    in_c_desktop = export_scope(bundled_event, scope, options).data
    assert in_russian_desktop == in_c_desktop
    assert _names(in_c_desktop)[1] == "CACCC-2025 — 13 May 2025"
