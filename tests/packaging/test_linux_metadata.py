"""The Linux desktop entry and AppStream metainfo validate and agree with the app id."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from companion import APP_ID

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def test_files_are_named_after_the_app_id() -> None:
    assert (LINUX / f"{APP_ID}.desktop").is_file()
    assert (LINUX / f"{APP_ID}.metainfo.xml").is_file()
    assert f"<id>{APP_ID}</id>" in (LINUX / f"{APP_ID}.metainfo.xml").read_text("utf-8")
    assert f"Icon={APP_ID}" in (LINUX / f"{APP_ID}.desktop").read_text("utf-8")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
