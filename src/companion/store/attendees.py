"""Attendees of each event in the user-state database: import by id, add, edit, remove."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from companion.domain.attendee import Attendee, Category


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What an import changed: new ids, ids whose fields changed, ids that were already identical."""

    added: int
    updated: int
    unchanged: int


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row_to_attendee(row: sqlite3.Row | tuple[str, ...]) -> Attendee:
    attendee_id, given, family, organisation, delegation, category, email = row
    try:
        cat = Category(category)
    except ValueError:
        cat = Category.DELEGATE
    return Attendee(attendee_id, given, family, organisation, delegation, cat, email)


_COLUMNS = "attendee_id, given_name, family_name, organisation, delegation, category, email"


class AttendeeStore:
    """The ``attendees`` table for one event."""

    def __init__(self, conn: sqlite3.Connection, event_id: str) -> None:
        self._conn = conn
        self.event_id = event_id

    def all(self) -> list[Attendee]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM attendees WHERE event_id = ? ORDER BY family_name, given_name, attendee_id",
            (self.event_id,),
        ).fetchall()
        return [_row_to_attendee(r) for r in rows]

    def get(self, attendee_id: str) -> Attendee | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM attendees WHERE event_id = ? AND attendee_id = ?", (self.event_id, attendee_id)
        ).fetchone()
        return _row_to_attendee(row) if row else None

    def count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM attendees WHERE event_id = ?", (self.event_id,))
                   .fetchone()[0])

    def merge(self, attendees: Iterable[Attendee]) -> MergeResult:
        """Insert new ids and update changed ones in one transaction; nothing is ever duplicated."""
        added = updated = unchanged = 0
        stamp = _now()
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            for attendee in attendees:
                current = self.get(attendee.id)
                if current == attendee:
                    unchanged += 1
                    continue
                self._write(attendee, stamp)
                if current is None:
                    added += 1
                else:
                    updated += 1
        return MergeResult(added, updated, unchanged)

    def save(self, attendee: Attendee) -> None:
        """Add or replace one attendee."""
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._write(attendee, _now())

    def rename(self, old_id: str, attendee: Attendee) -> None:
        """Replace the attendee stored as ``old_id`` by ``attendee`` (whose id may differ), keeping its print log."""
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute("DELETE FROM attendees WHERE event_id = ? AND attendee_id = ?", (self.event_id, old_id))
            self._write(attendee, _now())
            if old_id != attendee.id:
                self._conn.execute("UPDATE print_log SET attendee_id = ? WHERE event_id = ? AND attendee_id = ?",
                                   (attendee.id, self.event_id, old_id))

    def remove(self, attendee_id: str) -> bool:
        with self._conn:
            cursor = self._conn.execute(
                "DELETE FROM attendees WHERE event_id = ? AND attendee_id = ?", (self.event_id, attendee_id)
            )
        return cursor.rowcount > 0

    def _write(self, a: Attendee, stamp: str) -> None:
        self._conn.execute(
            "INSERT INTO attendees(event_id, attendee_id, given_name, family_name, organisation, delegation,"
            " category, email, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(event_id, attendee_id) DO UPDATE SET given_name = excluded.given_name,"
            " family_name = excluded.family_name, organisation = excluded.organisation,"
            " delegation = excluded.delegation, category = excluded.category, email = excluded.email,"
            " updated_at = excluded.updated_at",
            (self.event_id, a.id, a.given_name, a.family_name, a.organisation, a.delegation, a.category.value,
             a.email, stamp),
        )
