"""Named, ordered slots for actions in a menu or a toolbar, so where an entry lands does not depend on who
added it first.

A :class:`ActionSlots` splits a menu or toolbar into sections declared once, in order (for the Go menu:
``history``, ``pages``, ``search``, ``day``, ``session``). A feature puts an action into a section with an
``order`` number; within a section, entries sort by order, and entries of equal order keep the order they
were added in (give each feature's entries distinct orders). Each section ends with a marker
action (a separator in menus, an invisible action in toolbars), and a new entry is inserted before the first
entry that sorts after it, so the result is the same whatever order the features were installed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QWidget, QWidgetAction


@dataclass(frozen=True, slots=True)
class _Entry:
    order: int
    action: QAction


class ActionSlots:
    """Sections of ``widget`` (a QMenu or QToolBar) that accept actions by declared order."""

    def __init__(self, widget: QMenu | QToolBar, sections: Sequence[str], *, separators: bool = True) -> None:
        if not sections or len(set(sections)) != len(sections):
            raise ValueError("sections must be distinct and at least one")
        self._widget: QWidget = widget
        self._sections = tuple(sections)
        self._entries: dict[str, list[_Entry]] = {name: [] for name in self._sections}
        self._ends: dict[str, QAction] = {}
        for name in self._sections:
            end = QAction(widget)
            end.setObjectName(f"section-end-{name}")
            if separators:
                end.setSeparator(True)  # menus hide separators that would show at the top, bottom or twice
            else:
                end.setVisible(False)
            widget.addAction(end)
            self._ends[name] = end

    @property
    def sections(self) -> tuple[str, ...]:
        return self._sections

    def add(self, section: str, action: QAction, order: int = 0) -> None:
        """Put ``action`` in ``section``, after the entries of that section with the same or a lower order."""
        entries = self._entries.get(section)
        if entries is None:
            raise KeyError(f"no section {section!r}; sections are {', '.join(self._sections)}")
        entry = _Entry(order, action)
        position = next((i for i, e in enumerate(entries) if e.order > order), len(entries))
        before = entries[position].action if position < len(entries) else self._ends[section]
        self._widget.insertAction(before, action)
        entries.insert(position, entry)

    def add_widget(self, section: str, widget: QWidget, order: int = 0) -> QWidgetAction:
        """Put ``widget`` (a search box in a toolbar) in ``section``; returns the action that holds it."""
        holder = QWidgetAction(self._widget)
        holder.setDefaultWidget(widget)
        holder.setText(widget.accessibleName() or widget.objectName())
        self.add(section, holder, order)
        return holder

    def actions(self, section: str) -> list[QAction]:
        """The actions of ``section``, in the order shown."""
        return [e.action for e in self._entries[section]]

    def end_of(self, section: str) -> QAction:
        """The marker after ``section``'s last entry (insert before it to add at the section's end)."""
        return self._ends[section]
