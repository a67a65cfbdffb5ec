"""Helpers for the hardening tests: a mounted tmpfs, the command line in its own process, leftover files."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


class Tmpfs:
    """A tmpfs mounted at ``path`` for one test; unmounted in the fixture's teardown."""

    def __init__(self, path: Path, size: str) -> None:
        self.path = path
        self.size = size

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True, capture_output=True)

    def writable(self) -> None:
        subprocess.run(["mount", "-o", "remount,rw", str(self.path)], check=True, capture_output=True)

    def fill(self) -> Path:
        """Take every free byte with one filler file (its path is returned: delete it to free the space)."""
        filler = self.path / "filler.bin"
        chunk = b"\0" * 65536
        with open(filler, "ab", buffering=0) as handle:
            for size in (65536, 4096, 512, 1):
                while True:
                    try:
                        handle.write(chunk[:size])
                    except OSError as exc:
                        if exc.errno != errno.ENOSPC:
                            raise
                        break
        return filler


def cli_env() -> dict[str, str]:
    """The environment for ``python -m companion``: this source tree, English, headless, no inherited data dir."""
    env = {k: v for k, v in os.environ.items() if k not in ("COMPANION_DATA_DIR", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update({"LANG": "C.UTF-8", "LANGUAGE": "en", "QT_QPA_PLATFORM": "offscreen",
                "PYTHONPATH": os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)})
    return env


def run_cli(*args: str | Path, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``companion ARGS`` in its own process (a crash of the C library there cannot take the test run down)."""
    return subprocess.run([sys.executable, "-m", "companion", *map(str, args)], cwd=cwd, env=cli_env(),
                          capture_output=True, text=True, timeout=timeout)


def part_files(folder: Path) -> list[Path]:
    """The ``.part`` files left in ``folder`` (should be none)."""
    with contextlib.suppress(FileNotFoundError):
        return sorted(p for p in folder.rglob("*") if p.name.endswith(".part"))
    return []
