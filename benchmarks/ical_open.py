"""Opening a large iCalendar schedule: Companion's reader against icalendar's parse alone (the floor).

Generates schedules of 1,000 to 60,000 VEVENTs (each with a title, a description folded once, a location,
a category and a speaker: about 400 bytes, like a conference export), writes each to a temporary file and times
``load_event_with_report`` (read, unfold, check structure, parse, build the Event and its report) next to
``icalendar.Calendar.from_ical`` on the same text (the floor). Runs are paired (floor and open one after the
other, the order alternating); figures are medians of ``--repeat`` runs and the ratio is the median of the
per-pair ratios. Linear reading keeps the ratio flat as the file grows. Prints figures; never fails on one.

    python benchmarks/ical_open.py [--sizes 1000,4000,16000,60000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import icalendar

from companion.sources.loader import load_event_with_report

DESCRIPTION = "A session of a generated schedule, long enough for one fold."


def generate(count: int) -> bytes:
    """An iCalendar schedule of ``count`` sessions over three days, folded at 75 octets."""
    lines = [b"BEGIN:VCALENDAR", b"VERSION:2.0", b"PRODID:-//Companion benchmark//EN", b"X-WR-TIMEZONE:UTC"]
    for n in range(count):
        day = 13 + n % 3
        hour = 8 + (n // 3) % 10
        event = icalendar.Event()
        event.add("uid", f"session-{n}@bench.example")
        event.add("summary", f"Session {n}: climate finance and adaptation, panel {n % 97}")
        event.add("description", DESCRIPTION)
        event.add("location", f"Hall {n % 23}")
        event.add("categories", [f"Track {n % 11}"])
        lines.append(b"BEGIN:VEVENT")
        body = event.to_ical().split(b"\r\n")[1:-2]  # the properties, already folded by icalendar
        lines.extend(body)
        lines.append(f"DTSTART:202505{day:02d}T{hour:02d}0000Z".encode())
        lines.append(f"DTEND:202505{day:02d}T{hour:02d}4500Z".encode())
        lines.append(f'ATTENDEE;CN="Speaker {n}":mailto:s{n}@bench.example'.encode())
        lines.append(b"END:VEVENT")
    lines.append(b"END:VCALENDAR")
    return b"\r\n".join(lines) + b"\r\n"


def paired(floor: Callable[[], Any], ours: Callable[[], Any], repeat: int) -> tuple[float, float, float]:
    """Median seconds of ``floor`` and of ``ours`` over ``repeat`` paired runs, and the median ratio ours / floor."""
    a: list[float] = []
    b: list[float] = []
    for n in range(repeat):
        order = ((floor, a), (ours, b)) if n % 2 == 0 else ((ours, b), (floor, a))
        for action, samples in order:
            t0 = time.perf_counter()
            action()
            samples.append(time.perf_counter() - t0)
    return statistics.median(a), statistics.median(b), statistics.median(y / x for x, y in zip(a, b, strict=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,4000,16000,60000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"median of paired runs (--repeat {args.repeat}; 1 above 16,000 events):")
    print(f"{'events':>8} {'MB':>6} {'companion s':>12} {'icalendar s':>12} {'ratio':>6} {'µs/event':>9}"
          "   (ratio: median of the pairs' ratios)")
    with tempfile.TemporaryDirectory() as folder:
        for count in sizes:
            data = generate(count)
            path = Path(folder) / f"bench-{count}.ics"
            path.write_bytes(data)
            text = data.decode("utf-8")
            repeat = args.repeat if count <= 16000 else 1
            floor, ours, ratio = paired(
                partial(icalendar.Calendar.from_ical, text), partial(load_event_with_report, path), repeat
            )
            print(f"{count:>8} {len(data) / 1e6:>6.1f} {ours:>12.2f} {floor:>12.2f} {ratio:>6.2f} "
                  f"{ours / count * 1e6:>9.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
