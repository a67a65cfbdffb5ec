"""The bundled event's own texts (descriptions, notes, topics, roles ...) in every language, marked as translation."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QCoreApplication

from companion.cli import main
from companion.domain.event import Event
from companion.domain.kazakh_latin import to_latin
from companion.resources import bundled_event_path
from companion.sources import load_event
from companion.ui.delegations.detail import DelegationDetail
from companion.ui.navigation import PeopleFeature
from companion.ui.people.person_detail import PersonDetail
from companion.ui.session.detail import SessionDetail

LANGUAGES = ("en", "ru", "kk", "kk-Latn")
NOTE = "Descriptions, notes, topics and roles in this language are Companion's translation from English."
KEPT_AS_IS = {"GIZ", "COP30"}
"""Names that Russian and Kazakh write as English does."""


def _raw() -> dict[str, Any]:
    return json.loads(bundled_event_path().read_text("utf-8"))


def _texts(raw: dict[str, Any]) -> Iterator[tuple[str, dict[str, str]]]:
    """Every text object the data holds in Companion's own words, with its JSON path."""
    ev = raw["event"]
    for key in ("theme", "organisers", "participants_note", "dates_note"):
        yield f"$.event.{key}", ev[key]
    for i, s in enumerate(raw["sessions"]):
        for key in ("description", "title_note", "participants_note", "time_note", "venue"):
            if key in s:
                yield f"$.sessions[{i}].{key}", s[key]
        for j, topic in enumerate(s.get("topics", [])):
            yield f"$.sessions[{i}].topics[{j}]", topic
        for j, part in enumerate(s.get("participants", [])):
            if "role" in part:
                yield f"$.sessions[{i}].participants[{j}].role", part["role"]
    for i, p in enumerate(raw["people"]):
        for key in ("role", "organisation", "note"):
            if key in p:
                yield f"$.people[{i}].{key}", p[key]
    for i, d in enumerate(raw["delegations"]):
        yield f"$.delegations[{i}].name", d["name"]
        for key in ("composition", "head_note"):
            if key in d:
                yield f"$.delegations[{i}].{key}", d[key]
        for j, note in enumerate(d.get("notes", [])):
            yield f"$.delegations[{i}].notes[{j}]", note


def test_every_text_is_in_all_four_languages() -> None:
    texts = list(_texts(_raw()))
    assert len(texts) > 200
    missing = [path for path, text in texts if not all(text.get(lang) for lang in LANGUAGES)]
    assert missing == []


def test_kazakh_latin_is_spelt_from_the_cyrillic() -> None:
    wrong = [path for path, text in _texts(_raw()) if text["kk-Latn"] != to_latin(text["kk"])]
    assert wrong == []


def test_russian_is_written_in_cyrillic() -> None:
    cyrillic = re.compile("[а-яё]", re.IGNORECASE)
    latin_only = [
        path for path, text in _texts(_raw()) if not cyrillic.search(text["ru"]) and text["en"] not in KEPT_AS_IS
    ]
    assert latin_only == []


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_translations_keep_every_number(language: str) -> None:
    """A cheap faithfulness check: the same numbers, dates and years as the English."""
    changed = [
        (path, text["en"], text[language])
        for path, text in _texts(_raw())
        if sorted(re.findall(r"\d+", text["en"])) != sorted(re.findall(r"\d+", text[language]))
    ]
    assert changed == []


def test_published_spellings_are_left_alone() -> None:
    assert all(set(v) == {"en"} or set(v) == {"ru"} for v in _raw()["event"]["name_variants"])


def test_loader_exposes_the_translated_languages(bundled_event: Event, tmp_path: Path) -> None:
    assert bundled_event.translated_text_languages == ("ru", "kk", "kk-Latn")
    raw = _raw()
    del raw["event"]["translated_text_languages"]
    unmarked = tmp_path / "unmarked.json"
    unmarked.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    assert load_event(unmarked).translated_text_languages == ()


def _session(raw: dict[str, Any], session_id: str) -> dict[str, Any]:
    return next(s for s in raw["sessions"] if s["id"] == session_id)


@pytest.mark.parametrize("language", ["ru", "kk-Latn"])
def test_session_detail_reads_in_the_window_language(window_in: Callable[[str], Any], language: str) -> None:
    window = window_in(language)
    window.agenda.show_session("climate-finance-panel")
    text = window.findChild(SessionDetail).text()
    raw = _session(_raw(), "climate-finance-panel")
    assert raw["description"][language] in text
    for topic in raw["topics"]:
        assert topic[language] in text
    assert raw["description"]["en"] not in text
    note = QCoreApplication.translate("ContentNote", NOTE)
    assert note != NOTE and note in text
    if language == "ru":
        assert "перевод Companion с английского" in text


def test_english_window_has_no_translation_line(window_in: Callable[[str], Any]) -> None:
    window = window_in("en")
    window.agenda.show_session("climate-finance-panel")
    text = window.findChild(SessionDetail).text()
    assert _session(_raw(), "climate-finance-panel")["description"]["en"] in text
    assert NOTE not in text
    people = window.findChild(PeopleFeature)
    people.people.show_person("valerie-hickey")
    assert not window.findChild(PersonDetail).translation_note.isVisibleTo(window.findChild(PersonDetail))


def test_person_delegation_and_about_panes_in_russian(
    window_in: Callable[[str], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.ui.agenda import about_event

    window = window_in("ru")
    raw = _raw()
    shown: list[str] = []
    monkeypatch.setattr(about_event.AboutEventDialog, "exec", lambda self: shown.append(self.browser.toPlainText()))
    window.action_about_event.trigger()
    for key in ("theme", "organisers", "participants_note", "dates_note"):
        assert raw["event"][key]["ru"] in shown[0]
    assert "перевод Companion с английского" in shown[0]

    feature = window.findChild(PeopleFeature)
    feature.people.show_person("valerie-hickey")
    person = window.findChild(PersonDetail)
    hickey = next(p for p in raw["people"] if p["id"] == "valerie-hickey")
    assert hickey["role"]["ru"] in person.facts.text()
    assert hickey["organisation"]["ru"] in person.facts.text()
    assert person.translation_note.isVisibleTo(person)
    assert "перевод Companion с английского" in person.translation_note.text()

    feature.delegations.show_delegation("tajikistan")
    delegation = window.findChild(DelegationDetail)
    tajikistan = next(d for d in raw["delegations"] if d["id"] == "tajikistan")
    assert tajikistan["composition"]["ru"] in delegation.composition.text()
    assert all(n["ru"] in delegation.notes.text() for n in tajikistan["notes"])
    assert delegation.translation_note.isVisibleTo(delegation)
    assert "перевод Companion с английского" in delegation.translation_note.text()


def _calendar(tmp_path: Path, *args: str) -> dict[str, icalendar.Event]:
    out = tmp_path / "out.ics"
    assert main([*args, "export-ics", "--day", "2025-05-13", "-o", str(out)]) == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    return {str(e["uid"]).split("@")[0]: e for e in calendar.walk("VEVENT")}


def _description(events: dict[str, icalendar.Event], session_id: str) -> str:
    return next(str(e["description"]) for uid, e in events.items() if session_id in uid)


def test_russian_calendar_carries_the_russian_description_and_says_it_is_a_translation(tmp_path: Path) -> None:
    raw = _session(_raw(), "climate-finance-panel")
    description = _description(_calendar(tmp_path, "--lang", "ru"), "climate-finance-panel")
    assert raw["description"]["ru"] in description
    assert all(t["ru"] in description for t in raw["topics"])
    assert description.rstrip().endswith(
        "Описания, примечания, темы и роли на этом языке — перевод Companion с английского."
    )


def test_english_calendar_has_no_translation_sentence(tmp_path: Path) -> None:
    raw = _session(_raw(), "climate-finance-panel")
    description = _description(_calendar(tmp_path), "climate-finance-panel")
    assert raw["description"]["en"] in description
    assert NOTE not in description
