"""Issue 12, items 4 and 5: iCalendar is unfolded at the byte level before it is decoded (RFC 5545 §3.1),
and finding the place of every VEVENT is one pass over the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from companion.domain.event import Event
from companion.exports.ical import session_uid
from companion.sources import EventFileError
from companion.sources.errors import CalendarFileError, UnreadableFileError
from companion.sources.ical_schedule import parse
from companion.sources.ical_stars import read_stars
from companion.sources.ical_text import unfold
from companion.sources.loader import load_event_with_report

TITLE = "Қазақстан делегациясының брифингі — Ашхабад 2025"


def fold_inside_characters(line: bytes, width: int = 75) -> bytes:
    """``line`` folded every ``width`` bytes regardless of characters (what some exporters do)."""
    parts = [line[i : i + width] for i in range(0, len(line), width)]
    return b"\r\n ".join(parts)


def _calendar(summary_line: bytes, uid: str = "s1@example.org") -> bytes:
    return (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:" + uid.encode() + b"\r\n"
        + summary_line
        + b"\r\nDTSTART:20250513T100000Z\r\nDTEND:20250513T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def test_the_fold_really_splits_a_character() -> None:
    folded = fold_inside_characters(("SUMMARY:" + TITLE).encode())
    physical = folded.split(b"\r\n")
    assert len(physical) > 1
    with pytest.raises(UnicodeDecodeError):
        physical[0].decode("utf-8")


def test_schedule_folded_inside_a_utf8_character_opens(tmp_path: Path) -> None:
    path = tmp_path / "folded.ics"
    path.write_bytes(_calendar(fold_inside_characters(("SUMMARY:" + TITLE).encode())))
    event, _ = load_event_with_report(path)
    assert [s.title["en"] for s in event.sessions] == [TITLE]


def test_star_file_folded_inside_a_utf8_character_is_read(tmp_path: Path, bundled_event: Event) -> None:
    session = next(s for s in bundled_event.sessions if s.start is not None)
    uid = session_uid(bundled_event, session)
    path = tmp_path / "stars.ics"
    path.write_bytes(_calendar(fold_inside_characters(("SUMMARY:" + TITLE * 3).encode(), 41), uid))
    assert read_stars(path, bundled_event).session_ids == (session.id,)


def test_bad_bytes_on_a_continuation_line_are_placed_on_the_file_line(tmp_path: Path) -> None:
    data = _calendar(b"SUMMARY:first part\r\n second \xff part")
    path = tmp_path / "bad.ics"
    path.write_bytes(data)
    where = f"line 7 (byte {data.index(bytes([0xFF]))})"
    with pytest.raises(EventFileError) as info:
        load_event_with_report(path)
    assert str(info.value.location) == where
    with pytest.raises(CalendarFileError) as stars:
        read_stars(path, Event.__new__(Event))
    assert str(stars.value.location) == where


def test_unfold_keeps_file_lines_for_logical_lines() -> None:
    data = b"\xef\xbb\xbfBEGIN:VCALENDAR\r\nA:1\r\n 2\r\n\t3\nB:4\r\nEND:VCALENDAR"
    calendar = unfold(data, Path("x.ics"), UnreadableFileError)
    assert calendar.lines == ["BEGIN:VCALENDAR", "A:123", "B:4", "END:VCALENDAR"]
    assert [calendar.line_number(i) for i in range(4)] == [1, 2, 5, 6]


def test_vevent_places_name_the_file_line_after_folded_lines(tmp_path: Path) -> None:
    long = fold_inside_characters(("DESCRIPTION:" + TITLE * 10).encode())
    body = b"".join(
        b"BEGIN:VEVENT\r\nUID:e" + str(n).encode() + b"\r\n" + long + b"\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n"
        for n in range(3)
    )
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:x\r\nDTSTART:20250513T100000Z\r\n"
            b"END:VEVENT\r\n" + body + b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")
    expected = [i + 1 for i, line in enumerate(lines) if line == b"BEGIN:VEVENT"][1:]
    _, report = parse(data, Path("c.ics"))
    assert [str(item.location).split(" ")[1] for item in report.skipped] == [str(n) for n in expected]


class CountingBytes(bytes):
    """Bytes that add up how much of themselves the reader scans with count/find/index (C-level work that
    no Python profiler sees): a reader that counts lines from the start for each VEVENT scans N² bytes."""

    scanned = 0

    def _span(self, args: tuple[Any, ...]) -> int:
        start = args[1] if len(args) > 1 and isinstance(args[1], int) else 0
        end = args[2] if len(args) > 2 and isinstance(args[2], int) else len(self)
        return max(end - start, 0)

    def count(self, *args: Any) -> int:
        CountingBytes.scanned += self._span(args)
        return super().count(*args)

    def find(self, *args: Any) -> int:
        result = super().find(*args)
        start = args[1] if len(args) > 1 and isinstance(args[1], int) else 0
        CountingBytes.scanned += (result if result >= 0 else len(self)) - start
        return result

    index = find


def _events(n: int) -> bytes:
    one = ("BEGIN:VEVENT\r\nUID:e{n}\r\nSUMMARY:Session {n}\r\nDTSTART:20250513T100000Z\r\n"
           "DTEND:20250513T110000Z\r\nLOCATION:Room {r}\r\nEND:VEVENT\r\n")
    body = "".join(one.format(n=i, r=i % 7) for i in range(n))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{body}END:VCALENDAR\r\n".encode()


def test_reading_an_ical_schedule_scans_its_bytes_a_bounded_number_of_times() -> None:
    scans = []
    for n in (200, 400, 800):
        data = CountingBytes(_events(n))
        CountingBytes.scanned = 0
        event, _ = parse(data, Path("big.ics"))
        assert len(event.sessions) == n
        scans.append(CountingBytes.scanned / len(data))
    # Linear: each byte is looked at a fixed number of times whatever the size (quadratic: ~N/2 times).
    assert max(scans) <= 3, scans
    assert scans[2] <= scans[0] * 1.2, scans
