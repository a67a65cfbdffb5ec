"""Calendar export without Qt: every selection written atomically, read back by an independent parser (vobject)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import vobject

from companion import paths
from companion.domain.event import Event
from companion.services.calendar import DayNotInEventError, ExportOptions, ExportScope
from companion.services.container import Services
from companion.services.jobs import JobState, run_job


def _read(path: Path) -> dict[str, vobject.base.Component]:
    calendar = vobject.readOne(path.read_text("utf-8"))
    return {ve.uid.value.split("@")[0]: ve for ve in calendar.vevent_list}


def _utc(value: datetime | date) -> datetime | date:
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def _expected(event: Event, ids: list[str]) -> dict[str, datetime | date]:
    out: dict[str, datetime | date] = {}
    for sid in ids:
        session = event.sessions_by_id[sid]
        if session.start is not None:
            out[sid] = session.start.astimezone(UTC)
        elif session.day is not None:
            out[sid] = session.day
    return out


@pytest.fixture
def services() -> Services:
    return Services(paths.state_db_path)


def test_each_selection_writes_a_file_with_the_right_utc_instants(
    services: Services, bundled_event: Event, tmp_path: Path
) -> None:
    calendar = services.calendar
    services.stars.add_many(bundled_event.id, ["opening-ceremony", "un-agencies-panel", "final-session-closing"])
    starred, orphans = calendar.starred_scope(bundled_event)
    assert orphans == frozenset()
    day = date(2025, 5, 13)
    selections = {
        "all": (ExportScope.everything(), [s.id for s in bundled_event.sessions if s.day is not None]),
        "day": (calendar.day_scope(bundled_event, day), [s.id for s in bundled_event.sessions if s.day == day]),
        "ids": (ExportScope.of_sessions(["climate-finance-panel", "resiland-rac-3"]),
                ["climate-finance-panel", "resiland-rac-3"]),
        "starred": (starred, ["opening-ceremony", "un-agencies-panel"]),
    }
    for name, (scope, ids) in selections.items():
        target = tmp_path / f"{name}.ics"
        result = calendar.export(bundled_event, scope, ExportOptions(alarm_minutes=10), target)
        assert result.path == target and not list(tmp_path.glob(".*.tmp")), name
        events = _read(target)
        assert {sid: _utc(ve.dtstart.value) for sid, ve in events.items()} == _expected(bundled_event, ids), name
    # the starred session with no published date is named, not dropped silently
    assert result.left_out == ("final-session-closing",)
    timed = _read(tmp_path / "ids.ics")["climate-finance-panel"]
    assert timed.dtstart.value.astimezone(UTC) == datetime(2025, 5, 13, 9, 0, tzinfo=UTC)  # 14:00 in Ashgabat
    assert timed.valarm.trigger.value.total_seconds() == -600


def test_a_day_the_event_does_not_have_is_refused_with_its_days(services: Services, bundled_event: Event) -> None:
    with pytest.raises(DayNotInEventError) as info:
        services.calendar.day_scope(bundled_event, date(2025, 6, 1))
    assert date(2025, 5, 13) in info.value.days


def test_a_starred_session_that_left_the_programme_is_written_as_cancelled(
    services: Services, bundled_event: Event, tmp_path: Path
) -> None:
    from dataclasses import replace

    services.events.remember(bundled_event, tmp_path / "caccc.json")
    services.stars.add_many(bundled_event.id, ["opening-ceremony", "never-seen"])
    newer = replace(bundled_event, sessions=tuple(s for s in bundled_event.sessions if s.id != "opening-ceremony"))
    services.events.remember(newer, tmp_path / "caccc.json")
    scope, orphans = services.calendar.starred_scope(newer)
    assert orphans == {"opening-ceremony", "never-seen"}
    result = services.calendar.export(newer, scope, ExportOptions(), tmp_path / "starred.ics")
    assert [f.id for f in result.ics.cancelled] == ["opening-ceremony"]
    assert result.not_cancelled == ("never-seen",)
    cancelled = _read(tmp_path / "starred.ics")["opening-ceremony"]
    assert cancelled.status.value == "CANCELLED" and int(cancelled.sequence.value) >= 1


def test_as_a_job_a_file_that_cannot_be_written_fails_with_the_reason(
    services: Services, bundled_event: Event, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    job = services.calendar.export_job(bundled_event, ExportScope.everything(), ExportOptions(), blocker / "x.ics")
    outcome = run_job("Writing", job)
    assert outcome.state is JobState.FAILED and isinstance(outcome.cause, OSError)
    assert "cannot write" in str(outcome.message) and "not a folder" in str(outcome.message)
    assert blocker.read_text("utf-8") == "not a folder"
