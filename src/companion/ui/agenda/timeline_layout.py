"""Where each session's block goes in the timeline grid: lanes by room or track, side by side when they overlap.

Pure geometry (plain floats, no widgets), so it is cheap to recompute and easy to test.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from companion.domain.agenda import programme_order
from companion.domain.event import Event, Session

PX_PER_MINUTE = 1.6
LANE_MIN_WIDTH = 220.0
SUBCOLUMN_MIN_WIDTH = 150.0
CHIP_WIDTH = 260.0
CHIP_HEIGHT = 52.0
CHIP_GAP = 6.0
STRIP_TITLE_HEIGHT = 24.0
SECTION_GAP = 12.0

NO_LANE = ""
"""Lane key for sessions without a room (or track, when lanes are tracks)."""


@dataclass(frozen=True, slots=True)
class Lane:
    """One column of the grid: a room, a track, or "not published"."""

    key: str
    x: float
    width: float


@dataclass(frozen=True, slots=True)
class Block:
    """A session's rectangle in content coordinates (x, y, w, h)."""

    session: Session
    x: float
    y: float
    w: float
    h: float
    timed: bool

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h


@dataclass(slots=True)
class TimelineLayout:
    """The grid for one day: lanes, blocks (sorted by top), the untimed strip and the time span."""

    lane_kind: str  # "room", "track" or "none"
    lanes: list[Lane] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    strip_height: float = 0.0
    grid_top: float = 0.0
    grid_start: datetime | None = None
    grid_minutes: int = 0
    width: float = 0.0
    height: float = 0.0
    max_block_height: float = 0.0
    untimed_count: int = 0
    px_per_minute: float = PX_PER_MINUTE
    """Vertical scale (the zoom)."""
    hidden_lanes: int = 0
    """Lanes with sessions that the lane filter leaves out."""

    def y_of(self, moment: datetime) -> float:
        assert self.grid_start is not None
        return self.grid_top + (moment - self.grid_start).total_seconds() / 60.0 * self.px_per_minute


ZOOM_STEPS = (0.4, 0.55, 0.7, 0.85, 1.0, 1.25, 1.5, 2.0)
"""The zoom levels of the timeline (1.0: 1.6 px a minute, lanes at least 220 px wide)."""


def lane_key(session: Session, kind: str) -> str:
    """The lane a session goes in (its room or track; :data:`NO_LANE` when it has none)."""
    if kind == "none":
        return NO_LANE
    return (session.room_id if kind == "room" else session.track_id) or NO_LANE


def lane_kind(event: Event, sessions: Sequence[Session]) -> str:
    if any(s.room_id for s in sessions):
        return "room"
    if any(s.track_id for s in sessions):
        return "track"
    return "none"


def _lane_keys(event: Event, sessions: Sequence[Session], kind: str) -> list[str]:
    if kind == "none":
        return [NO_LANE]
    used = {(s.room_id if kind == "room" else s.track_id) or NO_LANE for s in sessions if s.is_timed}
    catalogue = list(event.rooms) if kind == "room" else list(event.tracks)
    keys = [k for k in catalogue if k in used]
    keys += sorted(k for k in used if k not in catalogue and k != NO_LANE)
    if NO_LANE in used or not keys:
        keys.append(NO_LANE)
    return keys


def _columns(sessions: list[Session]) -> list[tuple[Session, int, int]]:
    """Give overlapping sessions separate sub-columns: (session, column, columns in its cluster)."""
    out: list[tuple[Session, int, int]] = []
    cluster: list[tuple[Session, int]] = []
    column_ends: list[datetime] = []
    cluster_end: datetime | None = None

    def flush() -> None:
        width = max((c for _, c in cluster), default=-1) + 1
        out.extend((s, c, width) for s, c in cluster)

    for s in sessions:
        assert s.start is not None and s.end is not None
        if cluster_end is not None and s.start >= cluster_end:
            flush()
            cluster, column_ends, cluster_end = [], [], None
        for i, end in enumerate(column_ends):
            if end <= s.start:
                column_ends[i] = s.end
                cluster.append((s, i))
                break
        else:
            column_ends.append(s.end)
            cluster.append((s, len(column_ends) - 1))
        cluster_end = s.end if cluster_end is None else max(cluster_end, s.end)
    flush()
    return out


def build_layout(
    event: Event,
    sessions: Sequence[Session],
    content_width: float,
    *,
    zoom: float = 1.0,
    lanes: Collection[str] | None = None,
    chip_height: Callable[[Session, float], float] | None = None,
) -> TimelineLayout:
    """Lay out ``sessions`` (one day's) for a viewport ``content_width`` pixels wide.

    ``zoom`` scales the time axis and the lanes' least width; ``lanes`` (room or track keys) keeps only the
    timed sessions of those lanes (None: all); ``chip_height(session, width)`` gives the height an untimed
    card needs for its wrapped title (default: a fixed height).
    """
    ordered = sorted(sessions, key=programme_order)
    kind = lane_kind(event, ordered)
    layout = TimelineLayout(lane_kind=kind, px_per_minute=PX_PER_MINUTE * zoom)
    timed = [s for s in ordered if s.is_timed]
    if lanes is not None:
        wanted = set(lanes)
        layout.hidden_lanes = len({lane_key(s, kind) for s in timed} - wanted)
        timed = [s for s in timed if lane_key(s, kind) in wanted]
    untimed = [s for s in ordered if not s.is_timed]
    layout.untimed_count = len(untimed)

    per_lane: dict[str, list[Session]] = {}
    for s in timed:
        per_lane.setdefault(lane_key(s, kind), []).append(s)
    placed = {key: _columns(items) for key, items in per_lane.items()}
    keys = _lane_keys(event, timed, kind) if timed else []
    lane_min, sub_min = LANE_MIN_WIDTH * min(zoom, 1.0), SUBCOLUMN_MIN_WIDTH * min(zoom, 1.0)
    widths = [max(lane_min, max((n for _, _, n in placed.get(k, [])), default=1) * sub_min) for k in keys]
    natural = sum(widths)
    if 0 < natural < content_width:  # spread the lanes over the room there is, like a printed page
        widths = [w * content_width / natural for w in widths]
    x = 0.0
    for key, width in zip(keys, widths, strict=True):
        layout.lanes.append(Lane(key, x, width))
        x += width
    grid_width = x
    layout.width = max(grid_width, content_width, CHIP_WIDTH + 2 * CHIP_GAP)

    y = 0.0
    if untimed:
        strip_width = max(
            content_width, CHIP_WIDTH + 2 * CHIP_GAP
        )  # the strip fits the view: it never scrolls sideways
        per_row = max(1, int((strip_width - CHIP_GAP) // (CHIP_WIDTH + CHIP_GAP)))
        chip_w = (strip_width - CHIP_GAP) / per_row - CHIP_GAP  # the cards share the width of the view
        y = STRIP_TITLE_HEIGHT
        for row_start in range(0, len(untimed), per_row):
            row = untimed[row_start : row_start + per_row]
            row_h = max(
                CHIP_HEIGHT, *(chip_height(s, chip_w) if chip_height is not None else CHIP_HEIGHT for s in row)
            )
            for col, s in enumerate(row):
                layout.blocks.append(Block(s, CHIP_GAP + col * (chip_w + CHIP_GAP), y, chip_w, row_h, False))
            y += row_h + CHIP_GAP
        layout.strip_height = y
        y += SECTION_GAP
    layout.grid_top = y

    if timed:
        starts = [s.start for s in timed if s.start is not None]
        ends = [s.end for s in timed if s.end is not None]
        first = min(starts).replace(minute=0, second=0, microsecond=0)
        last = max(ends)
        minutes = int((last - first).total_seconds() // 60)
        minutes = ((minutes + 59) // 60) * 60
        layout.grid_start = first
        layout.grid_minutes = minutes
        lanes = {lane.key: lane for lane in layout.lanes}
        for key, items in placed.items():
            lane = lanes[key]
            for s, column, depth in items:
                assert s.start is not None and s.end is not None
                sub = lane.width / depth
                top = layout.y_of(s.start)
                height = max(layout.y_of(s.end) - top, 22.0)
                layout.blocks.append(Block(s, lane.x + column * sub + 2, top + 1, sub - 4, height - 2, True))
        layout.height = layout.grid_top + minutes * layout.px_per_minute + SECTION_GAP
    else:
        layout.height = layout.grid_top
    layout.blocks.sort(key=lambda b: (b.y, b.x))
    layout.max_block_height = max((b.h for b in layout.blocks), default=0.0)
    return layout
