"""Companion's translations read from the Qt Linguist sources without Qt, for the command line.

The window loads the compiled ``.qm`` catalogues through Qt; the command line must not import Qt, so it reads
the same translations from the ``.ts`` files shipped beside them (XML, read with defusedxml). Only finished
singular entries are used; anything else falls back to the English source text.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from defusedxml import ElementTree

from companion.domain.message import Translate, english
from companion.i18n import language
from companion.resources import resource_path

_NOT_USED = ("unfinished", "vanished", "obsolete")


def _catalogue_path(suffix: str) -> Path:
    return resource_path("translations", f"companion_{suffix}.ts")


@lru_cache(maxsize=8)
def _entries(suffix: str) -> dict[tuple[str, str], str]:
    path = _catalogue_path(suffix)
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in _NOT_USED or message.get("numerus") == "yes":
                continue
            found[(name, source)] = translation.text
    return found


def translator(code: str) -> Translate:
    """``translate(context, text)`` for the language ``code`` (en, ru, kk, kk-Latn); English passes through."""
    suffix = language(code).catalogue_suffix
    if not suffix:
        return english
    entries = _entries(suffix)
    return lambda context, text: entries.get((context, text), text)
