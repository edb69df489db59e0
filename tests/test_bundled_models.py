"""The bundled models: they load, run to a verdict, cite their evidence, match their
authoring scripts, tell the stories of the seed documents, and scenarios/README.md matches a
fresh run.

The authoring scripts live in build/models/ (the scripts are the models' source); these
tests import them to check that the committed .wtm files and README are not stale.
"""

from __future__ import annotations

import importlib
import itertools
import json
import re
import sys
from pathlib import Path

import jsonschema
import numpy as np
import pytest

from windtunnel.cli import main
from windtunnel.engine import run
from windtunnel.model import NODE_KINDS, dumps, load, loads
from windtunnel.paths import DEFAULT_MODEL, bundled_model, bundled_models

REPO = Path(__file__).resolve().parents[1]
AUTHORING = REPO / "build" / "models"
FLAGSHIP = "ai-export-controls-2026.wtm"
TEACHING = "first-steps-access-controls.wtm"
TEMPLATE = "blank-template.wtm"
VOICES = "ai-export-controls-2026-voices.wtm"
SCRIPTS = {FLAGSHIP: "ai_export_controls", TEACHING: "teaching_model",
           TEMPLATE: "blank_template", VOICES: "five_voices"}
GROUPS = {"United States", "China", "Japan", "Hong Kong", "Singapore", "Europe", "Global"}
MODELS = bundled_models()
IDS = [path.name for path in MODELS]


def authoring(module: str):
    """Import an authoring script from build/models/ (they import each other by name)."""
    if str(AUTHORING) not in sys.path:
        sys.path.insert(0, str(AUTHORING))
    return importlib.import_module(module)


@pytest.fixture(scope="module")
def flagship():
    return load(bundled_model(FLAGSHIP))


@pytest.fixture(scope="module")
def flagship_results(flagship):
    return run(flagship)


def _final(results, scenario: str, node: str) -> float:
    return float(results.scenario(scenario).final_change[results.node_index(node)])


# -- every bundled file -------------------------------------------------------------------

def test_the_three_bundled_models_are_installed():
    assert {FLAGSHIP, TEACHING, TEMPLATE} <= set(IDS)
    assert bundled_model().name == DEFAULT_MODEL == FLAGSHIP


@pytest.mark.parametrize("path", MODELS, ids=IDS)
def test_bundled_file_loads_and_is_canonical(path):
    model = load(path)
    text = path.read_text(encoding="utf-8")
    assert dumps(model) == text, "the file is not in the canonical form save() writes"
    assert loads(text) == model


@pytest.mark.parametrize("path", MODELS, ids=IDS)
def test_bundled_file_matches_the_json_schema(path):
    schema = json.loads((REPO / "resources" / "schema" / "windtunnel-model-v7.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)


@pytest.mark.parametrize("path", MODELS, ids=IDS)
def test_every_scenario_runs_to_a_converged_verdict(path):
    model = load(path)
    results = run(model)
    assert model.scenarios, "a bundled model offers at least one scenario"
    assert [r.scenario_id for r in results.scenarios] == [s.id for s in model.scenarios]
    assert results.baseline_verdict.kind == "converged"
    for result in results.scenarios:
        assert result.verdict.kind == "converged", f"{result.label}: {result.verdict}"
        assert np.isfinite(result.change).all()
    assert len(results.scorecard) == len(model.scenarios) * len(model.objectives)


@pytest.mark.parametrize("path", MODELS, ids=IDS)
def test_every_edge_has_a_one_sentence_rationale_and_a_source(path):
    model = load(path)
    for edge in model.edges:
        where = f"{edge.source} -> {edge.target}"
        assert edge.sources, f"{where} cites no source"
        assert edge.rationale.strip(), f"{where} has no rationale"
        assert edge.rationale.endswith("."), f"{where}: the rationale is not a sentence"
        assert not re.search(r"[.!?] [A-Z]", edge.rationale), f"{where}: more than one sentence"
    for node in model.nodes:
        assert node.sources, f"node {node.id} cites no source"
        assert node.description.strip(), f"node {node.id} has no description"
    cited = {s for element in model.edges + model.nodes for s in element.sources}
    assert cited == {s.id for s in model.sources}, "every source is cited, none is missing"


@pytest.mark.parametrize("path", MODELS, ids=IDS)
def test_check_command_finds_no_warnings(path, capsys):
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("0 warnings"), out


@pytest.mark.parametrize("path", MODELS, ids=IDS)
def test_layout_keeps_labels_apart(path):
    """Wrapped labels (~20 characters a line, <= 30 in all) fit in a 150 x 60 px box."""
    model = load(path)
    for node in model.nodes:
        assert len(node.label) <= 30, f"{node.id}: label longer than 30 characters"
    for a, b in itertools.combinations(model.nodes, 2):
        dx, dy = abs(a.position[0] - b.position[0]), abs(a.position[1] - b.position[1])
        assert dx >= 180 or dy >= 100, f"{a.id} and {b.id} are too close ({dx}, {dy})"


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_bundled_file_matches_its_authoring_script(name):
    model = authoring(SCRIPTS[name]).build()
    committed = bundled_model(name).read_text(encoding="utf-8")
    assert dumps(model) == committed, (
        f"scenarios/{name} is stale: run python build/models/{SCRIPTS[name]}.py")


@pytest.mark.slow
def test_readme_matches_a_fresh_run():
    readme = authoring("make_scenarios_readme")
    committed = (REPO / "scenarios" / "README.md").read_text(encoding="utf-8")
    assert readme.render(MODELS) == committed, (
        "scenarios/README.md is stale: run python build/models/make_scenarios_readme.py")


@pytest.mark.parametrize("name", [FLAGSHIP, TEACHING, VOICES])
def test_status_quo_baseline_is_a_steady_state(name):
    """Computed nodes start where the baseline settles, so charts of the status quo are flat."""
    results = run(load(bundled_model(name)), scenarios=[])
    assert np.abs(results.baseline - results.baseline[0]).max() < 0.01


def test_readme_scorecard_agrees_with_the_engine(flagship, flagship_results):
    """Independently of the generator: every scorecard cell is the engine's change and mark."""
    text = (REPO / "scenarios" / "README.md").read_text(encoding="utf-8")
    section = text[text.index(f"### Scorecard: {flagship.title}\n"):]
    section = section[:section.find("\n## ")]        # the flagship's section only
    rows = {row.split("|")[1].strip(): row for row in section.splitlines()
            if row.startswith("| ")}
    scores = {(r.scenario_id, r.objective_id): r for r in flagship_results.scorecard}
    for result in flagship_results.scenarios:
        cells = [c.strip() for c in rows[result.label].strip().strip("|").split("|")[1:]]
        assert len(cells) == len(flagship.objectives)
        for cell, objective in zip(cells, flagship.objectives):
            score = scores[(result.scenario_id, objective.id)]
            assert float(cell.split()[0]) == pytest.approx(score.change, abs=0.005)
            assert ("✓" in cell) == score.met, (result.label, objective.label, cell)


def test_readme_numbers_never_hide_a_tiny_change():
    number = authoring("make_scenarios_readme").number
    assert (number(0.0), number(-0.256), number(0.3), number(-0.0002)) == (
        "0.00", "-0.26", "+0.30", "-2e-04")


# -- the flagship model: the shape the issue asks for ---------------------------------------

def test_flagship_size_groups_and_vocabulary(flagship):
    assert 30 <= len(flagship.nodes) <= 50
    assert {n.group for n in flagship.nodes} == GROUPS
    assert {n.kind for n in flagship.nodes} == set(NODE_KINDS)
    assert flagship.settings.time_unit == "month"
    assert all(e.delay == int(e.delay) for e in flagship.edges)
    assert any(e.delay > 0 for e in flagship.edges)
    assert {e.confidence for e in flagship.edges} == {"low", "medium", "high"}
    levers = {n.id for n in flagship.nodes if n.is_lever}
    assert len(levers) >= 8
    assert not levers & {e.target for e in flagship.edges}, (
        "levers have no incoming edges, so only scenarios move them")


def test_flagship_sources_are_the_five_seed_documents(flagship):
    assert len(flagship.sources) == 5
    for source in flagship.sources:
        assert source.title and source.publisher and source.citation and source.note
        assert re.fullmatch(r"2026-06(-\d\d)?", source.date), source.date


def test_flagship_offers_the_policy_options_and_objectives_of_the_issue(flagship):
    scenarios = {s.id for s in flagship.scenarios}
    assert {"status-quo", "access-suspension", "whack-a-mole", "accountability",
            "capability-dialogue", "hk-hub", "decentralized-safety",
            "licensing-distillation"} <= scenarios
    assert {s for s in scenarios if s.startswith("reading-")}, "disputed readings as scenarios"
    watched = {o.node for o in flagship.objectives}
    assert {"misuse-risk", "restricted-access", "friction", "fragmentation",
            "security-research", "us-labs"} <= watched


# -- the flagship model tells the documents' stories ---------------------------------------

def test_status_quo_is_the_baseline(flagship_results):
    assert np.abs(flagship_results.scenario("status-quo").change).max() == 0.0


def test_access_ban_becomes_a_global_takedown_with_collateral(flagship_results):
    r = flagship_results
    assert _final(r, "access-suspension", "global-takedown") > 0.5
    assert _final(r, "access-suspension", "restricted-access") < 0      # the intended effect
    assert _final(r, "access-suspension", "friction") > 0.2             # who bears it
    assert _final(r, "access-suspension", "sovereign-demand") > 0.2     # the marketing copy
    assert _final(r, "access-suspension", "us-labs") < -0.2             # the own goal
    assert _final(r, "access-suspension", "security-research") < 0      # defenders lose


def test_whack_a_mole_workarounds_come_back(flagship_results):
    """Closing loopholes cuts proxy traffic at once; unmet demand brings part of it back."""
    r = flagship_results.scenario("whack-a-mole")
    proxies = r.change[:, flagship_results.node_index("eu-proxies")]
    assert proxies.min() < proxies[-1] < 0
    assert _final(flagship_results, "whack-a-mole", "friction") > 0.2


def test_disputed_readings_change_the_verdicts(flagship_results):
    r = flagship_results
    # Orchestrator reading: the rivals gain much less from the takedown.
    assert (_final(r, "reading-orchestrators", "beijing-labs")
            < 0.5 * _final(r, "access-suspension", "beijing-labs"))
    # Incumbency reading: licensing gives no safety gain, a larger market gain.
    assert _final(r, "reading-incumbency", "misuse-risk") > _final(
        r, "licensing-distillation", "misuse-risk")
    assert _final(r, "reading-incumbency", "us-labs") > _final(
        r, "licensing-distillation", "us-labs")
    # Security reading: loophole closing limits misuse only when access drives misuse.
    assert _final(r, "whack-a-mole", "misuse-risk") > 0 > _final(
        r, "reading-security", "misuse-risk")


def test_alternatives_trade_access_for_less_misuse(flagship_results):
    r = flagship_results
    for scenario in ("accountability", "capability-dialogue", "decentralized-safety", "hk-hub"):
        assert _final(r, scenario, "misuse-risk") < -0.05, scenario
        assert _final(r, scenario, "security-research") > 0, scenario
    assert _final(r, "accountability", "restricted-access") > 0     # borders relaxed


# -- the teaching model and the template ----------------------------------------------------

def test_teaching_model_is_small_and_shows_a_delay():
    model = load(bundled_model(TEACHING))
    assert 10 <= len(model.nodes) <= 15
    assert {n.kind for n in model.nodes} == set(NODE_KINDS)
    results = run(model, scenarios=["tighten"])
    workarounds = results.scenarios[0].change[:, results.node_index("workarounds")]
    delay = model.edge("access-ban", "workarounds").delay
    assert delay >= 1
    first = int(np.flatnonzero(np.abs(workarounds) > 1e-9)[0])
    assert first == 1 + 1 + delay   # clamped at step 1, felt one step later, plus the delay


def test_template_explains_the_three_node_kinds():
    model = load(bundled_model(TEMPLATE))
    assert sorted(n.kind for n in model.nodes) == sorted(NODE_KINDS)
    for node in model.nodes:
        assert node.description.startswith(node.kind.upper()), node.id
    assert all(word in model.description for word in ("restrictions", "actors", "factors"))


def test_help_page_names_only_what_the_flagship_has(flagship):
    """Every node or scenario the help page's tables name in bold exists in the flagship."""
    text = (REPO / "resources" / "help" / "bundled-models.md").read_text(encoding="utf-8")
    tables = text[text.index("### Where each mechanism"):text.index("### Where the documents")]
    named = set(re.findall(r"\*\*(.+?)\*\*", "\n".join(
        line for line in tables.splitlines() if line.startswith("|"))))
    labels = {n.label for n in flagship.nodes} | {s.label for s in flagship.scenarios}
    assert len(named) > 30
    assert named <= labels, sorted(named - labels)
    assert {s.label for s in flagship.scenarios} <= named, "every scenario is explained"


def test_the_five_voices_are_the_seed_documents_and_every_rating_is_traced():
    """Each participant speaks for one seed document (the US security view for the
    government position the others report); every rating has a term, a rationale and a
    source, and the map's rated weights are the voices' aggregate."""
    from windtunnel.engine import disagreement, rating_table, working_weights

    model = load(bundled_model(VOICES))
    assert len(model.participants) == 5
    cited = {p.id: {s for r in p.ratings for s in r.sources} for p in model.participants}
    assert cited["china-daily-op"] == {"china-daily"}
    assert cited["hk-hub"] == {"inside-ai"}
    assert cited["incumbency-blog"] == {"ban-blog"}
    assert cited["cyber-defence"] == {"security-essay"}
    assert cited["us-security"] <= {s.id for s in model.sources}
    for participant in model.participants:
        for rating in participant.ratings:
            assert rating.term and rating.rationale.strip() and rating.sources
            assert model.edge(*rating.key) is not None, rating.key
    weights = working_weights(model)
    assert {k: model.edge(*k).weight for k in weights} == pytest.approx(weights)
    # the crux of the debate is where the voices disagree most
    found = disagreement(rating_table(model))
    top = found.edges[int(np.argmax(found.spread))]
    assert top == ("restricted-access", "misuse-risk")
