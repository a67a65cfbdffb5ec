"""Warning and caution colours read at WCAG AA (4.5:1) on rendered pixels, in light and in dark mode: the badge
dialogs' problem text, the Badges list's "not yet" printed, My agenda's gone-stars banner."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QTableView

from companion.domain.attendee import Attendee, Category
from companion.resources import bundled_event_path
from companion.ui.badges.dialogs import AttendeeDialog
from companion.ui.badges.model import AttendeeTableModel
from companion.ui.colour_scheme import contrast_ratio, dark_palette
from companion.ui.my_agenda.feature import MyAgendaFeature
from companion.ui.open_event import EventOpener


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The application's palette in light or dark mode (what the desktop switching its scheme gives)."""
    original = QApplication.palette()
    if request.param == "dark":
        QApplication.setPalette(dark_palette())
    yield request.param
    QApplication.setPalette(original)


def _rendered_contrast(image: QImage) -> float:
    """The background (the most common colour) against the pixel that differs from it most (a glyph's core)."""
    pixels = Counter(image.pixelColor(x, y).rgb() for y in range(image.height()) for x in range(image.width()))
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(contrast_ratio(background, QColor.fromRgb(c)) for c in pixels)


def test_the_attendee_dialogs_problem_text_is_readable(qtbot: Any, scheme: str) -> None:
    dialog = AttendeeDialog(None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "name" in dialog.problem.text() and dialog.isVisible()
    assert (dialog.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5) == (scheme == "dark")
    assert _rendered_contrast(dialog.problem.grab().toImage()) >= 4.5


def test_not_yet_printed_and_the_category_swatch_are_readable(qtbot: Any, scheme: str) -> None:
    model = AttendeeTableModel()
    people = [Attendee(f"A-{i}", "Ann", "Lee", category=c) for i, c in enumerate(Category)]
    model.set_attendees(people, {})
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    base = view.palette().color(QPalette.ColorRole.Base)
    for row in range(model.rowCount()):
        index = model.index(row, AttendeeTableModel.PRINTED)
        assert index.data() == "not yet"
        assert _rendered_contrast(view.viewport().grab(view.visualRect(index)).toImage()) >= 4.5
        swatch = model.index(row, AttendeeTableModel.CATEGORY).data(Qt.ItemDataRole.DecorationRole)
        assert contrast_ratio(swatch, base) >= 3.0  # a swatch beside its label: WCAG's 3:1 for graphics


def _edited_copy(tmp_path: Path, *dropped: str) -> Path:
    raw = json.loads(bundled_event_path().read_text("utf-8"))
    raw["sessions"] = [s for s in raw["sessions"] if s["id"] not in dropped]
    path = tmp_path / "caccc2025-edited.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    return path


def test_the_gone_stars_banner_is_readable(
    qtbot: Any, make_window: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, scheme: str
) -> None:
    window = make_window()
    opener = window.findChild(EventOpener)
    feature = window.findChild(MyAgendaFeature)
    with qtbot.waitSignal(opener.noted, timeout=20_000):
        opener.note_bundled_event()
    feature.stars.add_many(["opening-ceremony", "climate-finance-panel"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(_edited_copy(tmp_path, "opening-ceremony")), ""))
    with qtbot.waitSignal(opener.finished, timeout=20_000):
        opener.action_open.trigger()
    page = feature.page
    window.show_page(page)
    assert page.orphans_box.isVisible()
    [(label, _button)] = page.orphan_rows
    assert _rendered_contrast(label.grab().toImage()) >= 4.5
    banner = page.orphans_box.grab().toImage()
    window_colour = page.palette().color(QPalette.ColorRole.Window)
    fill = QColor.fromRgb(Counter(banner.pixelColor(x, banner.height() // 2).rgb()
                                  for x in range(banner.width())).most_common(1)[0][0])
    assert fill != window_colour  # the banner stands out from the page
    assert (fill.lightnessF() < 0.5) == (scheme == "dark")  # and is not a light box on a dark page
