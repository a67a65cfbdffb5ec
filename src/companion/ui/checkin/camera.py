"""A webcam as a badge reader: choose the camera, see what it sees, and read QR codes off the GUI thread.

QtMultimedia is imported only here, and only when the user starts the camera, so the desk works (keyboard
scanner, name search) where the module, its libraries or a camera are missing — and says which. Every frame
goes the same way, whether it comes from a camera or from a test: :meth:`CameraPane.take_frame` (a
``QImage``) → 8-bit grayscale → :func:`~companion.ui.checkin.frames.decode_job` on the window's job runner.
While one frame is being decoded the next ones are dropped, so the camera never queues work.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from companion.domain.message import fill
from companion.services.jobs import JobOutcome
from companion.ui.checkin.frames import GrayFrame, decode_job, decoder_available
from companion.ui.jobs import JobRunner

PREVIEW_EVERY = 3
"""Show one frame in three in the preview (the decoder still gets every frame it is free for)."""

_log = logging.getLogger("companion.checkin.camera")


def gray_frame(image: QImage) -> GrayFrame:
    """``image`` as 8-bit grayscale bytes (copied: the camera reuses its buffers)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride = gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * gray.height()]
    return GrayFrame(data, gray.width(), gray.height(), stride)



class FrameDecoder(QObject):
    """Decodes frames one at a time through the job runner, dropping those that arrive meanwhile."""

    codes_found = Signal(list)
    """The texts of the QR codes read in one frame (a ``list[str]``, never empty)."""
    frame_done = Signal()
    """A frame was decoded (whatever it held)."""

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._busy = False
        self.dropped = 0
        """Frames dropped because the one before was still being decoded."""

    @property
    def busy(self) -> bool:
        return self._busy

    def take(self, image: QImage) -> bool:
        """Decode ``image`` unless a frame is being decoded already; True when it was taken."""
        if self._busy:
            self.dropped += 1
            return False
        self._busy = True
        handle = self._runner.start(
            QCoreApplication.translate("CheckinPage", "Reading the camera picture"), decode_job(gray_frame(image)))
        handle.finished.connect(self._finished)
        return True

    def _finished(self, outcome: JobOutcome[Any]) -> None:
        self._busy = False
        value = outcome.value if outcome.succeeded else None
        if isinstance(value, list) and value:
            self.codes_found.emit([str(text) for text in value])
        self.frame_done.emit()


class CameraPane(QWidget):
    """Camera choice, Start / Stop, a preview, and a line saying what the camera is doing or why it cannot."""

    codes_found = Signal(list)

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CheckinCamera")
        self.decoder = FrameDecoder(runner, self)
        self.decoder.codes_found.connect(self.codes_found)
        self.choice = QComboBox(self)
        self.choice.setObjectName("CheckinCameraChoice")
        self.choice.setAccessibleName(self.tr("Camera"))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(14)
        self.start_button = QPushButton(self.tr("Start ca&mera"), self)
        self.start_button.setObjectName("CheckinCameraStart")
        self.start_button.setAccessibleName(self.tr("Start or stop the camera"))
        self.start_button.setCheckable(True)
        self.start_button.toggled.connect(self._toggled)
        self.choice.activated.connect(self._camera_chosen)
        self.status = QLabel(self.tr("Read badges with a webcam: choose it and press Start camera."), self)
        self.status.setObjectName("CheckinCameraStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Camera status"))
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 4)  # the longest message, wrapped
        self.preview = QLabel(self)
        self.preview.setObjectName("CheckinCameraPreview")
        self.preview.setAccessibleName(self.tr("Camera picture"))
        self.preview.setMinimumSize(160, 0)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.preview.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choice, 1)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.preview)
        self._multimedia: Any = None
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self._devices: list[Any] = []
        self._frames = 0
        self._listed = False

    # -- what the user sees --------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.status.setText(text)

    def list_cameras(self) -> None:
        """Fill the camera choice (the first time the page shows): QtMultimedia is imported here."""
        self._listed = True
        self.choice.clear()
        multimedia = self._load()
        if multimedia is None:
            return
        self._devices = list(multimedia.QMediaDevices.videoInputs())
        for device in self._devices:
            self.choice.addItem(device.description())
        if not self._devices:
            self._no_camera()
        else:
            default = multimedia.QMediaDevices.defaultVideoInput()
            ids = [bytes(d.id().data()) for d in self._devices]
            index = ids.index(bytes(default.id().data())) if bytes(default.id().data()) in ids else 0
            self.choice.setCurrentIndex(index)

    def _load(self) -> Any:
        """The QtMultimedia module, or None after saying why the camera cannot be used."""
        if self._multimedia is not None:
            return self._multimedia
        if not decoder_available():
            self._unavailable(self.tr("Camera reading is not installed (zxing-cpp is missing). Use a scanner or "
                                      "find the person by name."))
            return None
        try:
            from PySide6 import QtMultimedia
        except (ImportError, OSError) as exc:
            _log.info("QtMultimedia cannot be loaded: %s", exc)  # the detail for whoever reads the log
            self._unavailable(self.tr("Camera support is not available on this computer. Use a scanner or find the "
                                      "person by name."))
            return None
        self._multimedia = QtMultimedia
        return QtMultimedia

    def _unavailable(self, text: str) -> None:
        self.choice.setEnabled(False)
        self.start_button.setEnabled(False)
        self.say(text)

    def _no_camera(self) -> None:
        self._unavailable(self.tr("No camera found. Connect one and come back to this page, or use a scanner."))

    # -- running ---------------------------------------------------------------------------------------------
    def _camera_chosen(self, _index: int) -> None:
        """Another camera chosen while one runs: switch to it."""
        if self._camera is not None:
            self._open_camera()

    def _toggled(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        """Ask for access if the system wants it, then start the chosen camera."""
        if not self._listed:
            self.list_cameras()
        multimedia = self._load()
        if multimedia is None or not self._devices:
            self._set_checked(False)
            if multimedia is not None:
                self._no_camera()
            return
        from PySide6.QtCore import QCameraPermission

        app = QCoreApplication.instance()
        permission = QCameraPermission()
        status = app.checkPermission(permission) if app is not None else Qt.PermissionStatus.Granted
        if status == Qt.PermissionStatus.Undetermined and app is not None:
            self.say(self.tr("Waiting for permission to use the camera…"))
            app.requestPermission(permission, self, self._permission_answered)
            return
        self._permission_answered(permission if status == Qt.PermissionStatus.Granted else None, status)

    def _permission_answered(self, permission: object, status: Qt.PermissionStatus | None = None) -> None:
        app = QCoreApplication.instance()
        if status is None and app is not None:
            from PySide6.QtCore import QCameraPermission

            status = app.checkPermission(QCameraPermission())
        if status == Qt.PermissionStatus.Denied:
            self.refused()
            return
        self._open_camera()

    def refused(self) -> None:
        """The system refused access to the camera: say where to allow it."""
        self._set_checked(False)
        self.say(self.tr("Access to the camera was refused. Allow Companion to use the camera in the system's "
                         "privacy settings, then press Start camera again."))

    def _open_camera(self) -> None:
        multimedia = self._multimedia
        device = self._devices[max(self.choice.currentIndex(), 0)]
        self.stop(quiet=True)
        self._camera = multimedia.QCamera(device, self)
        self._sink = multimedia.QVideoSink(self)
        self._session = multimedia.QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._video_frame)
        self._camera.errorOccurred.connect(self._camera_error)
        self._camera.start()
        self.preview.show()
        self.start_button.setText(self.tr("Stop ca&mera"))
        self.say(fill(self.tr("Hold the badge's code up to %1."), device.description()))

    def _camera_error(self, _error: object, text: str) -> None:
        self.stop(quiet=True)
        self.say(fill(self.tr("The camera stopped: %1"), text))

    def _video_frame(self, frame: Any) -> None:
        image = frame.toImage()
        if not image.isNull():
            self.take_frame(image)

    def take_frame(self, image: QImage) -> bool:
        """One picture from the camera (or a recorded one): shown now and then, decoded when the decoder is free."""
        self._frames += 1
        if self.preview.isVisible() and self._frames % PREVIEW_EVERY == 1:
            self.preview.setPixmap(QPixmap.fromImage(image).scaled(
                self.preview.width(), max(self.preview.width() * 9 // 16, 90),
                Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
        return self.decoder.take(image)

    def stop(self, quiet: bool = False) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
            self._camera = None
        for part in (self._session, self._sink):
            if part is not None:
                part.deleteLater()
        self._session = self._sink = None
        self.preview.hide()
        self._set_checked(False)
        self.start_button.setText(self.tr("Start ca&mera"))
        if not quiet:
            self.say(self.tr("Camera stopped."))

    def _set_checked(self, checked: bool) -> None:
        blocked = self.start_button.blockSignals(True)
        self.start_button.setChecked(checked)
        self.start_button.blockSignals(blocked)
