"""The data folder, its logs folder, keys and the state file are private to the user, whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from companion import paths
from companion.cli import main
from companion.resources import resource_path


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_everything_the_app_creates_in_its_data_folder_is_private(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(data))
    old = os.umask(0o000)  # the loosest umask: the modes must not come from it
    try:
        assert main(["badges", str(resource_path("samples", "attendees-fictional.csv")),
                     "-o", str(tmp_path / "b.pdf")]) == 0
        logs = paths.log_dir()
    finally:
        os.umask(old)
    assert _mode(data) == 0o700
    assert _mode(data / "keys") == 0o700
    assert _mode(logs) == 0o700 and logs.parent == data
    files = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.name == "companion.sqlite3" for p in files)
    assert any(p.suffix == ".ed25519" for p in files)
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}


def test_a_world_readable_data_folder_is_tightened_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(data))
    assert paths.data_dir() == data
    assert _mode(data) == 0o700
