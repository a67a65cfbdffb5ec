"""Search that ignores case and diacritics in every script the conference uses.

``fold`` maps text to a comparable key: case-folded, accents removed, Kazakh/Tajik Cyrillic letters
mapped to the Russian letters people type instead (қ→к, ә→а ...), Turkish/Kazakh dotless ı and dotted
İ to i, and apostrophe-like marks (Uzbek oʻ, o') dropped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_LETTER_MAP = str.maketrans(
    {
        # Kazakh Cyrillic
        "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
        # Tajik, Uzbek, Kyrgyz Cyrillic
        "ҷ": "ч", "ҳ": "х", "ӯ": "у", "ӣ": "и", "ў": "у",
        "ё": "е", "й": "и",
        # Latin letters without a decomposition
        "ı": "i", "ŋ": "n", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
        # apostrophes and modifier letters (Uzbek oʻzbek / o'zbek / o`zbek)
        "ʻ": None, "ʼ": None, "'": None, "’": None, "‘": None, "`": None, "ʹ": None,
    }
)


def fold(text: str) -> str:
    """Comparable form of ``text``: no case, no diacritics, one spelling for look-alike letters."""
    lowered = text.casefold()
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(_LETTER_MAP)


@dataclass(frozen=True, slots=True)
class Query:
    """A folded query: every word must occur somewhere in the searched text."""

    words: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> Query:
        return cls(tuple(w for w in fold(text).split() if w))

    @property
    def is_empty(self) -> bool:
        return not self.words

    def matches(self, folded_haystack: str) -> bool:
        return all(w in folded_haystack for w in self.words)


def haystack(parts: Iterable[str]) -> str:
    """One folded string to search, joined from every text a record carries."""
    return fold("\n".join(p for p in parts if p))
