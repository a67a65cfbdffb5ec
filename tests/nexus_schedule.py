"""A two-session frab schedule ("Nexus Days", Asia/Ashgabat) for the calendar revision and cancellation tests."""

from __future__ import annotations

from pathlib import Path

SESSION = """      <event id="{id}"><date>{date}</date><start>{start}</start><duration>01:00</duration>
        <room>Hall A</room><title>{title}</title><type>Talk</type><persons/></event>
"""
FRAB = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>build 7</version>
  <conference>
    <acronym>nexus25</acronym><title>Nexus Days</title>
    <start>2025-05-13</start><end>2025-05-13</end>
    <time_zone_name>Asia/Ashgabat</time_zone_name>
  </conference>
  <day index="1" date="2025-05-13">
    <room name="Hall A">
{sessions}    </room>
  </day>
</schedule>
"""
DROPPED = SESSION.format(id="dropped", date="2025-05-13T14:00:00+05:00", start="14:00", title="Snow; cover, and ice")
KEPT = SESSION.format(id="kept", date="2025-05-13T10:00:00+05:00", start="10:00", title="Water accords")


def write_schedule(tmp_path: Path, name: str, *sessions: str) -> Path:
    path = tmp_path / name
    path.write_text(FRAB.format(sessions="".join(sessions)), "utf-8")
    return path
