"""The command line's Qt-free translator reads the same catalogues the window compiles."""

from __future__ import annotations

import pytest

from companion.domain.message import render
from companion.sources.errors import at_line, at_row
from companion.sources.translations import translator


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "row 7"), ("ru", "строка 7"), ("kk", "7-жол"), ("kk-Latn", "7-jol"), ("ru_RU.UTF-8", "строка 7")],
)
def test_row_in_each_language(code: str, expected: str) -> None:
    assert render(at_row(7), translator(code)) == expected


def test_unknown_text_stays_english() -> None:
    assert translator("ru")("NoSuchContext", "left as it is") == "left as it is"


def test_nested_place_in_russian() -> None:
    assert render(at_line(3, 7), translator("ru")) == "строка 3, столбец 7"
