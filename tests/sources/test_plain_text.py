"""HTML in schedule texts becomes plain text: ``plain_text`` against the regular expressions it replaced.

``plain_text`` trims the spaces that end a line and collapses blank runs with ``str`` methods (several times
faster on FOSDEM's abstracts); these tests hold it to what the regular expressions did, on real texts and on
generated ones full of spaces, tabs, line breaks and tags.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.sources import frab_xml
from companion.sources.schedule_builder import _ANY_TAG, _BLOCK_TAG, _block, plain_text

DATA = Path(__file__).resolve().parents[1] / "data"
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")


def reference(value: str | None) -> str:
    """``plain_text`` as the regular expressions wrote it."""
    if not value:
        return ""
    text = value
    if "<" in text and ">" in text:
        text = _ANY_TAG.sub("", _BLOCK_TAG.sub(_block, text))
    text = html.unescape(text).replace("\r\n", "\n")
    text = _BLANK_LINES.sub("\n\n", _TRAILING_SPACE.sub("\n", text))
    return text.strip()


def test_the_abstracts_of_fosdem_read_as_before() -> None:
    path = DATA / "fosdem2021.schedule.xml"
    root = frab_xml.parse_xml(path.read_bytes(), path)
    texts = [(el.text or "") for el in root.iter() if el.tag in ("abstract", "description", "subtitle")]
    assert sum("<p>" in t for t in texts) > 500
    for text in texts:
        assert plain_text(text) == reference(text)


def test_a_list_keeps_its_bullets_and_blank_runs_collapse() -> None:
    text = "<p>Topics:</p> \t\n<ul><li>water</li><LI>energy &amp; food</li></ul>\n\n\n\n\n<br/>end \r\n"
    assert plain_text(text) == "Topics:\n\n• water\n• energy & food\n\nend"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \t\n\r\n\nab<>/&;p li!-")), max_size=80))
def test_generated_text_reads_as_the_regular_expressions_read_it(text: str) -> None:
    assert plain_text(text) == reference(text)
