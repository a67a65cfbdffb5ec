"""Every menu and every page has distinct mnemonics (the letter after "&") in every language.

Two entries marked with the same letter make Alt+letter cycle between them instead of acting, so a Russian or
Kazakh user cannot reach either with one key (issue 19: the Kazakh File menu had "&Ашу…" beside
"Соңғыларды &ашу", the Russian Badges page marked П, И, Д, С and К twice or three times).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

# English mnemonics are the source texts in the UI code (Go: &Forward/&Find, &Next day/Jump to &now; View:
# &List/&Language; File: Open &Recent/&Reminders; Badges page: P, S, R, O): fixing them changes source strings
# in files other branches are editing, so it is left to the merge; strict, so the fix makes this test say so.
ENGLISH_CLASHES = pytest.mark.xfail(strict=True, reason="English source mnemonics clash; fixed in the UI code")
LANGUAGES = ("en", "ru", "kk", "kk-Latn")


def mnemonic(text: str) -> str | None:
    """The letter Alt+letter reaches ("&&" is a literal ampersand), lower-cased; None without one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def duplicates(texts: Iterable[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator() and action.isVisible()]


def page_texts(page: QWidget) -> list[str]:
    texts = [b.text() for b in page.findChildren(QAbstractButton)]
    texts += [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    texts += [box.title() for box in page.findChildren(QGroupBox)]
    return texts


def test_mnemonic_reads_qt_markup() -> None:
    assert mnemonic("&Ашу…") == "а"
    assert mnemonic("Соңғыларды &ашу") == "а"
    assert mnemonic("Save && &close") == "c"
    assert mnemonic("Tom && Jerry") is None
    assert duplicates(["&Ашу…", "Соңғыларды &ашу", "&Жабу"]) == {"а": ["&Ашу…", "Соңғыларды &ашу"]}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_menu_and_page_has_distinct_mnemonics(window_in: Callable[[str], Any], code: str) -> None:
    window = window_in(code)
    clashes: list[str] = []
    bar = window.menuBar()
    menus = [action.menu() for action in bar.actions() if action.menu() is not None]
    found = duplicates(action.text() for action in bar.actions())
    clashes += [f"menu bar: {letter}: {texts}" for letter, texts in found.items()]
    seen: list[QMenu] = []
    while menus:
        menu = menus.pop()
        if menu in seen:
            continue
        seen.append(menu)
        menus += [action.menu() for action in menu.actions() if action.menu() is not None]
        found = duplicates(menu_texts(menu))
        clashes += [f"menu {menu.title()!r}: {letter}: {texts}" for letter, texts in found.items()]
    for index in range(window.pages.count()):
        page = window.built(window.pages.widget(index))  # a page not built yet is built now
        found = duplicates(page_texts(page))
        clashes += [f"page {window.page_title(page)!r}: {letter}: {texts}" for letter, texts in found.items()]
    window.close()  # before the assertion, so a failure leaves no window behind for the next test
    assert not clashes, "\n".join(clashes)
