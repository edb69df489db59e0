"""What a computation reads of a model: its numbers and choices, not its words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from windtunnel.model import computed_content, load
from windtunnel.paths import bundled_model


@pytest.fixture
def model():
    return load(bundled_model("ai-export-controls-2026-voices.wtm"))


def test_words_and_drawing_leave_it_unchanged(model):
    before = computed_content(model)
    edge, node = model.edges[0], model.nodes[0]
    model.update_edge(edge.source, edge.target, rationale="Pasted notes. " * 50)
    model.update_node(node.id, label="Renamed", description="Said otherwise",
                      position=(120.0, -40.0))
    scenario = model.scenarios[0]
    model.update("scenario", scenario.id, label="Another name")
    voice = model.participants[0]
    model.update_participant(voice.id, label="Someone", ratings=tuple(
        replace(r, rationale="because") for r in voice.ratings))
    model.set_info(title="A new title")
    assert computed_content(model) == before


@pytest.mark.parametrize("change", ["weight", "delay", "initial", "rating", "steps"])
def test_a_number_the_engine_reads_changes_it(model, change):
    before = computed_content(model)
    edge, node, voice = model.edges[0], model.nodes[0], model.participants[0]
    if change == "weight":
        model.update_edge(edge.source, edge.target, weight=-edge.weight or 0.5)
    elif change == "delay":
        model.update_edge(edge.source, edge.target, delay=edge.delay + 1)
    elif change == "initial":
        model.update_node(node.id, initial=0.5 if node.initial != 0.5 else 0.25)
    elif change == "rating":
        rating = voice.ratings[0]                       # rated by a term ("-H")
        model.update_participant(voice.id, ratings=(
            replace(rating, term="+VH" if rating.term != "+VH" else "-VH"),
            *voice.ratings[1:]))
    else:
        model.set_settings(replace(model.settings, steps=model.settings.steps + 1))
    assert computed_content(model) != before


def test_without_the_participants_only_the_weights_they_make_count(model):
    """A computation that reads the map's weights, not the participants' maps, is not
    concerned by a participant who has rated nothing, nor by how ratings are aggregated
    (both read through the edges' weights); a weight their ratings moved counts."""
    from windtunnel.model import Participant

    before, everything = computed_content(model, participants=False), computed_content(model)
    model.add_participant(Participant("participant-6", "\u5f20\u4f1f"))
    model.set_settings(replace(model.settings, aggregation="median",
                               aggregation_zeros="include"))
    assert computed_content(model, participants=False) == before
    assert computed_content(model) != everything       # the participants' maps changed
    edge = model.edges[0]
    model.update_edge(edge.source, edge.target, weight=-edge.weight or 0.5)
    assert computed_content(model, participants=False) != before
