"""The camera path with recorded frames (no machine here has a camera): a real badge drawn by the badge renderer,
seen in a 1280×720 frame, is read off the GUI thread; frames that come while one is read are dropped; no camera,
missing camera support and refused access are each said in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import zxingcpp
from frames_for_tests import badge_frame, empty_frame, render_badge
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.domain.attendee import Attendee
from companion.domain.event import Event
from companion.services.container import Services
from companion.ui.checkin.camera import CameraPane
from companion.ui.jobs import JobRunner

PERSON = Attendee("A-7", "Aýgül", "Nurmuhammedowa", "Ministry of Energy", "Turkmenistan")


@pytest.fixture
def services() -> Iterator[Services]:
    from companion import paths

    container = Services(paths.state_db_path())
    yield container
    container.close()


@pytest.fixture
def pane(qtbot: QtBot) -> CameraPane:
    runner = JobRunner()
    widget = CameraPane(runner)
    runner.setParent(widget)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_badge_held_up_to_the_camera_is_read_from_the_frame(
        qtbot: QtBot, pane: CameraPane, services: Services, bundled_event: Event, tmp_path: Path) -> None:
    pdf = render_badge(services, bundled_event, PERSON, tmp_path)
    printed = {code.text for code in zxingcpp.read_barcodes(
        __import__("pypdfium2").PdfDocument(pdf)[0].render(scale=4).to_pil())}
    with qtbot.waitSignal(pane.codes_found, timeout=10_000) as found:
        assert pane.take_frame(badge_frame(pdf))
    assert set(found.args[0]) == printed
    assert all(code.startswith("CB") for code in found.args[0])


def test_frames_arriving_while_one_is_read_are_dropped(
        qtbot: QtBot, pane: CameraPane, services: Services, bundled_event: Event, tmp_path: Path) -> None:
    frame = badge_frame(render_badge(services, bundled_event, PERSON, tmp_path))
    with qtbot.waitSignal(pane.decoder.frame_done, timeout=10_000):
        assert pane.take_frame(frame)
        assert not pane.take_frame(frame)
        assert not pane.take_frame(frame)
    assert pane.decoder.dropped == 2
    with qtbot.waitSignal(pane.decoder.frame_done, timeout=10_000):
        assert pane.take_frame(empty_frame())  # free again once the frame before was read


def test_no_camera_is_said_and_start_is_disabled(qtbot: QtBot, pane: CameraPane,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    devices = SimpleNamespace(videoInputs=lambda: [], defaultVideoInput=lambda: None)
    monkeypatch.setattr(pane, "_load", lambda: SimpleNamespace(QMediaDevices=devices))
    pane.list_cameras()
    assert "No camera found" in pane.status.text()
    assert not pane.start_button.isEnabled()


def test_this_machine_says_why_the_camera_cannot_be_used(pane: CameraPane) -> None:
    """Here QtMultimedia's audio libraries or any camera are missing: the pane says which, in words."""
    pane.list_cameras()
    if pane.start_button.isEnabled():
        pytest.skip("this machine has a camera")
    text = pane.status.text()
    assert "No camera found" in text or "Camera support is not available" in text or "not installed" in text


def test_refused_access_is_said(qtbot: QtBot, pane: CameraPane, monkeypatch: pytest.MonkeyPatch) -> None:
    device = SimpleNamespace(description=lambda: "Desk webcam", id=lambda: SimpleNamespace(data=lambda: b"cam0"))
    devices = SimpleNamespace(videoInputs=lambda: [device], defaultVideoInput=lambda: device)
    monkeypatch.setattr(pane, "_load", lambda: SimpleNamespace(QMediaDevices=devices))
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(type(app), "checkPermission", lambda _self, _permission: Qt.PermissionStatus.Denied)
    pane.list_cameras()
    assert pane.choice.currentText() == "Desk webcam"
    qtbot.mouseClick(pane.start_button, Qt.MouseButton.LeftButton)
    assert "refused" in pane.status.text()
    assert not pane.start_button.isChecked()
