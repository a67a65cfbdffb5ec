"""The strip above the timeline: zoom out / in, and which rooms (or tracks) are shown.

At a large congress (36C3: 92 rooms, 38C3: 72) every room at full width makes the grid ten screens wide;
zooming out narrows the lanes, and the Rooms menu shows only the rooms chosen, or those of one track.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from companion.domain.event import Event
from companion.domain.message import fill
from companion.domain.text import pick
from companion.ui.agenda.timeline import TimelineView
from companion.ui.agenda.timeline_layout import NO_LANE, ZOOM_STEPS, lane_key


def _lanes_in_use(event: Event, kind: str) -> list[str]:
    used = {lane_key(s, kind) for s in event.sessions if s.is_timed}
    catalogue = list(event.rooms) if kind == "room" else list(event.tracks)
    keys = [k for k in catalogue if k in used]
    keys += sorted(k for k in used if k not in catalogue and k != NO_LANE)
    if NO_LANE in used:
        keys.append(NO_LANE)
    return keys


class TimelineBar(QWidget):
    """Zoom buttons and the Rooms (or Tracks) menu for one :class:`TimelineView`."""

    def __init__(self, timeline: TimelineView, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self._language = language
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 2)
        self.action_zoom_out = QAction(self.tr("Zoom out"), self)
        self.action_zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.action_zoom_out.setToolTip(self.tr("Zoom out (Ctrl+minus or Ctrl+wheel): more rooms and hours"))
        self.action_zoom_in = QAction(self.tr("Zoom in"), self)
        self.action_zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.action_zoom_in.setToolTip(self.tr("Zoom in (Ctrl+plus or Ctrl+wheel)"))
        for action in (self.action_zoom_out, self.action_zoom_in):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            timeline.addAction(action)
        self.action_zoom_out.triggered.connect(timeline.zoom_out)
        self.action_zoom_in.triggered.connect(timeline.zoom_in)
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setDefaultAction(self.action_zoom_out)
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setDefaultAction(self.action_zoom_in)
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("200 %") + 6)
        self.lanes_button = QToolButton(self)
        self.lanes_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.lanes_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.lanes_menu = QMenu(self.lanes_button)
        self._track_menu: QMenu | None = None
        self.lanes_menu.aboutToShow.connect(self._fill_menu)
        self.lanes_button.setMenu(self.lanes_menu)
        row.addWidget(self.lanes_button)
        row.addStretch(1)
        row.addWidget(self.zoom_out_button)
        row.addWidget(self.zoom_label)
        row.addWidget(self.zoom_in_button)
        timeline.zoom_changed.connect(lambda _zoom: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Show the zoom and the lanes shown (after a zoom, a filter or another event)."""
        zoom = self.timeline.zoom
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        self.action_zoom_out.setEnabled(zoom > ZOOM_STEPS[0])
        self.action_zoom_in.setEnabled(zoom < ZOOM_STEPS[-1])
        kind = self.timeline.lane_kind()
        self.lanes_button.setVisible(kind != "none")
        total = len(_lanes_in_use(self.timeline.schedule, kind)) if kind != "none" else 0
        shown = self.timeline.lane_filter
        if kind == "track":
            text = (fill(self.tr("Tracks: %1 of %2"), len(shown), total) if shown is not None
                    else fill(self.tr("Tracks: all %1"), total))
        else:
            text = (fill(self.tr("Rooms: %1 of %2"), len(shown), total) if shown is not None
                    else fill(self.tr("Rooms: all %1"), total))
        self.lanes_button.setText(text)
        self.lanes_button.setAccessibleName(text)

    def show_lanes(self, keys: frozenset[str] | None) -> None:
        self.timeline.set_lane_filter(keys)
        self.refresh()

    def _fill_menu(self) -> None:
        menu = self.lanes_menu
        menu.clear()
        if self._track_menu is not None:  # clear() drops the action, not the submenu it showed
            self._track_menu.deleteLater()
            self._track_menu = None
        event = self.timeline.schedule
        kind = self.timeline.lane_kind()
        keys = _lanes_in_use(event, kind)
        shown = self.timeline.lane_filter
        menu.addAction(self.tr("Show all"), lambda: self.show_lanes(None))
        if kind == "room" and event.tracks:
            # parented to the menu, so the submenu lives as long as the menu (not as long as a Python name)
            by_track = QMenu(self.tr("Rooms of one track"), menu)
            menu.addMenu(by_track)
            self._track_menu = by_track
            for track_id, track in event.tracks.items():
                rooms = frozenset(s.room_id or NO_LANE for s in event.sessions
                                  if s.track_id == track_id and s.is_timed)
                if rooms:
                    action = by_track.addAction(pick(track.name, self._language))
                    action.triggered.connect(lambda _checked=False, r=rooms: self.show_lanes(r))
        menu.addSeparator()
        for key in keys:
            action = menu.addAction(self.timeline.lane_name(key))
            action.setCheckable(True)
            action.setChecked(shown is None or key in shown)
            action.toggled.connect(lambda on, k=key, all_keys=tuple(keys): self._toggle(k, on, all_keys))

    def _toggle(self, key: str, on: bool, all_keys: tuple[str, ...]) -> None:
        current = set(all_keys) if self.timeline.lane_filter is None else set(self.timeline.lane_filter)
        if on:
            current.add(key)
        else:
            current.discard(key)
        self.show_lanes(None if current >= set(all_keys) else frozenset(current))
