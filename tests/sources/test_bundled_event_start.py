"""The bundled event as the window's start reads it (``load_bundled_event``): without running the schema validator
(issue 13), yet the same event, and a broken copy refused with the same message as any file."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from companion.domain.event import Event
from companion.resources import bundled_event_path
from companion.sources import EventFileError, companion_json, loader
from companion.sources.loader import load_bundled_event, load_event


def test_the_shipped_file_satisfies_the_schema_the_start_does_not_run() -> None:
    raw = json.loads(bundled_event_path().read_text("utf-8"))
    assert list(companion_json._validator().iter_errors(raw)) == []  # noqa: SLF001  # the reader's own validator


def test_the_start_reads_the_same_event_as_opening_the_file(bundled_event: Event) -> None:
    assert load_bundled_event() == bundled_event


def test_the_start_imports_no_schema_validator_nor_the_other_formats_builder() -> None:
    code = ("import sys\nfrom companion.sources.loader import load_bundled_event\nevent = load_bundled_event()\n"
            "print(event.id, *(name in sys.modules for name in ('jsonschema_rs', 'email.utils', "
            "'companion.sources.schedule_builder')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.split() == ["caccc-2025", "False", "False", "False"]


def _session_without_title(doc: dict[str, Any]) -> None:
    del doc["sessions"][2]["title"]


def _session_type_unknown(doc: dict[str, Any]) -> None:
    doc["sessions"][1]["type"] = "no-such-type"


def _start_not_a_time(doc: dict[str, Any]) -> None:
    doc["sessions"][0]["start"] = "sometime"


def _days_not_a_list(doc: dict[str, Any]) -> None:
    doc["days"] = {"2025-05-13": {}}


def _wrong_format(doc: dict[str, Any]) -> None:
    doc["format"] = "companion-event/9"


@pytest.mark.parametrize(
    "damage", [_session_without_title, _session_type_unknown, _start_not_a_time, _days_not_a_list, _wrong_format])
def test_a_broken_bundled_file_is_refused_as_the_same_file_opened(
    damage: Callable[[dict[str, Any]], None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = json.loads(bundled_event_path().read_text("utf-8"))
    damage(doc)
    broken = tmp_path / "caccc2025.json"
    broken.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    with pytest.raises(EventFileError) as opened:
        load_event(broken)
    monkeypatch.setattr(loader, "bundled_event_path", lambda: broken)
    with pytest.raises(EventFileError) as started:
        load_bundled_event()
    assert str(started.value) == str(opened.value)
    assert (started.value.location, started.value.problem) == (opened.value.location, opened.value.problem)
    assert type(started.value.__context__) is type(opened.value.__context__)  # the crash log's chain alike


def test_a_file_the_user_opens_is_still_checked_against_the_schema(tmp_path: Path) -> None:
    doc = json.loads(bundled_event_path().read_text("utf-8"))
    doc["sessions"][0]["unexpected"] = "field"  # builds, but the schema allows no other keys
    path = tmp_path / "event.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    with pytest.raises(EventFileError, match="schema"):
        load_event(path)
