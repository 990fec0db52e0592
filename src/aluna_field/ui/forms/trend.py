"""The derived risk level badge and a subject's earlier assessments as a small trend."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.risk import LEVEL_THRESHOLDS, Assessment, explain_assessment
from ...domain.taxonomy import RiskLevel
from ...l10n import _
from ..common.widgets import plain_label, scaled_font
from .base import RiskPoint

# Colour means the level here and nowhere else; white text on each keeps contrast.
LEVEL_COLORS = {
    # Nothing scored is not good news: neutral grey, never the green of "low".
    "not_assessed": "#5f6368",
    "low": "#2e7d32",
    "medium": "#8d6e00",
    "high": "#c43e00",
    "critical": "#b00020",
}
TOP_SCORE = LEVEL_THRESHOLDS[-1][0] * 1.5
# Where each level's band starts: a declared, credible threat lifts the level above what
# the score alone says (docs/risk.md), and its point is drawn in its level's band.
_ABOVE = [level for _bound, level in LEVEL_THRESHOLDS[1:]] + [RiskLevel.CRITICAL]
_BAND_FLOOR = {
    level.value: bound for (bound, _below), level in zip(LEVEL_THRESHOLDS, _ABOVE, strict=True)
}


def plotted_score(point: RiskPoint) -> float:
    """The height of a point: its score, or the floor of its level when that is higher."""
    return max(point.score, _BAND_FLOOR.get(point.level, 0.0))


class RiskBadge(QWidget):
    """The level, large and coloured, and one line saying how it was derived."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.badge = plain_label(wrap=False)
        self.badge.setFont(scaled_font(1.3, bold=True))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMargin(6)
        self.badge.setAutoFillBackground(True)
        self.explanation = plain_label()
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.explanation)

    def show_derivation(
        self, derivation: Assessment, describe: Callable[[str], str] | None = None
    ) -> None:
        level = derivation.level
        name = level.label(self.lang)
        text = _(self.lang, "{level} risk", level=name if self.lang == "en" else name.lower())
        self.badge.setText(text)
        palette = self.badge.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(LEVEL_COLORS[level.value]))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
        self.badge.setPalette(palette)
        self.explanation.setText(explain_assessment(derivation, self.lang, describe))
        self.setAccessibleName(f"{text}. {self.explanation.text()}")


class TrendChart(QWidget):
    """Scores of earlier assessments over time, with the level bands behind them."""

    def __init__(self) -> None:
        super().__init__()
        self.points: list[RiskPoint] = []
        self.setMinimumHeight(self.fontMetrics().height() * 5)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 30, self.fontMetrics().height() * 6)

    def set_points(self, points: Sequence[RiskPoint]) -> None:
        self.points = sorted(points, key=lambda p: p.day)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        low = 0.0
        for bound, level in [*LEVEL_THRESHOLDS, (TOP_SCORE, RiskLevel.CRITICAL)]:
            band = QRectF(
                area.left(),
                self._y(area, bound),
                area.width(),
                self._y(area, low) - self._y(area, bound),
            )
            color = QColor(LEVEL_COLORS[level.value])
            color.setAlpha(40)
            painter.fillRect(band, color)
            low = bound
        if not self.points:
            return
        step = area.width() / max(len(self.points) - 1, 1)
        xy = [
            QPointF(
                area.left() + i * step if len(self.points) > 1 else area.center().x(),
                self._y(area, plotted_score(p)),
            )
            for i, p in enumerate(self.points)
        ]
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 2))
        for a, b in itertools.pairwise(xy):
            painter.drawLine(a, b)
        for point, spot in zip(self.points, xy, strict=True):
            painter.setBrush(QColor(LEVEL_COLORS.get(point.level, "#777777")))
            painter.drawEllipse(spot, 4, 4)

    @staticmethod
    def _y(area: QRectF, score: float) -> float:
        return area.bottom() - min(score, TOP_SCORE) / TOP_SCORE * area.height()


class RiskTrend(QWidget):
    """The chart plus the same facts as text (for screen readers and for precision)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = plain_label(_(lang, "Earlier assessments of this subject"))
        self.title.setFont(scaled_font(1.0, bold=True))
        self.chart = TrendChart()
        self.lines: QLabel = plain_label()
        layout.addWidget(self.title)
        layout.addWidget(self.chart)
        layout.addWidget(self.lines)
        self.set_points([], subject_known=False)

    def set_points(self, points: Sequence[RiskPoint], subject_known: bool = True) -> None:
        """Show points; with none, say whether a subject is still to be chosen
        (`subject_known` False) or this one has no earlier assessment."""
        self.chart.set_points(points)
        self.chart.setVisible(bool(points))
        if not points and subject_known:
            self.lines.setText(_(self.lang, "This subject has no earlier assessments yet."))
        elif not points:
            self.lines.setText(_(self.lang, "Choose a subject to see its earlier assessments."))
        else:
            self.lines.setText(
                "\n".join(_line(p, self.lang) for p in sorted(points, key=lambda p: p.day))
            )
        self.chart.setAccessibleName(self.lines.text())


def _line(point: RiskPoint, lang: str) -> str:
    level, score = RiskLevel(point.level).label(lang), format(point.score, "g")
    if plotted_score(point) > point.score:
        return _(
            lang,
            "{day} · {level} ({score}, raised by a declared threat)",
            day=point.day,
            level=level,
            score=score,
        )
    return f"{point.day} · {level} ({score})"
