"""The check-in desk as a service, without Qt: real badge codes read back from rendered PDFs (pixels → zxing-cpp),
refusals with reasons, reprints revoking the lost code, desk packages sealed with a passphrase, desk logs merged
idempotently with conflicts shown, the CSV report, and erasing after the event."""

from __future__ import annotations

import csv
import json
import stat
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from companion import paths
from companion.domain.attendee import Attendee
from companion.domain.checkin import VerdictKind
from companion.domain.event import Event
from companion.exports.badges.tokens import fingerprint, make_token, make_token_v2
from companion.resources import resource_path
from companion.services.badges import BadgeService, BadgeSettings
from companion.services.checkin import CheckinError, CheckinService, verdict_message
from companion.services.container import Services
from companion.services.desk_files import CheckinFileError, PassphraseNeededError, WrongPassphraseError
from companion.sources.qr_image import decode_codes, decode_file
from companion.store.badge_keys import event_signing_key

SAMPLE = resource_path("samples", "attendees-fictional.csv")
PASSPHRASE = "correct horse battery staple"


@dataclass
class Station:
    services: Services
    badges: BadgeService
    people: list[Attendee]
    codes: dict[str, str]
    """attendee id -> the code read back from the printed PDF's pixels"""


def _pixels_codes(pdf: Path, tmp: Path) -> list[str]:
    """Render the PDF's pages to PNG with poppler (as a photo of the badge would be) and decode each."""
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp / "page")], check=True, timeout=60)
    codes: list[str] = []
    for png in sorted(tmp.glob("page*.png")):
        codes.extend(decode_file(png))
    return codes


def _print(badges: BadgeService, event: Event, people: list[Attendee], tmp: Path, name: str) -> list[str]:
    folder = tmp / name
    folder.mkdir()
    run = badges.plan(event, people, BadgeSettings(layout="a6-a4"), "en")
    badges.render(run, folder / "badges.pdf")
    return _pixels_codes(folder / "badges.pdf", folder)


@pytest.fixture
def station(bundled_event: Event, tmp_path: Path) -> Iterator[Station]:
    services = Services(paths.state_db_path())
    badges = services.badges
    badges.import_list(bundled_event.id, SAMPLE)
    people = badges.attendees(bundled_event.id)[:4]
    codes = _print(badges, bundled_event, people, tmp_path, "first")
    assert len(codes) == 4 and all(c.startswith("CB2:") for c in codes)
    by_id = {}
    for code in codes:
        from companion.exports.badges.tokens import read_token_v2

        by_id[read_token_v2(code)[0].attendee_id] = code
    yield Station(services, badges, people, by_id)
    services.close()


def _desk_machine(tmp_path: Path, name: str) -> Services:
    """Another laptop: its own data folder (no private key), its own state file."""
    paths.set_data_dir(tmp_path / name)
    return Services(paths.state_db_path())


def test_real_codes_from_pixels_and_every_kind_of_refusal(station: Station, bundled_event: Event) -> None:
    desk = station.services.checkin
    desk.open_desk(bundled_event.id, desk_id="desk-1", operator="Aýna")
    person = station.people[0]
    code = station.codes[person.id]

    first = desk.scan(code.lower() + "\r\n")  # a scanner typing with Caps Lock on
    assert first.verdict is VerdictKind.ADMITTED and first.attendee is not None
    assert first.attendee.display_name == person.display_name and first.attendee.delegation == person.delegation
    assert str(verdict_message(first)).startswith(f"admitted: {person.given_name}")
    again = desk.scan(code)
    assert again.verdict is VerdictKind.ALREADY_CHECKED_IN and again.earlier == first.record
    assert "desk desk-1 by Aýna" in str(verdict_message(again))

    for i in (6, 20, len(code) // 2, len(code) - 3):  # one character changed anywhere
        changed = code[:i] + ("A" if code[i] != "A" else "B") + code[i + 1:]
        assert desk.scan(changed).refused, i
    other_key = Ed25519PrivateKey.generate()
    foreign = desk.scan(make_token_v2(other_key, "another-event-2025", person.id))
    assert foreign.verdict is VerdictKind.NOT_THIS_EVENT and "another-event-2025" in str(foreign.reason)
    forged_key = desk.scan(make_token_v2(other_key, bundled_event.id, person.id))
    assert forged_key.verdict is VerdictKind.UNKNOWN_KEY
    for junk in ("", "https://example.org/", "4006381333931", "CB2:", "CB1:AAAA"):
        assert desk.scan(junk).refused, junk
    # a badge printed before codes had serials still verifies
    old = make_token(event_signing_key(bundled_event.id), bundled_event.id, station.people[1].id)
    assert desk.scan(old).verdict is VerdictKind.ADMITTED
    assert len(desk.records()) == 14  # every scan is logged, refused ones too


def test_a_reprinted_badge_revokes_the_lost_one(station: Station, bundled_event: Event, tmp_path: Path) -> None:
    person = station.people[2]
    run = station.badges.single(bundled_event, person, "cr80", BadgeSettings(), "en")
    station.badges.render(run, tmp_path / "reprint.pdf")
    (new_code,) = _pixels_codes(tmp_path / "reprint.pdf", tmp_path)
    assert new_code != station.codes[person.id]
    desk = station.services.checkin
    desk.open_desk(bundled_event.id)
    lost = desk.scan(station.codes[person.id])
    assert lost.verdict is VerdictKind.REVOKED and "replaced by a reprint" in str(lost.reason)
    assert desk.scan(new_code).verdict is VerdictKind.ADMITTED
    # a later full run prints the current code, not the revoked one
    codes = _print(station.badges, bundled_event, [person], tmp_path, "later")
    assert codes == [new_code]


def test_a_desk_that_did_not_print_imports_a_sealed_package(station: Station, bundled_event: Event,
                                                            tmp_path: Path) -> None:
    package = tmp_path / "desk-package.json"
    station.badges.single(bundled_event, station.people[3], "cr80", BadgeSettings(), "en")  # one lost badge
    info = station.services.checkin.export_desk_package(bundled_event.id, package, PASSPHRASE)
    assert info.fingerprints == (fingerprint(event_signing_key(bundled_event.id).public_key()),)
    assert stat.S_IMODE(package.stat().st_mode) == 0o600
    plain = tmp_path / "plain.json"
    station.services.checkin.export_desk_package(bundled_event.id, plain)
    text = plain.read_text(encoding="utf-8")
    assert "@" not in text and "PRIVATE" not in text and station.people[0].family_name in text
    assert station.people[0].family_name.encode() not in package.read_bytes()  # sealed: no names in clear

    desk_services = _desk_machine(tmp_path, "desk-laptop")
    try:
        desk = desk_services.checkin
        with pytest.raises(PassphraseNeededError):
            desk.import_desk_package(package)
        with pytest.raises(WrongPassphraseError) as wrong:
            desk.import_desk_package(package, "Correct horse battery staple")
        assert "desk-package.json" in str(wrong.value) and "wrong passphrase" in str(wrong.value)
        imported = desk.import_desk_package(package, PASSPHRASE)
        assert imported.fingerprints == info.fingerprints and imported.attendees == info.attendees == 22
        assert imported.sealed and imported.revocations == 2  # the lost code (serial 1) and the old CB1 form
        desk.open_desk(bundled_event.id)
        assert desk.fingerprints() == list(info.fingerprints)
        result = desk.scan(station.codes[station.people[0].id])
        assert result.verdict is VerdictKind.ADMITTED and result.attendee is not None
        assert result.attendee.family_name == station.people[0].family_name
        assert desk.scan(station.codes[station.people[3].id]).verdict is VerdictKind.REVOKED
        assert [a.attendee_id for a in desk.search(station.people[1].family_name.upper())] == [station.people[1].id]
        bad = tmp_path / "broken.json"
        bad.write_text("{not json", encoding="utf-8")
        with pytest.raises(CheckinFileError, match=r"broken\.json"):
            desk.import_desk_package(bad)
    finally:
        desk_services.close()


def test_desk_logs_merge_idempotently_and_show_the_conflict(station: Station, bundled_event: Event,
                                                            tmp_path: Path) -> None:
    package = tmp_path / "package.json"
    station.services.checkin.export_desk_package(bundled_event.id, package)
    person = station.people[0]
    logs = []
    desks: list[Services] = []
    for name in ("north", "south"):
        machine = _desk_machine(tmp_path, name)
        desks.append(machine)
        machine.checkin.import_desk_package(package)
        machine.checkin.open_desk(bundled_event.id, desk_id=name)
        assert machine.checkin.scan(station.codes[person.id]).verdict is VerdictKind.ADMITTED  # neither saw the other
        logs.append(tmp_path / f"{name}.log.json")
    north, south = (d.checkin for d in desks)
    north.scan(station.codes[station.people[1].id])
    try:
        assert north.export_log(logs[0]) == 2 and south.export_log(logs[1]) == 1
        assert stat.S_IMODE(logs[0].stat().st_mode) == 0o600
        first = south.merge_logs([logs[0]])
        assert (first.added, first.conflicts) == (2, 1)
        assert south.merge_logs([logs[0], logs[1]]).added == 0  # again, and its own log: nothing changes
        north.merge_logs([logs[1], logs[1]])
        for desk in (north, south):
            (conflict,) = desk.conflicts()
            assert conflict.attendee_id == person.id and set(conflict.desks) == {"north", "south"}
            assert desk.counts().checked_in == 2
        assert north.decision().winners == south.decision().winners
        assert south.scan(station.codes[station.people[1].id]).verdict is VerdictKind.ALREADY_CHECKED_IN
        other = tmp_path / "other-event.json"
        other.write_text(json.dumps({"format": "companion-checkin-log", "version": 1, "event_id": "x",
                                     "records": []}), encoding="utf-8")
        with pytest.raises(CheckinFileError, match=r"other-event\.json"):
            south.merge_logs([logs[0], other])
    finally:
        for machine in desks:
            machine.close()


def test_manual_admission_undo_csv_report_and_erase(station: Station, bundled_event: Event, tmp_path: Path) -> None:
    desk = station.services.checkin
    desk.open_desk(bundled_event.id, desk_id="main", operator="=HYPERLINK(\"http://x\")")
    forgot = station.people[1]
    with pytest.raises(CheckinError):
        desk.admit_by_hand(forgot.id, "  ")
    manual = desk.admit_by_hand(forgot.id, "forgot the badge; passport seen")
    assert manual.verdict is VerdictKind.ADMITTED and manual.record is not None
    assert desk.admit_by_hand(forgot.id, "again").verdict is VerdictKind.ALREADY_CHECKED_IN
    undone = desk.undo_last()
    assert undone is not None and undone.earlier == manual.record and desk.admission(forgot.id) is None
    assert desk.scan(station.codes[forgot.id]).verdict is VerdictKind.ADMITTED

    report = tmp_path / "report.csv"
    assert desk.export_csv(report) == 3  # the second manual admission was refused, not logged
    with report.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["operator"] for r in rows} == {"'=HYPERLINK(\"http://x\")"}
    assert [(r["kind"], r["counted"]) for r in rows] == [("manual", "undone"), ("undo", ""), ("scan", "counted")]
    assert rows[0]["reason"] == "forgot the badge; passport seen" and rows[0]["family_name"] == forgot.family_name

    state = paths.state_db_path()
    desk.erase()
    assert desk.records() == [] and desk.counts().checked_in == 0
    for file in (state, state.with_name(state.name + "-wal")):  # neither the file nor its write-ahead log
        assert not file.exists() or b"passport seen" not in file.read_bytes(), file
    assert stat.S_IMODE(state.stat().st_mode) == 0o600


def test_decode_codes_takes_a_pil_image(station: Station, tmp_path: Path) -> None:
    from PIL import Image

    png = next(iter(sorted((tmp_path / "first").glob("page*.png"))))
    with Image.open(png) as image:
        assert set(decode_codes(image)) <= set(station.codes.values())
        assert decode_codes(image.convert("RGB"))
    blank = Image.new("L", (640, 480), 255)
    assert decode_codes(blank) == []


def test_an_unknown_store_address_is_refused_in_words(tmp_path: Path) -> None:
    services = Services(paths.state_db_path())
    services.store_url = "mysql://desk@server/db"
    try:
        with pytest.raises(CheckinError, match="not a check-in store address"):
            services.checkin.store()
    finally:
        services.close()


def test_the_desk_id_is_made_once_per_machine() -> None:
    services = Services(paths.state_db_path())
    try:
        desk: CheckinService = services.checkin
        first = desk.desk_id()
        assert first.startswith("desk-") and desk.desk_id() == first
    finally:
        services.close()
    again = Services(paths.state_db_path())
    try:
        assert again.checkin.desk_id() == first
    finally:
        again.close()


def test_the_store_decides_first_admission_or_duplicate_in_one_transaction(state_conn) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from companion.domain.checkin import Hlc, ScanKind, ScanRecord, as_duplicate
    from companion.store.checkin_log import SqliteCheckinStore

    store = SqliteCheckinStore(lambda: state_conn)
    when = datetime(2025, 5, 13, 8, 0, tzinfo=UTC)

    def scan(desk: str, n: int, kind: ScanKind = ScanKind.SCAN, undoes: str = "") -> ScanRecord:
        return ScanRecord(f"{desk}:{n}", desk, f"nonce-{desk}-{n}", "ev", "p1", 1, kind, VerdictKind.ADMITTED,
                          Hlc(1747000000000 + n), when, "", "", undoes)

    first, late = scan("a", 1), scan("b", 2)
    assert store.append_admission(first) is None
    assert store.append_admission(late) == first
    assert store.append_admission(first) is None  # a resend of the admission that counts
    assert [(r.scan_id, r.verdict) for r in store.records("ev")] == [
        ("a:1", VerdictKind.ADMITTED), ("b:2", VerdictKind.ALREADY_CHECKED_IN)]
    store.append([scan("a", 3, ScanKind.UNDO, undoes="a:1")])
    assert store.append_admission(scan("b", 4)) == as_duplicate(late)  # undone: their next scan counts
    store.append([scan("b", 5, ScanKind.UNDO, undoes="b:2"), scan("b", 6, ScanKind.UNDO, undoes="b:4")])
    assert store.append_admission(scan("c", 7)) is None  # nothing in force: this one admits


def test_the_name_search_finds_cyrillic_names_typed_in_latin(station: Station, bundled_event: Event) -> None:
    desk = station.services.checkin
    desk.open_desk(bundled_event.id)
    cyrillic = [a for a in station.badges.attendees(bundled_event.id) if not a.family_name.isascii()]
    assert cyrillic
    from companion.domain.kazakh_latin import to_latin

    person = cyrillic[0]
    assert person.id in {a.attendee_id for a in desk.search(to_latin(person.family_name).lower())}


def test_two_desks_on_one_state_file_admit_each_person_once(station: Station, bundled_event: Event) -> None:
    """Two desk objects (as two processes would) scanning the same people at the same time on one file."""
    from concurrent.futures import ThreadPoolExecutor

    codes = list(station.codes.values()) * 3
    desks = [Services(paths.state_db_path()) for _ in range(2)]
    try:
        for n, services in enumerate(desks):
            services.checkin.open_desk(bundled_event.id, desk_id=f"desk-{n}")
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda d: [d.checkin.scan(c).verdict for c in codes], desks))
        verdicts = [v for per_desk in results for v in per_desk]
        assert verdicts.count(VerdictKind.ADMITTED) == len(station.codes)
        assert verdicts.count(VerdictKind.ALREADY_CHECKED_IN) == len(verdicts) - len(station.codes)
        decision = desks[0].checkin.decision()
        assert len(decision.winners) == len(station.codes) and decision.conflicts == ()
    finally:
        for services in desks:
            services.close()


def test_a_store_failure_reaches_the_user_in_words(monkeypatch: pytest.MonkeyPatch, bundled_event: Event) -> None:
    import companion.services.checkin as checkin_module
    from companion.domain.message import QT_TRANSLATE_NOOP, Message
    from companion.store.checkin_log import CheckinStoreError, SqliteCheckinStore

    class ServerGone(SqliteCheckinStore):
        def erase(self, event_id: str) -> None:
            raise CheckinStoreError(Message(QT_TRANSLATE_NOOP("CheckIn", "server gone")))

    monkeypatch.setattr(checkin_module, "open_store", lambda url, state: ServerGone(state.get))
    services = Services(paths.state_db_path())
    try:
        services.checkin.open_desk(bundled_event.id)
        with pytest.raises(CheckinError) as failed:
            services.checkin.erase()
        assert str(failed.value.reason) == "server gone"
    finally:
        services.close()
