"""What the command line refuses (a day that is not in the event, an unwritable key file, a bad --now) it
says in the chosen language."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.cli import main
from companion.cli.context import parse_now


def _refusal(*args: str) -> str:
    with pytest.raises(SystemExit) as info:
        main([*args])
    return str(info.value.code)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ru", "companion agenda: 2025-05-20 — не день этого мероприятия"),
        ("en", "companion agenda: 2025-05-20 is not a day of this event (2025-05-12, 2025-05-13"),
    ],
)
def test_a_day_outside_the_event(code: str, expected: str) -> None:
    assert _refusal("--lang", code, "agenda", "--day", "2025-05-20").startswith(expected)


def test_a_day_that_is_not_a_date_in_kazakh_latin() -> None:
    text = _refusal("--lang", "kk-Latn", "agenda", "--day", "someday")
    assert "'someday'" in text and "is not a date" not in text
    assert not any("\u0400" <= ch <= "\u04ff" for ch in text)


def test_public_key_to_a_missing_folder_in_russian(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "missing" / "key.pem"
    assert main(["--lang", "ru", "badges", "--export-public-key", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"companion badges: не удалось записать {target}: папка не существует"


def test_bad_now_in_russian(bundled_event) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as info:
        parse_now("tomorrow morning", bundled_event, "ru")
    assert str(info.value.code).startswith("companion: --now 'tomorrow morning'")
    assert "is not a date" not in str(info.value.code)
