"""``fold`` takes fast paths (ASCII, one ``translate`` pass); it must still equal its plain definition."""

from __future__ import annotations

import unicodedata

from companion.domain.search import _LETTER_MAP, fold


def _fold_by_definition(text: str) -> str:
    """Case-folded, decomposed, combining marks dropped, look-alike letters mapped: the rule, char by char."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LETTER_MAP)


def test_every_character_of_the_basic_plane_folds_as_the_rule_says() -> None:
    chars = [chr(cp) for cp in range(0x10000) if not 0xD800 <= cp < 0xE000]
    mismatched = [c for c in chars if fold(f"a{c}b") != _fold_by_definition(f"a{c}b")]
    assert mismatched == []


def test_mixed_text_folds_as_the_rule_says() -> None:
    samples = [
        "Climate Finance — Қаржы, Oʻzbekiston o'zgarishi, İstanbul, ŞÄÉ ß æ Œ, `quoted' text",
        "Ёлка й Ҷумъа ӣ ӯ ğ ç ñ ÿ ﬁ ① ㎏ Ａ",  # compatibility forms (ﬁ, ①, ㎏, fullwidth) decompose too
        "plain ascii only, with 'apostrophes' and `backticks`",
        "e\u0301 combining acute after e, \u0430\u0306 Cyrillic a with breve",
    ]
    for text in samples:
        assert fold(text) == _fold_by_definition(text)
