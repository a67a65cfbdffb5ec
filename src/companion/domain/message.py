"""Words written outside the window that still reach the user in their language.

Readers, exports and the state store cannot import Qt, yet what they report (a bad row, an unreadable
file, why a time zone was chosen) is shown in the window. They report a :class:`Message`: an English
template marked for Qt Linguist with :func:`QT_TRANSLATE_NOOP`, plus the values of its ``{fields}``.

* ``str(message)`` is the English text (logs, tests, ``--lang en``);
* ``message.render(translate)`` looks the template up with ``translate(context, text)`` first (the window
  passes ``QCoreApplication.translate``; the command line a Qt-free catalogue) and then fills in the fields,
  which may be messages themselves.

A translation that lost or renamed a field falls back to the English template rather than failing, and
``tests/i18n`` checks every catalogue keeps the fields of its source.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping
from typing import Protocol, cast

Translate = Callable[[str, str], str]
"""``translate(context, source_text)`` -> the text in the user's language (the source when there is none)."""


class Template(str):
    """A translatable English text that remembers its Qt Linguist context."""

    context: str

    def __new__(cls, context: str, text: str) -> Template:
        template = super().__new__(cls, text)
        template.context = context
        return template

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]  # copy and pickle keep the context
        return (self.context, str(self))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:
    """Mark ``text`` for translation in ``context`` without Qt; lupdate collects it into the catalogues."""
    return Template(context, text)


def QT_TRANSLATE_N_NOOP(context: str, text: str) -> Template:
    """Mark a counted ``text`` ("%n session(s) written to {path}.") for :meth:`Message.plural`.

    The catalogues hold it with one translation per plural form of each language (lupdate is shown these calls
    by ``packaging/i18n/update_translations.py``, as its Python reader does not know this marker).
    """
    return Template(context, text)


_VERBATIM = ""
"""The context of templates that are not translated (joins of other messages)."""


def english(context: str, text: str) -> str:
    """The :data:`Translate` of the source language: every text as it is written."""
    return text


def _field_names(text: str) -> set[str] | None:
    """The ``{fields}`` a template uses; None when its braces do not parse."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


class Message:
    """A template and the values of its fields, rendered in a language when it is shown."""

    __slots__ = ("count", "fields", "template")

    def __init__(self, template: Template, /, **fields: str | int | Message) -> None:
        self.template = template
        self.fields: Mapping[str, str | int | Message] = fields
        self.count: int | None = None
        """For a counted (``%n``) template: the number that picks its plural form."""

    @classmethod
    def plural(cls, template: Template, /, count: int, **fields: str | int | Message) -> Message:
        """A counted message: ``template`` (a :func:`QT_TRANSLATE_N_NOOP`) says ``%n`` where the count goes.

        The catalogue of the language picks the plural form for ``count`` (Russian has three, English two, in
        ``companion_en.ts``), exactly as ``self.tr("…%n…", "", count)`` does in the window: render it with a
        translate that takes ``(context, text, disambiguation, n)``, which ``QCoreApplication.translate`` and
        the command line's catalogue (:func:`companion.sources.translations.translator`) both do.
        ``str()`` (no catalogue) gives the source's own words, "2 session(s)": English output that users read
        renders with the English catalogue, like any other language.
        """
        message = cls(template, **fields)
        message.count = count
        return message

    @classmethod
    def counted(cls, one: Template, many: Template, /, count: int, **fields: str | int | Message) -> Message:
        """``one`` when ``count`` is 1, else ``many`` (English needs both); translations of both say the count
        in a form that needs no agreement ("Сессий без времени: {count}"), since this layer has no plural rules."""
        return cls(one if count == 1 else many, count=count, **fields)

    @classmethod
    def joined(cls, parts: Iterable[Message | str], separator: str = "; ") -> Message:
        """Several messages shown one after the other, each in the user's language."""
        items = list(parts)
        text = separator.replace("{", "{{").replace("}", "}}").join(f"{{part{i}}}" for i in range(len(items)))
        return cls(Template(_VERBATIM, text), **{f"part{i}": item for i, item in enumerate(items)})

    def render(self, translate: Translate = english) -> str:
        """The text in the language of ``translate``; English when its translation does not fit the fields."""
        values = {
            name: value.render(translate) if isinstance(value, Message) else str(value)
            for name, value in self.fields.items()
        }
        source = str(self.template)
        if self.count is not None:
            source = _PERCENT_N.sub(str(self.count), source)
            text = _translate_counted(translate, self.template.context, str(self.template), self.count) or source
        else:
            text = source if self.template.context == _VERBATIM else translate(self.template.context, source) or source
        for candidate in (text, source):
            if candidate is text and _field_names(text) != _field_names(source):
                continue
            try:
                return candidate.format_map(values)
            except (KeyError, IndexError, ValueError):
                continue
        return source

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.template, self.template.context, dict(self.fields), self.count) == (
            other.template, other.template.context, dict(other.fields), other.count)

    def __hash__(self) -> int:
        return hash((str(self.template), self.template.context))


class CountingTranslate(Protocol):
    """A :data:`Translate` that also picks plural forms, called as ``QCoreApplication.translate`` is."""

    def __call__(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1, /) -> str:
        ...


_PERCENT_N = re.compile(r"%L?n")


def _translate_counted(translate: Translate, context: str, source: str, count: int) -> str:
    """The form of ``source`` for ``count`` with ``%n`` filled; a two-argument translate gets the source's form."""
    try:
        text = cast(CountingTranslate, translate)(context, source, None, count)
    except TypeError:  # a plain (context, text) lookup knows no plural forms
        text = translate(context, source)
    return _PERCENT_N.sub(str(count), text) if text else text


def render(text: Message | str, translate: Translate = english) -> str:
    """``text`` in the language of ``translate``; plain strings (names, library messages) pass through."""
    return text.render(translate) if isinstance(text, Message) else text


_QT_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(text: str, *values: object) -> str:
    """Qt's ``%1``, ``%2`` … placeholders of a translated ``text`` filled with ``values`` in one pass.

    Unlike chained ``str.replace`` calls, a value that itself contains ``%2`` (a file named
    ``list%2 final.csv``) stays as it is. A number with no value (``%9`` of two values) is left untouched.
    """
    def value_for(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _QT_PLACEHOLDER.sub(value_for, text)
