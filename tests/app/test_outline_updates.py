"""The Outline after an edit: only the rows concerned change, and the tree stays the one
a fresh build of the model makes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import make_small_model
from windtunnel.app.outline import Outline
from windtunnel.app.outline_shape import changes
from windtunnel.model import Edge, Node, Translations
from windtunnel.model.translations import current

_ROLE = 257   # Qt.UserRole + 1: the row's element key; + 1 the text it is found by


def _tree(outline: Outline) -> list:
    """Each row's depth, text, key, found-by text and tooltip, in order."""
    out = []

    def walk(item, depth: int) -> None:
        for row in range(item.rowCount()):
            child = item.child(row)
            out.append((depth, child.text(), child.data(_ROLE), child.data(_ROLE + 1),
                        child.toolTip()))
            walk(child, depth + 1)
    walk(outline.items.invisibleRootItem(), 0)
    return out


def _fresh(model) -> list:
    outline = Outline()
    outline.set_model(model)
    tree = _tree(outline)
    outline.set_model(None)
    outline.deleteLater()
    return tree


class _Signals:
    """The rows the Outline's item model inserted and removed, and its resets."""

    def __init__(self, outline: Outline) -> None:
        self.inserted, self.removed, self.resets = [], [], 0
        items = outline.items
        items.rowsInserted.connect(lambda parent, first, last: self.inserted.append(
            [items.itemFromIndex(items.index(row, 0, parent)).text()
             for row in range(first, last + 1)]))
        items.rowsAboutToBeRemoved.connect(lambda parent, first, last: self.removed.append(
            [items.itemFromIndex(items.index(row, 0, parent)).text()
             for row in range(first, last + 1)]))
        items.modelAboutToBeReset.connect(self._reset)
        items.layoutAboutToBeChanged.connect(self._reset)

    def _reset(self, *args) -> None:
        self.resets += 1


@pytest.fixture
def outline(qtbot):
    widget = Outline()
    qtbot.addWidget(widget)
    widget.set_model(make_small_model())
    return widget


def _settled(outline: Outline, qtbot) -> None:
    qtbot.waitUntil(lambda: not outline._timer.isActive())


def test_an_added_node_and_edge_insert_their_rows_alone(outline, qtbot):
    model = outline.model
    seen = _Signals(outline)
    model.add_node(Node("tax", "Export tax", kind="restriction", group="United States"))
    model.add_edge(Edge("tax", "leak", -0.5))
    _settled(outline, qtbot)
    assert seen.resets == 0 and seen.removed == []
    assert sorted(seen.inserted) == [["Export tax"], ["Export tax \u2192 Leakage  (\u22120.50)"]]
    assert _tree(outline) == _fresh(model)
    assert "United States (2)" in [row[1] for row in _tree(outline)]


def test_a_deleted_node_removes_its_rows_and_undo_puts_them_back(outline, qtbot):
    model = outline.model
    outline.show_selection(["ban"], [])
    seen = _Signals(outline)
    removal = model.remove("node", "lab")
    _settled(outline, qtbot)
    assert seen.resets == 0 and seen.inserted == []
    assert sorted(text for run in seen.removed for text in run) == [
        "China (1)", "Leakage \u2192 Rival lab  (+0.40)", "Rival lab \u2192 Leakage  (\u22120.30)"]
    model.restore(removal)
    _settled(outline, qtbot)
    assert seen.resets == 0 and _tree(outline) == _fresh(model)
    selected = outline.tree.selectionModel().selectedRows()       # kept all along
    assert [outline.proxy.data(index) for index in selected] == ["Access ban"]


def test_a_sign_change_moves_one_edge_row(outline, qtbot):
    model = outline.model
    outline.search.setText("leak")
    seen = _Signals(outline)
    model.update_edge("ban", "leak", weight=-0.2)
    _settled(outline, qtbot)
    assert seen.resets == 0
    assert seen.removed == [["Access ban \u2192 Leakage  (+0.60)"]]
    assert seen.inserted == [["Access ban \u2192 Leakage  (\u22120.20)"]]
    assert "Access ban \u2192 Leakage  (\u22120.20)" in outline.visible_labels()   # still filtered
    negative = [e for e in model.edges if e.weight < 0]
    shown = sum(1 for e in negative if "leak" in e.key)
    assert f"Negative edges ({shown} of 2)" in [row[1] for row in _tree(outline)]


def test_a_relabel_rewrites_the_node_and_its_edges_rows(outline, qtbot):
    model = outline.model
    seen = _Signals(outline)
    changed = []
    outline.items.dataChanged.connect(
        lambda first, last, roles: changed.append(outline.items.itemFromIndex(first).text()))
    model.update_node("leak", label="Spillover")
    _settled(outline, qtbot)
    assert seen.resets == 0 and seen.inserted == seen.removed == []
    assert set(changed) == {"Spillover", "Access ban \u2192 Spillover  (+0.60)",
                            "Spillover \u2192 Rival lab  (+0.40)",
                            "Rival lab \u2192 Spillover  (\u22120.30)"}
    assert _tree(outline) == _fresh(model)


def test_changes_remove_and_insert_runs_of_neighbours():
    assert changes(list("abcdef"), list("abXYef")) == [
        ("remove", 2, ["c", "d"]), ("insert", 2, ["X", "Y"])]
    assert changes(list("abc"), list("abc")) == []
    assert changes(list("abc"), list("abcd")) == [("insert", 3, ["d"])]
    assert changes(list("abcb"), list("abb")) == [("remove", 2, ["c"])]
    assert changes(list("abc"), list("cab")) is None


_IDS = ["n0", "n1", "n2", "n3", "n4", "n5"]
_KINDS = ["actor", "restriction", "factor"]
_GROUPS = ["", "East", "West", "North"]

_edits = st.lists(st.one_of(
    st.tuples(st.just("add node"), st.sampled_from(_IDS), st.sampled_from(_KINDS),
              st.sampled_from(_GROUPS), st.integers(0, 10)),
    st.tuples(st.just("remove node"), st.integers(0, 10)),
    st.tuples(st.just("add edge"), st.integers(0, 10), st.integers(0, 10),
              st.sampled_from([-0.5, 0.0, 0.3]), st.integers(0, 40)),
    st.tuples(st.just("remove edge"), st.integers(0, 40)),
    st.tuples(st.just("weight"), st.integers(0, 40), st.sampled_from([-0.7, 0.0, 0.2, 0.9])),
    st.tuples(st.just("node"), st.integers(0, 10), st.sampled_from(_KINDS),
              st.sampled_from(_GROUPS), st.sampled_from(["Alpha", "Beta", "Gamma"])),
    st.tuples(st.just("group name"), st.sampled_from(_GROUPS[1:]), st.sampled_from(["Ost", ""])),
    st.tuples(st.just("undo"),),
), max_size=12)


def _apply(model, edit, removals: list) -> None:
    """Make ``edit``; an undo restores the last removal while nothing else came after it
    (``removals``: the removals since the last other edit, as an undo stack holds them)."""
    nodes, edges = model.nodes, model.edges
    what = edit[0]
    if what not in ("remove node", "remove edge", "undo"):
        removals.clear()
    if what == "add node" and model.node(edit[1]) is None:
        model.insert_node(min(edit[4], len(nodes)),
                          Node(edit[1], edit[1].upper(), kind=edit[2], group=edit[3]))
    elif what == "remove node" and nodes:
        removals.append(model.remove("node", nodes[edit[1] % len(nodes)].id))
    elif what == "add edge" and nodes:
        source, target = nodes[edit[1] % len(nodes)].id, nodes[edit[2] % len(nodes)].id
        if source != target and model.edge(source, target) is None:
            model.insert_edge(min(edit[4], len(edges)), Edge(source, target, edit[3]))
    elif what == "remove edge" and edges:
        removals.append(model.remove("edge", edges[edit[1] % len(edges)].key))
    elif what == "weight" and edges:
        model.update_edge(*edges[edit[1] % len(edges)].key, weight=edit[2])
    elif what == "node" and nodes:
        node = nodes[edit[1] % len(nodes)]
        model.replace("node", replace(node, kind=edit[2], group=edit[3], label=edit[4]))
    elif what == "group name":
        names = {"en": {edit[1]: edit[2]}} if edit[2] else {}
        model.set_group_translations(Translations.from_dict(names))
    elif what == "undo" and removals:
        model.restore(removals.pop())


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(_edits, min_size=1, max_size=3))
def test_the_outline_stays_a_fresh_build_after_random_edits(qtbot, edits):
    """Edits in bursts (each burst one update, as within one event-loop turn)."""
    outline = Outline()
    qtbot.addWidget(outline)
    model = make_small_model()
    outline.set_model(model)
    removals: list = []
    try:
        for burst in edits:
            for edit in burst:
                _apply(model, edit, removals)
            outline._update()
            assert _tree(outline) == _fresh(model)
    finally:
        outline.set_model(None)


def test_a_new_original_label_is_found_under_a_translation(outline, qtbot):
    """The language shows the node's translation, unchanged by the edit: the search still
    finds the node by the original label it has now, as a fresh build does."""
    model = outline.model
    node = model.node("leak")
    model.replace("node", replace(node, translations=Translations.from_dict(
        {current(): {"label": "Fuite"}})))
    _settled(outline, qtbot)
    model.update_node("leak", label="Spillover")
    _settled(outline, qtbot)
    outline.search.setText("Spillover")
    assert outline.visible_labels() == ["Fuite"]
    outline.search.clear()                  # the headings count all their rows again
    assert _tree(outline) == _fresh(model)


def _hidden_matches(outline: Outline) -> list:
    """The node and edge rows the filter lets through that sit in a folded row."""
    out = []

    def walk(parent, shown: bool) -> None:
        for row in range(outline.proxy.rowCount(parent)):
            index = outline.proxy.index(row, 0, parent)
            if outline.proxy.data(index, _ROLE) and not shown:
                out.append(outline.proxy.data(index))
            walk(index, shown and outline.tree.isExpanded(index))
    walk(outline.tree.rootIndex(), True)
    return out


def test_a_match_an_edit_brings_under_a_typed_filter_is_unfolded(outline, qtbot):
    """The filter hid the Factors heading; an added node and a relabelled one that match
    it bring the heading back unfolded down to them, as typing the filter does."""
    model = outline.model
    outline.search.setText("Zed")
    model.add_node(Node("zed", "Zed", kind="factor", group="Global"))
    _settled(outline, qtbot)
    assert "Zed" in outline.visible_labels() and _hidden_matches(outline) == []
    model.update_node("ban", label="Zed ban")
    _settled(outline, qtbot)
    assert "Zed ban" in outline.visible_labels() and _hidden_matches(outline) == []


def test_a_clicked_edge_row_stays_the_marked_one_when_its_sign_moves_it(outline, qtbot):
    """The row a click marked moves to the other sign's heading; the tree must not mark
    the neighbour that slid into its place, while the map still selects the edge."""
    model = outline.model
    clicked = next(outline.proxy.mapFromSource(item.index())
                   for key, item in outline._rows.items() if key == ("edge", ("ban", "leak")))
    outline.tree.setCurrentIndex(clicked)             # what a click on the row does
    outline.show_selection([], [("ban", "leak")])     # the map selects the edge it names
    model.update_edge("ban", "leak", weight=-0.2)
    _settled(outline, qtbot)
    selected = outline.tree.selectionModel().selectedRows()
    assert [outline.proxy.data(index) for index in selected] == [
        "Access ban \u2192 Leakage  (\u22120.20)"]
    assert outline.proxy.data(outline.tree.currentIndex()) == (
        "Access ban \u2192 Leakage  (\u22120.20)")


def _headings(outline: Outline) -> list[str]:
    """The texts of the heading and group rows the filter shows."""
    out = []

    def walk(parent) -> None:
        for row in range(outline.proxy.rowCount(parent)):
            index = outline.proxy.index(row, 0, parent)
            if not outline.proxy.data(index, _ROLE):
                out.append(outline.proxy.data(index))
                walk(index)
    walk(outline.tree.rootIndex())
    return out


def test_a_typed_filter_numbers_each_heading_by_the_rows_it_shows(outline, qtbot):
    """Filtered, a heading says how many of its rows show ("Positive edges (1 of 3)"; it
    said "(3)" beside the one row shown), also after an edit; cleared, its total again."""
    model = outline.model
    totals = _headings(outline)
    outline.search.setText("leak")
    shown = _headings(outline)
    edges = sum(1 for e in model.edges if e.weight > 0)
    leak_edges = sum(1 for e in model.edges if e.weight > 0 and "leak" in e.key)
    assert f"Positive edges ({leak_edges} of {edges})" in shown
    assert all(" of " in text for text in shown), shown
    model.add_edge(Edge("lab", "ban", 0.4))          # no match: the count of all grows
    _settled(outline, qtbot)
    assert f"Positive edges ({leak_edges} of {edges + 1})" in _headings(outline)
    model.remove_edge("lab", "ban")
    _settled(outline, qtbot)
    outline.search.clear()
    assert _headings(outline) == totals
