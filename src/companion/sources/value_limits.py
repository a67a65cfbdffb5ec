"""The limits every event reader applies to a value, and how a value is quoted in a message.

Apart from :mod:`companion.sources.schedule_builder` (which re-exports them) so that reading the project's own
event file (the window's start) does not import the builder of frab and iCalendar schedules (issue 13).
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from companion.domain.message import QT_TRANSLATE_NOOP, Message

FIRST_YEAR = 1900
LAST_YEAR = 2999
"""Session dates outside these years are skipped and reported: nothing real is scheduled there, and the
arithmetic of ``datetime`` (a time zone, a duration, the next day) fails near its own limits of 1 and 9999."""

OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "ImportReport", "{value} is out of range (dates from the year {first} to {last} are read)"
)


def quoted(value: str, limit: int = 80) -> str:
    """``repr(value)``, cut to about ``limit`` characters with an ellipsis: for values quoted in messages."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


def in_range(value: date) -> bool:
    """True when ``value`` (a date or datetime) lies in the years :data:`FIRST_YEAR` to :data:`LAST_YEAR`."""
    return FIRST_YEAR <= value.year <= LAST_YEAR


def out_of_range(value: object) -> Message:
    """Why a session was skipped: ``'9999-12-31T23:50' is out of range (…)``."""
    return Message(OUT_OF_RANGE, value=quoted(str(value)), first=FIRST_YEAR, last=LAST_YEAR)


MAX_ZONE_NAME = 64
"""Longer than any IANA zone name (the longest, America/Argentina/ComodRivadavia, has 32 characters)."""


def zone_named(name: str | None) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None when there is no such zone.

    The zone database is a folder of files, so a name like ``Europe`` (a folder) or one longer than a file
    name may be makes the lookup fail with an OSError rather than ZoneInfoNotFoundError: no zone either.
    """
    if not name or not name.strip() or len(name.strip()) > MAX_ZONE_NAME:
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
