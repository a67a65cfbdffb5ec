"""Opening schedules in process against their parser alone, and what the opened event costs in memory.

Opening is ``load_event_with_report`` (read the file once, detect, parse, build the Event and its report); its
floor is the parser alone on the same bytes: ``json.loads`` for schedule.json, the defusedxml parser (as the
reader configures it) for XML. Runs are paired (floor and open one after the other, the order alternating) and
each figure is the median of its runs; the ratio is open / floor from the same run. Files: the 36C3 stand-in
(1,351 sessions), FOSDEM 2021 (773, the largest XML in tests/data), DebConf23 and pretalx's demo, all from
tests/data, and any ``--realdata`` folder's copies (the real 36C3).

Memory: tracemalloc's count of the bytes the Event (and its report) keeps once the file's text and parse tree are
gone, divided by its sessions, for the 36C3 stand-in and a generated 20,000-session schedule.json.
Prints figures; never fails on one.

    python benchmarks/open_event.py [--repeat 21] [--realdata DIR] [--search]

``--search`` also times a search keystroke at 1,351 sessions (``benchmarks/search.py`` is the full measure).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEST_DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
FILES = ("36c3.schedule.json", "fosdem2021.schedule.xml", "debconf23.schedule.xml", "pretalx-democon.schedule.json")
QUERY = "security talk"
MEMORY_LIMIT_BYTES = 7 * 1024


def _median_ms(action: Callable[[], Any], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        action()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def _parser_alone(path: Path) -> Callable[[], Any]:
    data = path.read_bytes()
    if path.suffix == ".json":
        return lambda: json.loads(data)

    def parse_xml() -> Any:
        from defusedxml.ElementTree import DefusedXMLParser

        parser = DefusedXMLParser(
            target=ET.TreeBuilder(), forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
        parser.feed(data)
        return parser.close()

    return parse_xml


def paired_ms(first: Callable[[], Any], second: Callable[[], Any], repeat: int) -> tuple[float, float, float]:
    """Median ms of ``first`` and of ``second`` over ``repeat`` paired runs (order alternating), and the median
    of the per-pair ratios second / first."""
    a: list[float] = []
    b: list[float] = []
    first(), second()  # warm: imports, zone data, caches of the interpreter
    for n in range(repeat):
        order = ((first, a), (second, b)) if n % 2 == 0 else ((second, b), (first, a))
        for action, samples in order:
            t0 = time.perf_counter()
            action()
            samples.append((time.perf_counter() - t0) * 1000)
    ratios = [y / x for x, y in zip(a, b, strict=True)]
    return statistics.median(a), statistics.median(b), statistics.median(ratios)


def bench_open(paths: list[Path], repeat: int) -> None:
    from companion.sources.loader import load_event_with_report

    print(f"opening, in process (median of {repeat} paired runs; ms):")
    print(f"  {'file':<34}{'sessions':>9}{'open':>9}{'parser alone':>14}{'ratio':>8}"
          "   (ratio: median of the pairs' ratios; goal 2.0x)")
    for path in paths:
        if not path.exists():
            print(f"  {path.name:<34} missing")
            continue
        event, _ = load_event_with_report(path)
        floor, opened, ratio = paired_ms(_parser_alone(path), partial(load_event_with_report, path), repeat)
        label = path.name if path.parent == TEST_DATA else f"{path.parent.name}/{path.name}"
        print(f"  {label:<34}{len(event.sessions):>9}{opened:>9.1f}{floor:>14.1f}{ratio:>7.2f}x")


def generated_schedule(count: int) -> dict[str, Any]:
    """A frab schedule.json of ``count`` sessions over 4 days, 60 rooms, 30 tracks, 12 types, 4,000 speakers;
    each with a title, an abstract of ~250 and a description of ~500 characters, one to three people, a link."""
    rng = random.Random(20000)
    words = [f"w{n}" for n in range(4000)]
    rooms = [f"Room {n}" for n in range(60)]
    tracks = [f"Track {n}" for n in range(30)]
    kinds = ["Talk", "Lecture", "Workshop", "Panel", "Lightning", "Keynote", "BoF", "Meetup", "Demo", "Film",
             "Concert", "Other"]

    def text(length: int) -> str:
        out: list[str] = []
        while sum(len(w) + 1 for w in out) < length:
            out.append(rng.choice(words))
        return " ".join(out)

    days = []
    per_day = count // 4
    for d in range(4):
        day = datetime(2025, 12, 27 + d, 10, 0)
        by_room: dict[str, list[dict[str, Any]]] = {}
        for n in range(per_day if d < 3 else count - 3 * per_day):
            room = rooms[n % len(rooms)]
            start = day + timedelta(minutes=15 * ((n // len(rooms)) % 56))
            number = d * per_day + n
            by_room.setdefault(room, []).append({
                "id": 100000 + number, "guid": f"00000000-0000-4000-8000-{number:012d}",
                "date": start.strftime("%Y-%m-%dT%H:%M:00+01:00"), "start": start.strftime("%H:%M"),
                "duration": rng.choice(["00:15", "00:30", "00:45", "01:00", "02:00"]), "room": room,
                "slug": f"gen-{number}", "url": f"https://example.org/talk/{number}",
                "title": text(40), "subtitle": "", "track": rng.choice(tracks), "type": rng.choice(kinds),
                "language": rng.choice(["en", "de"]), "abstract": text(250), "description": text(500),
                "persons": [{"id": rng.randrange(4000), "public_name": f"Speaker {rng.randrange(4000)}"}
                            for _ in range(rng.randint(1, 3))],
                "links": [{"url": f"https://example.org/slides/{number}", "title": "Slides"}],
            })
        days.append({"index": d + 1, "date": day.date().isoformat(), "day_start": day.isoformat() + "+01:00",
                     "day_end": (day + timedelta(hours=18)).isoformat() + "+01:00", "rooms": by_room})
    return {"schedule": {"version": "1", "conference": {
        "acronym": "gen20k", "title": "Generated", "start": "2025-12-27", "end": "2025-12-30",
        "time_zone_name": "Europe/Berlin", "days": days}}}


def event_bytes(path: Path) -> tuple[int, int]:
    """(bytes the opened event and its report keep, sessions): tracemalloc, after the parse's garbage is gone."""
    from companion.sources.loader import load_event_with_report

    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    event, report = load_event_with_report(path)
    gc.collect()
    kept = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    count = len(event.sessions)
    del event, report
    return kept, count


def bench_memory(paths: list[Path]) -> None:
    print(f"\nmemory the opened event keeps (tracemalloc; goal under {MEMORY_LIMIT_BYTES / 1024:.0f} KB a session):")
    with tempfile.TemporaryDirectory() as folder:
        generated = Path(folder) / "generated-20000.schedule.json"
        generated.write_text(json.dumps(generated_schedule(20000)), "utf-8")
        for path in [*paths, generated]:
            if not path.exists():
                continue
            kept, count = event_bytes(path)
            size = path.stat().st_size
            print(f"  {path.name:<34}{count:>7} sessions {kept / 1e6:7.1f} MB  {kept / count / 1024:5.2f} KB a session"
                  f"  (file {size / count / 1024:.2f} KB a session)")


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _keystrokes(set_text: Callable[[str], Any], repeat: int) -> list[float]:
    samples: list[float] = []
    for _ in range(repeat):
        for n in range(1, len(QUERY) + 1):
            t0 = time.perf_counter()
            set_text(QUERY[:n])
            samples.append((time.perf_counter() - t0) * 1000)
        for n in range(len(QUERY) - 1, -1, -1):  # and erase it again, as a user does
            t0 = time.perf_counter()
            set_text(QUERY[:n])
            samples.append((time.perf_counter() - t0) * 1000)
    return samples


def bench_search(realdata: Path, repeat: int) -> None:
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from companion.app import create_main_window
    from companion.clock import Clock
    from companion.sources.loader import load_event_with_report
    from companion.store.database import open_state
    from companion.ui.models.sessions import SessionFilterProxy, SessionTableModel

    path = realdata / "36c3.schedule.json"
    if not path.exists():
        print("search: 36c3.schedule.json missing")
        return
    event, _ = load_event_with_report(path)
    from companion.ui.gui_thread import keep_gui_thread_responsive

    keep_gui_thread_responsive()  # as the app runs (companion.app.run_gui)
    app = QApplication.instance() or QApplication(sys.argv[:1])

    model = SessionTableModel(event)
    proxy = SessionFilterProxy()
    proxy.setSourceModel(model)
    proxy_ms = _keystrokes(proxy.set_search, repeat)

    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        os.environ["COMPANION_DATA_DIR"] = folder
        state = open_state(Path(folder) / "state.sqlite3")
        start = event.sessions[0].start or datetime.now().astimezone()
        window = create_main_window(event, state, Clock.fixed(start))
        window.show()
        app.processEvents()

        def type_in_window(text: str) -> None:
            window.search_box.setText(text)
            app.processEvents()

        window_ms = _keystrokes(type_in_window, repeat)
        window.close()
        state.close()

    frame = 1000 / 60
    print(f"\nsearch per keystroke, 36C3 ({len(event.sessions)} sessions), typing and erasing {QUERY!r}:")
    for label, samples in (("filter proxy", proxy_ms), ("whole window", window_ms)):
        print(
            f"  {label:<14} median {statistics.median(samples):6.2f} ms   p95 {_percentile(samples, 0.95):6.2f} ms"
            f"   max {max(samples):6.2f} ms   (one frame at 60 Hz: {frame:.1f} ms)"
        )


def _load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # not on every system
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21)
    parser.add_argument("--realdata", type=Path, default=REALDATA)
    parser.add_argument("--search", action="store_true", help="also time a search keystroke (needs Qt)")
    args = parser.parse_args()
    paths = [TEST_DATA / name for name in FILES]
    if args.realdata.is_dir():
        paths.append(args.realdata / "36c3.schedule.json")
    print(f"load average before: {_load_average()} (2 shared cores: figures above ~0.5 are noisy)")
    bench_open(paths, args.repeat)
    print(f"load average after: {_load_average()}")
    bench_memory([TEST_DATA / "36c3.schedule.json"])
    if args.search:
        bench_search(args.realdata if (args.realdata / "36c3.schedule.json").exists() else TEST_DATA,
                     max(1, args.repeat // 3))
    return 0


if __name__ == "__main__":
    sys.exit(main())
