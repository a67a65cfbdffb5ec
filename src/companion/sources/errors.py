"""The errors readers raise: which file, where in it, and what is wrong (in words the window translates)."""

from __future__ import annotations

import errno
from pathlib import Path

from companion.domain.message import QT_TRANSLATE_NOOP, Message


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


def system_error(exc: OSError, *, writing: bool = False) -> Message | str:
    """Why the system could not read (or, ``writing``, write) a file: the common cases in words the window
    translates, else the system's own text."""
    if writing:
        known = {
            errno.ENOENT: QT_TRANSLATE_NOOP("FileProblem", "the folder does not exist"),
            errno.EACCES: QT_TRANSLATE_NOOP("FileProblem", "you have no permission to write there"),
            errno.EROFS: QT_TRANSLATE_NOOP("FileProblem", "the disk or folder is read-only"),
            errno.EISDIR: QT_TRANSLATE_NOOP("FileProblem", "this is a folder, not a file"),
            errno.ENOSPC: QT_TRANSLATE_NOOP("FileProblem", "the disk is full"),
            errno.EPERM: QT_TRANSLATE_NOOP("FileProblem", "you have no permission to write there"),
            errno.ENOTDIR: QT_TRANSLATE_NOOP("FileProblem", "part of the path is a file, not a folder"),
            errno.EEXIST: QT_TRANSLATE_NOOP("FileProblem", "part of the path is a file, not a folder"),
            errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileProblem", "the file name is too long"),
            errno.EDQUOT: QT_TRANSLATE_NOOP("FileProblem", "your disk quota is used up"),
            errno.EFBIG: QT_TRANSLATE_NOOP("FileProblem", "the file is too large for this disk"),
            errno.EIO: QT_TRANSLATE_NOOP("FileProblem", "the disk reported an input/output error"),
            errno.ELOOP: QT_TRANSLATE_NOOP("FileProblem", "the path has a symbolic link that is not followed"),
        }
    else:
        known = {
            errno.ENOENT: QT_TRANSLATE_NOOP("FileProblem", "the file does not exist"),
            errno.EACCES: QT_TRANSLATE_NOOP("FileProblem", "you have no permission to read it"),
            errno.EISDIR: QT_TRANSLATE_NOOP("FileProblem", "this is a folder, not a file"),
            errno.EPERM: QT_TRANSLATE_NOOP("FileProblem", "you have no permission to read it"),
            errno.ENOTDIR: QT_TRANSLATE_NOOP("FileProblem", "part of the path is a file, not a folder"),
        }
    template = known.get(exc.errno or 0)
    return Message(template) if template is not None else exc.strerror or str(exc)
