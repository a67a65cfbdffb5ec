"""Badges in the chosen language, or with the event's name in two languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from companion.cli import main
from companion.resources import resource_path

SAMPLE = resource_path("samples", "attendees-fictional.csv")


def _first_page_text(tmp_path: Path, *options: str) -> str:
    out = tmp_path / "badges.pdf"
    assert main([*options[:2], "badges", str(SAMPLE), "-o", str(out), *options[2:]]) == 0
    return " ".join(PdfReader(out).pages[0].extract_text().split())


def test_russian_badges_with_the_english_name_beside(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _first_page_text(tmp_path, "--lang", "ru", "--bilingual", "en")
    assert "ЦАКИК-2025" in text and "CACCC-2025" in text
    assert "13–15 мая 2025 г." in text


def test_latin_kazakh_badges(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _first_page_text(tmp_path, "--lang", "kk-Latn")
    assert "OAQÖK-2025" in text or "Ortalyq Aziianyŋ" in text
    assert "2025 jylǧy 13–15 mamyr" in text
    assert "CACCC" not in text


def test_unknown_second_language_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["badges", str(SAMPLE), "-o", str(tmp_path / "b.pdf"), "--bilingual", "fr"])
    assert info.value.code == 2
    assert "en, ru, kk, kk-Latn" in capsys.readouterr().err
