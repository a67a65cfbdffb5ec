"""Reading stars back from a calendar file: only Companion's own UIDs of this event count; bad files are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.domain.event import Event
from companion.exports.ical import ExportScope, export_scope
from companion.sources.ical_stars import CalendarFileError, read_stars


def test_a_starred_export_gives_back_its_sessions(bundled_event: Event, tmp_path: Path) -> None:
    starred = ["opening-ceremony", "resiland-rac-3", "un-agencies-panel"]
    path = tmp_path / "starred.ics"
    path.write_bytes(export_scope(bundled_event, ExportScope.of_starred(starred)).data)
    found = read_stars(path, bundled_event)
    assert sorted(found.session_ids) == sorted(starred)
    assert (found.unknown_ids, found.other_events, found.foreign_count) == ((), (), 0)


def _calendar(*uids: str) -> bytes:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20250513\r\n"
        f"SUMMARY:x\r\nEND:VEVENT\r\n"
        for uid in uids
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{events}END:VCALENDAR\r\n".encode()


def test_other_events_unknown_sessions_and_foreign_events_are_reported_not_starred(
    bundled_event: Event, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.ics"
    path.write_bytes(_calendar(
        "opening-ceremony@caccc-2025.companion",
        "opening-ceremony@caccc-2025.companion",
        "gone-session@caccc-2025.companion",
        "talk-1@36c3.companion",
        "040000008200E00074C5B7101A82E008@outlook.com",
    ))
    found = read_stars(path, bundled_event)
    assert found.session_ids == ("opening-ceremony",)
    assert found.unknown_ids == ("gone-session",)
    assert found.other_events == ("36c3",)
    assert found.foreign_count == 1


@pytest.mark.parametrize(
    ("content", "where", "what"),
    [
        (b"\xff\xfe\x00B\x00E", "line 1 (byte 0)", "not UTF-8"),
        (b"name,start\r\nx,y\r\n", "line 1", "not a calendar file"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n", "line 4", "cut short"),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nthis is not a content line\r\nEND:VCALENDAR\r\n",
            "line 3",
            "not a valid calendar",
        ),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a@caccc-2025.companion\r\nDTSTART:2025XX\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n",
            "line 3",
            "DTSTART",
        ),
    ],
)
def test_a_bad_file_is_named_with_the_place_of_the_fault(
    bundled_event: Event, tmp_path: Path, content: bytes, where: str, what: str
) -> None:
    path = tmp_path / "stars.ics"
    path.write_bytes(content)
    with pytest.raises(CalendarFileError) as info:
        read_stars(path, bundled_event)
    assert info.value.path == path
    assert str(info.value.location) == where
    assert what in str(info.value) and "stars.ics" in str(info.value)


def test_a_missing_file_is_named(bundled_event: Event, tmp_path: Path) -> None:
    with pytest.raises(CalendarFileError, match=r"nothing\.ics"):
        read_stars(tmp_path / "nothing.ics", bundled_event)
