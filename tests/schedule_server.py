"""A real HTTP(S) server on 127.0.0.1 for the subscription tests: each path serves a scripted response.

Nothing leaves the machine: the server listens on the loopback address only, and the tests clear the proxy
variables so requests go straight to it. HTTPS uses a certificate from a throw-away CA (trustme).
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


@dataclass
class Route:
    """What one path answers."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str = ""
    """When set, a request with a matching If-None-Match gets 304."""
    delay: float = 0.0
    """Seconds to wait (in small steps, sending a byte each step) before the body."""
    declared_length: int | None = None
    """A Content-Length to claim (larger than the body: a truncated download)."""
    location: str = ""


class ScheduleServer:
    """``server.routes[path] = Route(...)``; ``server.url(path)``; ``server.requests`` records what was asked."""

    def __init__(self, ssl_context: Any = None) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                owner.requests.append((self.path, dict(self.headers.items())))
                route = owner.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.end_headers()
                    return
                self.send_response(route.status)
                if route.location:
                    self.send_header("Location", route.location)
                if route.etag:
                    self.send_header("ETag", route.etag)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                length = route.declared_length if route.declared_length is not None else len(route.body)
                self.send_header("Content-Length", str(length))
                self.end_headers()
                try:
                    if route.delay:
                        end = time.monotonic() + route.delay
                        while time.monotonic() < end:
                            time.sleep(0.05)
                    self.wfile.write(route.body)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                if route.declared_length is not None:
                    self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.scheme = "http"
        if ssl_context is not None:
            self.httpd.socket = ssl_context.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> ScheduleServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def serving(ssl_context: Any = None) -> Iterator[ScheduleServer]:
    with ScheduleServer(ssl_context) as server:
        yield server


def democon(edit: Any = None) -> bytes:
    """pretalx's demo conference schedule.json, edited by ``edit(doc)`` when given."""
    doc = json.loads((DATA / "pretalx-democon.schedule.json").read_text("utf-8"))
    if edit is not None:
        edit(doc)
    return json.dumps(doc).encode("utf-8")


def democon_talks(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [talk for day in doc["schedule"]["conference"]["days"] for room in day["rooms"].values() for talk in room]


def retitle_first(doc: dict[str, Any]) -> None:
    democon_talks(doc)[0]["title"] = "Retitled by the organisers"


def drop_all(doc: dict[str, Any]) -> None:
    for day in doc["schedule"]["conference"]["days"]:
        for room in day["rooms"]:
            day["rooms"][room] = []


def gzip_bomb(size: int) -> bytes:
    """``size`` bytes of spaces, gzip-compressed (about a thousandth of that on the wire)."""
    return gzip.compress(b" " * size, compresslevel=9)


HOSTILE_XML = (
    b'<?xml version="1.0"?>\n<!DOCTYPE schedule [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">\n'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n<schedule><conference><title>&c;</title></conference></schedule>\n'
)
HTML_PAGE = b"<!DOCTYPE html>\n<html><head><title>Oops</title></head><body>Please sign in</body></html>\n"
