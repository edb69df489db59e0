"""A .wtm file's nodes and edges read a column at a time, when all of a kind are plain and
sound.

A model file may hold hundreds of thousands of edges and thousands of nodes, most of
them as the app writes them: objects of plain fields (no translations), every value
sound. For those, :func:`build_many` gathers each field into a column, normalises it as
:func:`~windtunnel.model.element_reading.build_element` normalises each object's numbers
(only the columns holding a value to normalise), checks the columns the way
:mod:`windtunnel.model.bulk` does for importers (each field's own check once per distinct
value, with the helpers ``problems()`` calls) and builds the elements without a
constructor call: the same elements as one :func:`build_element` per object, with no
``problems()`` per element. Anything else (an object that is not one, an unknown or
missing key, translations, a value any check refuses or does not settle) leaves every
element of the kind to :func:`build_element`, which names each problem at its place
(``edges[3].weight``), so the file's messages never change.
``tests/model/test_columns_reading.py`` compares the two on hostile values.
"""

from __future__ import annotations

from itertools import chain, repeat
from operator import is_

from ..errors import Problem
from .bulk import EDGE_FIELDS, NODE_FIELDS, sound_edges, sound_nodes, trusted_edges, trusted_nodes
from .element_reading import build_element, field_reader
from .elements import Edge, Node

__all__ = ["build_many"]

#: Stands for a required field an object leaves out (missing).
_LEFT_OUT = object()


def _sound_edges(columns: dict[str, list]) -> list[Edge] | None:
    return trusted_edges(columns) if all(sound_edges(columns)) else None


def _sound_nodes(columns: dict[str, list]) -> list[Node] | None:
    nodes = trusted_nodes(columns)
    return nodes if sound_nodes(nodes) else None


#: The kinds read a column at a time: their fields, and how their columns become sound
#: elements (None when one is not).
_KINDS = {Edge: (EDGE_FIELDS, _sound_edges), Node: (NODE_FIELDS, _sound_nodes)}


def build_many(cls, items: list, where: str, problems: list[Problem]) -> list:
    """The elements of a file's list ``where`` of ``cls`` objects, as
    ``build_element(cls, item, f"{where}[{i}]", problems)`` gives each: the same elements,
    the same problems in the same order."""
    if cls in _KINDS:
        elements = _at_once(cls, items)
        if elements is not None:
            return elements
    return [build_element(cls, item, f"{where}[{i}]", problems)
            for i, item in enumerate(items)]


def _at_once(cls, items: list) -> list | None:
    """The elements of ``items`` read a column at a time, or None when one of them needs
    :func:`build_element` (see the module docstring)."""
    if not items or set(map(type, items)) != {dict}:
        return None
    reader = field_reader(cls)
    given = set(chain.from_iterable(items))
    if not reader.required <= given <= reader.plain:
        return None
    names, sound = _KINDS[cls]
    columns: dict[str, list] = {}
    for name in names:
        if name not in given:
            continue                           # left out by every object: its default
        if name in reader.required:
            column = list(map(dict.get, items, repeat(name), repeat(_LEFT_OUT)))
            if any(map(is_, column, repeat(_LEFT_OUT))):
                return None                    # "is missing", said at its place
        else:                                  # an object that leaves it out: its default
            column = list(map(dict.get, items, repeat(name), repeat(reader.defaults[name])))
        if list in set(map(type, column)):     # a JSON list is a tuple in an element
            column = [tuple(value) if type(value) is list else value for value in column]
        columns[name] = reader.normalised(name, column)
    return sound(columns)
