"""A node's hover text: the change it shows is the shown scenario level less the shown
baseline level, so the three figures agree as read."""

from __future__ import annotations

import re
from decimal import Decimal
from types import SimpleNamespace

import numpy as np
from PySide6.QtWidgets import QGraphicsView

from windtunnel.app.analysis.hover import HoverText, Shown


def _figures(tip: str) -> list[Decimal]:
    return [Decimal(f.replace("\u2212", "-")) for f in re.findall(r"[+\u2212]?\d+\.\d+", tip)]


def test_the_hovered_change_is_the_difference_of_the_levels_shown(qapp):
    # +0.1004 and +0.3016 show as +0.100 and +0.302; their change, +0.2012, rounded alone
    # would show +0.201: one thousandth from what a reader works out
    baseline = np.array([[0.1004, -0.2004, 0.0], [0.1004, -0.2004, 0.0]])
    states = np.array([[0.1004, -0.2004, 0.0], [0.3016, -0.3995, -0.0004]])
    results = SimpleNamespace(node_ids=("a", "b", "c"), labels=("A", "B", "C"),
                              baseline=baseline, settings=SimpleNamespace(time_unit="month"),
                              node_index=("a", "b", "c").index)
    hover = HoverText(QGraphicsView())
    hover.show(Shown(results, "Scenario", states, states - baseline, 1, None, None, None))
    shown = [_figures(hover.node_text(node)) for node in ("a", "b", "c")]
    assert shown[0] == [Decimal("0.100"), Decimal("0.302"), Decimal("0.202")]
    assert shown[1] == [Decimal("-0.200"), Decimal("-0.400"), Decimal("-0.200")]
    assert shown[2] == [Decimal("0.000"), Decimal("0.000"), Decimal("0.000")]
    assert "change 0.000" in hover.node_text("c")        # no change: neither + nor -
