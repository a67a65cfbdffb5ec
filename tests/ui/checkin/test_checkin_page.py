"""The Check-in page at a desk, driven as staff use it: a scanner typing codes (Russian layout, the name search
focused), the verdict in words and colour, the same badge twice, refusals, undo, a forgotten badge checked in by
hand with a reason, counts, conflicts, the offline banner, a reprint, ``--desk`` and accessible controls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.attendee import Attendee, Category
from companion.domain.checkin import Hlc, ScanKind, ScanRecord, StoreStatus, VerdictKind
from companion.ui.checkin.feature import open_desk
from companion.ui.checkin.page import CheckinPage
from companion.ui.checkin.verdict import Tone

PEOPLE = [
    Attendee("A-1", "Aida", "Serikova", "Jasyl Dala", "Kazakhstan", Category.SPEAKER),
    Attendee("A-2", "Иван", "Сергеев", "Ministry of Ecology", "Russia"),
    Attendee("A-3", "Merdan", "Ňazarow", "Ministry of Energy", "Turkmenistan"),
]
RUSSIAN = dict(zip("QWERTYUIOPASDFGHJKL:ZXCVBNM", "ЙЦУКЕНГШЩЗФЫВАПРОЛДЖЯЧСМИТЬ", strict=True))


class Seconds:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def scan_keys(code: str, layout: dict[str, str] | None = None) -> None:
    """The scanner types ``code`` and Enter into whatever has focus (a layout maps Latin to what it types)."""
    for char in code:
        text = (layout or {}).get(char, char)
        target = QApplication.focusWidget()
        assert target is not None
        key = ord(char) if char.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
    target = QApplication.focusWidget()
    assert target is not None
    QCoreApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                                 Qt.KeyboardModifier.NoModifier, "\r"))


@pytest.fixture
def desk(make_window: Callable[..., Any], qtbot: QtBot) -> tuple[Any, CheckinPage]:
    window = make_window()
    services = window.services
    for person in PEOPLE:
        services.badges.save_attendee(window.current_event.id, person)
    page = window.page("CheckinPage")  # built on first use
    assert isinstance(page, CheckinPage)
    page.sounds.enabled = True
    window.show_page(page)
    assert page.scanner is not None
    ticks = iter(range(0, 10**9, 3))  # the scanner's clock: 3 ms a key, whatever the machine is busy with
    page.scanner.set_clock(lambda: float(next(ticks)))
    qtbot.waitUntil(lambda: not page.desk.busy())  # the desk is open
    page.search_edit.setFocus()
    qtbot.waitUntil(page.search_edit.hasFocus)
    return window, page


def code_of(window: Any, attendee_id: str) -> str:
    return str(window.services.badges.token(window.current_event.id, attendee_id))


def scanned(qtbot: QtBot, page: CheckinPage, code: str, layout: dict[str, str] | None = None) -> Any:
    with qtbot.waitSignal(page.verdict_shown, timeout=10_000) as shown:
        scan_keys(code, layout)
    return shown.args[0]


def test_a_scan_with_the_name_search_focused_admits_in_words_and_colour(qtbot: QtBot, desk: Any) -> None:
    window, page = desk
    with qtbot.waitSignal(page.sounds.played) as sound:
        result = scanned(qtbot, page, code_of(window, "A-1"), RUSSIAN)
    assert result.verdict is VerdictKind.ADMITTED
    view = page.verdict.view
    assert (view.tone, view.headline, view.title) == (Tone.ADMITTED, "Admitted", "Aida Serikova")
    assert view.lines == ("Jasyl Dala", "Kazakhstan", "Speaker")
    assert page.verdict.symbol.text() == "✔"  # not colour alone
    assert sound.args == ["admitted"]
    assert page.search_edit.text() == "" and window.search_box.text() == ""
    assert page.search_edit.hasFocus()
    qtbot.waitUntil(lambda: "1 of 3 checked in" in page.total.text())


def test_the_same_badge_twice_at_once_is_one_scan_later_it_is_already_checked_in(
        qtbot: QtBot, desk: Any) -> None:
    window, page = desk
    clock = Seconds()
    page.desk.set_clock(clock)
    code = code_of(window, "A-3")
    page.panes.operator_edit.setText("Maral")
    page.panes.operator_edit.editingFinished.emit()
    scanned(qtbot, page, code)
    clock.now += 1.0
    scan_keys(code)  # the scanner sent it twice
    qtbot.waitUntil(lambda: "counted once" in page.panes.hint.text())
    assert len(window.services.checkin.records()) == 1
    clock.now += 30
    with qtbot.waitSignal(page.sounds.played) as sound:
        result = scanned(qtbot, page, code)
    assert result.verdict is VerdictKind.ALREADY_CHECKED_IN
    view = page.verdict.view
    assert (view.tone, view.headline, view.title) == (Tone.DUPLICATE, "Already checked in", "Merdan Ňazarow")
    desk_id = window.services.checkin.desk_id()
    assert view.lines[0].startswith("Checked in at ") and f"desk: {desk_id} · by Maral" in view.lines[0]
    assert page.verdict.symbol.text() == "⚠"
    assert sound.args == ["duplicate"]


@pytest.mark.parametrize(("change", "headline"), [
    ("altered", "Refused: forged or altered badge"),
    ("junk", "Refused: not a Companion badge"),
])
def test_refused_codes_say_why_in_red(qtbot: QtBot, desk: Any, change: str, headline: str) -> None:
    window, page = desk
    code = code_of(window, "A-2")
    if change == "altered":
        position = len(code) - 20
        code = code[:position] + ("A" if code[position] != "A" else "B") + code[position + 1:]
    else:
        code = "CB1:HELLO2WORLD"
    result = scanned(qtbot, page, code)
    assert result.refused
    view = page.verdict.view
    assert view.tone is Tone.REFUSED
    assert view.headline == headline or view.headline.startswith("Refused")
    assert view.lines  # the reason, in words
    assert page.verdict.symbol.text() == "✖"


def test_undo_takes_back_the_last_check_in(qtbot: QtBot, desk: Any) -> None:
    window, page = desk
    scanned(qtbot, page, code_of(window, "A-1"))
    assert page.undo_button.isEnabled()
    with qtbot.waitSignal(page.verdict_shown, timeout=10_000):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.verdict.view.headline == "Check-in undone"
    assert not page.undo_button.isEnabled()
    assert window.services.checkin.admission("A-1") is None
    qtbot.waitUntil(lambda: "0 of 3 checked in" in page.total.text())
    assert scanned(qtbot, page, code_of(window, "A-1")).verdict is VerdictKind.ADMITTED  # may come again


def test_a_forgotten_badge_found_by_name_in_another_script_is_checked_in_with_a_reason(
        qtbot: QtBot, desk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = desk
    slow = iter(range(0, 10**9, 200))
    assert page.scanner is not None
    page.scanner.set_clock(lambda: float(next(slow)))
    for letter in "сергеев":  # typed by a person: Cyrillic, lower case
        QCoreApplication.sendEvent(page.search_edit, QKeyEvent(QEvent.Type.KeyPress, 0,
                                                               Qt.KeyboardModifier.NoModifier, letter))
    qtbot.waitUntil(lambda: page.search_edit.text() == "сергеев")
    assert page.panes.results_model.rowCount() == 1
    assert page.panes.results_model.item(0, 0).text() == "Иван Сергеев"
    asked: list[str] = []

    def cancel(_parent: QWidget, _title: str, label: str, *args: object) -> tuple[str, bool]:
        asked.append(label)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(cancel))
    qtbot.mouseClick(page.manual_button, Qt.MouseButton.LeftButton)
    assert asked and "Иван Сергеев" in asked[0]
    assert window.services.checkin.records() == []  # no reason, no admission
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_args: ("Forgot the badge", True)))
    with qtbot.waitSignal(page.verdict_shown, timeout=10_000) as shown:
        qtbot.mouseClick(page.manual_button, Qt.MouseButton.LeftButton)
    assert shown.args[0].record.kind is ScanKind.MANUAL
    assert shown.args[0].record.reason == "Forgot the badge"
    assert page.verdict.view.headline == "Admitted by hand"
    assert "Reason: Forgot the badge" in page.verdict.view.lines


def test_the_latin_spelling_finds_a_cyrillic_name(qtbot: QtBot, desk: Any) -> None:
    _window, page = desk
    page.search_edit.setText("nazarow")
    assert [page.panes.results_model.item(r, 0).text() for r in range(page.panes.results_model.rowCount())] == [
        "Merdan Ňazarow"]


def test_people_admitted_at_two_desks_are_listed_as_conflicts(qtbot: QtBot, desk: Any) -> None:
    window, page = desk
    scanned(qtbot, page, code_of(window, "A-1"))
    service = window.services.checkin
    mine = service.admission("A-1")
    other = ScanRecord("desk-far:1", "desk-far", "n1", window.current_event.id, "A-1", 0, ScanKind.SCAN,
                       VerdictKind.ADMITTED, Hlc(mine.hlc.wall_ms - 5), datetime.now(UTC))
    service.store().append([other])
    qtbot.waitUntil(lambda: page.panes.conflicts_model.rowCount() == 1, timeout=5000)
    row = [page.panes.conflicts_model.item(0, c).text() for c in range(3)]
    assert row[0] == "Aida Serikova"
    assert "desk-far" in row[1] and service.desk_id() in row[1]


def test_offline_banner_counts_the_scans_waiting(qtbot: QtBot, desk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = desk
    status = StoreStatus(shared=True, reachable=False, waiting=3, address="postgresql://desks.local/caccc")
    monkeypatch.setattr(window.services.checkin, "status", lambda: status)
    qtbot.waitUntil(page.banner.isVisible, timeout=5000)
    assert "3 scan(s) wait" in page.banner.text() and "desks.local" in page.banner.text()
    monkeypatch.setattr(window.services.checkin, "status", lambda: StoreStatus())
    qtbot.waitUntil(lambda: not page.banner.isVisible(), timeout=5000)


def test_reprint_revokes_the_old_code_without_stopping_the_desk(qtbot: QtBot, desk: Any) -> None:
    window, page = desk
    old = code_of(window, "A-2")
    page.search_edit.setText("Ivan")  # a Cyrillic name typed in Latin letters
    assert page.reprint_button.isEnabled()
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    scan = scanned(qtbot, page, code_of(window, "A-3"))  # the desk goes on meanwhile
    assert scan.verdict is VerdictKind.ADMITTED
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=20_000)
    drawn = sorted((Path(window.services.state_path).parent / "reprints").glob("*.pdf"))
    assert drawn
    assert scanned(qtbot, page, old).verdict is VerdictKind.REVOKED
    assert page.verdict.view.tone is Tone.REFUSED
    import pypdfium2 as pdfium
    import zxingcpp

    assert page.panes.override_button.isEnabled()  # staff may still admit the person, with a reason
    (new,) = {c.text for c in zxingcpp.read_barcodes(pdfium.PdfDocument(drawn[-1])[0].render(scale=4).to_pil())}
    assert new != old
    page.desk.forget_last_code()
    assert scanned(qtbot, page, new).verdict is VerdictKind.ADMITTED  # the new badge lets the person in


def test_desk_option_opens_the_check_in_page_full_screen(qtbot: QtBot, make_window: Callable[..., Any]) -> None:
    from companion.cli import build_parser

    assert build_parser(only=[]).parse_args(["--desk"]).desk is True
    window = make_window()
    open_desk(window)
    page = window.findChild(CheckinPage)
    assert window.current_page() is page
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_every_control_on_the_page_has_an_accessible_name(desk: Any) -> None:
    _window, page = desk
    from PySide6.QtWidgets import QAbstractButton, QLabel

    nameless = []
    for widget in page.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QLabel) or not widget.isVisible():
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.replace("&", "").strip():
            nameless.append(f"{type(widget).__name__} {widget.objectName()}")
    assert not nameless


def test_a_refused_badge_can_be_overridden_with_a_reason(qtbot: QtBot, desk: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = desk
    old = code_of(window, "A-1")
    window.services.checkin.reissue_badge(window.current_event.id, "A-1")  # the badge was reported lost
    assert scanned(qtbot, page, old).verdict is VerdictKind.REVOKED
    assert page.panes.override_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_args: ("Passport checked", True)))
    with qtbot.waitSignal(page.verdict_shown, timeout=10_000) as shown:
        qtbot.mouseClick(page.panes.override_button, Qt.MouseButton.LeftButton)
    record = shown.args[0].record
    assert (record.kind, record.reason) == (ScanKind.OVERRIDE, "Passport checked")
    assert page.verdict.view.tone is Tone.ADMITTED
    assert not page.panes.override_button.isEnabled()


def test_a_badge_held_up_to_the_camera_gets_the_same_verdict(qtbot: QtBot, desk: Any, tmp_path: Path) -> None:
    """A recorded frame of a real badge goes the camera's way (grayscale, job runner, zxing-cpp) to the verdict;
    the same badge still in front of the camera in the next frames is the same scan."""
    from frames_for_tests import badge_frame, render_badge

    window, page = desk
    frame = badge_frame(render_badge(window.services, window.current_event, PEOPLE[2], tmp_path))
    with qtbot.waitSignal(page.verdict_shown, timeout=10_000) as shown:
        page.camera.take_frame(frame)
    assert shown.args[0].verdict is VerdictKind.ADMITTED
    assert page.verdict.view.title == "Merdan Ňazarow"
    with qtbot.waitSignal(page.camera.decoder.frame_done, timeout=10_000):
        page.camera.take_frame(frame)
    qtbot.waitUntil(lambda: "counted once" in page.panes.hint.text())
    assert len(window.services.checkin.records()) == 1


def test_ctrl_z_undoes_the_last_check_in_from_the_keyboard(qtbot: QtBot, desk: Any) -> None:
    window, page = desk
    scanned(qtbot, page, code_of(window, "A-3"))
    page.results.setFocus()
    qtbot.waitUntil(page.results.hasFocus)
    with qtbot.waitSignal(page.verdict_shown, timeout=10_000):
        qtbot.keyClick(page.results, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.verdict.view.headline == "Check-in undone"
