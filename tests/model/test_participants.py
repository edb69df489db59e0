"""Participants in the document: their checks, their invariants, and their place in files."""

from __future__ import annotations

import json

import pytest

from windtunnel.model import (Edge, LoadError, Model, ModelError, Node, Participant, Rating,
                              Source, dumps, loads)


def _model() -> Model:
    return Model.from_elements(
        sources=[Source("memo", "Memo")],
        nodes=[Node("a", "A"), Node("b", "B"), Node("c", "C")],
        edges=[Edge("a", "b", 0.5), Edge("b", "c", -0.4)],
        participants=[Participant("p1", "Analyst", ratings=(
            Rating("a", "b", 0.9, sources=("memo",)), Rating("b", "c", term="-H"),
            Rating("a", "c", 0.2))),
            Participant("p2", "Participant 2", ratings=(Rating("a", "b", 0.1),))])


def test_a_rating_needs_a_weight_or_a_term_and_only_known_terms():
    assert ("weight", "a rating needs a weight or a linguistic term") in Rating("a", "b").problems()
    found = dict(Rating("a", "b", term="VERY HIGH").problems())
    assert "is not one of -VH, -H" in found["term"]
    assert dict(Rating("a", "b", 1.5).problems())["weight"] == "1.5 is outside [-1, 1]"
    assert Rating("a", "b", term="+VH").problems() == []


def test_participant_problems_are_located_inside_the_participant():
    bad = Participant("p", " ", credibility=-1.0,
                      ratings=(Rating("a", "b", 0.3), Rating("a", "b", term="+L")))
    found = dict(bad.problems())
    assert found["label"] == "is empty"
    assert "credibility" in found
    bad = Participant("p", "P", ratings=(Rating("a", "b", 0.3), Rating("a", "b", term="+L")))
    assert dict(bad.problems())["ratings[1]"] == "edge a \u2192 b is rated twice"


def test_ratings_must_join_known_nodes_and_cite_known_sources():
    model = _model()
    with pytest.raises(ModelError) as info:
        model.add_participant(Participant("p3", "Three", ratings=(
            Rating("a", "zz", 0.1), Rating("a", "b", 0.1, sources=("nowhere",)))))
    text = str(info.value)
    assert "ratings[0].target" in text and "'zz' is not a node" in text
    assert "ratings[1].sources[0]" in text
    assert model.participant("p3") is None


def test_own_nodes_are_the_participants_and_never_shadow_shared_ones():
    model = _model()
    model.add_participant(Participant("p3", "Three", nodes=(Node("x", "Their concept"),),
                                      ratings=(Rating("x", "a", -0.5),)))
    with pytest.raises(ModelError, match="already a node of participant 'p3'"):
        model.add_node(Node("x", "Shared X"))
    with pytest.raises(ModelError, match="'a' is already a shared node"):
        model.add_participant(Participant("p4", "Four", nodes=(Node("a", "Mine"),)))


def test_removing_a_node_drops_its_ratings_and_undo_puts_them_back():
    model = _model()
    before = model.copy()
    removal = model.remove_node("c")
    assert [r.key for r in model.participant("p1").ratings] == [("a", "b")]
    model.restore(removal)
    assert model == before


def test_ratings_of_a_deleted_edge_stay_as_the_participants_own_edges():
    """Deleting a shared edge keeps every rating of it: each becomes that participant's
    own edge (off the shared map, out of the runs), it survives a save, and drawing the
    edge again brings the ratings back into the aggregate."""
    from windtunnel.engine import apply_working_weights, participant_weights, rating_table

    model = _model()
    before = model.copy()
    removal = model.remove("edge", ("a", "b"))
    assert [r.key for r in model.participant("p1").ratings] == [("a", "b"), ("b", "c"),
                                                                ("a", "c")]
    assert model.participant("p2").ratings == before.participant("p2").ratings
    table = rating_table(model)
    assert table.edges[table.shared:] == (("a", "b"), ("a", "c"))   # own edges, not shared
    assert participant_weights(model).edges == (("b", "c"),)
    assert loads(dumps(model)) == model
    model.restore(removal)
    assert model == before
    model.remove("edge", ("a", "b"))
    model.add_edge(Edge("a", "b", 0.0))
    apply_working_weights(model)
    assert model.edge("a", "b").weight == pytest.approx((0.9 + 0.1) / 2)


def test_removing_a_source_drops_it_from_ratings_and_undo_restores_it():
    model = _model()
    before = model.copy()
    removal = model.remove("source", "memo")
    assert model.participant("p1").ratings[0].sources == ()
    model.restore(removal)
    assert model == before


def test_participants_round_trip_through_the_file():
    model = _model()
    assert loads(dumps(model)) == model


def test_a_hostile_participant_in_a_file_is_refused_with_its_location():
    data = json.loads(dumps(_model()))
    data["participants"][1]["credibility"] = "lots"
    data["participants"][1]["ratings"][0]["weight"] = 7
    data["participants"][0]["ratings"][2]["term"] = "=HYPERLINK(1)"
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data))
    text = str(info.value)
    assert "participants[1].ratings[0].weight: 7 is outside [-1, 1]" in text
    assert "participants[0].ratings[2].term: '=HYPERLINK(1)' is not one of -VH" in text


def test_a_participant_field_of_the_wrong_type_is_named():
    data = json.loads(dumps(_model()))
    data["participants"][1]["credibility"] = "lots"
    with pytest.raises(LoadError, match=r"participants\[1\]\.credibility: 'lots' is not a number"):
        loads(json.dumps(data))


def test_text_that_cannot_be_saved_is_refused_where_it_sits_in_a_participant():
    text = dumps(_model()).replace('"label": "Analyst"', '"label": "An\\ud83d"')
    with pytest.raises(LoadError, match=r"participants\[0\]\.label: holds a lone surrogate"):
        loads(text)


def test_participants_that_are_not_objects_or_lists_are_refused():
    data = json.loads(dumps(_model()))
    data["participants"][0]["ratings"] = {"a": 1}
    data["participants"][1] = "P2"
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data))
    text = str(info.value)
    assert "participants[0].ratings: is not a list" in text
    assert "participants[1]: 'P2' is not an object" in text
