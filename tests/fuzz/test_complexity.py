"""No reader slows down faster than its input grows: four times the input may take at most ten times the CPU
time (linear is four, quadratic sixteen), on inputs shaped to hit the slow paths a hostile file could find
(many names with one slug, one id repeated, one person spelt many ways, one huge delegation, many unknown
UIDs, many VEVENTs after long folded lines).

CPU time (not wall time), best of three, and a 2.5× margin over linear: a busy machine does not make it fail,
while the quadratic reading of iCalendar line numbers (issue 12, item 5) did, at 4,000 events by a factor of 8.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fuzz_support import ROOT, readers

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
"""Digits that slug away to nothing: every room, person and track named with them shares one slug."""


def _same_slug(word: str, n: int) -> str:
    return f"{word} {str(n).translate(ARABIC_DIGITS)}"


def frab_xml(n: int) -> bytes:
    events = "".join(
        f'<room name="{_same_slug("Room", i)}"><event id="{i}" guid="same-guid">'
        f"<date>2025-05-13T10:00:00+05:00</date><start>10:00</start><duration>00:30</duration>"
        f"<title>Talk {i}</title><track>{_same_slug('Track', i)}</track>"
        f'<persons><person id="7">{_same_slug("Speaker", i)}</person></persons></event></room>'
        for i in range(n)
    )
    return (f"<schedule><version>1</version><conference><title>C</title><acronym>c</acronym>"
            f"<time_zone_name>Asia/Ashgabat</time_zone_name></conference>"
            f'<day index="1" date="2025-05-13">{events}</day></schedule>').encode()


def schedule_json(n: int) -> bytes:
    rooms = {
        _same_slug("Room", i): [{
            "id": i, "guid": "same-guid", "title": f"Talk {i}", "date": "2025-05-13T10:00:00+05:00",
            "start": "10:00", "duration": "00:30", "track": _same_slug("Track", i),
            "persons": [{"id": 7, "public_name": _same_slug("Speaker", i)}],
        }]
        for i in range(n)
    }
    doc = {"schedule": {"version": "1", "conference": {
        "title": "C", "acronym": "c", "time_zone_name": "Asia/Ashgabat",
        "days": [{"index": 1, "date": "2025-05-13", "rooms": rooms}]}}}
    return json.dumps(doc, ensure_ascii=False).encode()


def ical_schedule(n: int) -> bytes:
    long_line = "DESCRIPTION:" + "Қазақстан делегациясы " * 20
    folded = "\r\n ".join(long_line[i : i + 40] for i in range(0, len(long_line), 40))
    one = ("BEGIN:VEVENT\r\nUID:same-uid\r\nSUMMARY:Talk {i}\r\nDTSTART:20250513T100000Z\r\n"
           "DTEND:20250513T110000Z\r\nLOCATION:{room}\r\nATTENDEE;CN=\"{who}\":mailto:a@example.org\r\n"
           f"{folded}\r\nEND:VEVENT\r\n")
    body = "".join(one.format(i=i, room=_same_slug("Room", i), who=_same_slug("Speaker", i)) for i in range(n))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//c//EN\r\n{body}END:VCALENDAR\r\n".encode()


def companion_event(n: int) -> bytes:
    doc = json.loads((ROOT / "resources" / "data" / "caccc2025.json").read_text("utf-8"))
    source = doc["sources"][0]["id"]
    people = [{"id": f"member-{i}", "names": [f"Member {i}"], "delegation": "big", "sources": [source]}
              for i in range(n)]
    doc.setdefault("people", []).extend(people)
    doc.setdefault("delegations", []).append({
        "id": "big", "kind": "organisation", "name": {"en": "Big"}, "head": "member-0",
        "members": [p["id"] for p in people], "sources": [source]})
    return json.dumps(doc, ensure_ascii=False).encode()


def star_file(n: int) -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:gone-{i}@caccc-2025.companion\r\nSUMMARY:x\r\nDTSTART:20250513T100000Z\r\n"
        f"DTSTAMP:20250501T000000Z\r\nEND:VEVENT\r\n"
        for i in range(n)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//c//EN\r\n{body}END:VCALENDAR\r\n".encode()


def attendee_csv(n: int) -> bytes:
    rows = "".join(f"{i % 50},Given{i % 97},Family,Org,Country,delegate,g{i}@example.org\n" for i in range(n))
    return ("ID,Given name,Family name,Organisation,Country,Category,E-mail\n" + rows).encode()


def badge_code(n: int) -> bytes:
    return b"CB1:" + b"A" * (n * 50)


SHAPES: dict[str, tuple[Callable[[int], bytes], int]] = {
    "frab-xml": (frab_xml, 500),
    "schedule-json": (schedule_json, 500),
    "ical-schedule": (ical_schedule, 150),
    "companion-event": (companion_event, 500),
    "star-file": (star_file, 300),
    "attendee-csv": (attendee_csv, 2000),
    "badge-code": (badge_code, 2000),
}


def _cpu_seconds(run: Callable[[Path], object], path: Path) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        with contextlib.suppress(Exception):  # the reader's own error is an outcome too; only the time counts
            run(path)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("name", list(SHAPES))
def test_four_times_the_input_takes_at_most_ten_times_the_time(name: str, tmp_path: Path) -> None:
    make, n = SHAPES[name]
    reader = readers()[name]
    small, large = tmp_path / f"small{reader.suffix}", tmp_path / f"large{reader.suffix}"
    small.write_bytes(make(n))
    large.write_bytes(make(4 * n))
    reader.run(small) if name != "badge-code" else None  # the shapes are readable (badge codes are not)
    base = max(_cpu_seconds(reader.run, small), 0.005)  # below 5 ms the clock's grain would decide
    grown = _cpu_seconds(reader.run, large)
    assert grown <= 10 * base, f"{name}: {n} → {base:.3f} s, {4 * n} → {grown:.3f} s"
