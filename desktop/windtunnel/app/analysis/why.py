""""Why did this change?": the explanation of the selected node's change in the scenario.

For the node selected on the map and the current scenario, the engine's explanation
(:func:`~windtunnel.engine.explain`) lists

- the **contributions by incoming edge** at the step shown on the map (how much of the
  node's change arrived through each edge, plus its own memory and any intervention on it;
  they add up to the change), and
- the **top causal paths** from the levers (and overridden edges) to the node, each with its
  effect at that step and its signed share of the change, and what the listed paths leave
  unexplained (feedback loops, longer paths).

The heading names the step; moving the time slider (or playing) re-shows the same
explanation at the new step without asking the engine again (the explanation holds every
step). The paths are the engine's top ones by their effect at the last step, re-ordered by
their effect at the shown step.

Bars behind the numbers show their size and sign (blue pushes up, vermilion down); clicking an
edge or a path highlights it on the map. The explanation runs on a worker (it
can take a tenth of a second on the bundled model) from a snapshot of the model.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHeaderView, QLabel, QStyledItemDelegate, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ...engine import explain
from .controller import soon

__all__ = ["WhyPanel", "TOP_PATHS", "BarDelegate"]

TOP_PATHS = 8
_VALUE = Qt.UserRole + 1


class BarDelegate(QStyledItemDelegate):
    """Draws a signed bar behind a number: blue for a push up, vermilion for a push down."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.scale = 1.0

    def paint(self, painter, option, index) -> None:
        value = index.data(_VALUE)
        if value is not None and self.scale > 0:
            rect = option.rect.adjusted(2, 4, -2, -4)
            half = rect.width() / 2
            width = min(abs(value) / self.scale, 1.0) * half
            left = rect.center().x() if value >= 0 else rect.center().x() - width
            colour = QColor("#0072b2" if value >= 0 else "#d55e00")
            colour.setAlpha(90)
            painter.fillRect(QRectF(left, rect.top(), width, rect.height()), colour)
        super().paint(painter, option, index)


class WhyPanel(QWidget):
    """The Why tab of the results dock."""

    def __init__(self, controller, *, highlight) -> None:
        super().__init__()
        self.controller = controller
        self.highlight = highlight
        self.runner = controller.add_runner()
        self.explanation = None
        self.heading = QLabel(wordWrap=True)
        self.heading.setTextFormat(Qt.RichText)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Through", "", "Contribution", "Share"])
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 140)
        self.tree.setColumnWidth(2, 100)
        self.tree.setColumnWidth(3, 60)
        self.bars = BarDelegate(self.tree)
        self.tree.setItemDelegateForColumn(1, self.bars)
        self.tree.currentItemChanged.connect(self._chosen)
        self.note = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        self.step = 0                # the step the panel shows
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.ask)
        # the time slider: re-show the same explanation at the new step, once per turn
        controller.step_changed.connect(soon(self, self.render))
        for signal in (controller.results_changed, controller.scenario_changed,
                       controller.selection_changed):
            signal.connect(lambda *_: self._timer.start())
        self.ask()

    def target(self) -> str | None:
        selected = self.controller.session.selection
        return selected[0] if selected else None

    def ask(self) -> None:
        """Explain the selected node's change in the current scenario (on a worker)."""
        controller = self.controller
        node, scenario = self.target(), controller.session.scenario_id
        self.tree.clear()
        self.explanation = None
        if controller.session.results is None or not scenario:
            self.heading.setText("Run a scenario to explain its changes.")
            self.note.clear()
            return
        if node is None:
            self.heading.setText("Select a node on the map to see why it changed.")
            self.note.clear()
            return
        snapshot = controller.model.copy()
        self.heading.setText("Explaining\u2026")
        self.runner.start("Explain", lambda progress, cancel: explain(
            snapshot, scenario, node, top_k=TOP_PATHS), on_finished=self.show_explanation,
            on_failed=lambda exc: self.heading.setText(f"Could not explain: {exc}"))

    def show_explanation(self, explanation) -> None:
        self.explanation = explanation
        self.render()

    def render(self) -> None:
        """Show the explanation at the step shown on the map (the time slider)."""
        explanation = self.explanation
        if explanation is None:
            return
        model = self.controller.model
        last = len(explanation.time) - 1
        step = min(max(self.controller.session.step, 0), last)
        self.step = step
        label = _label(model, explanation.node)
        scenario = model.scenario(explanation.scenario_id)
        change = float(explanation.change[step])
        unit = model.settings.time_unit
        self.heading.setText(
            f"Why did <b>{escape(label)}</b> change by <b>{change:+.3f}</b> in "
            f"<b>{escape(scenario.label if scenario else explanation.scenario_id)}</b> "
            f"at <b>{escape(unit)} {step}</b> of {last}?")
        selected = self.tree.currentItem()
        chosen = selected.data(0, Qt.UserRole) if selected is not None else None
        self.tree.blockSignals(True)
        self.tree.clear()
        edges = QTreeWidgetItem([f"Incoming edges ({unit} {step})"])
        contributions = explanation.contributions[step]
        for column, value in zip(explanation.columns, contributions):
            if abs(value) < 5e-5:
                continue
            if column in ("memory", "intervention"):
                text = "its own previous change" if column == "memory" else "an intervention"
                key = None
            else:
                text = f"{_label(model, column)} \u2192 {label}"
                key = ("edge", (column, explanation.node))
            edges.addChild(_row(text, value, _share(value, change), key))
        paths = QTreeWidgetItem([f"Top paths from the levers ({explanation.paths_found} found)"])
        listed = sorted(explanation.paths, key=lambda p: -abs(float(p.effect[step])))
        for path in listed:
            text = " \u2192 ".join(_label(model, n) for n in path.nodes)
            effect = float(path.effect[step])
            item = _row(text, effect, _share(effect, change), ("path", path.nodes))
            item.setToolTip(0, text)
            paths.addChild(item)
        rest = change - sum(float(p.effect[step]) for p in listed)
        paths.addChild(_row("Not carried by the listed paths (loops, longer paths)", rest,
                            _share(rest, change), None))
        values = [abs(float(v)) for v in contributions] + [
            abs(float(p.effect[step])) for p in listed] + [abs(rest)]
        self.bars.scale = max(values, default=0.0)
        for top in (edges, paths):
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if chosen and not self._reselect(chosen):
            self.highlight((), ())       # the chosen row is gone at this step
        self.tree.blockSignals(False)
        method = ("exact" if explanation.method == "exact" else
                  "first-order (the activation saturates, so shares are approximate)")
        self.note.setText(f"Contributions add up to the change; split {method}. Paths up to "
                          f"{explanation.max_length} edges"
                          + ("; the path search stopped early" if explanation.paths_cut else "")
                          + f". Move the time slider to explain another {unit}; click a row "
                          "to highlight it on the map.")

    def _reselect(self, key) -> bool:
        """Keep the row the user chose (and its highlight) across a step change."""
        for t in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(t)
            for k in range(top.childCount()):
                if top.child(k).data(0, Qt.UserRole) == key:
                    self.tree.setCurrentItem(top.child(k))
                    return True
        return False

    def _chosen(self, item, previous) -> None:
        key = item.data(0, Qt.UserRole) if item is not None else None
        if not key:
            self.highlight((), ())
            return
        kind, value = key
        if kind == "edge":
            self.highlight(value, [value])
        else:
            nodes = list(value)
            self.highlight(nodes, list(zip(nodes, nodes[1:])))


def _row(text: str, value: float, share: str, key) -> QTreeWidgetItem:
    """A row: what the change came through, a bar, the contribution and its share; ``key``
    says what clicking it highlights (an edge, a path, or nothing)."""
    item = QTreeWidgetItem([text, "", f"{value:+.4f}", share])
    item.setData(0, Qt.UserRole, key)
    item.setData(1, _VALUE, float(value))
    for column in (2, 3):
        item.setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
    return item


def _label(model, node_id: str) -> str:
    if " -> " in node_id:  # an overridden edge as a source
        return node_id
    node = model.node(node_id)
    return node.label if node is not None else node_id


def _share(value: float, total: float) -> str:
    return f"{value / total:.0%}" if abs(total) > 1e-9 else ""

