"""One delegation: head (or "Not published"), members, notes, sessions its people join or it organised, sources."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from companion.domain.event import Delegation, Event
from companion.domain.message import fill
from companion.domain.people import COUNTRY, head_of, members_of, sessions_of_delegation, sessions_organised_by
from companion.domain.search import fold
from companion.domain.text import pick
from companion.ui.content_note import content_translation_note_label
from companion.ui.delegations.model import MEMBER_ID_ROLE, MembersModel
from companion.ui.people.link_widgets import LinkButton, LinkListView
from companion.ui.people.person_detail import heading, sources_html, text_label
from companion.ui.people.session_links import SESSION_ID_ROLE, SessionLinksModel


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


class DelegationDetail(QScrollArea):
    """Everything reported about one delegation; the head, members and sessions are links."""

    person_activated = Signal(str)
    """A person link (the head or a member) was followed; carries the person id."""
    session_activated = Signal(str)
    """A session link was followed; carries the session id."""

    def __init__(self, event: Event, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self._delegation: Delegation | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Delegation details"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)

        self.title = text_label(body, self.tr("Delegation"))
        self.names = text_label(body, self.tr("Other names"))
        self.head_heading = heading(self.tr("Head of delegation"), body)
        self.head_link = LinkButton("", body)
        self.head_link.clicked.connect(self._open_head)
        self.head_text = text_label(body, self.tr("Head of delegation"))
        self.head_text.setObjectName("HeadNotPublished")

        self.members_heading = heading(self.tr("Named members"), body)
        self.members_model = MembersModel(language, self)
        self.members_view = LinkListView(self.tr("Named members"), body)
        self.members_view.setModel(self.members_model)
        self.members_view.set_column_modes(MembersModel.ROLE, MembersModel.ORGANISATION)
        self.members_view.link_activated.connect(self._open_member)
        self.no_members = QLabel(self.tr("No member is named in the sources."), body)
        self.no_members.setWordWrap(True)

        self.composition_heading = heading(self.tr("Composition as reported"), body)
        self.composition = text_label(body, self.tr("Composition as reported"))
        self.notes_heading = heading(self.tr("Notes"), body)
        self.notes = text_label(body, self.tr("Notes"))

        self.sessions_heading = heading(self.tr("Sessions its people take part in"), body)
        self.sessions_model = SessionLinksModel(self.tr("Who"), language, self)
        self.sessions_view = LinkListView(self.tr("Sessions its people take part in"), body)
        self.sessions_view.setModel(self.sessions_model)
        self.sessions_view.set_column_modes(SessionLinksModel.TITLE, SessionLinksModel.PART)
        self.sessions_view.link_activated.connect(self._open_session)
        self.no_sessions = QLabel(self.tr("No session published for its people."), body)
        self.no_sessions.setWordWrap(True)

        self.organised_heading = heading(self.tr("Sessions it organised"), body)
        self.organised_model = SessionLinksModel(self.tr("Organised with"), language, self)
        self.organised_view = LinkListView(self.tr("Sessions it organised"), body)
        self.organised_view.setModel(self.organised_model)
        self.organised_view.set_column_modes(SessionLinksModel.TITLE, SessionLinksModel.PART)
        self.organised_view.link_activated.connect(self._open_session)

        self.sources_heading = heading(self.tr("Sources"), body)
        self.sources = text_label(body, self.tr("Sources"), links=True)
        self.placeholder = QLabel(self.tr("Choose a country or organisation to see its delegation."), body)
        self.placeholder.setWordWrap(True)
        self.translation_note = content_translation_note_label(body)

        self._content: list[QWidget] = [
            self.title, self.names, self.head_heading, self.head_link, self.head_text, self.members_heading,
            self.members_view, self.no_members, self.composition_heading, self.composition, self.notes_heading,
            self.notes, self.sessions_heading, self.sessions_view, self.no_sessions, self.organised_heading,
            self.organised_view, self.sources_heading, self.sources,
        ]
        layout.addWidget(self.placeholder)
        for w in self._content:
            layout.addWidget(w)
        layout.addWidget(self.translation_note)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_delegation(None)

    @property
    def delegation(self) -> Delegation | None:
        return self._delegation

    def set_event(self, event: Event) -> None:
        self._event = event
        current = self._delegation
        self.show_delegation(event.delegations.get(current.id) if current else None)

    def show_delegation(self, d: Delegation | None) -> None:
        self._delegation = d
        self.placeholder.setVisible(d is None)
        self.translation_note.setVisible(d is not None and self._language in self._event.translated_text_languages)
        if d is None:
            self.placeholder.setText(
                self.tr("Choose a country or organisation to see its delegation.")
                if self._event.delegations
                else self.tr("This event's data names no delegations.")
            )
            for w in self._content:
                w.hide()
            self.members_model.set_members([], None)
            self.sessions_model.set_rows([])
            self.organised_model.set_rows([])
            return
        for w in self._content:
            w.show()
        ev, lang = self._event, self._language
        kind = self.tr("Country") if d.kind == COUNTRY else self.tr("Organisation")
        self.title.setText(f"<h2 style='margin:0'>{_esc(pick(d.name, lang))}</h2><p>{_esc(kind)}</p>")
        others = [n for n in dict.fromkeys((*d.name.values(), *d.aliases)) if n != pick(d.name, lang)]
        self.names.setVisible(bool(others))
        self.names.setText(f"<b>{_esc(self.tr('Also'))}:</b> " + "; ".join(_esc(n) for n in others) if others else "")

        head = head_of(ev, d.id)
        self.head_link.setVisible(head is not None)
        self.head_text.setVisible(head is None)
        if head is not None:
            role = pick(head.role, lang)
            self.head_link.setText(f"{head.name_in(lang)} — {role}" if role else head.name_in(lang))
            self.head_link.setAccessibleName(fill(self.tr("Open person %1"), head.name_in(lang)))
        else:
            self.head_text.setText(self.head_not_published_html(d))

        members = members_of(ev, d.id)
        self.members_model.set_members(members, d.head_person_id)
        self.members_view.setVisible(bool(members))
        self.members_view.fit_rows()
        self.no_members.setVisible(not members)

        composition = pick(d.composition, lang)
        self.composition.setText(_esc(composition) if composition else _esc(self.tr("Not published")))
        notes = [pick(n, lang) for n in d.notes]
        self.notes_heading.setVisible(bool(notes))
        self.notes.setVisible(bool(notes))
        self.notes.setText("<ul style='margin-left:0'>" + "".join(f"<li>{_esc(n)}</li>" for n in notes) + "</ul>")

        rows = []
        for ds in sessions_of_delegation(ev, d.id):
            who = "; ".join(f"{p.name_in(lang)} ({pick(r, lang)})" if pick(r, lang) else p.name_in(lang)
                            for p, r in ds.people)
            rows.append((ds.session, who))
        self.sessions_model.set_rows(rows)
        self.sessions_view.setVisible(bool(rows))
        self.sessions_view.fit_rows()
        self.no_sessions.setVisible(not rows)
        organised = [
            (s, ", ".join(pick(ev.delegations[o].name, lang) for o in s.organised_by if o != d.id))
            for s in sessions_organised_by(ev, d.id)
        ]
        self.organised_model.set_rows(organised)
        self.organised_heading.setVisible(bool(organised))
        self.organised_view.setVisible(bool(organised))
        self.organised_view.fit_rows()
        self.sources.setText(sources_html(ev, d.sources, self.tr("No source listed.")))

    def head_not_published_html(self, d: Delegation) -> str:
        """"Not published", followed by what the data says about the head (without saying it twice)."""
        not_published = self.tr("Not published")
        note = pick(d.head_note, self._language)
        if note and fold(note).startswith(fold(not_published)):
            cut = len(not_published)
            return f"<b>{_esc(note[:cut])}</b>{_esc(note[cut:])}"
        return f"<b>{_esc(not_published)}</b>" + (f"<br/><i>{_esc(note)}</i>" if note else "")

    def _open_head(self) -> None:
        if self._delegation is not None and self._delegation.head_person_id is not None:
            self.person_activated.emit(self._delegation.head_person_id)

    def _open_member(self, index: QModelIndex) -> None:
        person_id = index.siblingAtColumn(0).data(MEMBER_ID_ROLE)
        if person_id:
            self.person_activated.emit(person_id)

    def _open_session(self, index: QModelIndex) -> None:
        session_id = index.data(SESSION_ID_ROLE)
        if session_id:
            self.session_activated.emit(session_id)
