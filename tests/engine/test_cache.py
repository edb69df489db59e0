"""The model's revision counter and the compiled-network cache built on it: reused while the
model is unchanged, never stale after an edit, bounded, and never kept alive by the cache."""

from __future__ import annotations

import gc
import weakref
from dataclasses import replace

import numpy as np
import pytest

from windtunnel.engine import cache, clear_cache, compiled_model, run
from windtunnel.model import Edge, Node, Scenario

from .conftest import chain_model, clamp


def test_every_mutation_bumps_the_revision_and_reads_do_not():
    model = chain_model(interventions=[clamp()])
    seen = [model.revision]

    def bumped():
        seen.append(model.revision)
        return seen[-1] > seen[-2]

    _ = model.nodes, model.edges, model.node("mid"), model.settings
    assert model.revision == seen[0]
    model.add_node(Node("extra", "Extra"))
    assert bumped()
    model.add_edge(Edge("out", "extra", 0.3))
    assert bumped()
    model.update_edge("out", "extra", weight=-0.3)
    assert bumped()
    model.update_edge("out", "extra", weight=-0.3)       # no change, no bump
    assert model.revision == seen[-1]
    model.move_nodes({"extra": (5.0, 5.0)})
    assert bumped()
    model.set_settings(replace(model.settings, steps=7))
    assert bumped()
    model.set_info(title="Renamed")
    assert bumped()
    model.add_scenario(Scenario("other", "Other"))
    assert bumped()
    removal = model.remove_node("extra")
    assert bumped()
    model.restore(removal)
    assert bumped()
    assert model.copy().revision == 0          # a new document starts its own count


def test_the_compiled_network_is_reused_until_the_model_changes():
    clear_cache()
    model = chain_model(interventions=[clamp()])
    first = compiled_model(model)
    assert compiled_model(model) is first
    assert compiled_model(model, replace(model.settings, start="ones")) is not first
    model.update_node("lever", initial=0.5)
    again = compiled_model(model)
    assert again is not first and again.initial[0] == 0.5


def test_an_edit_changes_the_next_run():
    clear_cache()
    model = chain_model(interventions=[clamp()])
    before = run(model).scenario("act").final_change.copy()
    model.update_edge("mid", "out", weight=-0.5)
    after = run(model).scenario("act").final_change
    assert after[2] == pytest.approx(-before[2])
    model.add_node(Node("new", "New"))
    assert run(model).node_ids[-1] == "new"


def test_equal_models_do_not_share_and_the_cache_is_bounded_and_weak():
    clear_cache()
    one = chain_model()
    two = chain_model(weights=(0.5, -0.5))
    assert one.revision == two.revision
    assert not np.array_equal(compiled_model(one).weight, compiled_model(two).weight)
    models = [chain_model() for _ in range(cache.CACHE_SIZE + 2)]
    for m in models:
        compiled_model(m)
    assert len(cache.cached_networks()) == cache.CACHE_SIZE
    probe = weakref.ref(models[-1])
    del models, m
    gc.collect()
    assert probe() is None


@pytest.mark.slow
def test_an_entry_goes_when_its_model_goes():
    """Background runs compile snapshots (model.copy()); their networks must not linger in
    the cache or push the open document's network out."""
    clear_cache()
    kept = chain_model(interventions=[clamp()])
    compiled_model(kept)
    for _ in range(cache.CACHE_SIZE + 2):
        compiled_model(kept.copy())
        gc.collect()
    assert len(cache.cached_networks()) == 1
    assert compiled_model(kept) is cache.cached_networks()[0]


def test_a_model_reuses_the_network_compiled_for_its_copy_until_it_is_edited():
    clear_cache()
    model = chain_model(interventions=[clamp()])
    copy = model.copy()
    network = compiled_model(copy)
    cache.share_compiled(copy, model)
    assert compiled_model(model) is network
    model.update_edge("lever", "mid", weight=-0.2)
    assert compiled_model(model) is not network
    assert len(cache.cached_networks()) == 3      # the copy's, the one shared, the edited one
    del copy, network
    gc.collect()
    assert len(cache.cached_networks()) == 2      # the copy's went with the copy
