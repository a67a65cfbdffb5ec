"""Time the calendar export of a 1,351-session schedule against building the same events with icalendar alone.

Input: ../shared/realdata/36c3.schedule.json (1,351 events) read by ``companion.sources.load_event`` when it
is there; otherwise a generated companion-event/1 file of 1,351 timed sessions written to a temporary folder.

    python benchmarks/ics_export.py [--repeat 5] [--schedule FILE]

Prints the median and best wall time of
- ``companion``: ``exports.ical.export_scope(event, everything)`` — VEVENTs with description, location,
  categories, DTSTAMP/SEQUENCE/LAST-MODIFIED, VTIMEZONE, serialised to bytes;
- ``icalendar only``: the same sessions as VEVENTs with UID, DTSTAMP, DTSTART/DTEND, SUMMARY, LOCATION and
  DESCRIPTION set straight on ``icalendar.Event``, the same VTIMEZONE range, one ``to_ical()``: the floor
  the library sets.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar

from companion.domain.event import Event
from companion.domain.text import pick
from companion.exports.ical import ExportScope, export_scope
from companion.sources import load_event

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "36c3.schedule.json"
SIZE = 1351


def generated_event(folder: Path, size: int = SIZE) -> Path:
    """A companion-event/1 file with ``size`` timed sessions over four days in eight rooms."""
    rooms = [{"id": f"room-{r}", "name": {"en": f"Hall {r}"}} for r in range(8)]
    sessions = []
    for i in range(size):
        day = 13 + (i % 4)
        start = datetime(2025, 5, day, 9, 0) + timedelta(minutes=30 * ((i // 32) % 20))
        sessions.append({
            "id": f"talk-{i:04d}",
            "type": "talk",
            "day": f"2025-05-{day}",
            "start": start.isoformat(timespec="minutes"),
            "end": (start + timedelta(minutes=45)).isoformat(timespec="minutes"),
            "time_status": "exact",
            "room": f"room-{i % 8}",
            "title": {"en": f"Talk {i}: climate finance, water and energy in Central Asia", "ru": f"Доклад {i}"},
            "description": {"en": "A generated session for timing the export. " * 8},
            "participants": [{"person": f"p-{i % 200}", "role": {"en": "Speaker"}}],
            "sources": ["S1"],
        })
    data = {
        "format": "companion-event/1",
        "data_version": "2025-05-15.1",
        "event": {
            "id": "bench-1351", "name": {"en": "Benchmark conference"}, "timezone": "Asia/Ashgabat",
            "start_date": "2025-05-13", "end_date": "2025-05-16", "venue": {"en": "Yyldyz Hotel"},
            "city": {"en": "Ashgabat"}, "sources": ["S1"],
        },
        "days": [{"date": f"2025-05-{d}"} for d in range(13, 17)],
        "types": [{"id": "talk", "name": {"en": "Talk"}}],
        "rooms": rooms,
        "sessions": sessions,
        "people": [{"id": f"p-{p}", "names": [f"Speaker {p}"]} for p in range(200)],
        "sources": [{"id": "S1", "url": "https://example.org/programme", "title": "Programme"}],
    }
    path = folder / "bench-1351.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def icalendar_only(event: Event) -> bytes:
    """The same sessions with icalendar and nothing else: the library's own cost."""
    cal = icalendar.Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", "-//bench//EN")
    stamp = datetime(2025, 5, 15, tzinfo=UTC)
    for s in event.sessions:
        if s.start is None or s.end is None:
            continue
        ve = icalendar.Event()
        ve.add("uid", f"{s.id}@{event.id}")
        ve.add("dtstamp", stamp)
        ve.add("dtstart", s.start)
        ve.add("dtend", s.end)
        ve.add("summary", pick(s.title))
        ve.add("location", pick(event.rooms[s.room_id].name) if s.room_id in event.rooms else "")
        ve.add("description", pick(s.description))
        cal.add_component(ve)
    years = [s.start.year for s in event.sessions if s.start is not None]
    cal.add_missing_timezones(first_date=date(min(years), 1, 1), last_date=date(max(years) + 1, 1, 1))
    return cal.to_ical()


def measure(label: str, run: Callable[[], bytes], repeat: int) -> None:
    times = []
    size = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        size = len(run())
        times.append(time.perf_counter() - t0)
    print(f"{label:<16} median {statistics.median(times):6.3f} s   best {min(times):6.3f} s   {size / 1e6:5.2f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--schedule", type=Path, help="an event file to export instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.schedule or (REALDATA if REALDATA.exists() else generated_event(Path(tmp)))
        try:
            event = load_event(path)
        except Exception as exc:  # a reader for that format may not exist yet
            print(f"cannot read {path.name} ({exc}); using a generated event")
            path = generated_event(Path(tmp))
            event = load_event(path)
        timed = sum(1 for s in event.sessions if s.start is not None)
        print(f"{path.name}: {len(event.sessions)} sessions ({timed} timed), zone {event.timezone}")
        measure("companion", lambda: export_scope(event, ExportScope.everything()).data, args.repeat)
        measure("icalendar only", lambda: icalendar_only(event), args.repeat)


if __name__ == "__main__":
    main()
