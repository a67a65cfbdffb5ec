"""The check-in desk's rules: verdicts, scan records, the hybrid logical clock, merging desk logs, conflicts, counts.

Pure data and functions (no I/O, no clock of its own). A desk appends one :class:`ScanRecord` per scan, manual
admission, override or undo; :func:`decide` turns any collection of records (one desk's log, or several desks'
logs merged in any order, any number of times) into the same :class:`Decision`: one winner per attendee (the
earliest admission by :class:`Hlc`, undone admissions left out), every later admission a duplicate, and a
:class:`Conflict` for each person admitted at two desks that had not seen each other's admission.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from companion.domain.countries import delegation_identity
from companion.domain.message import Message


class ScanKind(StrEnum):
    """What a log record is."""

    SCAN = "scan"
    """A code read by a scanner, a camera, a picture or typed (whatever its verdict)."""
    MANUAL = "manual"
    """Staff admitted a person by hand (forgotten badge), with a reason."""
    OVERRIDE = "override"
    """Staff admitted a person whose code was refused (revoked, damaged …), with a reason."""
    UNDO = "undo"
    """Cancels the record named by :attr:`ScanRecord.undoes` (the last admission, undone at the desk)."""


class VerdictKind(StrEnum):
    """What the desk said about one scan."""

    ADMITTED = "admitted"
    ALREADY_CHECKED_IN = "already-checked-in"
    NOT_THIS_EVENT = "not-this-event"
    """A genuine-looking Companion badge of another event."""
    DAMAGED = "damaged"
    """Not readable as a badge code (bad form, bad length, not base32)."""
    FORGED = "forged"
    """The signature does not match (altered or forged)."""
    REVOKED = "revoked"
    """A code replaced by a reprint (or revoked by staff)."""
    UNKNOWN_KEY = "unknown-key"
    """Signed by a key this desk was not given (import the event's desk package)."""
    UNKNOWN_ATTENDEE = "unknown-attendee"
    """Signed and valid, but the person is not in this desk's list (still admitted: the signature is proof)."""
    NOT_A_BADGE = "not-a-badge"
    """Text that is no Companion code at all (a URL, a product barcode, junk)."""
    UNDONE = "undone"
    """The record of an undo."""

    @property
    def refused(self) -> bool:
        """The person must not pass on this code (red)."""
        return self in _REFUSED

    @property
    def duplicate(self) -> bool:
        """Valid, but the person was already admitted (amber)."""
        return self is VerdictKind.ALREADY_CHECKED_IN

    @property
    def admits(self) -> bool:
        """The scan lets the person in (green)."""
        return self in (VerdictKind.ADMITTED, VerdictKind.UNKNOWN_ATTENDEE)


_REFUSED = frozenset({VerdictKind.NOT_THIS_EVENT, VerdictKind.DAMAGED, VerdictKind.FORGED, VerdictKind.REVOKED,
                      VerdictKind.UNKNOWN_KEY, VerdictKind.NOT_A_BADGE})


# ---- hybrid logical clock -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class Hlc:
    """A hybrid-logical-clock stamp: physical milliseconds (the largest seen) and a logical counter.

    Stamps from one desk only grow; a desk that saw another desk's stamp stamps later than it, whatever the
    two wall clocks say. Ties between desks are broken by desk id, then scan id (:attr:`ScanRecord.order_key`).
    """

    wall_ms: int
    counter: int = 0

    def text(self) -> str:
        """Fixed width, so stamps sort as text too: ``0001747112400000.00000``."""
        return f"{self.wall_ms:016d}.{self.counter:05d}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        """The stamp :meth:`text` wrote (raises ValueError otherwise)."""
        wall, dot, counter = text.partition(".")
        if not dot or not wall.isdigit() or not counter.isdigit():
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter))


class HybridClock:
    """One desk's hybrid logical clock. ``now_ms`` is the wall clock in milliseconds since the epoch (UTC)."""

    def __init__(self, now_ms: Callable[[], int], last: Hlc | None = None) -> None:
        self._now_ms = now_ms
        self._last = last or Hlc(0, 0)

    @property
    def last(self) -> Hlc:
        return self._last

    def tick(self) -> Hlc:
        """A stamp for a new local record, later than every stamp made or observed before."""
        now = self._now_ms()
        last = self._last
        self._last = Hlc(now, 0) if now > last.wall_ms else Hlc(last.wall_ms, last.counter + 1)
        return self._last

    def observe(self, stamp: Hlc) -> None:
        """Another desk's stamp was seen (a merged log, a shared store): later local stamps follow it."""
        if stamp > self._last:
            self._last = stamp


# ---- records and results --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScanRecord:
    """One line of a desk's append-only log. Never changed once written; an undo is a record of its own."""

    scan_id: str
    """Unique over all desks (the desk id, then a random part): merging is idempotent by scan id."""
    desk_id: str
    nonce: str
    """Random per record, so a resend after a lost reply is recognised (see the PostgreSQL store)."""
    event_id: str
    attendee_id: str
    """"" when the code named nobody readable (junk, damaged)."""
    serial: int
    """The badge code's serial (0: a version-1 code, which has none; 0 for records not made from a code)."""
    kind: ScanKind
    verdict: VerdictKind
    """What the desk said at the time (so a conflict is two admissions each desk believed was the first)."""
    hlc: Hlc
    wall_time: datetime
    """The desk's clock when it wrote the record (UTC, aware); for people, not for ordering."""
    operator: str = ""
    reason: str = ""
    """Why (manual admission, override, undo), as the operator typed it; or the refusal's English reason."""
    undoes: str = ""
    """The scan id an undo cancels ("" for other kinds)."""

    @property
    def order_key(self) -> tuple[Hlc, str, str]:
        """The total order of records over all desks: clock stamp, then desk id, then scan id."""
        return (self.hlc, self.desk_id, self.scan_id)

    @property
    def is_admission(self) -> bool:
        """This record lets its attendee in (unless undone): a valid scan, a manual admission, an override."""
        if not self.attendee_id:
            return False
        if self.kind in (ScanKind.MANUAL, ScanKind.OVERRIDE):
            return True
        return self.kind is ScanKind.SCAN and (self.verdict.admits or self.verdict.duplicate)


@dataclass(frozen=True, slots=True)
class AttendeeFacts:
    """What the desk shows of a person (never an e-mail)."""

    attendee_id: str
    given_name: str
    family_name: str
    organisation: str = ""
    delegation: str = ""
    category: str = ""
    """The category's value (``delegate``, ``speaker`` …; see ``companion.domain.attendee.Category``)."""

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)


@dataclass(frozen=True, slots=True)
class ScanResult:
    """The verdict on one scan, with what to show: who, and for a duplicate when / where / by whom before."""

    verdict: VerdictKind
    reason: Message | None = None
    """Why, in words (refusals; None for a plain admission)."""
    code: str = ""
    """The text scanned (stripped), or "" for a manual admission."""
    attendee: AttendeeFacts | None = None
    earlier: ScanRecord | None = None
    """For :attr:`VerdictKind.ALREADY_CHECKED_IN`: the admission that counts (when, desk, operator)."""
    record: ScanRecord | None = None
    """The record written for this scan (None when nothing was logged)."""

    @property
    def refused(self) -> bool:
        return self.verdict.refused

    @property
    def duplicate(self) -> bool:
        return self.verdict.duplicate


@dataclass(frozen=True, slots=True)
class Conflict:
    """A person admitted at several desks that had not seen each other's admission (staff resolve it)."""

    attendee_id: str
    admissions: tuple[ScanRecord, ...]
    """Every such admission, in the total order (the first is the one that counts)."""

    @property
    def desks(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.desk_id for r in self.admissions))


@dataclass(frozen=True, slots=True)
class Decision:
    """What a set of records means; the same for the same set of records, however it was put together."""

    winners: Mapping[str, ScanRecord]
    """The admission that counts, by attendee id."""
    duplicates: tuple[ScanRecord, ...]
    """Admissions after the winner (still in force), in the total order."""
    conflicts: tuple[Conflict, ...]
    """By attendee id."""
    undone: frozenset[str]
    """Scan ids cancelled by an undo record."""
    records: tuple[ScanRecord, ...]
    """Every record, deduplicated by scan id, in the total order."""


@dataclass(frozen=True, slots=True)
class CountRow:
    """Checked in / expected for one category or delegation ("" for people whose field is empty)."""

    key: str
    checked_in: int
    expected: int


@dataclass(frozen=True, slots=True)
class DeskRate:
    """One desk's pace: scans in the window counted, and per minute."""

    desk_id: str
    scans: int
    per_minute: float


@dataclass(frozen=True, slots=True)
class DeskCounts:
    """The counts a desk shows, live and across desks."""

    checked_in: int
    expected: int
    by_category: tuple[CountRow, ...] = ()
    by_delegation: tuple[CountRow, ...] = ()
    rates: tuple[DeskRate, ...] = ()
    """Scans per minute per desk over the last :data:`RATE_WINDOW_MINUTES` minutes."""
    conflicts: int = 0
    duplicates: int = 0
    walk_ins: int = 0
    """Admitted people not in the desk's list (valid code, unknown person)."""


RATE_WINDOW_MINUTES = 10


@dataclass(frozen=True, slots=True)
class KnownKey:
    """A public key a desk accepts for an event (raw 32-byte Ed25519), named by its key id."""

    event_id: str
    key_id: str
    """Hex of the first bytes of the key's SHA-256 (what a version-2 code names)."""
    public_key: bytes
    added_at: str = ""


@dataclass(frozen=True, slots=True)
class Revocation:
    """A badge code that must be refused: the attendee's code with this serial (0: the version-1 code)."""

    event_id: str
    attendee_id: str
    serial: int
    reason: str = ""
    revoked_at: str = ""


@dataclass(frozen=True, slots=True)
class StoreStatus:
    """Where the desk's log lives and whether everything reached it (the banner of a shared store)."""

    shared: bool = False
    """A server shared by desks (PostgreSQL), not this machine's file."""
    reachable: bool = True
    waiting: int = 0
    """Scans kept locally, not yet sent to the shared store."""
    address: str = ""
    """For people: the server's address without password, or the state file."""


def as_duplicate(record: ScanRecord) -> ScanRecord:
    """``record`` as the desk must log it once it learns the person was already admitted: a SCAN becomes
    :attr:`VerdictKind.ALREADY_CHECKED_IN` (same scan id, nonce and stamp); other kinds are returned unchanged."""
    from dataclasses import replace

    if record.kind is ScanKind.SCAN and record.verdict.admits:
        return replace(record, verdict=VerdictKind.ALREADY_CHECKED_IN)
    return record


def first_admission(records: Iterable[ScanRecord], attendee_id: str) -> ScanRecord | None:
    """The admission of ``attendee_id`` in force among ``records`` (the earliest not undone), or None."""
    chosen = [r for r in records if r.attendee_id == attendee_id or r.kind is ScanKind.UNDO]
    undone = {r.undoes for r in chosen if r.kind is ScanKind.UNDO}
    admissions = [r for r in chosen if r.attendee_id == attendee_id and r.is_admission and r.scan_id not in undone]
    return min(admissions, key=lambda r: r.order_key) if admissions else None


# ---- merge and decide -----------------------------------------------------------------------------------------


def merge(*logs: Iterable[ScanRecord]) -> tuple[ScanRecord, ...]:
    """The union of ``logs`` by scan id, in the total order (the first copy of a scan id wins)."""
    seen: dict[str, ScanRecord] = {}
    for log in logs:
        for record in log:
            seen.setdefault(record.scan_id, record)
    return tuple(sorted(seen.values(), key=lambda r: r.order_key))


def decide(records: Iterable[ScanRecord]) -> Decision:
    """One winner per attendee, the duplicates and the conflicts of ``records`` (any order, repeats ignored)."""
    ordered = merge(records)
    undone = frozenset(r.undoes for r in ordered if r.kind is ScanKind.UNDO and r.undoes)
    by_attendee: dict[str, list[ScanRecord]] = defaultdict(list)
    for record in ordered:
        if record.is_admission and record.scan_id not in undone:
            by_attendee[record.attendee_id].append(record)
    winners: dict[str, ScanRecord] = {}
    duplicates: list[ScanRecord] = []
    conflicts: list[Conflict] = []
    for attendee_id in sorted(by_attendee):
        admissions = by_attendee[attendee_id]
        winners[attendee_id] = admissions[0]
        duplicates.extend(admissions[1:])
        believed_first = [r for r in admissions
                          if r.kind is not ScanKind.SCAN or r.verdict is not VerdictKind.ALREADY_CHECKED_IN]
        if len({r.desk_id for r in believed_first}) > 1:
            conflicts.append(Conflict(attendee_id, tuple(believed_first)))
    duplicates.sort(key=lambda r: r.order_key)
    return Decision(winners, tuple(duplicates), tuple(conflicts), undone, ordered)


def count(decision: Decision, attendees: Sequence[AttendeeFacts], now: datetime,
          window_minutes: int = RATE_WINDOW_MINUTES) -> DeskCounts:
    """Checked in / expected by category and delegation (one row per country however spelt, named as first
    spelt in ``attendees``), and each desk's scans per minute up to ``now``."""
    known = {a.attendee_id: a for a in attendees}
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_delegation: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    spelling: dict[str, str] = {}  # one row per delegation however it is spelt ("Qazaqstan", "Қазақстан")
    for person in attendees:
        identity = delegation_identity(person.delegation) if person.delegation else ""
        delegation = spelling.setdefault(identity, person.delegation)
        by_category[person.category][1] += 1
        by_delegation[delegation][1] += 1
        if person.attendee_id in decision.winners:
            by_category[person.category][0] += 1
            by_delegation[delegation][0] += 1
    walk_ins = sum(1 for a in decision.winners if a not in known)
    checked_in = sum(1 for a in decision.winners if a in known)
    window_s = window_minutes * 60
    per_desk: dict[str, int] = defaultdict(int)
    for record in decision.records:
        if record.kind is ScanKind.UNDO:
            continue
        age = (now - record.wall_time).total_seconds()
        if 0 <= age <= window_s:
            per_desk[record.desk_id] += 1
        else:
            per_desk.setdefault(record.desk_id, 0)
    rates = tuple(DeskRate(d, n, n / window_minutes) for d, n in sorted(per_desk.items()))

    def rows(table: dict[str, list[int]]) -> tuple[CountRow, ...]:
        return tuple(CountRow(k, v[0], v[1]) for k, v in sorted(table.items()))

    return DeskCounts(checked_in, len(attendees), rows(by_category), rows(by_delegation), rates,
                      len(decision.conflicts), len(decision.duplicates), walk_ins)


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What importing other desks' logs did."""

    files: int = 0
    records: int = 0
    """Records read."""
    added: int = 0
    """Records new to this desk (0 when the same logs are imported again)."""
    conflicts: int = 0
    """Conflicts after the merge."""
    problems: tuple[Message, ...] = field(default=())
