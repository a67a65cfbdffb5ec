"""The session detail pane: everything known about one session, with its sources as links."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from companion.domain.event import Event, Person, Session, TimeStatus
from companion.domain.message import fill
from companion.domain.search import fold
from companion.domain.text import pick
from companion.domain.title_provenance import published_title, title_is_published, title_is_translation
from companion.ui.content_note import content_translation_note_html
from companion.ui.session.formatting import day_note, long_day, room_name, time_range, zone_label

PERSON_SCHEME = "person"
DELEGATION_SCHEME = "delegation"
SOURCES_LINK = "companion:sources"
"""The link that opens or closes the Sources section."""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _stems(text: str) -> set[str]:
    return {word[:5] for word in fold(text).replace(",", " ").split() if len(word) >= 4}


def _names_the_organisation(role: str, organisation: str) -> bool:
    """True when most words of ``organisation`` already stand in ``role``, in whatever case the language puts
    them («Советник Министерства иностранных дел …» and «Министерство иностранных дел …»)."""
    wanted = _stems(organisation)
    return bool(wanted) and len(wanted & _stems(role)) >= 0.6 * len(wanted)


class ActionButton(QPushButton):
    """A push button that shows one QAction: its text, tooltip, enabled, checkable and checked state.

    Its accessible name is the action's icon text (Qt's short text of an action, "Star" for "☆ Star").
    A click triggers the action.
    """

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        action.changed.connect(self._sync)
        self.clicked.connect(self._clicked)
        self._sync()

    @property
    def action(self) -> QAction:
        return self._action

    def _clicked(self) -> None:
        self._action.trigger()
        self._sync()  # a checkable button toggles itself: show the action's state, whatever it became

    def _sync(self) -> None:
        action = self._action
        self.setText(action.text())
        self.setToolTip(action.toolTip())
        self.setEnabled(action.isEnabled())
        self.setCheckable(action.isCheckable())
        self.setChecked(action.isChecked())
        self.setVisible(action.isVisible())
        self.setAccessibleName(action.iconText())


class SessionDetail(QWidget):
    """Shows one session. Features add buttons that act on the shown session with :meth:`add_action`."""

    person_activated = Signal(str)
    """A person link was followed; carries the person id."""
    delegation_activated = Signal(str)
    """An organiser link was followed; carries the delegation id."""

    def __init__(self, event: Event, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self._session: Session | None = None
        self._sources_open = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._actions_layout = QHBoxLayout()
        self._actions_layout.setContentsMargins(6, 6, 6, 0)
        self._actions_layout.addStretch(1)
        self._action_orders: list[tuple[int, ActionButton]] = []
        layout.addLayout(self._actions_layout)
        self.action_note = QLabel(self)
        """Why a button above cannot act on this session (said where the user looks), hidden when empty."""
        self.action_note.setObjectName("ActionNote")
        self.action_note.setWordWrap(True)
        self.action_note.setContentsMargins(8, 0, 8, 0)
        self.action_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_note.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.action_note.hide()
        layout.addWidget(self.action_note)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setAccessibleName(self.tr("Session details"))
        layout.addWidget(self.browser, 1)
        self.show_session(None)

    @property
    def session(self) -> Session | None:
        return self._session

    def add_action(self, action: QAction, order: int) -> QPushButton:
        """Show ``action`` as a button above the details; buttons sort by ``order`` (ties: first added first).

        The button follows the action (text, tooltip, enabled, checked); it is returned for tests and focus.
        """
        button = ActionButton(action, self)
        button.setObjectName(action.objectName())
        position = next((i for i, (o, _) in enumerate(self._action_orders) if o > order), len(self._action_orders))
        self._action_orders.insert(position, (order, button))
        self._actions_layout.insertWidget(position, button)
        return button

    def set_action_note(self, text: str) -> None:
        """Say under the buttons why one of them is disabled for this session ("" hides the note)."""
        self.action_note.setText(text)
        self.action_note.setAccessibleName(text)
        self.action_note.setVisible(bool(text))

    def action_buttons(self) -> list[QPushButton]:
        """The buttons added by :meth:`add_action`, left to right."""
        return [b for _, b in self._action_orders]

    def set_event(self, event: Event) -> None:
        self._event = event
        current = self._session
        self.show_session(event.sessions_by_id.get(current.id) if current else None)

    def show_session(self, session: Session | None) -> None:
        self._session = session
        if session is None:
            self.browser.setHtml(f"<p>{_esc(self.tr('Select a session to see its details.'))}</p>")
            self.browser.setAccessibleDescription("")
            return
        self.browser.setHtml(self._html(session))
        self.browser.setAccessibleDescription(pick(session.title, self._language))

    def text(self) -> str:
        """The pane's text as a reader would hear it (for tests and screen readers)."""
        return self.browser.toPlainText()

    @property
    def sources_open(self) -> bool:
        """True while the Sources section is open (it stays as the user left it from session to session)."""
        return self._sources_open

    def set_sources_open(self, shown: bool) -> None:
        self._sources_open = shown
        if self._session is not None:
            bar = self.browser.verticalScrollBar()
            position = bar.value()
            self.browser.setHtml(self._html(self._session))
            bar.setValue(position)

    # -- rendering -------------------------------------------------------------------------------------
    def _html(self, s: Session) -> str:
        ev, lang = self._event, self._language
        out: list[str] = [f"<h2>{_esc(pick(s.title, lang))}</h2>"]
        provenance: list[str] = []
        published = published_title(s, lang)
        if published is not None:  # the title above was not published: show the published one too
            label = self.tr("Published title")
            if title_is_translation(s, lang):
                why = self.tr("The title above is Companion's translation; no title was published in this language.")
            else:
                why = self.tr("The title above describes the session; no title was published in this language.")
            out.append(f"<p><b>{_esc(label)}:</b> {_esc(published[1])}</p>")
            provenance.append(why)  # said once, with the sources, not under the title
        elif not title_is_published(s, lang):  # no source printed a title in any language
            label = self.tr("Descriptive title")
            why = self.tr("the official title was not published")
            out.append(f"<p><b>{_esc(label)}:</b> {_esc(why)}</p>")
        note = pick(s.title_note, lang)
        if note:
            out.append(f"<p><i>{_esc(note)}</i></p>")

        when = long_day(s.day)
        if s.day is None and s.time_status is TimeStatus.UNKNOWN:
            out.append(self._row(self.tr("When"), _esc(self.tr("Date and time not published"))))
        else:
            if s.time_status is TimeStatus.UNKNOWN:
                when_text = fill(self.tr("%1 · time not published"), when)
                out.append(self._row(self.tr("When"), _esc(when_text)))  # no zone for a time not published
            else:
                when_text = fill(self.tr("%1, %2"), when, time_range(s))
                zone = _esc(zone_label(ev, s.day, lang))
                out.append(self._row(self.tr("When"), _esc(when_text) + f" <br/>({zone})"))
        if s.time_status is TimeStatus.INDICATIVE:
            why = self.tr("no source gives the clock time; the slot follows the reported order of the day.")
            out.append(f"<p>~ <b>{_esc(self.tr('Indicative time'))}</b>: {_esc(why)}</p>")
        time_note = pick(s.time_note, lang)
        if time_note:
            out.append(f"<p><i>{_esc(time_note)}</i></p>")

        venue = pick(s.venue, lang) or pick(ev.venue, lang)
        city = pick(ev.city, lang)
        place = ", ".join(p for p in (venue or self.tr("Venue not published"), city) if p)
        out.append(self._row(self.tr("Where"), _esc(place) + " · " + _esc(room_name(ev, s, lang))))

        kind = ev.type_name(s.type_id, lang)
        if s.track_id and s.track_id in ev.tracks:
            kind += " · " + pick(ev.tracks[s.track_id].name, lang)
        out.append(self._row(self.tr("Type"), _esc(kind)))
        organisers = [(o, ev.delegations[o]) for o in s.organised_by if o in ev.delegations]
        if organisers:
            links = (f'<a href="{DELEGATION_SCHEME}:{_esc(o)}">{_esc(pick(d.name, lang))}</a>' for o, d in organisers)
            out.append(self._row(self.tr("Organised by"), ", ".join(links)))

        out.append(f"<h3>{_esc(self.tr('People'))}</h3>")
        if s.participants:
            items = []
            transliterated = False
            for part in s.participants:
                person = ev.people.get(part.person_id)
                name = person.name_in(lang) if person else part.person_id
                bits = [pick(part.role, lang)]
                mark = ""
                if person is not None:
                    bits.append(self._role_and_organisation(person, lang))
                    if person.name_is_transliterated(lang):
                        transliterated = True
                        mark = f' <span title="{_esc(self._transliteration_note())}">*</span>'
                extra = " — ".join(_esc(b) for b in bits if b)
                link = f'<a href="{PERSON_SCHEME}:{_esc(part.person_id)}">{_esc(name)}</a>{mark}'
                items.append(f"<li>{link}{' — ' + extra if extra else ''}</li>")
            out.append("<ul>" + "".join(items) + "</ul>")
            if transliterated:
                out.append(f"<p><small>{_esc(self._transliteration_note())}</small></p>")
        part_note = pick(s.participants_note, lang)
        if not s.participants and not part_note:
            out.append(f"<p>{_esc(self.tr('No people were named for this session.'))}</p>")
        if part_note:  # the data's own words ("Speakers not published") say it once
            out.append(f"<p>{_esc(part_note)}</p>")

        if s.topics:
            out.append(f"<h3>{_esc(self.tr('Topics'))}</h3>")
            out.append("<ul>" + "".join(f"<li>{_esc(pick(t, lang))}</li>" for t in s.topics) + "</ul>")
        description = pick(s.description, lang)
        if description:
            out.append(f"<h3>{_esc(self.tr('About'))}</h3><p>{_esc(description)}</p>")

        notes = []
        if s.day is None:
            notes.append(self.tr("No source gives the day of this session."))
        elif day_note(ev, s.day, lang):
            notes.append(day_note(ev, s.day, lang))
        if notes:
            out.append(f"<h3>{_esc(self.tr('Notes'))}</h3>" + "".join(f"<p>{_esc(n)}</p>" for n in notes))

        source_links: list[str] = []
        for ref in s.sources:
            source = ev.sources.get(ref)
            if source is None:
                continue
            label = source.title_in(lang) or source.url
            source_links.append(f'<li><a href="{_esc(source.url)}" title="{_esc(source.url)}">{_esc(label)}</a></li>')
        if s.url:
            source_links.append(f'<li><a href="{_esc(s.url)}">{_esc(s.url)}</a></li>')
        # Provenance is one click away: a closed section that names how many sources there are
        arrow = "▾" if self._sources_open else "▸"
        heading = fill(self.tr("Sources (%1)"), len(source_links)) if source_links else self.tr("Sources")
        tip = self.tr("Hide the sources") if self._sources_open else self.tr("Show the sources")
        out.append(f'<h3><a href="{SOURCES_LINK}" title="{_esc(tip)}">{arrow} {_esc(heading)}</a></h3>')
        if self._sources_open:
            out.extend(f"<p><small>{_esc(p)}</small></p>" for p in provenance)
            no_source = f"<p>{_esc(self.tr('No source listed.'))}</p>"
            out.append("<ol>" + "".join(source_links) + "</ol>" if source_links else no_source)
        out.append(content_translation_note_html(ev, lang))  # said whether the sources are open or not
        return "\n".join(out)

    def _transliteration_note(self) -> str:
        return QCoreApplication.translate(
            "PeopleText", "* Companion's transliteration: no source publishes this name in this alphabet."
        )

    def _role_and_organisation(self, person: Person, language: str) -> str:
        """``Global Director for Climate Change, World Bank``; the organisation once when the role names it."""
        # imported with the first session shown, not before the window's first paint
        from companion.domain.people import role_names_organisation

        role, organisation = pick(person.role, language), pick(person.organisation, language)
        if not organisation or role_names_organisation(person, language):
            return role
        if not role:
            return organisation
        parts = role.split(", ")
        for i, part in enumerate(parts):  # "Deputy Chairman, Committee for X" + "Committee for X of Tajikistan"
            if len(part) > 3 and fold(organisation).startswith(fold(part)):
                parts[i] = organisation
                return ", ".join(parts)
        if _names_the_organisation(role, organisation):  # «Министр охраны … Туркменистана» says the ministry
            return role
        return fill(self.tr("%1, %2"), role, organisation)

    @staticmethod
    def _row(label: str, value_html: str) -> str:
        return f"<p><b>{_esc(label)}:</b> {value_html}</p>"

    def _follow(self, url: QUrl) -> None:
        if url.toString() == SOURCES_LINK:
            self.set_sources_open(not self._sources_open)
        elif url.scheme() == PERSON_SCHEME:
            self.person_activated.emit(url.path())
        elif url.scheme() == DELEGATION_SCHEME:
            self.delegation_activated.emit(url.path())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
