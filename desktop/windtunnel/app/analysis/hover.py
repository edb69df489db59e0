"""Hover text for results on the map, made when a node or an edge is hovered.

After a run, hovering a **node** shows its baseline level, its level in the current scenario
and the change, at the step shown on the map, to three decimals; the change shown is the
difference of the two levels shown, so the three figures agree as read. Hovering an **edge** shows the editor's text
(weight, confidence, rationale) and then the edge's *contribution* at that step: how much
further up or down it pushes its target than in the baseline (the same number as the edge
flows: the engine's :mod:`~windtunnel.engine.contributions`), with the weight x source level it comes
from in the scenario and in the baseline.

The text is made on the tooltip event of the canvas, for the one item under the pointer:
making it for every edge after every step costs 25 us an edge (200 ms on an 8,000-edge map,
on each step of a replay). Items that were given result text get their editor's text back
(an empty tooltip, which they fill on the next hover) when results are cleared.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from ...engine.contributions import edge_contribution
from ...errors import ModelError
from ..canvas import EdgeItem, NodeItem
from ..formats import count, number
from .figures import signed

__all__ = ["HoverText", "Shown"]

#: The decimals of a node's levels and change on hover.
_DECIMALS = 3


@dataclass(frozen=True, eq=False)
class Shown:
    """What the map shows: the run, the scenario's states and change, the step, the edges'
    contributions (None: not compiled) and what is needed to explain them."""

    results: object
    label: str
    states: np.ndarray
    change: np.ndarray
    step: int
    push: np.ndarray | None
    network: object
    plan_weight: np.ndarray | None


class HoverText(QObject):
    """Sets a node's or edge's tooltip to its result text just before Qt shows it."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.shown: Shown | None = None
        self._given: set = set()                 # items given result text
        view.viewport().installEventFilter(self)

    def show(self, shown: Shown | None) -> None:
        """Results to describe from now on (None: none; items get their own text back)."""
        self.shown = shown
        if shown is None:
            for item in self._given:
                item.setToolTip("")        # the item makes its own tooltip on the next hover
            self._given.clear()

    def forget(self) -> None:
        """The scene was replaced: its items are gone."""
        self._given.clear()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.ToolTip and self.shown is not None:
            for item in self.view.items(event.pos()):
                if isinstance(item, NodeItem):
                    text = self.node_text(item.node_id)
                elif isinstance(item, EdgeItem):
                    text = item.tooltip_text() + "\n\n" + (self.edge_text(item.key) or "")
                else:
                    continue                 # result layers, handles: look further down
                if text:
                    item.setToolTip(text)
                    self._given.add(item)
                break
        return False                         # the view shows the item's tooltip

    def node_text(self, node_id: str) -> str | None:
        shown = self.shown
        if shown is None or node_id not in shown.results.node_ids:
            return None
        results, step = shown.results, shown.step
        i = results.node_index(node_id)
        # the change is the shown scenario level less the shown baseline level, so that the
        # three figures agree as read (+0.301 less +0.100 is +0.201, where the change
        # rounded alone may read +0.202)
        baseline, scenario = (int(np.round(level * 10 ** _DECIMALS))
                              for level in (results.baseline[step, i], shown.states[step, i]))
        return f"<b>{escape(results.labels[i])}</b><br>" + QCoreApplication.translate(
            "hover", "{unit} {step}: baseline {baseline} \u00b7 scenario {scenario} \u00b7 "
                     "<b>change {change}</b>").format(
            unit=escape(results.settings.time_unit), step=count(step),
            baseline=signed(baseline, _DECIMALS), scenario=signed(scenario, _DECIMALS),
            change=signed(scenario - baseline, _DECIMALS))

    def edge_text(self, key: tuple[str, str]) -> str | None:
        """The edge's contribution at the shown step, in words and as its product."""
        shown = self.shown
        if shown is None or shown.push is None:
            return None
        network, results, step = shown.network, shown.results, shown.step
        try:
            e = network.edge_index(*key)
        except ModelError:                       # an edge added since the run: no text yet
            return None
        unit, label, labels = results.settings.time_unit, shown.label, results.labels
        if step == 0:
            return QCoreApplication.translate(
                "hover", "{edge}, {unit} 0: nothing has been pushed yet"
            ).format(edge=label, unit=unit)
        s, t = int(network.source[e]), int(network.target[e])
        rule = results.settings.rule
        push = edge_contribution(network, shown.plan_weight, results.baseline, shown.states,
                                 step, rule, e)
        if abs(push.value) >= 5e-4:
            line = (
                QCoreApplication.translate(
                    "hover",
                    "{edge}, {unit} {step}: contribution {value} (pushes "
                    "{target} {amount} further up than in the "
                    "baseline)",
                )
                if push.value > 0
                else QCoreApplication.translate(
                    "hover",
                    "{edge}, {unit} {step}: contribution {value} (pushes "
                    "{target} {amount} further down than in the "
                    "baseline)",
                )
            )
        else:
            line = QCoreApplication.translate(
                "hover",
                "{edge}, {unit} {step}: contribution 0 (the same push as " "in the baseline)",
            )
        line = line.format(
            edge=label,
            unit=unit,
            step=step,
            value=number(push.value, 3, signed=True),
            target=labels[t],
            amount=number(abs(push.value), 3),
        )
        why = (
            QCoreApplication.translate(
                "hover",
                "= weight \u00d7 rescaled level of {source} at {unit} {step}: "
                "{weight} \u00d7 {level} here, {baseline_weight} "
                "\u00d7 {baseline_level} in the baseline",
            )
            if rule == "rescaled"
            else QCoreApplication.translate(
                "hover",
                "= weight \u00d7 level of {source} at {unit} {step}: {weight} "
                "\u00d7 {level} here, {baseline_weight} \u00d7 "
                "{baseline_level} in the baseline",
            )
        )
        return (
            line
            + "\n"
            + why.format(
                source=labels[s],
                unit=unit,
                step=push.source_step,
                weight=number(push.weight, 2, signed=True),
                level=number(push.level, 3, signed=True),
                baseline_weight=number(push.baseline_weight, 2, signed=True),
                baseline_level=number(push.baseline_level, 3, signed=True),
            )
        )
