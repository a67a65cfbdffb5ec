"""How the agenda list draws its cells: each in its own look, whatever cell was drawn before it, and as scrolled."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QVBoxLayout, QWidget

from companion.domain.event import Event
from companion.ui.agenda.session_list import SessionTable
from companion.ui.models.sessions import SessionFilterProxy, SessionTableModel
from companion.ui.my_agenda.star_column import NO_STAR_MARK, STAR_MARK, StarColumn


def _list(qtbot, event: Event) -> tuple[QWidget, SessionTable, StarColumn]:  # type: ignore[no-untyped-def]
    model = SessionTableModel(event)
    star = StarColumn(lambda session_id: None)
    model.add_column(star)
    proxy = SessionFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("a")  # every day's hits: enough rows to scroll
    window = QWidget()
    qtbot.addWidget(window)
    view = SessionTable(SessionTableModel.TITLE, window)
    view.setModel(proxy)
    view.setAlternatingRowColors(True)
    QVBoxLayout(window).addWidget(view)
    model.setParent(window)
    proxy.setParent(window)
    window.resize(700, 240)
    window.show()
    qtbot.waitExposed(window)
    return window, view, star


def _drawn(view: SessionTable, row: int, column: int) -> QStyleOptionViewItem:
    """What the list's delegate draws for a cell (the options it reads from the model)."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    view.itemDelegate().initStyleOption(option, view.model().index(row, column))
    return option


def test_a_cell_drawn_after_a_star_has_its_own_font_and_alignment(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    _window, view, star = _list(qtbot, bundled_event)
    model = view.model()
    star_column = model.columnCount() - 1
    first_id = model.index(0, 0).data(Qt.ItemDataRole.UserRole + 3)
    star.set_starred(frozenset({first_id}))
    text_size = view.font().pointSizeF()
    for row in range(3):
        starred = _drawn(view, row, star_column)
        assert starred.text == (STAR_MARK if row == 0 else NO_STAR_MARK)
        assert starred.font.pointSizeF() > text_size  # the ☆ a third larger, centred
        assert starred.displayAlignment & Qt.AlignmentFlag.AlignHCenter
        for column in (SessionTableModel.TITLE, SessionTableModel.TIME, SessionTableModel.ROOM):
            cell = _drawn(view, row, column)  # drawn right after a ☆: nothing of its look stays
            assert cell.text == model.index(row, column).data()
            assert cell.font.pointSizeF() == text_size
            assert not cell.displayAlignment & Qt.AlignmentFlag.AlignHCenter
        again = _drawn(view, row, star_column)
        assert again.text == starred.text and again.font.pointSizeF() == starred.font.pointSizeF()


def test_the_list_scrolled_by_the_wheel_looks_as_drawn_whole(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    window, view, _star = _list(qtbot, bundled_event)
    viewport = view.viewport()
    bar = view.verticalScrollBar()
    assert bar.maximum() > 3
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    for _ in range(2):
        notch = QWheelEvent(
            centre,
            QPointF(viewport.mapToGlobal(centre.toPoint())),
            QPoint(),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, notch)
        QApplication.processEvents()
    assert bar.value() > 0
    qtbot.wait(50)
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    format_ = QImage.Format.Format_RGB32
    shown = screen.grabWindow(window.winId()).toImage().convertToFormat(format_)
    whole = window.grab().toImage().convertToFormat(format_)
    # the scroll bar and the rows, as repainted piece by piece, are what drawing the window whole gives
    for widget in (bar, viewport):
        area = widget.rect().translated(widget.mapTo(window, QPoint(0, 0)))
        assert shown.copy(area) == whole.copy(area), widget
