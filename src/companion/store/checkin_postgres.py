"""Check-in desks on a network: the :class:`CheckinStore` protocol on a PostgreSQL server the desks share, and the
wrapper that keeps a desk working on its own SQLite store when that server is unreachable.

:class:`PostgresCheckinStore` talks to the server (psycopg 3). Its tables are created on first connect and
versioned (``checkin_schema``; a server holding a newer schema is refused rather than misread). The log is
append-only: a record is inserted once, ``ON CONFLICT DO NOTHING`` on its scan id and on (desk id, nonce), so a
resend after a lost reply never counts twice. Appends of one event are serialised by an advisory lock, so the
``seq`` cursor of :meth:`~PostgresCheckinStore.records_since` never skips a row committed late, and
:meth:`~PostgresCheckinStore.append_admission` decides "first admission or duplicate" inside the server's
transaction: two desks scanning one person at the same instant get one admission and one duplicate.
Every call is bounded in time: a connect time-out, and a watchdog that shuts the socket when the server does not
answer (a frozen server's kernel still acknowledges TCP, so no socket option would notice).

:class:`FallbackCheckinStore` is what a desk given ``--store postgresql://…`` uses: every record goes into the
desk's local SQLite store first (nothing is lost whatever the network does), then to the server. When the server
is unreachable or fails, the desk carries on alone (verdicts from what it knows: its own log and what it last
pulled from the server), counts the scans waiting (:meth:`~FallbackCheckinStore.status`, the page's banner) and
sends them when the server answers again, retrying every few seconds. Reads pull the other desks' new records
into the local store first, so a desk sees another desk's check-in at its next scan or refresh.
Conflicts (one person admitted at two desks that could not see each other) are kept and listed by
:func:`companion.domain.checkin.decide`, never resolved silently.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

from companion.domain.checkin import (
    AttendeeFacts,
    KnownKey,
    Revocation,
    ScanKind,
    ScanRecord,
    StoreStatus,
    as_duplicate,
    first_admission,
)
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.store.checkin_log import CheckinStore, CheckinStoreError, record_row, row_record

if TYPE_CHECKING:
    import psycopg

T = TypeVar("T")

CONNECT_TIMEOUT = 2.0
"""Seconds to wait for the server to accept a connection."""
OPERATION_TIMEOUT = 2.0
"""Seconds one call may wait for the server's answer before the desk carries on alone."""
RETRY_AFTER = 2.0
"""Seconds between attempts to reach a server found unreachable (scans meanwhile do not wait for it)."""
SCHEMA_LOCK = 0x636F6D70  # "comp": the advisory lock held while the schema is created or upgraded

_COLUMNS = ("scan_id, desk_id, nonce, event_id, attendee_id, serial, kind, verdict, hlc, wall_time, operator,"
            " reason, undoes")

SCHEMA: tuple[str, ...] = (
    # 1: the shared log (seq: the order stored, the cursor of records_since), the keys desks accept, revoked codes,
    #    the desk attendee list. Text columns as in the SQLite store (companion.store.checkin_log.record_row).
    """
    CREATE TABLE checkin_log (
        seq         bigserial PRIMARY KEY,
        scan_id     text NOT NULL UNIQUE,
        desk_id     text NOT NULL,
        nonce       text NOT NULL,
        event_id    text NOT NULL,
        attendee_id text NOT NULL DEFAULT '',
        serial      integer NOT NULL DEFAULT 0,
        kind        text NOT NULL,
        verdict     text NOT NULL,
        hlc         text NOT NULL,
        wall_time   text NOT NULL,
        operator    text NOT NULL DEFAULT '',
        reason      text NOT NULL DEFAULT '',
        undoes      text NOT NULL DEFAULT '',
        stored_at   timestamptz NOT NULL DEFAULT now(),
        UNIQUE (desk_id, nonce)
    );
    CREATE INDEX checkin_log_event_seq ON checkin_log (event_id, seq);
    CREATE INDEX checkin_log_attendee ON checkin_log (event_id, attendee_id);
    CREATE INDEX checkin_log_undoes ON checkin_log (event_id, undoes) WHERE undoes <> '';
    CREATE TABLE checkin_keys (
        event_id   text NOT NULL,
        key_id     text NOT NULL,
        public_key bytea NOT NULL,
        added_at   text NOT NULL,
        PRIMARY KEY (event_id, key_id)
    );
    CREATE TABLE checkin_revocations (
        event_id    text NOT NULL,
        attendee_id text NOT NULL,
        serial      integer NOT NULL,
        reason      text NOT NULL DEFAULT '',
        revoked_at  text NOT NULL,
        PRIMARY KEY (event_id, attendee_id, serial)
    );
    CREATE TABLE checkin_desk_attendees (
        event_id     text NOT NULL,
        attendee_id  text NOT NULL,
        given_name   text NOT NULL,
        family_name  text NOT NULL,
        organisation text NOT NULL DEFAULT '',
        delegation   text NOT NULL DEFAULT '',
        category     text NOT NULL DEFAULT '',
        PRIMARY KEY (event_id, attendee_id)
    );
    """,
)
"""Schema versions, in order: append a new entry for a change, never edit a shipped one."""


class SharedStoreError(CheckinStoreError):
    """The shared check-in server cannot be used now (unreachable, too slow, refused); ``problem`` says why."""


def is_postgres_address(address: str) -> bool:
    """``address`` names a PostgreSQL server (``postgresql://…`` or ``postgres://…``)."""
    return address.startswith(("postgresql://", "postgres://"))


def shown_address(address: str) -> str:
    """``address`` as people may see it: without a password."""
    parts = urlsplit(address)
    if parts.password is None:
        return address
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def stored_admission(record: ScanRecord, winner: ScanRecord | None) -> ScanRecord | None:
    """What :meth:`~PostgresCheckinStore.append_admission` stores for ``record`` given the admission that counts:
    ``record`` when it is the first, a SCAN as a duplicate, nothing for a manual admission or override."""
    if winner is None:
        return record
    return as_duplicate(record) if record.kind is ScanKind.SCAN else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class _Watchdog:
    """Shuts a connection's socket when one call outlives its time (then the blocked read fails at once)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._armed: tuple[float, int] | None = None
        self._thread: threading.Thread | None = None
        self.fired = False

    @contextlib.contextmanager
    def guard(self, fileno: int, seconds: float) -> Iterator[None]:
        with self._cond:
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="checkin-pg-watchdog", daemon=True)
                self._thread.start()
            self.fired = False
            self._armed = (time.monotonic() + seconds, fileno)
            self._cond.notify()
        try:
            yield
        finally:
            with self._cond:
                self._armed = None
                self._cond.notify()

    def _watch(self) -> None:
        with self._cond:
            while True:
                if self._armed is None:
                    self._cond.wait()
                    continue
                deadline, fileno = self._armed
                remaining = deadline - time.monotonic()
                if remaining > 0:
                    self._cond.wait(remaining)
                    continue
                self._armed = None
                self.fired = True
                with contextlib.suppress(OSError):
                    sock = socket.socket(fileno=os.dup(fileno))
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    finally:
                        sock.close()


class PostgresCheckinStore:
    """The check-in log and its companions on a PostgreSQL server shared by desks.

    Thread-safe (one connection, one call at a time). Failures raise :class:`SharedStoreError`; the next call
    connects again. ``operation_timeout`` bounds each call, ``connect_timeout`` each connection attempt.
    """

    def __init__(self, address: str, *, connect_timeout: float = CONNECT_TIMEOUT,
                 operation_timeout: float = OPERATION_TIMEOUT) -> None:
        self._address = address
        self._connect_timeout = connect_timeout
        self._operation_timeout = operation_timeout
        self._lock = threading.RLock()
        self._conn: psycopg.Connection[tuple[Any, ...]] | None = None
        self._watchdog = _Watchdog()
        self._reachable = True

    @property
    def address(self) -> str:
        return shown_address(self._address)

    # ---- connection -------------------------------------------------------------------------------------------

    def _connect(self) -> psycopg.Connection[tuple[Any, ...]]:
        import psycopg

        statement_ms = max(1, int(self._operation_timeout * 1000))
        conn = psycopg.connect(
            self._address, autocommit=True, connect_timeout=max(1, round(self._connect_timeout)),
            application_name="companion-checkin-desk",
            options=f"-c statement_timeout={statement_ms} -c lock_timeout={statement_ms}"
                    f" -c idle_in_transaction_session_timeout={max(statement_ms * 5, 10000)}",
        )
        try:
            with self._watchdog.guard(conn.pgconn.socket, self._operation_timeout * 3):
                self._ensure_schema(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _ensure_schema(conn: psycopg.Connection[tuple[Any, ...]]) -> None:
        """Create or upgrade the tables (one desk at a time: the others wait on the advisory lock)."""
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS checkin_schema (version integer NOT NULL)")
            row = conn.execute("SELECT max(version) FROM checkin_schema").fetchone()
            version = int(row[0]) if row and row[0] is not None else 0
            if version > len(SCHEMA):
                raise SharedStoreError(Message(QT_TRANSLATE_NOOP(
                    "CheckIn", "the check-in server holds data of a newer Companion (schema {found}, this one"
                    " knows {known}): update Companion on this desk"), found=version, known=len(SCHEMA)))
            for number in range(version + 1, len(SCHEMA) + 1):
                conn.execute(SCHEMA[number - 1])  # DDL of our own, no parameters
                conn.execute("INSERT INTO checkin_schema (version) VALUES (%s)", (number,))

    def _call(self, work: Callable[[psycopg.Connection[tuple[Any, ...]]], T]) -> T:
        import psycopg

        with self._lock:
            try:
                if self._conn is None or self._conn.closed:
                    self._conn = self._connect()
                conn = self._conn
                with self._watchdog.guard(conn.pgconn.socket, self._operation_timeout):
                    result = work(conn)
            except SharedStoreError:
                self._drop()
                raise
            except psycopg.Error as exc:
                timed_out = self._watchdog.fired
                self._drop()
                if timed_out or isinstance(exc, psycopg.errors.QueryCanceled | psycopg.errors.LockNotAvailable):
                    raise SharedStoreError(Message(QT_TRANSLATE_NOOP(
                        "CheckIn", "the check-in server {address} did not answer in time"),
                        address=self.address)) from exc
                raise SharedStoreError(Message(QT_TRANSLATE_NOOP(
                    "CheckIn", "the check-in server {address} cannot be used: {detail}"),
                    address=self.address, detail=_first_line(exc))) from exc
            if self._watchdog.fired:  # answered just as the time ran out: the result stands, the socket is gone
                self._drop()
            self._reachable = True
            return result

    def _drop(self) -> None:
        self._reachable = False
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    # ---- the protocol -----------------------------------------------------------------------------------------

    def append(self, records: Sequence[ScanRecord]) -> int:
        if not records:
            return 0

        def work(conn: psycopg.Connection[tuple[Any, ...]]) -> int:
            added = 0
            with conn.transaction():
                _lock_events(conn, {r.event_id for r in records})
                with conn.cursor() as cur:
                    for record in records:
                        cur.execute(_INSERT, record_row(record))
                        added += max(cur.rowcount, 0)
            return added

        return self._call(work)

    def append_admission(self, record: ScanRecord) -> ScanRecord | None:
        """Append ``record`` as the attendee's first admission, or, when the server already holds an admission of
        that attendee still in force, as a duplicate (a SCAN: ``as_duplicate``; a manual admission or override:
        not appended) and return that earlier admission.

        Decided in one server transaction under the event's lock: at most one desk's scan is the first.
        """

        def work(conn: psycopg.Connection[tuple[Any, ...]]) -> ScanRecord | None:
            with conn.transaction():
                _lock_events(conn, {record.event_id})
                rows = conn.execute(
                    f"SELECT {_COLUMNS} FROM checkin_log WHERE event_id = %s AND (attendee_id = %s OR (kind = 'undo'"
                    " AND undoes IN (SELECT scan_id FROM checkin_log WHERE event_id = %s AND attendee_id = %s)))",
                    (record.event_id, record.attendee_id, record.event_id, record.attendee_id)).fetchall()
                known = first_admission([row_record(r) for r in rows], record.attendee_id)
                winner = None if known is None or known.scan_id == record.scan_id else known
                stored = stored_admission(record, winner)
                if stored is not None:
                    conn.execute(_INSERT, record_row(stored))
            return winner

        return self._call(work)

    def records(self, event_id: str) -> list[ScanRecord]:
        rows = self._call(lambda conn: conn.execute(
            f"SELECT {_COLUMNS} FROM checkin_log WHERE event_id = %s ORDER BY hlc, desk_id, scan_id",
            (event_id,)).fetchall())
        return [row_record(r) for r in rows]

    def records_since(self, event_id: str, cursor: int) -> tuple[list[ScanRecord], int]:
        rows = self._call(lambda conn: conn.execute(
            f"SELECT seq, {_COLUMNS} FROM checkin_log WHERE event_id = %s AND seq > %s ORDER BY seq",
            (event_id, cursor)).fetchall())
        if not rows:
            return [], cursor
        return [row_record(r[1:]) for r in rows], int(rows[-1][0])

    def scan_ids_stored(self, scan_ids: Sequence[str]) -> set[str]:
        """Which of ``scan_ids`` the server holds (what a desk still has to send)."""
        if not scan_ids:
            return set()
        rows = self._call(lambda conn: conn.execute(
            "SELECT scan_id FROM checkin_log WHERE scan_id = ANY(%s)", (list(scan_ids),)).fetchall())
        return {str(r[0]) for r in rows}

    def known_keys(self, event_id: str) -> list[KnownKey]:
        rows = self._call(lambda conn: conn.execute(
            "SELECT event_id, key_id, public_key, added_at FROM checkin_keys WHERE event_id = %s"
            " ORDER BY added_at, key_id", (event_id,)).fetchall())
        return [KnownKey(str(e), str(k), bytes(p), str(a)) for e, k, p, a in rows]

    def add_keys(self, keys: Sequence[KnownKey]) -> int:
        return self._insert_many(
            "INSERT INTO checkin_keys (event_id, key_id, public_key, added_at) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT DO NOTHING",
            [(k.event_id, k.key_id, k.public_key, k.added_at or _now()) for k in keys])

    def revocations(self, event_id: str) -> list[Revocation]:
        rows = self._call(lambda conn: conn.execute(
            "SELECT event_id, attendee_id, serial, reason, revoked_at FROM checkin_revocations WHERE event_id = %s"
            " ORDER BY attendee_id, serial", (event_id,)).fetchall())
        return [Revocation(str(e), str(a), int(s), str(r), str(t)) for e, a, s, r, t in rows]

    def add_revocations(self, revocations: Sequence[Revocation]) -> int:
        return self._insert_many(
            "INSERT INTO checkin_revocations (event_id, attendee_id, serial, reason, revoked_at)"
            " VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            [(r.event_id, r.attendee_id, r.serial, r.reason, r.revoked_at or _now()) for r in revocations])

    def _insert_many(self, statement: str, rows: Sequence[tuple[object, ...]]) -> int:
        if not rows:
            return 0

        def work(conn: psycopg.Connection[tuple[Any, ...]]) -> int:
            added = 0
            with conn.transaction(), conn.cursor() as cur:
                for row in rows:
                    cur.execute(statement, row)  # a literal of this module
                    added += max(cur.rowcount, 0)
            return added

        return self._call(work)

    def desk_attendees(self, event_id: str) -> list[AttendeeFacts]:
        rows = self._call(lambda conn: conn.execute(
            "SELECT attendee_id, given_name, family_name, organisation, delegation, category"
            " FROM checkin_desk_attendees WHERE event_id = %s ORDER BY family_name, given_name, attendee_id",
            (event_id,)).fetchall())
        return [AttendeeFacts(*(str(v) for v in row)) for row in rows]

    def replace_desk_attendees(self, event_id: str, attendees: Sequence[AttendeeFacts]) -> None:
        def work(conn: psycopg.Connection[tuple[Any, ...]]) -> None:
            with conn.transaction(), conn.cursor() as cur:
                cur.execute("DELETE FROM checkin_desk_attendees WHERE event_id = %s", (event_id,))
                cur.executemany(
                    "INSERT INTO checkin_desk_attendees (event_id, attendee_id, given_name, family_name,"
                    " organisation, delegation, category) VALUES (%s, %s, %s, %s, %s, %s, %s)"
                    " ON CONFLICT (event_id, attendee_id) DO UPDATE SET given_name = excluded.given_name,"
                    " family_name = excluded.family_name, organisation = excluded.organisation,"
                    " delegation = excluded.delegation, category = excluded.category",
                    [(event_id, a.attendee_id, a.given_name, a.family_name, a.organisation, a.delegation,
                      a.category) for a in attendees])

        self._call(work)

    def erase(self, event_id: str) -> None:
        def work(conn: psycopg.Connection[tuple[Any, ...]]) -> None:
            with conn.transaction():
                _lock_events(conn, {event_id})
                for table in ("checkin_log", "checkin_keys", "checkin_revocations", "checkin_desk_attendees"):
                    conn.execute(f"DELETE FROM {table} WHERE event_id = %s", (event_id,))

        self._call(work)

    def status(self) -> StoreStatus:
        return StoreStatus(shared=True, reachable=self._reachable, waiting=0, address=self.address)

    def close(self) -> None:
        with self._lock:
            self._drop()
            self._reachable = True


_INSERT = (f"INSERT INTO checkin_log ({_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
           " ON CONFLICT DO NOTHING")


def _lock_events(conn: psycopg.Connection[tuple[Any, ...]], event_ids: set[str]) -> None:
    """Serialise writers of these events until the transaction ends (sorted: no deadlock between desks)."""
    for event_id in sorted(event_ids):
        conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 16))", ("companion-checkin:" + event_id,))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class FallbackCheckinStore:
    """A desk's store when desks share a server: the server while it answers, the desk's own store always.

    ``local`` is the desk's SQLite store (its log, and a copy of what it pulled from the server); ``remote`` the
    shared server. Thread-safe.
    """

    def __init__(self, local: CheckinStore, remote: PostgresCheckinStore, *, retry_after: float = RETRY_AFTER,
                 meta_every: float = 1.0) -> None:
        self._local = local
        self._remote = remote
        self._retry_after = retry_after
        self._meta_every = meta_every
        self._lock = threading.RLock()
        self._online = True
        self._next_try = 0.0
        self._problem: Message | None = None
        self._pending: dict[str, ScanRecord] = {}
        self._cursors: dict[str, int] = {}
        self._reconciled: set[str] = set()
        self._meta_at: dict[str, float] = {}
        self._meta_pushed: set[str] = set()

    # ---- talking to the server ---------------------------------------------------------------------------------

    @property
    def online(self) -> bool:
        """The server answered the last call (or was not tried since it failed less than ``retry_after`` ago)."""
        return self._online

    @property
    def problem(self) -> Message | None:
        """Why the server is not used now (None while it answers)."""
        return self._problem

    def waiting(self) -> list[ScanRecord]:
        """The scans kept on this desk and not yet on the server, in the order made."""
        with self._lock:
            return list(self._pending.values())

    def _try(self, work: Callable[[], T]) -> tuple[bool, T | None]:
        """Run ``work`` on the server unless it is known unreachable; (done, value)."""
        if not self._online and time.monotonic() < self._next_try:
            return False, None
        try:
            value = work()
        except SharedStoreError as exc:
            self._online = False
            self._problem = exc.problem
            self._next_try = time.monotonic() + self._retry_after
            return False, None
        if not self._online:
            self._online = True
            self._problem = None
            self._reconciled.clear()  # what was written meanwhile (or before a restart) is looked for again
            self._meta_pushed.clear()
            self._flush()
        return True, value

    def _flush(self) -> bool:
        """Send the waiting scans (oldest first); True when none is left."""
        while self._pending:
            batch = list(self._pending.values())[:500]
            try:
                self._remote.append(batch)
            except SharedStoreError as exc:
                self._online = False
                self._problem = exc.problem
                self._next_try = time.monotonic() + self._retry_after
                return False
            for record in batch:
                self._pending.pop(record.scan_id, None)
        return True

    def _reconcile(self, event_id: str) -> None:
        """Once per event and after each outage: queue the records of this desk the server lacks (made while
        offline, before a restart, merged from another desk's file)."""
        if event_id in self._reconciled:
            return
        local = self._local.records(event_id)
        done, stored = self._try(lambda: self._remote.scan_ids_stored([r.scan_id for r in local]))
        if not done or stored is None:
            return
        for record in local:
            if record.scan_id not in stored:
                self._pending.setdefault(record.scan_id, record)
        self._reconciled.add(event_id)
        self._flush()

    def sync(self, event_id: str) -> bool:
        """Send what waits, then pull the other desks' new records of ``event_id`` into this desk's store.

        Returns True when the server answered (the desk's view is current), False when the desk is on its own.
        """
        with self._lock:
            self._reconcile(event_id)
            if self._pending and self._online:
                self._flush()
            cursor = self._cursors.get(event_id, 0)
            done, pulled = self._try(lambda: self._remote.records_since(event_id, cursor))
            if not done or pulled is None:
                return False
            records, self._cursors[event_id] = pulled
            if records:
                self._local.append(records)
            self._sync_meta(event_id)
            return self._online

    def _sync_meta(self, event_id: str) -> None:
        """At most every ``meta_every`` seconds, the keys and revocations the server has (a reprint at the badge
        station revokes the old code at every desk). Once per connection: this desk's own keys and revocations
        to the server, and the desk list from the server when this desk has none."""
        now = time.monotonic()
        if now - self._meta_at.get(event_id, -1e9) < self._meta_every:
            return
        self._meta_at[event_id] = now
        done, keys = self._try(lambda: self._remote.known_keys(event_id))
        if done and keys:
            self._local.add_keys(keys)
        done, revoked = self._try(lambda: self._remote.revocations(event_id))
        if done and revoked:
            self._local.add_revocations(revoked)
        if event_id in self._meta_pushed or not self._online:
            return
        mine_keys, mine_revoked = self._local.known_keys(event_id), self._local.revocations(event_id)
        pushed_keys, _ = self._try(lambda: self._remote.add_keys(mine_keys))
        pushed_revoked, _ = self._try(lambda: self._remote.add_revocations(mine_revoked))
        if not self._local.desk_attendees(event_id):
            done, people = self._try(lambda: self._remote.desk_attendees(event_id))
            if done and people:
                self._local.replace_desk_attendees(event_id, people)
        if pushed_keys and pushed_revoked and self._online:
            self._meta_pushed.add(event_id)

    # ---- the protocol -----------------------------------------------------------------------------------------

    def append(self, records: Sequence[ScanRecord]) -> int:
        with self._lock:
            added = self._local.append(records)
            if not records:
                return added
            if self._pending and self._online:
                self._flush()
            done, _ = self._try(lambda: self._remote.append(records))
            if not done:
                for record in records:
                    self._pending.setdefault(record.scan_id, record)
            return added

    def append_admission(self, record: ScanRecord) -> ScanRecord | None:
        """As :meth:`PostgresCheckinStore.append_admission` while the server answers; else decided by this desk
        alone (its log and what it last pulled), the record kept to send later (a conflict if another desk
        admitted the same person meanwhile)."""
        with self._lock:
            self._reconcile(record.event_id)
            if self._pending and self._online:
                self._flush()
            done, winner = self._try(lambda: self._remote.append_admission(record))
            if done:
                stored = stored_admission(record, winner)
                if stored is not None:
                    self._local.append([stored])
                return winner
            known = first_admission(self._local.records(record.event_id), record.attendee_id)
            winner = known if known is not None and known.scan_id != record.scan_id else None
            stored = stored_admission(record, winner)
            if stored is not None:
                self._local.append([stored])
                self._pending.setdefault(stored.scan_id, stored)
            return winner

    def records(self, event_id: str) -> list[ScanRecord]:
        with self._lock:
            self.sync(event_id)
            return self._local.records(event_id)

    def records_since(self, event_id: str, cursor: int) -> tuple[list[ScanRecord], int]:
        with self._lock:
            self.sync(event_id)
            return self._local.records_since(event_id, cursor)

    def known_keys(self, event_id: str) -> list[KnownKey]:
        with self._lock:
            self.sync(event_id)
            return self._local.known_keys(event_id)

    def add_keys(self, keys: Sequence[KnownKey]) -> int:
        with self._lock:
            added = self._local.add_keys(keys)
            self._try(lambda: self._remote.add_keys(keys))  # else sent by the next sync
            return added

    def revocations(self, event_id: str) -> list[Revocation]:
        with self._lock:
            self.sync(event_id)
            return self._local.revocations(event_id)

    def add_revocations(self, revocations: Sequence[Revocation]) -> int:
        with self._lock:
            added = self._local.add_revocations(revocations)
            self._try(lambda: self._remote.add_revocations(revocations))
            return added

    def desk_attendees(self, event_id: str) -> list[AttendeeFacts]:
        with self._lock:
            self.sync(event_id)
            return self._local.desk_attendees(event_id)

    def replace_desk_attendees(self, event_id: str, attendees: Sequence[AttendeeFacts]) -> None:
        with self._lock:
            self._local.replace_desk_attendees(event_id, attendees)
            self._try(lambda: self._remote.replace_desk_attendees(event_id, attendees))

    def erase(self, event_id: str) -> None:
        """Erase the event on this desk, and on the server when it answers (raises SharedStoreError if not)."""
        with self._lock:
            self._local.erase(event_id)
            for scan_id in [s for s, r in self._pending.items() if r.event_id == event_id]:
                del self._pending[scan_id]
            self._cursors.pop(event_id, None)
            self._reconciled.discard(event_id)
            self._meta_pushed.discard(event_id)
            self._remote.erase(event_id)

    def status(self) -> StoreStatus:
        with self._lock:
            return StoreStatus(shared=True, reachable=self._online, waiting=len(self._pending),
                               address=self._remote.address)

    def close(self) -> None:
        with self._lock:
            if self._pending:
                self._try(self._flush)
            self._remote.close()
            self._local.close()


def address_timeout(address: str) -> float | None:
    """The ``connect_timeout`` the address gives (``postgresql://host/db?connect_timeout=5``), in seconds."""
    from urllib.parse import parse_qs

    values = parse_qs(urlsplit(address).query).get("connect_timeout", [])
    try:
        seconds = float(values[-1]) if values else None
    except ValueError:
        return None
    return seconds if seconds is not None and seconds > 0 else None


def open_shared_store(address: str, local: CheckinStore, *, connect_timeout: float | None = None,
                      operation_timeout: float | None = None,
                      retry_after: float = RETRY_AFTER) -> FallbackCheckinStore:
    """The store of a desk given ``--store postgresql://…``: the server, with ``local`` (the desk's SQLite store)
    to carry on when it is unreachable. Never raises for an unreachable server (the desk starts offline).

    Time-outs: the arguments, else the address's ``connect_timeout`` (for both: a slow network may need more),
    else :data:`CONNECT_TIMEOUT` and :data:`OPERATION_TIMEOUT`."""
    given = address_timeout(address)
    connect_timeout = connect_timeout or given or CONNECT_TIMEOUT
    operation_timeout = operation_timeout or given or OPERATION_TIMEOUT
    remote = PostgresCheckinStore(address, connect_timeout=connect_timeout, operation_timeout=operation_timeout)
    return FallbackCheckinStore(local, remote, retry_after=retry_after)
