"""The shape of the Outline's tree: which rows a model has, under which, in which order.

Every row has a key: ``("node", id)`` and ``("edge", (source, target))`` for the model's
elements; ``("kind", kind)``, ``("group", kind, group)`` and ``("sign", "+" | "-" | "0")``
for the headings and groups that hold them; :data:`TOP` for the tree's invisible root.
:func:`shape` says, for each row that holds others, the keys of its rows in order: the
kinds' headings, then the edges' by sign; under a kind its groups in the order their first
node comes in the model; under a group or a sign its elements in the model's order. The
Outline builds its rows from a shape, and after an edit compares the model's new shape
with the one it shows to change only the rows concerned. Plain Python: no Qt.
"""

from __future__ import annotations

__all__ = ["TOP", "KINDS", "SIGNS", "shape", "sign_of", "changes"]

#: The key of the tree's invisible root.
TOP = ("top",)

#: The kinds of node, in the Outline's order.
KINDS = ("actor", "restriction", "factor")

#: The signs of edge, in the Outline's order; the zero-weight heading shows only when an
#: edge has no weight.
SIGNS = ("+", "-", "0")


def sign_of(weight: float) -> str | None:
    """The heading an edge of ``weight`` is listed under (None: none, a weight not a number)."""
    return "+" if weight > 0 else "-" if weight < 0 else "0" if weight == 0 else None


def shape(model, nodes: bool = True, edges: bool = True, old: dict | None = None
          ) -> dict[tuple, list[tuple]]:
    """The keys of each holding row's rows, in order, by the holding row's key; the
    nodes' part (kinds and groups) or the edges' part (signs) only when ``nodes`` or
    ``edges``, the other taken from ``old`` (after an edit that left it as it was)."""
    out: dict[tuple, list[tuple]] = {TOP: [("kind", kind) for kind in KINDS]}
    if nodes:
        for kind in KINDS:
            out[("kind", kind)] = []
        for node in model.nodes:
            group = ("group", node.kind, node.group)
            rows = out.get(group)
            if rows is None:
                rows = out[group] = []
                out[("kind", node.kind)].append(group)
            rows.append(("node", node.id))
    else:
        out.update((holder, rows) for holder, rows in old.items() if holder[0] in ("kind", "group"))
    if edges:
        by_sign: dict[str, list[tuple]] = {"+": [], "-": [], "0": [], "": []}
        for edge in model.edges:      # sign_of, written out: 40,000 edges after each edit
            weight = edge.weight
            by_sign["+" if weight > 0 else "-" if weight < 0 else "0" if weight == 0 else ""
                    ].append(("edge", (edge.source, edge.target)))
    else:
        by_sign = {sign: old.get(("sign", sign), []) for sign in SIGNS}
    for sign in SIGNS:
        if by_sign[sign] or sign != "0":
            out[TOP].append(("sign", sign))
            out[("sign", sign)] = by_sign[sign]
    return out


def changes(old: list, new: list) -> list[tuple[str, int, list]] | None:
    """The removals and insertions that make the rows ``old`` into ``new``, as
    ``("remove", row, keys)`` (from the end first, so row numbers hold) then
    ``("insert", row, keys)`` (from the start), each a run of neighbouring rows; None when
    the rows ``old`` and ``new`` share are in another order (never after an edit: the model
    keeps its elements' order). The rows both start and end with are passed over first:
    an edit of a 40,000-edge map touches a few in the middle."""
    if old == new:
        return []
    first, shortest = 0, min(len(old), len(new))
    while first < shortest and old[first] == new[first]:
        first += 1
    last = 0
    while last < shortest - first and old[-1 - last] == new[-1 - last]:
        last += 1
    old, new = old[first:len(old) - last], new[first:len(new) - last]
    wanted = set(new)
    steps: list[tuple[str, int, list]] = []
    run: list = []
    for row in range(len(old) - 1, -1, -1):
        if old[row] in wanted:
            if run:
                steps.append(("remove", first + row + 1, run[::-1]))
                run = []
        else:
            run.append(old[row])
    if run:
        steps.append(("remove", first, run[::-1]))
    kept = set(old)
    if [key for key in new if key in kept] != [key for key in old if key in wanted]:
        return None
    start = 0
    run = []
    for row, key in enumerate(new):
        if key in kept:
            if run:
                steps.append(("insert", first + start, run))
                run = []
        else:
            if not run:
                start = row
            run.append(key)
    if run:
        steps.append(("insert", first + start, run))
    return steps
