"""The .ics bytes do not change: every export below is compared byte for byte with a file committed in
``tests/data/golden/``, written by the exporter as it stood before it stopped building icalendar objects.

The inputs are frozen too: a copy of the bundled event as it was (``golden/caccc2025.json``; the shipped data
may change), a session with hard text (escapes, control bytes, long Cyrillic lines to fold), a cancelled
session, revisions from the user-state database, and the 36C3 stand-in. Only the version in PRODID is
replaced by ``VERSION`` before comparing. ``COMPANION_WRITE_GOLDEN=1 pytest tests/exports/test_ical_golden.py``
rewrites the files; do that only on purpose, and say why in the commit.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.domain.changes import SessionFacts
from companion.domain.event import Event, Participation, Room, Session, TimeStatus, Track
from companion.exports.ical import PRODID, CancelledSession, ExportOptions, ExportScope, export_scope
from companion.sources import load_event

DATA = Path(__file__).resolve().parents[1] / "data"
GOLDEN = DATA / "golden"
ASHGABAT = ZoneInfo("Asia/Ashgabat")
WRITE = os.environ.get("COMPANION_WRITE_GOLDEN") == "1"
STARRED = ("opening-ceremony", "un-agencies-panel", "hard-text", "resiland-rac-3", "final-session-closing")


def _caccc() -> Event:
    """The frozen copy of the bundled event plus one session whose text exercises escaping and folding."""
    base = load_event(GOLDEN / "caccc2025.json")
    model = base.sessions[2]
    hard = Session(
        id="hard-text",
        title={"en": 'Water; energy, and "food" \\ a nexus — Су, энергия; Қазақстан, Oʻzbekiston', "kk": "Су, энергия"},
        type_id=model.type_id,
        day=date(2025, 5, 14),
        start=datetime(2025, 5, 14, 10, 0, tzinfo=ASHGABAT),
        end=datetime(2025, 5, 14, 11, 30, tzinfo=ASHGABAT),
        time_status=TimeStatus.EXACT,
        room_id="hall-a",
        track_id="water, energy; food",
        participants=tuple(Participation(p.person_id, p.role) for p in model.participants[:2]),
        description={
            "en": "Line one.\r\nLine two; with, punctuation \\ and a backslash.\rThree\n"
            + "Әйелдер мен жастардың рөлін күшейту: Қазақстан, Қырғызстан, Тәжікстан. " * 5
            + "\nStray\x7f control\x00 bytes\x1b\ttab 😀 emoji at a fold" + "x" * 57 + "😀😀😀",
        },
        sources=model.sources,
        url="https://example.org/a?b=1,2;c=3",
        revision=3,
    )
    return replace(
        base,
        sessions=(*base.sessions, hard),
        rooms={**base.rooms, "hall-a": Room("hall-a", {"en": "Hall A, ground floor"})},
        tracks={**base.tracks, "water, energy; food": Track("water, energy; food", {"en": "Water, energy; food"})},
    )


def _gone() -> tuple[CancelledSession, ...]:
    timed = SessionFacts(
        id="dropped-talk", title="A talk, dropped; sorry", day="2025-05-14",
        start="2025-05-14T15:00:00+05:00", end="2025-05-14T16:00:00+05:00", time_status="exact", room="Hall B",
    )
    all_day = SessionFacts(id="dropped-day", title="An exhibition", day="2025-05-15", room=None)
    no_day = SessionFacts(id="dropped-nowhere", title="Nowhere")
    return (
        CancelledSession(timed, 4, datetime(2025, 5, 12, 8, 30, tzinfo=UTC)),
        CancelledSession(all_day, 2),
        CancelledSession(no_day, 1),
    )


REVISIONS = {
    "opening-ceremony": (5, datetime(2025, 5, 10, 6, 0, tzinfo=UTC)),
    "un-agencies-panel": (2, None),
}

Case = Callable[[], bytes]


def _cases() -> dict[str, Case]:
    return {
        "caccc2025-all.ics": lambda: export_scope(_caccc(), ExportScope.everything()).data,
        "caccc2025-all-ru-alarm15.ics": lambda: export_scope(
            _caccc(), ExportScope.everything(), ExportOptions(alarm_minutes=15, language="ru")
        ).data,
        "caccc2025-day14-kk-Latn.ics": lambda: export_scope(
            _caccc(), ExportScope.of_day(date(2025, 5, 14)), ExportOptions(language="kk-Latn")
        ).data,
        "caccc2025-starred-kk-alarm0.ics": lambda: export_scope(
            _caccc(), ExportScope.of_starred(STARRED), ExportOptions(alarm_minutes=0, language="kk"),
            revisions=REVISIONS, cancelled=_gone(),
        ).data,
        "caccc2025-starred-alarm1.ics": lambda: export_scope(
            _caccc(), ExportScope.of_starred(STARRED), ExportOptions(alarm_minutes=1), cancelled=_gone(),
        ).data,
        "caccc2025-sessions-alarm10080.ics": lambda: export_scope(
            _caccc(), ExportScope.of_sessions(["hard-text", "resiland-rac-3"]), ExportOptions(alarm_minutes=10080),
        ).data,
        "36c3-all.ics": lambda: export_scope(load_event(DATA / "36c3.schedule.json"), ExportScope.everything()).data,
    }


def _normalised(data: bytes) -> bytes:
    return data.replace(PRODID.encode("utf-8"), b"-//Companion//Companion VERSION//EN")


@pytest.mark.parametrize("name", list(_cases()))
def test_the_export_is_byte_for_byte_the_golden_file(name: str) -> None:
    data = _normalised(_cases()[name]())
    path = GOLDEN / name
    if WRITE:
        path.write_bytes(data)
    assert path.exists(), f"{path} missing: run with COMPANION_WRITE_GOLDEN=1 once"
    expected = path.read_bytes()
    if data != expected:
        got, want = data.split(b"\r\n"), expected.split(b"\r\n")
        first = next((i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b), min(len(got), len(want)))
        pytest.fail(
            f"{name} differs from the golden file at line {first + 1}:\n"
            f"  got  {got[first] if first < len(got) else b'<end>'!r}\n"
            f"  want {want[first] if first < len(want) else b'<end>'!r}"
        )
