"""Drawing the report charts with QPainter: one code path for the screen and the PDF.

Sizes come from the painter's font metrics on its own device, so a chart looks the same
in a widget (pixels) and on a PDF page (points). Nothing here keeps state.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from .charts import Bars, Chart, HeatMap, Lines, Series

_WRAP = Qt.TextFlag.TextWordWrap
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
_HEAT_LOW = QColor("#deebf7")
_HEAT_HIGH = QColor("#08306b")


@dataclass(frozen=True)
class Style:
    """Colours of the surface the chart is drawn on, and the words for an empty chart."""

    text: QColor
    muted: QColor
    grid: QColor
    empty: str


def _metrics(p: QPainter) -> QFontMetricsF:
    return QFontMetricsF(p.font(), p.device())


def is_empty(chart: Chart) -> bool:
    if isinstance(chart, HeatMap):
        return not any(any(row) for row in chart.values)
    if isinstance(chart, Bars):
        return not any(any(s.values) for s in chart.series)
    return not chart.lines


def paint_chart(p: QPainter, rect: QRectF, chart: Chart, style: Style, title: bool = True) -> None:
    """Draw `chart` inside `rect`, with its title on top unless `title` is False."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = QFont(p.font())
    body = rect
    if title:
        bold = QFont(base)
        bold.setBold(True)
        p.setFont(bold)
        fm = _metrics(p)
        title_h = fm.height() * 1.2
        p.setPen(style.text)
        words = fm.elidedText(chart.title, Qt.TextElideMode.ElideRight, rect.width())
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), _LEFT, words)
        p.setFont(base)
        body = rect.adjusted(0, title_h + fm.height() * 0.3, 0, 0)
    if is_empty(chart):
        p.setPen(style.muted)
        p.drawText(body, _CENTRE, style.empty)
    elif isinstance(chart, HeatMap):
        _heat_map(p, body, chart, style)
    elif isinstance(chart, Bars):
        _bars(p, body, chart, style)
    else:
        _lines(p, body, chart, style)
    p.restore()


def blend(front: QColor, back: QColor, amount: float) -> QColor:
    """`front` moved `amount` (0..1) of the way towards `back`."""
    return QColor(
        round(front.red() + (back.red() - front.red()) * amount),
        round(front.green() + (back.green() - front.green()) * amount),
        round(front.blue() + (back.blue() - front.blue()) * amount),
    )


def _header_font(p: QPainter, labels: tuple[str, ...], width: float) -> QFont:
    """The painter's font, shrunk (to 60% at most) until every word of `labels` fits `width`."""
    font = QFont(p.font())
    size = font.pointSizeF()
    for step in range(9):
        font.setPointSizeF(size * (1 - 0.05 * step))
        fm = QFontMetricsF(font, p.device())
        if max(fm.horizontalAdvance(w) for label in labels for w in label.split()) <= width:
            break
    return font


def _heat_map(p: QPainter, r: QRectF, hm: HeatMap, st: Style) -> None:
    fm = _metrics(p)
    pad = fm.height() * 0.3
    widest = max(fm.horizontalAdvance(s) for s in hm.rows) + pad * 2
    label_w = min(widest, r.width() * 0.3)
    col_w = (r.width() - label_w) / len(hm.columns)
    body_font = p.font()
    head_font = _header_font(p, hm.columns, col_w - pad)
    head = QFontMetricsF(head_font, p.device())
    lines = 1
    for col in hm.columns:
        box = head.boundingRect(QRectF(0, 0, col_w - pad, 1e6), int(_WRAP), col)
        lines = max(lines, min(4, math.ceil(box.height() / head.height() - 0.01)))
    header_h = head.height() * lines + pad
    row_h = min((r.height() - header_h) / len(hm.rows), fm.height() * 3)
    top = max(max(row) for row in hm.values)
    p.setPen(st.text)
    p.setFont(head_font)
    for j, col in enumerate(hm.columns):
        cell = QRectF(r.left() + label_w + j * col_w, r.top(), col_w, header_h - pad)
        p.drawText(
            cell, int(_WRAP | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), col
        )
    p.setFont(body_font)
    for i, row in enumerate(hm.rows):
        y = r.top() + header_h + i * row_h
        p.setPen(st.text)
        label = fm.elidedText(row, Qt.TextElideMode.ElideRight, label_w - pad)
        p.drawText(QRectF(r.left(), y, label_w - pad, row_h), _RIGHT, label)
        for j, value in enumerate(hm.values[i]):
            cell = QRectF(r.left() + label_w + j * col_w, y, col_w, row_h).adjusted(1, 1, -1, -1)
            if value:
                shade = 0.15 + 0.85 * value / top
                p.fillRect(cell, blend(_HEAT_LOW, _HEAT_HIGH, shade))
                p.setPen(QColor("white") if shade > 0.5 else QColor("black"))
            else:
                p.setPen(QPen(st.grid))
                p.drawRect(cell)
                p.setPen(st.muted)
            p.drawText(cell, _CENTRE, str(value))


def _nice(maximum: int) -> tuple[int, int]:
    """An axis top and tick step in whole numbers, with at most about five ticks."""
    if maximum <= 0:
        return 1, 1
    raw = maximum / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = 1
    for m in (1, 2, 5, 10):
        step = max(1, int(m * magnitude))
        if step >= raw:
            break
    return math.ceil(maximum / step) * step, step


def _legend(p: QPainter, r: QRectF, series: tuple[tuple[str, str], ...], st: Style) -> float:
    """Draw (label, colour) keys flowing left to right; returns the height used."""
    fm = _metrics(p)
    box = fm.height() * 0.7
    gap = fm.height() * 0.8
    line_h = fm.height() * 1.3
    x, y = r.left(), r.top()
    p.setPen(st.text)
    for label, colour in series:
        width = box + fm.height() * 0.3 + fm.horizontalAdvance(label)
        if x > r.left() and x + width > r.right():
            x, y = r.left(), y + line_h
        p.fillRect(QRectF(x, y + (line_h - box) / 2, box, box), QColor(colour))
        p.drawText(QRectF(x + box + fm.height() * 0.3, y, width, line_h), _LEFT, label)
        x += width + gap
    return y + line_h - r.top() + fm.height() * 0.3


def _totals(series: tuple[Series, ...]) -> list[int]:
    return [sum(s.values[i] for s in series) for i in range(len(series[0].values))]


def _bars(p: QPainter, r: QRectF, b: Bars, st: Style) -> None:
    used = 0.0
    if len(b.series) > 1:
        used = _legend(p, r, tuple((s.label, s.colour) for s in b.series), st)
    area = r.adjusted(0, used, 0, 0)
    totals = _totals(b.series)
    top, step = _nice(max(totals))
    if b.horizontal:
        _horizontal(p, area, b, totals, top, step, st)
    else:
        _vertical(p, area, b, totals, top, step, st)


def _vertical(
    p: QPainter, area: QRectF, b: Bars, totals: list[int], top: int, step: int, st: Style
) -> None:
    fm = _metrics(p)
    pad = fm.height() * 0.3
    axis_w = fm.horizontalAdvance(str(top)) + pad * 2
    plot = QRectF(
        area.left() + axis_w,
        area.top() + fm.height(),
        area.width() - axis_w - pad,
        area.height() - fm.height() * 2 - pad * 2,
    )
    for v in range(0, top + 1, step):
        y = plot.bottom() - v / top * plot.height()
        p.setPen(QPen(st.grid))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(st.muted)
        p.drawText(
            QRectF(area.left(), y - fm.height() / 2, axis_w - pad, fm.height()), _RIGHT, str(v)
        )
    n = len(b.categories)
    band = plot.width() / n
    width = band * 0.7
    for i in range(n):
        x = plot.left() + i * band + (band - width) / 2
        base = 0
        for s in b.series:
            h = s.values[i] / top * plot.height()
            y = plot.bottom() - (base + s.values[i]) / top * plot.height()
            p.fillRect(QRectF(x, y, width, h), QColor(s.colour))
            base += s.values[i]
        label = str(totals[i])
        if totals[i] and fm.horizontalAdvance(label) < band:
            p.setPen(st.text)
            y = plot.bottom() - totals[i] / top * plot.height() - fm.height()
            p.drawText(QRectF(x - band, y, width + 2 * band, fm.height()), _CENTRE, label)
    widest = max(fm.horizontalAdvance(c) for c in b.categories) + pad * 2
    every = max(1, math.ceil(widest / band))
    p.setPen(st.text)
    for i in range(0, n, every):
        cell = QRectF(
            plot.left() + (i - (every - 1) / 2) * band,
            plot.bottom() + pad,
            band * every,
            fm.height(),
        )
        p.drawText(
            cell, _CENTRE, fm.elidedText(b.categories[i], Qt.TextElideMode.ElideRight, cell.width())
        )


def _horizontal(
    p: QPainter, area: QRectF, b: Bars, totals: list[int], top: int, step: int, st: Style
) -> None:
    fm = _metrics(p)
    pad = fm.height() * 0.3
    label_w = min(max(fm.horizontalAdvance(c) for c in b.categories) + pad * 2, area.width() * 0.3)
    value_w = fm.horizontalAdvance(str(max(totals))) + pad * 2
    plot = QRectF(
        area.left() + label_w,
        area.top(),
        area.width() - label_w - value_w,
        area.height() - fm.height() - pad,
    )
    for v in range(0, top + 1, step):
        x = plot.left() + v / top * plot.width()
        p.setPen(QPen(st.grid))
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        p.setPen(st.muted)
        p.drawText(
            QRectF(x - value_w, plot.bottom() + pad, value_w * 2, fm.height()), _CENTRE, str(v)
        )
    band = min(plot.height() / len(b.categories), fm.height() * 2.2)
    height = band * 0.7
    for i, category in enumerate(b.categories):
        y = plot.top() + i * band
        p.setPen(st.text)
        label = fm.elidedText(category, Qt.TextElideMode.ElideRight, label_w - pad)
        p.drawText(QRectF(area.left(), y, label_w - pad, band), _RIGHT, label)
        x = plot.left()
        for s in b.series:
            w = s.values[i] / top * plot.width()
            p.fillRect(QRectF(x, y + (band - height) / 2, w, height), QColor(s.colour))
            x += w
        p.setPen(st.text)
        p.drawText(QRectF(x + pad, y, value_w, band), _LEFT, str(totals[i]))


def _lines(p: QPainter, r: QRectF, chart: Lines, st: Style) -> None:
    fm = _metrics(p)
    pad = fm.height() * 0.3
    used = _legend(p, r, tuple((line.label, line.colour) for line in chart.lines), st)
    area = r.adjusted(0, used, 0, 0)
    axis_w = max(fm.horizontalAdvance(level) for level in chart.levels) + pad * 2
    plot = QRectF(
        area.left() + axis_w,
        area.top() + pad * 2,
        area.width() - axis_w - pad,
        area.height() - fm.height() - pad * 4,
    )
    levels = len(chart.levels)
    for level, label in enumerate(chart.levels):
        y = plot.bottom() - (level + 0.5) / levels * plot.height()
        p.setPen(QPen(st.grid))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(st.muted)
        p.drawText(
            QRectF(area.left(), y - fm.height() / 2, axis_w - pad, fm.height()), _RIGHT, label
        )
    days = [d for line in chart.lines for d, _level in line.points]
    first, last = min(days), max(days)
    span = (last - first).days

    # Points stay clear of the edges, where a marker or a date label would be cut.
    inset = fm.horizontalAdvance("0000-00-00") / 2

    def at(day: dt.date, level: int) -> QPointF:
        offset = (day - first).days / span if span else 0.5
        x = plot.left() + inset + offset * (plot.width() - 2 * inset)
        return QPointF(x, plot.bottom() - (level + 0.5) / levels * plot.height())

    ticks = [first] if not span else [first + (last - first) * k / 4 for k in range(5)]
    p.setPen(st.muted)
    for day in dict.fromkeys(ticks):
        x = at(day, 0).x()
        label = day.isoformat()
        w = fm.horizontalAdvance(label) + pad
        p.drawText(QRectF(x - w / 2, plot.bottom() + pad, w, fm.height()), _CENTRE, label)
    radius = fm.height() * 0.22
    for line in chart.lines:
        pen = QPen(QColor(line.colour), max(1.0, fm.height() / 7))
        p.setPen(pen)
        pts = [at(day, level) for day, level in line.points]
        p.drawPolyline(pts)
        p.setBrush(QColor(line.colour))
        for pt in pts:
            p.drawEllipse(pt, radius, radius)
        p.setBrush(Qt.BrushStyle.NoBrush)
