"""iCalendar schedules: TZIDs without VTIMEZONE, odd parameters, UTC times, cancelled and all-day entries."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from companion.domain.event import TimeStatus
from companion.sources.loader import load_event_with_report
from companion.sources.report import ZoneSource

ODD = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:Odd Conf 2026\r\n"
    "BEGIN:VEVENT\r\nUID:a@odd\r\nSUMMARY;CHARSET=UTF-8;LANGUAGE=ru:Открытие\r\n"
    "DTSTART;TZID=Asia/Ashgabat:20260512T093000\r\nDTEND;TZID=Asia/Ashgabat:20260512T103000\r\n"
    "LOCATION;CHARSET=UTF-8:Hall A\r\nCATEGORIES:Plenary,Main\r\n"
    'ATTENDEE;CN="Aýna Myradowa";ROLE=REQ-PARTICIPANT:mailto:a@example.org\r\n'
    "ATTENDEE;CN=Berdi:mailto:b@example.org\r\nURL:https://example.org/a\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@odd\r\nSUMMARY:Panel\r\nDTSTART:20260512T080000Z\r\nDURATION:PT45M\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:c@odd\r\nSUMMARY:Dropped\r\nSTATUS:CANCELLED\r\n"
    "DTSTART;TZID=Asia/Ashgabat:20260512T120000\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:d@odd\r\nSUMMARY:Exhibition\r\nDTSTART;VALUE=DATE:20260513\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:e@odd\r\nSUMMARY:Mystery zone\r\nDTSTART;TZID=Mars/Olympus:20260513T100000\r\n"
    "DTEND;TZID=Mars/Olympus:20260513T110000\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_kielux_every_session_with_people_and_rooms(realdata: Path) -> None:
    path = realdata / "kielux2020.ics"
    event, report = load_event_with_report(path)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    vevents = list(cal.walk("VEVENT"))
    assert len(event.sessions) == len(vevents) == 24
    for ev in vevents:
        session = event.session(str(ev["UID"]))
        assert session.start == ev.decoded("DTSTART") and session.end == ev.decoded("DTEND")
        assert event.rooms[session.room_id or ""].name["en"] == str(ev["LOCATION"])
        assert session.title["en"] == " ".join(str(ev["SUMMARY"]).split())
    assert event.session("467@KOLT20").participants[0].person_id in event.people
    assert event.people[event.session("467@KOLT20").participants[0].person_id].name == "Jürgen Groß"
    assert report.zone_source is ZoneSource.FALLBACK and event.timezone == "UTC"
    kiel, chosen = load_event_with_report(path, fallback_zone="Europe/Berlin")
    assert chosen.zone_source is ZoneSource.CHOSEN
    assert kiel.session("460@KOLT20").start == datetime(2020, 9, 18, 13, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def test_tzid_without_vtimezone_and_odd_parameters(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_text(ODD, "utf-8")
    event, report = load_event_with_report(path)
    zone = ZoneInfo("Asia/Ashgabat")
    assert event.timezone == "Asia/Ashgabat" and report.zone_source is ZoneSource.FILE
    opening = event.session("a@odd")
    assert opening.title == {"en": "Открытие"}
    assert opening.start == datetime(2026, 5, 12, 9, 30, tzinfo=zone)
    assert [event.people[p.person_id].name for p in opening.participants] == ["Aýna Myradowa", "Berdi"]
    assert event.tracks[opening.track_id or ""].name == {"en": "Plenary"}
    panel = event.session("b@odd")
    assert panel.start == datetime(2026, 5, 12, 13, 0, tzinfo=zone) and panel.duration == timedelta(minutes=45)
    assert "c@odd" not in event.sessions_by_id
    assert any("CANCELLED" in str(item.reason) for item in report.skipped)
    exhibition = event.session("d@odd")
    assert exhibition.day == date(2026, 5, 13) and exhibition.start is None
    assert exhibition.time_status is TimeStatus.UNKNOWN
    mystery = event.session("e@odd")
    assert mystery.start == datetime(2026, 5, 13, 10, 0, tzinfo=zone)
    assert any("Mars/Olympus" in str(note) for note in report.notes)
    assert event.id == "odd-conf-2026"
