"""Drawing a :class:`~igo_timeline.charts.lanes.Chart` with matplotlib (no pyplot, no display needed).

What certainly holds is a solid bar; the range of possible start or end
days of an imprecise date is hatched and faded over that range (never a
made-up day); a span with no recorded end fades out towards the right edge.
Statuses and presidency holders take colours from two palettes that share
none. A spell whose status is not known is grey, cross-hatched over its
whole length, and labelled "status unknown" (in the legend too), never a
status colour. Labels are placed only where they fit and collide with nothing: a
name too long for its bar is shortened ("D. Mezentsev", then "Mezentsev"),
a meeting's place goes above or below its mark. The figure grows with the
number of lanes, and SVG text stays text.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from typing import Any

import matplotlib
import matplotlib.dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from igo_timeline.charts.lanes import CONDITION_KEY, PENDING_KEY, UNKNOWN_KEY, Bar, Chart, Lane

# Okabe-Ito, for statuses: the common ones keep their colour from chart to chart
STATUS_COLORS = {"member": "#0072B2", "observer": "#E69F00", "dialogue_partner": "#009E73"}
SPARE_STATUS_COLORS = ["#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]
# presidency holders: from a second palette (tab20b), sharing no colour with the statuses
PRESIDENCY_COLORS = [
    "#9C9EDE",
    "#7B4173",
    "#CEDB9C",
    "#8C6D31",
    "#E7969C",
    "#637939",
    "#BD9E39",
    "#AD494A",
    "#393B79",
    "#A55194",
    "#6B6ECF",
    "#B5CF6B",
]
MEETING_COLOR = "#333333"
TERM_COLOR = "#BDBDBD"
# successive terms of one office alternate between two greys, so where one ends and the next begins shows
TERM_COLORS = (TERM_COLOR, "#8F8F8F")
UNKNOWN_COLOR = "#8C8C8C"  # a status not known: grey, in neither palette
CONDITION_COLOR = "#B22222"  # a condition on a status (suspended, ...): a thin dark-red strip
PENDING_COLOR = "#4B4B4B"  # a pending procedure: a thin dark strip
UNKNOWN_HATCH = "xx"  # over its whole length (the date-uncertain hatch is "////")
AS_OF_COLOR = "#C00000"
HORIZON_COLOR = "#555555"

UNIT = 0.3  # inches per lane unit
HEIGHTS = {"main-meetings": 2.2, "meetings": 1.2, "presidency": 1.2, "office": 1.2, "party": 1.0}
FONT = 8
LABEL_FONT = 7
FADE_STEPS = 16
TITLE_CHARS = 42
LABEL_GAP = 0.03  # inches kept free around each label


def _x(day: dt.date) -> float:
    return float(mdates.date2num(day))


def status_colors(statuses: list[str]) -> dict[str, str]:
    spare = iter(SPARE_STATUS_COLORS)
    return {s: STATUS_COLORS.get(s) or next(spare, "#777777") for s in statuses}


def presidency_colors(holders: list[str]) -> dict[str, str]:
    return {h: PRESIDENCY_COLORS[i % len(PRESIDENCY_COLORS)] for i, h in enumerate(holders)}


def _ink(color: str) -> str:
    """Black or white text, whichever reads on ``color``."""
    r, g, b = matplotlib.colors.to_rgb(color)
    return "black" if 0.299 * r + 0.587 * g + 0.114 * b > 0.5 else "white"


def _darker(color: str) -> str:
    r, g, b = matplotlib.colors.to_rgb(color)
    return matplotlib.colors.to_hex((r * 0.6, g * 0.6, b * 0.6))


def _ellipsis(text: str, width: int = TITLE_CHARS) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def lane_title(text: str, width: int = TITLE_CHARS) -> str:
    """A lane's title as drawn, by one rule: whole when it fits a line of ``width`` characters, else
    wrapped at word boundaries onto two lines, and only a second line still too long ends in "…"."""
    if len(text) <= width:
        return text
    lines = textwrap.wrap(text, width, break_long_words=True)
    second = " ".join(lines[1:])
    return lines[0] + "\n" + _ellipsis(second, width)


class _Drawer:
    def __init__(self, chart: Chart, dpi: float = 100) -> None:
        self.chart = chart
        self.colors = {
            **status_colors(chart.statuses),
            **presidency_colors(chart.holders),
            UNKNOWN_KEY: UNKNOWN_COLOR,
        }
        self.left, self.right = _x(chart.start), _x(chart.end) + 1
        years = (chart.end - chart.start).days / 365.25
        self.width = min(max(5.0 + 0.75 * years, 10.0), 24.0)
        units = sum(HEIGHTS[lane.kind] for lane in chart.lanes)
        self.legend_rows = math.ceil(len(self._legend_handles()) / self._legend_columns())
        self.top_in, self.axis_in = 0.85, 0.45
        self.legend_in = 0.25 * self.legend_rows + 0.3
        self.height = self.top_in + units * UNIT + self.axis_in + self.legend_in
        # laid out at the resolution it is written at: text measures differ between resolutions, so
        # a layout made at one and written at another could let labels touch
        self.fig = Figure(figsize=(self.width, self.height), dpi=dpi)
        self.canvas = FigureCanvasAgg(self.fig)
        self.renderer = self.canvas.get_renderer()
        self.placed: list[Bbox] = []
        # the vertical lines (as of, record ends), in data x: a meeting's label, which has other
        # places to go, is never put across one
        self.lines: list[float] = []
        self.units = units

    # -- layout ------------------------------------------------------------------------

    def _legend_columns(self) -> int:
        return max(1, int((self.width - 1.0) / 2.2))

    def _legend_handles(self) -> list[Any]:
        handles: list[Any] = []
        chart = self.chart
        kinds = {lane.kind for lane in chart.lanes}
        if kinds & {"main-meetings", "meetings"}:
            handles.append(
                Line2D(
                    [], [], marker="D", color=MEETING_COLOR, linestyle="", markersize=5, label="meeting held"
                )
            )
            handles.append(
                Patch(facecolor="white", edgecolor=MEETING_COLOR, linestyle="--", label="meeting scheduled")
            )
        for holder in chart.holders:
            handles.append(Patch(color=self.colors[holder], label=f"presidency: {holder}"))
        if "office" in kinds:
            handles.append(Patch(color=TERM_COLOR, label="term of office"))
        for status in chart.statuses:
            handles.append(Patch(color=self.colors[status], label=status.replace("_", " ")))
        strips = dict.fromkeys(
            bar.key
            for lane in chart.lanes
            for bar in lane.bars
            if bar.key.startswith((CONDITION_KEY, PENDING_KEY))
        )
        for key in strips:
            color = CONDITION_COLOR if key.startswith(CONDITION_KEY) else PENDING_COLOR
            handles.append(Patch(color=color, label=key.split(": ", 1)[1].replace("_", " ")))
        if any(bar.key == UNKNOWN_KEY for lane in chart.lanes for bar in lane.bars):
            handles.append(
                Patch(facecolor=UNKNOWN_COLOR, edgecolor="white", hatch=UNKNOWN_HATCH, label=UNKNOWN_KEY)
            )
        handles.append(Patch(facecolor="white", edgecolor="#555555", hatch="////", label="date uncertain"))
        handles.append(Patch(facecolor="#999999", alpha=0.4, label="no recorded end (fades)"))
        if chart.as_of is not None:
            handles.append(Line2D([], [], color=AS_OF_COLOR, linestyle="--", label="as of"))
        if self._horizon_shown():
            handles.append(Line2D([], [], color=HORIZON_COLOR, linestyle=":", label="record ends"))
        return handles

    def _horizon_shown(self) -> bool:
        horizon = self.chart.horizon
        return horizon is not None and self.left <= _x(horizon) <= self.right

    def draw(self) -> Figure:
        chart, fig = self.chart, self.fig
        titles = [lane_title(lane.title) for lane in chart.lanes]
        probe = [fig.text(0, 0, t, fontsize=FONT) for t in titles]
        left_in = max((p.get_window_extent(self.renderer).width for p in probe), default=0) / fig.dpi + 0.35
        for p in probe:
            p.remove()
        axes_h = self.units * UNIT
        bottom_in = self.axis_in + self.legend_in
        ax = fig.add_axes(
            (
                left_in / self.width,
                bottom_in / self.height,
                (self.width - left_in - 0.3) / self.width,
                axes_h / self.height,
            )
        )
        self.ax = ax
        ax.set_xlim(self.left - 0.012 * (self.right - self.left), self.right)  # room for a mark on day one
        ax.set_ylim(0, self.units)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        years = (chart.end - chart.start).days / 365.25
        step = max(1, math.ceil(years / (self.width * 1.4)))
        ax.xaxis.set_major_locator(mdates.YearLocator(step))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.tick_params(axis="both", labelsize=FONT)

        if chart.as_of is not None and self.left <= _x(chart.as_of) <= self.right:
            x = _x(chart.as_of)
            ax.axvline(x, color=AS_OF_COLOR, linestyle="--", linewidth=1, zorder=5)
            self.lines.append(x)
            where = (x - self.left) / ((self.right - self.left) or 1)
            mark = ax.text(
                x,
                self.units,
                f"as of {chart.as_of.isoformat()}",
                color=AS_OF_COLOR,
                fontsize=LABEL_FONT,
                # near an edge the label runs inwards, so it stays on the figure
                ha="right" if where > 0.9 else ("left" if where < 0.1 else "center"),
                va="bottom",
                clip_on=False,
            )
            self.placed.append(mark.get_window_extent(self.renderer).expanded(1.05, 1.2))
        if self._horizon_shown():
            assert chart.horizon is not None
            x = _x(chart.horizon)
            ax.axvline(x, color=HORIZON_COLOR, linestyle=":", linewidth=1, zorder=5)
            self.lines.append(x)
            self._place(
                f"record ends {chart.horizon.isoformat()}",
                x,
                self.units,
                within=Bbox.from_extents(-1e9, -1e9, 1e9, 1e9),
                ha="right",
                va="bottom",
                color=HORIZON_COLOR,
                clip_on=False,
            )
        y = self.units
        centers, labels = [], []
        for lane, title in zip(chart.lanes, titles, strict=True):
            h = HEIGHTS[lane.kind]
            y -= h
            centers.append(y + h / 2)
            labels.append(title)
            ax.axhline(y, color="#DDDDDD", linewidth=0.6, zorder=0)
            self._lane(lane, y, h)
        ax.set_yticks(centers, labels)
        ax.tick_params(axis="y", length=0)

        known = f", as known at {chart.known_at}" if chart.known_at else ""
        fig.text(
            0.01,
            1 - 0.3 / self.height,
            f"{chart.name} ({chart.org}), {chart.start.isoformat()} to {chart.end.isoformat()}{known}",
            fontsize=FONT + 3,
            va="center",
        )
        fig.legend(
            handles=self._legend_handles(),
            loc="upper center",
            bbox_to_anchor=(0.5, (self.legend_in - 0.05) / self.height),
            ncol=self._legend_columns(),
            fontsize=FONT,
            frameon=False,
        )
        return fig

    # -- lanes -------------------------------------------------------------------------

    def _lane(self, lane: Lane, y: float, h: float) -> None:
        if lane.kind in ("main-meetings", "meetings"):
            for bar in lane.bars:
                self._meeting(bar, y + h / 2, lane.kind == "main-meetings")
            return
        pad = 0.2 * h
        for i, bar in enumerate(lane.bars):
            if bar.key.startswith((CONDITION_KEY, PENDING_KEY)):
                # a thin strip along the bottom of the party's lane, under its status bar
                color = CONDITION_COLOR if bar.key.startswith(CONDITION_KEY) else PENDING_COLOR
                self._span(bar, y + 0.05 * h, 0.12 * h, color)
                continue
            color = TERM_COLORS[i % 2] if lane.kind == "office" else self.colors[bar.key]
            lo, hi = self._span(bar, y + pad, h - 2 * pad, color)
            if bar.key == UNKNOWN_KEY:
                self._unknown(bar, y + pad, h - 2 * pad)
            placed = bool(bar.label) and hi > lo and self._label_inside(bar, lo, hi, y + h / 2, color)
            if bar.label and not placed:  # the certain part is too short: the days it may cover
                x0 = _x(bar.s0) if bar.s0 else self.left
                x1 = _x(bar.e1) + 1 if bar.e1 else self.right
                self._label_inside(bar, max(x0, self.left), min(x1, self.right), y + h / 2, color)

    def _rect(self, x0: float, x1: float, y: float, h: float, **style: Any) -> None:
        x0, x1 = max(x0, self.left), min(x1, self.right)
        if x1 > x0:
            self.ax.add_patch(Rectangle((x0, y), x1 - x0, h, **{"linewidth": 0, **style}))

    def _unknown(self, bar: Bar, y: float, h: float) -> None:
        """Cross-hatch a spell whose status is not known over all the days it may cover."""
        x0 = _x(bar.s0) if bar.s0 else self.left
        x1 = _x(bar.e1) + 1 if bar.e1 else self.right
        x0, x1 = max(x0, self.left), min(x1, self.right)
        if x1 > x0:
            self.ax.add_patch(
                Rectangle(
                    (x0, y), x1 - x0, h, fill=False, hatch=UNKNOWN_HATCH, edgecolor="white", linewidth=0
                )
            )

    def _fade(self, x0: float, x1: float, y: float, h: float, color: str) -> None:
        """From solid to nothing over [x0, x1]: an end the record does not give."""
        step = (x1 - x0) / FADE_STEPS
        for i in range(FADE_STEPS):
            self._rect(
                x0 + i * step,
                x0 + (i + 1) * step,
                y,
                h,
                color=color,
                alpha=0.85 * (1 - (i + 0.5) / FADE_STEPS),
            )

    def _uncertain(self, x0: float, x1: float, y: float, h: float, color: str) -> None:
        self._rect(x0, x1, y, h, facecolor=color, alpha=0.3)
        x0, x1 = max(x0, self.left), min(x1, self.right)
        if x1 > x0:
            self.ax.add_patch(
                Rectangle(
                    (x0, y), x1 - x0, h, fill=False, hatch="////", edgecolor=_darker(color), linewidth=0
                )
            )

    def _span(self, bar: Bar, y: float, h: float, color: str) -> tuple[float, float]:
        """Draw one span; return the x range of its certain part (for a label)."""
        fade = (self.right - self.left) * 0.05
        s0 = _x(bar.s0) if bar.s0 else None
        s1 = _x(bar.s1) if bar.s1 else self.left
        sure_from = s1
        if s0 is None:  # no recorded start: fades in from the left edge
            self._fade_in(self.left, self.left + fade, y, h, color)
            sure_from = self.left + fade
        elif s1 > s0:
            self._uncertain(s0, s1, y, h, color)
        if bar.e0 is None:  # no recorded end
            sure_to = max(sure_from, self.right - fade)
            self._rect(sure_from, sure_to, y, h, color=color)
            self._fade(sure_to, self.right, y, h, color)
            return max(sure_from, self.left), min(sure_to, self.right)
        e0 = _x(bar.e0) + 1
        if sure_from >= e0:  # not one day certain: the whole possible range is uncertain
            self._uncertain(
                s0 if s0 is not None else self.left, _x(bar.e1) + 1 if bar.e1 else self.right, y, h, color
            )
            return 0.0, 0.0
        self._rect(sure_from, e0, y, h, color=color)
        if bar.e1 is None:  # an end the record leaves unknown
            self._fade(e0, max(e0 + fade, min(self.right, e0 + fade)), y, h, color)
            # a short certain part (a holder known from a few months in office) may carry its
            # label on into the first half of the fade, where the colour is still strong
            return max(sure_from, self.left), min(e0 + fade / 2, self.right)
        if bar.e1 > bar.e0:
            self._uncertain(e0, _x(bar.e1) + 1, y, h, color)
        return max(sure_from, self.left), min(e0, self.right)

    def _fade_in(self, x0: float, x1: float, y: float, h: float, color: str) -> None:
        step = (x1 - x0) / FADE_STEPS
        for i in range(FADE_STEPS):
            self._rect(
                x0 + i * step, x0 + (i + 1) * step, y, h, color=color, alpha=0.85 * (i + 0.5) / FADE_STEPS
            )

    def _meeting(self, bar: Bar, y: float, labelled: bool) -> None:
        assert bar.s0 and bar.e1
        x0, x1 = _x(bar.s0), _x(bar.e1) + 1
        if x1 < self.left or x0 > self.right:
            return
        scheduled = bar.key == "scheduled"
        imprecise = bar.s1 is not None and bar.s0 != bar.s1
        h = 0.5
        if imprecise:  # e.g. "2013": hatched over the whole year, never a made-up day
            self._uncertain(x0, x1, y - h / 2, h, MEETING_COLOR)
            self._rect(
                x0,
                x1,
                y - h / 2,
                h,
                fill=False,
                edgecolor=MEETING_COLOR,
                linewidth=0.8,
                linestyle="--" if scheduled else "-",
            )
        else:
            self.ax.plot(
                [(x0 + x1) / 2],
                [y],
                marker="D",
                markersize=5,
                linestyle="",
                color=MEETING_COLOR,
                markerfacecolor="white" if scheduled else MEETING_COLOR,
            )
        if labelled and bar.label:
            mid = (max(x0, self.left) + min(x1, self.right)) / 2
            slots = [(y + 0.3, "bottom"), (y - 0.3, "top")]
            nudge = (self.right - self.left) * 0.004
            # clear of the vertical lines if it can be; across one only when there is no other way
            # (a meeting on the day marked)
            for clear in (True, False):
                for text in (bar.label, *bar.short_labels):
                    for slot_y, va in slots:
                        for ha, x in (("center", mid), ("left", mid - nudge), ("right", mid + nudge)):
                            if self._place(
                                text, x, slot_y, ha=ha, va=va, color="black", clear_of_lines=clear
                            ):
                                return

    # -- labels ------------------------------------------------------------------------

    def _place(
        self,
        text: str,
        x: float,
        y: float,
        *,
        within: Bbox | None = None,
        clear_of_lines: bool = False,
        **style: Any,
    ) -> bool:
        """Put a label there if it stays in the axes (or ``within``) and overlaps no other label."""
        label: Text = self.ax.text(x, y, text, fontsize=LABEL_FONT, **style)
        box = label.get_window_extent(self.renderer)
        frame = within or self.ax.get_window_extent(self.renderer)
        fits = box.x0 >= frame.x0 and box.x1 <= frame.x1 and box.y0 >= frame.y0 and box.y1 <= frame.y1 - 1
        # every label keeps a margin of LABEL_GAP inches around it: no two labels touch
        kept = box.padded(LABEL_GAP * self.fig.dpi)
        if clear_of_lines:
            to_px = self.ax.transData.transform
            crossed = any(kept.x0 <= to_px((line, 0))[0] <= kept.x1 for line in self.lines)
            fits = fits and not crossed
        if fits and not any(kept.overlaps(other) for other in self.placed):
            self.placed.append(kept)
            return True
        label.remove()
        return False

    def _label_inside(self, bar: Bar, lo: float, hi: float, y: float, color: str) -> bool:
        to_px = self.ax.transData.transform
        (px0, _), (px1, _) = to_px((lo, y)), to_px((hi, y))
        room = Bbox.from_extents(px0 + 2, -1e9, px1 - 2, 1e9)
        for text in (bar.label, *bar.short_labels):
            if self._place(
                text,
                (lo + hi) / 2,
                y,
                within=_clip(room, self.ax.get_window_extent(self.renderer)),
                ha="center",
                va="center",
                color=_ink(color),
            ):
                return True
        return False


def _clip(room: Bbox, frame: Bbox) -> Bbox:
    return Bbox.from_extents(max(room.x0, frame.x0), frame.y0, min(room.x1, frame.x1), frame.y1)


PNG_DPI = 150
STYLE: Any = {"svg.fonttype": "none", "font.family": "DejaVu Sans", "hatch.linewidth": 0.6}


def figure(chart: Chart, dpi: float) -> Figure:
    """The chart laid out and drawn at ``dpi`` (what :func:`render` writes, at the same resolution)."""
    with matplotlib.rc_context(STYLE):
        return _Drawer(chart, dpi).draw()


def render(chart: Chart, path: str) -> None:
    """Draw the chart to ``path``; the suffix (``.png`` or ``.svg``) picks the format."""
    png = path.lower().endswith(".png")
    with matplotlib.rc_context(STYLE):
        fig = figure(chart, PNG_DPI if png else 100)
        fig.savefig(path, dpi=PNG_DPI, metadata=None if png else {"Date": None})
