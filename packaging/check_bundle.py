"""Measure the frozen application in dist/companion and print the figures packaging/README.md quotes.

    python packaging/check_bundle.py [--dist dist/companion] [--installed PATH-TO-pip-installed-companion]

Sizes (unpacked, tar.gz), the bundled Qt libraries, the newest glibc symbol the bundle's binaries need, and the
start time to the first painted window of the bundle beside the pip-installed app (median of 5, offscreen).
The pass/fail checks are tests/packaging/test_bundle.py (``packaging/check-bundle`` runs both).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GLIBC = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def compressed_size(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "companion.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=9) as tar:
            tar.add(folder, arcname=folder.name)
        return target.stat().st_size


def shared_objects(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or os.access(path, os.X_OK)):
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def glibc_needed(folder: Path) -> tuple[tuple[int, ...], str]:
    """The newest GLIBC_x.y version any binary of the bundle asks for, and the binary asking."""
    best: tuple[int, ...] = (0,)
    who = ""
    for path in shared_objects(folder):
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, check=False).stdout
        for match in GLIBC.finditer(out):
            version = tuple(int(x) for x in match.groups() if x is not None)
            if version > best:
                best, who = version, str(path.relative_to(folder))
    return best, who


def qt_libraries(folder: Path) -> list[str]:
    return sorted({p.name for p in folder.rglob("*Qt6*") if p.is_file()} |
                  {p.name for p in folder.rglob("Qt*.abi3.so")} | {p.name for p in folder.rglob("Qt*.pyd")})


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """No virtual environment on PATH, no PYTHONPATH, an empty HOME."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    for name in ("DISPLAY", "XAUTHORITY", "TMPDIR"):
        if name in os.environ and name not in extra:
            env[name] = os.environ[name]
    env.update(extra)
    return env


def first_paint_seconds(program: list[str], home: Path, runs: int = 5) -> float:
    times = []
    for i in range(runs):
        data = home / f"data-{i}"
        env = clean_env(home, QT_QPA_PLATFORM="offscreen", COMPANION_BENCH_FIRST_PAINT="1",
                        COMPANION_DATA_DIR=str(data))
        if program[0].endswith("python") or "/.venv/" in program[0]:
            env["PATH"] = str(Path(program[0]).parent) + ":" + env["PATH"]
        start = time.time()
        out = subprocess.run(program, env=env, capture_output=True, text=True, timeout=120, check=False).stdout
        match = re.search(r"first-paint ([0-9.]+)", out)
        if match:
            times.append(float(match.group(1)) - start)
    return statistics.median(times) if times else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", default=str(ROOT / "dist" / "companion"))
    parser.add_argument("--installed", default=shutil.which("companion"),
                        help="a pip-installed companion to compare start times with")
    args = parser.parse_args(argv)
    folder = Path(args.dist)
    program = folder / ("companion.exe" if os.name == "nt" else "companion")
    if not program.exists():
        print(f"no bundle at {folder}: run packaging/build-bundle first", file=sys.stderr)
        return 2
    unpacked = folder_size(folder)
    packed = compressed_size(folder)
    print(f"size unpacked: {unpacked / 1e6:.1f} MB; tar.gz: {packed / 1e6:.1f} MB")
    if shutil.which("objdump"):
        version, who = glibc_needed(folder)
        print(f"newest glibc symbol needed: GLIBC_{'.'.join(map(str, version))} (by {who})")
    print("Qt libraries and modules:", ", ".join(qt_libraries(folder)))
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        bundle = first_paint_seconds([str(program)], home)
        print(f"start to first paint, bundle: {bundle:.2f} s (median of 5, offscreen)")
        if args.installed:
            installed = first_paint_seconds([args.installed], home)
            print(f"start to first paint, pip-installed ({args.installed}): {installed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
