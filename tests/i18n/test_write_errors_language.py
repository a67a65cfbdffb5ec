"""A file the window cannot write is explained in the window's language: no such folder, no permission."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from companion.ui.open_event import EventOpener


def _export_schedule_to(window: Any, monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: pytest.fail("the export claimed success"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.findChild(EventOpener).action_export.trigger()
    return shown


@pytest.mark.parametrize(
    ("code", "reason"), [("ru", "папка не существует"), ("kk", "қалта жоқ"), ("en", "the folder does not exist")]
)
def test_missing_folder(
    window_in: Callable[[str], Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, code: str, reason: str
) -> None:
    target = tmp_path / "no-such-folder" / "caccc.schedule.json"
    [text] = _export_schedule_to(window_in(code), monkeypatch, target)
    assert str(target) in text and text.endswith(reason)
    assert not target.parent.exists()


def test_no_permission_in_russian(
    window_in: Callable[[str], Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Tests run as root here, so a read-only folder would not refuse: the system's refusal is raised instead."""
    from companion.exports import schedule_json

    def refuse(_event: object, path: str, _language: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", path)

    monkeypatch.setattr(schedule_json, "write_schedule_json", refuse)
    [text] = _export_schedule_to(window_in("ru"), monkeypatch, tmp_path / "caccc.schedule.json")
    assert text.endswith("нет прав на запись в это место") and "Permission denied" not in text


def test_a_file_in_the_path_in_kazakh(
    window_in: Callable[[str], Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where a folder should be", "utf-8")
    [text] = _export_schedule_to(window_in("kk"), monkeypatch, blocker / "caccc.schedule.json")
    assert text.endswith("жолдың бір бөлігі қалта емес, файл") and "Not a directory" not in text


def test_calibration_sheet_that_cannot_be_written_is_explained(
    window_in: Callable[[str], Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from companion.ui.badges.page import BadgesPage

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    target = tmp_path / "missing" / "calibration.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = window_in("ru").page("BadgesPage")  # built on first use
    assert isinstance(page, BadgesPage)
    page.calibration_button.click()
    assert shown == [f"{target}: папка не существует"]
