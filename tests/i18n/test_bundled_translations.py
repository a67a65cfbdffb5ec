"""The bundled event speaks every language, and says which titles are Companion's own translations."""

from __future__ import annotations

import pytest

from companion.domain.event import Event
from companion.domain.kazakh_latin import to_latin
from companion.domain.title_provenance import published_languages, published_title, title_is_translation

LANGUAGES = ("en", "ru", "kk", "kk-Latn")


def _no_cyrillic(text: str) -> bool:
    return not any("\u0400" <= ch <= "\u04ff" for ch in text)


def test_names_titles_types_days_and_delegations_exist_in_every_language(bundled_event: Event) -> None:
    texts = [bundled_event.name, bundled_event.short_name]
    texts += [s.title for s in bundled_event.sessions]
    texts += [t.name for t in bundled_event.types.values()]
    texts += [d.label for d in bundled_event.days] + [d.note for d in bundled_event.days]
    texts += [d.name for d in bundled_event.delegations.values() if d.kind == "country"]
    for text in texts:
        assert set(LANGUAGES) <= set(text), text


def test_latin_kazakh_is_the_cyrillic_in_the_report_letters(bundled_event: Event) -> None:
    for s in bundled_event.sessions:
        assert _no_cyrillic(s.title["kk-Latn"]), s.id
        assert s.title["kk-Latn"] == to_latin(s.title["kk"]), s.id


def test_published_titles_are_not_marked_as_translations(bundled_event: Event) -> None:
    by_id = bundled_event.sessions_by_id
    # Published in Russian (facts §3): the exhibition and the seminar's beginning.
    assert not title_is_translation(by_id["endemic-flora-fauna-exhibition"], "ru")
    assert not title_is_translation(by_id["osce-youth-women-seminar"], "ru")
    # Published by Adyrna in Kazakh Latin (facts §8); its Cyrillic spelling is ours.
    green = by_id["parallel-green-bridge"]
    assert not title_is_translation(green, "kk-Latn")
    assert title_is_translation(green, "kk")
    assert published_title(green, "kk") == ("kk-Latn", green.title["kk-Latn"])
    for s in bundled_event.sessions:
        assert not title_is_translation(s, "en"), s.id


@pytest.mark.parametrize("language", ["ru", "kk", "kk-Latn"])
def test_every_translated_title_has_a_published_one_beside_it(bundled_event: Event, language: str) -> None:
    translated = [
        s for s in bundled_event.sessions if title_is_translation(s, language) and published_languages(s)
    ]
    assert translated  # most titles were only published in English (some only described, none published)
    for s in translated:
        shown = published_title(s, language)
        assert shown is not None and shown[1] != s.title[language]


def test_marked_languages_are_languages_the_title_has(bundled_event: Event) -> None:
    for s in bundled_event.sessions:
        assert set(s.translated_title_languages) <= set(s.title) - {"en"}, s.id
