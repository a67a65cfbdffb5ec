"""One version: ``companion.__version__`` (a literal, read in a frozen bundle too) is the one pyproject.toml gives."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
from pathlib import Path

import companion

ROOT = Path(__file__).resolve().parents[1]


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def test_the_package_version_is_the_one_in_pyproject() -> None:
    assert companion.__version__ == _pyproject_version()


def test_the_installed_metadata_agrees() -> None:
    # An install (pip install -e . included) writes pyproject's version into its metadata: the three agree.
    assert importlib.metadata.version("companion") == companion.__version__


def test_version_prints_the_package_version() -> None:
    done = subprocess.run([sys.executable, "-m", "companion", "--version"], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.strip() == f"companion {_pyproject_version()}"


def test_the_version_is_read_without_package_metadata() -> None:
    # A frozen bundle has no .dist-info: the version must not come from importlib.metadata.
    code = (
        "import sys, importlib.metadata as m\n"
        "def refuse(*a, **k): raise m.PackageNotFoundError('companion')\n"
        "m.version = refuse; m.distribution = refuse\n"
        "import companion\n"
        "print(companion.__version__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == _pyproject_version()
