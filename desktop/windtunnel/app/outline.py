"""Outline: a searchable tree of the map's nodes (by kind and group) and edges (by sign).

Typing in the search box filters by label, id or group, in the current language or the
original (case-insensitive; a group or kind
stays visible when something inside it matches). Activating a row selects that node or
edge on the canvas and centres the view on it. The rows of the canvas selection are
marked (:meth:`show_selection`).

After the model changes the tree is brought up to date at most once per event-loop turn
(a 2,000-node paste costs one update), and only the rows concerned change: the model's
new shape (:mod:`.outline_shape`) is compared with the one shown, rows gone are removed
and new ones inserted, a run of neighbours in one call, and headings whose count changed
are renamed. Every other row stays as it was, selected, expanded and filtered as before:
on a map of 50,000 rows an added node or edge does not make them all again. Moves cost
nothing and a weight change rewrites one row. A change of language makes the tree again.
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
from .outline_rows import ARROW, WEIGHT_GAP, EdgeRowDelegate
from .outline_shape import KINDS, TOP, changes, shape, sign_of
from .workers import run_steps

__all__ = ["Outline", "Rows"]

_ROLE = Qt.UserRole + 1
#: The key of a heading or group row (a node or edge row's key is under _ROLE; the text
#: a row is found by, under _ROLE + 1).
_HOLDER = _ROLE + 2

#: A model with more nodes than this shows its groups folded.
_FOLDED_NODES = 200


@dataclass
class Rows:
    """A model's rows in the Outline: every row by its key (:mod:`.outline_shape`), the
    keys of each holding row's rows (the model's shape) and the groups' names they show."""

    by_key: dict
    shape: dict
    group_names: dict


class Outline(QWidget):
    """The contents of the Outline dock."""

    #: A row was activated: ("node", id) or ("edge", (source, target)).
    activated = Signal(str, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = None
        self._rows: dict = {}
        self._shape: dict = {}
        self._group_names: dict = {}
        self._relabelled: set = set()       # nodes whose text changed since the update
        self._reweighed: set = set()        # edges removed since, perhaps made again
        self._renamed = False               # the groups' names may have changed
        self._moved = {"nodes": False, "edges": False}   # rows came, went or changed heading
        self._whole = False                 # the tree is made again (a new language)
        self._counted_shown = False         # the headings number the rows a filter shows
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
        self.tree.setItemDelegate(EdgeRowDelegate(_ROLE, self.tree))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._filter)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._update)
        language_relay().changed.connect(self._language_changed)

    def _connect(self, model, on: bool) -> None:
        pairs = [(model.node_added, self._nodes_moved), (model.node_removed, self._node_removed),
                 (model.edge_added, self._edges_moved), (model.edge_removed, self._edge_removed),
                 (model.node_changed, self._node_changed), (model.edge_changed, self._edge_changed),
                 (model.info_changed, self._groups_renamed)]
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
            if rows is not None:   # made ahead, perhaps for a change of language: the
                self._retext(self._shape, _RowMaker(model, self._group_names))  # headings

    def _node_changed(self, index, old, new) -> None:
        """Moves and edits of fields the tree does not show cost nothing. A new original
        label is said again even when the language shows a translation: the row is found
        by its original label too."""
        if (translated(old), old.label) != (translated(new), new.label):
            self._relabelled.add(new.id)
            self._schedule()
        if (old.kind, old.group) != (new.kind, new.group):
            self._nodes_moved()

    def _edge_changed(self, index, old, new) -> None:
        """A weight change within its sign updates one row (a slider drag on a big map)."""
        row = self._rows.get(("edge", new.key))
        if row is None or sign_of(old.weight) != sign_of(new.weight):
            self._reweighed.add(new.key)      # its sign may come back within the turn
            self._edges_moved()
            return
        text = _edge_text(new, self.model)
        row.setText(text)
        row.setData(f"{text} {new.source} {new.target}", _ROLE + 1)

    def _node_removed(self, index, node) -> None:
        """A node of this id may come back (an undo, a paste) otherwise named: its row and
        its edges' rows are said again then."""
        self._relabelled.add(node.id)
        self._nodes_moved()

    def _edge_removed(self, index, edge) -> None:
        """An edge between these nodes may come back of another weight: said again then."""
        self._reweighed.add(edge.key)
        self._edges_moved()

    def _nodes_moved(self, *args) -> None:
        self._moved["nodes"] = True
        self._schedule()

    def _edges_moved(self, *args) -> None:
        self._moved["edges"] = True
        self._schedule()

    def _groups_renamed(self) -> None:
        """The model's own text changed, perhaps its groups' names in the language."""
        self._renamed = True
        self._schedule()

    def _language_changed(self, *args) -> None:
        self._whole = True
        self._schedule()

    def _schedule(self, *args) -> None:
        if self.model is not None and not self._timer.isActive():
            self._timer.start()

    def rebuild(self) -> None:
        """Make the tree again from the model."""
        if self.model is not None:          # else let go of (the window is going)
            self._show(run_steps(self.making_rows(self.model)))

    def making_rows(self, model, batch: int | None = None) -> Generator[float, None, Rows]:
        """Make the rows of ``model``, yielding the share made after every ``batch`` of
        nodes and edges (none: all at once), and return them.

        The rows are assembled off the model and added in one call per holding row, so the
        tree and its filter see a handful of insertions instead of one per node and edge.
        """
        the_shape = shape(model)
        maker = _RowMaker(model, {})
        leaves = [(holder, rows) for holder, rows in the_shape.items()
                  if holder[0] in ("group", "sign")]
        total = max(1, sum(len(rows) for _, rows in leaves))
        batch = batch or total
        made = 0
        by_key: dict = {}
        for holder, keys in leaves:
            for key in keys:
                by_key[key] = maker.row(key, 0)
                made += 1
                if made % batch == 0:
                    yield made / total
        for holder in reversed(list(the_shape)):    # groups before their kinds' headings
            if holder != TOP:
                counted = _count(holder, the_shape)
                by_key[holder] = maker.row(holder, counted)
                by_key[holder].appendRows([by_key[key] for key in the_shape[holder]])
        return Rows(by_key, the_shape, maker.group_names)

    def _show(self, rows: "Rows") -> None:
        self.items.clear()
        self._timer.stop()
        self._rows, self._shape, self._group_names = rows.by_key, rows.shape, rows.group_names
        self._relabelled, self._reweighed, self._renamed, self._whole = set(), set(), False, False
        self._moved = {"nodes": False, "edges": False}
        self.items.invisibleRootItem().appendRows([rows.by_key[key] for key in rows.shape[TOP]])
        self.tree.expandToDepth(0 if self._folded() else 1)
        self._counted_shown = False      # the new rows say their totals
        self._filter(self.search.text())

    def _folded(self) -> bool:
        """Whether the groups are folded: a big map's would fill the tree."""
        return sum(_count(("kind", kind), self._shape) for kind in KINDS) > _FOLDED_NODES

    # -- the update after an edit -----------------------------------------------------------

    def _update(self) -> None:
        """Bring the tree to the model's shape, changing only the rows concerned."""
        if self.model is None:
            return
        if self._whole:
            self.rebuild()
            return
        marked = self._marked_keys()
        new = shape(self.model, old=self._shape, **self._moved)
        self._moved = {"nodes": False, "edges": False}
        maker = _RowMaker(self.model, self._group_names)
        if self._renamed:
            self._rename_groups(maker)
        insertions = []
        for holder in [h for h in self._shape if h in new]:
            steps = changes(self._shape[holder], new[holder])
            if steps is None:               # never after an edit: make the tree again
                self.rebuild()
                return
            parent = self._holder_row(holder)
            for what, row, keys in steps:
                if what == "remove":
                    parent.removeRows(row, len(keys))
                    for key in keys:
                        self._forget(key)
                else:
                    insertions.append((holder, row, keys))
        holders = []
        for holder, row, keys in insertions:   # after every removal: a node may change group
            made = [self._made(key, new, maker) for key in keys]
            self._holder_row(holder).insertRows(row, made)
            holders += [(key, item) for key, item in zip(keys, made) if key in new]
        for holder in new:
            self._shape[holder] = new[holder]
        self._retext(new, maker)
        self._counted_shown = False     # said as totals again
        self._say_counts()
        self._unfold(holders)
        self._mark(marked)

    def _holder_row(self, holder: tuple) -> QStandardItem:
        return self.items.invisibleRootItem() if holder == TOP else self._rows[holder]

    def _forget(self, key: tuple) -> None:
        """Let go of a removed row and the rows it held."""
        self._rows.pop(key, None)
        for held in self._shape.pop(key, ()):
            self._forget(held)

    def _made(self, key: tuple, new: dict, maker: "_RowMaker") -> QStandardItem:
        """A new row for ``key``, with the rows it holds made too."""
        item = maker.row(key, _count(key, new) if key in new else 0)
        self._rows[key] = item
        if key in new:
            self._shape[key] = new[key]
            item.appendRows([self._made(held, new, maker) for held in new[key]])
        return item

    def _unfold(self, holders: list) -> None:
        """Unfold new headings and groups as the tree's others are. While a filter is
        typed every row is unfolded, as typing it does: a heading the filter hid shows
        again, folded, when an edit brings it a match (an added or relabelled node)."""
        if self.search.text().strip():
            self.tree.expandAll()
            return
        groups_too = not self._folded()
        for key, item in holders:
            if key[0] != "group" or groups_too:
                self.tree.expand(self.proxy.mapFromSource(item.index()))

    def _rename_groups(self, maker: "_RowMaker") -> None:
        """The groups named otherwise now: their nodes are found by the new name."""
        self._renamed = False
        for group in list(self._group_names):
            old = self._group_names.pop(group)
            if maker.group_name(group) != old:
                self._relabelled.update(key[1] for holder, keys in self._shape.items()
                                        if holder[0] == "group" and holder[2] == group
                                        for key in keys)

    def _retext(self, new: dict, maker: "_RowMaker") -> None:
        """Rename the headings whose count or name changed, and the rows of relabelled
        nodes and of their edges."""
        for holder in new:
            if holder != TOP:
                maker.retext(self._rows[holder], holder, _count(holder, new))
        relabelled, self._relabelled = self._relabelled, set()
        edges, self._reweighed = {("edge", key) for key in self._reweighed}, set()
        for node_id in relabelled:
            if ("node", node_id) in self._rows:
                maker.retext(self._rows[("node", node_id)], ("node", node_id), 0)
        if relabelled:
            edges.update(("edge", edge.key) for edge in self.model.edges
                         if edge.source in relabelled or edge.target in relabelled)
        for key in edges:
            if key in self._rows:
                maker.retext(self._rows[key], key, 0)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
        self._say_counts()

    def _say_counts(self) -> None:
        """Number each heading and group by what it shows: while a filter is typed, the
        rows shown of all it holds ("Positive edges (5 of 72)"), else all it holds."""
        filtering = bool(self.proxy.filterRegularExpression().pattern())
        if self.model is None or not (filtering or self._counted_shown):
            return
        self._counted_shown = filtering
        shown = self._shown_rows() if filtering else {}
        maker = _RowMaker(self.model, self._group_names)
        for holder in self._shape:
            if holder == TOP or holder not in self._rows:
                continue
            total = _count(holder, self._shape)
            count = (QCoreApplication.translate("Outline", "{shown} of {total}").format(
                shown=shown.get(holder, 0), total=total) if filtering else total)
            maker.retext(self._rows[holder], holder, count)

    def _shown_rows(self) -> dict:
        """How many node and edge rows each heading and group shows through the filter."""
        shown: dict = {}

        def walk(parent) -> int:
            leaves = 0
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if self.proxy.data(index, _ROLE):
                    leaves += 1
                    continue
                under = shown[self.proxy.data(index, _HOLDER)] = walk(index)
                leaves += under
            return leaves
        walk(self.tree.rootIndex())
        return shown

    def show_selection(self, nodes, edges) -> None:
        """Mark the rows of the canvas selection and scroll to the first (no activation)."""
        first = self._mark([("node", n) for n in nodes] + [("edge", tuple(e)) for e in edges])
        if first is not None:
            self.tree.scrollTo(first)

    def _marked_keys(self) -> list:
        """The keys of the marked rows."""
        return [self.proxy.data(index, _ROLE)
                for index in self.tree.selectionModel().selectedRows()]

    def _mark(self, keys: list):
        """Mark exactly the rows of ``keys``, the first also the current row (where the
        arrow keys go on from); return its index, or None when none shows.

        Also after an update: when a marked row moves (an edge whose sign changed), the
        tree by itself marks the row that slid into its place, which names another edge."""
        selection = self.tree.selectionModel()
        selection.clearSelection()
        first = None
        for key in keys:
            row = self._rows.get(key)
            index = self.proxy.mapFromSource(row.index()) if row is not None else None
            if index is not None and index.isValid():
                selection.select(index, QItemSelectionModel.Select | QItemSelectionModel.Rows)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.NoUpdate)
        return first

    def focused_node(self) -> str | None:
        """The node of the tree's current row while the tree has the keyboard focus (F2
        renames it), else None."""
        if not self.tree.hasFocus():
            return None
        data = self.proxy.data(self.tree.currentIndex(), _ROLE)
        return data[1] if data and data[0] == "node" else None

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
    return (f"{translated(model.node(edge.source))}{ARROW}{translated(model.node(edge.target))}"
            f"{WEIGHT_GAP}{number(edge.weight, 2, signed=True)})")


def _count(key: tuple, the_shape: dict) -> int:
    """How many nodes or edges the heading or group ``key`` holds."""
    if key[0] == "kind":
        return sum(len(the_shape[group]) for group in the_shape[key])
    return len(the_shape.get(key, ()))


class _RowMaker:
    """Makes the rows of a model, and says their texts again; remembers the groups' names
    it showed (``group_names``), so that a node is found by the name its group shows."""

    def __init__(self, model, group_names: dict) -> None:
        self.model = model
        self.group_names = group_names

    def group_name(self, group: str) -> str:
        name = self.group_names.get(group)
        if name is None:
            name = self.group_names[group] = group_name(self.model, group)
        return name

    def texts(self, key: tuple, count: int | str) -> tuple[str, str]:
        """The text of the row ``key`` (holding ``count``, a number or "5 of 72") and the
        text it is found by."""
        what = key[0]
        if what == "node":
            node = self.model.node(key[1])
            shown = translated(node)     # found by its original label too
            group = self.group_name(node.group)
            return shown, f"{shown} {node.label} {node.id} {group} {node.group}"
        if what == "edge":
            edge = self.model.edge(*key[1])
            text = _edge_text(edge, self.model)
            return text, f"{text} {edge.source} {edge.target}"
        if what == "group":      # by the group itself, shown translated
            name = self.group_name(key[2]) or QCoreApplication.translate("Outline", "(no group)")
            return f"{name} ({count})", ""
        if what == "kind":
            return _kind_heading(key[1], count), ""
        return _sign_heading(key[1], count), ""

    def row(self, key: tuple, count: int) -> QStandardItem:
        text, found_by = self.texts(key, count)
        item = QStandardItem(text)
        item.setData(found_by, _ROLE + 1)
        item.setEditable(False)
        if key[0] in ("node", "edge"):
            item.setData(key, _ROLE)
        else:
            item.setData(key, _HOLDER)
        if key[0] == "node":
            item.setToolTip(key[1])
        return item

    def retext(self, item: QStandardItem, key: tuple, count: int | str) -> None:
        """Say the row's texts again, if they changed (an unchanged row is not touched)."""
        text, found_by = self.texts(key, count)
        if item.text() != text:
            item.setText(text)
        if item.data(_ROLE + 1) != found_by:
            item.setData(found_by, _ROLE + 1)


def _kind_heading(kind: str, count: int | str) -> str:
    """The heading of a kind's nodes with their number: ``Actors (3)``."""
    return {"actor": QCoreApplication.translate("Outline", "Actors ({count})"),
            "restriction": QCoreApplication.translate("Outline",
                                                      "Restrictions (levers) ({count})"),
            "factor": QCoreApplication.translate("Outline", "Factors ({count})")}[kind].format(
        count=count)


def _sign_heading(sign: str, count: int | str) -> str:
    """The heading of the edges of a sign with their number: ``Positive edges (3)``."""
    return {"+": QCoreApplication.translate("Outline", "Positive edges ({count})"),
            "-": QCoreApplication.translate("Outline", "Negative edges ({count})"),
            "0": QCoreApplication.translate("Outline", "Zero-weight edges ({count})")}[sign].format(
        count=count)
