"""The badge run as a service, without Qt: import, pick, sort, sign, render, log, options, sheet and key."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from companion import paths
from companion.domain.attendee import Attendee, SortKey, sorted_attendees
from companion.domain.event import Event
from companion.exports.badges.tokens import verify_token
from companion.resources import resource_path
from companion.services.badges import (
    BadgeService,
    BadgeSettings,
    BadgeSigningError,
    BadgeWriteError,
    Which,
    pick,
)
from companion.services.container import Services
from companion.services.jobs import JobCancelledError, JobContext, JobState, run_job
from companion.sources.attendees_csv import Field
from companion.sources.errors import AttendeeFileError
from companion.store.badge_keys import key_path, load_public_key
from companion.store.settings import Settings
from qr_scan import distinct_qr_payloads

SAMPLE = resource_path("samples", "attendees-fictional.csv")


@pytest.fixture
def badges() -> Iterator[BadgeService]:
    services = Services(paths.state_db_path())
    yield services.badges
    services.close()


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_import_render_and_log_the_sample(badges: BadgeService, bundled_event: Event, tmp_path: Path) -> None:
    listed = badges.import_list(bundled_event.id, SAMPLE)
    assert listed.imported is not None and listed.merged is not None and not listed.needs_mapping
    assert len(listed.imported.attendees) == 22 and listed.merged.added == 22
    again = badges.import_list(bundled_event.id, SAMPLE)  # merged by ID: nothing is duplicated
    assert again.merged is not None and (again.merged.added, again.merged.unchanged) == (0, 22)
    stored = badges.attendees(bundled_event.id)
    assert len(stored) == 22

    run = badges.plan(bundled_event, stored, BadgeSettings(layout="avery-l4785", sort=SortKey.FAMILY_NAME))
    assert [a.id for a in run.attendees] == [a.id for a in sorted_attendees(stored, SortKey.FAMILY_NAME)]
    assert [a.id for a in run.attendees] != [a.id for a in sorted_attendees(stored, SortKey.DELEGATION)]
    # a country prints under its name in the run's language, whatever spelling the list used
    assert {a.delegation for a in run.attendees if a.id == "R-0003"} == {"Kazakhstan"}
    output = tmp_path / "badges.pdf"
    progress: list[tuple[int, int]] = []
    report = badges.render(run, output, JobContext(on_progress=lambda done, total: progress.append((done, total))))
    assert len(report.printed) == 22 and report.pages == 3 and progress[-1] == (22, 22)
    text = _text(output)
    assert "CACCC-2025" in text and "Ҷамшед" in text
    public = badges.signing_key(bundled_event.id).public_key()
    codes = distinct_qr_payloads(output)
    assert sorted(verify_token(c, public, bundled_event.id).attendee_id for c in codes) == sorted(
        a.id for a in stored)

    assert badges.record_printed(bundled_event.id, report.printed, run.layout, str(output)) == 22
    assert set(badges.last_printed(bundled_event.id)) == {a.id for a in stored}
    only_new = badges.plan(bundled_event, stored, BadgeSettings(which=Which.NOT_PRINTED),
                           printed=badges.last_printed(bundled_event.id))
    assert only_new.attendees == ()


def test_pick_all_new_or_selected() -> None:
    people = [Attendee("A", "Ann", "Lee"), Attendee("B", "Bo", "Ray"), Attendee("C", "Cy", "Ng")]
    assert pick(people, Which.ALL, {"A"}) == people
    assert pick(people, Which.NOT_PRINTED, {"A"}) == people[1:]
    assert pick(people, Which.SELECTED, {"A"}, [people[2]]) == [people[2]]


def test_bilingual_heading_and_second_run_equal(badges: BadgeService, bundled_event: Event, tmp_path: Path) -> None:
    people = [Attendee("R-1", "Aida", "Serikova", "Ministry", "Kazakhstan")]
    settings = BadgeSettings(layout="cr80", second_language="ru")
    run = badges.plan(bundled_event, people, settings, "en")
    assert run == badges.plan(bundled_event, people, settings, "en")  # what the window compares for "up to date"
    output = tmp_path / "both.pdf"
    badges.render(run, output)
    assert "CACCC-2025" in _text(output) and "ЦАКИК-2025" in _text(output)


def test_cancel_writes_nothing(badges: BadgeService, bundled_event: Event, tmp_path: Path) -> None:
    people = [Attendee(f"P-{n}", "Ann", f"Lee{n}") for n in range(6)]
    run = badges.plan(bundled_event, people, BadgeSettings(layout="cr80"))
    context = JobContext()
    context.on_progress = lambda done, total: context.cancel()
    output = tmp_path / "stopped.pdf"
    with pytest.raises(JobCancelledError):
        badges.render(run, output, context)
    assert not output.exists()
    context = JobContext()
    context.on_progress = lambda done, total: context.cancel()
    assert run_job("Drawing", lambda ctx: badges.render(run, output, ctx), context).state is JobState.CANCELLED


def test_write_and_key_problems_are_messages(badges: BadgeService, bundled_event: Event, tmp_path: Path) -> None:
    run = badges.plan(bundled_event, [Attendee("A", "Ann", "Lee")], BadgeSettings())
    missing = tmp_path / "no such folder" / "b.pdf"
    with pytest.raises(BadgeWriteError) as written:
        badges.render(run, missing)
    assert str(written.value).startswith(f"cannot write {missing}: ")
    outcome = run_job("Drawing", lambda ctx: badges.render(run, missing, ctx))
    assert outcome.failed and str(outcome.message).startswith("cannot write") and outcome.details is None
    with pytest.raises(BadgeWriteError):
        badges.calibration_sheet(missing, "a6-a4")

    key_path(bundled_event.id).parent.mkdir(parents=True, exist_ok=True)
    key_path(bundled_event.id).write_text("not a key")
    with pytest.raises(BadgeSigningError) as refused:
        badges.render(run, tmp_path / "b.pdf")
    assert "cannot read the badge signing key" in str(refused.value.reason)
    with pytest.raises(BadgeSigningError):
        badges.export_public_key(bundled_event.id, tmp_path / "desk.pem")


def test_unclear_columns_wait_for_a_mapping(badges: BadgeService, bundled_event: Event, tmp_path: Path) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("Prénom;Nom de famille;Pays\nJean;Dupont;France\n", encoding="utf-8")
    with pytest.raises(AttendeeFileError):
        badges.import_list(bundled_event.id, odd)  # the command line: refused, with what the header holds
    waiting = badges.import_list(bundled_event.id, odd, ask_when_unclear=True)  # the window: asks the user
    assert waiting.needs_mapping and waiting.table is not None and waiting.merged is None
    assert badges.attendees(bundled_event.id) == []
    mapping = {0: Field.GIVEN_NAME, 1: Field.FAMILY_NAME, 2: Field.DELEGATION}
    done = badges.import_list(bundled_event.id, odd, mapping, table=waiting.table, ask_when_unclear=True)
    assert done.merged is not None and done.merged.added == 1
    assert [a.display_name for a in badges.attendees(bundled_event.id)] == ["Jean Dupont"]


def test_options_are_kept_per_event_and_bad_values_fall_back(badges: BadgeService,
                                                             state_conn: sqlite3.Connection) -> None:
    assert badges.load_settings("ev-1") == BadgeSettings()
    chosen = BadgeSettings("durable-1445-02", SortKey.CATEGORY, Which.SELECTED, 1.5, -2.0, True, "kk")
    badges.save_settings("ev-1", chosen)
    # a selection does not outlive the session
    assert badges.load_settings("ev-1") == BadgeSettings("durable-1445-02", SortKey.CATEGORY, Which.ALL, 1.5, -2.0,
                                                         True, "kk")
    assert badges.load_settings("ev-2") == BadgeSettings()
    settings = Settings(state_conn)  # a hand-edited or older state file
    settings.set("badges/ev-3/layout", "no-such-stock")
    settings.set("badges/ev-3/offset_x", "far")
    settings.set("badges/ev-3/offset_y", "99")
    settings.set("badges/ev-3/sort", "random")
    assert badges.load_settings("ev-3") == BadgeSettings(offset_y=10.0)


def test_public_key_and_calibration_sheet(badges: BadgeService, bundled_event: Event, tmp_path: Path) -> None:
    pem = badges.export_public_key(bundled_event.id, tmp_path / "desk.pem")
    token = badges.token(bundled_event.id, "R-1")
    assert verify_token(token, load_public_key(pem.read_bytes()), bundled_event.id).attendee_id == "R-1"
    sheet = tmp_path / "cal.pdf"
    badges.calibration_sheet(sheet, "avery-l4785", 1.0, -1.0)
    assert "Calibration sheet" in PdfReader(sheet).pages[0].extract_text()
    assert list(BadgeService.layouts())[:1] == ["a6-a4"]


def test_the_service_imports_no_qt() -> None:
    code = ("import sys; import companion.services.badges; "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'the badge service imported Qt'")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_save_copy_keeps_the_old_file_when_the_disk_fills(badges: BadgeService, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import shutil

    source, target = tmp_path / "new.pdf", tmp_path / "badges.pdf"
    source.write_bytes(b"%PDF new " * 1000)
    target.write_bytes(b"%PDF old and good")
    real_copy = shutil.copyfileobj

    def disk_full(src, dst, length: int = 0) -> None:  # type: ignore[no-untyped-def]
        dst.write(src.read(100))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", disk_full)
    with pytest.raises(BadgeWriteError) as refused:
        badges.save_copy(source, target)
    assert "badges.pdf" in str(refused.value)
    assert target.read_bytes() == b"%PDF old and good"
    assert sorted(p.name for p in tmp_path.glob("*.pdf*")) == ["badges.pdf", "new.pdf"]  # no part left behind

    monkeypatch.setattr(shutil, "copyfileobj", real_copy)
    link = tmp_path / "latest.pdf"
    link.symlink_to(target)
    badges.save_copy(source, link)
    assert link.is_symlink() and target.read_bytes() == source.read_bytes()  # the link's target is replaced
    with pytest.raises(BadgeWriteError):
        badges.save_copy(source, tmp_path / "missing" / "b.pdf")
