"""The results workbook: every sheet holds what the engine found, safely, and re-imports."""

from __future__ import annotations

import hashlib
import io

import numpy as np
import openpyxl
import pandas as pd
import pytest

from io_helpers import cells, quote_prefixed_styles
from windtunnel import __version__
from windtunnel.engine import analyse, run
from windtunnel.io import import_model, results_workbook_bytes, write_results_workbook
from windtunnel.io.resultsbook.scenarios import (TABLE_ROW, column_of_step,
                                                scenario_sheet_title)
from windtunnel.model import Node, dumps


@pytest.fixture(scope="module")
def hostile_model():
    from conftest import make_small_model

    model = make_small_model()
    model.update_node("lab", label="=cmd|' /C calc'!A0")
    return model


@pytest.fixture(scope="module")
def outcome(hostile_model):
    results = run(hostile_model, samples=64, seed=3)
    data = results_workbook_bytes(results, hostile_model)
    return hostile_model, results, data


def _book(data):
    return openpyxl.load_workbook(io.BytesIO(data))


def test_sheets_come_in_order(outcome):
    _model, _results, data = outcome
    assert _book(data).sheetnames == [
        "About", "Summary", "Scorecard", "S1 Strict ban", "Uncertainty", "Explanations",
        "Loops", "Metrics", "Model", "Nodes", "Edges", "Scenarios", "Interventions",
        "Overrides", "Objectives", "Sources"]


def test_about_records_what_was_run(outcome):
    model, results, data = outcome
    about = {row[0]: row[1] for row in _book(data)["About"].iter_rows(values_only=True)
             if row and row[0]}
    assert about["Windtunnel version"] == __version__
    assert about["Model hash (SHA-256)"] == hashlib.sha256(dumps(model).encode()).hexdigest()
    assert about["Seed"] == 3 and about["Monte Carlo samples"] == 64
    assert about["Inference rule"] == "Modified Kosko"     # as the app names it
    assert about["Baseline"] == str(results.baseline_verdict)
    assert about["Strict ban"] == str(results.scenarios[0].verdict)
    assert "density" in about


def test_summary_ranks_final_changes_with_scales_and_arrows(outcome):
    _model, results, data = outcome
    sheet = _book(data)["Summary"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    change = dict(zip(results.node_ids, results.scenarios[0].final_change))
    assert [r[0] for r in rows] == sorted(change, key=lambda n: -abs(change[n]))
    for row in rows:
        assert row[5] == pytest.approx(change[row[0]])
    rules = [rule.type for rng in sheet.conditional_formatting for rule in rng.rules]
    assert "colorScale" in rules and "iconSet" in rules
    assert sheet.freeze_panes == "C2" and sheet.auto_filter.ref.startswith("A1:")


def test_scorecard_matches_the_engine(outcome):
    _model, results, data = outcome
    sheet = _book(data)["Scorecard"]
    header = [c.value for c in sheet[1]]
    assert header[6:9] == ["Strict ban: change", "Strict ban: met", "Strict ban: P(met)"]
    row = [c.value for c in sheet[2]]
    score = results.scorecard[0]
    assert row[0] == score.objective_id and row[6] == pytest.approx(score.change)
    assert row[7] == ("yes" if score.met else "no")
    assert row[8] == pytest.approx(score.probability)


def test_scenario_sheet_has_trajectories_and_native_charts(outcome):
    _model, results, data = outcome
    sheet = _book(data)["S1 Strict ban"]
    result = results.scenarios[0]
    header = [c.value for c in sheet[TABLE_ROW]]
    assert header[:6] == ["Node ID", "Label", "Kind", "Series", "Final", "Step 0"]
    assert len(header) == 5 + len(results.time)
    series = {}
    for row in sheet.iter_rows(min_row=TABLE_ROW + 1, values_only=True):
        series[(row[3], row[0])] = row[5:]
    for i, node in enumerate(results.node_ids):
        assert np.allclose(series[("change", node)], result.change[:, i])
        assert np.allclose(series[("scenario", node)], result.states[:, i])
        assert np.allclose(series[("baseline", node)], results.baseline[:, i])
    assert ("change P5", "leak") in series or ("change P5", "lab") in series
    assert len(sheet._charts) == 3
    assert sheet[f"{column_of_step(0)}{TABLE_ROW}"].value == "Step 0"
    assert sheet.freeze_panes == "C1"


def test_uncertainty_lists_final_bands(outcome):
    _model, results, data = outcome
    rows = list(_book(data)["Uncertainty"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(results.node_ids) * len(results.scenarios)
    u = results.scenarios[0].uncertainty
    i = results.node_index(rows[0][1])
    assert rows[0][4] == pytest.approx(u.band(5)[-1, i])
    assert rows[0][9] == pytest.approx(u.p_increase[-1, i])


def test_explanations_loops_and_metrics(outcome):
    _model, _results, data = outcome
    book = _book(data)
    explanations = [r for r in book["Explanations"].iter_rows(min_row=2, values_only=True)
                    if r[1] == "leak"]
    change = explanations[0][3]
    assert change == pytest.approx(_results.scenario("strict").final_change[   # to the
        _results.node_index("leak")], rel=1e-5)                                 # digits kept
    views = [r[4] for r in explanations]
    assert views == ["reason"] * views.count("reason") + ["rest"] + ["lever"] * 2
    reasons = [r for r in explanations if r[4] in ("reason", "rest")]
    levers = [r for r in explanations if r[4] == "lever"]
    # adds up, to the digits kept
    assert sum(r[7] for r in reasons) == pytest.approx(change, abs=1e-5)
    assert sum(r[7] for r in levers) == pytest.approx(change, abs=1e-5)
    assert reasons[0][6].startswith("the changed weight of =cmd")           # the override
    assert reasons[-1][6].startswith("14 other routes (via ")                # named rest
    assert {r[6] for r in levers} == {"Access ban", "the changed weight of =cmd|' /C "
                                                    "calc'!A0 \u2192 Leakage"}
    about = {row[0]: row[3:5] for row in book["About"].iter_rows(values_only=True)
             if row and row[0] in ("Baseline", "Strict ban")}
    assert about["Strict ban"][0] in ("the only possible answer",
                                      "the same answer from every start tried")
    assert about["Baseline"][1]                                           # and why
    loops = list(book["Loops"].iter_rows(min_row=2, values_only=True))
    assert loops[0][1] in ("reinforcing", "balancing")
    metrics = list(book["Metrics"].iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in metrics} == {"ban", "leak", "lab"}


def test_hostile_labels_stay_text_everywhere(outcome):
    _model, _results, data = outcome
    prefixed = quote_prefixed_styles(data)
    for title in ("Summary", "S1 Strict ban", "Metrics", "Nodes", "Uncertainty"):
        found = cells(data, title)
        assert not any(kind == "formula" for kind, _s, _t in found.values())
        hostile = [(k, s) for k, s, t in found.values() if t.startswith("=cmd")]
        assert hostile and all(k == "inlineStr" and s in prefixed for k, s in hostile)


def test_results_workbook_re_imports_as_the_model(outcome, tmp_path):
    model, results, _data = outcome
    path = tmp_path / "results.xlsx"
    write_results_workbook(results, model, path)
    assert import_model(path).model == model


def test_pandas_reads_it_with_an_explicit_engine(outcome):
    _model, results, data = outcome
    frame = pd.read_excel(io.BytesIO(data), sheet_name="Summary", engine="openpyxl")
    assert list(frame["Node ID"])[0] in results.node_ids
    assert frame["Strict ban"].abs().max() == pytest.approx(
        np.abs(results.scenarios[0].final_change).max())


def test_without_samples_or_objectives_the_sheets_say_so(small_model):
    for objective in small_model.objectives:
        small_model.remove("objective", objective.id)
    results = run(small_model)
    data = results_workbook_bytes(results, small_model)
    book = _book(data)
    assert book["Uncertainty"]["A2"].value.startswith("No Monte Carlo samples")
    assert "no objectives" in book["Scorecard"]["A2"].value
    assert len(book["S1 Strict ban"]._charts) == 2


def test_analysis_explains_the_largest_changes_without_objectives(small_model):
    for objective in small_model.objectives:
        small_model.remove("objective", objective.id)
    analysis = analyse(small_model, run(small_model))
    assert analysis.explanations and analysis.loops is not None


def test_scenario_sheet_titles_are_short_unique_and_legal():
    assert scenario_sheet_title(1, "Ban: chips [all]/cloud?") == "S1 Ban chips all cloud"
    assert len(scenario_sheet_title(12, "x" * 80)) == 31


def test_a_model_with_an_unconnected_node_still_writes(small_model):
    small_model.add_node(Node("alone", "Alone"))
    data = results_workbook_bytes(run(small_model), small_model)
    assert "Alone" in [r[1] for r in _book(data)["Summary"].iter_rows(values_only=True)]


def test_a_model_without_scenarios_or_objectives_writes_a_workbook_that_says_so(small_model):
    small_model.remove("scenario", "strict")
    small_model.remove("objective", "less-leak")
    results = run(small_model, samples=16, seed=1)
    book = _book(results_workbook_bytes(results, small_model))
    assert [t for t in book.sheetnames if t.startswith("S1")] == []
    summary = list(book["Summary"].iter_rows(values_only=True))
    assert summary[0] == ("Node ID", "Label", "Kind", "Group", "Baseline (end)",
                          "Largest |change|")
    assert summary[1][0].startswith("No scenarios yet")
    assert {row[0] for row in summary[2:]} == {"ban", "leak", "lab"}
    assert all(row[5] == 0 for row in summary[2:])
    assert book["Scorecard"]["A2"].value.startswith("No scenarios yet")
    assert "no objectives" in book["Scorecard"]["A3"].value


def test_every_sheet_prints_one_page_wide_with_repeated_headers_and_a_footer(outcome):
    _model, _results, data = outcome
    book = _book(data)
    for ws in book.worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == 0
        assert ws.oddFooter.left.text == "&A" and ws.oddFooter.right.text == "Page &P of &N"
    assert book["Summary"].print_title_rows == "$1:$1"
    assert book["Overrides"].page_setup.orientation == "portrait"  # four narrow columns
    scenario = book["S1 Strict ban"]
    assert scenario.page_setup.orientation == "landscape"
    assert scenario.print_title_rows == f"${TABLE_ROW}:${TABLE_ROW}"
    charts_area, table_area = scenario.print_area.split(",")
    assert charts_area.endswith(f"$A$1:$J${TABLE_ROW - 1}")
    assert table_area.endswith(f"$A${TABLE_ROW}:$E${TABLE_ROW + 3}")  # three change rows


def test_charts_have_the_steps_as_categories_and_fit_a_page(outcome):
    _model, results, data = outcome
    charts = _book(data)["S1 Strict ban"]._charts
    steps = len(results.time)
    for chart in charts:
        assert chart.width <= 25 and chart.height <= 17  # centimetres of a landscape page
        for series in chart.series:
            reference = series.cat.numRef or series.cat.strRef
            first, last = reference.f.split("!")[1].replace("$", "").split(":")
            assert first == f"{column_of_step(0)}{TABLE_ROW}"
            assert last == f"{column_of_step(steps - 1)}{TABLE_ROW}"
    anchors = [c.anchor._from.row for c in charts]
    assert anchors == sorted(anchors) and max(anchors) < TABLE_ROW - 1  # stacked above


@pytest.mark.slow
def test_bundled_explanations_sheet_adds_up_for_every_objective_and_scenario():
    """The sheet shows the Why? panel's answer (engine.breakdown) for the objectives (the
    first MAX_EXPLAINED) under every scenario of the bundled model: at most five reasons and the rest, adding up to
    the change, as do the levers' shares."""
    from itertools import groupby

    from windtunnel.engine import breakdown
    from windtunnel.engine.findings import MAX_EXPLAINED
    from windtunnel.model import load
    from windtunnel.paths import bundled_model

    model = load(bundled_model())
    results = run(model)
    book = _book(results_workbook_bytes(results, model))
    rows = [r for r in book["Explanations"].iter_rows(min_row=2, values_only=True) if r[4]]
    seen = set()
    for (scenario, node), block in groupby(rows, key=lambda r: (r[0], r[1])):
        block = list(block)
        change = block[0][3]
        reasons = [r for r in block if r[4] in ("reason", "rest")]
        assert len(reasons) <= 6 and reasons[-1][4] == "rest"
        # each figure is stored to six significant digits: they add up to the digits kept
        assert sum(r[7] for r in reasons) == pytest.approx(change, abs=1e-5)
        assert sum(r[7] for r in block if r[4] == "lever") == pytest.approx(change, abs=1e-5)
        seen.add((scenario, node))
    explained = list(dict.fromkeys(o.node for o in model.objectives))[:MAX_EXPLAINED]
    moved = {(r.label, n) for r in results.scenarios for n in explained
             if r.final_change[results.node_index(n)] != 0}
    assert seen == moved
    expected = breakdown(model, "whack-a-mole", "misuse-risk")
    sheet = [r[6] for r in rows if (r[0], r[1]) == (expected.scenario, "misuse-risk")
             and r[4] in ("reason", "rest")]
    assert sheet == [r.text for r in (*expected.reasons, expected.rest)]


def test_the_workbook_lists_the_loops_the_structure_tab_lists():
    """A loop of 12 nodes, the longest the Structure tab and the command line search, is
    in the workbook's Loops sheet too (it searched no longer than 10 and said there were
    no loops)."""
    from windtunnel.engine import compiled_model, find_loops
    from windtunnel.model import Edge, Model

    ids = [f"n{i}" for i in range(12)]
    model = Model.from_elements(
        title="Ring", nodes=[Node(i, f"Node {i}", position=(k * 90.0, 0.0))
                             for k, i in enumerate(ids)],
        edges=[Edge(a, b, 0.5) for a, b in zip(ids, ids[1:] + ids[:1])])
    shown = find_loops(compiled_model(model))              # as the Structure tab searches
    assert len(shown.loops) == 1
    book = _book(results_workbook_bytes(run(model), model))
    rows = [row for row in book["Loops"].iter_rows(min_row=2, values_only=True) if row[0]]
    assert len(rows) == 1 and rows[0][2] == 12, rows


#: The sheets a results workbook re-imports from: the model's own, to every digit.
MODEL_SHEETS = {"Model", "Nodes", "Edges", "Scenarios", "Interventions", "Overrides",
                "Objectives", "Sources", "Participants", "Ratings"}


def test_results_are_stored_rounded_and_the_model_to_every_digit(tmp_path):
    """Results read 2.65, not 2.6500000000000004 (nor an About density of
    0.07378048780487804): stored to six significant digits; the model sheets keep every
    digit of a weight or rating, so the workbook re-imports as the model exactly."""
    from windtunnel.io.resultsbook import RESULT_DIGITS
    from windtunnel.model import load
    from windtunnel.paths import bundled_model

    model = load(bundled_model("ai-export-controls-2026-voices.wtm"))
    edge = model.edges[0]
    model.update_edge(edge.source, edge.target, weight=0.123456789)
    path = tmp_path / "results.xlsx"
    path.write_bytes(results_workbook_bytes(run(model, samples=0), model))
    book = _book(path.read_bytes())
    rounded = 0
    for sheet in book.worksheets:
        if sheet.title in MODEL_SHEETS:
            continue
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if type(value) is float:
                    assert value == float(f"{value:.{RESULT_DIGITS}g}"), (sheet.title, value)
                    rounded += 1
    assert rounded > 100
    assert any(0.123456789 in row for row in book["Edges"].iter_rows(values_only=True))
    assert import_model(path).model == model
