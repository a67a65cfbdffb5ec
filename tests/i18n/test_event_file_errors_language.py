"""Why an event file could not be opened, said in the user's language: in the window and on the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from companion.cli import main
from companion.resources import bundled_event_path
from companion.ui.language import LanguageManager
from companion.ui.open_event import EventOpener


def _bundled() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(bundled_event_path().read_text("utf-8"))
    return data


def _write(tmp_path: Path, name: str, data: dict[str, Any] | str) -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def broken_json(tmp_path: Path) -> Path:
    return _write(tmp_path, "cut.json", '{"format": "companion-event/1",\n  "event": ')


def schema_fault(tmp_path: Path) -> Path:
    data = _bundled()
    data["sessions"][3]["start"] = "13 May, morning"
    return _write(tmp_path, "schema.json", data)


def unknown_room(tmp_path: Path) -> Path:
    data = _bundled()
    data["sessions"][4]["room"] = "atlantis-hall"
    return _write(tmp_path, "rooms.json", data)


# (file maker, its name, the place in it as the language writes it, the reason, the English reason)
CASES: dict[str, dict[str, tuple[Callable[[Path], Path], str, str, str]]] = {
    "ru": {
        "json": (broken_json, "cut.json", "строка 2, столбец 12", "некорректный JSON"),
        "schema": (schema_fault, "schema.json", "$.sessions[3].start", "проверка по схеме файла мероприятия"),
        "room": (unknown_room, "rooms.json", "$.sessions[4].room", "неизвестный зал 'atlantis-hall'"),
    },
    "kk": {
        "json": (broken_json, "cut.json", "2-жол, 12-баған", "JSON жарамсыз"),
        "schema": (schema_fault, "schema.json", "$.sessions[3].start", "іс-шара файлының схемасы бойынша"),
        "room": (unknown_room, "rooms.json", "$.sessions[4].room", "белгісіз зал 'atlantis-hall'"),
    },
    "kk-Latn": {
        "json": (broken_json, "cut.json", "2-jol, 12-baǧan", "JSON jaramsyz"),
        "schema": (schema_fault, "schema.json", "$.sessions[3].start", "ıs-şara failynyŋ shemasy boiynşa"),
        "room": (unknown_room, "rooms.json", "$.sessions[4].room", "belgısız zal 'atlantis-hall'"),
    },
}
ENGLISH = {
    "json": ("line 2, column 12", "not valid JSON"),
    "schema": ("$.sessions[3].start", "the event file schema says"),
    "room": ("$.sessions[4].room", "unknown room 'atlantis-hall'"),
}
WINDOW_CASES = [(code, kind) for code in ("ru", "kk-Latn") for kind in ("json", "schema", "room")]


def _open_in_window(qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """File → Open… on ``path``; the texts of the warnings the window showed."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    opener = window.findChild(EventOpener)
    with qtbot.waitSignal(opener.failed, timeout=20_000):
        opener.action_open.trigger()
    return shown


@pytest.mark.parametrize(("code", "kind"), WINDOW_CASES)
def test_open_in_a_translated_window_names_file_place_and_reason_in_its_language(
    qtbot: QtBot, window_in: Callable[[str], Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, code: str,
    kind: str,
) -> None:
    make, name, place, reason = CASES[code][kind]
    window = window_in(code)
    shown = _open_in_window(qtbot, window, monkeypatch, make(tmp_path))
    assert len(shown) == 1
    text = shown[0]
    assert name in text and place in text and reason in text
    assert ENGLISH[kind][1] not in text and ENGLISH[kind][0] not in text.replace(place, "")
    assert window.current_event.id == "caccc-2025"


def test_open_in_an_english_window_is_unchanged(
    qtbot: QtBot, window_in: Callable[[str], Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = window_in("en")
    (text,) = _open_in_window(qtbot, window, monkeypatch, unknown_room(tmp_path))
    assert f"{tmp_path / 'rooms.json'} (at $.sessions[4].room): unknown room 'atlantis-hall'" in text


@pytest.mark.parametrize("kind", ["json", "schema", "room"])
def test_a_broken_event_file_at_start_up_is_explained_in_russian(
    languages: LanguageManager, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str
) -> None:
    from companion import app

    make, name, place, reason = CASES["ru"][kind]
    languages.apply("ru", remember=False)
    shown: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    event = app._load_event(make(tmp_path))
    assert event.id == "caccc-2025"
    (text,) = shown
    assert "Companion не может открыть файл мероприятия" in text
    assert name in text and place in text and reason in text and ENGLISH[kind][1] not in text


def _agenda_error(capsys: pytest.CaptureFixture[str], path: Path, *lang: str) -> str:
    with pytest.raises(SystemExit) as info:
        main([*lang, "agenda", "--event", str(path)])
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


@pytest.mark.parametrize("code", ["ru", "kk", "kk-Latn"])
@pytest.mark.parametrize("kind", ["json", "schema", "room"])
def test_agenda_with_a_broken_event_says_why_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, code: str, kind: str
) -> None:
    make, name, place, reason = CASES[code][kind]
    path = make(tmp_path)
    err = _agenda_error(capsys, path, "--lang", code)
    frame = {"ru": "не удалось открыть файл мероприятия", "kk": "іс-шара файлын ашу мүмкін емес",
             "kk-Latn": "ıs-şara failyn aşu mümkın emes"}[code]
    assert err.startswith("companion: ") and frame in err and str(path) in err
    assert name in err and place in err and reason in err
    assert "cannot open" not in err and ENGLISH[kind][1] not in err


def test_agenda_with_a_broken_event_in_english_is_unchanged(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = unknown_room(tmp_path)
    err = _agenda_error(capsys, path, "--lang", "en")
    assert err == (f"companion: cannot open event file {path}: rooms.json at $.sessions[4].room: "
                   "unknown room 'atlantis-hall'\n")
    path = broken_json(tmp_path)
    err = _agenda_error(capsys, path, "--lang", "en")
    assert err == (f"companion: cannot open event file {path}: cut.json at line 2, column 12: "
                   "not valid JSON: Expecting value\n")


def test_a_missing_event_file_is_named_in_russian(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    err = _agenda_error(capsys, tmp_path / "nowhere.json", "--lang", "ru")
    assert "nowhere.json: файл не существует" in err


def test_diff_and_export_schedule_say_why_in_russian(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = unknown_room(tmp_path)
    with pytest.raises(SystemExit) as info:
        main(["--lang", "ru", "diff", str(bundled_event_path()), str(broken)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"companion diff: не удалось открыть {broken}: rooms.json, $.sessions[4].room: ")
    assert "неизвестный зал 'atlantis-hall'" in err

    target = tmp_path / "out.json"
    assert main(["--lang", "kk", "--event", str(broken), "export-schedule", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "іс-шара файлын ашу мүмкін емес" in err and "белгісіз зал 'atlantis-hall'" in err
    assert not target.exists()


def test_too_many_schema_faults_are_counted_in_russian(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = _bundled()
    data["sessions"][3]["start"] = "13 May, morning"
    data["sessions"][5]["end"] = "late"
    err = _agenda_error(capsys, _write(tmp_path, "two.json", data), "--lang", "ru")
    assert "(другие ошибки: ещё 1)" in err and "more problems" not in err


def test_start_up_message_follows_the_remembered_language(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: Any
) -> None:
    """Russian chosen last time on an English desktop: the broken --event file is explained in Russian."""
    import argparse

    from PySide6.QtCore import QLocale

    from companion import app, paths
    from companion.i18n import SETTINGS_KEY
    from companion.store.database import open_state
    from companion.store.settings import Settings

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    conn = open_state(paths.state_db_path())
    Settings(conn).set(SETTINGS_KEY, "ru")
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    before = QLocale()
    manager = app.LanguageManager(stretch=None)
    try:
        state, language, starting = app._start_in_language(
            argparse.Namespace(lang=None, event=str(unknown_room(tmp_path))), manager)
        event = starting.event
        state.close()
    finally:
        manager.uninstall()
        QLocale.setDefault(before)
    assert language == "ru" and event.id == "caccc-2025"
    (text,) = shown
    assert "Companion не может открыть файл мероприятия" in text
