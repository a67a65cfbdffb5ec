"""A relative data folder (``--data-dir mydata``, ``COMPANION_DATA_DIR=mydata``) works for every command, also once
the state file exists (it used to end every later command in "relative path can't be expressed as a file URI")."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion import paths
from companion.cli import main
from companion.resources import resource_path

SAMPLE = resource_path("samples", "attendees-fictional.csv")


def test_relative_data_dir_option_then_agenda(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", "mydata", "badges", str(SAMPLE), "-o", "b.pdf"]) == 0
    assert (tmp_path / "mydata" / "companion.sqlite3").is_file()
    capsys.readouterr()
    assert main(["--data-dir", "mydata", "agenda"]) == 0
    assert "CACCC-2025" in capsys.readouterr().out
    assert main(["--data-dir", "mydata", "export-ics", "--all", "-o", "all.ics"]) == 0
    assert (tmp_path / "all.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_relative_data_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(paths.ENV_DATA_DIR, "mydata")
    assert main(["badges", str(SAMPLE), "-o", "b.pdf"]) == 0
    capsys.readouterr()
    assert main(["people"]) == 0
    assert capsys.readouterr().out


def test_the_data_dir_is_fixed_once_even_if_the_working_folder_changes(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    paths.set_data_dir("mydata")
    monkeypatch.chdir("/")
    assert paths.data_dir() == tmp_path / "mydata"
    assert paths.state_db_path().is_absolute()
    assert paths.state_db_path().as_uri().startswith("file:///")
