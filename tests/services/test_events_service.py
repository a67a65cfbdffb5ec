"""Opening an event without Qt: load, remember, compare with the version seen last time, revisions."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from companion import paths
from companion.domain.changes import ChangeKind
from companion.domain.event import Event
from companion.resources import bundled_event_path
from companion.services.container import Services
from companion.services.jobs import JobContext, JobState, run_job
from companion.sources.errors import EventFileError


@pytest.fixture
def services() -> Services:
    return Services(paths.state_db_path)


def _edited_copy(tmp_path: Path, name: str, *, drop: str = "", retitle: str = "") -> Path:
    raw = json.loads(bundled_event_path().read_text("utf-8"))
    sessions = []
    for record in raw["sessions"]:
        if record["id"] == drop:
            continue
        if record["id"] == retitle:
            record["title"] = {"en": "A new title"}
        sessions.append(record)
    raw["sessions"] = sessions
    path = tmp_path / name
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    return path


def test_opening_a_newer_version_says_what_changed_starred_first(services: Services, tmp_path: Path) -> None:
    first = services.events.open(bundled_event_path())
    assert first.seen_before is False and first.changes.is_empty and first.report is not None
    assert [k.event_id for k in services.events.recent()] == ["caccc-2025"]
    services.stars.star("caccc-2025", "opening-ceremony")

    newer = _edited_copy(tmp_path, "v2.json", drop="opening-ceremony", retitle="climate-finance-panel")
    opened = services.events.open(newer)
    assert opened.seen_before and opened.event.id == "caccc-2025"
    kinds = [(c.session_id, c.kinds, c.starred) for c in opened.changes.changes]
    assert kinds[0] == ("opening-ceremony", (ChangeKind.CANCELLED,), True)  # the starred one first
    assert ("climate-finance-panel", (ChangeKind.RETITLED,), False) in kinds
    assert opened.revised == {"opening-ceremony", "climate-finance-panel"}  # the calendar copies will be superseded
    assert not opened.exists("opening-ceremony") and opened.exists("climate-finance-panel")
    # each change is reported once: the same file again has nothing new
    assert services.events.open(newer).changes.is_empty


def test_the_zone_chosen_for_a_file_is_used_again(services: Services, realdata: Path) -> None:
    path = realdata / "fosdem2021.schedule.xml"
    assert services.events.open(path).event.timezone == "UTC"
    assert services.events.open(path, "Europe/Brussels").event.timezone == "Europe/Brussels"
    assert services.events.remembered_zone(path) == "Europe/Brussels"
    assert services.events.open(path).event.timezone == "Europe/Brussels"


def test_as_a_job_an_unreadable_file_fails_with_the_file_error(services: Services, tmp_path: Path) -> None:
    bad = tmp_path / "broken.xml"
    bad.write_text("<schedule>\n<day index='1'>\n<room>", "utf-8")
    outcome = run_job("Opening", services.events.open_job(bad))
    assert outcome.state is JobState.FAILED and isinstance(outcome.cause, EventFileError)
    assert outcome.cause.path == bad and "line 3" in str(outcome.cause)
    assert services.events.recent() == []  # nothing remembered


def test_a_cancelled_open_remembers_nothing(services: Services, realdata: Path) -> None:
    context = JobContext()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= 10:
            context.cancel()

    context.on_progress = progress
    outcome = run_job("Opening", services.events.open_job(realdata / "36c3.schedule.json"), context)
    assert outcome.cancelled and seen and max(seen) < 1351
    assert services.events.recent() == []


def test_a_reader_bug_is_an_unreadable_file_not_a_traceback(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import companion.sources.loader as loader

    def broken(*_args: object, **_kwargs: object) -> tuple[Event, object]:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(loader, "load_event_with_report", broken)
    with pytest.raises(EventFileError) as info:
        services.events.load(tmp_path / "any.json")
    assert "unexpected problem: ZeroDivisionError" in str(info.value)


def test_diff_compares_two_files_with_the_starred_sessions_first(
    services: Services, bundled_event: Event, tmp_path: Path
) -> None:
    services.stars.star(bundled_event.id, "climate-finance-panel")
    newer = _edited_copy(tmp_path, "v2.json", drop="opening-ceremony", retitle="climate-finance-panel")
    diff = services.events.diff(bundled_event_path(), newer)
    assert [c.session_id for c in diff.changes.changes] == ["climate-finance-panel", "opening-ceremony"]
    assert diff.changes.changes[0].starred and len(diff.new.sessions) == len(diff.old.sessions) - 1


def test_remember_records_revisions_for_the_calendar(services: Services, bundled_event: Event) -> None:
    services.events.remember(bundled_event, bundled_event_path())
    session = bundled_event.sessions_by_id["opening-ceremony"]
    assert session.start is not None
    moved = replace(bundled_event, sessions=tuple(
        replace(s, start=s.start.replace(hour=10), end=s.end) if s.id == session.id and s.start and s.end else s
        for s in bundled_event.sessions))
    opened = services.events.remember(moved, bundled_event_path())
    assert opened.revised == {"opening-ceremony"}
    assert [c.kinds for c in opened.changes.changes] == [(ChangeKind.MOVED_TIME,)]


def test_an_in_memory_state_is_shared_by_every_thread(bundled_event: Event) -> None:
    """When the state file cannot be used the window works on memory: a job's bookkeeping is still seen."""
    import threading

    from companion.store.database import open_state

    conn = open_state(":memory:")
    services = Services.for_connection(conn)
    assert services.state_path is None
    worker = threading.Thread(target=lambda: services.events.remember(bundled_event, bundled_event_path()))
    worker.start()
    worker.join()
    assert [k.event_id for k in services.events.recent()] == [bundled_event.id]
    services.close()
    conn.close()
