"""``companion --help`` speaks the user's language: ``--lang``, else the remembered choice, else the system locale.

Argparse's own words (usage, options, its error lines) follow too; option names, metavars and command names stay.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from companion import paths
from companion.cli import main
from companion.exports.badges.layouts import DEFAULT_LAYOUT
from companion.i18n import SETTINGS_KEY
from companion.store.database import open_state
from companion.store.settings import Settings

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ENGLISH_WORDS = ("usage:", "options:", "show this help message and exit", "print the programme", "Offline companion")


@pytest.fixture(autouse=True)
def _wide_english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """An English system with a wide terminal, so a sentence is never split across lines by argparse."""
    _system(monkeypatch, "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "250")


def _system(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as info:
        main([*args])
    assert info.value.code == 0
    return capsys.readouterr().out


def _error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as info:
        main([*args])
    assert info.value.code == 2
    return capsys.readouterr().err


def _remember(language: str, data_dir: Path | None = None) -> None:
    conn = open_state(data_dir / "companion.sqlite3" if data_dir else paths.state_db_path())
    Settings(conn).set(SETTINGS_KEY, language)
    conn.close()


def test_main_help_in_russian(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, "--help", "--lang", "ru")
    assert out.startswith("использование: companion [-h] [--version] [--event FILE|URL]")
    assert "Офлайн-помощник участника ЦАКИК-2025 (Ашхабад, 13–15 мая 2025 г.). Без команды открывает окно;" in out
    assert "companion FILE открывает в нём файл программы или мероприятия (как --event FILE)." in " ".join(out.split())
    assert "\nпозиционные аргументы:\n" in out and "\nпараметры:\n" in out
    assert re.search(r"-h, --help +показать эту справку и выйти", out)
    assert re.search(r"--version +показать номер версии программы и выйти", out)
    assert re.search(r"--lang CODE +язык: en, ru, kk или kk-Latn", out)
    # Command names stay as they are typed; what they do is said in Russian.
    assert re.search(r"\n +agenda +вывести программу\n", out)
    assert re.search(r"\n +export-ics +записать сессии в файл календаря \.ics\n", out)
    for english in ENGLISH_WORDS:
        assert english not in out


def test_command_help_in_russian(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, "badges", "--help", "--lang", "ru")
    assert out.startswith("использование: companion badges [-h]")
    assert "Импортировать список участников (CSV) в данные мероприятия и напечатать их бейджи в PDF." in out
    assert re.search(r"-o FILE\.pdf, --output FILE\.pdf\s+записать бейджи сюда", out)
    assert f"бланки бейджей (по умолчанию {DEFAULT_LAYOUT}; см. --list-layouts)" in out
    assert "(например, --lang ru --bilingual en: 'ЦАКИК-2025 / CACCC-2025')" in out
    # The options every command shares are Russian here too.
    assert "открыть этот файл мероприятия вместо ЦАКИК-2025" in out
    assert "\nпозиционные аргументы:\n  ATTENDEES.csv" in out
    for english in ("usage:", "options:", "badge stock", "write the badges here", "Import an attendee list"):
        assert english not in out


def test_command_help_in_latin_kazakh_has_no_cyrillic(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, "export-ics", "--help", "--lang", "kk-Latn")
    assert "Sessiialardy iCalendar (.ics) failyna jazu." in out
    assert "\nparametrler:\n" in out
    assert re.search(r"--starred +sız belgılegen sessiialar", out)
    assert "--session ID [ID ...]" in out and "-o FILE, --output FILE" in out
    assert not CYRILLIC.search(out), CYRILLIC.findall(out)
    for english in ("usage:", "options:", "Write sessions", "the sessions you starred"):
        assert english not in out


def test_help_follows_the_system_locale_without_lang(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _system(monkeypatch, "ru_RU.UTF-8")
    out = _help(capsys, "--help")
    assert out.startswith("использование: companion") and "\nпараметры:\n" in out
    assert re.search(r"\n +people +перечислить участников, названных в источниках\n", out)
    agenda = _help(capsys, "agenda", "--help")
    assert re.search(r"--json +вывести список сессий в JSON", agenda)
    for english in (*ENGLISH_WORDS, "print a JSON list of sessions"):
        assert english not in out + agenda
    assert not paths.state_db_path().exists()  # reading the remembered language created no state


def test_remembered_language_wins_over_the_system_and_lang_over_both(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _system(monkeypatch, "ru_RU.UTF-8")
    _remember("kk")
    kazakh = _help(capsys, "--help")
    assert kazakh.startswith("қолданылуы: companion") and "\nпараметрлер:\n" in kazakh
    assert "показать эту справку" not in kazakh
    english = _help(capsys, "--lang=en", "--help")
    assert english.startswith("usage: companion") and not CYRILLIC.search(english)
    # A remembered choice in the --data-dir given on the same line counts, as it does for the command itself.
    elsewhere = tmp_path / "elsewhere"
    _remember("kk-Latn", elsewhere)
    latin = _help(capsys, "--data-dir", str(elsewhere), "diff", "--help")
    assert "\nparametrler:\n" in latin and not CYRILLIC.search(latin)


def test_english_help_is_argparse_english(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, "--lang", "en", "export-ics", "--help")
    assert out.startswith("usage: companion export-ics [-h]")
    assert "\noptions:\n" in out
    assert re.search(r"-h, --help +show this help message and exit\n", out)
    assert "Write sessions to an iCalendar (.ics) file. Sessions with a published day but no published time" in out
    assert re.search(r"--starred +the sessions you starred\n", out)
    assert not CYRILLIC.search(out)
    # Argparse's own words are its own again once the command line has been read.
    assert argparse.ArgumentParser(prog="x").format_usage() == "usage: x [-h]\n"


def test_argparse_errors_in_the_users_language(capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(capsys, "--lang", "ru", "export-ics", "--all")
    assert err.startswith("использование: companion export-ics")
    assert "companion export-ics: ошибка: нужно указать аргументы: -o/--output" in err
    err = _error(capsys, "--lang", "kk", "badges", "--sort", "height")
    assert "companion badges: қате: --sort аргументі: жарамсыз таңдау: 'height'" in err
    assert "the following arguments" not in err and "invalid choice" not in err


def test_unsupported_lang_is_still_refused_with_the_choices(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _error(capsys, "--lang", "fr", "--help")
    assert "companion: error: argument --lang: language 'fr' is not available; choose one of: en, ru, kk, kk-Latn" \
        in err
    _system(monkeypatch, "ru_RU.UTF-8")
    err = _error(capsys, "--lang=fr", "agenda")
    assert "language 'fr' is not available; choose one of: en, ru, kk, kk-Latn" in err


def test_translated_help_imports_no_qt() -> None:
    code = (
        "import sys; from companion.cli import main\n"
        "try:\n    main(['--lang', 'ru', 'badges', '--help'])\nexcept SystemExit as exc:\n    rc = exc.code\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'CLI imported Qt'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "записать бейджи сюда" in result.stdout
