"""The agenda's tables read back their viewport without PySide looking up the type of a widget Qt made.

The first time Python is handed a plain ``QWidget`` that Qt made (a scroll area's own viewport), PySide loads
every widget class to find the object's type, creating about 70 Python enums: 10 ms of the window's start
before its first paint. The tables make their viewport themselves (``session_list._RowTable``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from typing import Any

_PROBE = textwrap.dedent(
    """
    import enum, json, sys
    from PySide6.QtWidgets import QApplication, QTableView
    from companion.ui.agenda.session_list import SessionCardView, SessionTable
    app = QApplication([])
    created = []
    original = enum.EnumType._create_
    def counting(cls, name, *args, **kwargs):
        created.append(name)
        return original(cls, name, *args, **kwargs)
    enum.EnumType._create_ = counting
    kind = {"table": lambda: SessionTable(0), "cards": lambda: SessionCardView(0), "plain": QTableView}[sys.argv[1]]
    view = kind()
    before = len(created)
    view.viewport()
    print(json.dumps(created[before:]))
    """
)


def _enums_made_reading_the_viewport(kind: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, kind], capture_output=True, text=True, timeout=120,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_agenda_tables_viewport_is_read_back_without_a_type_lookup() -> None:
    assert _enums_made_reading_the_viewport("table") == []
    assert _enums_made_reading_the_viewport("cards") == []
    # the control: a plain table's own viewport makes PySide load the widget classes
    assert len(_enums_made_reading_the_viewport("plain")) > 20


def test_the_tables_own_viewport_is_set_up_as_qts_own(qtbot: Any) -> None:
    """Opaque (a scroll repaints the list alone), touch on, the same attributes as a plain table's viewport."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from companion.ui.agenda.session_list import SessionCardView, SessionTable

    plain = QTableView()
    qtbot.addWidget(plain)
    expected = plain.viewport()
    attributes = [getattr(Qt.WidgetAttribute, n) for n in dir(Qt.WidgetAttribute) if n.startswith("WA_")]
    for view in (SessionTable(0), SessionCardView(0)):
        qtbot.addWidget(view)
        viewport = view.viewport()
        assert viewport.autoFillBackground() and viewport.backgroundRole() == expected.backgroundRole()
        assert viewport.objectName() == expected.objectName()
        assert viewport.hasMouseTracking() == expected.hasMouseTracking()
        assert viewport.focusProxy() is view
        assert [a for a in attributes if viewport.testAttribute(a) != expected.testAttribute(a)] == []
