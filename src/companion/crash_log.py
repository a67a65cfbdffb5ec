"""The log file: where unexpected problems are written, without attendees' names or e-mail addresses.

:func:`configure_logging` sends the ``companion`` loggers to a rotating file in the platform's log folder
(``platformdirs.user_log_dir("companion")``), or in ``<data dir>/logs`` when ``--data-dir`` or
``COMPANION_DATA_DIR`` moves the user's data (so tests stay in their temporary folder). The file is created
only when something is logged.

What is logged of an exception is its type and where it happened (:func:`safe_traceback`), never its
message or the values involved, which may hold an attendee's name or address; the formatter also replaces
anything that looks like an e-mail address, wherever it comes from.

``logging.handlers`` (with the socket, pickle and queue modules under it) is imported with the first line logged,
not at start-up: until then the handler only knows its file's path (issue 13: the window's first paint does not
wait for it). A problem before the first paint is logged all the same.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs

LOG_NAME = "companion.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
ENV_DATA_DIR = "COMPANION_DATA_DIR"  # as companion.paths.ENV_DATA_DIR, without importing it

_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
E_MAIL_PLACEHOLDER = "<e-mail>"

_handler: logging.Handler | None = None


def scrub(text: str) -> str:
    """``text`` with every e-mail-like string replaced by ``<e-mail>``."""
    return _EMAIL.sub(E_MAIL_PLACEHOLDER, text)


def _type_name(kind: type[BaseException]) -> str:
    module = kind.__module__
    return kind.__qualname__ if module in ("builtins", "__main__") else f"{module}.{kind.__qualname__}"


def safe_traceback(
    exc: BaseException | None,
    kind: type[BaseException] | None = None,
    tb: TracebackType | None = None,
) -> str:
    """The traceback of ``exc`` (and of the exceptions it was raised from) with each exception's type but not
    its message: the frames (file, line, function; not the source text) say where, the type says what, and
    nothing carries the data being processed."""
    if exc is None:
        return _type_name(kind) + "\n" if kind is not None else ""
    chain: list[tuple[BaseException, str]] = []  # newest first, with the sentence linking it to the one before
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__cause__ is not None:
            chain.append((current, _CAUSE))
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            chain.append((current, _CONTEXT))
            current = current.__context__
        else:
            chain.append((current, ""))
            current = None
    parts: list[str] = []
    for item, link in reversed(chain):  # oldest first, as Python prints them
        parts.append(link)
        frames = tb if item is exc and tb is not None else item.__traceback__
        if frames is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in traceback.extract_tb(frames))
        parts.append(_type_name(type(item)) + "\n")
    return "".join(parts)


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class ScrubbingFormatter(logging.Formatter):
    """Log lines without e-mail addresses, and exceptions as :func:`safe_traceback` (type and frames only)."""

    def formatException(self, ei: _ExcInfo) -> str:
        kind, exc, tb = ei
        return safe_traceback(exc, kind, tb).rstrip("\n")

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class _LazyRotatingFileHandler(logging.Handler):
    """A rotating log file whose folder and file are created with the first line logged.

    The rotating handler of ``logging.handlers`` is made (and that module imported) with the first record;
    until then only the path is known (``baseFilename``, as a ``logging.FileHandler`` has it).
    """

    def __init__(self, filename: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__()
        self.baseFilename = os.path.abspath(filename)
        self._max_bytes = max_bytes
        self._backups = backups
        self._file: logging.Handler | None = None
        self._file_lock = threading.Lock()

    def _rotating(self) -> logging.Handler:
        with self._file_lock:
            if self._file is None:
                self._file = _open_rotating(Path(self.baseFilename), self._max_bytes, self._backups, self.formatter)
            return self._file

    def emit(self, record: logging.LogRecord) -> None:
        try:
            file = self._rotating()
        except Exception:  # a folder that cannot be made: reported as logging reports a file it cannot write
            self.handleError(record)
            return
        file.handle(record)

    def setFormatter(self, fmt: logging.Formatter | None) -> None:
        super().setFormatter(fmt)
        if self._file is not None:
            self._file.setFormatter(fmt)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        with self._file_lock:
            if self._file is not None:
                self._file.close()
                self._file = None
        super().close()


def _open_rotating(
    path: Path, max_bytes: int, backups: int, formatter: logging.Formatter | None
) -> logging.Handler:
    """The rotating file handler, its folder created first (imports ``logging.handlers``)."""
    import logging.handlers

    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    handler.setFormatter(formatter)
    return handler


def log_dir(data_dir: Path | str | None = None) -> Path:
    """``<data dir>/logs`` when the data folder is moved (``data_dir``, else ``COMPANION_DATA_DIR``), else the
    platform's log folder for Companion."""
    moved = data_dir or os.environ.get(ENV_DATA_DIR)
    if moved:
        return Path(moved).absolute() / "logs"
    return Path(platformdirs.user_log_dir("companion", appauthor=False))


def log_path(folder: Path | None = None) -> Path:
    return (folder or log_dir()) / LOG_NAME


def configure_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the ``companion`` loggers to the rotating log file in ``folder`` (default :func:`log_dir`).

    Called again (another command in the same process, a test), it replaces the file it set up before.
    Returns the log file's path.
    """
    global _handler
    path = log_path(folder)
    logger = logging.getLogger("companion")
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
    handler = _LazyRotatingFileHandler(path, max_bytes=MAX_BYTES, backups=BACKUPS)
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
    _handler = handler
    return path


def current_log_path() -> Path | None:
    """The file :func:`configure_logging` set up last (None before)."""
    handler = _handler
    return Path(handler.baseFilename) if isinstance(handler, _LazyRotatingFileHandler) else None


def log_uncaught(
    kind: type[BaseException], exc: BaseException | None, tb: TracebackType | None, where: str = "uncaught"
) -> str:
    """Write an uncaught exception to the log (type and frames only) and return that safe text."""
    details = safe_traceback(exc, kind, tb)
    logging.getLogger("companion.crash").critical("%s exception:\n%s", where, details)
    return scrub(details)
