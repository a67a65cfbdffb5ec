"""The check-in desk, written once for the window and the command line (no Qt here).

A desk is opened for one event (:meth:`CheckinService.open_desk`); then :meth:`~CheckinService.scan` turns the text
a scanner typed (or a camera or picture decoded) into a :class:`~companion.domain.checkin.ScanResult` and appends
one record to the desk's log. The log lives in a :class:`~companion.store.checkin_log.CheckinStore`: the user-state
SQLite file by default, or a PostgreSQL server shared by desks (``--store postgresql://…`` or the setting
:data:`STORE_SETTING`), implemented by ``companion.store.checkin_postgres`` and imported only when used.

Every method may run on any thread (the window runs slow ones through its job runner); one lock keeps a desk's
check-then-append atomic within the process. Expected failures raise :class:`CheckinError` (a
``JobFailedError`` with a message) or :class:`~companion.services.desk_files.CheckinFileError` naming the file.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain.checkin import (
    AttendeeFacts,
    Conflict,
    Decision,
    DeskCounts,
    HybridClock,
    KnownKey,
    MergeReport,
    Revocation,
    ScanKind,
    ScanRecord,
    ScanResult,
    StoreStatus,
    VerdictKind,
    as_duplicate,
    count,
    decide,
)
from companion.domain.kazakh_latin import to_latin
from companion.domain.message import QT_TRANSLATE_NOOP, Message, Template
from companion.domain.search import Query, haystack
from companion.services.jobs import JobFailedError
from companion.store.checkin_log import CheckinStore, CheckinStoreError, SqliteCheckinStore

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from companion.services.desk_files import DeskPackage
    from companion.services.state import StateConnections

__all__ = ["DESK_ID_SETTING", "STORE_SETTING", "CheckinError", "CheckinService", "DeskPackageInfo", "open_store",
           "verdict_message", "verdict_word"]

STORE_SETTING = "checkin/store"
"""The remembered shared-store address (``postgresql://…``); empty or absent: this machine's SQLite file."""
DESK_ID_SETTING = "checkin/desk-id"
"""This machine's desk id (made once, random), unless ``--desk-id`` names another."""


class CheckinError(JobFailedError):
    """An expected failure of the desk (no desk open, a reason missing, a file not written); ``message`` says it."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.reason = message


@dataclass(frozen=True, slots=True)
class DeskPackageInfo:
    """What a desk package exported or imported holds (show the fingerprints on both machines to compare)."""

    event_id: str
    fingerprints: tuple[str, ...]
    attendees: int
    revocations: int
    sealed: bool
    path: Path


def open_store(url: str | None, state: StateConnections) -> CheckinStore:
    """The store ``url`` names: None / "" / ``sqlite:`` the user-state file; ``postgresql://…`` (or
    ``postgres://…``) a shared server, with this machine's file as the fallback while it is unreachable."""
    local = SqliteCheckinStore(state.get, str(state.path or ":memory:"))
    if not url or url.strip().lower() in ("sqlite", "sqlite:", "local"):
        return local
    if url.lower().startswith(("postgresql://", "postgres://")):
        import importlib

        # imported by name: psycopg is loaded only by desks that use a server
        try:
            module = importlib.import_module("companion.store.checkin_postgres")
        except ImportError as exc:
            raise CheckinError(Message(QT_TRANSLATE_NOOP(
                "CheckIn", "this Companion cannot use a PostgreSQL server ({detail}); leave --store out to check in "
                "on this machine"), detail=str(exc))) from exc
        opener: Callable[[str, SqliteCheckinStore], CheckinStore] = module.open_shared_store
        return opener(url, local)
    raise CheckinError(Message(QT_TRANSLATE_NOOP(
        "CheckIn", "{address} is not a check-in store address (use postgresql://… or leave it empty)"),
        address=url))


def scanned_text(text: str) -> str:
    """What a scanner typed, as the code: spaces and line ends around it dropped, and a code typed with Caps Lock
    on (``cb2:hy3g…``, every letter's case inverted) put back in capitals (codes hold no lower-case letter)."""
    code = text.strip()
    if code[:4].upper() in ("CB1:", "CB2:") and not code[:4].isupper():
        return code.upper()
    return code


def _facts(attendee: object) -> AttendeeFacts:
    from companion.domain.attendee import Attendee

    assert isinstance(attendee, Attendee)
    return AttendeeFacts(attendee.id, attendee.given_name, attendee.family_name, attendee.organisation,
                         attendee.delegation, attendee.category.value)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CheckinService:
    """The check-in workflow on one user-state file; one desk (event, desk id, operator) open at a time."""

    def __init__(self, state: StateConnections, store_url: str | None = None,
                 clock: Callable[[], datetime] = _utc_now) -> None:
        """``store_url`` overrides the remembered setting (``--store``); ``clock`` gives aware UTC times (tests)."""
        self._state = state
        self._store_url = store_url
        self._clock = clock
        self._store: CheckinStore | None = None
        self._lock = threading.RLock()
        self._event_id: str | None = None
        self._desk_id = ""
        self.operator = ""
        """Who is at the desk (recorded with every scan)."""
        self._hlc = HybridClock(lambda: int(self._clock().timestamp() * 1000))
        self._records: dict[str, ScanRecord] = {}
        self._admissions: dict[str, list[ScanRecord]] = {}
        self._undone: set[str] = set()
        self._cursor = 0
        self._attendees: dict[str, AttendeeFacts] | None = None
        self._search_index: list[tuple[str, AttendeeFacts]] | None = None
        self._keys: list[Ed25519PublicKey] | None = None
        self._revoked: dict[tuple[str, int], Revocation] | None = None

    # ---- the store and the desk ------------------------------------------------------------------------

    @property
    def store_url(self) -> str:
        """The store in use: ``--store``, else the remembered setting, else "" (this machine's file)."""
        if self._store_url is not None:
            return self._store_url
        from companion.store.settings import Settings

        return Settings(self._state.get()).get(STORE_SETTING, "") or ""

    def remember_store_url(self, url: str) -> None:
        """Keep ``url`` as the store of later sessions ("" for this machine's file)."""
        from companion.store.settings import Settings

        Settings(self._state.get()).set(STORE_SETTING, url.strip())

    def store(self) -> CheckinStore:
        """The store, opened on first use (raises :class:`CheckinError` for an address it cannot use)."""
        with self._lock:
            if self._store is None:
                self._store = open_store(self.store_url, self._state)
            return self._store

    def _local(self) -> SqliteCheckinStore:
        return SqliteCheckinStore(self._state.get, str(self._state.path or ":memory:"))

    def status(self) -> StoreStatus:
        """Shared or local, reachable, how many scans wait to be sent (the window's banner)."""
        return self.store().status()

    def desk_id(self) -> str:
        """This desk's id: the one :meth:`open_desk` was given, else this machine's remembered one (made once)."""
        if self._desk_id:
            return self._desk_id
        from companion.store.settings import Settings

        settings = Settings(self._state.get())
        remembered = settings.get(DESK_ID_SETTING)
        if not remembered:
            remembered = "desk-" + secrets.token_hex(3)
            settings.set(DESK_ID_SETTING, remembered)
        return remembered

    def remember_desk_id(self, desk_id: str) -> None:
        """This machine's desk id from now on (``--desk-id`` once given, or the page's field)."""
        from companion.store.settings import Settings

        Settings(self._state.get()).set(DESK_ID_SETTING, desk_id.strip())

    def open_desk(self, event_id: str, *, desk_id: str | None = None, operator: str = "") -> None:
        """Check people in to ``event_id`` from now on, as ``desk_id`` (default: :meth:`desk_id`) and ``operator``.

        Loads the event's log (and the keys, revocations and list the desk checks against).
        """
        with self._lock, _store_problems():
            self._event_id = event_id
            self._desk_id = (desk_id or "").strip()
            self._desk_id = self.desk_id()
            self.operator = operator
            self._records.clear()
            self._admissions.clear()
            self._undone.clear()
            self._cursor = 0
            self.reload_lists()
            self.refresh()

    @property
    def event_id(self) -> str:
        """The event of the open desk (raises :class:`CheckinError` when none is open)."""
        if self._event_id is None:
            raise CheckinError(Message(QT_TRANSLATE_NOOP("CheckIn", "no check-in desk is open")))
        return self._event_id

    def reload_lists(self) -> None:
        """Read the keys, revocations and attendee list again (after an import, a reprint, a list change)."""
        with self._lock:
            self._attendees = None
            self._search_index = None
            self._keys = None
            self._revoked = None

    def refresh(self) -> int:
        """Take in records other desks added to a shared store since the last call; returns how many."""
        with self._lock, _store_problems():
            records, self._cursor = self.store().records_since(self.event_id, self._cursor)
            return self._take(records)

    def _take(self, records: Iterable[ScanRecord]) -> int:
        added = 0
        for record in records:
            if record.scan_id in self._records:
                continue
            added += 1
            self._records[record.scan_id] = record
            self._hlc.observe(record.hlc)
            if record.kind is ScanKind.UNDO and record.undoes:
                self._undone.add(record.undoes)
            elif record.is_admission:
                admissions = self._admissions.setdefault(record.attendee_id, [])
                admissions.append(record)
                admissions.sort(key=lambda r: r.order_key)
        return added

    def _first_admission(self, attendee_id: str) -> ScanRecord | None:
        for record in self._admissions.get(attendee_id, ()):
            if record.scan_id not in self._undone:
                return record
        return None

    # ---- what the desk checks against ------------------------------------------------------------------

    def attendees(self) -> dict[str, AttendeeFacts]:
        """The people this desk knows, by id: the desk package's list, and on the badge station its own list."""
        with self._lock:
            if self._attendees is None:
                from companion.store.attendees import AttendeeStore

                found = {a.attendee_id: a for a in self.store().desk_attendees(self.event_id)}
                for person in AttendeeStore(self._state.get(), self.event_id).all():
                    found.setdefault(person.id, _facts(person))
                self._attendees = found
            return self._attendees

    def _public_keys(self) -> list[Ed25519PublicKey]:
        if self._keys is None:
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

            from companion.exports.badges.tokens import raw_public_key
            from companion.store.badge_keys import BadgeKeyError, event_public_keys

            keys: list[Ed25519PublicKey] = []
            seen: set[bytes] = set()
            try:
                local = event_public_keys(self.event_id)
            except BadgeKeyError:
                local = []
            for key in local:
                seen.add(raw_public_key(key))
                keys.append(key)
            for known in self.store().known_keys(self.event_id):
                if known.public_key not in seen:
                    seen.add(known.public_key)
                    keys.append(Ed25519PublicKey.from_public_bytes(known.public_key))
            self._keys = keys
        return self._keys

    def known_keys(self) -> list[KnownKey]:
        """Every key this desk accepts for the open event (its own, if it printed, and those imported)."""
        from companion.exports.badges.tokens import key_id, raw_public_key

        with self._lock:
            keys = self._public_keys()
        return [KnownKey(self.event_id, key_id(k), raw_public_key(k)) for k in keys]

    def fingerprints(self) -> list[str]:
        """The accepted keys' fingerprints as grouped hex, to compare with the badge station's."""
        from companion.services.desk_files import raw_fingerprint

        return [raw_fingerprint(k.public_key) for k in self.known_keys()]

    def _revocations(self) -> dict[tuple[str, int], Revocation]:
        if self._revoked is None:
            found = {(r.attendee_id, r.serial): r for r in self.store().revocations(self.event_id)}
            for r in self._local().revocations(self.event_id):
                found.setdefault((r.attendee_id, r.serial), r)
            self._revoked = found
        return self._revoked

    # ---- scanning ----------------------------------------------------------------------------------------

    def check(self, text: str) -> ScanResult:
        """The verdict :meth:`scan` would give, without logging anything."""
        with self._lock:
            return self._judge(scanned_text(text))[0]

    def _judge(self, code: str) -> tuple[ScanResult, tuple[str, int]]:
        from companion.exports.badges.tokens import BadgeTokenError, verify_any

        if not code:
            junk = Message(QT_TRANSLATE_NOOP("Badges", "not a Companion badge code"))
            return ScanResult(VerdictKind.NOT_A_BADGE, junk), ("", 0)
        try:
            claim = verify_any(code, self._public_keys(), self.event_id)
        except BadgeTokenError as exc:
            return ScanResult(exc.kind, exc.reason, code), ("", 0)
        person = self.attendees().get(claim.attendee_id)
        facts = person or AttendeeFacts(claim.attendee_id, "", "")
        revoked = self._revocations().get((claim.attendee_id, claim.serial))
        if revoked is not None:
            why = Message(QT_TRANSLATE_NOOP("CheckIn", "this badge was replaced by a reprint on {when}"),
                          when=revoked.revoked_at[:16].replace("T", " ")) if not revoked.reason else Message(
                QT_TRANSLATE_NOOP("CheckIn", "this badge was revoked: {reason}"), reason=revoked.reason)
            return ScanResult(VerdictKind.REVOKED, why, code, facts), (claim.attendee_id, claim.serial)
        earlier = self._first_admission(claim.attendee_id)
        if earlier is not None:
            return (ScanResult(VerdictKind.ALREADY_CHECKED_IN, Message(QT_TRANSLATE_NOOP(
                "CheckIn", "already checked in")), code, facts, earlier), (claim.attendee_id, claim.serial))
        if person is None:
            return (ScanResult(VerdictKind.UNKNOWN_ATTENDEE, Message(QT_TRANSLATE_NOOP(
                "CheckIn", "valid badge, but {id} is not in this desk's list"), id=claim.attendee_id), code, facts),
                (claim.attendee_id, claim.serial))
        return ScanResult(VerdictKind.ADMITTED, None, code, facts), (claim.attendee_id, claim.serial)

    def _record(self, kind: ScanKind, verdict: VerdictKind, attendee_id: str, serial: int, reason: str = "",
                undoes: str = "") -> ScanRecord:
        desk = self.desk_id()
        now = self._clock()
        now = now.replace(microsecond=now.microsecond // 1000 * 1000)  # as stored: milliseconds
        return ScanRecord(f"{desk}:{secrets.token_hex(8)}", desk, secrets.token_hex(8), self.event_id, attendee_id,
                          serial, kind, verdict, self._hlc.tick(), now, self.operator, reason, undoes)

    def _append(self, record: ScanRecord) -> None:
        self.store().append([record])
        self._take([record])

    def scan(self, text: str) -> ScanResult:
        """Decide on one scanned code and log the scan (refused ones too); the result says what to show.

        ``text`` is what the scanner typed (surrounding spaces and line ends ignored). Codes of version 1 and 2
        are accepted, against every key the desk has for the event; a revoked serial, another event's badge, a
        changed character or junk are refused with the reason; a person already admitted (here or at a desk whose
        scans this desk has seen) is a duplicate with the earlier admission.
        """
        with self._lock, _store_problems():
            self.refresh()
            result, (attendee_id, serial) = self._judge(scanned_text(text))
            reason = "" if result.reason is None or not result.refused else str(result.reason)
            record = self._record(ScanKind.SCAN, result.verdict, attendee_id, serial, reason)
            if not result.verdict.admits:
                self._append(record)
                return ScanResult(result.verdict, result.reason, result.code, result.attendee, result.earlier, record)
            earlier = self.store().append_admission(record)  # another desk may have admitted them a moment ago
            if earlier is None:
                self._take([record])
                return ScanResult(result.verdict, result.reason, result.code, result.attendee, None, record)
            logged = as_duplicate(record)
            self._take([earlier, logged])
            return ScanResult(VerdictKind.ALREADY_CHECKED_IN, Message(QT_TRANSLATE_NOOP(
                "CheckIn", "already checked in")), result.code, result.attendee, earlier, logged)

    def scan_many(self, texts: Iterable[str]) -> list[ScanResult]:
        """:meth:`scan` each code in turn (the command line: every code counts, repeats included)."""
        return [self.scan(text) for text in texts]

    def admit_by_hand(self, attendee_id: str, reason: str, *, override: bool = False) -> ScanResult:
        """Admit a person without a valid code (forgotten badge; ``override``: a refused code), with a reason.

        Raises :class:`CheckinError` without a reason or for an unknown id. A person already admitted is not
        admitted twice: the result is the duplicate verdict with the earlier admission, and nothing is logged.
        """
        if not reason.strip():
            raise CheckinError(Message(QT_TRANSLATE_NOOP("CheckIn", "a manual admission needs a reason")))
        with self._lock, _store_problems():
            self.refresh()
            person = self.attendees().get(attendee_id)
            if person is None:
                raise CheckinError(Message(QT_TRANSLATE_NOOP("CheckIn", "{id} is not in this desk's list"),
                                           id=attendee_id))
            earlier = self._first_admission(attendee_id)
            if earlier is not None:
                return ScanResult(VerdictKind.ALREADY_CHECKED_IN, Message(QT_TRANSLATE_NOOP(
                    "CheckIn", "already checked in")), "", person, earlier)
            kind = ScanKind.OVERRIDE if override else ScanKind.MANUAL
            record = self._record(kind, VerdictKind.ADMITTED, attendee_id, 0, reason.strip())
            earlier = self.store().append_admission(record)
            if earlier is not None:
                self._take([earlier])
                return ScanResult(VerdictKind.ALREADY_CHECKED_IN, Message(QT_TRANSLATE_NOOP(
                    "CheckIn", "already checked in")), "", person, earlier)
            self._take([record])
            return ScanResult(VerdictKind.ADMITTED, None, "", person, None, record)

    def undo_last(self, reason: str = "") -> ScanResult | None:
        """Cancel this desk's last admission still in force (an undo record is logged); None when there is none.

        The result's :attr:`~ScanResult.earlier` is the admission undone.
        """
        with self._lock, _store_problems():
            self.refresh()
            desk = self.desk_id()
            mine = [r for r in self._records.values()
                    if r.desk_id == desk and r.is_admission and r.scan_id not in self._undone]
            if not mine:
                return None
            target = max(mine, key=lambda r: r.order_key)
            record = self._record(ScanKind.UNDO, VerdictKind.UNDONE, target.attendee_id, target.serial,
                                  reason.strip(), target.scan_id)
            self._append(record)
            person = self.attendees().get(target.attendee_id)
            return ScanResult(VerdictKind.UNDONE, None, "", person, target, record)

    def search(self, text: str, limit: int = 50) -> list[AttendeeFacts]:
        """People of the desk's list whose name, organisation, delegation or id contain every word of ``text``
        (any case, diacritics and look-alike letters folded), in list order."""
        query = Query.parse(text)
        if query.is_empty:
            return []
        with self._lock:
            if self._search_index is None:
                people = sorted(self.attendees().values(),
                                key=lambda a: (a.family_name.casefold(), a.given_name.casefold(), a.attendee_id))
                self._search_index = [(haystack((a.given_name, a.family_name, to_latin(a.display_name),
                                                 a.organisation, a.delegation, a.attendee_id)), a) for a in people]
            index = self._search_index
        return [a for folded, a in index if query.matches(folded)][:limit]

    def admission(self, attendee_id: str) -> ScanRecord | None:
        """The admission that counts for ``attendee_id`` (None: not checked in)."""
        with self._lock:
            return self._first_admission(attendee_id)

    # ---- the whole picture -------------------------------------------------------------------------------

    def records(self) -> list[ScanRecord]:
        """Every record of the open event this desk knows, in the total order."""
        with self._lock, _store_problems():
            self.refresh()
            return sorted(self._records.values(), key=lambda r: r.order_key)

    def decision(self) -> Decision:
        """Winners, duplicates, conflicts of every record known (see ``companion.domain.checkin.decide``)."""
        return decide(self.records())

    def counts(self, now: datetime | None = None) -> DeskCounts:
        """Checked in / expected by category and delegation, and scans per minute per desk."""
        decision = self.decision()
        return count(decision, list(self.attendees().values()), now or self._clock())

    def conflicts(self) -> list[Conflict]:
        """People admitted at two desks that had not seen each other's admission (who, where, when)."""
        return list(self.decision().conflicts)

    # ---- files -------------------------------------------------------------------------------------------

    def export_log(self, path: Path) -> int:
        """Write every record of the open event to ``path`` (private, 0600) for other desks; returns how many.

        Raises :class:`CheckinError` when the file cannot be written.
        """
        from companion.services.desk_files import write_log

        records = self.records()
        try:
            write_log(Path(path), self.event_id, self.desk_id(), records)
        except OSError as exc:
            raise _cannot_write(path, exc) from exc
        return len(records)

    def merge_logs(self, paths: Sequence[Path]) -> MergeReport:
        """Import other desks' logs: every file is read and checked first (a bad one raises
        :class:`~companion.services.desk_files.CheckinFileError` naming it, nothing imported), then every record
        new to this desk is appended. Importing the same logs again adds nothing."""
        from companion.services.desk_files import read_log

        read = [read_log(Path(p), self.event_id) for p in paths]
        with self._lock, _store_problems():
            total = sum(len(r) for r in read)
            added = self.store().append([r for records in read for r in records])
            self.refresh()
            for records in read:
                self._take(records)
        return MergeReport(len(read), total, added, len(self.conflicts()))

    def export_csv(self, path: Path) -> int:
        """The log as CSV for the organisers' report (UTF-8 with BOM; every cell safe against formula injection);
        returns the number of rows."""
        import csv
        import io

        from companion.atomic_files import write_atomic
        from companion.paths import PRIVATE_FILE_MODE
        from companion.services.badges import spreadsheet_safe

        decision = self.decision()
        people = self.attendees()
        winners = {r.scan_id for r in decision.winners.values()}
        duplicates = {r.scan_id for r in decision.duplicates}
        conflicted = {r.scan_id for c in decision.conflicts for r in c.admissions}
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["time_utc", "desk", "operator", "kind", "verdict", "counted", "conflict", "attendee_id",
                         "given_name", "family_name", "organisation", "delegation", "category", "serial", "reason",
                         "undoes", "scan_id"])
        for r in decision.records:
            p = people.get(r.attendee_id) or AttendeeFacts(r.attendee_id, "", "")
            status = ("counted" if r.scan_id in winners else "duplicate" if r.scan_id in duplicates
                      else "undone" if r.scan_id in decision.undone else "")
            row = [r.wall_time.isoformat(timespec="seconds"), r.desk_id, r.operator, r.kind.value, r.verdict.value,
                   status, "yes" if r.scan_id in conflicted else "", r.attendee_id, p.given_name, p.family_name,
                   p.organisation, p.delegation, p.category, str(r.serial), r.reason, r.undoes, r.scan_id]
            writer.writerow([spreadsheet_safe(c) for c in row])
        try:
            write_atomic(Path(path), out.getvalue().encode("utf-8-sig"), mode=PRIVATE_FILE_MODE)
        except OSError as exc:
            raise _cannot_write(path, exc) from exc
        return len(decision.records)

    def desk_package(self, event_id: str) -> DeskPackage:
        """What the badge station gives desks for ``event_id``: its public keys (the key is made if the event has
        none yet), the revocations and the attendee list without e-mails."""
        from companion.exports.badges.tokens import key_id, raw_public_key
        from companion.services.badges import BadgeService
        from companion.services.desk_files import DeskPackage
        from companion.store.attendees import AttendeeStore
        from companion.store.badge_keys import BadgeKeyError, event_public_keys

        BadgeService.signing_key(event_id)
        try:
            keys = event_public_keys(event_id)
        except BadgeKeyError as exc:
            raise CheckinError(exc.reason) from exc
        people = tuple(_facts(a) for a in AttendeeStore(self._state.get(), event_id).all())
        return DeskPackage(event_id, tuple(KnownKey(event_id, key_id(k), raw_public_key(k)) for k in keys),
                           tuple(self._local().revocations(event_id)), people)

    def export_desk_package(self, event_id: str, path: Path, passphrase: str | None = None) -> DeskPackageInfo:
        """Write the desk package for ``event_id`` to ``path`` (private, 0600), sealed when ``passphrase`` is given.

        Raises :class:`CheckinError` (no key, not written) or ``BadgeSigningError``.
        """
        from companion.services.desk_files import write_package

        package = self.desk_package(event_id)
        try:
            write_package(Path(path), package, passphrase or None)
        except OSError as exc:
            raise _cannot_write(path, exc) from exc
        return DeskPackageInfo(event_id, package.fingerprints, len(package.attendees), len(package.revocations),
                               bool(passphrase), Path(path))

    def read_desk_package(self, path: Path, passphrase: str | None = None) -> DeskPackageInfo:
        """What the package at ``path`` holds, without importing it (raises ``CheckinFileError``:
        ``PassphraseNeededError`` for a sealed one without passphrase, ``WrongPassphraseError``)."""
        from companion.services.desk_files import read_package

        package = read_package(Path(path), passphrase)
        return DeskPackageInfo(package.event_id, package.fingerprints, len(package.attendees),
                               len(package.revocations), package.sealed, Path(path))

    def import_desk_package(self, path: Path, passphrase: str | None = None) -> DeskPackageInfo:
        """Import a desk package: its keys are accepted, its revocations refused, its list shown (replacing an
        earlier package's list for the event). Raises ``CheckinFileError`` naming the file."""
        from companion.services.desk_files import read_package

        package = read_package(Path(path), passphrase)
        store = self.store()
        with _store_problems():
            store.add_keys(package.keys)
            store.add_revocations(package.revocations)
            store.replace_desk_attendees(package.event_id, package.attendees)
        self._local().remember_package(package.event_id, str(path), package.fingerprints)
        self.reload_lists()
        return DeskPackageInfo(package.event_id, package.fingerprints, len(package.attendees),
                               len(package.revocations), package.sealed, Path(path))

    def package_events(self) -> list[str]:
        """Events a desk package was imported for on this machine, most recent first."""
        return self._local().package_events()

    def erase(self, event_id: str | None = None) -> None:
        """Remove ``event_id``'s (default: the open desk's) log, desk list, keys and revocations from the store
        and from this machine's file: personal data, erased after the event."""
        target = event_id or self.event_id
        with self._lock, _store_problems():
            self.store().erase(target)
            local = self._local()
            if not isinstance(self.store(), SqliteCheckinStore):
                local.erase(target)
            if self._event_id == target:
                self._records.clear()
                self._admissions.clear()
                self._undone.clear()
                self._cursor = 0
                self.reload_lists()

    # ---- badge serials (the badge station) -----------------------------------------------------------------

    def reissue_badge(self, event_id: str, attendee_id: str, reason: str = "") -> int:
        """Issue ``attendee_id``'s next code serial (a reprint of a lost badge) and revoke the earlier codes
        (here and in a shared store); returns the new serial."""
        local = self._local()
        serial = local.reissue(event_id, attendee_id, reason)
        revoked = [r for r in local.revocations(event_id) if r.attendee_id == attendee_id]
        store = self.store()
        if not isinstance(store, SqliteCheckinStore):
            with _store_problems():
                store.add_revocations(revoked)
        self.reload_lists()
        return serial

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


_VERDICT_WORDS: dict[VerdictKind, Template] = {
    VerdictKind.ADMITTED: QT_TRANSLATE_NOOP("CheckIn", "admitted"),
    VerdictKind.ALREADY_CHECKED_IN: QT_TRANSLATE_NOOP("CheckIn", "already checked in"),
    VerdictKind.NOT_THIS_EVENT: QT_TRANSLATE_NOOP("CheckIn", "refused: not a badge of this event"),
    VerdictKind.DAMAGED: QT_TRANSLATE_NOOP("CheckIn", "refused: damaged code"),
    VerdictKind.FORGED: QT_TRANSLATE_NOOP("CheckIn", "refused: forged or altered"),
    VerdictKind.REVOKED: QT_TRANSLATE_NOOP("CheckIn", "refused: revoked"),
    VerdictKind.UNKNOWN_KEY: QT_TRANSLATE_NOOP("CheckIn", "refused: unknown key"),
    VerdictKind.UNKNOWN_ATTENDEE: QT_TRANSLATE_NOOP("CheckIn", "admitted (not in this desk's list)"),
    VerdictKind.NOT_A_BADGE: QT_TRANSLATE_NOOP("CheckIn", "refused: not a badge"),
    VerdictKind.UNDONE: QT_TRANSLATE_NOOP("CheckIn", "check-in undone"),
}


def verdict_word(verdict: VerdictKind) -> Message:
    """The verdict in a few words ("admitted", "refused: revoked"), for the big line of the page."""
    return Message(_VERDICT_WORDS[verdict])


def verdict_message(result: ScanResult, language: str = "en") -> Message:
    """One line saying the verdict in words: who (name, organisation, delegation, category in ``language``),
    when and where an earlier admission was, or why a code was refused."""
    from companion.domain.attendee import CATEGORY_LABELS, Category
    from companion.domain.text import pick

    word = verdict_word(result.verdict)
    person = result.attendee
    if result.refused:
        if result.reason is None or result.verdict is VerdictKind.NOT_A_BADGE:
            return word
        named = f" [{person.display_name or person.attendee_id}]" if person is not None else ""
        return Message(QT_TRANSLATE_NOOP("CheckIn", "{verdict}: {reason}{who}"), verdict=word, reason=result.reason,
                       who=named)
    if person is None:
        return word
    try:
        category = pick(CATEGORY_LABELS[Category(person.category)], language)
    except ValueError:
        category = person.category
    facts = ", ".join(p for p in (person.organisation, person.delegation, category) if p)
    name = person.display_name or person.attendee_id
    who: Message | str = Message(QT_TRANSLATE_NOOP("CheckIn", "{name} ({facts})"), name=name, facts=facts) \
        if facts else name
    earlier = result.earlier
    if result.duplicate and earlier is not None:
        return Message(QT_TRANSLATE_NOOP("CheckIn", "{verdict}: {who}, at {when} at desk {desk}{by}"),
                       verdict=word, who=who, when=_desk_clock_text(earlier.wall_time),
                       desk=earlier.desk_id, by=Message(QT_TRANSLATE_NOOP("CheckIn", " by {operator}"),
                                                        operator=earlier.operator) if earlier.operator else "")
    return Message(QT_TRANSLATE_NOOP("CheckIn", "{verdict}: {who}"), verdict=word, who=who)


def _desk_clock_text(moment: datetime) -> str:
    """``moment`` on this desk's clock, with its offset: ``2025-05-13 09:01:07 (UTC+05:00)``."""
    local = moment.astimezone()
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M:%S} (UTC{offset[:3]}:{offset[3:]})"


@contextmanager
def _store_problems() -> Iterator[None]:
    """A store's failure (:class:`CheckinStoreError`) as a :class:`CheckinError` with its words."""
    try:
        yield
    except CheckinStoreError as exc:
        raise CheckinError(exc.problem) from exc


def _cannot_write(path: Path | str, exc: OSError) -> CheckinError:
    from companion.domain.system_errors import system_error

    return CheckinError(Message(QT_TRANSLATE_NOOP("CheckIn", "cannot write {file}: {problem}"), file=str(path),
                                problem=system_error(exc, writing=True)))


def monotonic_ms() -> int:
    """Milliseconds of a monotonic clock (double-scan suppression on the page)."""
    return int(time.monotonic() * 1000)
