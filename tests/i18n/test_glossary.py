"""The catalogues, the Qt-free phrases and the bundled event use the glossary's words (docs/glossary.md).

The glossary's table "Words not to use" is machine-readable: each row names a language, a regular expression
and the word to use instead. A translation that matches a row fails here with the row's advice.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from companion.domain import phrases

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
CATALOGUES = {"ru": "companion_ru.ts", "kk": "companion_kk.ts", "kk-Latn": "companion_kk_Latn.ts"}
EVENT = ROOT / "resources" / "data" / "caccc2025.json"


@dataclass(frozen=True)
class Rule:
    language: str
    pattern: re.Pattern[str]
    instead: str
    catalogues_only: bool


def _cells(row: str) -> list[str]:
    """The cells of a Markdown table row; ``\\|`` is a pipe inside a cell."""
    cells = re.split(r"(?<!\\)\|", row.strip().strip("|"))
    return [cell.strip().replace("\\|", "|") for cell in cells]


def rules(text: str) -> list[Rule]:
    block = text.split("<!-- forbidden:start -->", 1)[1].split("<!-- forbidden:end -->", 1)[0]
    found = []
    for row in block.strip().splitlines()[2:]:  # after the header and the |---| line
        language, pattern, instead, why = _cells(row)
        found.append(Rule(language, re.compile(pattern.strip("`")), instead, "catalogues only" in why))
    return found


RULES = rules(GLOSSARY.read_text("utf-8"))


def catalogue_texts(language: str) -> Iterator[tuple[str, str]]:
    root = ET.parse(ROOT / "resources" / "translations" / CATALOGUES[language]).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        source = message.findtext("source") or ""
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            yield source, form


def event_texts(node: Any, language: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        if isinstance(node.get(language), str) and isinstance(node.get("en"), str):
            yield node["en"], node[language]
        for value in node.values():
            yield from event_texts(value, language)
    elif isinstance(node, list):
        for value in node:
            yield from event_texts(value, language)


def phrase_texts(language: str) -> Iterator[tuple[str, str]]:
    for key in phrases.phrase_keys():
        yield key, phrases.phrase(key, language)


def violations(texts: Iterator[tuple[str, str]], language: str, *, prose: bool = False) -> list[str]:
    found = []
    for source, text in texts:
        for rule in RULES:
            if rule.language != language or (prose and rule.catalogues_only):
                continue
            if match := rule.pattern.search(text):
                found.append(f"{source!r}: {text!r} uses {match.group()!r}; use {rule.instead!r}")
    return found


def test_the_glossary_table_is_read() -> None:
    assert {rule.language for rule in RULES} == set(CATALOGUES)
    kazakh = [rule for rule in RULES if rule.language == "kk"]
    assert any(rule.pattern.search("қайта импорттағанда адамдар") for rule in kazakh)
    assert not any(rule.pattern.search("келесі қадамдар") for rule in kazakh)
    assert not any(rule.pattern.search("электрондық кестесін") for rule in kazakh)
    assert any(rule.pattern.search("13–15 мамыр 2025") for rule in kazakh)
    assert not any(rule.pattern.search("2025 жылғы 13–15 мамыр") for rule in kazakh)


@pytest.mark.parametrize("language", list(CATALOGUES))
def test_catalogue_uses_no_forbidden_variant(language: str) -> None:
    assert violations(catalogue_texts(language), language) == []


@pytest.mark.parametrize("language", list(CATALOGUES))
def test_phrases_use_no_forbidden_variant(language: str) -> None:
    assert violations(phrase_texts(language), language) == []


@pytest.mark.parametrize("language", list(CATALOGUES))
def test_bundled_event_uses_no_forbidden_variant(language: str) -> None:
    event = json.loads(EVENT.read_text("utf-8"))
    assert violations(event_texts(event, language), language, prose=True) == []
