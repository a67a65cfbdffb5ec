"""The errors readers raise: which file, where in it, and what is wrong (in words the window translates)."""

from __future__ import annotations

from pathlib import Path

from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.domain.system_errors import system_error as system_error  # readers name it from here


class UnreadableFileError(Exception):
    """A file that cannot be read. ``location`` is a JSON path, an XML path, a row or a line number.

    ``location`` and ``problem`` are :class:`~companion.domain.message.Message` objects (or plain text for
    what carries no words, like a JSON path); ``str(error)`` is the English sentence.
    """

    def __init__(self, path: Path | str, location: Message | str, problem: Message | str) -> None:
        self.path = Path(path)
        self.location = location
        self.problem = problem
        where = f" at {location}" if str(location) else ""
        super().__init__(f"{self.path.name}{where}: {problem}")


class EventFileError(UnreadableFileError):
    """An event or schedule file that cannot be opened."""


class AttendeeFileError(UnreadableFileError):
    """An attendee list that cannot be read at all (single bad rows are reported, not raised)."""


class CalendarFileError(UnreadableFileError):
    """A calendar file that cannot be read for stars."""


def at_line(line: int, column: int | None = None) -> Message:
    """``line 3`` or ``line 3, column 7``."""
    if column is None:
        return Message(QT_TRANSLATE_NOOP("FilePlace", "line {line}"), line=line)
    return Message(QT_TRANSLATE_NOOP("FilePlace", "line {line}, column {column}"), line=line, column=column)


def at_row(row: int) -> Message:
    """``row 5`` of a CSV file (counted from 1, header and comment lines included)."""
    return Message(QT_TRANSLATE_NOOP("FilePlace", "row {row}"), row=row)


def at_byte(offset: int, line: int | None = None) -> Message:
    """``byte 120`` or ``line 4 (byte 120)``."""
    if line is None:
        return Message(QT_TRANSLATE_NOOP("FilePlace", "byte {byte}"), byte=offset)
    return Message(QT_TRANSLATE_NOOP("FilePlace", "line {line} (byte {byte})"), line=line, byte=offset)


