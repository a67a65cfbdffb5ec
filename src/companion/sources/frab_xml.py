"""Reader for frab / Pentabarf ``schedule.xml``, current and legacy (no ``guid``, no ``date``, no zone).

XML is parsed with defusedxml: entity declarations and external references are refused, so neither
XXE nor entity-expansion bombs can do harm; every fault names the file and the line or XML path.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import EventFileError, at_line
from companion.sources.report import ImportReport
from companion.sources.schedule_builder import (
    Progress,
    RawDay,
    RawPerson,
    RawSchedule,
    RawSession,
    ScheduleBuilder,
)

FORMAT_NAME = Message(QT_TRANSLATE_NOOP("ImportReport", "frab schedule XML"))


def parse_xml(data: bytes, path: Path) -> ET.Element:
    """The document's root element; EventFileError with line and column for anything malformed or unsafe."""
    parser = DefusedXMLParser(target=ET.TreeBuilder(), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(data)
        root: ET.Element = parser.close()
    except ET.ParseError as exc:
        line, column = exc.position
        message = str(exc).split(":")[0]
        if "invalid token" in message:
            template = QT_TRANSLATE_NOOP(
                "EventFile", "not well-formed XML: {detail} (is the file in the encoding it declares?)"
            )
        else:
            template = QT_TRANSLATE_NOOP("EventFile", "not well-formed XML: {detail}")
        raise EventFileError(path, at_line(line, column + 1), Message(template, detail=message)) from exc
    except DefusedXmlException as exc:
        expat = parser.parser
        where = at_line(expat.CurrentLineNumber, expat.CurrentColumnNumber + 1)
        unsafe = QT_TRANSLATE_NOOP(
            "EventFile",
            "refused unsafe XML ({kind}): entity declarations and external references are not allowed in a schedule",
        )
        raise EventFileError(path, where, Message(unsafe, kind=type(exc).__name__)) from exc
    except (UnicodeDecodeError, LookupError) as exc:
        encoding = QT_TRANSLATE_NOOP("EventFile", "unreadable text encoding: {detail}")
        raise EventFileError(path, at_line(1), Message(encoding, detail=str(exc))) from exc
    _strip_namespaces(root)
    return root


def _strip_namespaces(root: ET.Element) -> None:
    if not root.tag.startswith("{"):
        return
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.split("}", 1)[1]


def _text(el: ET.Element | None, name: str) -> str | None:
    if el is None:
        return None
    child = el.find(name)
    if child is None:
        return None
    return "".join(child.itertext()).strip()


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def read_schedule(root: ET.Element, path: Path) -> RawSchedule:
    """Collect the raw fields of a ``<schedule>`` document."""
    if root.tag != "schedule":
        not_schedule = Message(QT_TRANSLATE_NOOP("EventFile", "the root element is not <schedule>"))
        raise EventFileError(path, f"<{root.tag}>", not_schedule)
    conf = root.find("conference")
    raw = RawSchedule(
        format=FORMAT_NAME,
        title=_text(conf, "title") or "",
        acronym=_text(conf, "acronym") or "",
        time_zone_name=_text(conf, "time_zone_name"),
        start=_text(conf, "start"),
        end=_text(conf, "end"),
        day_change=_text(conf, "day_change"),
        url=_text(conf, "url") or _text(conf, "base_url"),
        venue=_text(conf, "venue") or "",
        city=_text(conf, "city") or "",
        data_version=_text(root, "version") or "",
    )
    for holder in (root, conf):
        if holder is None:
            continue
        for track in holder.findall("tracks/track"):
            name = "".join(track.itertext()).strip() or track.get("name", "")
            if name:
                raw.track_colours[name] = track.get("color") or track.get("colour")
    for d_n, day in enumerate(root.findall("day"), start=1):
        day_where = f"/schedule/day[{d_n}]"
        index = _int(day.get("index")) or d_n
        raw.days.append(RawDay(day.get("date"), index, day.get("start"), day.get("end"), day_where))
        for r_n, room in enumerate(day.findall("room"), start=1):
            room_name = room.get("name")
            for e_n, ev in enumerate(room.findall("event"), start=1):
                where = f"{day_where}/room[{r_n}]/event[{e_n}]"
                if ev.get("id"):
                    where += f" (id {ev.get('id')})"
                raw.sessions.append(_session(ev, where, index, room_name))
    return raw


def _first_children(el: ET.Element) -> tuple[dict[str, ET.Element], list[ET.Element]]:
    """Each child tag's first element, as ``el.find(tag)`` gives it, and every ``persons`` and ``links`` child:
    one pass over the children instead of a search per field."""
    first: dict[str, ET.Element] = {}
    groups: list[ET.Element] = []
    for child in el:
        tag = child.tag
        if tag not in first and isinstance(tag, str):
            first[tag] = child
        if tag == "persons" or tag == "links":
            groups.append(child)
    return first, groups


def _field(first: dict[str, ET.Element], name: str) -> str | None:
    """:func:`_text` of the child called ``name``, from :func:`_first_children`."""
    child = first.get(name)
    if child is None:
        return None
    if len(child):  # markup inside: every piece of text, as itertext gives it
        return "".join(child.itertext()).strip()
    text = child.text
    return text.strip() if text else ""


def _session(ev: ET.Element, where: str, day_index: int, room_name: str | None) -> RawSession:
    first, groups = _first_children(ev)
    persons: list[RawPerson] = []  # ev.findall("persons/person"), in document order
    links: list[str] = []  # the hrefs of ev.findall("links/link")
    for group in groups:
        if group.tag == "persons":
            persons.extend(
                RawPerson("".join(p.itertext()), p.get("id") or None) for p in group if p.tag == "person"
            )
        else:
            links.extend(
                href for link in group if link.tag == "link" and (href := (link.get("href") or "").strip())
            )
    return RawSession(
        location=where,
        title=_field(first, "title"),
        guid=ev.get("guid") or _field(first, "guid"),
        frab_id=ev.get("id"),
        date=_field(first, "date") or None,
        start=_field(first, "start") or None,
        duration=_field(first, "duration") or None,
        end=_field(first, "end") or None,
        day_index=day_index,
        room=_field(first, "room") or room_name,
        subtitle=_field(first, "subtitle"),
        track=_field(first, "track"),
        type=_field(first, "type"),
        language=_field(first, "language"),
        abstract=_field(first, "abstract"),
        description=_field(first, "description"),
        persons=persons,
        url=_field(first, "url"),
        links=links,
        slug=_field(first, "slug"),
    )


def parse(
    data: bytes,
    path: Path,
    *,
    fallback_zone: str | None = None,
    progress: Progress | None = None,
) -> tuple[Event, ImportReport]:
    """Read a frab XML schedule from ``data`` (the bytes of ``path``)."""
    root = parse_xml(data, path)
    raw = read_schedule(root, path)
    return ScheduleBuilder(raw, path, fallback_zone=fallback_zone, progress=progress).build()
