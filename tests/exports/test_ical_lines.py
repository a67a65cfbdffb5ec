"""The .ics writer's escaping and folding against icalendar's own, on generated text.

Companion writes VEVENT lines itself (``exports.ical.fold`` and ``escape_text``); every line must come out as
icalendar wrote it: TEXT escaped the same way, folded after 74 octets, never inside a UTF-8 character and never
between a backslash (or a caret) and what follows it. The golden files prove it for real exports; these tests
try the edges.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar.parser import Contentline
from icalendar.prop import vText

from companion.exports.ical import escape_text, fold

PIECES = ["a", "Z", " ", "\\", "^", ";", ",", ":", "\n", "\r", "\r\n", "\\N", "é", "Қ", "ʻ", "—", "😀", "\t"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=260), st.integers(0, 80))
def test_a_text_property_is_written_as_icalendar_writes_it(pieces: list[str], name_length: int) -> None:
    text = "".join(pieces)
    name = "X" * name_length or "DESCRIPTION"
    escaped = escape_text(text)
    assert escaped == vText(text).to_ical().decode("utf-8")
    assert fold(f"{name}:{escaped}") == Contentline(f"{name}:{escaped}").to_ical()


def test_a_fold_never_splits_a_character_or_an_escape() -> None:
    line = "DESCRIPTION:" + "x" * 61 + "\\;" + "Қ" * 40 + "😀" * 30
    folded = fold(line)
    assert folded == Contentline(line).to_ical()
    physical = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in physical)
    assert physical[0].endswith(b"x") and physical[1].startswith(b" \\;")
    for p in physical:
        p.decode("utf-8")
