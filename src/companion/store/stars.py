"""Starred sessions ("My agenda") in the user-state database, keyed by (event id, session id).

Stars are kept by stable ids only, so they survive a restart and an update of the event data; a star
whose session has left the programme is kept (and reported) rather than silently dropped. Every change
runs in one ``BEGIN IMMEDIATE`` transaction, so a crash in the middle of a write leaves either the old
set or the new one, never half of a batch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime

from companion.store.database import rollback


def _stamp(when: datetime | None) -> str:
    moment = when if when is not None else datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("starred_at needs an aware datetime")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class StarStore:
    """The stars of one event: read, add, remove, toggle and replace them atomically."""

    def __init__(self, conn: sqlite3.Connection, event_id: str) -> None:
        self._conn = conn
        self.event_id = event_id

    def _write(self, statements: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for sql, params in statements:
                conn.execute(sql, params)
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise

    def starred_ids(self) -> set[str]:
        rows = self._conn.execute("SELECT session_id FROM stars WHERE event_id = ?", (self.event_id,))
        return {str(r[0]) for r in rows}

    def starred_at(self) -> dict[str, str]:
        """Session id to the UTC ISO time it was starred."""
        rows = self._conn.execute(
            "SELECT session_id, starred_at FROM stars WHERE event_id = ? ORDER BY starred_at, session_id",
            (self.event_id,),
        )
        return {str(r[0]): str(r[1]) for r in rows}

    def is_starred(self, session_id: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM stars WHERE event_id = ? AND session_id = ?", (self.event_id, session_id)
        ).fetchone()
        return row is not None

    def star(self, session_id: str, when: datetime | None = None) -> None:
        self.add_many([session_id], when)

    def unstar(self, session_id: str) -> None:
        self.remove_many([session_id])

    def toggle(self, session_id: str, when: datetime | None = None) -> bool:
        """Flip one star; returns True when the session is now starred."""
        if self.is_starred(session_id):
            self.unstar(session_id)
            return False
        self.star(session_id, when)
        return True

    def add_many(self, session_ids: Iterable[str], when: datetime | None = None) -> int:
        """Star every id in one transaction; returns how many were not starred before."""
        ids = list(dict.fromkeys(session_ids))
        before = self.starred_ids()
        stamp = _stamp(when)
        self._write(
            ("INSERT OR IGNORE INTO stars(event_id, session_id, starred_at) VALUES (?, ?, ?)",
             (self.event_id, sid, stamp))
            for sid in ids
        )
        return len([sid for sid in ids if sid not in before])

    def remove_many(self, session_ids: Iterable[str]) -> int:
        """Unstar every id in one transaction; returns how many were starred."""
        ids = list(dict.fromkeys(session_ids))
        before = self.starred_ids()
        self._write(
            ("DELETE FROM stars WHERE event_id = ? AND session_id = ?", (self.event_id, sid)) for sid in ids
        )
        return len([sid for sid in ids if sid in before])

    def replace_all(self, session_ids: Iterable[str], when: datetime | None = None) -> None:
        """Make the starred set exactly ``session_ids``, keeping the first-starred time of those kept."""
        ids = list(dict.fromkeys(session_ids))
        stamp = _stamp(when)
        statements: list[tuple[str, tuple[str, ...]]] = [
            (
                f"DELETE FROM stars WHERE event_id = ? AND session_id NOT IN ({','.join('?' * len(ids))})",
                (self.event_id, *ids),
            )
        ]
        statements += [
            ("INSERT OR IGNORE INTO stars(event_id, session_id, starred_at) VALUES (?, ?, ?)",
             (self.event_id, sid, stamp))
            for sid in ids
        ]
        self._write(statements)

    def orphans(self, known_session_ids: Iterable[str]) -> set[str]:
        """Starred ids that the current event data no longer has (kept, in case the session returns)."""
        return self.starred_ids() - set(known_session_ids)
