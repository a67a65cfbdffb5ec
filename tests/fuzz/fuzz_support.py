"""What the fuzzing tests share: the readers under test, their seed files, the mutations, and the one rule.

The rule: a reader given any bytes either returns a usable result or raises its own documented error with a
non-empty message, within :data:`TIME_BOUND_SECONDS` of CPU time and :data:`MEMORY_BOUND_MB` of new peak
memory. Anything else (another exception, a hang, a blow-up) fails, and the input is saved under
``tests/fuzz/regressions/<reader>/`` to be committed, where ``test_regressions.py`` replays it for ever.

Profiles: the short one (default, CI) is derandomised; ``COMPANION_FUZZ=long`` runs many more random inputs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
REGRESSIONS = Path(__file__).resolve().parent / "regressions"
REALDATA = ROOT.parent / "shared" / "realdata"
"""As tests/conftest.py finds it; tests/data is preferred when it exists (the real files copied into the repo)."""

LONG = os.environ.get("COMPANION_FUZZ", "").strip().lower() == "long"
TIME_BOUND_SECONDS = float(os.environ.get("COMPANION_FUZZ_TIME_BOUND", "2"))
"""CPU seconds one input may take (the largest seed reads in ~0.3 s): catches hangs and blow-ups."""
MEMORY_BOUND_MB = float(os.environ.get("COMPANION_FUZZ_MEMORY_BOUND_MB", "512"))
"""How much one input may raise the process's peak memory (inputs are at most a few MB)."""


def _peak_mb() -> float:
    """The process's peak resident memory in MB (0 where the platform does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def examples(short: int, long: int = 3000) -> int:
    """How many inputs a test tries in the current profile (``COMPANION_FUZZ_EXAMPLES`` overrides the long one)."""
    return int(os.environ.get("COMPANION_FUZZ_EXAMPLES", long)) if LONG else short


class TooSlowError(BaseException):
    """An input took longer than the bound (a BaseException, so no reader's ``except Exception`` hides it)."""


@contextmanager
def cpu_time_bound(seconds: float) -> Iterator[None]:
    """Raise :class:`TooSlowError` in the body once it has used ``seconds`` of CPU time (POSIX; else unbounded).

    CPU time, not wall time, so a machine busy with other work does not make an input look slow.
    """
    if not hasattr(signal, "setitimer") or os.name != "posix":
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise TooSlowError(f"took more than {seconds} s of CPU time")

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


# -- the readers ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reader:
    """One reader: how to run it on a file, which errors are its own, and its seed files."""

    name: str
    suffix: str
    run: Callable[[Path], object]
    errors: tuple[type[BaseException], ...]
    seeds: Callable[[], list[tuple[str, bytes]]]


def _data_file(name: str) -> Path | None:
    for folder in (TESTS / "data", TESTS / "data" / "realdata", REALDATA):
        if (folder / name).is_file():
            return folder / name
    return None


def _seed_files(*names: str, largest: int = 400_000) -> list[tuple[str, bytes]]:
    """Real files by name where present; big ones only in the long profile (each input must stay quick)."""
    out = []
    for name in names:
        path = _data_file(name)
        if path is not None and (LONG or path.stat().st_size <= largest):
            out.append((name, path.read_bytes()))
    return out


SMALL_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule><version>1.0</version><conference><acronym>fz</acronym><title>Fuzz</title><start>2025-05-13</start>
<end>2025-05-14</end><days>2</days><timeslot_duration>00:15</timeslot_duration><time_zone_name>Asia/Ashgabat</time_zone_name>
</conference><day index="1" date="2025-05-13" start="2025-05-13T09:00:00+05:00" end="2025-05-14T03:00:00+05:00">
<room name="Hall A"><event id="1" guid="0d2f6b4e-1111-4c1e-9c1e-000000000001"><date>2025-05-13T10:00:00+05:00</date>
<start>10:00</start><duration>01:30</duration><room>Hall A</room><slug>fz-1</slug><title>Opening</title><subtitle/>
<track>Plenary</track><type>talk</type><language>en</language><abstract>First &amp; foremost</abstract>
<description>&lt;p&gt;Hi&lt;/p&gt;</description><persons><person id="7">Ада Лавлейс</person></persons>
<links><link href="https://example.org/1">Slides</link></links></event></room></day>
<day index="2" date="2025-05-14"><room name="Hall B"><event id="2"><start>23:30</start><duration>1:02:30:00</duration>
<title>Night</title></event></room></day></schedule>
""".encode()

SMALL_JSON = json.dumps({"schedule": {"version": "1", "base_url": "https://example.org/", "conference": {
    "acronym": "fz", "title": "Fuzz", "start": "2025-05-13", "end": "2025-05-14", "daysCount": 2,
    "timeslot_duration": "00:15", "time_zone_name": "Asia/Ashgabat", "day_change": "04:00",
    "tracks": [{"name": "Plenary", "color": "#abc"}],
    "days": [{"index": 1, "date": "2025-05-13", "day_start": "2025-05-13T04:00:00+05:00",
              "day_end": "2025-05-14T03:59:00+05:00", "rooms": {"Hall A": [
                  {"id": 1, "guid": "0d2f6b4e-1111-4c1e-9c1e-000000000001", "date": "2025-05-13T10:00:00+05:00",
                   "start": "10:00", "duration": "01:30", "room": "Hall A", "slug": "fz-1", "title": "Opening",
                   "track": "Plenary", "type": "talk", "language": "en", "abstract": "a", "description": "<p>d</p>",
                   "persons": [{"id": 7, "public_name": "Ада Лавлейс"}], "links": [{"url": "https://x.org"}]},
                  {"id": 2, "title": {"en": "Night", "ru": "Ночь"}, "start": "01:30", "duration": "0:45"}]}}]}}},
    ensure_ascii=False).encode()

SMALL_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\nX-WR-CALNAME:Fuzz\r\nX-WR-TIMEZONE:Asia/Ashgabat\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Asia/Ashgabat\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0500\r\n"
    "TZOFFSETTO:+0500\r\nTZNAME:+05\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:one@fuzz\r\nSUMMARY:Қазақстан делегациясының брифингі — Ашхабад 2025\r\n"
    "DTSTART;TZID=Asia/Ashgabat:20250513T100000\r\nDTEND;TZID=Asia/Ashgabat:20250513T113000\r\n"
    "LOCATION:Hall A\r\nCATEGORIES:Plenary,Talk\r\nATTENDEE;CN=\"Ада Лавлейс\":mailto:a@example.org\r\n"
    "DESCRIPTION:Line one\\nline two\\, with comma\r\nRRULE:FREQ=DAILY;COUNT=2\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:two@fuzz\r\nSUMMARY:All day\r\nDTSTART;VALUE=DATE:20250514\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:three@fuzz\r\nSUMMARY:Floating\r\nDTSTART:20250514T100000\r\nDURATION:PT45M\r\n"
    "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
).encode()


@cache
def bundled_event() -> Any:
    from companion.resources import bundled_event_path
    from companion.sources import load_event

    return load_event(bundled_event_path())


@cache
def star_file() -> bytes:
    """A starred-sessions export of the bundled event, as Companion writes it (a few dated, one undated)."""
    from companion.exports.ical import STARRED_UNDATED_PROPERTY, export_ics, session_uid

    event = bundled_event()
    dated = [s for s in event.sessions if s.day is not None][:6]
    data = export_ics(event, dated).data
    undated = next((s for s in event.sessions if s.day is None), None)
    if undated is not None:
        line = f"{STARRED_UNDATED_PROPERTY}:{session_uid(event, undated)}\r\n".encode()
        data = data.replace(b"BEGIN:VEVENT", line + b"BEGIN:VEVENT", 1)
    return bytes(data)


@cache
def badge_key() -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(bytes(range(32)))


def badge_codes() -> list[tuple[str, bytes]]:
    from companion.exports.badges.tokens import make_token

    key = badge_key()
    return [
        ("code-plain", make_token(key, "caccc-2025", "att-0001").encode()),
        ("code-cyrillic", make_token(key, "caccc-2025", "Жанар-Әлиева-07").encode()),
        ("code-other-event", make_token(key, "other-2024", "x").encode()),
    ]


def verify_badge_code(path: Path) -> object:
    """The public verify function on the text a scanner would type (the file's bytes, decoded leniently)."""
    from companion.exports.badges.tokens import verify_token

    text = path.read_bytes().decode("utf-8", "replace")
    return verify_token(text, badge_key().public_key(), "caccc-2025")


def _load_event(path: Path) -> object:
    from companion.sources.loader import load_event_with_report

    return load_event_with_report(path)


def _read_stars(path: Path) -> object:
    from companion.sources.ical_stars import read_stars

    return read_stars(path, bundled_event())


def _read_attendees(path: Path) -> object:
    from companion.sources.attendees_csv import read_attendees

    return read_attendees(path)


def readers() -> dict[str, Reader]:
    from companion.exports.badges.tokens import BadgeTokenError
    from companion.resources import bundled_event_path
    from companion.sources.errors import AttendeeFileError, CalendarFileError, EventFileError

    sample_csv = ROOT / "resources" / "samples" / "attendees-fictional.csv"
    return {
        "frab-xml": Reader("frab-xml", ".xml", _load_event, (EventFileError,), lambda: [
            ("small.xml", SMALL_XML), *_seed_files("debconf23.schedule.xml", "fosdem2021.schedule.xml")]),
        "schedule-json": Reader("schedule-json", ".json", _load_event, (EventFileError,), lambda: [
            ("small.json", SMALL_JSON), *_seed_files("pretalx-democon.schedule.json", "36c3.schedule.json")]),
        "ical-schedule": Reader("ical-schedule", ".ics", _load_event, (EventFileError,), lambda: [
            ("small.ics", SMALL_ICS), *_seed_files("kielux2020.ics")]),
        "companion-event": Reader("companion-event", ".json", _load_event, (EventFileError,), lambda: [
            ("caccc2025.json", bundled_event_path().read_bytes())]),
        "star-file": Reader("star-file", ".ics", _read_stars, (CalendarFileError,), lambda: [
            ("starred.ics", star_file())]),
        "attendee-csv": Reader("attendee-csv", ".csv", _read_attendees, (AttendeeFileError,), lambda: [
            ("attendees-fictional.csv", sample_csv.read_bytes()),
            ("attendees-cp1251.csv", sample_csv.read_text("utf-8").encode("cp1251", "replace")),
            ("attendees-utf16.csv", sample_csv.read_text("utf-8").encode("utf-16"))]),
        "badge-code": Reader("badge-code", ".txt", verify_badge_code, (BadgeTokenError,), badge_codes),
    }


READER_NAMES = ["frab-xml", "schedule-json", "ical-schedule", "companion-event", "star-file", "attendee-csv",
                "badge-code"]


def _message_of(error: BaseException) -> str:
    for name in ("problem", "reason"):
        value = getattr(error, name, None)
        if value is not None:
            return str(value)
    return str(error)


@dataclass
class Outcome:
    """What one input did: ``loaded`` or the name of the reader's own error."""

    kind: str


def check(reader: Reader, data: bytes, folder: Path) -> Outcome:
    """Run ``reader`` on ``data`` and enforce the rule; saves the input as a regression case when it breaks it."""
    path = folder / f"input{reader.suffix}"
    path.write_bytes(data)
    peak = _peak_mb()
    try:
        with cpu_time_bound(TIME_BOUND_SECONDS):
            result = reader.run(path)
            usable(result)
    except reader.errors as exc:
        _check_memory(reader, data, peak)
        if not _message_of(exc).strip():
            _save(reader, data, "empty message")
            raise AssertionError(f"{reader.name}: {type(exc).__name__} without a message") from exc
        return Outcome(type(exc).__name__)
    except TooSlowError as exc:
        _save(reader, data, "too slow")
        raise AssertionError(f"{reader.name}: input {len(data)} bytes {exc}") from exc
    except Exception as exc:
        _save(reader, data, f"{type(exc).__name__}: {exc}")
        raise
    _check_memory(reader, data, peak)
    return Outcome("loaded")


def _check_memory(reader: Reader, data: bytes, before: float) -> None:
    grown = _peak_mb() - before
    if grown > MEMORY_BOUND_MB:
        _save(reader, data, f"peak memory grew by {grown:.0f} MB")
        raise AssertionError(f"{reader.name}: input of {len(data)} bytes raised peak memory by {grown:.0f} MB")


def usable(result: object) -> None:
    """What the rest of the app relies on in a loaded result (AssertionError otherwise): every text can be
    written as UTF-8 (the saved state, ``agenda --json``), every session time lies in the years readers accept,
    the event can be remembered (its snapshot), and the import report can be printed."""
    from companion.domain.event import Event
    from companion.sources.attendees_csv import AttendeeImport
    from companion.sources.report import ImportReport
    from companion.sources.schedule_builder import in_range
    from companion.store.events import snapshot_text

    items = result if isinstance(result, tuple) else (result,)
    for item in items:
        if isinstance(item, Event):
            for session in item.sessions:
                for moment in (session.start, session.end):
                    assert moment is None or in_range(moment), f"{session.id}: {moment} out of range"
            snapshot_text(item).encode("utf-8")
            texts = [*item.name.values(), *(v for s in item.sessions for v in s.title.values()),
                     *(v for r in item.rooms.values() for v in r.name.values()),
                     *(n for p in item.people.values() for n in p.names)]
            "\n".join(texts).encode("utf-8")
        elif isinstance(item, ImportReport):
            "\n".join(item.summary_lines()).encode("utf-8")
        elif isinstance(item, AttendeeImport):
            "\n".join(f"{a.id} {a.given_name} {a.family_name} {a.organisation} {a.delegation} {a.email}"
                      for a in item.attendees).encode("utf-8")
            "\n".join(str(p) for p in item.problems).encode("utf-8")


def _save(reader: Reader, data: bytes, why: str) -> None:
    if os.environ.get("COMPANION_FUZZ_SAVE", "1") == "0":
        return
    folder = REGRESSIONS / reader.name
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    (folder / f"{name}{reader.suffix}").write_bytes(data)
    (folder / f"{name}.why.txt").write_text(why[:500] + "\n", "utf-8")


# -- mutations ----------------------------------------------------------------------------------------------

EXTREME_NUMBERS = [b"0", b"-1", b"9" * 20, b"9" * 5000, b"1e999999", b"-0", b"NaN", b"Infinity", b"1.5e308",
                   b"340282366920938463463374607431768211457", b"0x10", b"\xd9\xa3"]
EXTREME_DATES = [b"9999-12-31T23:50:00", b"0001-01-01T00:10+14:00", b"9999-12-31", b"0001-01-01",
                 b"2025-02-30", b"2025-05-13T25:61:00", b"99991231T235959Z", b"00010101T000000",
                 b"2025-05-13T10:00:00+99:00", b"2025-13-01", b"20250515T1000", b"19000101T000000Z"]
EXTREME_DURATIONS = [b"12345678901234567890", b"999999999:00", b"P999999999D", b"-PT1H", b"PT0S", b"00:00",
                     b"-1:00", b"1:2:3:4:5", b"P99999999999999W", b"9" * 400 + b":00", b"\xef\xbc\x91:00"]
EXTREME_ZONES = [b"Europe", b"A" * 300, b"../../etc/passwd", b"Europe/Berlin\x00", b"", b"UTC", b"Etc/GMT+14",
                 b"Pacific/Pago_Pago", b"Pacific/Kiritimati", b"/", b"Europe//Berlin", b"..", b"\xd0\x96"]
INJECTIONS = [b"\\ud800", b"\\udfff", b"\\ud83d", b"\xed\xa0\x80", b"\xc0\xaf", b"\xff\xfe", b"\x00", b"\r",
              b"\r\n ", b"\r\n\t", b"&#xD800;", b"&#0;", b"&amp;", b"]]>", b"<!--", b"\"", b"'", b",", b";",
              b"=", b":", b"\\", b"\\n", b"\xe2\x80\xae", b"\xef\xbb\xbf", b"=\r\n", b"\\\"", b"\x1b[2J"]
NESTING = [(b"[", b"]"), (b"{\"a\":", b"}"), (b"<a>", b"</a>"), (b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n"),
           (b"BEGIN:X\r\n", b"END:X\r\n"), (b"\"", b"\"")]

_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
_DATE = re.compile(rb"\d{4}-?\d{2}-?\d{2}(?:[T ]\d{2}:?\d{2}(?::?\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?")
_DURATION = re.compile(rb"\b\d{1,2}:\d{2}(?::\d{2})?\b|P(?:\d+[WD])?(?:T(?:\d+[HMS])+)?")
_ZONE = re.compile(rb"[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|\bUTC\b")


def _positions(draw: st.DrawFn, size: int) -> int:
    return draw(st.integers(0, max(size, 0)))


def _replace_match(draw: st.DrawFn, data: bytes, pattern: re.Pattern[bytes], values: list[bytes]) -> bytes:
    matches = [m for m in pattern.finditer(data[:200_000]) if m.end() > m.start()]
    if not matches:
        return data
    m = matches[draw(st.integers(0, len(matches) - 1))]
    return data[: m.start()] + draw(st.sampled_from(values)) + data[m.end() :]


def _mutate_once(draw: st.DrawFn, data: bytes, donors: list[bytes]) -> bytes:
    size = len(data)
    kind = draw(st.sampled_from(["flip", "insert", "delete", "splice", "truncate", "duplicate", "number", "date",
                                 "duration", "zone", "inject", "long", "nest", "swap-line"]))
    if kind == "flip" and size:
        at = _positions(draw, size - 1)
        bit = draw(st.integers(0, 7))
        return data[:at] + bytes([data[at] ^ (1 << bit)]) + data[at + 1 :]
    if kind == "insert":
        at = _positions(draw, size)
        return data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
    if kind == "delete" and size:
        at = _positions(draw, size - 1)
        return data[:at] + data[at + draw(st.integers(1, 256)) :]
    if kind == "splice":
        donor = draw(st.sampled_from(donors)) if donors else data
        if donor:
            start = _positions(draw, len(donor) - 1)
            chunk = donor[start : start + draw(st.integers(1, 2048))]
            at = _positions(draw, size)
            return data[:at] + chunk + data[at:]
        return data
    if kind == "truncate":
        return data[: _positions(draw, size)]
    if kind == "duplicate" and size:
        start = _positions(draw, size - 1)
        chunk = data[start : start + draw(st.integers(1, 4096))]
        times = draw(st.sampled_from([2, 3, 10, 100]))
        at = _positions(draw, size)
        return data[:at] + chunk * times + data[at:]
    if kind == "number":
        return _replace_match(draw, data, _NUMBER, EXTREME_NUMBERS)
    if kind == "date":
        return _replace_match(draw, data, _DATE, EXTREME_DATES)
    if kind == "duration":
        return _replace_match(draw, data, _DURATION, EXTREME_DURATIONS)
    if kind == "zone":
        return _replace_match(draw, data, _ZONE, EXTREME_ZONES)
    if kind == "inject":
        at = _positions(draw, size)
        return data[:at] + draw(st.sampled_from(INJECTIONS)) + data[at:]
    if kind == "long":
        at = _positions(draw, size)
        unit = draw(st.sampled_from([b"x", "ж".encode(), b"\\u0416", b"&amp;", b" ", "😀".encode()]))
        return data[:at] + unit * draw(st.sampled_from([300, 5000, 100_000])) + data[at:]
    if kind == "nest":
        at = _positions(draw, size)
        opening, closing = draw(st.sampled_from(NESTING))
        depth = draw(st.sampled_from([50, 2000, 20_000]))
        return data[:at] + opening * depth + closing * depth + data[at:]
    if kind == "swap-line":
        lines = data.split(b"\n")
        if len(lines) > 2:
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            return b"\n".join(lines)
    return data


@st.composite
def mutated(draw: st.DrawFn, seeds: list[tuple[str, bytes]]) -> bytes:
    """A seed with one to four mutations, byte-level and structure-aware, applied in turn."""
    index = draw(st.integers(0, len(seeds) - 1))
    data = seeds[index][1]
    donors = [seed for _, seed in seeds]
    for _ in range(draw(st.integers(1, 4))):
        data = _mutate_once(draw, data, donors)
    return data
