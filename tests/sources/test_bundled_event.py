"""The bundled CACCC-2025 file: loads, is truthful about what is unknown, and links hold."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from companion.domain.event import Event, TimeStatus

FACTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "caccc2025-facts.md"


def test_event_basics(bundled_event: Event) -> None:
    e = bundled_event
    assert e.id == "caccc-2025"
    assert e.timezone == "Asia/Ashgabat"
    assert (e.start_date, e.end_date) == (date(2025, 5, 13), date(2025, 5, 15))
    assert e.name["ru"].startswith("7-я Центральноазиатская")
    assert "ОАҚӨК-2025" in e.name["kk"]
    assert "OAQÖK-2025" in e.name["kk-Latn"]
    assert [d.date.day for d in e.days] == [12, 13, 14, 15]
    assert e.venue["en"] == "Yyldyz Hotel"


def test_fifteenth_may_says_nothing_was_published(bundled_event: Event) -> None:
    assert bundled_event.sessions_on(date(2025, 5, 15)) == []
    day15 = next(d for d in bundled_event.days if d.date == date(2025, 5, 15))
    assert "No sessions were published" in day15.note["en"]


def test_undated_sessions_are_not_placed_on_a_guessed_day(bundled_event: Event) -> None:
    undated = {s.id for s in bundled_event.sessions_on(None)}
    assert {"final-session-closing", "parallel-green-bridge"} <= undated


def test_no_room_is_invented(bundled_event: Event) -> None:
    assert all(s.room_id is None for s in bundled_event.sessions)
    assert not bundled_event.rooms


def test_every_time_is_marked_indicative_with_a_note(bundled_event: Event) -> None:
    for s in bundled_event.sessions:
        assert s.time_status is not TimeStatus.EXACT, s.id
        if s.start is not None:
            assert s.time_status is TimeStatus.INDICATIVE
            assert "Indicative" in s.time_note["en"]
            assert s.start.utcoffset() is not None and s.start.utcoffset().total_seconds() == 5 * 3600


def test_every_session_has_sources_that_the_fact_sheet_lists(bundled_event: Event) -> None:
    facts = FACTS.read_text("utf-8") if FACTS.exists() else None
    for s in bundled_event.sessions:
        assert s.sources, s.id
    for source in bundled_event.sources.values():
        assert source.url.startswith("https://")
        if facts is not None:
            assert source.url in facts, source.id


def test_people_named_in_the_facts_only(bundled_event: Event) -> None:
    if not FACTS.exists():
        pytest.skip(f"fact sheet not found at {FACTS}")
    facts = FACTS.read_text("utf-8")
    for person in bundled_event.people.values():
        surname = re.split(r"\s+", person.names[0])[-1]
        assert surname in facts, person.id
