"""Outline: a searchable tree of the map's nodes (by kind and group) and edges (by sign).

Typing in the search box filters by label, id or group, in the current language or the
original (case-insensitive; a group or kind
stays visible when something inside it matches). Activating a row selects that node or
edge on the canvas and centres the view on it. The tree is rebuilt from the model at most
once per event-loop turn after changes, so a 2,000-node paste costs one rebuild; moves
cost nothing and a weight change rewrites one row. The rows of the canvas selection are
marked (:meth:`show_selection`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generator

from PySide6.QtCore import (QCoreApplication, QItemSelectionModel, QSortFilterProxyModel, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QTreeView, QVBoxLayout, QWidget

from ..model import group_name, translated
from .model_language import language_relay
from .formats import number
from .workers import run_steps

__all__ = ["Outline", "Rows"]

_ROLE = Qt.UserRole + 1


@dataclass
class Rows:
    """A model's rows in the Outline: its headings (rows and all) and each node's and edge's
    row by ("node", id) or ("edge", key); ``nodes`` the model's number of nodes."""

    headings: list
    by_key: dict
    nodes: int


class Outline(QWidget):
    """The contents of the Outline dock."""

    #: A row was activated: ("node", id) or ("edge", (source, target)).
    activated = Signal(str, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = None
        self._rows: dict = {}
        self.search = QLineEdit(
            placeholderText=self.tr("Filter nodes and edges\u2026"), clearButtonEnabled=True
        )
        self.items = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.items)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setFilterRole(_ROLE + 1)
        self.tree = QTreeView(headerHidden=True, uniformRowHeights=True)
        self.tree.setModel(self.proxy)
        self.tree.setEditTriggers(QTreeView.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._filter)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.rebuild)
        language_relay().changed.connect(self._schedule)

    #: info_changed: the groups' names in other languages are the model's own text.
    _SIGNALS = ("node_added", "node_removed", "edge_added", "edge_removed", "info_changed")

    def _connect(self, model, on: bool) -> None:
        pairs = [(getattr(model, name), self._schedule) for name in self._SIGNALS]
        pairs += [(model.node_changed, self._node_changed), (model.edge_changed, self._edge_changed)]
        for signal, slot in pairs:
            signal.connect(slot) if on else signal.disconnect(slot)

    def set_model(self, model, rows: "Rows | None" = None) -> None:
        """Show and follow ``model``; None stops following (the window goes, and the model
        may outlive it). ``rows``: the model's rows made already (:meth:`making_rows`, a
        big map's, between event-loop turns)."""
        if self.model is not None:
            self._connect(self.model, False)
        self.model = model
        if model is not None:
            self._connect(model, True)
            self._show(rows if rows is not None else run_steps(self.making_rows(model)))

    def _node_changed(self, index, old, new) -> None:
        """Moves and edits of fields the tree does not show cost nothing."""
        if (translated(old), old.kind, old.group) != (translated(new), new.kind, new.group):
            self._schedule()

    def _edge_changed(self, index, old, new) -> None:
        """A weight change within its sign updates one row (a slider drag on a big map)."""
        row = self._rows.get(("edge", new.key))
        if row is None or (old.weight > 0) != (new.weight > 0) or (old.weight < 0) != (new.weight < 0):
            self._schedule()
            return
        text = _edge_text(new, self.model)
        row.setText(text)
        row.setData(f"{text} {new.source} {new.target}", _ROLE + 1)

    def _schedule(self, *args) -> None:
        if self.model is not None and not self._timer.isActive():
            self._timer.start()

    def rebuild(self) -> None:
        """Refill the tree from the model."""
        if self.model is not None:          # else let go of (the window is going)
            self._show(run_steps(self.making_rows(self.model)))

    def making_rows(self, model, batch: int | None = None) -> Generator[float, None, Rows]:
        """Make the rows of ``model``, yielding the share made after every ``batch`` of
        nodes and edges (none: all at once), and return them.

        The rows are assembled off the model and added in one call per heading, so the
        tree and its filter see a handful of insertions instead of one per node and edge.
        """
        total = max(1, len(model.nodes) + len(model.edges))
        batch = batch or total
        rows: dict = {}
        headings = []
        for kind in ("actor", "restriction", "factor"):
            nodes = [n for n in model.nodes if n.kind == kind]
            heading = _row(_kind_heading(kind, len(nodes)), "")
            groups: dict[str, list[QStandardItem]] = {}
            for node in nodes:
                shown = translated(node)     # found by its original label too
                group = group_name(model, node.group)
                item = _row(shown, f"{shown} {node.label} {node.id} {group} {node.group}")
                item.setData(("node", node.id), _ROLE)
                item.setToolTip(node.id)
                rows[("node", node.id)] = item
                groups.setdefault(node.group, []).append(item)
                if len(rows) % batch == 0:
                    yield len(rows) / total
            for key, items in groups.items():      # by the group itself, shown translated
                group = group_name(model, key) or self.tr("(no group)")
                group_row = _row(f"{group} ({len(items)})", "")
                group_row.appendRows(items)
                heading.appendRow(group_row)
            headings.append(heading)
        for sign, test in ((self.tr("Positive edges ({count})"), lambda w: w > 0),
                           (self.tr("Negative edges ({count})"), lambda w: w < 0),
                           (self.tr("Zero-weight edges ({count})"), lambda w: w == 0)):
            edges = [e for e in model.edges if test(e.weight)]
            if not edges and test(0.0):
                continue
            heading = _row(sign.format(count=len(edges)), "")
            items = []
            for edge in edges:
                text = _edge_text(edge, model)
                item = _row(text, f"{text} {edge.source} {edge.target}")
                item.setData(("edge", edge.key), _ROLE)
                rows[("edge", edge.key)] = item
                items.append(item)
                if len(rows) % batch == 0:
                    yield len(rows) / total
            heading.appendRows(items)
            headings.append(heading)
        return Rows(headings, rows, len(model.nodes))

    def _show(self, rows: "Rows") -> None:
        self.items.clear()
        self._rows = rows.by_key
        self.items.invisibleRootItem().appendRows(rows.headings)
        self.tree.expandToDepth(0 if rows.nodes > 200 else 1)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def show_selection(self, nodes, edges) -> None:
        """Mark the rows of the canvas selection and scroll to the first (no activation)."""
        selection = self.tree.selectionModel()
        selection.clearSelection()
        first = None
        for key in [("node", n) for n in nodes] + [("edge", tuple(e)) for e in edges]:
            row = self._rows.get(key)
            index = self.proxy.mapFromSource(row.index()) if row is not None else None
            if index is not None and index.isValid():
                selection.select(index, QItemSelectionModel.Select | QItemSelectionModel.Rows)
                first = first or index
        if first is not None:
            self.tree.scrollTo(first)

    def _activated(self, index) -> None:
        data = self.proxy.data(index, _ROLE)
        if data:
            kind, key = data
            self.activated.emit(kind, key)

    def visible_labels(self) -> list[str]:
        """The texts of the visible leaf rows (for tests and accessibility)."""
        out = []

        def walk(parent) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if self.proxy.data(index, _ROLE):
                    out.append(self.proxy.data(index))
                walk(index)
        walk(self.tree.rootIndex())
        return out


def _edge_text(edge, model) -> str:
    return (f"{translated(model.node(edge.source))} \u2192 {translated(model.node(edge.target))}  "
            f"({number(edge.weight, 2, signed=True)})")


def _kind_heading(kind: str, count: int) -> str:
    """The heading of a kind's nodes with their number: ``Actors (3)``."""
    return {"actor": QCoreApplication.translate("Outline", "Actors ({count})"),
            "restriction": QCoreApplication.translate("Outline",
                                                      "Restrictions (levers) ({count})"),
            "factor": QCoreApplication.translate("Outline", "Factors ({count})")}[kind].format(
        count=count)


def _row(text: str, search_text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(search_text, _ROLE + 1)
    item.setEditable(False)
    return item
