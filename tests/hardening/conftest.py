"""Real small and read-only file systems for the hardening tests.

The tests run as root, which ignores permission bits, so "read-only" and "no space left" are proved with a tmpfs
mounted for the test (tiny, or remounted read-only), never with chmod. Without root, or where mounting is not
allowed (a container without CAP_SYS_ADMIN), those tests skip with the reason.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hardening_support import Tmpfs


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Tmpfs]]:
    """``tmpfs("1m")`` mounts a fresh tmpfs of that size under the test's folder (skips when it cannot)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a test file system needs root")
    mounted: list[Path] = []

    def mount(size: str) -> Tmpfs:
        where = tmp_path / f"mnt{len(mounted)}"
        where.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
        mounted.append(where)
        return Tmpfs(where, size)

    yield mount
    for where in reversed(mounted):
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)
