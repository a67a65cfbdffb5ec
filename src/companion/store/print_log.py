"""The print log: which badge was printed when, on which layout and into which file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime


class PrintLog:
    """The ``print_log`` table for one event."""

    def __init__(self, conn: sqlite3.Connection, event_id: str) -> None:
        self._conn = conn
        self.event_id = event_id

    def record(self, attendee_ids: Iterable[str], layout: str, output: str, when: datetime | None = None) -> int:
        """Log one printing of each id; returns how many were logged."""
        stamp = (when or datetime.now(UTC)).isoformat(timespec="seconds")
        rows = [(self.event_id, a, stamp, layout, output) for a in attendee_ids]
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.executemany(
                "INSERT INTO print_log(event_id, attendee_id, printed_at, layout, output) VALUES (?, ?, ?, ?, ?)", rows
            )
        return len(rows)

    def last_printed(self) -> dict[str, str]:
        """Attendee id → time of the latest printing (ISO 8601, UTC)."""
        rows = self._conn.execute(
            "SELECT attendee_id, MAX(printed_at) FROM print_log WHERE event_id = ? GROUP BY attendee_id",
            (self.event_id,),
        ).fetchall()
        return {str(a): str(t) for a, t in rows}

    def times_printed(self, attendee_id: str) -> int:
        return int(self._conn.execute(
            "SELECT COUNT(*) FROM print_log WHERE event_id = ? AND attendee_id = ?", (self.event_id, attendee_id)
        ).fetchone()[0])
