"""The exploration workbook's numbers: what an analyst reads, without the arithmetic's noise."""

from __future__ import annotations

import io
from dataclasses import replace

import openpyxl
import pytest

from windtunnel.engine import discover, explore, robustness, sobol_indices
from windtunnel.engine.designs import LeverRange
from windtunnel.engine.globalsensitivity import option_point
from windtunnel.io.explorebook import explore_workbook_bytes
from windtunnel.io.xlsx import RESULT_DIGITS
from windtunnel.model import load
from windtunnel.paths import bundled_model


@pytest.fixture(scope="module")
def exploration():
    """A small exploration of the bundled model: a lever on a grid, boxes and Sobol'."""
    model = load(bundled_model("ai-export-controls-2026.wtm"))
    experiments = explore(model, levers=[LeverRange("licensing", 0.0, 1.0, 3)], futures=30,
                          workers=1, seed=5)
    rows = robustness(experiments)
    discoveries = [discover(experiments, row.option) for row in rows[:2]]
    sobol = sobol_indices(model, base=16, workers=1, seed=5,
                          **option_point(experiments, rows[0].option))
    return model, experiments, rows, discoveries, sobol


def test_the_exploration_workbook_stores_its_figures_as_the_results_workbook_does(exploration):
    """Shares, regrets, densities, Sobol' indices, objective values and drawn weights read
    as the results workbook's do (six significant digits: a share of 0.933333, not
    0.9333333333333333), where they showed every digit of the arithmetic."""
    model, experiments, rows, discoveries, sobol = exploration
    book = openpyxl.load_workbook(io.BytesIO(explore_workbook_bytes(
        model, experiments, rows, discoveries, sobol)))
    rounded = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if type(value) is float:
                    assert value == float(f"{value:.{RESULT_DIGITS}g}"), (sheet.title, value)
                    rounded[sheet.title] = rounded.get(sheet.title, 0) + 1
    assert {"Robustness", "Boxes", "Sobol", "Experiments", "Futures"} <= set(rounded), rounded
    frame = experiments.futures_frame()
    whole = frame.select_dtypes("float").to_numpy().ravel()
    assert any(value != float(f"{value:.{RESULT_DIGITS}g}") for value in whole)   # drawn


def test_a_boxs_shares_read_as_percentages_and_its_bounds_as_levels(exploration):
    """The Boxes sheet gave density, coverage and mass as bare fractions (0.05) beside a
    sentence saying "5% of all futures" and a Robustness sheet of percentages."""
    model, experiments, rows, discoveries, sobol = exploration
    sheet = openpyxl.load_workbook(io.BytesIO(explore_workbook_bytes(
        model, experiments, rows, discoveries, sobol)))["Boxes"]
    formats = {}
    for column in sheet.iter_cols(min_row=2):
        written = [cell for cell in column if cell.value is not None]
        if written:
            formats[sheet.cell(1, column[0].column).value] = written[0].number_format
    assert {formats[c] for c in ("density", "coverage", "mass")} == {"0%"}
    bounds = {formats[c] for c in ("at least", "at most") if c in formats}
    assert bounds == {"0.000"}
    assert formats["box"] == "0"


def test_an_experiments_objective_values_read_as_signed_changes_and_its_levers_as_levels(
        exploration):
    """Each objective's value is a change from the baseline, written as the results
    workbook writes a change (+0.123); the lever values as levels (0.500)."""
    model, experiments, rows, discoveries, sobol = exploration
    sheet = openpyxl.load_workbook(io.BytesIO(explore_workbook_bytes(
        model, experiments, rows, discoveries, sobol)))["Experiments"]
    formats = {cell.value: sheet.cell(sheet.max_row, cell.column).number_format
               for cell in sheet[1]}
    assert {formats[o.label] for o in experiments.objectives} == {"+0.000;-0.000;0.000"}
    assert formats[model.node("licensing").label] == "0.000"
    assert formats["future"] == "General"


def _sheets(data: bytes) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}


def test_the_sheets_name_levers_objectives_options_and_weights_by_their_labels(exploration):
    """People read the workbook: its headers and cells gave the levers', objectives' and
    options' ids ("limit-misuse", "export-controls → friction"); only the Robustness
    sheet's option column keeps the ids, beside the labels, as the key of the CSV's rows.
    """
    model, experiments, rows, discoveries, sobol = exploration
    sheets = _sheets(explore_workbook_bytes(model, experiments, rows, discoveries, sobol))
    ids = ({n.id for n in model.nodes} | {o.id for o in experiments.objectives}
           | {o.id for o in experiments.options})
    for title, cells in sheets.items():
        keys = [row[1] for row in cells[1:]] if title == "Robustness" else []
        for value in (v for row in cells for v in row if isinstance(v, str)):
            words = value.replace("met ", "").split(" → ")
            assert value in keys or not ids & set(words), (title, value)
    experiments_header = sheets["Experiments"][0]
    assert model.node("licensing").label in experiments_header
    assert {o.label for o in experiments.objectives} <= set(experiments_header)
    assert {f"met {o.label}" for o in experiments.objectives} <= set(sheets["Robustness"][0])
    labels = {node.id: node.label for node in model.nodes}
    weights = {f"{labels[a]} → {labels[b]}" for a, b in (e.key for e in model.edges)}
    assert set(sheets["Futures"][0][1:]) <= weights
    assert {row[0] for row in sheets["Sobol"][1:] if row[1]} <= {
        o.label for o in experiments.objectives}
    # lever points of equal values share a label: their ids tell them apart
    options = {o.label for o in experiments.options} | {
        f"{o.label} ({o.id})" for o in experiments.options}
    written = {row[1] for row in sheets["Experiments"][1:]}
    assert written <= options and len(written) == len(experiments.options)


def test_two_things_of_one_label_keep_their_ids_apart(exploration):
    """A lever and an objective labelled alike would head two columns alike: each then
    carries its id in brackets."""
    model, experiments, rows, discoveries, sobol = exploration
    objective = experiments.objectives[0]
    lever = model.node("licensing").label
    renamed = replace(experiments, objectives=(replace(objective, label=lever),
                                               *experiments.objectives[1:]))
    header = _sheets(explore_workbook_bytes(model, renamed, rows, discoveries, None))[
        "Experiments"][0]
    assert f"{lever} (licensing)" in header and f"{lever} ({objective.id})" in header
    assert header.count(lever) == 0
