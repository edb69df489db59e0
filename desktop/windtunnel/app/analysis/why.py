""""Why did this change?": the explanation of the selected node's change in the scenario.

For the node selected on the map and the current scenario, the engine's explanation
(:func:`~windtunnel.engine.explain`) lists

- the **contributions by incoming edge** at the last step (how much of the node's change
  arrived through each edge, plus its own memory and any intervention on it; they add up to
  the change), and
- the **top causal paths** from the levers (and overridden edges) to the node, each with its
  signed share of the change, and what the paths leave unexplained (feedback loops, longer
  paths).

Bars behind the numbers show their size and sign (blue pushes up, vermilion down); clicking an
edge or a path highlights it on the map. The explanation runs on a worker (it
can take a tenth of a second on the bundled model) from a snapshot of the model.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHeaderView, QLabel, QStyledItemDelegate, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ...engine import explain

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
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.ask)
        for signal in (controller.results_changed, controller.scenario_changed,
                       controller.selection_changed):
            signal.connect(lambda *_: self._timer.start())
        self.ask()

    def target(self) -> str | None:
        selected = self.controller.selected
        return selected[0] if selected else None

    def ask(self) -> None:
        """Explain the selected node's change in the current scenario (on a worker)."""
        controller = self.controller
        node, scenario = self.target(), controller.scenario_id
        self.tree.clear()
        self.explanation = None
        if controller.results is None or not scenario:
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
        model = self.controller.model
        label = _label(model, explanation.node)
        scenario = model.scenario(explanation.scenario_id)
        change = float(explanation.change[-1])
        self.heading.setText(
            f"Why did <b>{_escape(label)}</b> change by <b>{change:+.3f}</b> in "
            f"<b>{_escape(scenario.label if scenario else explanation.scenario_id)}</b>?")
        self.tree.clear()
        edges = QTreeWidgetItem(["Incoming edges (last step)"])
        for column, value in zip(explanation.columns, explanation.contributions[-1]):
            if abs(value) < 5e-5:
                continue
            if column in ("memory", "intervention"):
                text = "its own previous change" if column == "memory" else "an intervention"
                key = None
            else:
                text = f"{_label(model, column)} \u2192 {label}"
                key = ("edge", (column, explanation.node))
            item = _row(text, value, _share(value, change))
            item.setData(0, Qt.UserRole, key)
            edges.addChild(item)
        paths = QTreeWidgetItem([f"Top paths from the levers ({explanation.paths_found} found)"])
        for path in explanation.paths:
            text = " \u2192 ".join(_label(model, n) for n in path.nodes)
            item = _row(text, path.contribution, f"{path.share:.0%}")
            item.setData(0, Qt.UserRole, ("path", path.nodes))
            item.setToolTip(0, text)
            paths.addChild(item)
        rest = _row("Not carried by the listed paths (loops, longer paths)",
                    explanation.remainder, _share(explanation.remainder, change))
        paths.addChild(rest)
        values = [abs(float(v)) for v in explanation.contributions[-1]] + [
            abs(p.contribution) for p in explanation.paths] + [abs(explanation.remainder)]
        self.bars.scale = max(values, default=0.0)

        for top in (edges, paths):
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        method = ("exact" if explanation.method == "exact" else
                  "first-order (the activation saturates, so shares are approximate)")
        self.note.setText(f"Contributions add up to the change; split {method}. Paths up to "
                          f"{explanation.max_length} edges"
                          + ("; the path search stopped early" if explanation.paths_cut else "")
                          + ". Click a row to highlight it on the map.")

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


def _row(text: str, value: float, share: str) -> QTreeWidgetItem:
    """A row: what the change came through, a bar, the contribution and its share."""
    item = QTreeWidgetItem([text, "", f"{value:+.4f}", share])
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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
