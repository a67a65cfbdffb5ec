"""One person: every reported spelling, role, organisation, delegation, sessions and sources."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from companion.domain.event import Event, Person
from companion.domain.message import fill
from companion.domain.people import delegation_of, sessions_of_person
from companion.domain.text import pick
from companion.ui.content_note import content_translation_note_label
from companion.ui.locale_format import current_language
from companion.ui.people.link_widgets import LinkButton, LinkListView
from companion.ui.people.model import other_spellings, transliteration_note
from companion.ui.people.session_links import SESSION_ID_ROLE, SessionLinksModel


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def sources_html(event: Event, refs: tuple[str, ...], empty: str, language: str | None = None) -> str:
    """An ordered list of source links (title in ``language``, default the window's; else URL), or ``empty``."""
    lang = language or current_language()
    items = []
    for ref in refs:
        source = event.sources.get(ref)
        if source is not None:
            label = source.title_in(lang) or source.url
            items.append(f'<li><a href="{_esc(source.url)}" title="{_esc(source.url)}">{_esc(label)}</a></li>')
    return "<ol style='margin-left:0'>" + "".join(items) + "</ol>" if items else f"<p>{_esc(empty)}</p>"


def heading(text: str, parent: QWidget, level: int = 3) -> QLabel:
    label = QLabel(f"<h{level} style='margin:6px 0 2px 0'>{_esc(text)}</h{level}>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(text)
    return label


def text_label(parent: QWidget, accessible_name: str, *, links: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(accessible_name)
    flags = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    if links:
        flags |= Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(flags)
    return label


class PersonDetail(QScrollArea):
    """Everything known about one person; the delegation and each session are links."""

    session_activated = Signal(str)
    """A session link was followed (carries the session id)."""
    delegation_activated = Signal(str)
    """The delegation link was followed (carries the delegation id)."""

    def __init__(self, event: Event, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self._person: Person | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Person details"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)

        self.title = text_label(body, self.tr("Name"))
        self.spellings = text_label(body, self.tr("Reported spellings"))
        self.facts = text_label(body, self.tr("Role and organisation"))
        self.delegation_caption = QLabel(f"<b>{_esc(self.tr('Delegation'))}:</b>", body)
        self.delegation_link = LinkButton("", body)
        self.delegation_link.setAccessibleName(self.tr("Open delegation"))
        self.delegation_link.clicked.connect(self._open_delegation)
        self.delegation_none = QLabel(self.tr("No delegation published"), body)
        self.note = text_label(body, self.tr("Note"))

        self.sessions_heading = heading(self.tr("Sessions"), body)
        self.sessions_model = SessionLinksModel(self.tr("Part"), language, self)
        self.sessions_view = LinkListView(self.tr("Sessions of this person"), body)
        self.sessions_view.setModel(self.sessions_model)
        self.sessions_view.set_column_modes(SessionLinksModel.TITLE, SessionLinksModel.PART)
        self.sessions_view.link_activated.connect(self._open_session)
        self.no_sessions = QLabel(self.tr("No session published"), body)
        self.no_sessions.setObjectName("NoSessionPublished")
        self.no_sessions.setWordWrap(True)
        self.no_sessions.setAccessibleName(self.tr("No session published"))

        self.sources_heading = heading(self.tr("Sources"), body)
        self.sources = text_label(body, self.tr("Sources"), links=True)
        self.placeholder = QLabel(self.tr("Choose a person to see who they are and where they take part."), body)
        self.placeholder.setWordWrap(True)
        self.translation_note = content_translation_note_label(body)

        delegation_row = QHBoxLayout()
        delegation_row.setContentsMargins(0, 0, 0, 0)
        for row_widget in (self.delegation_caption, self.delegation_link, self.delegation_none):
            delegation_row.addWidget(row_widget)
        delegation_row.addStretch(1)
        for w in (self.placeholder, self.title, self.spellings, self.facts):
            layout.addWidget(w)
        layout.addLayout(delegation_row)
        lower: tuple[QWidget, ...] = (self.note, self.sessions_heading, self.sessions_view, self.no_sessions,
                                      self.sources_heading, self.sources, self.translation_note)
        for lower_widget in lower:
            layout.addWidget(lower_widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_person(None)

    @property
    def person(self) -> Person | None:
        return self._person

    def set_event(self, event: Event) -> None:
        self._event = event
        current = self._person
        self.show_person(event.people.get(current.id) if current else None)

    def show_person(self, person: Person | None) -> None:
        self._person = person
        shown = person is not None
        for w in (self.title, self.spellings, self.facts, self.delegation_caption, self.note,
                  self.sessions_heading, self.sources_heading, self.sources):
            w.setVisible(shown)
        self.placeholder.setVisible(not shown)
        self.translation_note.setVisible(shown and self._language in self._event.translated_text_languages)
        if person is None:
            self.delegation_link.hide()
            self.delegation_none.hide()
            self.sessions_view.hide()
            self.no_sessions.hide()
            self.sessions_model.set_rows([])
            return
        ev, lang = self._event, self._language
        transliterated = person.name_is_transliterated(lang)
        mark = " *" if transliterated else ""
        self.title.setText(f"<h2 style='margin:0'>{_esc(person.name_in(lang) + mark)}</h2>")
        self.title.setToolTip(transliteration_note() if transliterated else "")
        others = other_spellings(person, lang)
        spelled = f"<b>{_esc(self.tr('Also spelled'))}:</b> " + "; ".join(_esc(n) for n in others) if others else ""
        if transliterated:
            spelled = "<br/>".join(t for t in (spelled, f"<small>{_esc(transliteration_note())}</small>") if t)
        self.spellings.setVisible(bool(spelled))
        self.spellings.setText(spelled)
        facts = [
            (self.tr("Role"), pick(person.role, lang) or self.tr("Not published")),
            (self.tr("Organisation"), pick(person.organisation, lang) or self.tr("Not published")),
        ]
        heads = [d for d in ev.delegations.values() if d.head_person_id == person.id]
        if heads:
            facts.append((self.tr("Head of delegation"), ", ".join(pick(d.name, lang) for d in heads)))
        self.facts.setText("<br/>".join(f"<b>{_esc(k)}:</b> {_esc(v)}" for k, v in facts))

        delegation = delegation_of(ev, person.id)
        self.delegation_link.setVisible(delegation is not None)
        self.delegation_none.setVisible(delegation is None)
        if delegation is not None:
            self.delegation_link.setText(pick(delegation.name, lang))
            self.delegation_link.setAccessibleName(fill(self.tr("Open delegation %1"), pick(delegation.name, lang)))

        note = pick(person.note, lang)
        self.note.setVisible(bool(note))
        self.note.setText(f"<i>{_esc(note)}</i>" if note else "")

        sessions = sessions_of_person(ev, person.id)
        self.sessions_model.set_rows([(ps.session, pick(ps.role, lang)) for ps in sessions])
        self.sessions_view.setVisible(bool(sessions))
        self.sessions_view.fit_rows()
        self.no_sessions.setVisible(not sessions)
        self.sources.setText(sources_html(ev, person.sources, self.tr("No source listed."), lang))

    def _open_delegation(self) -> None:
        if self._person is not None and self._person.delegation_id is not None:
            self.delegation_activated.emit(self._person.delegation_id)

    def _open_session(self, index: QModelIndex) -> None:
        session_id = index.data(SESSION_ID_ROLE)
        if session_id:
            self.session_activated.emit(session_id)
