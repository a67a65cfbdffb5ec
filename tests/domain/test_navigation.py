"""Back/Forward history: behaves like a web browser's."""

from __future__ import annotations

import pytest

from companion.domain.navigation import History, Location


def _walk(history: History, *places: tuple[str, str]) -> None:
    for kind, item in places:
        history.visit(kind, item)


def test_back_and_forward_retrace_the_path() -> None:
    h = History()
    _walk(h, ("delegation", "kazakhstan"), ("person", "mansur-oshurbaev"))
    assert h.current == ("person", "mansur-oshurbaev")
    assert h.back() == ("delegation", "kazakhstan")
    assert not h.can_go_back and h.can_go_forward
    assert h.back() is None
    assert h.current == ("delegation", "kazakhstan")
    assert h.forward() == Location("person", "mansur-oshurbaev")
    assert h.forward() is None
    assert h.can_go_back and not h.can_go_forward


def test_a_new_visit_drops_the_forward_path() -> None:
    h = History()
    _walk(h, ("session", "a"), ("person", "p"), ("delegation", "d"))
    h.back()
    h.back()
    h.visit("session", "b")
    assert not h.can_go_forward
    assert h.back_list() == [("session", "a")]


def test_visiting_the_current_place_changes_nothing() -> None:
    h = History()
    assert h.visit("person", "p")
    assert not h.visit("person", "p")
    assert not h.can_go_back
    h.visit("delegation", "d")
    h.back()
    assert not h.visit("person", "p")
    assert h.can_go_forward  # re-showing the same place keeps the way forward


def test_lists_are_nearest_first() -> None:
    h = History()
    _walk(h, ("page", "agenda"), ("session", "s1"), ("person", "p1"), ("delegation", "d1"))
    h.back()
    assert h.back_list() == [("session", "s1"), ("page", "agenda")]
    assert h.forward_list() == [("delegation", "d1")]


def test_limit_keeps_the_most_recent_places() -> None:
    h = History(limit=3)
    for i in range(10):
        h.visit("session", str(i))
    assert h.back_list() == [("session", "8"), ("session", "7"), ("session", "6")]
    with pytest.raises(ValueError):
        History(limit=0)


def test_prune_forgets_places_that_no_longer_exist() -> None:
    h = History()
    _walk(h, ("person", "a"), ("person", "gone"), ("person", "a"), ("person", "b"), ("person", "gone"))
    h.back()
    h.prune(lambda loc: loc.id != "gone")
    assert h.current == ("person", "b")
    assert h.back_list() == [("person", "a")]
    assert not h.can_go_forward
    h.visit("person", "gone")
    h.prune(lambda loc: loc.id != "gone")
    assert h.current == ("person", "b")
    assert h.back_list() == [("person", "a")]


def test_clear() -> None:
    h = History()
    _walk(h, ("person", "a"), ("person", "b"))
    h.clear()
    assert h.current is None and not h.can_go_back and h.back() is None


def test_replace_swaps_the_current_place_only() -> None:
    h = History()
    h.replace("page", "agenda")
    assert h.current == ("page", "agenda") and not h.can_go_back
    _walk(h, ("person", "p"), ("session", "s1"))
    h.back()
    h.replace("person", "q")
    assert h.current == ("person", "q")
    assert h.back_list() == [("page", "agenda")]
    assert h.forward_list() == [("session", "s1")]
    h.replace("page", "agenda")  # the same as the place behind: no doubled entry
    assert not h.can_go_back
