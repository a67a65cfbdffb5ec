"""``companion delegations``: countries and organisations, their heads, members, notes and sessions."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any

from companion.cli.context import event_from_args, language
from companion.cli.help_language import HelpText
from companion.domain.event import Delegation, Event
from companion.domain.message import QT_TRANSLATE_NOOP
from companion.domain.people import (
    COUNTRY,
    PeopleIndex,
    head_of,
    members_of,
    ordered_delegations,
    sessions_of_delegation,
    sessions_organised_by,
)
from companion.domain.phrases import phrase
from companion.domain.text import all_variants, pick


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser("delegations", parents=[shared], help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "list delegations: countries and organisations")))
    p.add_argument("--search", metavar="TEXT", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "only delegations found by TEXT (name or alias, any script)")))
    p.add_argument("--json", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "print a JSON list of delegations")))
    p.set_defaults(func=run)


def delegation_record(event: Event, d: Delegation, lang: str = "en") -> dict[str, Any]:
    """A JSON-ready description of a delegation, as ``companion delegations --json`` prints it."""
    head = head_of(event, d.id)
    sessions = sessions_of_delegation(event, d.id)
    return {
        "id": d.id,
        "kind": d.kind,
        "name": pick(d.name, lang),
        "names": dict(d.name),
        "aliases": list(d.aliases),
        "head": {"id": head.id, "name": head.name, "role": pick(head.role, lang) or None} if head else None,
        "head_note": pick(d.head_note, lang) or None,
        "members": [
            {
                "id": p.id,
                "name": p.name,
                "names": list(p.names),
                "role": pick(p.role, lang) or None,
                "organisation": pick(p.organisation, lang) or None,
            }
            for p in members_of(event, d.id)
        ],
        "composition": pick(d.composition, lang) or None,
        "notes": [pick(n, lang) for n in d.notes],
        "sessions": [
            {
                "id": ds.session.id,
                "title": pick(ds.session.title, lang),
                "people": [{"id": p.id, "role": pick(role, lang) or None} for p, role in ds.people],
            }
            for ds in sessions
        ],
        "session_ids": [ds.session.id for ds in sessions],
        "organised_sessions": [
            {"id": s.id, "title": pick(s.title, lang)} for s in sessions_organised_by(event, d.id)
        ],
        "sources": [event.sources[s].url for s in d.sources if s in event.sources],
    }


def head_text(d: Delegation, lang: str = "en") -> str:
    """"Not published", with the delegation's note about its head when it has one."""
    note = pick(d.head_note, lang)
    not_published = phrase("not_published_capital", lang)
    if not note:
        return not_published
    return note if note.startswith(not_published) else f"{not_published} ({note})"


def _para(label: str, text: str, out: list[str]) -> None:
    out.append(textwrap.fill(f"{label}: {text}", 78, initial_indent="  ", subsequent_indent="      "))


def delegation_text(event: Event, d: Delegation, lang: str = "en") -> str:
    """A readable block about one delegation."""
    kind = phrase("kind_country" if d.kind == COUNTRY else "kind_organisation", lang)
    out = [f"{pick(d.name, lang)}  [{kind}; id: {d.id}]"]
    other_names = [n for n in (*all_variants(d.name), *d.aliases) if n != pick(d.name, lang)]
    if other_names:
        _para(phrase("also", lang), "; ".join(dict.fromkeys(other_names)), out)
    head = head_of(event, d.id)
    if head is not None:
        _para(phrase("head", lang), f"{head.name}, {pick(head.role, lang)}" if head.role else head.name, out)
    else:
        _para(phrase("head", lang), head_text(d, lang), out)
    members = members_of(event, d.id)
    if members:
        out.append(f"  {phrase('members', lang)}:")
        for p in members:
            detail = ", ".join(x for x in (pick(p.role, lang), pick(p.organisation, lang)) if x)
            out.append(textwrap.fill(f"{p.name} — {detail}" if detail else p.name, 78,
                                     initial_indent="    - ", subsequent_indent="      "))
    else:
        _para(phrase("members", lang), phrase("members_none", lang), out)
    if d.composition:
        _para(phrase("composition", lang), pick(d.composition, lang), out)
    for n in d.notes:
        _para(phrase("note", lang), pick(n, lang), out)
    sessions = sessions_of_delegation(event, d.id)
    if sessions:
        out.append(f"  {phrase('sessions_of_its_people', lang)}:")
        for ds in sessions:
            who = ", ".join(f"{p.name} ({pick(r, lang)})" if r else p.name for p, r in ds.people)
            out.append(textwrap.fill(f"{pick(ds.session.title, lang)} — {who} [{ds.session.id}]", 78,
                                     initial_indent="    - ", subsequent_indent="      "))
    else:
        _para(phrase("sessions", lang), phrase("no_session_for_its_people", lang), out)
    organised = sessions_organised_by(event, d.id)
    if organised:
        out.append(f"  {phrase('sessions_it_organised', lang)}:")
        for s in organised:
            out.append(textwrap.fill(f"{pick(s.title, lang)} [{s.id}]", 78,
                                     initial_indent="    - ", subsequent_indent="      "))
    for source_id in d.sources:
        if source_id in event.sources:
            out.append(f"  {phrase('source', lang)}: {event.sources[source_id].url}")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    event = event_from_args(args)
    lang = language(args)
    chosen = list(PeopleIndex(event).search(args.search).delegations) if args.search else ordered_delegations(event)
    if args.json:
        json.dump([delegation_record(event, d, lang) for d in chosen], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not chosen:
        print(phrase("no_delegation_found", lang, search=repr(args.search)))
        return 1
    countries = sum(1 for d in chosen if d.kind == COUNTRY)
    counts = phrase("delegation_counts", lang, countries=str(countries), organisations=str(len(chosen) - countries))
    print(f"{pick(event.name, lang)}: {counts}\n")
    print("\n\n".join(delegation_text(event, d, lang) for d in chosen))
    if lang in event.translated_text_languages:
        print("\n" + phrase("translated_text_note", lang))
    return 0
