"""Browser-like Back/Forward history over places in the app: a session, a person, a delegation or a page.

A :class:`Location` is a ``(kind, id)`` pair, so ``("person", "mansur-oshurbaev")`` compares equal to
``Location("person", "mansur-oshurbaev")``. The history knows nothing about widgets; the window asks it
where to go and shows that place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

SESSION = "session"
PERSON = "person"
DELEGATION = "delegation"
PAGE = "page"


class Location(NamedTuple):
    """One place: ``kind`` is "session", "person", "delegation" or "page"; ``id`` names the item or page."""

    kind: str
    id: str


class History:
    """Back and forward stacks around a current location, like a web browser's.

    Visiting a new place drops everything ahead of the current one; visiting the place already shown
    changes nothing. At most ``limit`` places are kept behind the current one.
    """

    def __init__(self, limit: int = 200) -> None:
        if limit < 1:
            raise ValueError("a history needs room for at least one place")
        self._limit = limit
        self._back: list[Location] = []
        self._forward: list[Location] = []
        self._current: Location | None = None

    @property
    def current(self) -> Location | None:
        return self._current

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back_list(self) -> list[Location]:
        """Places Back would reach, nearest first."""
        return list(reversed(self._back))

    def forward_list(self) -> list[Location]:
        """Places Forward would reach, nearest first."""
        return list(reversed(self._forward))

    def visit(self, kind: str, item_id: str) -> bool:
        """Go to a new place; returns False when it is already the current one."""
        location = Location(kind, item_id)
        if location == self._current:
            return False
        if self._current is not None:
            self._back.append(self._current)
            del self._back[: max(0, len(self._back) - self._limit)]
        self._current = location
        self._forward.clear()
        return True

    def replace(self, kind: str, item_id: str) -> None:
        """Show another place in the current one's stead (browsing a list), leaving Back and Forward alone."""
        location = Location(kind, item_id)
        if self._current is None:
            self._current = location
            return
        self._current = location
        if self._back and self._back[-1] == location:
            self._back.pop()

    def back(self) -> Location | None:
        """Step back; returns the place to show, or None when there is nothing behind."""
        if not self._back:
            return None
        if self._current is not None:
            self._forward.append(self._current)
        self._current = self._back.pop()
        return self._current

    def forward(self) -> Location | None:
        """Step forward again; returns the place to show, or None when there is nothing ahead."""
        if not self._forward:
            return None
        if self._current is not None:
            self._back.append(self._current)
        self._current = self._forward.pop()
        return self._current

    def clear(self) -> None:
        self._back.clear()
        self._forward.clear()
        self._current = None

    def prune(self, exists: Callable[[Location], bool]) -> None:
        """Forget places that no longer exist (another event was opened), and repeated neighbours left behind."""
        self._back = _squeeze([loc for loc in self._back if exists(loc)])
        self._forward = _squeeze([loc for loc in self._forward if exists(loc)])
        if self._current is not None and not exists(self._current):
            self._current = self._back.pop() if self._back else None
        if self._current is not None:
            while self._back and self._back[-1] == self._current:
                self._back.pop()
            while self._forward and self._forward[-1] == self._current:
                self._forward.pop()


def _squeeze(locations: list[Location]) -> list[Location]:
    out: list[Location] = []
    for loc in locations:
        if not out or out[-1] != loc:
            out.append(loc)
    return out
