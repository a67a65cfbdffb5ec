"""``companion --help`` in the user's language: the texts of the options, and argparse's own words.

The parser is built after the language is known (see :func:`companion.cli.context.language_before_parsing`),
so every ``help=`` and ``description=`` is rendered as it is written: a :func:`QT_TRANSLATE_NOOP` template in
the ``CommandLineHelp`` context, looked up in the Qt-free catalogue. Argparse writes a few words of its own
("usage:", "options", "show this help message and exit", "the following arguments are required: …") through
``gettext``; :func:`argparse_words` lets it find them in the same catalogue while the command line is parsed,
and puts argparse's ``gettext`` back afterwards. English output is argparse's, unchanged.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from companion.domain.message import QT_TRANSLATE_NOOP, Message, Template, Translate

HelpText = Callable[..., str]
"""``said(template, **fields)`` -> the help text in the user's language."""

_ARGPARSE_WORDS = frozenset({
    # Argparse's own messages (Python 3.11 spelling), each as it asks gettext for it, less surrounding blanks.
    QT_TRANSLATE_NOOP("CommandLineHelp", "usage:"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "positional arguments"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "options"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "expected one argument"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "expected at most one argument"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "expected at least one argument"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("CommandLineHelp", "ignored explicit argument %r"),
})


def help_in(translate: Translate) -> HelpText:
    """``said(QT_TRANSLATE_NOOP("CommandLineHelp", "..."), field=value)``: a help text in ``translate``'s language."""

    def said(template: Template, **fields: str | int | Message) -> str:
        return Message(template, **fields).render(translate)

    return said


def argparse_gettext(translate: Translate) -> Callable[[str], str]:
    """A ``gettext`` for argparse: its known words in ``translate``'s language, anything else as it came."""

    def gettext(text: str) -> str:
        if not isinstance(text, str):  # argparse asks for a missing subparsers description too
            return text
        words = text.strip()
        if words not in _ARGPARSE_WORDS:
            return text
        start = text.index(words)  # keep "usage: "'s space and the error line's newline around the words
        return text[:start] + translate("CommandLineHelp", words) + text[start + len(words):]

    return gettext


@contextmanager
def argparse_words(translate: Translate) -> Iterator[None]:
    """While the parser is built and used, argparse writes its own words in ``translate``'s language."""
    original = vars(argparse)["_"]
    setattr(argparse, "_", argparse_gettext(translate))  # noqa: B010 - argparse's stubs do not declare ``_``
    try:
        yield
    finally:
        setattr(argparse, "_", original)  # noqa: B010
