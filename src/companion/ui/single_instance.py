"""One window per user and data folder: a second ``companion [FILE]`` hands its file to the running window.

The first window listens on a local socket (``QLocalServer``: a Unix socket in the temporary folder, a named pipe
on Windows) whose name is made from the user and the data folder, so another user, or the same user with another
``--data-dir``, gets a window of their own. A later launch connects, sends the file or address it was given
(made absolute against its own working folder) as one JSON line, waits for the ``ok`` and exits; the running
window opens the file and comes to the front. When nobody answers (no window yet, or a socket left by a
crashed one) the launch becomes the window itself.

Qt's network module (6–8 ms to import) is imported only to talk to a socket: where the socket is a file (every
system but Windows), a launch that finds no file in the temporary folder knows no window is listening and skips
it, and the window starts listening right after its first paint (``companion.app.run_gui``).
"""

from __future__ import annotations

import getpass
import json
import os
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

from companion import APP_ID

CONNECT_MS = 1000
"""How long a launch tries to reach a running window."""
ANSWER_MS = 20000
"""How long it waits for the window's ``ok``: the window answers from its event loop (even under a dialog), which
runs once the window has started; a launch that comes while the first is still starting waits for it."""
ACK = b"ok\n"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(data_dir: Path) -> str:
    """The socket's name for this user and data folder (short: a Unix socket path is limited to ~100 bytes)."""
    key = f"{_user()}\0{os.path.abspath(data_dir)}".encode()
    # 64 bits of two checksums tell one user's data folders apart; hashlib would start OpenSSL (2.6 ms) before
    # the window's first paint
    return f"{APP_ID}-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


def request_text(target: str | None) -> bytes:
    """The line a launch sends: the file (absolute) or address to open, or null to bring the window forward."""
    from companion.services.last_event import is_address

    if target and not is_address(target):
        target = os.path.abspath(target)
    return json.dumps({"open": target or None}).encode("utf-8") + b"\n"


class SingleInstance(QObject):
    """The running window's side (:meth:`listen`) and a new launch's side (:meth:`hand_over`)."""

    received = Signal(str)
    """A later launch asked to open this file or address ("" when it gave none: only show the window)."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def may_be_running(self) -> bool:
        """False when no window can be listening: the socket's file is missing from the temporary folder, where
        ``QLocalServer`` makes it (as Qt names it: ``QDir.tempPath()``). True on Windows (a named pipe, no file)."""
        if sys.platform == "win32":
            return True
        return os.path.lexists(os.path.join(QDir.tempPath(), self.name))

    def hand_over(self, target: str | None) -> bool:
        """Give ``target`` to a running window; True when it took it (this launch should then exit)."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        try:
            socket.connectToServer(self.name)
            if not socket.waitForConnected(CONNECT_MS):
                return False
            socket.write(request_text(target))
            socket.flush()
            if socket.bytesToWrite() > 0 and not socket.waitForBytesWritten(CONNECT_MS):
                return False
            answer = b""
            while ACK not in answer and socket.waitForReadyRead(ANSWER_MS):
                answer += bytes(socket.readAll().data())
            return ACK in answer
        finally:
            socket.abort()
            socket.deleteLater()

    def listen(self) -> bool:
        """Start answering later launches; False when the name is taken (another window got there first)."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a socket file left by a window that crashed
            if not server.listen(self.name):
                server.deleteLater()
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def _accept(self) -> None:
        if self.server is None:
            return
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            self._buffers[socket] = data[-65536:]
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            request = json.loads(line.decode("utf-8"))
            target = request.get("open") if isinstance(request, dict) else None
        except (UnicodeDecodeError, ValueError):
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        self.received.emit(target if isinstance(target, str) else "")

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def bring_forward(window: QMainWindow) -> None:
    """Show ``window`` in front (restored if it was minimised)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def open_handed_over(window: QMainWindow, target: str) -> None:
    """Open what a later launch handed over in ``window`` (a file, or an address to subscribe to) and show it."""
    from companion.services.last_event import is_address
    from companion.ui.open_event import EventOpener
    from companion.ui.subscriptions import SubscriptionsController

    bring_forward(window)
    if not target:
        return
    if is_address(target):
        controller = window.findChild(SubscriptionsController)
        if controller is not None:
            controller.open_address(target)
        return
    opener = window.findChild(EventOpener)
    if opener is not None:
        opener.open_path(Path(target))


class FileOpenEvents(QObject):
    """macOS hands files to a running (or starting) app as ``QFileOpenEvent``s, not as arguments: "Open With",
    a file dropped on the Dock icon. Each one is opened like a file handed over by a second launch."""

    def __init__(self, window: Callable[[], QMainWindow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            open_handed_over(self._window(), event.file())
            return True
        return super().eventFilter(watched, event)
