"""The results workbook and the reasons of a change speak the chosen language: the result
sheets' names, headers and labels are translated, the model sheets keep the file format's
English names and columns, so a workbook written in any language re-imports as the model."""

from __future__ import annotations

import io

import openpyxl
import pytest

from windtunnel.cli import language as cli_language
from windtunnel.engine import run
from windtunnel.engine.reasons import reasons
from windtunnel.io import import_model, results_workbook_bytes

#: Excel refuses these in a sheet name, and names longer than 31 characters.
FORBIDDEN = set("[]:*?/\\")
MODEL_SHEETS = ["Model", "Nodes", "Edges", "Scenarios", "Interventions", "Overrides",
                "Objectives", "Sources"]


@pytest.fixture
def speak(core_catalogues):
    """Install the compiled core catalogue of a language; English again afterwards."""
    def install(tag: str) -> None:
        assert cli_language.install(tag, core_catalogues)
    yield install
    cli_language.install("en")


@pytest.fixture(scope="module")
def small():
    from conftest import make_small_model

    model = make_small_model()
    return model, run(model, samples=16, seed=1)


@pytest.mark.parametrize("tag, summary, node_id, about", [
    ("ja", "サマリー", "ノード ID", "概要"),
    ("zh-CN", "摘要", "节点 ID", "关于"),
    ("zh-HK", "摘要", "節點 ID", "關於"),
])
def test_result_sheets_are_translated_and_model_sheets_keep_the_format(
        speak, small, tmp_path, tag, summary, node_id, about):
    model, results = small
    english = openpyxl.load_workbook(io.BytesIO(results_workbook_bytes(results, model)))
    speak(tag)
    data = results_workbook_bytes(results, model)
    book = openpyxl.load_workbook(io.BytesIO(data))
    names = book.sheetnames
    assert names[0] == about and summary in names
    assert not {"About", "Summary", "Scorecard", "Uncertainty", "Metrics"} & set(names)
    assert names[-len(MODEL_SHEETS):] == MODEL_SHEETS
    for name in names:
        assert len(name) <= 31 and not FORBIDDEN & set(name), name
    header = [c.value for c in book[summary][1]]
    assert header[0] == node_id
    scorecard = [c.value for c in book[names[2]][1]]
    assert scorecard[6].startswith("Strict ban") and not scorecard[6].endswith("change")
    for name in MODEL_SHEETS:
        assert (list(book[name].iter_rows(values_only=True))
                == list(english[name].iter_rows(values_only=True))), name
    about_labels = [row[0] for row in book[about].iter_rows(values_only=True) if row[0]]
    assert "Seed" not in about_labels and "Model hash (SHA-256)" not in about_labels
    path = tmp_path / f"results-{tag}.xlsx"
    path.write_bytes(data)
    assert import_model(path).model == model


def test_english_workbook_keeps_english_names(small):
    model, results = small
    names = openpyxl.load_workbook(io.BytesIO(results_workbook_bytes(results, model))).sheetnames
    assert names[:3] == ["About", "Summary", "Scorecard"]


def test_reasons_speak_japanese(speak):
    routes = [(["a", "x", "t"], "lever", 1.0, "A"), (["b", "x", "t"], "lever", 0.5, "B"),
              (["c", "y", "t"], "lever", 0.3, "C"), (["d", "t"], "lever", 0.01, "D"),
              (["e", "t"], "lever", 0.01, "E")]
    labels = {n: n.upper() for n in "abcdexyt"}
    english_shown, english_rest = reasons(routes, 1.82, labels, max_reasons=1)
    speak("ja")
    shown, rest = reasons(routes, 1.82, labels, max_reasons=1)
    assert english_shown[0].title == "via X (2 routes)"
    assert shown[0].title == "X 経由（2 経路）"
    assert english_rest.text.startswith("3 other routes (via Y")
    assert rest.text.startswith("他の 3 経路（") and "Y" in rest.text
    assert [r.value for r in shown] == [r.value for r in english_shown]
