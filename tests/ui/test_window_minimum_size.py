"""The main window fits a 1024×700 screen whatever the event: the timeline legend wraps, never scrolls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QToolTip

from companion.domain.event import Event
from companion.domain.text import pick
from companion.ui.agenda.legend import MARGIN, MAX_ROWS

MAX_MIN_WIDTH = 1024
MAX_MIN_HEIGHT = 700


def _visit_every_page(window) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    """``(page, min width, min height)`` of the window with each page in front, the agenda in both views."""
    stack: QStackedWidget = window.pages
    sizes = []
    for view in ("list", "timeline"):
        window.agenda.set_view(view)
        for i in range(stack.count()):
            stack.setCurrentIndex(i)
            QApplication.processEvents()
            hint = window.minimumSizeHint()
            sizes.append((f"{type(stack.widget(i)).__name__}/{view}", hint.width(), hint.height()))
    return sizes


def _assert_fits(window) -> None:  # type: ignore[no-untyped-def]
    too_big = [s for s in _visit_every_page(window) if s[1] > MAX_MIN_WIDTH or s[2] > MAX_MIN_HEIGHT]
    assert not too_big, f"pages force a minimum window size above {MAX_MIN_WIDTH}x{MAX_MIN_HEIGHT}: {too_big}"


def _day_type_names(window, event: Event) -> set[str]:  # type: ignore[no-untyped-def]
    """The names of the types of the sessions on the day the agenda shows (what the legend lists)."""
    return {pick(event.types[s.type_id].name, "en") for s in event.sessions_on(window.agenda.current_day)}


def _legend_labels(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The labels in the rows the legend paints (every row, scrolled into view or not)."""
    view = window.agenda.legend.entries_view
    return [label for row in view.rows(view.width() - 2 * MARGIN) for _, label in row]


def test_a_schedule_with_dozens_of_types_still_fits_the_screen(make_window, realdata, qtbot) -> None:  # type: ignore[no-untyped-def]
    from companion.sources import load_event

    event = load_event(realdata / "36c3.schedule.json")
    assert len(event.types) > 20  # the case that used to make the legend ~900 px tall
    window = make_window(event=event)
    _assert_fits(window)

    window.pages.setCurrentWidget(window.agenda)
    window.agenda.set_view("timeline")
    window.resize(MAX_MIN_WIDTH, MAX_MIN_HEIGHT)
    legend = window.agenda.legend
    qtbot.waitUntil(lambda: legend.isVisible() and legend.width() > 300)
    QApplication.processEvents()
    labels = _legend_labels(window)
    day_types = _day_type_names(window, event)
    view = legend.entries_view
    assert day_types <= set(labels) | set(view.hidden)  # the day's types: listed, or in the "+N more" tooltip
    assert set(labels) | set(view.hidden) <= day_types | {labels[0]} | {label for label in labels if "more" in label}
    assert "dashed border" in labels[0]
    # At most three rows show, the last ending in "+N more"; the legend has no scrollbar of its own.
    assert legend.row_count() <= MAX_ROWS
    assert legend.height() <= view.height_for_rows(MAX_ROWS) + 2 * legend.frameWidth()
    assert not legend.verticalScrollBar().isVisible()
    assert view.hidden and labels[-1] == f"+{len(view.hidden)} more"
    pos = QPoint(5, view.height() - 5)
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
    assert all(name in QToolTip.text() for name in view.hidden)


def test_the_bundled_event_fits_the_screen_and_shows_its_whole_legend(make_window, bundled_event, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _assert_fits(window)

    window.pages.setCurrentWidget(window.agenda)
    window.agenda.set_view("timeline")
    window.resize(MAX_MIN_WIDTH, MAX_MIN_HEIGHT)
    legend = window.agenda.legend
    qtbot.waitUntil(lambda: legend.isVisible() and legend.width() > 300)
    QApplication.processEvents()
    labels = _legend_labels(window)
    assert _day_type_names(window, bundled_event) == set(labels[1:])
    assert window.width() == MAX_MIN_WIDTH
    assert legend.row_count() <= MAX_ROWS
    assert not legend.verticalScrollBar().isVisible()
    assert legend.viewport().height() >= legend.entries_view.heightForWidth(legend.viewport().width())
