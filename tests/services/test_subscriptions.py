"""Subscriptions against a real HTTP server on 127.0.0.1: fetch, 304, change, redirects, failures that keep
the last good copy, hostile bodies, the drop question, HTTPS with a throw-away CA, privacy of the cache."""

from __future__ import annotations

import logging
import ssl
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion import paths
from companion.domain.changes import ChangeKind
from companion.services.container import Services
from companion.services.jobs import JobContext, JobState, run_job
from companion.services.subscriptions import (
    DropRefusedError,
    Fetcher,
    FetchError,
    FetchLimits,
    RefreshState,
    SubscriptionsService,
    redact,
)
from schedule_server import (
    DATA,
    HOSTILE_XML,
    HTML_PAGE,
    Route,
    ScheduleServer,
    democon,
    drop_all,
    gzip_bomb,
    retitle_first,
)

LIMITS = FetchLimits(max_bytes=4 * 1024 * 1024, total_seconds=2.0, max_redirects=3)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture(scope="module")
def local_ca(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, Path]:
    """A throw-away CA (trustme): the server's TLS context and the CA file the fetcher is told to trust."""
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    ca_file = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return context, ca_file


@pytest.fixture(params=["http", "https"])
def server(request: pytest.FixtureRequest, local_ca: tuple[ssl.SSLContext, Path]) -> Iterator[ScheduleServer]:
    """The same scenarios over plain HTTP and over HTTPS with the local CA."""
    with ScheduleServer(local_ca[0] if request.param == "https" else None) as running:
        yield running


@pytest.fixture
def services(local_ca: tuple[ssl.SSLContext, Path]) -> Iterator[Services]:
    composed = Services(paths.state_db_path)
    composed.subscriptions.fetcher = Fetcher(LIMITS, cafile=local_ca[1])
    yield composed
    composed.close()


@pytest.fixture
def subs(services: Services) -> SubscriptionsService:
    return services.subscriptions


def _cache_bytes(subs: SubscriptionsService, url: str) -> bytes:
    found = subs.get(url)
    assert found is not None
    return found.cache_path.read_bytes()


def test_first_fetch_opens_the_schedule_and_keeps_a_private_copy(server: ScheduleServer,
                                                                   subs: SubscriptionsService) -> None:
    server.routes["/fosdem.xml"] = Route((DATA / "fosdem2021.schedule.xml").read_bytes(), etag='"v1"',
                                         headers={"Content-Type": "text/html"})  # the type is not trusted
    url = server.url("/fosdem.xml")
    done = subs.refresh(url)
    assert done.state is RefreshState.FIRST
    assert len(done.opened.event.sessions) > 500
    assert done.opened.report is not None and done.opened.report.path == url
    found = subs.get(url)
    assert found is not None and found.fetched_at is not None
    assert found.cache_path.read_bytes() == (DATA / "fosdem2021.schedule.xml").read_bytes()
    assert stat.S_IMODE(found.cache_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(found.cache_path.parent.stat().st_mode) == 0o700
    assert [p.name for p in found.cache_path.parent.iterdir()] == [found.cache_path.name]  # no leftovers


def test_not_modified_sends_the_validator_and_keeps_the_copy(server: ScheduleServer,
                                                             subs: SubscriptionsService) -> None:
    server.routes["/s.json"] = Route(democon(), etag='"abc"')
    url = server.url("/s.json")
    subs.refresh(url)
    again = subs.refresh(url)
    assert again.state is RefreshState.NOT_MODIFIED
    assert again.opened.changes.is_empty
    assert server.requests[-1][1].get("If-None-Match") == '"abc"'
    assert _cache_bytes(subs, url) == democon()


def test_a_change_is_listed_in_what_changed_starred_first(server: ScheduleServer, services: Services) -> None:
    subs = services.subscriptions
    server.routes["/s.json"] = Route(democon(), etag='"1"')
    url = server.url("/s.json")
    first = subs.refresh(url)
    talks = sorted(first.opened.event.sessions, key=lambda s: s.start or first.opened.event.sessions[0].start)
    retitled = next(s for s in first.opened.event.sessions if s.title.get("en") == _first_title())
    other = talks[-1] if talks[-1].id != retitled.id else talks[-2]
    services.stars.set_starred(first.opened.event.id, other.id, True)

    def move_and_retitle(doc: dict) -> None:  # type: ignore[type-arg]
        retitle_first(doc)
        for day in doc["schedule"]["conference"]["days"]:
            for room in day["rooms"].values():
                for talk in room:
                    if talk["guid"] == other.id:
                        talk["title"] = talk["title"] + " (moved)"

    server.routes["/s.json"] = Route(democon(move_and_retitle), etag='"2"')
    done = subs.refresh(url)
    assert done.state is RefreshState.CHANGED
    changes = done.opened.changes.changes
    assert {c.session_id for c in changes} == {retitled.id, other.id}
    assert all(ChangeKind.RETITLED in c.kinds for c in changes)
    assert changes[0].session_id == other.id  # the starred one first
    assert _cache_bytes(subs, url) == democon(move_and_retitle)


def _first_title() -> str:
    import json

    doc = json.loads(democon())
    return str(doc["schedule"]["conference"]["days"][0]["rooms"][next(iter(
        doc["schedule"]["conference"]["days"][0]["rooms"]))][0]["title"])


def test_a_redirect_is_followed(server: ScheduleServer, subs: SubscriptionsService) -> None:
    server.routes["/old"] = Route(status=301, location="/new")
    server.routes["/new"] = Route((DATA / "debconf23.schedule.xml").read_bytes())
    assert len(subs.refresh(server.url("/old")).opened.event.sessions) > 50


def test_too_many_redirects_are_refused(server: ScheduleServer, subs: SubscriptionsService) -> None:
    for n in range(6):
        server.routes[f"/r{n}"] = Route(status=302, location=f"/r{n + 1}")
    with pytest.raises(FetchError, match="too many redirects"):
        subs.refresh(server.url("/r0"))


def _good_then(server: ScheduleServer, subs: SubscriptionsService, bad: Route) -> tuple[str, bytes]:
    """Subscribe while the server is fine, then make it serve ``bad``: the url and the good body."""
    good = democon()
    server.routes["/s.json"] = Route(good)
    url = server.url("/s.json")
    subs.refresh(url)
    server.routes["/s.json"] = bad
    return url, good


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        (Route(status=404), "answered 404"),
        (Route(status=500), "answered 500"),
        (Route(democon(retitle_first), declared_length=len(democon()) + 5000), "cut short"),
        (Route(democon(retitle_first), delay=3.0), "longer than 2 s"),
        (Route(b"{" + b" " * (5 * 1024 * 1024) + b"}"), "larger than 4 MB"),
        (Route(gzip_bomb(200 * 1024 * 1024), headers={"Content-Encoding": "gzip"}), "larger than 4 MB"),
        (Route(HOSTILE_XML), "entit"),
        (Route(HTML_PAGE), "web page"),
        (Route(b"garbage that is no schedule"), "not a schedule"),
    ],
    ids=["404", "500", "truncated", "slow", "oversized", "gzip-bomb", "hostile-xml", "html-200", "garbage"],
)
def test_a_bad_download_keeps_the_last_good_copy_and_says_why(
    server: ScheduleServer, subs: SubscriptionsService, bad: Route, says: str
) -> None:
    url, good = _good_then(server, subs, bad)
    with pytest.raises(FetchError) as caught:
        subs.refresh(url)
    assert says.lower() in str(caught.value.message).lower()
    assert _cache_bytes(subs, url) == good
    stale = subs.open(url)  # the window and --event: the copy, with how old it is and why
    assert stale.stale is not None and "fetched just now" in str(stale.stale)
    assert len(stale.opened.event.sessions) == len(subs.open_cached(url).opened.event.sessions)


def test_an_empty_valid_programme_asks_before_replacing(server: ScheduleServer, subs: SubscriptionsService) -> None:
    url, good = _good_then(server, subs, Route(democon(drop_all)))
    with pytest.raises(DropRefusedError) as caught:
        subs.refresh(url)
    assert caught.value.new == 0 and caught.value.old > 0
    assert _cache_bytes(subs, url) == good
    accepted = subs.refresh(url, accept_drop=True)
    assert accepted.opened.event.sessions == ()
    assert _cache_bytes(subs, url) == democon(drop_all)


def test_https_needs_a_trusted_ca_and_never_goes_down_to_http(
    services: Services, local_ca: tuple[ssl.SSLContext, Path]
) -> None:
    subs = services.subscriptions
    with ScheduleServer(local_ca[0]) as secure, ScheduleServer() as plain:
        plain.routes["/s.json"] = Route(democon(retitle_first))
        secure.routes["/s.json"] = Route(democon())
        secure.routes["/down"] = Route(status=302, location=plain.url("/s.json"))
        subs.fetcher = Fetcher(LIMITS)  # the system's roots only: the local CA is not trusted
        with pytest.raises(FetchError, match="could not be verified"):
            subs.refresh(secure.url("/s.json"))
        subs.fetcher = Fetcher(LIMITS, cafile=local_ca[1])
        assert subs.refresh(secure.url("/s.json")).state is RefreshState.FIRST
        with pytest.raises(FetchError, match="insecure"):
            subs.refresh(secure.url("/down"))
        assert plain.requests == []


def test_a_token_in_the_address_never_reaches_messages_or_the_log(
    server: ScheduleServer, subs: SubscriptionsService, caplog: pytest.LogCaptureFixture
) -> None:
    url = server.url("/missing.json?token=SECRET123").replace("://", "://user:PASS456@")
    assert redact(url) == server.url("/missing.json?…")
    server.routes["/missing.json"] = Route(democon())
    with caplog.at_level(logging.DEBUG):
        subs.refresh(url)
    server.routes["/missing.json"] = Route(status=404)
    with caplog.at_level(logging.DEBUG), pytest.raises(FetchError) as caught:
        subs.refresh(url)
    text = str(caught.value.message)
    assert "404" in text and "SECRET123" not in text and "PASS456" not in text
    assert "SECRET123" not in caplog.text and "PASS456" not in caplog.text
    assert [s.address for s in subs.all()] == [redact(url)]
    assert server.requests[-1][1].get("Authorization") == "Basic dXNlcjpQQVNTNDU2"  # user:PASS456


def test_cancel_stops_the_download_and_keeps_the_copy(server: ScheduleServer, subs: SubscriptionsService) -> None:
    url, good = _good_then(server, subs, Route(democon(retitle_first)))
    context = JobContext()
    context.cancel()
    outcome = run_job("refresh", subs.refresh_job(url), context)
    assert outcome.state is JobState.CANCELLED
    assert _cache_bytes(subs, url) == good


def test_the_zone_chosen_is_kept_per_subscription(server: ScheduleServer, subs: SubscriptionsService) -> None:
    server.routes["/k.ics"] = Route((DATA / "kielux2020.ics").read_bytes())  # names no zone
    url = server.url("/k.ics")
    assert subs.refresh(url).opened.report.zone == "UTC"  # type: ignore[union-attr]
    chosen = subs.open_cached(url, zone="Europe/Berlin")  # chosen in the import report
    assert chosen.opened.report is not None and chosen.opened.report.zone == "Europe/Berlin"
    later = subs.refresh(url)  # the next refresh keeps it
    assert later.opened.report is not None and later.opened.report.zone == "Europe/Berlin"
    assert later.opened.event.timezone == "Europe/Berlin"


def test_removing_forgets_the_address_and_deletes_the_copy(server: ScheduleServer, subs: SubscriptionsService) -> None:
    server.routes["/s.json"] = Route(democon())
    url = server.url("/s.json")
    subs.refresh(url)
    cache = subs.get(url).cache_path  # type: ignore[union-attr]
    assert subs.remove(url)
    assert subs.all() == [] and not cache.exists()


def test_a_first_download_that_fails_subscribes_to_nothing(server: ScheduleServer,
                                                            subs: SubscriptionsService) -> None:
    with pytest.raises(FetchError, match="answered 404"):
        subs.refresh(server.url("/nothing.json"))
    assert subs.all() == []
    assert list(subs.folder().iterdir()) == []


def test_only_web_addresses_are_fetched(subs: SubscriptionsService, tmp_path: Path) -> None:
    for address in ("file:///etc/passwd", "ftp://example.org/x", "not an address"):
        with pytest.raises(FetchError, match="not a web address"):
            subs.refresh(address)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compressed_schedule_is_read(server: ScheduleServer, subs: SubscriptionsService, encoding: str) -> None:
    import gzip
    import zlib

    body = gzip.compress(democon()) if encoding == "gzip" else zlib.compress(democon())
    server.routes["/s.json"] = Route(body, headers={"Content-Encoding": encoding})
    url = server.url("/s.json")
    assert len(subs.refresh(url).opened.event.sessions) == 36
    assert server.requests[-1][1].get("Accept-Encoding") == "gzip, deflate"
    assert _cache_bytes(subs, url) == democon()  # kept decompressed


def test_no_cookie_is_kept(server: ScheduleServer, subs: SubscriptionsService) -> None:
    server.routes["/s.json"] = Route(democon(), headers={"Set-Cookie": "session=abc; Path=/"})
    url = server.url("/s.json")
    subs.refresh(url)
    subs.refresh(url)
    assert all("Cookie" not in headers for _path, headers in server.requests)


def test_the_proxy_of_the_environment_is_used(server: ScheduleServer, subs: SubscriptionsService,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    if server.scheme == "https":
        pytest.skip("the local server is no CONNECT proxy")
    monkeypatch.setenv("http_proxy", server.url(""))
    monkeypatch.setenv("no_proxy", "")
    target = "http://schedule.invalid/s.json"  # never resolved: the proxy (the local server) is asked for it
    server.routes[target] = Route(democon())
    assert len(subs.refresh(target).opened.event.sessions) == 36
    assert server.requests[-1][0] == target


def test_a_periodic_refresh_is_off_by_default_and_due_after_its_period(
    server: ScheduleServer, subs: SubscriptionsService
) -> None:
    from datetime import timedelta

    server.routes["/s.json"] = Route(democon())
    url = server.url("/s.json")
    subs.refresh(url)
    found = subs.get(url)
    assert found is not None and found.fetched_at is not None and not found.due(found.fetched_at + timedelta(days=9))
    subs.set_period(url, 15)
    found = subs.get(url)
    assert found is not None and found.fetched_at is not None
    assert not found.due(found.fetched_at + timedelta(minutes=5))
    assert found.due(found.fetched_at + timedelta(minutes=16))
