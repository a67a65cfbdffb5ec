"""``companion people``: everyone the data names, with role, organisation, delegation and sessions."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from itertools import zip_longest
from typing import Any

from companion.cli.context import event_from_args, language
from companion.cli.help_language import HelpText
from companion.domain.event import Event, Person
from companion.domain.message import QT_TRANSLATE_NOOP
from companion.domain.people import (
    PeopleIndex,
    delegation_name,
    ordered_people,
    role_names_organisation,
    sessions_of_person,
)
from companion.domain.phrases import phrase
from companion.domain.text import pick


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser("people", parents=[shared], help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "list the people the sources name")))
    p.add_argument("--search", metavar="TEXT", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "only people found by TEXT (any spelling, any script)")))
    p.add_argument("--json", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "print a JSON list of people")))
    p.set_defaults(func=run)


def person_record(event: Event, person: Person, lang: str = "en") -> dict[str, Any]:
    """A JSON-ready description of a person, as ``companion people --json`` prints it."""
    d = event.delegations.get(person.delegation_id) if person.delegation_id else None
    sessions = sessions_of_person(event, person.id)
    return {
        "id": person.id,
        "name": person.name,
        "names": list(person.names),
        "display_name": person.name_in(lang),
        "name_transliterated": person.name_is_transliterated(lang),
        "role": pick(person.role, lang) or None,
        "organisation": pick(person.organisation, lang) or None,
        "delegation": {"id": d.id, "name": pick(d.name, lang)} if d else None,
        "head_of": [x.id for x in event.delegations.values() if x.head_person_id == person.id],
        "sessions": [
            {"id": ps.session.id, "title": pick(ps.session.title, lang), "role": pick(ps.role, lang) or None}
            for ps in sessions
        ],
        "session_ids": [ps.session.id for ps in sessions],
        "note": pick(person.note, lang) or None,
        "sources": [event.sources[s].url for s in person.sources if s in event.sources],
    }


def text_table(headers: Sequence[str], widths: Sequence[int], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table whose cells wrap inside their column; rows are separated by a blank line."""
    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    for row in rows:
        wrapped = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, widths, strict=True)]
        for cells in zip_longest(*wrapped, fillvalue=""):
            out.append(line(cells))
        out.append("")
    return "\n".join(out)


def selected_people(event: Event, search: str | None, language: str | None = None) -> list[Person]:
    if not search:
        return ordered_people(event, language)
    return list(PeopleIndex(event).search(search).people)


def run(args: argparse.Namespace) -> int:
    event = event_from_args(args)
    lang = language(args)
    people = selected_people(event, args.search, lang)
    if args.json:
        json.dump([person_record(event, p, lang) for p in people], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not people:
        print(phrase("nobody_found", lang, search=repr(args.search)))
        return 1
    rows = []
    any_transliterated = False
    for p in people:
        name = p.name_in(lang)
        if p.name_is_transliterated(lang):
            name += " *"
            any_transliterated = True
        others = [n for n in p.names if n != p.name_in(lang)]
        if others:
            name += f" ({phrase('also_spelled', lang)}: " + "; ".join(others) + ")"
        role = pick(p.role, lang) or phrase("role_not_published", lang)
        organisation = pick(p.organisation, lang)
        if organisation and not role_names_organisation(p, lang):
            role += f" — {organisation}"
        sessions = sessions_of_person(event, p.id)
        session_text = "; ".join(
            pick(ps.session.title, lang) + (f" ({pick(ps.role, lang)})" if ps.role else "") for ps in sessions
        )
        no_session = phrase("no_session_published", lang)
        rows.append([name, role, delegation_name(event, p.delegation_id, lang) or "—", session_text or no_session])
    print(f"{pick(event.name, lang)}: {phrase('people_named', lang, count=str(len(people)))}\n")
    headers = [phrase(key, lang) for key in ("name", "role_and_organisation", "delegation", "sessions")]
    print(text_table(headers, [26, 40, 18, 32], rows))
    if any_transliterated:
        print(phrase("transliterated_name_note", lang))
    if lang in event.translated_text_languages:
        print("\n" + phrase("translated_text_note", lang))
    return 0
