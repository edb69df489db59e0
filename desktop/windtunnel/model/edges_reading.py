"""A .wtm file's edges read a column at a time, when every one of them is plain and sound.

A model file may hold hundreds of thousands of edges, most of them as the app writes
them: an object of plain fields (no translations), every value sound. For those,
:func:`build_edges` gathers each field into a column, normalises it as
:func:`~windtunnel.model.element_reading.build_element` normalises each object's
numbers (only the columns holding a value to normalise), checks the columns with
:func:`~windtunnel.model.bulk.sound_edges` (each field's own check once per distinct
value, as ``Edge.problems`` makes it) and builds the edges with
:func:`~windtunnel.model.bulk.trusted_edges`: the same edges as one
:func:`build_element` per object, with no constructor call and no ``problems()`` per edge.
Anything else (an object that is not one, an unknown or missing key, translations, a
value any check refuses) leaves every edge to :func:`build_element`, which names each
problem at its place (``edges[3].weight``), so the file's messages never change.
``tests/model/test_edges_reading.py`` compares the two on hostile values.
"""

from __future__ import annotations

from itertools import chain, repeat
from operator import is_

from ..errors import Problem
from .bulk import EDGE_FIELDS, sound_edges, trusted_edges
from .element_reading import build_element, field_reader
from .elements import Edge

__all__ = ["build_edges"]

#: Stands for a field an object leaves out (then its default, or missing when required).
_LEFT_OUT = object()


def build_edges(items: list, problems: list[Problem]) -> list[Edge | None]:
    """The edges of a file's ``edges`` list, as ``build_element(Edge, item, "edges[i]",
    problems)`` gives each: the same edges, the same problems in the same order."""
    edges = _at_once(items)
    if edges is not None:
        return edges
    return [build_element(Edge, item, f"edges[{i}]", problems) for i, item in enumerate(items)]


def _at_once(items: list) -> list[Edge] | None:
    """The edges of ``items`` read a column at a time, or None when one of them needs
    :func:`build_element` (see the module docstring)."""
    if not items or set(map(type, items)) != {dict}:
        return None
    reader = field_reader(Edge)
    given = set(chain.from_iterable(items))
    if not reader.required <= given <= reader.plain:
        return None
    columns: dict[str, list] = {}
    for name in EDGE_FIELDS:
        if name not in given:
            continue                           # left out by every edge: its default
        column = list(map(dict.get, items, repeat(name), repeat(_LEFT_OUT)))
        if any(map(is_, column, repeat(_LEFT_OUT))):
            if name in reader.required:
                return None                    # "is missing", said at its place
            default = reader.defaults[name]
            column = [default if value is _LEFT_OUT else value for value in column]
        if list in set(map(type, column)):     # a JSON list is a tuple in an element
            column = [tuple(value) if type(value) is list else value for value in column]
        columns[name] = reader.normalised(name, column)
    if not all(sound_edges(columns)):
        return None
    return trusted_edges(columns)
