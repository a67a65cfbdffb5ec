"""Subscriptions: a schedule's address, fetched, refreshed when online, its last good copy never lost.

:class:`Fetcher` gets one address with the standard library's ``urllib`` (no extra dependency: it does all that
is needed here, and a hand-built opener makes each safety rule visible):

* TLS verified with the system's certificates (``ssl.create_default_context()``, which also honours OpenSSL's
  ``SSL_CERT_FILE``). A frozen bundle on a system whose OpenSSL finds no store (some Windows and macOS builds)
  must ship roots: pass ``cafile`` (e.g. ``certifi.where()``) or set ``COMPANION_CA_FILE``; both *add* roots to
  the system's, and the tests use them for their throw-away CA;
* proxies from the environment (``http_proxy``, ``https_proxy``, ``no_proxy``) honoured, no cookies kept,
  only the ``http``/``https`` handlers installed (no ``file:``, ``ftp:``, ``data:``);
* conditional requests (``If-None-Match`` / ``If-Modified-Since``); redirects followed up to a limit, never from
  https to http; a size limit applied after decompression (a gzip bomb stops at the limit) and a total time
  limit; progress and cancel through the job's context.

:class:`SubscriptionsService` keeps the subscriptions (``store.subscriptions``) and their cached copies
(``<data folder>/subscriptions``, folder 0700, files 0600, written atomically). A download is checked by
reading it with the same readers as a file (the format is found from the content, never from the
Content-Type) before it replaces the cache: a failed, partial, hostile or unreadable download leaves the
cached copy, and so the event shown, as they were, and says why. Addresses are redacted (user, password and
query removed) in every message and log line.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import os
import shutil
import tempfile
import threading
import time
import urllib.parse
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import IO, TYPE_CHECKING

from companion import paths
from companion.atomic_files import write_atomic
from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.domain.text import pick
from companion.services.jobs import JobCancelledError, JobContext, JobFailedError, JobFunction
from companion.services.last_event import is_address
from companion.services.state import StateConnections
from companion.sources.errors import EventFileError
from companion.sources.loader import MAX_EVENT_FILE_BYTES
from companion.sources.report import ImportReport
from companion.store.subscriptions import SubscriptionRow, Subscriptions

if TYPE_CHECKING:  # imported where something is fetched (the window and most commands never fetch)
    import http.client
    import ssl
    import urllib.request
    from http.client import HTTPMessage

    from companion.services.events import EventsService, OpenedEvent  # (with the store and What changed)

_log = logging.getLogger("companion.subscriptions")

CACHE_FOLDER = "subscriptions"
DROP_SHARE = 0.5
"""A refresh that leaves fewer than this share of the sessions (or none) asks before replacing the copy."""
_CHUNK = 64 * 1024
_USER_AGENT = "Companion schedule reader"

NOT_AN_ADDRESS = QT_TRANSLATE_NOOP(
    "Subscriptions", "{address} is not a web address (it must start with http:// or https://)")
HTTP_STATUS = QT_TRANSLATE_NOOP("Subscriptions", "{address}: the server answered {status} {reason}")
UNREACHABLE = QT_TRANSLATE_NOOP("Subscriptions", "{address}: cannot reach the server ({reason})")
TLS_FAILED = QT_TRANSLATE_NOOP("Subscriptions", "{address}: the secure connection could not be verified ({reason})")
TOO_SLOW = QT_TRANSLATE_NOOP("Subscriptions", "{address}: the download took longer than {seconds} s and was stopped")
TOO_LARGE = QT_TRANSLATE_NOOP("Subscriptions", "{address}: the schedule is larger than {limit} MB and was not kept")
TRUNCATED = QT_TRANSLATE_NOOP("Subscriptions", "{address}: the download was cut short ({got} of {expected} bytes)")
BROKEN = QT_TRANSLATE_NOOP("Subscriptions", "{address}: the download was broken ({reason})")
REDIRECTS = QT_TRANSLATE_NOOP("Subscriptions", "{address}: too many redirects (more than {limit})")
DOWNGRADE = QT_TRANSLATE_NOOP(
    "Subscriptions", "{address}: the server redirected a secure address to an insecure one ({target}); not followed")
BAD_REDIRECT = QT_TRANSLATE_NOOP(
    "Subscriptions", "{address}: the server redirected to {target}, which is not a web address")
ENCODING = QT_TRANSLATE_NOOP(
    "Subscriptions", "{address}: the server used a compression Companion does not read ({encoding})")
WEB_PAGE = QT_TRANSLATE_NOOP(
    "Subscriptions", "{address}: the server sent a web page, not a schedule (an error or sign-in page?)")
UNREADABLE = QT_TRANSLATE_NOOP("Subscriptions", "{address}: {problem}")
UNREADABLE_AT = QT_TRANSLATE_NOOP("Subscriptions", "{address} at {place}: {problem}")
NOT_SUBSCRIBED = QT_TRANSLATE_NOOP("Subscriptions", "{address} is not a subscribed schedule")
NO_COPY = QT_TRANSLATE_NOOP("Subscriptions", "{address}: no copy was ever downloaded")
CACHE_LOST = QT_TRANSLATE_NOOP("Subscriptions", "{address}: the saved copy cannot be read ({problem})")
CANNOT_SAVE = QT_TRANSLATE_NOOP("Subscriptions", "{address}: the copy cannot be saved ({problem})")
DROP = QT_TRANSLATE_NOOP("Subscriptions", "{address}: the new version has {new} sessions instead of {old}")
KEPT = QT_TRANSLATE_NOOP("Subscriptions", "The copy fetched {age} is kept.")
OFFLINE_COPY = QT_TRANSLATE_NOOP("Subscriptions", "Showing the copy of {address} fetched {age}: {why}")

AGE_NOW = QT_TRANSLATE_NOOP("Subscriptions", "just now")
AGE_MINUTES = QT_TRANSLATE_NOOP("Subscriptions", "{count} min ago")
AGE_HOURS = QT_TRANSLATE_NOOP("Subscriptions", "{count} h ago")
AGE_DAYS = QT_TRANSLATE_NOOP("Subscriptions", "{count} d ago")
AGE_NEVER = QT_TRANSLATE_NOOP("Subscriptions", "never")


def redact(url: str) -> str:
    """``url`` without what may be a secret: user and password, query and fragment (``?…`` stands for a query).

    ``https://me:tok@host/s.xml?key=abc`` → ``https://host/s.xml?…``.
    """
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "<address>"
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{port}" if port else host
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "…" if parts.query else "", ""))


def age_text(when: datetime | None, now: datetime | None = None) -> Message:
    """``3 h ago`` (``never`` for None)."""
    if when is None:
        return Message(AGE_NEVER)
    seconds = max(0.0, ((now or datetime.now(UTC)) - when).total_seconds())
    if seconds < 60:
        return Message(AGE_NOW)
    if seconds < 3600:
        return Message(AGE_MINUTES, count=int(seconds // 60))
    if seconds < 2 * 86400:
        return Message(AGE_HOURS, count=int(seconds // 3600))
    return Message(AGE_DAYS, count=int(seconds // 86400))


class FetchError(Exception):
    """The address could not be fetched, or what came back is not a schedule; ``message`` says why."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


class DropRefusedError(FetchError):
    """The new version would drop most sessions; nothing was replaced (ask, then refresh with ``accept_drop``)."""

    def __init__(self, message: Message, old: int, new: int) -> None:
        super().__init__(message)
        self.old = old
        self.new = new


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How much a download may be: bytes after decompression, seconds in all, redirects."""

    max_bytes: int = MAX_EVENT_FILE_BYTES
    total_seconds: float = 60.0
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class Fetched:
    """What a request brought: a new body (``body`` set) or not modified (``body`` None)."""

    body: bytes | None
    etag: str = ""
    last_modified: str = ""


def _redirects(limit: int, address: str) -> urllib.request.HTTPRedirectHandler:
    """The redirect handler of one fetch: ``urllib.request`` (with http, ssl and email under it) is imported only
    when something is fetched, not when the window starts."""
    import urllib.request

    class _Redirects(urllib.request.HTTPRedirectHandler):
        """Follows up to ``limit`` redirects, only to http/https, never from https to http."""

        def __init__(self, limit: int, address: str) -> None:
            super().__init__()
            self.limit = limit
            self.address = address

        def redirect_request(
            self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
        ) -> urllib.request.Request | None:
            old = urllib.parse.urlsplit(req.full_url).scheme.lower()
            new = urllib.parse.urlsplit(newurl).scheme.lower()
            if new not in ("http", "https"):
                raise FetchError(Message(BAD_REDIRECT, address=self.address, target=redact(newurl)))
            if old == "https" and new == "http":
                raise FetchError(Message(DOWNGRADE, address=self.address, target=redact(newurl)))
            followed = super().redirect_request(req, fp, code, msg, headers, newurl)
            if followed is not None:
                for name in ("If-none-match", "If-modified-since"):  # validators belong to the address first asked
                    followed.headers.pop(name, None)
            return followed

        def http_error_302(
            self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage
        ) -> IO[bytes] | None:
            visited = getattr(req, "redirect_dict", {})
            if sum(visited.values()) >= self.limit:
                raise FetchError(Message(REDIRECTS, address=self.address, limit=self.limit))
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_302
        http_error_308 = http_error_302

    return _Redirects(limit, address)


class Fetcher:
    """Fetch one address within :class:`FetchLimits`; ``cafile`` adds trusted roots (tests, frozen bundles)."""

    def __init__(self, limits: FetchLimits | None = None, cafile: str | Path | None = None) -> None:
        self.limits = limits or FetchLimits()
        self.cafile = str(cafile) if cafile is not None else os.environ.get("COMPANION_CA_FILE") or None

    def _tls(self) -> ssl.SSLContext:
        import ssl

        context = ssl.create_default_context()
        if self.cafile:
            context.load_verify_locations(cafile=self.cafile)
        return context

    def _opener(self, address: str) -> urllib.request.OpenerDirector:
        import urllib.request

        opener = urllib.request.OpenerDirector()
        for handler in (
            urllib.request.ProxyHandler(),  # the environment's proxies (and no_proxy)
            urllib.request.HTTPHandler(),
            urllib.request.HTTPSHandler(context=self._tls()),
            _redirects(self.limits.max_redirects, address),
            urllib.request.HTTPDefaultErrorHandler(),
            urllib.request.HTTPErrorProcessor(),
        ):
            opener.add_handler(handler)
        return opener

    def fetch(self, url: str, etag: str = "", last_modified: str = "", context: JobContext | None = None) -> Fetched:
        """GET ``url`` (conditionally when ``etag`` or ``last_modified`` are given) (:class:`FetchError` if not)."""
        import http.client
        import ssl
        import urllib.error
        import urllib.request

        address = redact(url)
        if not is_address(url):
            raise FetchError(Message(NOT_AN_ADDRESS, address=address))
        context = context or JobContext()
        deadline = time.monotonic() + self.limits.total_seconds
        plain, credentials = _split_userinfo(url)
        request = urllib.request.Request(plain, headers={
            "User-Agent": _USER_AGENT, "Accept-Encoding": "gzip, deflate", "Accept": "*/*"})
        if credentials:  # user:password in the address: Basic auth, never sent on to a redirect's target
            request.add_unredirected_header("Authorization", "Basic " + credentials)
        if etag:
            request.add_header("If-None-Match", etag)
        if last_modified:
            request.add_header("If-Modified-Since", last_modified)
        try:
            with self._opener(address).open(request, timeout=self.limits.total_seconds) as response:
                body = self._read(response, address, deadline, context)
                headers = response.headers
                return Fetched(body, headers.get("ETag", "") or "", headers.get("Last-Modified", "") or "")
        except urllib.error.HTTPError as exc:
            with contextlib.suppress(Exception):
                exc.close()
            if exc.code == 304:
                return Fetched(None, etag, last_modified)
            raise FetchError(Message(HTTP_STATUS, address=address, status=exc.code, reason=str(exc.reason))) from None
        except (FetchError, JobCancelledError):
            raise
        except TimeoutError:
            raise FetchError(Message(TOO_SLOW, address=address, seconds=_seconds(self.limits.total_seconds))) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, FetchError):
                raise reason from None
            if isinstance(reason, TimeoutError):
                raise FetchError(Message(TOO_SLOW, address=address,
                                         seconds=_seconds(self.limits.total_seconds))) from None
            if isinstance(reason, ssl.SSLError | ssl.CertificateError):
                raise FetchError(Message(TLS_FAILED, address=address, reason=_reason(reason))) from None
            raise FetchError(Message(UNREACHABLE, address=address, reason=_reason(reason))) from None
        except ssl.SSLError as exc:
            raise FetchError(Message(TLS_FAILED, address=address, reason=_reason(exc))) from None
        except (http.client.HTTPException, OSError) as exc:
            raise FetchError(Message(BROKEN, address=address, reason=type(exc).__name__)) from None

    def _read(self, response: http.client.HTTPResponse, address: str, deadline: float, context: JobContext) -> bytes:
        limit = self.limits.max_bytes
        encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
        inflate: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        elif encoding not in ("identity", "", "deflate"):
            raise FetchError(Message(ENCODING, address=address, encoding=encoding[:40]))
        length_text = response.headers.get("Content-Length")
        expected = int(length_text) if length_text and length_text.strip().isdigit() else None
        parts: list[bytes] = []
        size = 0
        received = 0
        too_large = FetchError(Message(TOO_LARGE, address=address, limit=max(1, limit // (1024 * 1024))))
        while True:
            context.check_cancelled()
            if time.monotonic() > deadline:
                raise FetchError(Message(TOO_SLOW, address=address, seconds=_seconds(self.limits.total_seconds)))
            chunk = response.read(_CHUNK)
            if not chunk:
                break
            received += len(chunk)
            if encoding == "deflate" and inflate is None:  # zlib-wrapped (RFC 9110) or raw, as servers differ
                inflate = zlib.decompressobj(zlib.MAX_WBITS if chunk[:1] == b"\x78" else -zlib.MAX_WBITS)
            if inflate is not None:
                data = chunk
                while data:  # never more than the limit out of the inflater: a bomb stops here
                    try:
                        out = inflate.decompress(data, limit + 1 - size)
                    except zlib.error:
                        raise FetchError(Message(BROKEN, address=address, reason=encoding)) from None
                    parts.append(out)
                    size += len(out)
                    if size > limit:
                        raise too_large
                    data = inflate.unconsumed_tail
            else:
                if inflate is None and received > limit:
                    raise too_large
                parts.append(chunk)
                size += len(chunk)
            context.progress(received, expected or 0)
        if expected is not None and received < expected:
            raise FetchError(Message(TRUNCATED, address=address, got=received, expected=expected))
        if inflate is not None and not inflate.eof:
            raise FetchError(Message(BROKEN, address=address, reason=encoding))
        return b"".join(parts)


def _seconds(value: float) -> str:
    return f"{value:g}"


def _reason(reason: object) -> str:
    import socket  # as ssl: loaded by the download that failed, not by the window's start
    import ssl

    if isinstance(reason, ssl.SSLCertVerificationError):
        return str(reason.verify_message or "certificate")
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return type(reason).__name__ if not isinstance(reason, str) else reason


def looks_like_web_page(body: bytes) -> bool:
    """True for an HTML document (an error or sign-in page served with status 200)."""
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<") and b"<html" in head[:512])


class RefreshState(Enum):
    """How a refresh ended (a failure raises instead)."""

    FIRST = "first"
    """Fetched for the first time."""
    CHANGED = "changed"
    """A new version replaced the copy (the programme may or may not differ: see ``opened.changes``)."""
    NOT_MODIFIED = "not-modified"
    """The server said the copy is current (304), or sent the same bytes."""


@dataclass(frozen=True, slots=True)
class Subscription:
    """A subscribed address, as shown in the subscriptions list."""

    url: str
    address: str
    """The address redacted, for display."""
    title: str
    fetched_at: datetime | None
    cache_path: Path
    zone: str
    refresh_minutes: int
    sessions: int
    checked_at: datetime | None = None

    def due(self, now: datetime | None = None) -> bool:
        """True when a periodic refresh is set and its period has passed since the last try."""
        if self.refresh_minutes <= 0:
            return False
        tried = [t for t in (self.fetched_at, self.checked_at) if t is not None]
        if not tried:
            return True
        return ((now or datetime.now(UTC)) - max(tried)).total_seconds() >= self.refresh_minutes * 60


@dataclass(frozen=True, slots=True)
class Refreshed:
    """A refresh that worked: the event (opened and compared with the version seen before) and how it went."""

    url: str
    state: RefreshState
    opened: OpenedEvent
    fetched_at: datetime | None
    stale: Message | None = None
    """Set when the network failed and the cached copy is shown: why, and how old the copy is."""

    @property
    def changed(self) -> bool:
        return not self.opened.changes.is_empty


class SubscriptionsService:
    """Subscribe to an address, refresh it, open its cached copy offline, list and remove subscriptions."""

    def __init__(
        self,
        state: StateConnections,
        events: EventsService,
        folder: Callable[[], Path] | None = None,
        fetcher: Fetcher | None = None,
    ) -> None:
        self._state = state
        self._events = events
        self._folder = folder or (lambda: paths.data_dir() / CACHE_FOLDER)
        self.fetcher = fetcher or Fetcher()
        self._lock = threading.Lock()

    # -- the list --------------------------------------------------------------------------------------
    def _table(self) -> Subscriptions:
        return Subscriptions(self._state.get())

    def folder(self) -> Path:
        folder = self._folder()
        paths.private_dir(folder)
        return folder

    def _view(self, row: SubscriptionRow) -> Subscription:
        return Subscription(row.url, redact(row.url), row.title, row.fetched_at, self._folder() / row.cache_name,
                            row.zone, row.refresh_minutes, row.sessions, row.checked_at)

    def all(self) -> list[Subscription]:
        return [self._view(row) for row in self._table().all()]

    def get(self, url: str) -> Subscription | None:
        row = self._table().get(url)
        return self._view(row) if row is not None else None

    def by_cache_path(self, path: Path | str) -> Subscription | None:
        """The subscription whose cached copy is ``path`` (an entry of the recent list), if any."""
        for subscription in self.all():
            if os.path.abspath(subscription.cache_path) == os.path.abspath(path):
                return subscription
        return None

    def remove(self, url: str) -> bool:
        """Forget ``url`` and delete its cached copy (the event stays in the recent list until reopened)."""
        row = self._table().get(url)
        if row is None:
            return False
        self._table().remove(url)
        with contextlib.suppress(OSError):
            (self._folder() / row.cache_name).unlink()
        _log.info("subscription removed: %s", redact(url))
        return True

    def set_period(self, url: str, minutes: int) -> None:
        """Refresh ``url`` every ``minutes`` while the window is open (0: on demand only, the default)."""
        row = self._table().get(url)
        if row is not None:
            self._table().save(replace(row, refresh_minutes=max(0, int(minutes))))

    def set_zone(self, url: str, zone: str | None) -> None:
        row = self._table().get(url)
        if row is not None:
            self._table().save(replace(row, zone=zone or ""))

    # -- refreshing ------------------------------------------------------------------------------------
    def refresh(
        self,
        url: str,
        *,
        zone: str | None = None,
        accept_drop: bool = False,
        context: JobContext | None = None,
        now: datetime | None = None,
    ) -> Refreshed:
        """Subscribe to ``url`` if new, fetch it (conditionally), check it, replace the copy, open it.

        ``zone``: the zone for a schedule that names none (kept for this subscription; None keeps the one
        chosen before). Raises :class:`FetchError` (nothing replaced) or :class:`DropRefusedError`.
        """
        url = url.strip()
        address = redact(url)
        if not is_address(url):
            raise FetchError(Message(NOT_AN_ADDRESS, address=address))
        table = self._table()
        known = table.get(url)
        if known is not None:
            return self._refresh(table, known, zone=zone, accept_drop=accept_drop, context=context, now=now)
        row = table.add(url, _cache_name(url))
        try:
            return self._refresh(table, row, zone=zone, accept_drop=accept_drop, context=context, now=now)
        except (FetchError, JobCancelledError):
            table.remove(url)  # a first download that failed subscribes to nothing
            raise

    def _refresh(
        self,
        table: Subscriptions,
        row: SubscriptionRow,
        *,
        zone: str | None,
        accept_drop: bool,
        context: JobContext | None,
        now: datetime | None,
    ) -> Refreshed:
        url = row.url
        address = redact(url)
        if zone is not None:
            row = replace(row, zone=zone)
        cache = self.folder() / row.cache_name
        has_copy = cache.is_file() and row.fetched_at is not None
        when = now or datetime.now(UTC)
        try:
            fetched = self.fetcher.fetch(url, row.etag if has_copy else "", row.last_modified if has_copy else "",
                                         context)
        except FetchError as exc:
            table.save(replace(row, checked_at=when))
            _log.warning("refresh failed: %s", exc.message)
            raise
        if context is not None:
            context.check_cancelled()
        if fetched.body is None or (has_copy and _same(cache, fetched.body)):
            row = replace(row, fetched_at=when, checked_at=when, etag=fetched.etag or row.etag,
                          last_modified=fetched.last_modified or row.last_modified)
            opened = self._open_copy(row, cache, address, context)
            table.save(row)
            return Refreshed(url, RefreshState.NOT_MODIFIED, opened, when)
        body = fetched.body
        try:
            if looks_like_web_page(body):
                raise FetchError(Message(WEB_PAGE, address=address))
            event, report = self._check(body, row, address, context)
            if has_copy and not accept_drop and _drops_most(row.sessions, len(event.sessions)):
                raise DropRefusedError(Message(DROP, address=address, old=row.sessions, new=len(event.sessions)),
                                       row.sessions, len(event.sessions))
        except FetchError as exc:
            table.save(replace(row, checked_at=when))
            _log.warning("refresh refused: %s", exc.message)
            raise
        if context is not None:
            context.check_cancelled()
        try:
            write_atomic(cache, body, mode=paths.PRIVATE_FILE_MODE)
        except OSError as exc:
            raise FetchError(_cannot_save(address, exc)) from None
        row = replace(row, event_id=event.id, title=pick(event.name, "en") or event.id, etag=fetched.etag,
                      last_modified=fetched.last_modified, fetched_at=when, checked_at=when,
                      sessions=len(event.sessions))
        table.save(row)
        with self._lock:
            opened = self._events.remember(event, cache, chosen_zone=row.zone or None,
                                           report=replace(report, path=address))
        _log.info("refreshed %s: %d sessions", address, len(event.sessions))
        return Refreshed(url, RefreshState.CHANGED if has_copy else RefreshState.FIRST, opened, when)

    def _check(
        self, body: bytes, row: SubscriptionRow, address: str, context: JobContext | None
    ) -> tuple[Event, ImportReport]:
        """Read ``body`` with the file readers (format by content); a private temporary copy, removed after."""
        staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.folder()))
        try:
            candidate = staging / row.cache_name
            write_atomic(candidate, body, mode=paths.PRIVATE_FILE_MODE)
            try:
                return self._events.load(candidate, row.zone or None, context)
            except EventFileError as exc:
                raise FetchError(_unreadable(address, exc)) from None
        except OSError as exc:
            raise FetchError(_cannot_save(address, exc)) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _open_copy(self, row: SubscriptionRow, cache: Path, address: str, context: JobContext | None) -> OpenedEvent:
        try:
            event, report = self._events.load(cache, row.zone or None, context)
        except EventFileError as exc:
            raise FetchError(Message(CACHE_LOST, address=address, problem=exc.problem)) from None
        with self._lock:
            return self._events.remember(event, cache, chosen_zone=row.zone or None,
                                         report=replace(report, path=address))

    def open_cached(self, url: str, *, zone: str | None = None, context: JobContext | None = None) -> Refreshed:
        """Open the last good copy of ``url`` without the network (``zone`` is kept for the subscription)."""
        address = redact(url)
        row = self._table().get(url)
        if row is None:
            raise FetchError(Message(NOT_SUBSCRIBED, address=address))
        if zone is not None:
            row = replace(row, zone=zone)
            self._table().save(row)
        cache = self._folder() / row.cache_name
        if not cache.is_file():
            raise FetchError(Message(NO_COPY, address=address))
        return Refreshed(url, RefreshState.NOT_MODIFIED, self._open_copy(row, cache, address, context), row.fetched_at)

    def open(
        self, url: str, *, zone: str | None = None, context: JobContext | None = None, now: datetime | None = None
    ) -> Refreshed:
        """Refresh ``url``; when that fails and a copy is saved, open the copy and say how old it is and why.

        A refresh that would drop most sessions keeps the copy too (``stale`` says so). Raises
        :class:`FetchError` only when there is no copy to fall back on.
        """
        try:
            return self.refresh(url, zone=zone, context=context, now=now)
        except FetchError as exc:
            row = self._table().get(url.strip())
            if row is None or row.fetched_at is None or not (self._folder() / row.cache_name).is_file():
                raise
            cached = self.open_cached(url.strip(), zone=zone, context=context)
            why = Message(OFFLINE_COPY, address=redact(url), age=age_text(row.fetched_at, now), why=exc.message)
            return replace(cached, stale=why)

    def kept_message(self, url: str, now: datetime | None = None) -> Message | None:
        """``The copy fetched 3 h ago is kept.`` when ``url`` has a copy, else None."""
        row = self._table().get(url)
        if row is None or row.fetched_at is None:
            return None
        return Message(KEPT, age=age_text(row.fetched_at, now))

    # -- as jobs ---------------------------------------------------------------------------------------
    def refresh_job(self, url: str, *, zone: str | None = None, accept_drop: bool = False) -> JobFunction[Refreshed]:
        """:meth:`refresh` as a job: a failure ends with its message, ``cause`` the :class:`FetchError`."""

        def job(context: JobContext) -> Refreshed:
            try:
                return self.refresh(url, zone=zone, accept_drop=accept_drop, context=context)
            except FetchError as exc:
                raise JobFailedError(exc.message, cause=exc) from exc

        return job

    def open_cached_job(self, url: str, zone: str | None = None) -> JobFunction[Refreshed]:
        def job(context: JobContext) -> Refreshed:
            try:
                return self.open_cached(url, zone=zone, context=context)
            except FetchError as exc:
                raise JobFailedError(exc.message, cause=exc) from exc

        return job


def _cache_name(url: str) -> str:
    return "schedule-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:20]


def _same(path: Path, body: bytes) -> bool:
    try:
        return path.stat().st_size == len(body) and path.read_bytes() == body
    except OSError:
        return False


def _drops_most(old: int, new: int) -> bool:
    return old > 0 and (new == 0 or new < old * DROP_SHARE)


def _unreadable(address: str, error: EventFileError) -> Message:
    if str(error.location):
        return Message(UNREADABLE_AT, address=address, place=error.location, problem=error.problem)
    return Message(UNREADABLE, address=address, problem=error.problem)


def _cannot_save(address: str, exc: OSError) -> Message:
    return Message(CANNOT_SAVE, address=address, problem=exc.strerror or type(exc).__name__)


def _split_userinfo(url: str) -> tuple[str, str]:
    """``url`` without ``user:password@`` and those credentials base64-encoded for Basic auth ('' when none)."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, ""
    user = urllib.parse.unquote(parts.username)
    password = urllib.parse.unquote(parts.password or "")
    netloc = parts.netloc.rsplit("@", 1)[1]
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)), token
