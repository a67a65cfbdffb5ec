"""Opening real schedules, against their parser alone, and search per keystroke at 1,351 sessions.

For each file in ../shared/realdata: the median time of ``load_event_with_report`` (detect, parse, build the
Event and its report) next to ``json.loads`` or the defusedxml parser alone on the same bytes; then the
agenda's filter proxy and the whole window typing a query into the search box with the 36C3 event loaded.
Prints figures (ms); never fails on one.

    QT_QPA_PLATFORM=offscreen python benchmarks/open_event.py [--repeat 9] [--realdata DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
FILES = ("36c3.schedule.json", "fosdem2021.schedule.xml", "debconf23.schedule.xml")
QUERY = "security talk"


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

        parser = DefusedXMLParser(target=ET.TreeBuilder())
        parser.feed(data)
        return parser.close()

    return parse_xml


def bench_open(realdata: Path, repeat: int) -> None:
    from companion.sources.loader import load_event_with_report

    print(f"{'file':<28}{'sessions':>9}{'open (ms)':>12}{'parser alone (ms)':>20}{'ratio':>8}")
    for name in FILES:
        path = realdata / name
        if not path.exists():
            print(f"{name:<28} missing")
            continue
        event, _ = load_event_with_report(path)
        opened = _median_ms(lambda p=path: load_event_with_report(p), repeat)  # type: ignore[misc]
        alone = _median_ms(_parser_alone(path), repeat)
        print(f"{name:<28}{len(event.sessions):>9}{opened:>12.1f}{alone:>20.1f}{opened / alone:>7.1f}x")


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--realdata", type=Path, default=REALDATA)
    args = parser.parse_args()
    bench_open(args.realdata, args.repeat)
    bench_search(args.realdata, max(1, args.repeat // 3))
    return 0


if __name__ == "__main__":
    sys.exit(main())
