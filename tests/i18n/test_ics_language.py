"""``companion --lang CODE export-ics`` writes the calendar text in that language, read back by icalendar."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from companion.cli import main


def _events(tmp_path: Path, *args: str) -> dict[str, icalendar.Event]:
    out = tmp_path / "out.ics"
    assert main([*args, "-o", str(out)]) == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    return {str(e["uid"]).split("@")[0]: e for e in calendar.walk("VEVENT")}


def _find(events: dict[str, icalendar.Event], session_id: str) -> icalendar.Event:
    return next(e for uid, e in events.items() if session_id in uid)


def test_russian_calendar(tmp_path: Path) -> None:
    events = _events(tmp_path, "--lang", "ru", "export-ics", "--day", "2025-05-13", "--alarm", "10")
    plenary = _find(events, "opening-plenary")
    assert str(plenary["summary"]) == (
        "Региональная и национальная климатическая политика: достижения и планы (ориентировочно)"
    )
    description = str(plenary["description"])
    assert "Опубликованное название: Regional and National Climate Policy: Achievements and Plans" in description
    assert "Участники:" in description and "Источники:" in description
    assert str(plenary["location"]).startswith("Зал не опубликован")
    alarm = next(iter(plenary.walk("VALARM")))
    assert "начало через 10 мин" in str(alarm["description"])
    exhibition = _find(events, "endemic-flora-fauna-exhibition")  # published in Russian: nothing added
    assert "Опубликованное название" not in str(exhibition["description"])


@pytest.mark.parametrize(("language", "mark"), [("kk", "(шамамен)"), ("kk-Latn", "(şamamen)")])
def test_kazakh_calendars(tmp_path: Path, language: str, mark: str) -> None:
    events = _events(tmp_path, "--lang", language, "export-ics", "--day", "2025-05-13")
    summary = str(_find(events, "opening-ceremony")["summary"])
    assert summary.endswith(mark)
    if language == "kk-Latn":
        assert summary.startswith("Aşylu saltanaty")
        for event in events.values():
            assert not any("\u0400" <= ch <= "\u04ff" for ch in str(event["summary"]))


def test_english_calendar_is_unchanged_by_default(tmp_path: Path) -> None:
    events = _events(tmp_path, "export-ics", "--day", "2025-05-13")
    plenary = _find(events, "opening-plenary")
    assert str(plenary["summary"]) == "Regional and National Climate Policy: Achievements and Plans (indicative)"
    assert "Published title" not in str(plenary["description"])
