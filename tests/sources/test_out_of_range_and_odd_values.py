"""Issue 12, items 2 and 3: values at the edges of what Python can hold end in a skipped session or a file
error with its place, never a traceback; the rest of the file opens."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from companion.cli import main
from companion.domain.message import Message
from companion.resources import bundled_event_path
from companion.sources import EventFileError
from companion.sources.errors import CalendarFileError
from companion.sources.ical_stars import read_stars
from companion.sources.loader import load_event_with_report

GOOD = {"id": 1, "guid": "good-1", "title": "Opening", "date": "2025-05-13T10:00:00+02:00", "start": "10:00",
        "duration": "00:30", "room": "A"}


def frab_json(tmp_path: Path, bad: dict[str, str], zone: str = "Europe/Berlin") -> Path:
    session = {"id": 2, "guid": "bad-2", "title": "Broken", "start": "10:00", "room": "A", **bad}
    doc = {"schedule": {"version": "1", "conference": {
        "title": "T", "acronym": "t", "time_zone_name": zone,
        "days": [{"index": 1, "date": "2025-05-13", "rooms": {"A": [GOOD, session]}}]}}}
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path


def frab_xml(tmp_path: Path, bad: dict[str, str], zone: str = "Europe/Berlin") -> Path:
    fields = "".join(f"<{k}>{v}</{k}>" for k, v in bad.items())
    path = tmp_path / "schedule.xml"
    path.write_text(
        f"<schedule><version>1</version><conference><title>T</title><acronym>t</acronym>"
        f"<time_zone_name>{zone}</time_zone_name></conference>"
        f'<day index="1" date="2025-05-13"><room name="A">'
        f'<event id="1" guid="good-1"><date>2025-05-13T10:00:00+02:00</date><start>10:00</start>'
        f"<duration>00:30</duration><title>Opening</title></event>"
        f'<event id="2" guid="bad-2"><start>10:00</start><title>Broken</title>{fields}</event>'
        f"</room></day></schedule>",
        "utf-8",
    )
    return path


def ical(tmp_path: Path, bad_lines: str, name: str = "schedule.ics") -> Path:
    path = tmp_path / name
    path.write_bytes(
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
            "BEGIN:VEVENT\r\nUID:good-1\r\nSUMMARY:Opening\r\nDTSTART:20250515T100000Z\r\n"
            "DTEND:20250515T110000Z\r\nEND:VEVENT\r\n"
            f"BEGIN:VEVENT\r\nUID:bad-2\r\nSUMMARY:Broken\r\n{bad_lines}END:VEVENT\r\nEND:VCALENDAR\r\n"
        ).encode()
    )
    return path


OUT_OF_RANGE_FRAB = [
    pytest.param({"date": "2025-05-13T10:00:00+02:00", "duration": "12345678901234567890"}, id="20-digit-duration"),
    pytest.param({"date": "2025-05-13T10:00:00+02:00", "duration": "999999999:00"}, id="999999999-hours"),
    pytest.param({"date": "9999-12-31T23:50:00", "duration": "00:30"}, id="9999-12-31-plus-duration"),
    pytest.param({"date": "9999-12-31T23:50:00+00:00", "duration": "00:30"}, id="9999-12-31-utc-plus-duration"),
    pytest.param({"date": "0001-01-01T00:10+14:00", "duration": "00:30"}, id="year-1-east-of-utc"),
    pytest.param({"date": "2025-05-13T10:00:00+02:00", "end": "9999-12-31T23:59:59-12:00"}, id="end-9999"),
]


def _only_good_opened(path: Path, zone: str | None = None) -> str:
    event, report = load_event_with_report(path, fallback_zone=zone)
    assert [s.id for s in event.sessions] == ["good-1"]
    assert len(report.skipped) == 1
    item = report.skipped[0]
    assert isinstance(item.reason, Message)  # translatable, not bare English
    assert "out of range" in str(item.reason)
    return str(item.location)


@pytest.mark.parametrize("bad", OUT_OF_RANGE_FRAB)
def test_frab_json_session_out_of_range_is_skipped_and_reported(tmp_path: Path, bad: dict[str, str]) -> None:
    assert "(id 2)" in _only_good_opened(frab_json(tmp_path, bad))


@pytest.mark.parametrize("bad", OUT_OF_RANGE_FRAB)
def test_frab_xml_session_out_of_range_is_skipped_and_reported(tmp_path: Path, bad: dict[str, str]) -> None:
    assert "(id 2)" in _only_good_opened(frab_xml(tmp_path, bad))


@pytest.mark.parametrize(
    "bad_lines",
    [
        pytest.param("DTSTART;TZID=Pacific/Pago_Pago:99991231T230000\r\nDURATION:PT1H\r\n", id="pago-pago-9999"),
        pytest.param("DTSTART:20250515T100000Z\r\nDURATION:P999999999D\r\n", id="999999999-days"),
        pytest.param("DTSTART:99991231T235000Z\r\nDURATION:PT30M\r\n", id="9999-utc-plus-30-minutes"),
        pytest.param("DTSTART;VALUE=DATE:18000101\r\n", id="all-day-in-1800"),
    ],
)
def test_ical_session_out_of_range_is_skipped_and_reported(tmp_path: Path, bad_lines: str) -> None:
    assert "UID bad-2" in _only_good_opened(ical(tmp_path, bad_lines))


def test_day_out_of_range_is_skipped_not_fatal(tmp_path: Path) -> None:
    path = frab_xml(tmp_path, {"date": "2025-05-13T10:00:00+02:00", "duration": "00:30"})
    path.write_text(path.read_text("utf-8").replace(
        "</day>", '</day><day index="2" date="9999-12-31" start="9999-12-31T23:00:00+14:00"></day>'), "utf-8")
    event, report = load_event_with_report(path)
    assert len(event.sessions) == 2 and [d.date.year for d in event.days] == [2025]
    assert any("out of range" in str(item) for item in report.skipped)


def test_companion_event_file_date_out_of_range_names_the_place(tmp_path: Path) -> None:
    doc = json.loads(bundled_event_path().read_text("utf-8"))
    index = next(i for i, s in enumerate(doc["sessions"]) if s["start"])
    doc["sessions"][index]["start"] = "9999-12-31T23:50:00"
    doc["sessions"][index]["end"] = "9999-12-31T23:59:00"
    doc["sessions"][index]["day"] = "9999-12-31"
    path = tmp_path / "event.json"
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(EventFileError) as info:
        load_event_with_report(path)
    assert str(info.value.location) == f"$.sessions[{index}].start"
    assert "out of range" in str(info.value.problem)


def test_diff_of_a_file_with_an_out_of_range_session_compares_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    old = frab_xml(tmp_path / "a", {"date": "2025-05-13T10:00:00+02:00", "duration": "12345678901234567890"})
    new = frab_xml(tmp_path / "b", {"date": "2025-05-13T10:00:00+02:00", "duration": "00:30"})
    assert main(["diff", str(old), str(new)]) == 1  # a real change: the skipped session is new in NEW
    assert "Broken" in capsys.readouterr().out


@pytest.mark.parametrize("special", ["/dev/zero", "directory", "comma.ics"])
def test_diff_exits_2_when_a_file_cannot_be_read(
    tmp_path: Path, special: str, capsys: pytest.CaptureFixture[str]
) -> None:
    good = frab_xml(tmp_path, {"date": "2025-05-13T10:00:00+02:00", "duration": "00:30"})
    if special == "directory":
        special = str(tmp_path)
    elif special == "comma.ics":
        special = str(ical(tmp_path, "DTSTART;VALUE=DA,TE:20250515\r\n", "comma.ics"))
    with pytest.raises(SystemExit) as info:
        main(["diff", special, str(good)])
    assert info.value.code == 2
    assert "cannot open" in capsys.readouterr().err


# -- item 3: zone names, long numbers, surrogates, odd iCalendar parameters ---------------------------------


@pytest.mark.parametrize("zone", ["Europe", "A" * 300, "Europe/../../etc", "/etc/passwd", "Europe/Berlin\x00"])
def test_a_zone_name_that_is_a_folder_or_too_long_is_just_unknown(tmp_path: Path, zone: str) -> None:
    event, report = load_event_with_report(frab_json(tmp_path, {}, zone=zone))
    assert event.timezone == "Etc/GMT-2"  # no such zone: the one offset its dates carry (+02:00) is used
    assert any("not a known IANA zone" in str(note) and len(str(note)) < 200 for note in report.notes)


@pytest.mark.parametrize("zone", ["Europe", "A" * 300])
def test_tz_option_that_is_a_folder_or_too_long_is_refused_with_a_message(
    tmp_path: Path, zone: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = frab_json(tmp_path, {}, zone="")
    with pytest.raises(EventFileError) as info:
        load_event_with_report(path, fallback_zone=zone)
    assert "unknown time zone" in str(info.value.problem)
    with pytest.raises(SystemExit) as exit_info:
        main(["diff", str(path), str(path), "--tz", zone])
    assert exit_info.value.code == 2
    assert "unknown time zone" in capsys.readouterr().err


def test_companion_event_file_zone_that_is_a_folder(tmp_path: Path) -> None:
    doc = json.loads(bundled_event_path().read_text("utf-8"))
    doc["event"]["timezone"] = "Europe"
    path = tmp_path / "event.json"
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(EventFileError) as info:
        load_event_with_report(path)
    assert str(info.value.location) == "$.event.timezone"


def test_a_5000_digit_json_number_is_a_file_error_with_its_place(tmp_path: Path) -> None:
    path = frab_json(tmp_path, {})
    text = path.read_text("utf-8").replace('"id": 2', '"id": ' + "7" * 5000)
    path.write_text(text, "utf-8")
    with pytest.raises(EventFileError) as info:
        load_event_with_report(path)
    assert str(info.value.location) == f"line 1, column {text.index('7' * 100) + 1}"
    assert "5000 digits" in str(info.value.problem)


def test_a_lone_surrogate_is_mended_so_the_event_can_be_written_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], state_conn: sqlite3.Connection
) -> None:
    from companion.store.events import KnownEvents

    path = frab_json(tmp_path, {"title": "Bro\\ud800ken \\ud83d\\ude00", "date": "2025-05-13T11:00:00+02:00"})
    escaped = path.read_text("utf-8").replace("Bro\\\\ud800ken \\\\ud83d\\\\ude00", "Bro\\ud800ken \\ud83d\\ude00")
    path.write_text(escaped, "utf-8")
    event, _ = load_event_with_report(path)
    titles = sorted(s.title["en"] for s in event.sessions)
    assert titles == ["Bro\ufffdken \U0001f600", "Opening"]  # the lone half replaced, the valid pair kept
    KnownEvents(state_conn).remember(event, path)
    assert main(["--event", str(path), "agenda", "--json"]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")
    assert "Bro\ufffdken" in json.loads(out)[1]["title"] or "Bro\ufffdken" in out


def test_a_comma_in_an_ical_parameter_is_a_file_error(tmp_path: Path) -> None:
    with pytest.raises(EventFileError) as info:
        load_event_with_report(ical(tmp_path, "DTSTART;VALUE=DA,TE:20250515\r\n"))
    assert "not a readable iCalendar file" in str(info.value.problem)


def test_a_comma_in_an_ical_parameter_in_a_star_file_is_a_file_error(
    tmp_path: Path, bundled_event: object, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ical(tmp_path, "DTSTART;VALUE=DA,TE:20250515\r\n", "stars.ics")
    with pytest.raises(CalendarFileError) as info:
        read_stars(path, bundled_event)  # type: ignore[arg-type]
    assert "not a valid calendar file" in str(info.value.problem)
    assert main(["import-stars", str(path)]) != 0
    assert "stars.ics" in capsys.readouterr().err
