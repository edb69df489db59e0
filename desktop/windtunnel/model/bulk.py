"""Edges made in bulk from columns of values: the edge's own checks run a column at a time,
and the edges they pass are built without a per-field constructor call (and nodes moved
to their laid-out positions without one).

An importer holds a table's values as columns (one list per field). :func:`sound_edges`
says, row by row, whether :meth:`Edge.problems` of the edge made from that row would be
empty, without making the edge: each field's check (the same helper ``Edge.problems``
calls) runs once per *distinct* value of its column (values told apart by type too, so
that ``1``, ``1.0`` and ``True`` are each checked), and only the checks that join two
fields (an edge to itself, bounds around the weight) run per row. A row it does not pass
is left to ``Edge(...).problems()``, which names each problem, so messages never change.

:func:`trusted_edges` builds the edges of rows :func:`sound_edges` passed: the instances'
slots are set directly a column at a time, by the setters ``Edge.__init__`` stores them
with (:data:`~windtunnel.model.elements.EDGE_SLOT_SETTERS`), with no Python call per edge
(a quarter fewer instructions than an ``Edge(...)`` per row).
Only importers call it, and only on rows found sound; ``tests/model/test_model_bulk.py`` checks both against
``Edge(**fields)`` and ``problems()`` on hostile values.
"""

from __future__ import annotations

from collections import deque
from dataclasses import fields
from itertools import chain, repeat
from operator import attrgetter, eq, is_, itemgetter

from .checks import (NO_TRANSLATIONS, check_choice, check_id, check_ids, check_number,
                     check_text)
from .elements import EDGE_SLOT_SETTERS, Edge, Node
from .translations import Translations
from .vocabulary import (CONFIDENCES, MAX_COORDINATE, MAX_LABEL, MAX_STEPS, MAX_TEXT,
                         NODE_KINDS, is_valid_id)

__all__ = ["EDGE_FIELDS", "NODE_FIELDS", "sound_edges", "trusted_edges", "edge_keys",
           "fitting_keys", "sound_nodes", "fitting_ids", "new_node", "trusted_nodes", "moved"]

#: The fields of an edge, in the order of its dataclass.
EDGE_FIELDS = tuple(f.name for f in fields(Edge))
_DEFAULTS = {f.name: f.default for f in fields(Edge) if f.name not in ("source", "target",
                                                                        "weight")}


def _optional_bound(out, name, value):
    if value is not None:
        check_number(out, name, value, -1.0, 1.0)


def _translations(out, name, value):
    """None, or (an edge's default translations, or an equal empty set, aside) a mark that
    leaves the row to ``Edge.problems()``."""
    if value is not NO_TRANSLATIONS and not (type(value) is Translations
                                             and value == NO_TRANSLATIONS):
        out.append((name, ""))


#: The one-field check of each field, as ``Edge.problems`` makes it.
_FIELD_CHECKS = {
    "source": check_id,
    "target": check_id,
    "weight": lambda out, name, value: check_number(out, name, value, -1.0, 1.0),
    "delay": lambda out, name, value: check_number(out, name, value, 0, MAX_STEPS,
                                                    integer=True),
    "confidence": lambda out, name, value: check_choice(out, name, value, CONFIDENCES),
    "low": _optional_bound,
    "high": _optional_bound,
    "rationale": lambda out, name, value: check_text(out, name, value, MAX_TEXT),
    "sources": check_ids,
    "unrated_weight": _optional_bound,
    "unrated_low": _optional_bound,
    "unrated_high": _optional_bound,
    "translations": _translations,
}


def _texts_within(limit: int):
    """Every value is ASCII text of at most ``limit`` characters (``check_text``'s usual
    case, which it passes at once)."""
    return lambda column: (set(map(type, column)) == {str} and "".join(column).isascii()
                           and max(map(len, column)) <= limit)


def _numbers_within(kinds: set, lo, hi):
    """Every value is of one of ``kinds`` (exact types) and within [lo, hi]: no NaN (a sum
    holding one is NaN, and so is a sum of both infinities), then the least and greatest
    (``check_number``'s usual case, which it passes at once)."""
    def within(column):
        if not set(map(type, column)) <= kinds:
            return False
        try:
            total = sum(column)
        except OverflowError:            # an integer too large for a float beside floats
            return False
        return total == total and lo <= min(column) and max(column) <= hi
    return within


def _ids(column):
    """Every value is text and a valid id (each distinct one checked once)."""
    return set(map(type, column)) == {str} and all(map(is_valid_id, set(column)))


#: Whole-column tests that settle a column of the usual values at once (True: every value
#: passes its field's check); a column they do not settle is checked value by value.
_COLUMN_CHECKS = {
    "source": _ids,
    "target": _ids,
    "weight": _numbers_within({float, int}, -1.0, 1.0),
    "delay": _numbers_within({int}, 0, MAX_STEPS),
    "confidence": lambda column: (set(map(type, column)) == {str}
                                  and set(column) <= set(CONFIDENCES)),
    "rationale": _texts_within(MAX_TEXT),
}


def _sound_values(name: str, column: list) -> list[bool] | None:
    """Whether each value of the column passes its field's check; None when a value cannot
    be told apart from the others by type and value (not hashable)."""
    settled = _COLUMN_CHECKS.get(name)
    if column and settled is not None and settled(column):
        return [True] * len(column)
    check = _FIELD_CHECKS[name]
    try:
        distinct = set(zip(map(type, column), column))
    except TypeError:
        return None
    bad = set()
    for kind, value in distinct:
        out: list = []
        check(out, name, value)
        if out:
            bad.add((kind, value))
    if not bad:
        return [True] * len(column)
    return [(type(value), value) not in bad for value in column]


def sound_edges(columns: dict[str, list]) -> list[bool]:
    """For each row of ``columns`` (field -> values; a field left out takes its default),
    whether ``Edge(**row).problems()`` is empty. False may also mean "not settled here":
    the caller then asks the edge itself."""
    count = len(columns["source"])
    rows = [True] * count
    for name in EDGE_FIELDS:
        if name not in columns:
            continue
        sound = _sound_values(name, columns[name])
        if sound is None:
            return [False] * count
        if not all(sound):
            rows = [a and b for a, b in zip(rows, sound)]
    sources, targets, weights = columns["source"], columns["target"], columns["weight"]
    if any(map(eq, sources, targets)):
        rows = [ok and a != b for ok, a, b in zip(rows, sources, targets)]
    rows = _bounds_hold(rows, columns, weights, "")
    if any(name in columns for name in ("unrated_weight", "unrated_low", "unrated_high")):
        rows = _bounds_hold(rows, columns, columns.get("unrated_weight", [None] * count),
                            "unrated_")
    return rows


def _bounds_hold(rows: list[bool], columns: dict[str, list], weights: list,
                 prefix: str) -> list[bool]:
    """``rows`` where the bounds ``{prefix}low`` and ``{prefix}high`` lie on either side of
    their weight (a bound without a weight, the map's own before the ratings, does not)."""
    for name, wrong in (("low", lambda bound, weight: bound > weight),
                        ("high", lambda bound, weight: bound < weight)):
        bounds = columns.get(prefix + name)
        if bounds is not None and any(bound is not None for bound in bounds):
            rows = [ok and (bound is None or weight is not None and not wrong(bound, weight))
                    for ok, bound, weight in zip(rows, bounds, weights)]
    return rows


def trusted_edges(columns: dict[str, list]) -> list[Edge]:
    """The edges of the rows of ``columns``, every row of which :func:`sound_edges` passed
    (a field left out takes its default), equal to ``Edge(**row)`` for each row: blank
    edges made at once, then each field's slot filled a column at a time (no Python call
    per edge)."""
    count = len(columns["source"])
    out = list(map(object.__new__, repeat(Edge, count)))
    for name in EDGE_FIELDS:
        values = columns[name] if name in columns else repeat(_DEFAULTS[name], count)
        deque(map(EDGE_SLOT_SETTERS[name], out, values), maxlen=0)
    return out


#: An edge's key, ``(source, target)``, read without a call of the ``key`` property.
_KEY = attrgetter("source", "target")


def edge_keys(edges) -> list[tuple[str, str]]:
    """The key of each edge (``edge.key``), read at C speed."""
    return list(map(_KEY, edges))


def fitting_keys(edges: list, nodes: dict, sources: dict) -> dict[tuple[str, str], Edge] | None:
    """``edges`` by their keys when every one (each already free of its own problems)
    passes the model's checks as the first edges of a model with ``nodes`` and ``sources``
    (by key): each is an :class:`Edge`, no two join the same ordered pair, each joins two
    nodes and cites only sources. None: the model checks edge by edge and names each
    problem. Each key is read and hashed once: the caller files the edges by this dict."""
    if not set(map(type, edges)) <= {Edge}:
        return None
    keys = edge_keys(edges)
    filed = dict(zip(keys, edges))
    if len(filed) != len(keys) or not set(chain.from_iterable(keys)) <= nodes.keys():
        return None
    cited = set(chain.from_iterable(map(attrgetter("sources"), edges)))
    return filed if cited <= sources.keys() else None


def fitting_ids(nodes: list, sources: dict, participants: list) -> dict[str, Node] | None:
    """``nodes`` by their ids when every one (each already free of its own problems)
    passes the model's checks as the first nodes of a model with ``sources`` (by key) and
    no participant: each is a :class:`Node`, no two share an id, each cites only sources.
    None: the model checks node by node and names each problem."""
    if participants or not set(map(type, nodes)) <= {Node}:
        return None
    filed = dict(zip(map(attrgetter("id"), nodes), nodes))
    if len(filed) != len(nodes):
        return None
    cited = set(chain.from_iterable(set(map(attrgetter("sources"), nodes))))
    return filed if cited <= sources.keys() else None


def _passes(check, *limits, **options):
    """Whether a value passes ``check`` (a ``check_*`` helper of ``Node.problems``)."""
    def passes(value):
        out: list = []
        check(out, "", value, *limits, **options)
        return not out
    return passes


def _usual_position(value) -> bool:
    """A pair of numbers on the canvas (what ``Node.problems`` passes; anything else is
    left to it)."""
    return (type(value) is tuple and len(value) == 2
            and all(type(axis) in (float, int)
                    and -MAX_COORDINATE <= axis <= MAX_COORDINATE for axis in value))


#: For each field of a node, a test of one value: True only when ``Node.problems`` finds
#: nothing in that field. The fields it checks in ways of its own (a position, tags, the
#: lever flag, translations) pass their usual values only: any other leaves the nodes to
#: ``Node.problems``, which names each problem.
_NODE_CHECKS = {
    "id": is_valid_id,
    "label": _passes(check_text, MAX_LABEL, required=True),
    "kind": _passes(check_choice, NODE_KINDS),
    "group": _passes(check_text, MAX_LABEL),
    "initial": _passes(check_number, -1.0, 1.0),
    "description": _passes(check_text),
    "sources": _passes(check_ids),
    "position": _usual_position,
    "tags": lambda value: type(value) is tuple and value == (),
    "lever": lambda value: type(value) is bool,
    "translations": lambda value: value is NO_TRANSLATIONS,
}


def _positions_within(column) -> bool:
    """Every value is a pair of numbers on the canvas (``_usual_position``'s case, read a
    column at a time)."""
    if set(map(type, column)) != {tuple} or set(map(len, column)) != {2}:
        return False
    within = _numbers_within({float, int}, -MAX_COORDINATE, MAX_COORDINATE)
    return within(list(map(itemgetter(0), column))) and within(list(map(itemgetter(1), column)))


#: Whole-column tests that settle the usual columns of nodes at once (True: every value
#: passes its field's check in ``_NODE_CHECKS``); other columns go value by value.
_NODE_COLUMN_CHECKS = {
    "id": _ids,
    "label": lambda column: _texts_within(MAX_LABEL)(column) and all(map(str.strip, column)),
    "position": _positions_within,
}


def sound_nodes(nodes: list) -> bool:
    """Whether every one of ``nodes`` is a :class:`Node` whose ``problems()`` is empty,
    checked a field at a time: a field whose every node holds one object (a default) by
    that object, the usual ids, labels and positions a column at a time, any other field
    each distinct value once. False may also mean "not settled here": the caller then
    asks each node."""
    if not set(map(type, nodes)) <= {Node}:
        return False
    for name, check in _NODE_CHECKS.items():
        column = list(map(attrgetter(name), nodes))
        if column and all(map(is_, column, repeat(column[0]))):
            column = column[:1]
        settled = _NODE_COLUMN_CHECKS.get(name)
        if column and settled is not None and settled(column):
            continue
        try:
            distinct = set(zip(map(type, column), column))
        except TypeError:                  # an unhashable value: only the node can tell
            return False
        if not all(check(value) for _kind, value in distinct):
            return False
    return True


#: The fields of a node, in the order of its dataclass.
NODE_FIELDS = tuple(f.name for f in fields(Node))
#: A node's fields but its id and label, with their defaults.
_NODE_DEFAULTS = {f.name: f.default for f in fields(Node) if f.name not in ("id", "label")}


def new_node(node_id: str, label: str) -> Node:
    """``Node(node_id, label)``, every other field its default, made without the frozen
    dataclass's constructor, which sets each of its eleven fields by a call: an import
    makes a node for each name its edges give, and the model checks each when it takes it."""
    node = object.__new__(Node)
    node.__dict__.update(id=node_id, label=label, **_NODE_DEFAULTS)
    return node


def trusted_nodes(columns: dict[str, list]) -> list[Node]:
    """The nodes of the rows of ``columns`` (field -> values; a field left out takes its
    default), each equal to ``Node(**row)``, made without the constructor: for rows
    checked already, or whose nodes :func:`sound_nodes` checks next."""
    count = len(columns["id"])
    values = [columns[name] if name in columns else repeat(_NODE_DEFAULTS[name], count)
              for name in NODE_FIELDS]
    new, out = object.__new__, []
    for row in zip(*values):
        node = new(Node)
        node.__dict__.update(zip(NODE_FIELDS, row))
        out.append(node)
    return out


def moved(nodes: list[Node], positions: dict[str, tuple[float, float]]) -> list[Node]:
    """The nodes at ``positions`` (by id), each equal to ``replace(node, position=...)``,
    copied without the constructor (the model checks nodes when it takes them)."""
    new = object.__new__
    out = []
    for node in nodes:
        copy = new(Node)
        state = copy.__dict__
        state.update(node.__dict__)
        state["position"] = positions[node.id]
        out.append(copy)
    return out
