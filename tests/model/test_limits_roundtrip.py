"""Whatever Windtunnel writes, it reads back: a model at every documented limit saves and
loads unchanged; one step past a limit is refused by the model itself; a model whose file
would pass the file-size limit is refused at save, and nothing is written."""

from __future__ import annotations

import pytest

from windtunnel.model import (Edge, Intervention, LoadError, Model, ModelError, Node,
                              Objective, SaveError, Scenario, Settings, Source,
                              WeightOverride, load, save)
from windtunnel.model.vocabulary import (MAX_COORDINATE, MAX_ID, MAX_LABEL, MAX_SAMPLES,
                                       MAX_STEPS, MAX_TAGS, MAX_TEXT)
from windtunnel.model.fileformat import MAX_FILE_BYTES

LABEL = "L" * (MAX_LABEL - 1) + "é"      # non-ASCII: the limit counts characters, not bytes
TEXT = "✓" * MAX_TEXT


def model_at_the_limits() -> Model:
    long_id = "a" * MAX_ID
    sources = [Source(f"s{i}", "T" * (2 * MAX_LABEL), publisher=LABEL, date=LABEL,
                      citation=TEXT, note=TEXT) for i in range(MAX_TAGS * 4)]
    source_ids = tuple(s.id for s in sources)
    return Model.from_elements(
        title=LABEL, description=TEXT,
        settings=Settings(steps=MAX_STEPS, time_unit="u" * 40, samples=MAX_SAMPLES,
                          seed=2**63 - 1, steepness=1e3, convergence_nodes=(long_id,)),
        sources=sources,
        nodes=[Node(long_id, LABEL, kind="restriction", group=LABEL, initial=-1.0,
                    description=TEXT, sources=source_ids,
                    position=(-MAX_COORDINATE, MAX_COORDINATE), tags=(LABEL,) * MAX_TAGS),
               Node("b", LABEL, initial=1.0, position=(MAX_COORDINATE, -MAX_COORDINATE))],
        edges=[Edge(long_id, "b", -1.0, delay=MAX_STEPS, low=-1.0, high=-1.0,
                    rationale=TEXT, sources=source_ids),
               Edge("b", long_id, 1.0, delay=MAX_STEPS, confidence="low")],
        scenarios=[Scenario("x" * MAX_ID, LABEL, description=TEXT,
                            interventions=(Intervention(long_id, "pulse", -1.0, MAX_STEPS),
                                           Intervention("b", "clamp", 1.0, MAX_STEPS,
                                                        MAX_STEPS)),
                            overrides=(WeightOverride(long_id, "b", 1.0),))],
        objectives=[Objective("o" * MAX_ID, LABEL, "b", "increase", threshold=2.0,
                              importance=10.0)])


def test_a_model_at_every_limit_saves_and_loads_unchanged(tmp_path):
    model = model_at_the_limits()
    path = tmp_path / "limits.wtm"
    save(model, path)
    assert load(path) == model


@pytest.mark.parametrize("edit", [
    lambda m: m.set_info(title=LABEL + "x"),
    lambda m: m.set_info(title=" "),
    lambda m: m.set_info(description=TEXT + "x"),
    lambda m: m.update_node("b", label=LABEL + "x"),
    lambda m: m.update_node("b", tags=(LABEL,) * (MAX_TAGS + 1)),
    lambda m: m.update_node("b", position=(MAX_COORDINATE * 1.01, 0.0)),
    lambda m: m.update_edge("b", "a" * MAX_ID, delay=MAX_STEPS + 1),
    lambda m: m.set_settings(Settings(steps=MAX_STEPS + 1)),
    lambda m: m.set_settings(Settings(samples=MAX_SAMPLES + 1)),
    lambda m: m.set_settings(Settings(time_unit="u" * 41)),
    lambda m: m.add_node(Node("c" * (MAX_ID + 1), "C")),
], ids=["title", "blank title", "description", "label", "tags", "position", "delay", "steps",
        "samples", "time unit", "id"])
def test_one_step_past_a_limit_is_refused_by_the_model(edit):
    model = model_at_the_limits()
    with pytest.raises(ModelError):
        edit(model)
    assert model == model_at_the_limits()


def test_a_model_too_large_for_its_file_is_refused_at_save_and_nothing_is_written(tmp_path):
    count = MAX_FILE_BYTES // (3 * MAX_TEXT) + 1        # "✓" is 3 bytes in UTF-8
    model = Model.from_elements(nodes=[Node(f"n{i}", "N", description=TEXT)
                                       for i in range(count)])
    path = tmp_path / "big.wtm"
    with pytest.raises(SaveError, match=r"big.wtm: the model file would be 64.1 MB, more than "
                                        r"the 64 MB a model file may have; nothing was "
                                        r"written"):
        save(model, path)
    assert list(tmp_path.iterdir()) == []


def test_the_largest_model_file_that_saves_also_loads(tmp_path):
    count = MAX_FILE_BYTES // (3 * MAX_TEXT) - 2
    model = Model.from_elements(nodes=[Node(f"n{i}", "N", description=TEXT)
                                       for i in range(count)])
    path = tmp_path / "big.wtm"
    save(model, path)
    assert MAX_FILE_BYTES - 2**20 < path.stat().st_size <= MAX_FILE_BYTES
    assert load(path) == model


def test_a_file_past_the_size_limit_is_refused_at_load_with_its_size(tmp_path):
    path = tmp_path / "huge.wtm"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(LoadError, match=r"huge.wtm: the file is 64 MB; models are at most 64 MB"):
        load(path)
