"""Kazakh dates put the year first in the window, on the command line, in .ics files and in the event's notes;
names in Russian and Kazakh text are written in Cyrillic, with case endings attached without a hyphen.

The founding report writes "2025 jylǧy 13–15 mamyr"; Russian and Kazakh reports write the names in
Cyrillic (docs/glossary.md, "Dates" and "Names of people").
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import icalendar
import pytest

from companion.cli import main
from companion.domain.event import Event
from companion.ui.language import LanguageManager

ROOT = Path(__file__).resolve().parents[2]
EVENT_FILE = ROOT / "resources" / "data" / "caccc2025.json"

KAZAKH = {"kk": "2025 жылғы 13–15 мамыр", "kk-Latn": "2025 jylǧy 13–15 mamyr"}


@pytest.mark.parametrize(("code", "expected"), list(KAZAKH.items()))
def test_window_writes_the_year_first(
    languages: LanguageManager, bundled_event: Event, code: str, expected: str
) -> None:
    from companion.ui.agenda.about_event import date_span, event_summary
    from companion.ui.session.formatting import long_day

    languages.apply(code, remember=False)
    assert date_span(bundled_event) == expected
    assert expected in event_summary(bundled_event, code)
    assert long_day(date(2025, 5, 14)) == {"kk": "2025 жылғы 14 мамыр, сәрсенбі",
                                           "kk-Latn": "2025 jylǧy 14 mamyr, särsenbı"}[code]


def test_window_writes_russian_dates_with_the_year_abbreviated(
    languages: LanguageManager, bundled_event: Event
) -> None:
    from companion.ui.agenda.about_event import date_span

    languages.apply("ru", remember=False)
    assert date_span(bundled_event) == "13–15 мая 2025 г."


@pytest.mark.parametrize(
    ("code", "expected"),
    [("kk", "2025 жылғы 13 мамыр, сейсенбі — 1-күн"), ("kk-Latn", "2025 jylǧy 13 mamyr, seisenbı — 1-kün"),
     ("ru", "вторник, 13 мая 2025 г. — День 1")],
)
def test_command_line_agenda_heading(capsys: pytest.CaptureFixture[str], code: str, expected: str) -> None:
    assert main(["--lang", code, "agenda", "--day", "2025-05-13"]) == 0
    assert expected in capsys.readouterr().out


@pytest.mark.parametrize(
    ("code", "expected"), [("kk", "2025 жылғы 13 мамыр"), ("kk-Latn", "2025 jylǧy 13 mamyr"), ("ru", "13 мая 2025 г.")]
)
def test_ics_calendar_name_of_a_day(tmp_path: Path, code: str, expected: str) -> None:
    out = tmp_path / "day.ics"
    assert main(["--lang", code, "export-ics", "--day", "2025-05-13", "-o", str(out)]) == 0
    name = str(icalendar.Calendar.from_ical(out.read_bytes())["X-WR-CALNAME"])
    assert name.endswith(f" — {expected}")


def _texts(node: Any, language: str) -> list[str]:
    if isinstance(node, dict):
        own = [node[language]] if isinstance(node.get(language), str) and "en" in node else []
        return own + [text for value in node.values() for text in _texts(value, language)]
    if isinstance(node, list):
        return [text for value in node for text in _texts(value, language)]
    return []


def test_event_date_note_writes_the_year_first() -> None:
    note = json.loads(EVENT_FILE.read_text("utf-8"))["event"]["dates_note"]
    assert note["kk"].startswith("2025 жылғы 13–15 мамырға жарияланған.")
    assert note["kk-Latn"].startswith("2025 jylǧy 13–15 mamyrǧa jariialanǧan.")
    assert note["ru"].startswith("Объявлена на 13–15 мая 2025 г.")


def test_names_in_russian_and_kazakh_text_are_cyrillic_with_endings_attached() -> None:
    data = json.loads(EVENT_FILE.read_text("utf-8"))
    kazakh = " ".join(_texts(data, "kk"))
    russian = " ".join(_texts(data, "ru"))
    assert "Зафар Махмудовқа" in kazakh and "Зафару Махмудову" in russian
    assert "Zafar Mahmudovqa" in " ".join(_texts(data, "kk-Latn"))
    assert "министр Чарыгелди Бабаныязов" in russian and "министр Чарыгелди Бабаныязов" in kazakh
    # No person's English spelling inside Russian or Kazakh prose ...
    for person in data["people"]:
        english = person["names"][0]
        assert english not in kazakh and english not in russian, english
    # ... and no hyphen between a Cyrillic word and its case ending.
    assert not re.search(r"[а-яёәғқңөұүһі]-(?:қа|ке|ға|ге|ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті)\b", kazakh)


SHORT = {"kk": "2025 ж. 13 мамыр", "kk-Latn": "2025 j. 13 mamyr", "ru": "вт, 13 мая", "en": "Tue 13 May"}


@pytest.mark.parametrize(("code", "expected"), list(SHORT.items()))
def test_short_dates_in_the_day_tabs_and_the_list_keep_the_kazakh_year_first(
    window_in: Any, qtbot: Any, code: str, expected: str
) -> None:
    from PySide6.QtCore import Qt

    from companion.ui.models.sessions import SessionTableModel

    window = window_in(code)
    agenda = window.agenda
    bar = agenda.day_bar
    day_one = agenda.days.index(date(2025, 5, 13))
    assert bar.tabText(day_one).startswith(expected)
    # the list's Day column (shown while a search spans several days) writes the same short form
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "panel")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    proxy = agenda.proxy
    days = {proxy.index(r, SessionTableModel.DAY).data() for r in range(proxy.rowCount())}
    assert expected in days, days


def test_window_and_command_line_write_the_same_short_dates() -> None:
    from companion.domain.phrases import short_date_text
    from companion.ui.locale_format import format_short_day

    for code in ("en", "ru", "kk", "kk-Latn"):
        for d in (date(2025, 5, 13), date(2025, 9, 30), date(2026, 1, 4), date(2025, 2, 1)):
            assert format_short_day(d, code) == short_date_text(d, code), (code, d)
    assert short_date_text(date(2025, 5, 13), "kk-Latn") == "2025 j. 13 mamyr"
