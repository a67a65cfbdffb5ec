"""One check-in desk as a process of its own, for the multi-desk tests and benchmarks (run as a script).

The desk has its own data folder (its own SQLite state: the fallback store), opens the check-in service on
``--store`` as ``--desk``, waits for the file ``--go`` to exist (so desks start together), scans every code of
``--codes`` (one a line) and writes one JSON line per scan to ``--out``. Then it keeps refreshing until nothing
waits to be sent and the server answers (at most ``--drain`` seconds), and writes a last line with what it ended
with (after ``--done`` exists: every desk has sent its scans): scans still waiting, every scan id it knows,
and the conflicts it lists.

    COMPANION_DATA_DIR=DIR python desk_process.py --store URL --event ID --desk NAME --codes FILE --out FILE
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", required=True)
    parser.add_argument("--event", required=True)
    parser.add_argument("--desk", required=True)
    parser.add_argument("--codes", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--go", type=Path)
    parser.add_argument("--pause", type=float, default=0.0, help="seconds between scans")
    parser.add_argument("--drain", type=float, default=60.0)
    parser.add_argument("--done", type=Path, help="after sending everything, wait for this file (every desk sent)")
    args = parser.parse_args()

    from companion import paths
    from companion.services.container import Services

    services = Services(paths.state_db_path)
    services.store_url = args.store
    desk = services.checkin
    desk.open_desk(args.event, desk_id=args.desk, operator=f"operator of {args.desk}")
    codes = [line.strip() for line in args.codes.read_text().splitlines() if line.strip()]
    with args.out.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"ready": True}) + "\n")
        out.flush()
        if args.go is not None:
            while not args.go.exists():
                time.sleep(0.005)
        started = time.perf_counter()
        for code in codes:
            result = desk.scan(code)
            record = result.record
            out.write(json.dumps({
                "code": code, "verdict": result.verdict.value,
                "scan_id": record.scan_id if record else "", "attendee_id": record.attendee_id if record else "",
                "earlier": result.earlier.scan_id if result.earlier else "",
                "waiting": desk.status().waiting,
            }) + "\n")
            out.flush()
            if args.pause:
                time.sleep(args.pause)
        elapsed = time.perf_counter() - started
        deadline = time.monotonic() + args.drain
        while True:
            desk.refresh()
            status = desk.status()
            if (status.waiting == 0 and status.reachable) or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        out.write(json.dumps({"drained": True, "waiting": status.waiting}) + "\n")
        out.flush()
        if args.done is not None:
            while not args.done.exists() and time.monotonic() < deadline + args.drain:
                time.sleep(0.02)
            desk.refresh()
            status = desk.status()
        records = desk.records()
        out.write(json.dumps({
            "final": True, "elapsed": elapsed, "waiting": status.waiting, "reachable": status.reachable,
            "records": [r.scan_id for r in records],
            "conflicts": sorted(c.attendee_id for c in desk.conflicts()),
        }) + "\n")
    services.close()


if __name__ == "__main__":
    main()
