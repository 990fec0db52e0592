"""The trend of a subject's earlier assessments: a level a declared threat raised is drawn
in its level's band and says why, so an *alto* never sits below a *bajo*."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from aluna_field.ui.forms.base import RiskPoint
from aluna_field.ui.forms.trend import RiskTrend, plotted_score

RAISED = RiskPoint("a" * 32, "s" * 32, "2026-05-12", 1.33, "high")
PLAIN = RiskPoint("b" * 32, "s" * 32, "2026-07-26", 1.8, "low")


def test_a_raised_level_is_drawn_in_its_band_and_says_why(qtbot: QtBot) -> None:
    assert plotted_score(RAISED) == 6.0 > plotted_score(PLAIN) == 1.8
    trend = RiskTrend("es")
    qtbot.addWidget(trend)
    trend.set_points([PLAIN, RAISED])
    assert trend.lines.text().splitlines() == [
        "2026-05-12 · Alto (1.33, elevado por una amenaza declarada)",
        "2026-07-26 · Bajo (1.8)",
    ]
    assert trend.chart.accessibleName() == trend.lines.text()
    shown = trend.grab()  # paints without error
    assert not shown.isNull()
