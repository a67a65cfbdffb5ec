"""Help → About Companion: the version, the data version, and the licence of every part the program ships."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from companion import __version__
from companion.licences import python_packages
from companion.ui.about import AboutDialog


def test_about_lists_version_data_version_and_licences(make_window, qtbot, bundled_event) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    seen: dict[str, object] = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen["summary"] = dialog.summary.text()
        seen["names"] = dialog.component_names()
        licences = [dialog.table.topLevelItem(i).text(2) for i in range(dialog.table.topLevelItemCount())]
        seen["licences"] = dict(zip(dialog.component_names(), licences, strict=True))
        qt_row = dialog.component_names().index("Qt")
        item = dialog.table.topLevelItem(qt_row)
        rect = dialog.table.visualItemRect(item)
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        seen["qt_text"] = dialog.text.toPlainText()
        dialog.reject()

    QTimer.singleShot(0, inspect)
    assert window.action_about_app.text().replace("&", "") == "About Companion"
    window.action_about_app.trigger()

    assert __version__ in str(seen["summary"])
    assert bundled_event.data_version in str(seen["summary"])
    names = seen["names"]
    assert isinstance(names, list)
    for part in ("Companion", "Python", "Qt", "DejaVu fonts", "PySide6", "shiboken6"):
        assert part in names, part
    for dist in python_packages():  # each Python dependency, as installed
        assert dist.metadata["Name"] in names
    for requirement in ("icalendar", "reportlab", "cryptography", "pyuca", "qrcode", "platformdirs"):
        assert metadata.distribution(requirement).metadata["Name"] in names
    licences = seen["licences"]
    assert isinstance(licences, dict)
    assert licences["Qt"] == "LGPL-3.0-only" and licences["PySide6"] == "LGPL-3.0-only"
    qt_text = str(seen["qt_text"])
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt_text and "relinking" in qt_text
