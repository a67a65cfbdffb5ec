"""Badge rendering benchmark: time, peak memory and PDF bytes per badge for 200 and 1,000 badges.

Run: ``python benchmarks/badges.py [--layout a6-a4] [--counts 200,1000]``. Each count runs in a fresh
process so that peak RSS is its own. The attendees are the fictional sample list repeated with new ids.
Prints figures; never fails on speed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path


def _one_run(count: int, layout_name: str, trace: bool) -> dict[str, float]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from companion.exports.badges.layouts import LAYOUTS
    from companion.exports.badges.render import BadgeOptions, EventHeading, render_badges
    from companion.resources import bundled_event_path, resource_path
    from companion.sources import load_event
    from companion.sources.attendees_csv import read_attendees

    event = load_event(bundled_event_path())
    sample = read_attendees(resource_path("samples", "attendees-fictional.csv")).attendees
    people = [replace(sample[i % len(sample)], id=f"B-{i:06d}") for i in range(count)]
    key = Ed25519PrivateKey.generate()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "badges.pdf"
        if trace:
            tracemalloc.start()
        start = time.perf_counter()
        report = render_badges(out, EventHeading.of(event), people, key, BadgeOptions(LAYOUTS[layout_name]))
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] if trace else 0
        tracemalloc.stop()
        size = out.stat().st_size
    assert len(report.printed) == count
    return {
        "badges": count,
        "pages": report.pages,
        "seconds": seconds,
        "badges_per_second": count / seconds,
        "tracemalloc_peak_mb": peak / 1e6,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "maxrss_before_mb": rss_before / 1024,
        "pdf_bytes_per_badge": size / count,
        "pdf_mb": size / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--layout", default="a6-a4")
    parser.add_argument("--counts", default="200,1000")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(_one_run(args.child, args.layout, args.trace)))
        return
    results = []
    for count in (int(c) for c in args.counts.split(",")):
        env = dict(os.environ, COMPANION_DATA_DIR=tempfile.mkdtemp())
        command = [sys.executable, __file__, "--layout", args.layout, "--child", str(count)]
        # Timed and RSS run without tracemalloc (it slows Python several times), then a traced run for the heap.
        timed = json.loads(subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout)
        traced = json.loads(subprocess.run([*command, "--trace"], capture_output=True, text=True, check=True,
                                           env=env).stdout)
        timed["tracemalloc_peak_mb"] = traced["tracemalloc_peak_mb"]
        results.append(timed)
    print(f"layout {args.layout}")
    print(f"{'badges':>7} {'pages':>6} {'seconds':>8} {'badges/s':>9} {'py peak MB':>11} {'max RSS MB':>11} "
          f"{'PDF MB':>7} {'PDF B/badge':>12}")
    for r in results:
        print(f"{r['badges']:>7} {r['pages']:>6} {r['seconds']:>8.2f} {r['badges_per_second']:>9.1f} "
              f"{r['tracemalloc_peak_mb']:>11.2f} {r['maxrss_mb']:>11.1f} {r['pdf_mb']:>7.2f} "
              f"{r['pdf_bytes_per_badge']:>12.0f}")
    if len(results) >= 2:
        first, last = results[0], results[-1]
        growth = last["tracemalloc_peak_mb"] - first["tracemalloc_peak_mb"]
        pdf_growth = last["pdf_mb"] - first["pdf_mb"]
        print(f"Python heap peak grew {growth:.2f} MB from {first['badges']} to {last['badges']} badges, "
              f"while the PDF grew {pdf_growth:.2f} MB.")


if __name__ == "__main__":
    main()
