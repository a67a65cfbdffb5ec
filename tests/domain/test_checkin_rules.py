"""The desk's rules without I/O: the clock's order survives skew, and merging desk logs in any order, any number of
times, gives one winner per person, every duplicate and every conflict."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain.checkin import (
    AttendeeFacts,
    Hlc,
    HybridClock,
    ScanKind,
    ScanRecord,
    VerdictKind,
    count,
    decide,
    merge,
)

T0 = datetime(2025, 5, 13, 8, 0, tzinfo=UTC)


class Desk:
    """A desk with its own (possibly wrong) wall clock, writing records the way the service does."""

    def __init__(self, desk_id: str, skew_s: float = 0.0) -> None:
        self.desk_id = desk_id
        self.now = T0 + timedelta(seconds=skew_s)
        self.clock = HybridClock(lambda: int(self.now.timestamp() * 1000))
        self.log: list[ScanRecord] = []
        self.seen: set[str] = set()

    def step(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    def see(self, other: Desk) -> None:
        for r in other.log:
            self.clock.observe(r.hlc)
            self.seen.add(r.attendee_id) if r.kind is not ScanKind.UNDO else None

    def scan(self, attendee_id: str, kind: ScanKind = ScanKind.SCAN, undoes: str = "") -> ScanRecord:
        verdict = (VerdictKind.UNDONE if kind is ScanKind.UNDO else VerdictKind.ALREADY_CHECKED_IN
                   if attendee_id in self.seen else VerdictKind.ADMITTED)
        record = ScanRecord(f"{self.desk_id}:{len(self.log)}", self.desk_id, f"n{len(self.log)}", "ev", attendee_id,
                            1, kind, verdict, self.clock.tick(), self.now, "op", "", undoes)
        self.log.append(record)
        if kind is not ScanKind.UNDO:
            self.seen.add(attendee_id)
        return record


def test_the_clock_orders_a_scan_after_what_the_desk_saw_even_when_its_wall_clock_is_behind() -> None:
    fast, slow = Desk("a", skew_s=300), Desk("b", skew_s=-300)  # ten minutes apart
    first = fast.scan("p1")
    slow.see(fast)
    second = slow.scan("p1")
    assert second.hlc > first.hlc
    assert second.wall_time < first.wall_time  # the wall clocks disagree; the order does not
    decision = decide([second, first])
    assert decision.winners["p1"] == first and decision.duplicates == (second,)
    assert decision.conflicts == ()  # desk b had seen the admission: a duplicate, not a conflict


def test_stamps_of_one_desk_only_grow_when_its_clock_goes_back() -> None:
    desk = Desk("a")
    a = desk.scan("p1")
    desk.step(-60)
    b = desk.scan("p2")
    assert b.hlc > a.hlc and b.hlc.wall_ms == a.hlc.wall_ms
    assert Hlc.parse(b.hlc.text()) == b.hlc and a.hlc.text() < b.hlc.text()


def test_two_desks_that_had_not_seen_each_other_make_a_conflict_the_earlier_counts() -> None:
    a, b = Desk("a"), Desk("b")
    b.step(2)
    first, second = a.scan("p1"), b.scan("p1")
    decision = decide([*b.log, *a.log])
    assert decision.winners["p1"] == first
    (conflict,) = decision.conflicts
    assert conflict.admissions == (first, second) and conflict.desks == ("a", "b")


def test_an_undo_cancels_its_admission_and_the_next_one_counts() -> None:
    a = Desk("a")
    wrong = a.scan("p1")
    a.scan("p1", ScanKind.UNDO, undoes=wrong.scan_id)
    a.seen.discard("p1")
    a.step(5)
    right = a.scan("p1")
    decision = decide(a.log)
    assert decision.winners["p1"] == right and wrong.scan_id in decision.undone and decision.duplicates == ()


def test_a_refused_scan_is_kept_but_admits_nobody() -> None:
    a = Desk("a")
    refused = ScanRecord("a:x", "a", "n", "ev", "p9", 1, ScanKind.SCAN, VerdictKind.REVOKED, a.clock.tick(), T0)
    decision = decide([refused])
    assert decision.winners == {} and decision.records == (refused,)


def test_counts_by_category_delegation_and_desk_pace() -> None:
    a, b = Desk("a"), Desk("b")
    a.scan("p1")
    a.step(30)
    a.scan("p2")
    b.scan("walk-in")
    people = [AttendeeFacts("p1", "A", "X", "", "Kazakhstan", "speaker"),
              AttendeeFacts("p2", "B", "Y", "", "Turkmenistan", "delegate"),
              AttendeeFacts("p3", "C", "Z", "", "Kazakhstan", "delegate")]
    counts = count(decide(a.log + b.log), people, T0 + timedelta(minutes=1))
    assert (counts.checked_in, counts.expected, counts.walk_ins) == (2, 3, 1)
    assert {(r.key, r.checked_in, r.expected) for r in counts.by_delegation} == {
        ("Kazakhstan", 1, 2), ("Turkmenistan", 1, 1)}
    assert {(r.key, r.checked_in, r.expected) for r in counts.by_category} == {("delegate", 1, 2), ("speaker", 1, 1)}
    assert {(r.desk_id, r.scans) for r in counts.rates} == {("a", 2), ("b", 1)}


def _busy_morning() -> list[list[ScanRecord]]:
    """Three desks, skewed clocks, partial exchanges, repeats, undos and conflicts."""
    desks = [Desk("a", 0), Desk("b", 40), Desk("c", -25)]
    a, b, c = desks
    for i in range(12):
        desk = desks[i % 3]
        desk.step(3 + i)
        desk.scan(f"p{i % 7}")
        if i == 4:
            b.see(a)
        if i == 8:
            c.see(b)
    undo_target = a.log[0]
    a.scan(undo_target.attendee_id, ScanKind.UNDO, undoes=undo_target.scan_id)
    c.scan("p1", ScanKind.MANUAL)
    return [d.log for d in desks]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_merging_logs_in_any_order_any_number_of_times_gives_the_same_decision(data: st.DataObject) -> None:
    logs = _busy_morning()
    reference = decide(merge(*logs))
    pieces = [list(log) for log in logs] + [data.draw(st.sampled_from(logs))]  # one log imported twice
    shuffled = data.draw(st.permutations(pieces))
    flat = data.draw(st.permutations([r for piece in shuffled for r in piece]))
    once = decide(flat)
    again = decide(merge(flat, merge(*reversed(shuffled)), flat))
    for decision in (once, again):
        assert dict(decision.winners) == dict(reference.winners)
        assert decision.duplicates == reference.duplicates
        assert decision.conflicts == reference.conflicts
        assert decision.records == reference.records
    assert len(reference.winners) == len({r.attendee_id for log in logs for r in log if r.kind is not ScanKind.UNDO})
    assert reference.conflicts  # the busy morning has people admitted at desks that had not seen each other
