"""Translated, locale-aware wording for a session's day, time, zone and room, shared by the agenda views."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from companion.domain.event import Event, Session, TimeStatus
from companion.domain.message import fill
from companion.domain.phrases import date_range_text
from companion.domain.presentation import utc_offset_label
from companion.domain.search import fold
from companion.domain.text import pick
from companion.ui.locale_format import current_language, format_date_pattern, format_day, format_short_day

_OFFSET_ONLY_ZONES = frozenset({"UTC", "UCT", "GMT", "Zulu", "Universal", "Greenwich"})


def zone_label(event: Event, on: date | None = None, language: str | None = None) -> str:
    """``Ashgabat time, UTC+05:00``: the zone's city and its offset on ``on``; only ``UTC+01:00`` for Etc/ zones.

    (Etc/GMT-1 is UTC+01:00: its inverted sign would contradict the offset.) The city is the event's city in
    ``language`` (default: the window's) when the zone is named after it, else the zone's English city name.
    """
    offset = utc_offset_label(event, on)
    zone = event.timezone
    if zone.startswith("Etc/") or zone in _OFFSET_ONLY_ZONES:
        return offset
    city = zone.rsplit("/", 1)[-1].replace("_", " ")
    if event.city and fold(city) in {fold(v) for v in event.city.values()}:
        city = pick(event.city, language or current_language())
    return fill(QCoreApplication.translate("SessionText", "%1 time, %2"), city, offset)


def short_day(day: date | None, locale: QLocale | None = None) -> str:
    """``Tue 13 May``, «вт, 13 мая», «2025 ж. 13 мамыр», or "Date not published"."""
    if day is None:
        return QCoreApplication.translate("SessionText", "Date not published")
    if locale is None or locale == QLocale():  # the window's language, Kazakh in Latin letters included
        return format_short_day(day, current_language())
    return locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def long_day(day: date | None, locale: QLocale | None = None) -> str:
    """``Tuesday 13 May 2025``, or "Date not published"."""
    if day is None:
        return QCoreApplication.translate("SessionText", "Date not published")
    if locale is None or locale == QLocale():  # the window's language, Kazakh in Latin letters included
        return format_day(day, current_language(), weekday=True)  # the order docs/glossary.md gives
    return locale.toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def clock_text(moment: datetime, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QTime(moment.hour, moment.minute), "HH:mm")


def time_range(session: Session, locale: QLocale | None = None) -> str:
    """``10:30–13:00``, ``~10:30–13:00 (indicative)`` or "Time not published"."""
    if session.start is None or session.end is None:
        return QCoreApplication.translate("SessionText", "Time not published")
    text = f"{clock_text(session.start, locale)}–{clock_text(session.end, locale)}"
    if session.time_status is TimeStatus.INDICATIVE:
        return fill(QCoreApplication.translate("SessionText", "~%1 (indicative)"), text)
    return text


def room_name(event: Event, session: Session, language: str) -> str:
    if session.room_id is None or session.room_id not in event.rooms:
        return QCoreApplication.translate("SessionText", "Room not published")
    return pick(event.rooms[session.room_id].name, language)


def day_label(event: Event, day: date | None, language: str, locale: QLocale | None = None) -> str:
    """The day switcher's label: ``Tue 13 May`` plus the event's own label ("Day 1") when it has one."""
    text = short_day(day, locale)
    for d in event.days:
        if d.date == day and d.label:
            return fill(QCoreApplication.translate("SessionText", "%1 · %2"), text, pick(d.label, language))
    return text


def day_note(event: Event, day: date | None, language: str) -> str:
    for d in event.days:
        if d.date == day:
            return pick(d.note, language)
    return ""


def date_span(event: Event, locale: QLocale | None = None) -> str:
    """``13–15 May 2025`` in the user's locale."""
    first = QDate(event.start_date.year, event.start_date.month, event.start_date.day)
    last = QDate(event.end_date.year, event.end_date.month, event.end_date.day)

    def fmt(day: QDate, pattern: str) -> str:
        # Without a locale: the window's language, Kazakh in Latin letters included.
        return locale.toString(day, pattern) if locale is not None else format_date_pattern(day, pattern)

    if locale is None:  # the window's language, in the order docs/glossary.md gives (Kazakh year first)
        return date_range_text(event.start_date, event.end_date, current_language())
    if first == last:
        return fmt(first, "d MMMM yyyy")
    if (first.year(), first.month()) == (last.year(), last.month()):
        return f"{fmt(first, 'd')}–{fmt(last, 'd MMMM yyyy')}"
    return f"{fmt(first, 'd MMMM yyyy')} – {fmt(last, 'd MMMM yyyy')}"


def event_summary(event: Event, language: str) -> str:
    """One rich-text line: name, dates, venue and city."""
    place = ", ".join(p for p in (pick(event.venue, language), pick(event.city, language)) if p)
    parts = [f"<b>{html.escape(pick(event.name, language))}</b>", html.escape(date_span(event))]
    if place:
        parts.append(html.escape(place))
    return " · ".join(parts)
