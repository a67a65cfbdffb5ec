"""Start-up time: from spawning ``python -m companion`` to the window's first paint.

The app prints ``first-paint <unix time>`` at its first paint event and quits when
``COMPANION_BENCH_FIRST_PAINT=1`` is set (see :mod:`companion.app`); this script notes the time just before
it spawns the process and reports the difference. Runs on the bundled event and on a generated
5,000-session event. Prints median and best of several runs; it never fails on a figure.

    python benchmarks/startup.py [--runs 7] [--sessions 5000] [--platform offscreen]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from search import write_synthetic_event

ROOT = Path(__file__).resolve().parents[1]


def first_paint_seconds(extra_args: list[str], platform: str, data_dir: Path) -> float:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=platform,
        COMPANION_BENCH_FIRST_PAINT="1",
        COMPANION_DATA_DIR=str(data_dir),
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p),
    )
    started = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", "companion", *extra_args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no first paint reported (exit {proc.returncode}): {proc.stderr.strip()[-400:]}")


def report(label: str, extra_args: list[str], runs: int, platform: str) -> None:
    samples = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs + 1):
            seconds = first_paint_seconds(extra_args, platform, Path(tmp) / "data")
            if i:  # the first run warms the disk cache and creates the state file
                samples.append(seconds * 1000)
    print(
        f"  {label:<40} median {statistics.median(samples):7.0f} ms   best {min(samples):7.0f} ms   (n={len(samples)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=5000, help="size of the generated event")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for the app (offscreen, xcb)")
    args = parser.parse_args()
    print(f"Process start to first painted window (QT_QPA_PLATFORM={args.platform}, Python {sys.version.split()[0]})")
    report("bundled CACCC-2025", [], args.runs, args.platform)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_synthetic_event(Path(tmp) / "synthetic.json", args.sessions)
        report(f"generated event, {args.sessions} sessions", ["--event", str(path)], args.runs, args.platform)
    return 0


if __name__ == "__main__":
    sys.exit(main())
