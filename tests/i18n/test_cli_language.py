"""``companion --lang CODE agenda`` prints the programme in that language."""

from __future__ import annotations

import json

import pytest

from companion.cli import main


def _agenda(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main([*args]) == 0
    return capsys.readouterr().out


def test_russian_agenda(capsys: pytest.CaptureFixture[str]) -> None:
    out = _agenda(capsys, "--lang", "ru", "agenda", "--day", "2025-05-13")
    assert "вторник, 13 мая 2025 г. — День 1" in out
    assert "~09:30–10:30 (ориентировочно)" in out
    assert "зал не опубликован" in out
    assert "Церемония открытия" in out
    # The Russian title is the project's translation: the published one is printed beside it ...
    assert "Опубликованное название: Regional and National Climate Policy" in out
    # ... but a descriptive English label (no title was published) is not called a published title.
    assert "Опубликованное название: Opening ceremony" not in out
    # The exhibition's Russian title was published, so nothing is added to it.
    assert "Знакомство с уникальной эндемичной флорой и фауной Туркменистана" in out
    assert "Exploring Turkmenistan" not in out


def test_kazakh_agendas_in_both_alphabets(capsys: pytest.CaptureFixture[str]) -> None:
    cyrillic = _agenda(capsys, "agenda", "--lang", "kk", "--day", "2025-05-14")
    assert "2025 жылғы 14 мамыр, сәрсенбі — 2-күн" in cyrillic
    latin = _agenda(capsys, "agenda", "--lang", "kk_Latn", "--day", "2025-05-14")
    assert "2025 jylǧy 14 mamyr, särsenbı — 2-kün" in latin
    assert "Klimattyŋ özgeruıne arnalǧan Ortalyq Aziianyŋ 7-şı konferensiiasy (OAQÖK-2025)" in latin
    assert not any("\u0400" <= ch <= "\u04ff" for ch in latin)


def test_day_without_sessions_and_undated_sessions(capsys: pytest.CaptureFixture[str]) -> None:
    out = _agenda(capsys, "--lang", "ru", "agenda", "--day", "undated")
    assert "Дата не опубликована" in out and "время не опубликовано" in out


def test_json_titles_follow_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    records = json.loads(_agenda(capsys, "--lang", "kk", "agenda", "--json"))
    plenary = next(r for r in records if r["id"] == "opening-plenary")
    assert plenary["title"] == "Өңірлік және ұлттық климаттық саясат: жетістіктер мен жоспарлар"
    assert plenary["type_name"] == "Пленарлық отырыс"


def test_unknown_language_is_refused_with_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--lang", "fr", "agenda"])
    assert info.value.code == 2
    assert "en, ru, kk, kk-Latn" in capsys.readouterr().err


def test_people_and_delegations_in_russian(capsys: pytest.CaptureFixture[str]) -> None:
    delegations = _agenda(capsys, "--lang", "ru", "delegations")
    assert "стран: 5" in delegations and "Казахстан  [страна; id: kazakhstan]" in delegations
    assert "Глава: M. Oshurbaev" in delegations
    people = _agenda(capsys, "--lang", "ru", "people")
    assert "Имя" in people.splitlines()[2] and "Роль и организация" in people.splitlines()[2]
    assert "Сессии не опубликованы" in people


def test_people_in_latin_kazakh_has_latin_headers(capsys: pytest.CaptureFixture[str]) -> None:
    header = _agenda(capsys, "--lang", "kk-Latn", "people").splitlines()[2]
    assert header.split()[:1] == ["Aty-jönı"] and not any("\u0400" <= ch <= "\u04ff" for ch in header)


@pytest.mark.parametrize("command", ["agenda", "people", "delegations"])
def test_translated_content_is_said_to_be_companions_translation(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    russian = _agenda(capsys, "--lang", "ru", command)
    note = "Описания, примечания, темы и роли на этом языке — перевод Companion с английского."
    assert russian.rstrip().endswith(note)
    latin = _agenda(capsys, "--lang", "kk-Latn", command)
    assert "Companion aǧylşyn tılınen audarǧan." in latin
    assert "translation from English" not in _agenda(capsys, "--lang", "en", command)
