"""Time the calendar export of the 36C3 stand-in (1,351 sessions) against building the same events with icalendar.

Input: tests/data/36c3.schedule.json (``--schedule FILE`` for another event file). Runs are paired (the three
builds one after the other, the order rotating) and each figure is the median of its runs; the ratios are from
the same runs.

- ``companion``: ``exports.ical.export_scope(event, everything)`` — VEVENTs with description, location,
  categories, DTSTAMP/SEQUENCE/LAST-MODIFIED, status, URL, the VTIMEZONE, serialised to bytes;
- ``icalendar only``: the same sessions as VEVENTs with UID, DTSTAMP, DTSTART/DTEND, SUMMARY, LOCATION and
  DESCRIPTION set straight on ``icalendar.Event``, the same VTIMEZONE range, one ``to_ical()``: the floor the
  library sets (goal: companion at most 1.2x);
- ``plain strings``: those seven properties written with f-strings, no escaping and no folding (not a valid
  file): what writing text costs at all.

    python benchmarks/ics_export.py [--repeat 7] [--schedule FILE]
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

STANDIN = Path(__file__).resolve().parents[1] / "tests" / "data" / "36c3.schedule.json"
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
        room = event.rooms.get(s.room_id) if s.room_id is not None else None
        ve.add("location", pick(room.name) if room is not None else "")
        ve.add("description", pick(s.description))
        cal.add_component(ve)
    years = [s.start.year for s in event.sessions if s.start is not None]
    cal.add_missing_timezones(first_date=date(min(years), 1, 1), last_date=date(max(years) + 1, 1, 1))
    data: bytes = cal.to_ical()
    return data


def plain_strings(event: Event) -> bytes:
    """The seven properties of :func:`icalendar_only` as f-strings: no escaping, no folding, no VTIMEZONE."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN"]
    for s in event.sessions:
        if s.start is None or s.end is None:
            continue
        place = event.rooms.get(s.room_id) if s.room_id is not None else None
        room = pick(place.name) if place is not None else ""
        lines += [
            "BEGIN:VEVENT", f"UID:{s.id}@{event.id}", "DTSTAMP:20250515T000000Z",
            f"DTSTART:{s.start:%Y%m%dT%H%M%S}", f"DTEND:{s.end:%Y%m%dT%H%M%S}", f"SUMMARY:{pick(s.title)}",
            f"LOCATION:{room}", f"DESCRIPTION:{pick(s.description)}", "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def paired(runs: dict[str, Callable[[], bytes]], repeat: int) -> tuple[dict[str, float], dict[str, int]]:
    """Median seconds of each run over ``repeat`` rounds (each round runs all, in a rotating order)."""
    names = list(runs)
    samples: dict[str, list[float]] = {name: [] for name in names}
    sizes = {name: len(runs[name]()) for name in names}  # warm
    for n in range(repeat):
        for name in names[n % len(names):] + names[: n % len(names)]:
            t0 = time.perf_counter()
            runs[name]()
            samples[name].append(time.perf_counter() - t0)
    return {name: statistics.median(times) for name, times in samples.items()}, sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--schedule", type=Path, help="an event file to export instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.schedule or (STANDIN if STANDIN.exists() else generated_event(Path(tmp)))
        event = load_event(path)
    timed = sum(1 for s in event.sessions if s.start is not None)
    print(f"{path.name}: {len(event.sessions)} sessions ({timed} timed), zone {event.timezone}")
    medians, sizes = paired(
        {
            "companion": lambda: export_scope(event, ExportScope.everything()).data,
            "icalendar only": lambda: icalendar_only(event),
            "plain strings": lambda: plain_strings(event),
        },
        args.repeat,
    )
    ours = medians["companion"]
    print(f"median of {args.repeat} paired runs:")
    for name, seconds in medians.items():
        ratio = "" if name == "companion" else f"   companion / this: {ours / seconds:5.2f}x"
        print(f"  {name:<16}{seconds:7.3f} s  {sizes[name] / 1e6:5.2f} MB{ratio}")
    print("  (goal: companion at most 1.2x icalendar only)")


if __name__ == "__main__":
    main()
