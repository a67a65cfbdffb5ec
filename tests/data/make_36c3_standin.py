"""Write ``36c3.schedule.json``: a generated stand-in of the same shape as the real 36C3 schedule.

The real file (``../shared/realdata/36c3.schedule.json``, voc/36C3_schedule) states no licence, so it is not
copied into the repository. This script writes a file with the same shape and the same quirks, made of
invented words, so that a fresh clone runs the tests that need a large frab schedule.json:

- 1,351 events over 4 days (27-30 December 2019, days from 11:00 to 04:00 the next morning), 92 rooms with
  56, 70, 78 and 54 of them used per day; events after midnight carry the next calendar date;
- no time zone named anywhere: every ``date`` carries the offset +01:00;
- 42 event types (one empty, several German, one 67 characters long), 31 tracks;
- durations written as ``01:00`` and as ``1:00``; languages ``en``, ``de``, ``""`` and a stray ``cs``;
- person names with leading, trailing and doubled spaces; the same name under two person ids;
- two workshops that share one guid and one id at two start times (the real file has three such pairs);
- extra keys the strict schema refuses (``answers``), and links written as bare URL strings, so the file
  fails the c3voc schema as the real one does; ``recording_license``, ``do_not_record`` and ``attachments``
  only on some events; non-ASCII text written as ``\\u`` escapes.

Run ``python tests/data/make_36c3_standin.py`` to rewrite it; the output is the same on every run.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("36c3.schedule.json")
EVENTS = 1351
DAY_ROOMS = (56, 70, 78, 54)  # rooms used on each day; together 92
ROOM_COUNT = 92
REPEATED_GUID = "81f5f0c4-3d35-522c-8f1c-c8825b92f00a"
"""The guid the two occurrences of one workshop share (tests look it up)."""
ZONE = timezone(timedelta(hours=1))
FIRST_DAY = date(2019, 12, 27)
NAMESPACE = uuid.UUID("4b1c9f64-4f4e-4c1f-9d2b-36c3c0ffee00")

ROOM_WORDS = [
    "Ada",
    "Borg",
    "Clarke",
    "Dijkstra",
    "Eliza",
    "Hopper",
    "Knuth",
    "Lovelace",
    "Turing",
    "Zuse",
    "Assembly",
    "Workshop Dome",
    "Lounge",
    "Stage",
    "Tent",
    "Hall",
    "Café",
    "Sendezentrum",
    "Bühne",
    "Ecke",
]
TYPES = [
    "workshop",
    "lecture",
    "meeting",
    "Lightning Talk",
    "talk",
    "hands-on",
    "djset",
    "Normale Länge",
    "discussion",
    "other",
    "",
    "Session",
    "Talk",
    "Workshop",
    "Doppelter Slot",
    "game",
    "lightning_talk",
    "Talk 45 minutes + 10 minutes Q&A",
    "Einfacher Slot",
    "Talk 20 minutes + 5 minutes Q&A",
    "Vortrag 60min  (inkl. Q&A)",
    "Workshop 1 hour",
    "Screening",
    "Meetup",
    "concert",
    "Lecture",
    "Movie",
    "Ausgebucht, bitte nicht mehr auswählen! Überlänge (nur Sendetisch)",
    "Vortrag 30 min (incl. Q&A)",
    "Workshop 2 hours",
    "Sound Performance",
    "Theatre/Dance Performance",
    "Klangteppich",
    "Workshop 2h",
    "Individual shows (5-10 minutes for 1 spectator at a time)",
    "podium",
    "Solder Workshop 2h",
    "Workshops",
    "performance",
    "Workshop 6h",
    "Reading",
    "Panel",
]
TRACKS = [
    "CCC",
    "Security",
    "Ethics, Society & Politics",
    "Hardware & Making",
    "Science",
    "Art & Culture",
    "Resilience & Sustainability",
    "Entertainment",
    "Chaos West",
    "Open Infrastructure",
    "Wikipaka",
    "Chaoszone",
    "Komona",
    "Sendezentrum",
    "Lightning Talks",
    "Art & Play",
    "Critical Decentralisation",
    "Wiki",
    "Community",
    "Music",
    "Bildung",
    "Gesellschaft",
    "Technik",
    "Kunst",
    "Spiel",
    "Kochen",
    "Datenschutz",
    "Netzpolitik",
    "Freie Software",
    "Hackerspaces",
    "Sonstiges",
]
WORDS = [
    "security",
    "chaos",
    "community",
    "hardware",
    "privacy",
    "radio",
    "network",
    "freedom",
    "open",
    "data",
    "Sicherheit",
    "Gesellschaft",
    "Überwachung",
    "Schlüssel",
    "Zukunft",
    "Netz",
    "Kryptographie",
    "Maschine",
    "satellite",
    "firmware",
    "election",
    "climate",
    "kernel",
    "browser",
    "protocol",
    "mesh",
    "solder",
    "vote",
    "resilience",
    "archive",
    "ethics",
    "robots",
    "signal",
    "compiler",
    "sensor",
    "bicycle",
    "garden",
    "city",
    "Zürich",
    "Łódź",
    "Köln",
    "café",
    "naïve",
    "smörgåsbord",
    "Ελλάδα",
    "Москва",
    "東京",
    "communication",
]
SECURITY_TITLES = 120  # titles that contain "security": more than one search group's first hits
FIRST_NAMES = ["Alex", "Kim", "Mo", "Ulla", "Jörg", "Zoë", "Renée", "Sam", "Chris", "Ada", "Lin", "Nils", "Ole"]
LAST_NAMES = ["Müller", "Nguyen", "Schmidt", "O'Neil", "Kowalski", "Ørsted", "Björk", "Kaur", "Lee", "Weiß"]
HANDLES = ["bleep", "ytrack", "0xdead", "kaffee", "nerdcore", "mxp", "zwerg", "foobar", "l1nk", "tiny"]


def _people(rng: random.Random) -> list[tuple[int, str]]:
    people: list[tuple[int, str]] = []
    names: set[str] = set()
    while len(people) < 860:
        if rng.random() < 0.3:
            name = f"{rng.choice(HANDLES)}{rng.randrange(100)}"
        else:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name in names:
            continue
        names.add(name)
        people.append((1000 + len(people), name))
    # quirks of the real file: stray spaces around and inside names, one name under two ids
    people[3] = (people[3][0], " " + people[3][1])
    people[5] = (people[5][0], people[5][1] + " ")
    people[7] = (people[7][0], people[7][1].replace(" ", "  ", 1) if " " in people[7][1] else "Ole ")
    people.append((9000, people[10][1]))
    return people


def _title(rng: random.Random, n: int) -> str:
    words = rng.sample(WORDS, rng.randrange(2, 6))
    if n < SECURITY_TITLES and "security" not in words:
        words.insert(rng.randrange(len(words) + 1), "security")
    elif n >= SECURITY_TITLES and "security" in words:
        words.remove("security")
    return " ".join(words).capitalize()


def _duration(rng: random.Random) -> str:
    minutes = rng.choice([5, 15, 30, 40, 45, 60, 60, 60, 90, 120, 120])
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d}" if rng.random() < 0.4 and hours else f"{hours:02d}:{rest:02d}"


def _event(rng: random.Random, n: int, room: str, start: datetime, people: list[tuple[int, str]]) -> dict:  # type: ignore[type-arg]
    event_id = 10000 + n
    title = _title(rng, n)
    slug = f"36c3-{event_id}-{'_'.join(title.lower().split())[:40]}"
    event: dict = {  # type: ignore[type-arg]
        "url": f"https://example.invalid/36c3-standin/events/{event_id}.html",
        "id": event_id,
        "guid": str(uuid.uuid5(NAMESPACE, str(event_id))),
        "logo": None,
        "date": start.isoformat(),
        "start": start.strftime("%H:%M"),
        "duration": _duration(rng),
        "room": room,
        "slug": slug,
        "title": title,
        "subtitle": rng.choice(["", "", rng.choice(WORDS)]),
        "track": rng.choice(TRACKS),
        "type": TYPES[n % len(TYPES)],
        "language": rng.choice(["en", "en", "de", "de", ""]) if n != 77 else "cs",
        "abstract": " ".join(rng.choices(WORDS, k=rng.randrange(4, 20))),
        "description": " ".join(rng.choices(WORDS, k=rng.randrange(0, 30))),
        "persons": [
            {"id": pid, "public_name": name} for pid, name in rng.sample(people, rng.choice([0, 1, 1, 1, 2, 3]))
        ],
        "links": [],
    }
    if n % 9 == 0:
        event["links"] = [f"https://example.invalid/links/{event_id}"]  # a bare string: the schema wants an object
    elif n % 7 == 0:
        event["links"] = [{"url": f"https://example.invalid/slides/{event_id}.pdf", "title": "Slides"}]
    if n % 2 == 0:
        event["recording_license"] = ""
        event["do_not_record"] = n % 10 == 0
        event["attachments"] = []
    if n % 3 == 0:
        event["answers"] = []
    return event


def build() -> dict:  # type: ignore[type-arg]
    rng = random.Random(36)
    rooms = [
        ROOM_WORDS[i] if i < 10 else f"{ROOM_WORDS[i % len(ROOM_WORDS)]} {i // len(ROOM_WORDS) + 1}"
        for i in range(ROOM_COUNT)
    ]
    people = _people(rng)
    # each day uses its own slice of the rooms; every room is used on at least one day
    day_rooms = [rooms[:56], rooms[10:80], rooms[14:92], rooms[:54]]
    assert [len(r) for r in day_rooms] == list(DAY_ROOMS) and len(set().union(*day_rooms)) == ROOM_COUNT
    # spread 1,351 events over the (day, room) pairs: at least one per pair
    pairs = [(d, room) for d, names in enumerate(day_rooms) for room in names]
    counts = {pair: 1 for pair in pairs}
    for pair in rng.choices(pairs, k=EVENTS - len(pairs) - 1):
        counts[pair] += 1
    days: list[dict[str, Any]] = []
    n = 0
    for d, names in enumerate(day_rooms):
        day = FIRST_DAY + timedelta(days=d)
        day_start = datetime(day.year, day.month, day.day, 11, 0, tzinfo=ZONE)
        room_events: dict[str, list[dict]] = {}  # type: ignore[type-arg]
        for room in names:
            slots = sorted(rng.sample(range(0, 16 * 6), counts[(d, room)]))  # 10-minute slots, 11:00-03:00
            events = []
            for slot in slots:
                events.append(_event(rng, n, room, day_start + timedelta(minutes=10 * slot), people))
                n += 1
            room_events[room] = events
        days.append(
            {
                "index": d + 1,
                "date": day.isoformat(),
                "day_start": day_start.isoformat(),
                "day_end": (day_start + timedelta(hours=17)).isoformat(),
                "rooms": room_events,
            }
        )
    # one workshop held twice: the second occurrence repeats the first one's id and guid at a later start
    first_room = next(iter(days[0]["rooms"].values()))
    first = first_room[0]
    first["guid"] = REPEATED_GUID
    first["type"] = "workshop"
    again = dict(first, date=(datetime.fromisoformat(first["date"]) + timedelta(hours=1, minutes=5)).isoformat())
    again["start"] = datetime.fromisoformat(again["date"]).strftime("%H:%M")
    again["duration"] = "01:00"
    first_room.insert(1, again)
    first_room.sort(key=lambda e: e["date"])
    assert n + 1 == EVENTS
    return {
        "schedule": {
            "version": "generated stand-in of the 36C3 schedule's shape (tests/data/make_36c3_standin.py)",
            "base_url": "https://example.invalid/36c3-standin/",
            "conference": {
                "acronym": "36c3",
                "title": "36th Chaos Communication Congress (generated stand-in)",
                "start": FIRST_DAY.isoformat(),
                "end": (FIRST_DAY + timedelta(days=3)).isoformat(),
                "daysCount": 4,
                "timeslot_duration": "00:10",
                "days": days,
            },
        }
    }


def main() -> None:
    OUT.write_text(json.dumps(build(), indent=1) + "\n", "ascii")  # ensure_ascii: non-ASCII as \u escapes


if __name__ == "__main__":
    main()
