"""Several check-in desk processes on one shared store (tests/checkin_pg and benchmarks/checkin_store.py).

``prepare_event`` puts an event's public key and desk list on the server (what a badge station's desk package
brings) and returns each person's signed code; ``share_out`` gives each desk its list, some people at two desks
at the same places in both lists (so the two scans race); ``DeskFleet`` starts one ``desk_process.py`` per desk,
each with its own data folder, lets them start together and collects what each one said.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from companion.domain.checkin import AttendeeFacts, KnownKey
from companion.exports.badges.tokens import key_id, make_token_v2, raw_public_key
from companion.store.checkin_postgres import PostgresCheckinStore

EVENT = "caccc-2025"
DESK_PROCESS = Path(__file__).resolve().parent / "desk_process.py"
_GIVEN = ["Aigerim", "Bakhyt", "Dilnoza", "Erlan", "Farrukh", "Gulnara", "Jamshid", "Kanat", "Malika", "Nurlan"]
_FAMILY = ["Abdullaev", "Bekova", "Çaryýew", "Dosmukhamedov", "Ermekova", "Ismoilov", "Qasymov", "Şyhmuradow"]
_CATEGORIES = ["delegate", "speaker", "press", "staff"]
_DELEGATIONS = ["KZ", "KG", "TJ", "TM", "UZ", "UNDP"]


def make_people(people: int, event_id: str = EVENT) -> tuple[list[KnownKey], list[AttendeeFacts], dict[str, str]]:
    """A fresh event key (as desks know it), ``people`` attendees, and {attendee id: signed badge code}."""
    key = Ed25519PrivateKey.generate()
    public = key.public_key()
    attendees = [AttendeeFacts(f"a{n:05d}", _GIVEN[n % len(_GIVEN)], _FAMILY[n % len(_FAMILY)], "Ministry",
                               _DELEGATIONS[n % len(_DELEGATIONS)], _CATEGORIES[n % len(_CATEGORIES)])
                 for n in range(people)]
    codes = {a.attendee_id: make_token_v2(key, event_id, a.attendee_id) for a in attendees}
    return [KnownKey(event_id, key_id(public), raw_public_key(public))], attendees, codes


def prepare_event(url: str, people: int, event_id: str = EVENT) -> dict[str, str]:
    """Key and desk list of ``people`` attendees on the server; returns {attendee id: badge code}."""
    keys, attendees, codes = make_people(people, event_id)
    store = PostgresCheckinStore(url, operation_timeout=30)
    try:
        store.add_keys(keys)
        store.replace_desk_attendees(event_id, attendees)
    finally:
        store.close()
    return codes


def share_out(codes: dict[str, str], desks: int, twice: int, seed: int = 16) -> tuple[list[list[str]], set[str]]:
    """Each person's code to one desk, and ``twice`` of them to a second desk at the same place in its list.

    Returns the desks' lists of codes and the ids of the people scanned twice."""
    rng = random.Random(seed)
    ids = sorted(codes)
    rng.shuffle(ids)
    doubled, singles = ids[:twice], ids[twice:]
    lists: list[list[str]] = [[] for _ in range(desks)]
    pairs = [(d, (d + 1) % desks) for d in range(0, desks, 2)] if desks > 1 else [(0, 0)]
    pair_people: list[list[str]] = [doubled[i::len(pairs)] for i in range(len(pairs))]
    single_people: list[list[str]] = [singles[i::desks] for i in range(desks)]
    for (first, second), people in zip(pairs, pair_people, strict=True):
        for desk in (first, second):
            mine = list(single_people[desk])
            merged: list[str] = []
            step = max(1, len(mine) // max(1, len(people)))
            queue = list(people)
            for n, person in enumerate(mine):
                if queue and n % step == 0:
                    merged.append(queue.pop(0))
                merged.append(person)
            merged.extend(queue)
            lists[desk] = [codes[p] for p in merged]
    return lists, set(doubled)


@dataclass
class DeskRun:
    name: str
    folder: Path
    out: Path
    process: subprocess.Popen[bytes]

    def lines(self) -> list[dict[str, Any]]:
        if not self.out.exists():
            return []
        text = self.out.read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines() if line.endswith("}")]

    def scans(self) -> list[dict[str, Any]]:
        return [line for line in self.lines() if "verdict" in line]

    def final(self) -> dict[str, Any]:
        finals = [line for line in self.lines() if line.get("final")]
        assert finals, f"desk {self.name} ended without its last line:\n" + (self.folder / "stderr.txt").read_text()
        return finals[-1]


@dataclass
class DeskFleet:
    """Desk processes on ``store_url``; ``start()`` waits until every one is ready, then lets them go at once."""

    store_url: str
    folder: Path
    lists: list[list[str]]
    pause: float = 0.0
    drain: float = 60.0
    runs: list[DeskRun] = field(default_factory=list)

    def start(self, timeout: float = 60.0) -> None:
        go = self.folder / "go"
        for n, codes in enumerate(self.lists):
            name = f"desk-{n + 1}"
            folder = self.folder / name
            folder.mkdir(parents=True)
            (folder / "codes.txt").write_text("\n".join(codes) + "\n", encoding="utf-8")
            env = {**os.environ, "COMPANION_DATA_DIR": str(folder / "data")}
            out = folder / "out.jsonl"
            with (folder / "stderr.txt").open("wb") as err:
                process = subprocess.Popen(
                    [sys.executable, str(DESK_PROCESS), "--store", self.store_url, "--event", EVENT, "--desk", name,
                     "--codes", str(folder / "codes.txt"), "--out", str(out), "--go", str(go),
                     "--pause", str(self.pause), "--drain", str(self.drain), "--done", str(self.folder / "done")],
                    env=env, stdout=subprocess.DEVNULL, stderr=err)
            self.runs.append(DeskRun(name, folder, out, process))
        deadline = time.monotonic() + timeout
        while not all(run.lines() for run in self.runs):
            for run in self.runs:
                if run.process.poll() is not None:
                    raise AssertionError(f"{run.name} exited: " + (run.folder / "stderr.txt").read_text())
            if time.monotonic() > deadline:
                raise AssertionError("the desks did not get ready in time")
            time.sleep(0.02)
        go.touch()

    def scanned(self) -> int:
        return sum(len(run.scans()) for run in self.runs)

    def wait_scanned(self, count: int, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while self.scanned() < count and time.monotonic() < deadline:
            time.sleep(0.02)

    def finish(self, timeout: float = 120.0) -> None:
        """Wait until every desk has sent its scans, let them take a last look, wait for them to exit."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not all(
                any(line.get("drained") for line in run.lines()) or run.process.poll() is not None
                for run in self.runs):
            time.sleep(0.02)
        (self.folder / "done").touch()
        for run in self.runs:
            try:
                run.process.wait(timeout=max(1.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                run.process.kill()
                run.process.wait()
            err = (run.folder / "stderr.txt").read_text()
            assert run.process.returncode == 0, f"{run.name} failed:\n{err}"

    def stop(self) -> None:
        for run in self.runs:
            if run.process.poll() is None:
                run.process.kill()
                run.process.wait()
