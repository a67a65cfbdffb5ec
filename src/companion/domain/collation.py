"""One collation for every order the badge desk sees: the page's table, ``companion badges --sort`` and the PDF.

The order is the Unicode Collation Algorithm with the default table (DUCET), from ``pyuca`` (pure Python, so it
installs from one wheel on Windows, macOS and Linux and the bundle needs no ICU). Within a script DUCET puts
letters with diacritics beside their base letter (Turkmen Ç with C, Ö with O, Ý with Y, Ň with N, Ş with S: the
accent only breaks ties), and letters that are distinct letters in Unicode after their base (Kazakh Қ after К,
Ә after А, Ң after Н). ``pyuca`` has no tailoring, so the Turkmen and Kazakh alphabets' own orders (Ň as a
letter after N) are not applied; the DUCET order is what the desk gets, whatever the language.

What does follow the badge language of the run: the script whose names come first. A Russian, Kazakh or Tajik
run puts Cyrillic names first and Latin ones after; any other run (English, Kazakh Latin, Turkmen, Uzbek) puts
Latin first; every other script (Arabic, Chinese …) follows in DUCET order. Case and accents break ties, then
the text as typed, so the order never depends on the order the list came in.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

_CYRILLIC_FIRST = frozenset({"ru", "kk", "tg", "ky", "be", "uk", "mn"})


@lru_cache(maxsize=1)
def _collator() -> Any:
    from pyuca import Collator  # type: ignore[import-untyped]  # ~0.2 s to load the table: only when sorting

    return Collator()


def _script_rank(text: str, cyrillic_first: bool) -> int:
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            return 1 if cyrillic_first else 0
        if name.startswith("CYRILLIC"):
            return 0 if cyrillic_first else 1
        return 2
    return 3  # no letters at all: after every name


def cyrillic_first(language: str) -> bool:
    """True when runs in ``language`` put Cyrillic names before Latin ones."""
    return language.split("-")[0] in _CYRILLIC_FIRST and not language.endswith("-Latn")


CollationKey = tuple[int, tuple[int, ...], str]


def collation_key(text: str, language: str = "en") -> CollationKey:
    """Sort key for ``text`` in a run whose badges are in ``language`` (see the module's documentation)."""
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    return (_script_rank(text, cyrillic_first(language)), tuple(_collator().sort_key(text)), text)


def sorted_texts(texts: list[str], language: str = "en") -> list[str]:
    """``texts`` in collation order for ``language``."""
    return sorted(texts, key=lambda t: collation_key(t, language))
