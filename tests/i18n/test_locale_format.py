"""Dates, times and numbers in the window go through QLocale in the chosen language."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from companion.domain.phrases import date_text
from companion.ui.locale_format import format_day, format_number, format_short_day, format_time, qlocale

DAY = date(2025, 5, 13)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "13 May 2025"), ("ru", "13 мая 2025 г."), ("kk", "2025 жылғы 13 мамыр"),
     ("kk-Latn", "2025 jylǧy 13 mamyr")],
)
def test_day_per_language(language: str, expected: str) -> None:
    assert format_day(DAY, language) == expected


def test_window_and_command_line_write_the_same_dates() -> None:
    for language in ("en", "ru", "kk", "kk-Latn"):
        for d in (date(2025, 5, 12), date(2025, 1, 3), date(2025, 12, 31)):
            assert format_day(d, language) == date_text(d, language)


def test_weekday_forms() -> None:
    assert format_day(DAY, "ru", weekday=True) == "вторник, 13 мая 2025 г."
    assert format_day(DAY, "kk", weekday=True) == "2025 жылғы 13 мамыр, сейсенбі"
    assert format_day(DAY, "kk-Latn", weekday=True) == "2025 jylǧy 13 mamyr, seisenbı"
    assert format_day(DAY, "en", weekday=True) == "Tuesday 13 May 2025"


def test_short_day_in_latin_kazakh_has_no_cyrillic() -> None:
    text = format_short_day(DAY, "kk-Latn")
    assert "13" in text and not any("\u0400" <= ch <= "\u04ff" for ch in text)


def test_unpublished_day_is_said_in_the_language() -> None:
    assert format_day(None, "ru") == "Дата не опубликована"
    assert format_day(None, "en") == "Date not published"


def test_times_use_the_24_hour_clock_everywhere() -> None:
    for language in ("en", "ru", "kk", "kk-Latn"):
        assert format_time(time(14, 5), language) == "14:05"
        assert format_time(datetime(2025, 5, 13, 9, 30), language) == "09:30"


def test_numbers_follow_the_language() -> None:
    assert format_number(1234, "en") == "1,234"
    assert format_number(1234, "ru").replace("\u00a0", " ") == "1 234"
    assert format_number(2.5, "kk", 1) == "2,5"


def test_qlocale_mapping() -> None:
    assert qlocale("ru_RU").language() == qlocale("ru").language()
    assert qlocale("kk-Latn").language() == qlocale("kk").language()
