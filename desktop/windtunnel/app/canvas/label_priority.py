"""Which nodes the map labels name first, kept in step with the map edit by edit.

When the zoomed-out map has room for only some labels (:mod:`.map_labels`), they go to
the most important nodes first: the selected nodes, the nodes just added or edited (the
scene's ``recent_nodes``), the objectives' nodes, the nodes the results ask for first
(the scene's ``labelled_first``), the other levers, then the most connected (the sum of
a node's edges' absolute weights), then by id.

Working that out over every edge at each edit held a big map's window for a twentieth
of a second, so :class:`LabelPriority` follows the model's signals instead: an edit
marks the nodes it touched (an edge's two ends, a node, an objective's node), and the
next :meth:`LabelPriority.order` ranks those again, and those that joined or left the
selection, the recent nodes or the results' list, moving each in a sorted list. A node's
connectedness is the exactly rounded sum of its edges' weights (``math.fsum``), so it
is the same whatever the order its edges came and went in, and the order is the one a
ranking from scratch gives.
"""

from __future__ import annotations

import bisect
import math

__all__ = ["LabelPriority"]

#: The place in the results' list of a node that is not in it (after every one that is).
_NOT_FIRST = math.inf

_EDITS = ("node_added", "node_removed", "node_changed", "edge_added", "edge_removed",
          "edge_changed", "objective_added", "objective_removed", "objective_changed")


class LabelPriority:
    """The nodes of a scene's map, most important first (see the module docstring)."""

    def __init__(self) -> None:
        self._model = None
        self._weights: dict[str, dict[tuple[str, str], float]] = {}   # node -> its edges'
        self._goals: dict[str, int] = {}          # objectives' nodes -> how many objectives
        self._ranks: dict[str, tuple] = {}        # node id -> its sort key
        self._sorted: list[tuple] = []            # every sort key, in order
        self._order: list[str] = []
        self._marks: tuple = ((), (), ())         # selection, recent nodes, results' list
        self._touched: set[str] = set()           # nodes an edit may have ranked anew
        #: Counts the changes of the order or of any node's rank (placements compare it).
        self.version = 0

    def order(self, scene) -> list[str]:
        """The scene's node ids, most important first."""
        model = scene.model
        marks = (tuple(scene.selected_node_ids()), scene.recent_nodes, scene.labelled_first)
        before, self._marks = self._marks, marks
        if model is not self._model:
            self._follow(model)
            self._rank_all(scene)
            return self._order
        if marks != before:
            self._touched.update(_marked_differently(before, marks))
        if self._touched:
            self._rank_again(scene)
        if len(self._ranks) != len(scene.node_items):      # a scene still being built
            self._rank_all(scene)
        return self._order

    def rank(self, node_id: str) -> tuple | None:
        """``node_id``'s sort key in the last :meth:`order` (None: not ranked)."""
        return self._ranks.get(node_id)

    # -- following the model -----------------------------------------------------------------

    def _follow(self, model) -> None:
        if self._model is not None:
            for name in _EDITS:
                getattr(self._model, name).disconnect(getattr(self, f"_{name}"))
        self._model = model
        for name in _EDITS:
            getattr(model, name).connect(getattr(self, f"_{name}"))
        self._weights = {node.id: {} for node in model.nodes}
        for edge in model.edges:
            self._add_edge(edge)
        self._goals = {}
        for objective in model.objectives:
            self._goals[objective.node] = self._goals.get(objective.node, 0) + 1

    def _add_edge(self, edge) -> None:
        for end in (edge.source, edge.target):
            self._weights.setdefault(end, {})[edge.key] = abs(edge.weight)
            self._touched.add(end)

    def _remove_edge(self, edge) -> None:
        for end in (edge.source, edge.target):
            self._weights.get(end, {}).pop(edge.key, None)
            self._touched.add(end)

    def _node_added(self, _index: int, node) -> None:
        self._weights.setdefault(node.id, {})
        self._touched.add(node.id)

    def _node_removed(self, _index: int, node) -> None:
        self._weights.pop(node.id, None)
        self._touched.add(node.id)

    def _node_changed(self, _index: int, old, new) -> None:
        self._touched.update((old.id, new.id))

    def _edge_added(self, _index: int, edge) -> None:
        self._add_edge(edge)

    def _edge_removed(self, _index: int, edge) -> None:
        self._remove_edge(edge)

    def _edge_changed(self, _index: int, old, new) -> None:
        self._remove_edge(old)
        self._add_edge(new)

    def _objective_added(self, _index: int, objective) -> None:
        self._goals[objective.node] = self._goals.get(objective.node, 0) + 1
        self._touched.add(objective.node)

    def _objective_removed(self, _index: int, objective) -> None:
        left = self._goals.pop(objective.node, 0) - 1
        if left > 0:
            self._goals[objective.node] = left
        self._touched.add(objective.node)

    def _objective_changed(self, index: int, old, new) -> None:
        self._objective_removed(index, old)
        self._objective_added(index, new)

    # -- ranking -----------------------------------------------------------------------------

    def _key(self, node, chosen, recent, first) -> tuple:
        node_id = node.id
        degree = math.fsum(self._weights.get(node_id, {}).values())
        return (node_id not in chosen, node_id not in recent, node_id not in self._goals,
                first.get(node_id, _NOT_FIRST), not node.is_lever, -degree, node_id)

    def _sets(self):
        chosen, recent, first = self._marks
        return set(chosen), set(recent), _places_in(first)

    def _rank_all(self, scene) -> None:
        sets, items = self._sets(), scene.node_items
        self._ranks = {node.id: self._key(node, *sets)
                       for node in scene.model.nodes if node.id in items}
        self._sorted = sorted(self._ranks.values())
        self._order = [key[-1] for key in self._sorted]
        self._touched.clear()
        self.version += 1

    def _rank_again(self, scene) -> None:
        """Rank the touched nodes again, each moved in the sorted list."""
        model, items, sets = scene.model, scene.node_items, self._sets()
        moved = False
        for node_id in self._touched:
            old = self._ranks.pop(node_id, None)
            node = model.node(node_id) if node_id in items else None
            new = self._key(node, *sets) if node is not None else None
            if new == old:
                if old is not None:
                    self._ranks[node_id] = old
                continue
            if old is not None:
                del self._sorted[bisect.bisect_left(self._sorted, old)]
            if new is not None:
                bisect.insort(self._sorted, new)
                self._ranks[node_id] = new
            moved = True
        self._touched.clear()
        if moved:
            self._order = [key[-1] for key in self._sorted]
            self.version += 1


def _places_in(node_ids) -> dict[str, int]:
    return {node_id: place for place, node_id in enumerate(node_ids)}


def _marked_differently(before: tuple, after: tuple) -> set[str]:
    """The nodes whose place in the selection, the recent nodes or the results' list
    differs between the marks ``before`` and ``after``."""
    (chosen, recent, first), (chosen_now, recent_now, first_now) = before, after
    places, places_now = _places_in(first), _places_in(first_now)
    return (set(chosen) ^ set(chosen_now)) | (set(recent) ^ set(recent_now)) | {
        node_id for node_id in places.keys() | places_now.keys()
        if places.get(node_id) != places_now.get(node_id)}
