"""What an import found: counts, the time zone used and why, and every item skipped with its reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from companion.domain.message import QT_TRANSLATE_NOOP, Message, Translate, render


class ZoneSource(StrEnum):
    """Where the event's time zone came from."""

    FILE = "file"
    """The file names it (frab ``time_zone_name``, iCalendar ``X-WR-TIMEZONE`` or ``TZID``)."""
    CHOSEN = "chosen"
    """The file names none; the user chose it (``--tz`` or the dialog)."""
    OFFSET = "offset"
    """The file names none; inferred from the UTC offset its session dates carry."""
    FALLBACK = "fallback"
    """The file names none and nothing hints at one: the documented fallback, UTC."""


@dataclass(frozen=True, slots=True)
class SkippedItem:
    """One thing the reader left out: where it is in the file and why (words the window translates)."""

    location: Message | str
    reason: Message | str

    @property
    def message(self) -> Message:
        """``location: reason`` (or just the reason), each part in the user's language when shown."""
        return Message.joined([self.location, self.reason], ": ") if str(self.location) else Message.joined(
            [self.reason]
        )

    def __str__(self) -> str:
        return str(self.message)


@dataclass(slots=True)
class ImportReport:
    """The reader's account of one file; shown after opening and printed by the command line.

    ``format``, ``zone_reason``, the notes and the skipped items' places and reasons are
    :class:`~companion.domain.message.Message` objects (or plain text where no words are involved):
    ``str()`` gives English, the window and ``--lang`` render them in the user's language.
    """

    path: str
    format: Message | str
    sessions: int = 0
    days: int = 0
    rooms: int = 0
    people: int = 0
    tracks: int = 0
    zone: str = "UTC"
    zone_source: ZoneSource = ZoneSource.FALLBACK
    zone_reason: Message | str = ""
    skipped: list[SkippedItem] = field(default_factory=list)
    notes: list[Message | str] = field(default_factory=list)

    def skip(self, location: Message | str, reason: Message | str) -> None:
        self.skipped.append(SkippedItem(location, reason))

    @property
    def zone_is_assumed(self) -> bool:
        """True when the file itself does not say which zone its times are in."""
        return self.zone_source is not ZoneSource.FILE

    def summary_lines(self, translate: Translate | None = None) -> list[str]:
        """The report as plain lines for the command line, in the language of ``translate`` (English without)."""

        def text(message: Message | str) -> str:
            return render(message, translate) if translate is not None else str(message)

        counts = Message(
            QT_TRANSLATE_NOOP(
                "ImportReport", "sessions: {sessions}, days: {days}, rooms: {rooms}, people: {people}, tracks: {tracks}"
            ),
            sessions=self.sessions, days=self.days, rooms=self.rooms, people=self.people, tracks=self.tracks,
        )
        zone = Message(QT_TRANSLATE_NOOP("ImportReport", "Time zone {zone}: {reason}"), zone=self.zone,
                       reason=self.zone_reason)
        lines = [f"{self.path}: {text(self.format)}", text(counts), text(zone)]
        lines.extend(text(note) for note in self.notes)
        if self.skipped:
            skipped = Message(QT_TRANSLATE_NOOP("ImportReport", "Skipped items: {count}"), count=len(self.skipped))
            lines.append(text(skipped))
            lines.extend(f"  {text(item.message)}" for item in self.skipped)
        else:
            lines.append(text(Message(QT_TRANSLATE_NOOP("ImportReport", "Nothing skipped."))))
        return lines
