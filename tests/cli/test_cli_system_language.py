"""Without ``--lang`` the command line speaks like the window: saved choice, else the system locale."""

from __future__ import annotations

import pytest

from companion import paths
from companion.cli import main
from companion.i18n import SETTINGS_KEY
from companion.store.database import open_state
from companion.store.settings import Settings


def _system(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)


def _agenda(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main([*args, "agenda", "--day", "2025-05-13"]) == 0
    return capsys.readouterr().out


def test_russian_system_locale_prints_russian(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _system(monkeypatch, "ru_RU.UTF-8")
    out = _agenda(capsys)
    assert "Церемония открытия" in out
    assert "Opening ceremony\n" not in out


def test_unsupported_system_locale_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _system(monkeypatch, "de_DE.UTF-8")
    assert "Opening ceremony" in _agenda(capsys)


def test_saved_language_wins_over_system_and_lang_wins_over_both(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _system(monkeypatch, "ru_RU.UTF-8")
    conn = open_state(paths.state_db_path())
    Settings(conn).set(SETTINGS_KEY, "kk")
    conn.close()
    saved = _agenda(capsys)
    assert "2025 жылғы 13 мамыр" in saved
    assert "Церемония открытия" not in saved
    out = _agenda(capsys, "--lang", "en")
    assert "Opening ceremony" in out
    assert "Церемония открытия" not in out


def test_no_state_database_is_created_to_read_the_language(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    _system(monkeypatch, "ru_RU.UTF-8")
    _agenda(capsys)
    assert not paths.state_db_path().exists()
