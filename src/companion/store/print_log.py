"""The print log: which badge went where when, on which layout, and whether that was a printing.

"Printed" means printed: a badge sent to a printer, or marked as printed by staff (a PDF printed elsewhere).
Saving a PDF is logged too, but as a save, so "only badges not printed yet" still selects it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum


class LogKind(StrEnum):
    """What happened to the badges of a log entry."""

    PRINTED = "printed"
    """Sent to a printer."""
    SAVED = "saved"
    """Written to a PDF file (not printed)."""
    MARKED = "marked"
    """Marked as printed by staff."""


_PRINTED_KINDS = (LogKind.PRINTED.value, LogKind.MARKED.value)


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One badge's line of the log."""

    attendee_id: str
    when: str
    """ISO 8601, UTC."""
    layout: str
    output: str
    """A file, a printer's name, or "" when marked by hand."""
    kind: LogKind


class PrintLog:
    """The ``print_log`` table for one event."""

    def __init__(self, conn: sqlite3.Connection, event_id: str) -> None:
        self._conn = conn
        self.event_id = event_id

    def record(self, attendee_ids: Iterable[str], layout: str, output: str, when: datetime | None = None,
               kind: LogKind = LogKind.PRINTED) -> int:
        """Log one printing (or save, or marking) of each id; returns how many were logged."""
        stamp = (when or datetime.now(UTC)).isoformat(timespec="seconds")
        rows = [(self.event_id, a, stamp, layout, output, kind.value) for a in attendee_ids]
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.executemany(
                "INSERT INTO print_log(event_id, attendee_id, printed_at, layout, output, kind)"
                " VALUES (?, ?, ?, ?, ?, ?)", rows
            )
        return len(rows)

    def last_printed(self) -> dict[str, str]:
        """Attendee id → time of the latest printing or marking as printed (ISO 8601, UTC); saves do not count."""
        rows = self._conn.execute(
            "SELECT attendee_id, MAX(printed_at) FROM print_log WHERE event_id = ? AND kind IN (?, ?)"
            " GROUP BY attendee_id",
            (self.event_id, *_PRINTED_KINDS),
        ).fetchall()
        return {str(a): str(t) for a, t in rows}

    def times_printed(self, attendee_id: str) -> int:
        return int(self._conn.execute(
            "SELECT COUNT(*) FROM print_log WHERE event_id = ? AND attendee_id = ? AND kind IN (?, ?)",
            (self.event_id, attendee_id, *_PRINTED_KINDS)
        ).fetchone()[0])

    def entries(self, limit: int = 1000) -> list[LogEntry]:
        """The latest ``limit`` entries, newest first."""
        rows = self._conn.execute(
            "SELECT attendee_id, printed_at, layout, output, kind FROM print_log WHERE event_id = ?"
            " ORDER BY printed_at DESC, id DESC LIMIT ?", (self.event_id, limit)
        ).fetchall()
        entries = []
        for attendee_id, when, layout, output, kind in rows:
            try:
                known = LogKind(kind)
            except ValueError:
                known = LogKind.PRINTED
            entries.append(LogEntry(str(attendee_id), str(when), str(layout), str(output), known))
        return entries
