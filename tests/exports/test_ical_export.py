"""Calendar export (.ics): the wire format, the fields REFERENCE.md §3 asks for, reproducible bytes, and
independent readers (vobject; Mozilla ical.js and libical when present) placing every event at its instant."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from companion.domain.event import Event, Participation, Room, Session, TimeStatus, Track
from companion.exports.ical import (
    ExportOptions,
    ExportScope,
    IcsExport,
    UnknownSessionsError,
    export_scope,
    parse_session_uid,
    session_uid,
)

ASHGABAT = ZoneInfo("Asia/Ashgabat")
READERS = Path(__file__).resolve().parents[1] / "ics_readers"
READER_ZONES = ("UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati")
TRICKY_TITLE = 'Water; energy, and "food" \\ a nexus — Су, энергия; Қазақстан, Türkmenistan, Oʻzbekiston'
LONG_KAZAKH = "Әйелдер мен жастардың рөлін күшейту: Қазақстан, Қырғызстан, Тәжікстан, Түрікменстан. " * 6


def sample_event(bundled: Event) -> Event:
    """The bundled event plus a fully timed session at 10:00 Ashgabat (05:00Z) with room, track and hard text."""
    exact = Session(
        id="sample-exact",
        title={"en": TRICKY_TITLE, "kk": "Су, энергия және азық"},
        type_id=bundled.sessions[2].type_id,
        day=date(2025, 5, 14),
        start=datetime(2025, 5, 14, 10, 0, tzinfo=ASHGABAT),
        end=datetime(2025, 5, 14, 11, 30, tzinfo=ASHGABAT),
        time_status=TimeStatus.EXACT,
        room_id="hall-a",
        track_id="water",
        participants=tuple(Participation(p.person_id, p.role) for p in bundled.sessions[2].participants[:2]),
        description={"en": "Line one.\r\nLine two; with, punctuation \\ and a backslash.\n" + LONG_KAZAKH
                     + "\nStray\x7f control\x00 bytes\x1b from a real schedule."},
        sources=bundled.sessions[2].sources,
        revision=3,
    )
    return replace(
        bundled,
        sessions=(*bundled.sessions, exact),
        rooms={**bundled.rooms, "hall-a": Room("hall-a", {"en": "Hall A, ground floor"})},
        tracks={**bundled.tracks, "water": Track("water", {"en": "Water and energy"})},
    )


@pytest.fixture(scope="module")
def event(bundled_event: Event) -> Event:
    return sample_event(bundled_event)


def _starred(event: Event) -> list[str]:
    return ["opening-ceremony", "un-agencies-panel", "sample-exact", "resiland-rac-3", "final-session-closing"]


EXPORTS: dict[str, tuple[object, ExportOptions]] = {
    "all": ("all", ExportOptions()),
    "all+alarm": ("all", ExportOptions(alarm_minutes=15)),
    "day-13": (date(2025, 5, 13), ExportOptions()),
    "day-14-ru": (date(2025, 5, 14), ExportOptions(language="ru")),
    "session-timed": (["sample-exact"], ExportOptions(alarm_minutes=0)),
    "session-all-day": (["resiland-rac-3"], ExportOptions()),
    "starred+alarm": ("starred", ExportOptions(alarm_minutes=30, language="kk")),
}


def _scope(event: Event, what: object) -> ExportScope:
    if what == "all":
        return ExportScope.everything()
    if what == "starred":
        return ExportScope.of_starred(_starred(event))
    if isinstance(what, date):
        return ExportScope.of_day(what)
    assert isinstance(what, list)
    return ExportScope.of_sessions(what)


def _export(event: Event, kind: str) -> IcsExport:
    what, options = EXPORTS[kind]
    return export_scope(event, _scope(event, what), options)


def intended_utc(event: Event, result: IcsExport) -> dict[str, str]:
    """UID -> UTC start as the data states it (zoneinfo arithmetic, not the writer's)."""
    return {
        session_uid(event, s): s.start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        for s in result.timed
        if s.start is not None
    }


# --- wire format ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_every_export_is_crlf_with_short_lines_and_round_trips_without_errors(event: Event, kind: str) -> None:
    data = _export(event, kind).data
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b""), "bare LF or CR in the file"
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # a fold never splits a UTF-8 character
        assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line), f"control character in {line!r}"
    cal = icalendar.Calendar.from_ical(data)
    assert [(c.name, c.errors) for c in cal.walk() if c.errors] == []
    assert not cal.get_missing_tzids()
    assert str(cal.get("METHOD", "")).upper() != "REQUEST"
    for ve in cal.events:
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE", "LAST-MODIFIED"} <= set(ve)
        start = ve.start
        if isinstance(start, datetime):
            assert start.tzinfo is not None and ve["DTSTART"].params["TZID"] == "Asia/Ashgabat"


def test_the_same_data_and_options_give_the_same_bytes(event: Event, bundled_event: Event) -> None:
    first = _export(event, "all+alarm").data
    again = _export(sample_event(replace(bundled_event)), "all+alarm").data
    assert first == again
    assert _export(event, "all").data != first  # options change the file


def test_the_vtimezone_of_asia_ashgabat_is_embedded(event: Event) -> None:
    cal = icalendar.Calendar.from_ical(_export(event, "day-13").data)
    zones = cal.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Asia/Ashgabat"]
    assert {o["TZOFFSETTO"].td for o in zones[0].walk() if "TZOFFSETTO" in o} == {timedelta(hours=5)}


def test_an_all_day_only_export_needs_no_time_zone(event: Event) -> None:
    cal = icalendar.Calendar.from_ical(_export(event, "session-all-day").data)
    assert cal.walk("VTIMEZONE") == []


# --- fields --------------------------------------------------------------------------------------------------


def _vevent(data: bytes, uid: str) -> icalendar.Event:
    cal = icalendar.Calendar.from_ical(data)
    return next(e for e in cal.events if str(e["UID"]) == uid)


def test_a_timed_session_carries_every_field_unescaped(event: Event) -> None:
    ve = _vevent(_export(event, "session-timed").data, "sample-exact@caccc-2025.companion")
    assert str(ve["SUMMARY"]) == TRICKY_TITLE  # the library escaped and unescaped; nothing pre-escaped
    assert ve.start == datetime(2025, 5, 14, 10, 0, tzinfo=ASHGABAT)
    assert ve.end - ve.start == timedelta(minutes=90)
    assert str(ve["LOCATION"]) == "Hall A, ground floor, Yyldyz Hotel, Ashgabat"
    assert str(ve["STATUS"]) == "CONFIRMED"
    assert int(ve["SEQUENCE"]) == 3
    description = str(ve["DESCRIPTION"])
    assert "Line two; with, punctuation \\ and a backslash." in description
    assert LONG_KAZAKH.strip() in description
    assert "Line one.\nLine two" in description
    assert "Stray control bytes from a real schedule." in description  # RFC 5545 TEXT allows no controls
    assert "Charygeldi Babanyazov (Welcome remarks)" in description
    first_source = event.sources[event.session("sample-exact").sources[0]]
    assert first_source.url in description
    assert str(ve["URL"]) == first_source.url
    assert ve.categories == ["Ceremony", "Water and energy"]


def test_an_indicative_time_is_tentative_and_says_so(event: Event) -> None:
    ve = _vevent(_export(event, "day-13").data, "opening-ceremony@caccc-2025.companion")
    assert str(ve["STATUS"]) == "TENTATIVE"
    assert "indicative" in str(ve["SUMMARY"])
    assert str(ve["DESCRIPTION"]).startswith("Indicative time")
    assert str(ve["LOCATION"]).startswith("Room not published, Yyldyz Hotel")


def test_a_session_without_a_time_is_all_day_on_its_day_and_never_gets_an_alarm(event: Event) -> None:
    data = _export(event, "all+alarm").data
    ve = _vevent(data, "resiland-rac-3@caccc-2025.companion")
    assert ve.start == date(2025, 5, 13) and not isinstance(ve.start, datetime)
    assert ve.end == date(2025, 5, 14)
    assert str(ve["TRANSP"]) == "TRANSPARENT"
    assert "time not published" in str(ve["SUMMARY"])
    assert str(ve["DESCRIPTION"]).startswith("Time not published")
    assert ve.walk("VALARM") == []


def test_sessions_without_a_published_date_are_left_out_and_named(event: Event) -> None:
    result = _export(event, "all")
    undated = {s.id for s in event.sessions if s.day is None}
    assert undated and {s.id for s in result.skipped} == undated
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(result.data).events}
    assert not any(session_uid(event, sid) in uids for sid in undated)
    assert len(uids) == len([s for s in event.sessions if s.day is not None])


def test_an_alarm_only_when_asked_with_action_trigger_and_description(event: Event) -> None:
    assert b"BEGIN:VALARM" not in _export(event, "all").data
    ve = _vevent(_export(event, "all+alarm").data, "sample-exact@caccc-2025.companion")
    (alarm,) = ve.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(minutes=-15)
    assert TRICKY_TITLE in str(alarm["DESCRIPTION"])


def test_a_changed_session_supersedes_the_old_copy(event: Event) -> None:
    old = _vevent(_export(event, "session-timed").data, "sample-exact@caccc-2025.companion")
    moved = replace(
        event,
        data_version="2025-05-16.2",
        sessions=tuple(
            replace(s, start=s.start + timedelta(hours=1), end=s.end + timedelta(hours=1), revision=4)
            if s.id == "sample-exact" and s.start and s.end else s
            for s in event.sessions
        ),
    )
    new = _vevent(_export(moved, "session-timed").data, "sample-exact@caccc-2025.companion")
    assert new["UID"] == old["UID"]
    assert int(new["SEQUENCE"]) > int(old["SEQUENCE"])
    assert new["DTSTAMP"].dt > old["DTSTAMP"].dt
    assert new["LAST-MODIFIED"].dt > old["LAST-MODIFIED"].dt


def test_uids_name_the_session_and_the_event(event: Event) -> None:
    assert session_uid(event, "opening-ceremony") == "opening-ceremony@caccc-2025.companion"
    assert parse_session_uid("opening-ceremony@caccc-2025.companion") == ("caccc-2025", "opening-ceremony")
    assert parse_session_uid("1234@google.com") is None


def test_unknown_session_ids_are_refused(event: Event) -> None:
    with pytest.raises(UnknownSessionsError, match="no-such-session"):
        export_scope(event, ExportScope.of_sessions(["opening-ceremony", "no-such-session"]))


def test_calendar_name_says_what_was_exported(event: Event) -> None:
    english = export_scope(event, _scope(event, "starred"), ExportOptions())
    assert str(icalendar.Calendar.from_ical(english.data)["X-WR-CALNAME"]) == "CACCC-2025 — starred sessions"
    kazakh = icalendar.Calendar.from_ical(_export(event, "starred+alarm").data)
    assert str(kazakh["X-WR-CALNAME"]).endswith("белгіленген сессиялар")  # in the export's language


def test_starred_export_holds_exactly_the_starred_sessions_with_a_date(event: Event) -> None:
    cal = icalendar.Calendar.from_ical(_export(event, "starred+alarm").data)
    wanted = {session_uid(event, sid) for sid in _starred(event) if event.session(sid).day is not None}
    assert {str(e["UID"]) for e in cal.events} == wanted


def test_starred_sessions_without_a_date_are_listed_on_the_calendar_in_a_fixed_order(
    event: Event, bundled_event: Event
) -> None:
    undated = sorted(s.id for s in bundled_event.sessions if s.day is None)[:2]
    assert len(undated) == 2
    starred = ExportScope.of_starred(["opening-ceremony", *reversed(undated)])
    data = export_scope(event, starred, ExportOptions()).data
    cal = icalendar.Calendar.from_ical(data)
    assert [str(v) for v in cal["X-COMPANION-STARRED"]] == [session_uid(event, sid) for sid in undated]
    assert {str(e["UID"]) for e in cal.events} == {session_uid(event, "opening-ceremony")}
    again = export_scope(sample_event(replace(bundled_event)), starred, ExportOptions()).data
    assert again == data
    # other scopes never carry the list
    everything = icalendar.Calendar.from_ical(export_scope(event, ExportScope.everything()).data)
    assert "X-COMPANION-STARRED" not in everything


# --- independent readers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_vobject_reads_every_export_at_the_intended_instants(event: Event, kind: str) -> None:
    result = _export(event, kind)
    cal = vobject.readOne(result.data.decode("utf-8"), validate=True)
    got = {
        str(ve.uid.value): ve.dtstart.value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        for ve in cal.vevent_list
        if isinstance(ve.dtstart.value, datetime)
    }
    assert got == intended_utc(event, result)


def test_ten_in_ashgabat_is_five_utc_for_vobject(event: Event) -> None:
    cal = vobject.readOne(_export(event, "session-timed").data.decode("utf-8"))
    assert cal.vevent.dtstart.value.astimezone(UTC) == datetime(2025, 5, 14, 5, 0, tzinfo=UTC)


def _ical_js() -> list[str]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed, so Mozilla ical.js cannot run")
    if not (READERS / "node_modules" / "ical.js").is_dir():
        pytest.skip("ical.js is not installed: run `npm install --prefix tests/ics_readers ical.js`")
    return [node, str(READERS / "ical_events.mjs")]


def _libical() -> list[str]:
    system_python = Path("/usr/bin/python3")
    if not system_python.exists():
        pytest.skip("/usr/bin/python3 is missing, so libical (ICalGLib) cannot run")
    probe = subprocess.run([str(system_python), "-c", "import gi; gi.require_version('ICalGLib', '3.0')"],
                           capture_output=True)
    if probe.returncode:
        pytest.skip("libical's GObject bindings are missing (Debian: gir1.2-ical-3.0 python3-gi)")
    return [str(system_python), str(READERS / "libical_events.py")]


def _run_reader(command: list[str], path: Path, zone: str) -> dict:  # type: ignore[type-arg]
    env = {**os.environ, "TZ": zone}
    done = subprocess.run([*command, str(path)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, f"{command[-1]} failed on {path.name} (TZ={zone}): {done.stderr[-500:]}"
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_ical_js_places_every_event_at_its_instant_in_any_local_zone(event: Event, kind: str,
                                                                        tmp_path: Path) -> None:
    command = _ical_js()
    result = _export(event, kind)
    path = tmp_path / "export.ics"
    path.write_bytes(result.data)
    wanted = intended_utc(event, result)
    for zone in READER_ZONES:
        out = _run_reader(command, path, zone)
        assert out["method"] in (None, "PUBLISH")
        timed = {e["uid"]: e["utc_start"] for e in out["events"] if not e["is_date"]}
        assert timed == wanted, f"ical.js under TZ={zone}"
        assert all(e["tzid"] == "Asia/Ashgabat" for e in out["events"] if not e["is_date"])
        all_day = {e["uid"]: e["local_start"] for e in out["events"] if e["is_date"]}
        assert all_day == {session_uid(event, s): s.day.isoformat() for s in result.all_day if s.day}
        if EXPORTS[kind][1].alarm_minutes is not None:
            assert all(a["action"] == "DISPLAY" and a["description"] for e in out["events"] for a in e["alarms"])


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_libical_reads_every_export_without_errors_at_its_instants(event: Event, kind: str,
                                                                     tmp_path: Path) -> None:
    command = _libical()
    result = _export(event, kind)
    path = tmp_path / "export.ics"
    path.write_bytes(result.data)
    wanted = intended_utc(event, result)
    for zone in READER_ZONES:
        out = _run_reader(command, path, zone)
        assert out["errors"] == [] and out["restriction_errors"] == []
        timed = {e["uid"]: e["utc_start"] for e in out["events"] if not e["is_date"]}
        assert timed == wanted, f"libical under TZ={zone}"
        assert not any(e["floating"] for e in out["events"] if not e["is_date"])


def test_the_readers_catch_a_floating_time(tmp_path: Path) -> None:
    """The reader checks can fail: a file without its VTIMEZONE is placed by the reader's own zone."""
    command = _ical_js()
    path = tmp_path / "floating.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:x@test\r\n"
        b"DTSTAMP:20250101T000000Z\r\nDTSTART;TZID=Asia/Ashgabat:20250514T100000\r\n"
        b"DTEND;TZID=Asia/Ashgabat:20250514T110000\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    starts = {_run_reader(command, path, zone)["events"][0]["utc_start"] for zone in ("UTC", "Asia/Tokyo")}
    assert starts != {"2025-05-14T05:00:00Z"}


@pytest.mark.parametrize("name", ["36c3.schedule.json", "fosdem2021.schedule.xml"])
def test_a_real_schedule_exports_every_event_at_its_instant(realdata: Path, tmp_path: Path, name: str) -> None:
    """Real schedules carry stray control characters, long abstracts and other zones: every reader must agree."""
    from companion.sources import load_event

    event = load_event(realdata / name)
    result = export_scope(event, ExportScope.everything(), ExportOptions(alarm_minutes=10))
    assert result.event_count == len([s for s in event.sessions if s.day is not None])
    data = result.data
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    cal = icalendar.Calendar.from_ical(data)
    assert [(c.name, c.errors) for c in cal.walk() if c.errors] == []
    wanted = intended_utc(event, result)
    parsed = vobject.readOne(data.decode("utf-8"))
    got = {
        str(ve.uid.value): ve.dtstart.value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        for ve in parsed.vevent_list
        if isinstance(ve.dtstart.value, datetime)
    }
    assert got == wanted
    path = tmp_path / "real.ics"
    path.write_bytes(data)
    if shutil.which("node") and (READERS / "node_modules" / "ical.js").is_dir():
        out = _run_reader([shutil.which("node") or "node", str(READERS / "ical_events.mjs")], path, "America/New_York")
        assert {e["uid"]: e["utc_start"] for e in out["events"] if not e["is_date"]} == wanted
