"""iCalendar bytes to text, as RFC 5545 §3.1 says: unfold the bytes first, then decode.

A long line is folded by inserting CRLF and one space or tab anywhere, even in the middle of a UTF-8
character (real exports do this); decoding each physical line alone would call such a file "not UTF-8".
Unfolding keeps, for every logical line, the physical line it starts on, so faults still name the line a
user sees in an editor. Everything here is one pass over the bytes.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

import icalendar

from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import UnreadableFileError, at_byte

_BOM = b"\xef\xbb\xbf"
NOT_UTF8 = QT_TRANSLATE_NOOP("EventFile", "not UTF-8 text")


@dataclass(frozen=True, slots=True)
class UnfoldedCalendar:
    """The unfolded text of an iCalendar file and where each of its logical lines starts in the file."""

    text: str
    """Logical lines joined by CRLF, with no folds left."""
    lines: list[str]
    """The logical lines."""
    physical_lines: list[int]
    """The file line (from 1) each logical line starts on."""

    def line_number(self, logical_index: int) -> int:
        """The file line (from 1) of logical line ``logical_index`` (from 0)."""
        return self.physical_lines[logical_index]


def unfold(
    data: bytes, path: Path, error: type[UnreadableFileError], not_utf8: Message | None = None
) -> UnfoldedCalendar:
    """Unfold ``data`` and decode it as UTF-8 (BOM allowed); ``error`` at the file line and byte otherwise."""
    start = len(_BOM) if data.startswith(_BOM) else 0
    pieces: list[bytes] = []
    physical_lines: list[int] = []
    # (offset in the unfolded bytes, offset in the file, file line) for each physical line's piece
    seg_logical: list[int] = []
    seg_physical: list[tuple[int, int]] = []
    logical_offset = 0
    offset = start
    line_no = 0
    length = len(data)
    while offset <= length:
        end = data.find(b"\n", offset)
        stop = length if end < 0 else end
        line = data[offset:stop]
        if line.endswith(b"\r"):
            line = line[:-1]
        line_no += 1
        if line[:1] in (b" ", b"\t") and pieces:
            body, skip = line[1:], 1
        else:
            if pieces:
                pieces.append(b"\r\n")
                logical_offset += 2
            physical_lines.append(line_no)
            body, skip = line, 0
        seg_logical.append(logical_offset)
        seg_physical.append((offset + skip, line_no))
        pieces.append(body)
        logical_offset += len(body)
        if end < 0:
            break
        offset = end + 1
    joined = b"".join(pieces)
    try:
        text = joined.decode("utf-8")
    except UnicodeDecodeError as exc:
        n = max(bisect_right(seg_logical, exc.start) - 1, 0)
        file_offset, file_line = seg_physical[n]
        where = at_byte(file_offset + exc.start - seg_logical[n], file_line)
        raise error(path, where, not_utf8 or Message(NOT_UTF8)) from exc
    return UnfoldedCalendar(text, text.split("\r\n"), physical_lines)


UNREADABLE = QT_TRANSLATE_NOOP("EventFile", "not a readable iCalendar file: {detail}")


def parse_calendar(text: str, path: Path, error: type[UnreadableFileError]) -> icalendar.Calendar:
    """icalendar's parse of ``text``; ``error`` with the library's own words when it cannot parse it."""
    calendars = parse_calendars(text, path, error)
    if not calendars:
        raise error(path, "", Message(UNREADABLE, detail="no VCALENDAR"))
    return calendars[0]


def parse_calendars(text: str, path: Path, error: type[UnreadableFileError]) -> list[icalendar.Calendar]:
    """Every VCALENDAR in ``text``, parsed by icalendar.

    icalendar is a parser of untrusted text, and some malformed input makes it fail with exceptions that
    are not ValueError (``DTSTART;VALUE=DA,TE:…`` ends in an AttributeError inside it): whatever it raises
    while parsing is a fault of the file, reported with the library's own words.
    """
    try:
        return list(icalendar.Calendar.from_ical(text, multiple=True))
    except RecursionError as exc:
        raise error(path, "", Message(UNREADABLE, detail="components nested too deeply")) from exc
    except Exception as exc:  # the library's fault on a bad file, whatever its type (see above)
        detail = str(exc)[:200] or type(exc).__name__
        raise error(path, "", Message(UNREADABLE, detail=detail)) from exc
