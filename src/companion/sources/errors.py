"""The errors readers raise: which file, where in it, and what is wrong."""

from __future__ import annotations

from pathlib import Path


class UnreadableFileError(Exception):
    """A file that cannot be read. ``location`` is a JSON path, an XML path, a row or a line number."""

    def __init__(self, path: Path | str, location: str, problem: str) -> None:
        self.path = Path(path)
        self.location = location
        self.problem = problem
        where = f" at {location}" if location else ""
        super().__init__(f"{self.path.name}{where}: {problem}")


class EventFileError(UnreadableFileError):
    """An event or schedule file that cannot be opened."""


class AttendeeFileError(UnreadableFileError):
    """An attendee list that cannot be read at all (single bad rows are reported, not raised)."""


class CalendarFileError(UnreadableFileError):
    """A calendar file that cannot be read for stars."""
