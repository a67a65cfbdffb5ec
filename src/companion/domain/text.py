"""Multilingual text as published: a mapping from language code to string, with fallback rules."""

from __future__ import annotations

from collections.abc import Mapping

LocalizedText = Mapping[str, str]
"""Text in several languages: ``{"en": ..., "ru": ..., "kk": ..., "kk-Latn": ...}``."""

FALLBACK_LANGUAGE = "en"


def pick(text: LocalizedText | None, language: str = FALLBACK_LANGUAGE) -> str:
    """Return ``text`` in ``language``, else its base language, else English, else any language present."""
    if not text:
        return ""
    if language in text:
        return text[language]
    base = language.split("-")[0]
    if base in text:
        return text[base]
    if FALLBACK_LANGUAGE in text:
        return text[FALLBACK_LANGUAGE]
    return next(iter(text.values()))


def all_variants(text: LocalizedText | None) -> tuple[str, ...]:
    """Every language's version of ``text``, for search."""
    return tuple(text.values()) if text else ()
