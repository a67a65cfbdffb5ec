#!/usr/bin/python3
"""Read an .ics with libical (Evolution's parser) through GObject introspection and print JSON.

Run with the system Python that has Debian's ``gir1.2-ical-3.0`` and ``python3-gi``:
``/usr/bin/python3 libical_events.py FILE.ics``. Prints
``{"errors": [...], "restriction_errors": [...], "events": [{"uid", "is_date", "tzid", "utc_start", ...}]}``
where ``errors`` are libical's X-LIC-ERROR parse errors. Exit status 3 when ICalGLib is missing.
"""

import json
import sys

try:
    import gi

    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib as I
except (ImportError, ValueError) as exc:
    print(f"ICalGLib unavailable: {exc}", file=sys.stderr)
    sys.exit(3)


def collect_errors(comp, out):
    p = comp.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
    while p is not None:
        out.append(f"{I.Component.kind_to_string(comp.isa())}: {p.get_xlicerror()}")
        p = comp.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
    child = comp.get_first_component(I.ComponentKind.ANY_COMPONENT)
    while child is not None:
        collect_errors(child, out)
        child = comp.get_next_component(I.ComponentKind.ANY_COMPONENT)


def utc_text(t):
    # libical writes UTC as 20250513T050000Z; the tests compare ISO 8601 instants.
    s = t.as_ical_string()
    return f"{s[0:4]}-{s[4:6]}-{s[6:8]}T{s[9:11]}:{s[11:13]}:{s[13:15]}Z"


def main():
    with open(sys.argv[1], encoding="utf-8") as fh:
        text = fh.read()
    cal = I.Component.new_from_string(text)
    if cal is None:
        print(json.dumps({"errors": ["could not parse at all"], "restriction_errors": [], "events": []}))
        return 1
    errors = []
    collect_errors(cal, errors)
    cal.check_restrictions()
    after = []
    collect_errors(cal, after)
    restriction_errors = [e for e in after if e not in errors]
    utc = I.Timezone.get_utc_timezone()
    events = []
    ev = cal.get_first_component(I.ComponentKind.VEVENT_COMPONENT)
    while ev is not None:
        s, e = ev.get_dtstart(), ev.get_dtend()
        record = {"uid": ev.get_uid(), "summary": ev.get_summary(), "is_date": bool(s.is_date()),
                  "tzid": s.get_tzid(), "floating": bool(s.get_timezone() is None and not s.is_utc())}
        if s.is_date():
            record["start_date"] = f"{s.get_year():04d}-{s.get_month():02d}-{s.get_day():02d}"
            record["end_date"] = f"{e.get_year():04d}-{e.get_month():02d}-{e.get_day():02d}"
        else:
            record["utc_start"] = utc_text(s.convert_to_zone(utc))
            record["utc_end"] = utc_text(e.convert_to_zone(utc))
        events.append(record)
        ev = cal.get_next_component(I.ComponentKind.VEVENT_COMPONENT)
    print(json.dumps({"errors": errors, "restriction_errors": restriction_errors, "events": events}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
