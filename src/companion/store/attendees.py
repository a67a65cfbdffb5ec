"""Attendees of each event in the user-state database: import by id, add, edit, remove."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from companion.domain.attendee import Attendee, Category


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What an import changed: new ids, ids whose fields changed, ids that were already identical."""

    added: int
    updated: int
    unchanged: int
    ids: tuple[str, ...] = ()
    """The stored id of every attendee merged, in the list's order (a person matched by e-mail: their old id)."""


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

    def merge(self, attendees: Iterable[Attendee], derived_ids: Collection[str] = ()) -> MergeResult:
        """Insert new people and update changed ones in one transaction; nothing is ever duplicated.

        An attendee whose id is in ``derived_ids`` had no id in the list (it was made from the name and
        organisation): the person stored with the same e-mail address is updated and keeps the id they were
        first given; without such a person, the one stored under the derived id. So a corrected spelling in a
        re-imported list changes the person's name, not who they are (their print log and QR code stay).
        """
        added = updated = unchanged = 0
        stamp = _now()
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            by_email: dict[str, str] | None = None
            claimed: dict[str, None] = {}
            for attendee in attendees:
                if attendee.id in derived_ids and attendee.email:  # no id in the list: e-mail first
                    if by_email is None:
                        by_email = self._ids_by_email()
                    stable = by_email.get(attendee.email.casefold())
                    if stable is not None and stable not in claimed:
                        attendee = replace(attendee, id=stable)
                current = self.get(attendee.id)  # then the id (for a row without one: the one derived)
                claimed[attendee.id] = None
                if current == attendee:
                    unchanged += 1
                    continue
                self._write(attendee, stamp)
                if current is None:
                    added += 1
                else:
                    updated += 1
        return MergeResult(added, updated, unchanged, tuple(claimed))

    def _ids_by_email(self) -> dict[str, str]:
        rows = self._conn.execute(
            "SELECT email, attendee_id FROM attendees WHERE event_id = ? AND email IS NOT NULL AND email != ''"
            " ORDER BY updated_at, attendee_id", (self.event_id,)).fetchall()
        found: dict[str, str] = {}
        for email, attendee_id in rows:
            found.setdefault(str(email).casefold(), str(attendee_id))
        return found

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
