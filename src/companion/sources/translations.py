"""Companion's compiled catalogues (``.qm``) read without Qt, for the command line and the exports.

The window loads ``resources/translations/companion_<suffix>.qm`` with a ``QTranslator``; the command line
must not import Qt, so this module reads the very same files. A ``.qm`` is a small documented binary
(Qt's ``qtranslator.cpp``): a magic number, then tagged blocks, of which two matter here:

* the messages: for each entry its context and source text (UTF-8), comment, and one translation per plural
  form (UTF-16BE), each field a tag byte with a length;
* the numerus rules: a few bytes of bytecode that ``lrelease`` writes for the language (Russian: "n%10 = 1
  and n%100 != 11", then "n%10 in 2..4 and n%100 not in 10..19", else), which pick the form for a count.

So the window and the command line take their texts and their plural forms from the same data, lrelease's
output, with no second catalogue to generate or keep current. Reading the ``.ts`` instead would mean parsing
XML at every start and repeating lrelease's work (which entries are finished, the plural rules of each
language); a JSON copy would be a second artefact to keep in step. A damaged or missing file reads as an empty
catalogue: every text stays in English, as ``QTranslator`` does.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from companion.domain.message import Translate
from companion.i18n import language
from companion.resources import resource_path

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Block tags of a .qm file.
_BLOCK_CONTEXTS = 0x2F
_BLOCK_HASHES = 0x42
_BLOCK_MESSAGES = 0x69
_BLOCK_NUMERUS_RULES = 0x88
_BLOCK_DEPENDENCIES = 0x96
_BLOCK_LANGUAGE = 0xA7

# Field tags inside the messages block.
_TAG_END = 1
_TAG_SOURCE_TEXT16 = 2
_TAG_TRANSLATION = 3
_TAG_CONTEXT16 = 4
_TAG_OBSOLETE1 = 5
_TAG_SOURCE_TEXT = 6
_TAG_CONTEXT = 7
_TAG_COMMENT = 8
_TAG_OBSOLETE2 = 9
_NULL_STRING = 0xFFFFFFFF

# Numerus rule bytecode (qtranslator.cpp).
_Q_EQ, _Q_LT, _Q_LEQ, _Q_BETWEEN = 0x01, 0x02, 0x03, 0x04
_Q_NOT, _Q_MOD_10, _Q_MOD_100, _Q_LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_Q_AND, _Q_OR, _Q_NEWRULE = 0xFD, 0xFE, 0xFF
_Q_OP_MASK = 0x07

Key = tuple[str, str, str]
"""``(context, source text, comment)`` of a catalogue entry."""


class CatalogueError(ValueError):
    """The bytes are not a compiled Qt catalogue."""


def plural_form(n: int, rules: bytes) -> int:
    """Which plural form (0, 1, …) the ``rules`` of a language take for the count ``n``; as Qt's ``numerusHelper``.

    Each rule is an or-list of and-lists of comparisons; the first rule that holds gives its index, and a
    count no rule matches takes the form after the last rule. Malformed rules give form 0.
    """
    if not rules:
        return 0
    size = len(rules)
    result = 0
    i = 0
    try:
        while True:
            or_value = False
            while True:
                and_value = True
                while True:
                    opcode = rules[i]
                    i += 1
                    left = n
                    if opcode & _Q_MOD_10:
                        left %= 10
                    elif opcode & _Q_MOD_100:
                        left %= 100
                    elif opcode & _Q_LEAD_1000:
                        while left >= 1000:
                            left //= 1000
                    right = rules[i]
                    i += 1
                    op = opcode & _Q_OP_MASK
                    if op == _Q_EQ:
                        truth = left == right
                    elif op == _Q_LT:
                        truth = left < right
                    elif op == _Q_LEQ:
                        truth = left <= right
                    elif op == _Q_BETWEEN:
                        top = rules[i]
                        i += 1
                        truth = right <= left <= top
                    else:
                        return 0
                    if opcode & _Q_NOT:
                        truth = not truth
                    and_value = and_value and truth
                    if i == size or rules[i] != _Q_AND:
                        break
                    i += 1
                or_value = or_value or and_value
                if i == size or rules[i] != _Q_OR:
                    break
                i += 1
            if or_value:
                return result
            result += 1
            if i == size:
                return result
            if rules[i] != _Q_NEWRULE:
                return 0
            i += 1
    except IndexError:
        return 0


def _blocks(data: bytes) -> dict[int, bytes]:
    if not data.startswith(QM_MAGIC):
        raise CatalogueError("not a Qt .qm catalogue")
    blocks: dict[int, bytes] = {}
    pos = len(QM_MAGIC)
    while pos < len(data):
        if pos + 5 > len(data):
            raise CatalogueError("truncated block header")
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        pos += 5
        if pos + length > len(data):
            raise CatalogueError("truncated block")
        blocks[tag] = data[pos:pos + length]
        pos += length
    return blocks


def _messages(block: bytes) -> dict[Key, tuple[str, ...]]:
    """Every entry of a messages block: key -> its translations, one per plural form."""
    out: dict[Key, tuple[str, ...]] = {}
    pos = 0
    size = len(block)
    while pos < size:
        context = source = comment = ""
        forms: list[str] = []
        while True:
            tag = block[pos]
            pos += 1
            if tag == _TAG_END:
                break
            if tag in (_TAG_OBSOLETE1, _TAG_OBSOLETE2):
                pos += 4 if tag == _TAG_OBSOLETE1 else 0
                continue
            (length,) = struct.unpack_from(">I", block, pos)
            pos += 4
            if length == _NULL_STRING:
                if tag == _TAG_TRANSLATION:
                    forms.append("")
                continue
            raw = block[pos:pos + length]
            if len(raw) != length:
                raise CatalogueError("truncated message")
            pos += length
            if tag == _TAG_TRANSLATION:
                forms.append(raw.decode("utf-16-be"))
            elif tag == _TAG_SOURCE_TEXT:
                source = raw.decode("utf-8")
            elif tag == _TAG_SOURCE_TEXT16:
                source = raw.decode("utf-16-be")
            elif tag == _TAG_CONTEXT:
                context = raw.decode("utf-8")
            elif tag == _TAG_CONTEXT16:
                context = raw.decode("utf-16-be")
            elif tag == _TAG_COMMENT:
                comment = raw.decode("utf-8")
            else:
                raise CatalogueError(f"unknown message tag {tag}")
        out[(context, source, comment)] = tuple(forms)
    return out


_PERCENT_N = re.compile(r"%L?n")


def _replace_percent_n(text: str, n: int) -> str:
    """Qt's ``%n`` (and its localised ``%Ln``) replaced by the count in one pass, as ``QCoreApplication.translate``."""
    return _PERCENT_N.sub(str(n), text) if n >= 0 else text


@dataclass(frozen=True, slots=True)
class Catalogue:
    """One compiled catalogue: ``catalogue(context, text)`` is a :data:`Translate`; counts pick plural forms.

    Called like ``QCoreApplication.translate(context, text, disambiguation, n)``: the translation (the form
    for ``n`` when ``n`` >= 0, with ``%n`` replaced by it), or the source text when there is none.
    """

    language: str = ""
    """The language lrelease wrote into the file (``ru_RU``, ``kk_Latn_KZ``, ``en``)."""
    messages: Mapping[Key, tuple[str, ...]] = field(default_factory=dict)
    numerus_rules: bytes = b""

    @classmethod
    def from_bytes(cls, data: bytes) -> Catalogue:
        """Parse a ``.qm``; raises :class:`CatalogueError` when the bytes are not one."""
        blocks = _blocks(data)
        try:
            messages = _messages(blocks.get(_BLOCK_MESSAGES, b""))
        except (IndexError, struct.error, UnicodeDecodeError) as exc:
            raise CatalogueError(f"damaged messages: {exc}") from exc
        language_name = blocks.get(_BLOCK_LANGUAGE, b"").decode("utf-8", "replace")
        return cls(language_name, messages, blocks.get(_BLOCK_NUMERUS_RULES, b""))

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        """The catalogue in ``path``; an empty one (every text in English) when it is missing or damaged."""
        try:
            return cls.from_bytes(path.read_bytes())
        except (OSError, CatalogueError):
            return cls()

    def plural_form(self, n: int) -> int:
        return plural_form(n, self.numerus_rules)

    def lookup(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """The translation as written in the catalogue (``%n`` not replaced), or None when it has none."""
        forms = self.messages.get((context, source_text, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self.messages.get((context, source_text, ""))
        if not forms:
            return None
        index = self.plural_form(n) if n >= 0 else 0
        text = forms[index] if index < len(forms) else ""
        return text or None

    def __call__(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = self.lookup(context, source_text, disambiguation, n)
        return _replace_percent_n(found if found is not None else source_text, n)

    def __len__(self) -> int:
        return len(self.messages)


def catalogue_path(code: str) -> Path:
    """The compiled catalogue of the language ``code`` (normalised first)."""
    return resource_path("translations", f"companion_{language(code).catalogue_suffix}.qm")


@lru_cache(maxsize=8)
def _catalogue(suffix: str) -> Catalogue:
    return Catalogue.load(resource_path("translations", f"companion_{suffix}.qm"))


def catalogue(code: str) -> Catalogue:
    """The catalogue of the language ``code`` (en, ru, kk, kk-Latn, or a locale name such as ``ru_RU.UTF-8``)."""
    return _catalogue(language(code).catalogue_suffix)


def translator(code: str) -> Translate:
    """``translate(context, text)`` for the language ``code``; also takes ``(…, disambiguation, n)`` for counts."""
    return catalogue(code)
