"""The report's charts as geometry: lines, texts and rectangles that ``templates/chart.html.j2`` draws.

Nothing here writes markup. A chart is a ``Chart`` of shapes whose labels and tooltips are plain
strings (list titles, city names, …); the template escapes them like every other value, so a hostile
name in the warehouse cannot become SVG or HTML. Coordinates keep the types they are computed in: the
template prints floats with one decimal and integers as they are, which is what the page always had.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass, field

from etl.present.analyst_report.figures import num

PLACE_COLORS = {"city": "#2b6cb0", "multi_city": "#d69e2e", "unassigned": "#718096", "province": "#805ad5"}
CATEGORY_COLORS = {
    "基础设施": "#3182ce",
    "产业": "#dd6b20",
    "民生": "#38a169",
    "城市更新": "#805ad5",
    "未分类": "#a0aec0",
}
OTHER_COLOR = "#718096"
BATCH_PALETTE = ("#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#d53f8c", "#319795", "#b7791f", "#4a5568")
AXIS, INK, NOTE_INK, GRID = "#4a5568", "#1a202c", "#2d3748", "#e2e8f0"
NOTHING = "Nothing to draw."


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str
    kind: str = "line"


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    anchor: str = "start"
    size: float = 12
    fill: str = INK
    weight: str = "normal"
    kind: str = "text"


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str
    title: str | None = None
    kind: str = "rect"


@dataclass
class Chart:
    """An SVG of width × height, or, when there is nothing to draw, the sentence said instead."""

    width: float
    height: float
    label: str
    shapes: list[Line | Text | Rect] = field(default_factory=list)
    empty: str | None = None


def nothing(sentence: str = NOTHING) -> Chart:
    return Chart(0, 0, "", empty=sentence)


def text_width(text: str, size: float) -> float:
    """Rough rendered width: CJK glyphs are square, Latin ones about 0.6 em."""
    return sum(size if unicodedata.east_asian_width(ch) in "WF" else size * 0.6 for ch in text)


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round axis ticks from 0 to at least `top`."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks, value = [], 0.0
    while value < top + step * 0.999:
        ticks.append(value)
        value += step
    return ticks


def legend(items: list[tuple[str, str]], x: float, y: float) -> list[Text | Rect]:
    shapes: list[Text | Rect] = []
    for label, color in items:
        shapes += [Rect(x, y - 10, 12, 12, color), Text(x + 17, y, label, size=12)]
        x += 32 + text_width(label, 12)
    return shapes


def legend_chart(items: list[tuple[str, str]]) -> Chart:
    """A one-line key drawn above a chart."""
    return Chart(900, 22, "legend", legend(items, 10, 16))


def hbar_chart(items: list[dict], label: str, unit: str = "亿元", width: int = 900) -> Chart:
    """Horizontal bars. items: label, value, color, note (text after the bar), optional inner (value, color)
    drawn over the start of the bar (e.g. the part a city list shares with the provincial plan)."""
    if not items:
        return nothing()
    size, bar_h, gap = 12, 18, 8
    left = min(260, max(text_width(i["label"], size) for i in items) + 16)
    note_room = max(text_width(i.get("note", ""), 11) for i in items) + 12
    plot_w = max(200, width - left - note_room - 10)
    ticks = nice_ticks(max(float(i["value"] or 0) for i in items))
    scale = plot_w / ticks[-1]
    height = 34 + len(items) * (bar_h + gap) + 10
    shapes: list[Line | Text | Rect] = []
    for t in ticks:
        x = left + t * scale
        shapes += [Line(x, 22, x, height - 8, GRID), Text(x, 16, f"{t:,.0f}", "middle", 11, AXIS)]
    shapes.append(Text(left - 8, 16, unit, "end", 11, AXIS))
    y = 30
    for i in items:
        value = float(i["value"] or 0)
        shapes.append(Text(left - 8, y + bar_h - 5, i["label"], "end", size))
        shapes.append(
            Rect(left, y, value * scale, bar_h, i["color"], f"{i['label']}: {num(i['value'])} {unit}")
        )
        if i.get("inner"):
            inner_value, inner_color = i["inner"]
            shapes.append(Rect(left, y, float(inner_value) * scale, bar_h, inner_color))
        shapes.append(Text(left + value * scale + 6, y + bar_h - 5, i.get("note", ""), "start", 11, NOTE_INK))
        y += bar_h + gap
    return Chart(width, height, label, shapes)


def share_chart(lists: list[dict], colors: dict[str, str], label: str, width: int = 900) -> Chart:
    """One 100 % bar per list, split into segments (name, value). lists: label, segments."""
    if not lists:
        return nothing()
    bar_h, gap, left = 26, 12, 250
    plot_w = width - left - 20
    names = list(dict.fromkeys(name for item in lists for name, _ in item["segments"]))
    height = 20 + len(lists) * (bar_h + gap) + 30
    shapes: list[Line | Text | Rect] = []
    y = 10
    for item in lists:
        total = sum(float(v or 0) for _, v in item["segments"]) or 1.0
        shapes.append(Text(left - 8, y + bar_h - 8, item["label"], "end", 12))
        x = left
        for name, value in item["segments"]:
            w = float(value or 0) / total * plot_w
            share = float(value or 0) / total * 100
            title = f"{item['label']} · {name}: {num(value)} 亿元 ({share:.1f}%)"
            shapes.append(Rect(x, y, w, bar_h, colors.get(name, OTHER_COLOR), title))
            caption = f"{name} {share:.0f}%"
            if text_width(caption, 11) + 6 < w:
                shapes.append(Text(x + w / 2, y + bar_h - 9, caption, "middle", 11, "#ffffff"))
            x += w
        y += bar_h + gap
    shapes += legend([(n, colors.get(n, OTHER_COLOR)) for n in names], left, y + 14)
    return Chart(width, height, label, shapes)


@dataclass(frozen=True)
class TimeFrame:
    """Where a timeline puts dates (x) and amounts (y)."""

    first: dt.date
    span: int  # days from first to the right edge
    left: int
    plot_w: int
    base: int  # y of the time axis
    scale: float  # pixels per 亿元

    def x(self, day: dt.date) -> float:
        return self.left + (day - self.first).days / self.span * self.plot_w


def timeline_chart(batches: list[dict], label: str, width: int = 900) -> Chart:
    """Batches as bars standing on a time axis: height = total investment. batches: published, value,
    label, color."""
    batches = [b for b in batches if isinstance(b["published"], dt.date)]  # a NULL date has no place
    if not batches:
        return nothing("No groundbreaking batch or signing event is loaded.")
    left, right, top_pad, bottom, plot_h = 70, 30, 40, 60, 260
    first = _shifted(min(b["published"] for b in batches), -15)
    last = _shifted(max(b["published"] for b in batches), 15)
    ticks = nice_ticks(max(float(b["value"] or 0) for b in batches), 4)
    frame = TimeFrame(
        first, max((last - first).days, 1), left, width - left - right, top_pad + plot_h, plot_h / ticks[-1]
    )
    shapes = _amount_axis(frame, ticks, top_pad) + _month_axis(frame, last) + _bars(frame, batches)
    return Chart(width, top_pad + plot_h + bottom, label, shapes)


def _amount_axis(frame: TimeFrame, ticks: list[float], top_pad: int) -> list[Line | Text | Rect]:
    shapes: list[Line | Text | Rect] = []
    for t in ticks:
        y = frame.base - t * frame.scale
        shapes += [
            Line(frame.left, y, frame.left + frame.plot_w, y, GRID),
            Text(frame.left - 6, y + 4, f"{t:,.0f}", "end", 11, AXIS),
        ]
    shapes.append(Text(frame.left - 6, top_pad - 14, "亿元", "end", 11, AXIS))
    return shapes


def _shifted(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, held within the dates Python has (a list dated 0001-01-01 or 9999-12-31)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min if days < 0 else dt.date.max


MAX_TICKS = 24


def _month_axis(frame: TimeFrame, last: dt.date) -> list[Line | Text | Rect]:
    """A tick every month, or every few months or years: never more than MAX_TICKS, however wide the span."""
    shapes: list[Line | Text | Rect] = []
    months = (last.year - frame.first.year) * 12 + last.month - frame.first.month + 1
    step = max(1, math.ceil(months / MAX_TICKS))
    step = step if step < 12 else math.ceil(step / 12) * 12  # whole years past a year
    index = frame.first.year * 12 + frame.first.month - 1
    if step >= 12:
        index = math.ceil(index / step) * step  # years that are multiples of the step: 2000, 2010, …
    while index <= last.year * 12 + last.month - 1:
        month = dt.date(index // 12, index % 12 + 1, 1)
        x = frame.x(month)
        if x >= frame.left:
            label = month.strftime("%Y-%m") if step < 12 else str(month.year)
            shapes += [
                Line(x, frame.base, x, frame.base + 5, AXIS),
                Text(x, frame.base + 18, label, "middle", 11, AXIS),
            ]
        index += step
    shapes.append(Line(frame.left, frame.base, frame.left + frame.plot_w, frame.base, AXIS))
    return shapes


def _bars(frame: TimeFrame, batches: list[dict]) -> list[Line | Text | Rect]:
    """One bar per batch, never overlapping the previous one; a caption above each that moves up (with a
    leader line) until it overlaps no caption drawn so far."""
    shapes: list[Line | Text | Rect] = []
    bar_w = max(8.0, min(36.0, frame.plot_w / (len(batches) * 2.5)))
    previous_x = -1e9
    placed: list[tuple[float, float, float]] = []  # (left, right, baseline) of the captions so far
    for b in sorted(batches, key=lambda b: b["published"]):
        x = max(frame.x(b["published"]) - bar_w / 2, previous_x + bar_w + 2)
        previous_x = x
        h = float(b["value"] or 0) * frame.scale
        title = f"{b['label']} ({b['published']}): {num(b['value'])} 亿元"
        shapes.append(Rect(x, frame.base - h, bar_w, h, b["color"], title))
        caption = f"{b['label']} · {num(b['value'])}"
        half = text_width(caption, 11) / 2
        lo, hi, y = x + bar_w / 2 - half - 3, x + bar_w / 2 + half + 3, frame.base - h - 6
        while any(lo < r and l < hi and abs(y - b) < 15 for l, r, b in placed):  # noqa: E741
            y -= 15
        placed.append((lo, hi, y))
        if y < frame.base - h - 6:
            shapes.append(Line(x + bar_w / 2, frame.base - h, x + bar_w / 2, y + 3, "#a0aec0"))
        shapes.append(Text(x + bar_w / 2, y, caption, "middle", 11, NOTE_INK))
    return shapes
