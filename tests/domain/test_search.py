"""Search folding: case, diacritics and look-alike letters in every script the conference uses."""

from __future__ import annotations

import pytest

from companion.domain.search import Query, fold, haystack


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("қазақстан", "ҚАЗАҚСТАН"),  # Kazakh Cyrillic, case
        ("казакстан", "Қазақстан"),  # Kazakh letters typed on a Russian keyboard
        ("oşurbaev", "OŞURBAEV"),  # Kazakh Latin ş, case
        ("osurbaev", "Oşurbaev"),  # ş without its cedilla
        ("klimattyn ozgeruine", "Klimattyŋ özgeruıne"),  # ŋ, ö and dotless ı
        ("Türkmenistan", "turkmenistan"),  # Turkmen ü
        ("ýaşyl", "YASYL"),  # Turkmen ý and ş
        ("ISTANBUL", "İstanbul"),  # dotted capital İ
        ("ıstanbul", "istanbul"),  # dotless ı
        ("däneşe", "DANESE"),  # ä
        ("cafe", "Café"),  # é
        ("ЁЛКА", "елка"),  # ё
        ("o'zgarishi", "oʻzgarishi"),  # Uzbek apostrophes
        ("бабаныязов", "Бабаныязов"),
        ("ҷумъа", "Чумъа"),  # Tajik ҷ
    ],
)
def test_fold_makes_spellings_meet(typed: str, text: str) -> None:
    assert Query.parse(typed).matches(haystack([text]))


@pytest.mark.parametrize(("typed", "text"), [("almaty", "Ashgabat"), ("қазан", "Астана"), ("ş", "a")])
def test_fold_keeps_different_words_apart(typed: str, text: str) -> None:
    assert not Query.parse(typed).matches(haystack([text]))


def test_every_word_must_match_somewhere() -> None:
    text = haystack(["Climate Finance for Central Asia", "World Bank"])
    assert Query.parse("finance bank").matches(text)
    assert not Query.parse("finance glacier").matches(text)


def test_empty_query() -> None:
    assert Query.parse("   ").is_empty
    assert fold("ҰДАҮ") == fold("удау")
