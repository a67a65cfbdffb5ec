"""The Qt-free phrases and dates the command line and exports print, in each language."""

from __future__ import annotations

from datetime import date

import pytest

from companion.domain.kazakh_latin import to_latin
from companion.domain.phrases import (
    LANGUAGE_CODES,
    date_range_text,
    date_text,
    long_date_text,
    phrase,
    phrase_keys,
)


def test_founding_report_spellings_come_out_letter_for_letter() -> None:
    # Both pairs are printed by Adyrna (facts §1 and §8): the Cyrillic edition and the Latin one.
    assert (
        to_latin("Климаттың өзгеруіне арналған Орталық Азияның 7-ші конференциясы (ОАҚӨК-2025)")
        == "Klimattyŋ özgeruıne arnalǧan Ortalyq Aziianyŋ 7-şı konferensiiasy (OAQÖK-2025)"
    )
    assert to_latin("іске асыруды жеделдету мен нығайтуға") == "ıske asyrudy jedeldetu men nyǧaituǧa"
    assert to_latin("Қазақстан, Ошурбаев, ҰДАҮ 3.0") == "Qazaqstan, Oşurbaev, ŪDAÜ 3.0"


def test_latin_spelling_keeps_markers_and_latin_words() -> None:
    assert to_latin("&Файл %1 {name} CAREC") == "&Fail %1 {name} CAREC"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "13 May 2025"), ("ru", "13 мая 2025 г."), ("kk", "2025 жылғы 13 мамыр"),
     ("kk-Latn", "2025 jylǧy 13 mamyr")],
)
def test_dates_per_language(language: str, expected: str) -> None:
    assert date_text(date(2025, 5, 13), language) == expected


def test_long_dates_carry_the_weekday() -> None:
    assert long_date_text(date(2025, 5, 13), "en") == "Tuesday 13 May 2025"
    assert long_date_text(date(2025, 5, 14), "ru") == "среда, 14 мая 2025 г."
    assert long_date_text(date(2025, 5, 15), "kk-Latn") == "2025 jylǧy 15 mamyr, beisenbı"


def test_every_phrase_exists_in_every_language_and_differs_from_english() -> None:
    for key in phrase_keys():
        english = phrase(key, "en")
        for language in LANGUAGE_CODES[1:]:
            text = phrase(key, language)
            assert text and text != english, (key, language)
        assert not any("\u0400" <= ch <= "\u04ff" for ch in phrase(key, "kk-Latn")), key


def test_unknown_language_falls_back_to_english() -> None:
    assert phrase("room_not_published", "uz") == "room not published"
    assert phrase("times_are", "ru", zone="Asia/Ashgabat", offset="UTC+05:00").endswith("(UTC+05:00).")


@pytest.mark.parametrize(
    ("start", "end", "language", "expected"),
    [
        (date(2025, 5, 13), date(2025, 5, 15), "en", "13–15 May 2025"),
        (date(2025, 5, 13), date(2025, 5, 15), "ru", "13–15 мая 2025 г."),
        (date(2025, 5, 13), date(2025, 5, 15), "kk-Latn", "2025 jylǧy 13–15 mamyr"),
        (date(2025, 5, 13), date(2025, 5, 13), "en", "13 May 2025"),
        (date(2025, 4, 30), date(2025, 5, 2), "ru", "30 апреля – 2 мая 2025 г."),
        (date(2024, 12, 30), date(2025, 1, 2), "en", "30 December 2024 – 2 January 2025"),
    ],
)
def test_date_ranges_per_language(start: date, end: date, language: str, expected: str) -> None:
    assert date_range_text(start, end, language) == expected
