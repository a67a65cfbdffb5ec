"""What an import found: counts, the time zone used and why, and every item skipped with its reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ZoneSource(StrEnum):
    """Where the event's time zone came from."""

    FILE = "file"
    """The file names it (frab ``time_zone_name``, iCalendar ``X-WR-TIMEZONE`` or ``TZID``)."""
    CHOSEN = "chosen"
    """The file names none; the user chose it (``--tz`` or the dialog)."""
    OFFSET = "offset"
    """The file names none; inferred from the UTC offset its session dates carry."""
    FALLBACK = "fallback"
    """The file names none and nothing hints at one: the documented fallback, UTC."""


@dataclass(frozen=True, slots=True)
class SkippedItem:
    """One thing the reader left out: where it is in the file and why."""

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}" if self.location else self.reason


@dataclass(slots=True)
class ImportReport:
    """The reader's account of one file; shown after opening and printed by the command line."""

    path: str
    format: str
    sessions: int = 0
    days: int = 0
    rooms: int = 0
    people: int = 0
    tracks: int = 0
    zone: str = "UTC"
    zone_source: ZoneSource = ZoneSource.FALLBACK
    zone_reason: str = ""
    skipped: list[SkippedItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def skip(self, location: str, reason: str) -> None:
        self.skipped.append(SkippedItem(location, reason))

    @property
    def zone_is_assumed(self) -> bool:
        """True when the file itself does not say which zone its times are in."""
        return self.zone_source is not ZoneSource.FILE

    def summary_lines(self) -> list[str]:
        """The report as plain English lines (the command line; the window translates its own)."""
        lines = [
            f"{self.path}: {self.format}",
            f"{self.sessions} sessions, {self.days} days, {self.rooms} rooms, {self.people} people, "
            f"{self.tracks} tracks",
            f"Time zone {self.zone}: {self.zone_reason}",
        ]
        lines.extend(self.notes)
        if self.skipped:
            lines.append(f"Skipped {len(self.skipped)}:")
            lines.extend(f"  {item}" for item in self.skipped)
        else:
            lines.append("Nothing skipped.")
        return lines
