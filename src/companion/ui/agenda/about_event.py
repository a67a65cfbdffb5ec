"""The "About this event" dialog (the header line over every page is :func:`event_summary`)."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from companion.domain.event import Event
from companion.domain.message import fill
from companion.domain.text import pick
from companion.ui.content_note import content_translation_note_html
from companion.ui.session.formatting import date_span, event_summary, zone_label

__all__ = ["AboutEventDialog", "date_span", "event_summary"]


class AboutEventDialog(QDialog):
    """The event's names, dates, place, theme, organisers and participants, as the sources report them."""

    def __init__(self, event: Event, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("About %1"), pick(event.short_name, language)))
        self.resize(640, 560)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open)
        self.browser.setAccessibleName(self.tr("About this event"))
        self.browser.setHtml(self.about_html(event, language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def about_html(self, event: Event, language: str) -> str:
        esc = html.escape
        rows: list[tuple[str, str]] = [
            (self.tr("Dates"), date_span(event) + " (" + zone_label(event) + ")"),
            (self.tr("Venue"), pick(event.venue, language) or self.tr("not published")),
            (self.tr("City"), ", ".join(p for p in (pick(event.city, language), pick(event.country, language)) if p)),
        ]
        if event.theme:
            rows.append((self.tr("Theme"), pick(event.theme, language)))
        if event.organisers:
            rows.append((self.tr("Organisers"), pick(event.organisers, language)))
        if event.participants_note:
            rows.append((self.tr("Participants"), pick(event.participants_note, language)))
        out = [f"<h2>{esc(pick(event.name, language))}</h2>"]
        other_names = [v for k, v in event.name.items() if v != pick(event.name, language)]
        if other_names:
            out.append("<p>" + "<br/>".join(esc(n) for n in other_names) + "</p>")
        out.append("<table cellpadding='3'>")
        for label, value in rows:
            out.append(f"<tr><td valign='top'><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>")
        out.append("</table>")
        if event.dates_note:
            out.append(f"<p><b>{esc(self.tr('About the dates'))}:</b> {esc(pick(event.dates_note, language))}</p>")
        refs = [event.sources[r] for r in event.event_sources if r in event.sources]
        if refs:
            out.append(f"<h3>{esc(self.tr('Sources'))}</h3><ol>")
            out += [f'<li><a href="{esc(s.url)}">{esc(s.title or s.url)}</a></li>' for s in refs]
            out.append("</ol>")
        out.append(content_translation_note_html(event, language))
        return "\n".join(out)

    @staticmethod
    def _open(url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
