"""Where a check-in desk keeps its log: the :class:`CheckinStore` protocol and its SQLite implementation.

The log is append-only: records are added, never changed, each once by scan id (appending the same record again
changes nothing, which makes merging and resending idempotent). Beside it, per event: the public keys the desk
accepts, the revoked badge codes, and the desk's attendee list (from a desk package).
``companion.store.checkin_postgres`` implements the same protocol on a PostgreSQL server shared by desks.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

from companion.domain.checkin import (
    AttendeeFacts,
    Hlc,
    KnownKey,
    Revocation,
    ScanKind,
    ScanRecord,
    StoreStatus,
    VerdictKind,
    as_duplicate,
    first_admission,
)
from companion.domain.message import Message


class CheckinStoreError(Exception):
    """A store could not do what was asked (a shared server unreachable where no local fallback exists, e.g.
    erasing the shared copy). ``problem`` says why in words the window translates."""

    def __init__(self, problem: Message) -> None:
        super().__init__(str(problem))
        self.problem = problem


@runtime_checkable
class CheckinStore(Protocol):
    """A desk's log and what it checks codes against. Every method may be called from any thread.

    Any method may raise :class:`CheckinStoreError` (the service turns it into a message for the user); a store
    with a local fallback raises it only where the fallback cannot stand in (``erase`` of the shared copy).
    """

    def append(self, records: Sequence[ScanRecord]) -> int:
        """Add ``records`` (one transaction); a scan id already stored is skipped. Returns how many were new."""

    def append_admission(self, record: ScanRecord) -> ScanRecord | None:
        """Append the admission ``record`` unless the store already holds an admission of its attendee in force
        (not undone), decided in one transaction; then append :func:`~companion.domain.checkin.as_duplicate`
        of it instead (MANUAL / OVERRIDE: nothing appended) and return the earlier admission. None: ``record`` is
        the first and was appended. A scan id already stored is not appended again."""

    def records(self, event_id: str) -> list[ScanRecord]:
        """Every record of the event, in the total order (:attr:`ScanRecord.order_key`)."""

    def records_since(self, event_id: str, cursor: int) -> tuple[list[ScanRecord], int]:
        """Records stored after ``cursor`` (0: all) in the order stored, and the cursor to pass next time."""

    def known_keys(self, event_id: str) -> list[KnownKey]:
        """The public keys this desk accepts for the event."""

    def add_keys(self, keys: Sequence[KnownKey]) -> int:
        """Accept these keys too (a key already known is kept); returns how many were new."""

    def revocations(self, event_id: str) -> list[Revocation]:
        """Badge codes of the event to refuse."""

    def add_revocations(self, revocations: Sequence[Revocation]) -> int:
        """Refuse these codes too (idempotent); returns how many were new."""

    def desk_attendees(self, event_id: str) -> list[AttendeeFacts]:
        """The attendee list a desk package brought (empty on the badge station, which has its own list)."""

    def replace_desk_attendees(self, event_id: str, attendees: Sequence[AttendeeFacts]) -> None:
        """The event's desk list becomes ``attendees`` (a newer desk package)."""

    def erase(self, event_id: str) -> None:
        """Remove the event's log, desk list, keys and revocations (after the event: personal data)."""

    def status(self) -> StoreStatus:
        """Shared or local, reachable, scans waiting to be sent."""

    def close(self) -> None:
        """Release connections (the store is not used afterwards)."""


_RECORD_COLUMNS = ("scan_id, desk_id, nonce, event_id, attendee_id, serial, kind, verdict, hlc, wall_time, operator,"
                   " reason, undoes")


def record_row(r: ScanRecord) -> tuple[str | int, ...]:
    """``r`` as the columns of :data:`_RECORD_COLUMNS` (text and integers; shared with other stores)."""
    return (r.scan_id, r.desk_id, r.nonce, r.event_id, r.attendee_id, r.serial, r.kind.value, r.verdict.value,
            r.hlc.text(), r.wall_time.astimezone(UTC).isoformat(timespec="milliseconds"), r.operator, r.reason,
            r.undoes)


def row_record(row: Sequence[object]) -> ScanRecord:
    """The inverse of :func:`record_row` (raises ValueError on a value no desk writes)."""
    (scan_id, desk_id, nonce, event_id, attendee_id, serial, kind, verdict, hlc, wall_time, operator, reason,
     undoes) = row
    wall = datetime.fromisoformat(str(wall_time))
    if wall.tzinfo is None:
        wall = wall.replace(tzinfo=UTC)
    return ScanRecord(str(scan_id), str(desk_id), str(nonce), str(event_id), str(attendee_id), int(str(serial)),
                      ScanKind(str(kind)), VerdictKind(str(verdict)), Hlc.parse(str(hlc)), wall, str(operator),
                      str(reason), str(undoes))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SqliteCheckinStore:
    """The check-in tables of the user-state file (migration 7). ``connection`` gives this thread's connection
    (``StateConnections.get``), so the store may be used from any thread."""

    def __init__(self, connection: Callable[[], sqlite3.Connection], address: str = "") -> None:
        self._connection = connection
        self._address = address

    def append(self, records: Sequence[ScanRecord]) -> int:
        conn = self._connection()
        added = 0
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            for record in records:
                cursor = conn.execute(
                    f"INSERT OR IGNORE INTO checkin_log({_RECORD_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    record_row(record))
                added += cursor.rowcount
        return added

    def append_admission(self, record: ScanRecord) -> ScanRecord | None:
        conn = self._connection()
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            # an undo record carries its target's attendee id, so the person's rows are enough
            rows = conn.execute(f"SELECT {_RECORD_COLUMNS} FROM checkin_log WHERE event_id = ? AND attendee_id = ?",
                                (record.event_id, record.attendee_id)).fetchall()
            earlier = first_admission([row_record(r) for r in rows], record.attendee_id)
            if earlier is not None and earlier.scan_id == record.scan_id:
                return None  # a resend of the record that counts
            if earlier is not None:
                if record.kind is ScanKind.SCAN:
                    conn.execute(f"INSERT OR IGNORE INTO checkin_log({_RECORD_COLUMNS}) VALUES"
                                 " (?,?,?,?,?,?,?,?,?,?,?,?,?)", record_row(as_duplicate(record)))
                return earlier
            conn.execute(f"INSERT OR IGNORE INTO checkin_log({_RECORD_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         record_row(record))
        return None

    def records(self, event_id: str) -> list[ScanRecord]:
        rows = self._connection().execute(
            f"SELECT {_RECORD_COLUMNS} FROM checkin_log WHERE event_id = ? ORDER BY hlc, desk_id, scan_id",
            (event_id,)).fetchall()
        return [row_record(r) for r in rows]

    def records_since(self, event_id: str, cursor: int) -> tuple[list[ScanRecord], int]:
        rows = self._connection().execute(
            f"SELECT seq, {_RECORD_COLUMNS} FROM checkin_log WHERE event_id = ? AND seq > ? ORDER BY seq",
            (event_id, cursor)).fetchall()
        if not rows:
            return [], cursor
        return [row_record(r[1:]) for r in rows], int(rows[-1][0])

    def known_keys(self, event_id: str) -> list[KnownKey]:
        rows = self._connection().execute(
            "SELECT event_id, key_id, public_key, added_at FROM checkin_keys WHERE event_id = ? ORDER BY added_at,"
            " key_id", (event_id,)).fetchall()
        return [KnownKey(str(e), str(k), bytes(p), str(a)) for e, k, p, a in rows]

    def add_keys(self, keys: Sequence[KnownKey]) -> int:
        conn = self._connection()
        added = 0
        with conn:
            for key in keys:
                added += conn.execute(
                    "INSERT OR IGNORE INTO checkin_keys(event_id, key_id, public_key, added_at) VALUES (?,?,?,?)",
                    (key.event_id, key.key_id, key.public_key, key.added_at or _now())).rowcount
        return added

    def revocations(self, event_id: str) -> list[Revocation]:
        rows = self._connection().execute(
            "SELECT event_id, attendee_id, serial, reason, revoked_at FROM badge_revocations WHERE event_id = ?"
            " ORDER BY attendee_id, serial", (event_id,)).fetchall()
        return [Revocation(str(e), str(a), int(s), str(r), str(t)) for e, a, s, r, t in rows]

    def add_revocations(self, revocations: Sequence[Revocation]) -> int:
        conn = self._connection()
        added = 0
        with conn:
            for r in revocations:
                added += conn.execute(
                    "INSERT OR IGNORE INTO badge_revocations(event_id, attendee_id, serial, reason, revoked_at)"
                    " VALUES (?,?,?,?,?)", (r.event_id, r.attendee_id, r.serial, r.reason,
                                             r.revoked_at or _now())).rowcount
        return added

    def desk_attendees(self, event_id: str) -> list[AttendeeFacts]:
        rows = self._connection().execute(
            "SELECT attendee_id, given_name, family_name, organisation, delegation, category FROM desk_attendees"
            " WHERE event_id = ? ORDER BY family_name, given_name, attendee_id", (event_id,)).fetchall()
        return [AttendeeFacts(*(str(v) for v in row)) for row in rows]

    def replace_desk_attendees(self, event_id: str, attendees: Sequence[AttendeeFacts]) -> None:
        conn = self._connection()
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM desk_attendees WHERE event_id = ?", (event_id,))
            conn.executemany(
                "INSERT OR REPLACE INTO desk_attendees(event_id, attendee_id, given_name, family_name, organisation,"
                " delegation, category) VALUES (?,?,?,?,?,?,?)",
                [(event_id, a.attendee_id, a.given_name, a.family_name, a.organisation, a.delegation, a.category)
                 for a in attendees])

    def erase(self, event_id: str) -> None:
        conn = self._connection()
        # deleted rows are overwritten with zeros, not left in free pages (names, operators, reasons)
        secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
        conn.execute("PRAGMA secure_delete = ON")
        try:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                for table in ("checkin_log", "desk_attendees", "checkin_keys", "badge_revocations", "desk_packages",
                              "checkins"):
                    conn.execute(f"DELETE FROM {table} WHERE event_id = ?", (event_id,))
        finally:
            conn.execute(f"PRAGMA secure_delete = {int(secure)}")
        # and the write-ahead log, which still holds the pages as they were, is emptied when nobody reads it
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def status(self) -> StoreStatus:
        return StoreStatus(shared=False, reachable=True, waiting=0, address=self._address)

    def close(self) -> None:
        """Nothing to do: the connections belong to the caller's ``StateConnections``."""

    # ---- beyond the protocol: what only the badge station / this machine keeps -------------------------------

    def remember_package(self, event_id: str, source: str, fingerprints: Iterable[str]) -> None:
        """Note that a desk package for ``event_id`` was imported from ``source``."""
        conn = self._connection()
        with conn:
            conn.execute("INSERT OR REPLACE INTO desk_packages(event_id, imported_at, source, fingerprints)"
                         " VALUES (?,?,?,?)", (event_id, _now(), source, " ".join(fingerprints)))

    def package_events(self) -> list[str]:
        """Events a desk package was imported for, most recent first."""
        rows = self._connection().execute(
            "SELECT event_id FROM desk_packages ORDER BY imported_at DESC, event_id").fetchall()
        return [str(r[0]) for r in rows]

    def current_serial(self, event_id: str, attendee_id: str) -> int:
        """The serial of the attendee's current badge code (1 when none was issued)."""
        row = self._connection().execute(
            "SELECT serial FROM badge_serials WHERE event_id = ? AND attendee_id = ?", (event_id, attendee_id)
        ).fetchone()
        return int(row[0]) if row else 1

    def serials(self, event_id: str) -> dict[str, int]:
        rows = self._connection().execute(
            "SELECT attendee_id, serial FROM badge_serials WHERE event_id = ?", (event_id,)).fetchall()
        return {str(a): int(s) for a, s in rows}

    def reissue(self, event_id: str, attendee_id: str, reason: str) -> int:
        """Issue the attendee's next serial and revoke every earlier one (0, the version-1 code, included)."""
        conn = self._connection()
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            row = conn.execute("SELECT serial FROM badge_serials WHERE event_id = ? AND attendee_id = ?",
                               (event_id, attendee_id)).fetchone()
            new = (int(row[0]) if row else 1) + 1
            stamp = _now()
            conn.execute("INSERT OR REPLACE INTO badge_serials(event_id, attendee_id, serial, issued_at)"
                         " VALUES (?,?,?,?)", (event_id, attendee_id, new, stamp))
            conn.executemany(
                "INSERT OR IGNORE INTO badge_revocations(event_id, attendee_id, serial, reason, revoked_at)"
                " VALUES (?,?,?,?,?)", [(event_id, attendee_id, s, reason, stamp) for s in range(new)])
        return new
