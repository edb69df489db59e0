"""An edge is an immutable value, though its constructor is written by hand (it stores each
field straight into its slot): no field can be assigned or deleted, no attribute added,
and equality, hash, ``replace`` and ``fields`` are those of the dataclass."""

from __future__ import annotations

import inspect
from dataclasses import MISSING, FrozenInstanceError, fields, replace

import pytest

from windtunnel.model import Edge, Translations
from windtunnel.model.bulk import EDGE_FIELDS, trusted_edges

#: A value for each field of an edge, none of them its default.
GIVEN = {"source": "a", "target": "b", "weight": 0.5, "delay": 2, "confidence": "high",
         "low": 0.25, "high": 0.75, "rationale": "why", "sources": ("s1",),
         "unrated_weight": 0.3, "unrated_low": 0.1, "unrated_high": 0.4,
         "translations": Translations.from_dict({"ja": {"rationale": "x"}})}


def test_the_constructor_takes_the_fields_in_their_order_with_their_defaults():
    """The hand-written signature cannot drift from the dataclass's fields: ``replace``,
    the file readers and ``Edge(*row)`` in the importers all rely on it."""
    parameters = list(inspect.signature(Edge).parameters.values())
    assert [p.name for p in parameters] == [f.name for f in fields(Edge)] == list(EDGE_FIELDS)
    for parameter, declared in zip(parameters, fields(Edge)):
        expected = inspect.Parameter.empty if declared.default is MISSING else declared.default
        assert parameter.default is expected, parameter.name
    assert set(GIVEN) == set(EDGE_FIELDS)


def test_every_field_is_stored_as_given_by_position_and_by_name():
    by_name, by_position = Edge(**GIVEN), Edge(*GIVEN.values())
    for edge in (by_name, by_position):
        assert {f.name: getattr(edge, f.name) for f in fields(Edge)} == GIVEN
    assert by_name == by_position and hash(by_name) == hash(by_position)
    plain = Edge("a", "b", 0.5)
    assert {f.name: getattr(plain, f.name) for f in fields(Edge)
            if f.default is not MISSING} == {f.name: f.default for f in fields(Edge)
                                             if f.default is not MISSING}


@pytest.mark.parametrize("name", EDGE_FIELDS)
def test_no_field_can_be_assigned_or_deleted(name):
    edge = Edge(**GIVEN)
    with pytest.raises(FrozenInstanceError):
        setattr(edge, name, GIVEN["weight"])
    with pytest.raises(FrozenInstanceError):
        delattr(edge, name)
    assert getattr(edge, name) == GIVEN[name]


def test_no_attribute_can_be_added():
    """A name that is not a field is refused too (Python 3.13's frozen, slotted dataclass
    says so with a TypeError from its ``__setattr__``: what matters is that it is refused)."""
    edge = Edge("a", "b", 0.5)
    with pytest.raises((FrozenInstanceError, AttributeError, TypeError)):
        edge.note = "x"
    assert not hasattr(edge, "note") and not hasattr(edge, "__dict__")
    assert Edge.__slots__ == EDGE_FIELDS


def test_equality_hash_and_replace_are_by_value():
    edge = Edge(**GIVEN)
    moved = replace(edge, weight=-0.5, low=None, high=None)
    assert moved.weight == -0.5 and moved.low is None and moved.source == "a"
    assert edge.weight == 0.5                         # the original is untouched
    assert moved != edge and replace(moved, weight=0.5, low=0.25, high=0.75) == edge
    assert hash(replace(moved, weight=0.5, low=0.25, high=0.75)) == hash(edge)
    assert len({edge, Edge(**GIVEN), moved}) == 2
    with pytest.raises(TypeError):
        replace(edge, colour="red")


def test_the_bulk_builder_makes_the_edges_the_constructor_makes():
    columns = {"source": ["a", "c"], "target": ["b", "a"], "weight": [0.5, -1.0],
               "rationale": ["why", ""]}
    built = trusted_edges(columns)
    assert built == [Edge("a", "b", 0.5, rationale="why"), Edge("c", "a", -1.0)]
    with pytest.raises(FrozenInstanceError):
        built[0].weight = 0.0
