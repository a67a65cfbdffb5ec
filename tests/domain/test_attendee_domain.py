"""Attendee rules: categories from spreadsheet words, stable ids, the orders a pick-up desk uses."""

from __future__ import annotations

import unicodedata

from companion.domain.attendee import (
    Attendee,
    Category,
    SortKey,
    category_from_text,
    characters_missing,
    derived_attendee_id,
    is_valid_attendee_id,
    normalise_text,
    sorted_attendees,
    upper_for_language,
)


def test_categories_in_english_and_russian() -> None:
    assert category_from_text("Speaker") is Category.SPEAKER
    assert category_from_text("  спикер ") is Category.SPEAKER
    assert category_from_text("Организатор") is Category.ORGANISER
    assert category_from_text("organizer") is Category.ORGANISER
    assert category_from_text("ПРЕССА") is Category.PRESS
    assert category_from_text("Наблюдатель") is Category.OBSERVER
    assert category_from_text("волонтёр") is Category.STAFF
    assert category_from_text("VIP lounge") is None


def test_derived_id_ignores_case_spacing_and_composition() -> None:
    composed = derived_attendee_id("Şöhrat", "Ýazmuhammedow", "Köpetdag")
    decomposed = derived_attendee_id(unicodedata.normalize("NFD", "şöhrat"), "  ýazmuhammedow ", "KÖPETDAG")
    assert composed == decomposed
    assert composed != derived_attendee_id("Şöhrat", "Ýazmuhammedow", "Another organisation")
    assert is_valid_attendee_id(composed) and composed.isupper()


def test_normalise_text_is_nfc_and_single_spaced() -> None:
    assert normalise_text("A\u0308\tJan\n  Doe ") == "Ä Jan Doe"


def _a(i: str, given: str, family: str, delegation: str, category: Category) -> Attendee:
    return Attendee(i, given, family, "", delegation, category)


def test_sort_orders() -> None:
    people = [
        _a("1", "Zara", "Adams", "Türkmenistan", Category.PRESS),
        _a("2", "Bek", "Nurlan", "Qazaqstan", Category.SPEAKER),
        _a("3", "Ann", "Baker", "Qazaqstan", Category.DELEGATE),
        _a("4", "Ivan", "Zorin", "", Category.SPEAKER),
    ]
    assert [a.id for a in sorted_attendees(people, SortKey.DELEGATION)] == ["3", "2", "1", "4"]
    assert [a.id for a in sorted_attendees(people, SortKey.FAMILY_NAME)] == ["1", "3", "2", "4"]
    assert [a.id for a in sorted_attendees(people, SortKey.CATEGORY)] == ["3", "2", "4", "1"]


def test_display_name_keeps_case() -> None:
    # str.upper() would turn Kazakh Latin "ı" into "I" and "i" into "I" (should be "İ"): names stay as typed.
    assert Attendee("x", "Aıgerım", "Şäkenqyzy").display_name == "Aıgerım Şäkenqyzy"


def test_characters_missing_lists_each_once() -> None:
    assert characters_missing(["ab山c山", "d 水"], frozenset(map(ord, "abcd"))) == ["山", "水"]


def test_labels_capitalise_i_as_the_language_does() -> None:
    assert upper_for_language("Baiandamaşy", "kk-Latn") == "BAİANDAMAŞY"
    assert upper_for_language("Qyzmetker ıs", "kk-Latn") == "QYZMETKER IS"
    assert upper_for_language("Speaker", "en") == "SPEAKER"
    assert upper_for_language("Наблюдатель", "ru") == "НАБЛЮДАТЕЛЬ"
