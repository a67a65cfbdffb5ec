"""``companion agenda``: the programme as a table or as JSON."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from datetime import date
from typing import Any

from companion.cli.context import event_from_args, language
from companion.cli.help_language import HelpText
from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message, Translate, render
from companion.domain.phrases import long_date_text, phrase
from companion.domain.presentation import (
    people_text,
    room_text,
    session_record,
    time_range_text,
    utc_offset_label,
)
from companion.domain.text import pick
from companion.domain.title_provenance import published_title
from companion.sources.translations import translator


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser("agenda", parents=[shared], help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "print the programme")))
    p.add_argument("--day", metavar="YYYY-MM-DD", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "only this day ('undated' for sessions with no published date)")))
    p.add_argument("--json", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "print a JSON list of sessions")))
    p.set_defaults(func=run)


def _selected_days(event: Event, day_arg: str | None, tr: Translate) -> list[date | None]:
    days: list[date | None] = [d.date for d in event.days]
    if event.has_undated_sessions:
        days.append(None)
    if day_arg is None:
        return days
    if day_arg in ("undated", "none"):
        return [None]
    try:
        wanted = date.fromisoformat(day_arg)
    except ValueError:
        problem = Message(QT_TRANSLATE_NOOP("CommandLine", "--day {value} is not a date like 2025-05-13"),
                          value=repr(day_arg))
        raise SystemExit(f"companion agenda: {render(problem, tr)}") from None
    if wanted not in days:
        listed = ", ".join(d.isoformat() for d in days if d)
        problem = Message(QT_TRANSLATE_NOOP("CommandLine", "{day} is not a day of this event ({days})"),
                          day=wanted.isoformat(), days=listed)
        raise SystemExit(f"companion agenda: {render(problem, tr)}")
    return [wanted]


def run(args: argparse.Namespace) -> int:
    event = event_from_args(args)
    lang = language(args)
    days = _selected_days(event, args.day, translator(lang))
    if args.json:
        records = [session_record(event, s, lang) for d in days for s in event.sessions_on(d)]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    out = sys.stdout
    out.write(f"{pick(event.name, lang)}\n")
    out.write(phrase("times_are", lang, zone=event.timezone, offset=utc_offset_label(event)) + "\n")
    day_meta = {d.date: d for d in event.days}
    for d in days:
        out.write("\n")
        if d is None:
            out.write(phrase("date_not_published", lang) + "\n")
        else:
            label = pick(day_meta[d].label, lang) if d in day_meta else ""
            out.write(long_date_text(d, lang) + (f" — {label}" if label else "") + "\n")
        out.write("=" * 72 + "\n")
        sessions = event.sessions_on(d)
        if not sessions:
            note = pick(day_meta[d].note, lang) if d in day_meta else ""
            out.write(f"  {note or phrase('no_sessions_day', lang)}\n")
            continue
        for s in sessions:
            out.write(f"  {time_range_text(s, lang):<28} {event.type_name(s.type_id, lang)}\n")
            for line in textwrap.wrap(pick(s.title, lang), 66):
                out.write(f"    {line}\n")
            published = published_title(s, lang)
            if published is not None:
                label = phrase("published_title", lang)
                out.write(textwrap.fill(f"{label}: {published[1]}", 68, initial_indent="    (",
                                        subsequent_indent="      ") + ")\n")
            out.write(f"    {phrase('room', lang)}: {room_text(event, s, lang)}\n")
            people = people_text(event, s, lang)
            if people:
                out.write(textwrap.fill(f"{phrase('people', lang)}: " + "; ".join(people), 68, initial_indent="    ",
                                        subsequent_indent="      ") + "\n")
            out.write(f"    id: {s.id}\n")
    if lang in event.translated_text_languages:
        out.write("\n" + phrase("translated_text_note", lang) + "\n")
    return 0
