"""Whatever text a model holds, every file Windtunnel writes from it is well-formed: XML 1.0
cannot carry most control characters, and openpyxl writes chart titles, series names and
sheet names as given, so each one must be cleaned on the way out, not only the cells."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from windtunnel.engine import run
from windtunnel.errors import ModelError
from windtunnel.io import (graphml_bytes, import_model, model_workbook_bytes,
                           results_workbook_bytes)
from windtunnel.model import (Edge, Intervention, Model, Node, Objective, Scenario, Settings)

from conftest import examples

#: Every character XML 1.0 refuses, and their neighbours that it accepts.
CONTROLS = "".join(map(chr, range(0x20))) + "\x7f\x85\u2028\ufffe\uffff\ufffd"
TEXTS = st.text(alphabet=st.sampled_from(CONTROLS) | st.characters(exclude_categories=("Cs",)),
                min_size=1, max_size=40)


def _model(label: str, scenario: str, unit: str, title: str) -> Model:
    return Model.from_elements(
        title=title, settings=Settings(steps=6, time_unit=unit),
        nodes=[Node("lever", "Lever", kind="restriction"), Node("mid", label),
               Node("out", "Outcome", group=label)],
        edges=[Edge("lever", "mid", 0.5), Edge("mid", "out", 0.5)],
        scenarios=[Scenario("act", scenario, interventions=(Intervention("lever"),)),
                   Scenario("act2", scenario, interventions=(Intervention("mid"),))],
        objectives=[Objective("goal", label, "out", "increase")])


def _assert_well_formed(data: bytes) -> openpyxl.Workbook:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                ET.fromstring(archive.read(name))      # raises on a malformed part
    return openpyxl.load_workbook(io.BytesIO(data))


def test_control_characters_in_labels_unit_and_scenarios_give_a_workbook_that_opens():
    model = _model("M\x01\x1b[2J", "Act\x0b\x00now", "m\x0b", "T\x02itle\ufffe")
    results = run(model)
    book = _assert_well_formed(results_workbook_bytes(results, model))
    scenario_sheets = [n for n in book.sheetnames if n.startswith("S1 ") or n.startswith("S2 ")]
    assert len(scenario_sheets) == 2, book.sheetnames
    assert all("\x0b" not in n and "\x00" not in n for n in book.sheetnames)
    charts = book[scenario_sheets[0]]._charts
    assert charts, "the scenario sheet lost its charts"
    model_book = _assert_well_formed(model_workbook_bytes(model))
    labels = [row[1] for row in model_book["Nodes"].iter_rows(min_row=2, values_only=True)]
    assert "M\ufffd\ufffd[2J" in labels                  # replaced visibly, not dropped
    ET.fromstring(graphml_bytes(model))


@pytest.mark.slow
@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=TEXTS, scenario=TEXTS, unit=TEXTS, title=TEXTS)
def test_any_model_text_gives_well_formed_workbooks_and_graphml(label, scenario, unit, title):
    try:
        model = _model(label, scenario, unit, title)
    except ModelError:
        assume(False)                    # text the model itself refuses never reaches a writer
    results = run(model)
    _assert_well_formed(results_workbook_bytes(results, model))
    _assert_well_formed(model_workbook_bytes(model))
    ET.fromstring(graphml_bytes(model))


@pytest.mark.parametrize("text", ["A\rB", "A\r\nB", "A\nB", "\rA"])
def test_a_carriage_return_in_a_text_reads_back_from_graphml_as_written(tmp_path, text):
    """XML readers take a raw carriage return for a line feed: written as one, a
    description ``A\rB`` came back ``A\nB``. (A label is one line: its breaks become
    spaces on import.)"""
    model = Model.from_elements(nodes=[Node("a", "A", description=text), Node("b", "B")],
                                edges=[Edge("a", "b", 0.5)])
    path = tmp_path / "map.graphml"
    path.write_bytes(graphml_bytes(model))
    assert import_model(path).model.node("a").description == text
