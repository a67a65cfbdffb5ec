"""A search keystroke repaints the list and the results popup once each, not once per turn of Qt's event loop.

Each repaint of the 36C3 list costs a few milliseconds; painted two or three times a key (as it was, when columns,
the banner and the popup caught up on later turns) a keystroke no longer fit a frame. Counted, not timed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from companion.domain.event import Event
from companion.sources import load_event
from companion.ui.navigation import PeopleFeature

STAND_IN = Path(__file__).resolve().parents[1] / "data" / "36c3.schedule.json"


class _PaintCounter(QObject):
    def __init__(self, widgets: dict[str, QWidget]) -> None:
        super().__init__()
        self.names = {id(w): name for name, w in widgets.items()}
        self.paints: Counter[str] = Counter()
        for widget in widgets.values():
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints[self.names[id(watched)]] += 1
        return False


def _key(widget: QWidget, text: str, key: Qt.Key = Qt.Key.Key_unknown) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def _until_idle() -> None:
    for _ in range(30):  # zero-timers and posted layouts included; nothing here waits on a clock
        QApplication.processEvents()


@pytest.fixture
def congress() -> Event:
    return load_event(STAND_IN)


@pytest.mark.parametrize("view", ["list", "cards"])
def test_each_key_repaints_the_list_and_the_popup_once(
    make_window: Callable[..., Any], congress: Event, view: str
) -> None:
    window = make_window(event=congress)
    window.resize(1366, 768)
    window.agenda.set_view(view)
    panel = window.findChild(PeopleFeature).search_results
    shown = window.agenda.card_view if view == "cards" else window.agenda.list_view
    window.search_box.setFocus()
    _until_idle()
    counter = _PaintCounter({"list": shown.viewport(), "popup": panel.view.viewport()})
    typed = ""
    for ch in "open s":
        counter.paints.clear()
        _key(window.search_box, ch)
        typed += ch
        _until_idle()
        assert panel.isVisible()
        assert counter.paints["list"] <= 1 and counter.paints["popup"] <= 1, (typed, dict(counter.paints))
    assert window.agenda.proxy.rowCount() > 50  # the keys changed a long list, so it had to repaint
    counter.paints.clear()
    _key(window.search_box, "", Qt.Key.Key_Backspace)
    _until_idle()
    assert counter.paints["list"] <= 1 and counter.paints["popup"] <= 1, dict(counter.paints)
