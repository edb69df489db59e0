"""The results workbook and the reasons of a change speak the chosen language: the result
sheets' names, headers and labels are translated, the model sheets keep the file format's
English names and columns, so a workbook written in any language re-imports as the model."""

from __future__ import annotations

import io
import re

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


# -- nothing left in English -------------------------------------------------------------

def _rated_small_model():
    """The small model with two participants' ratings (for the participants' sheets)."""
    from dataclasses import replace

    from conftest import make_small_model
    from windtunnel.model import Model, Participant, Rating

    model = make_small_model()
    people = [Participant("p1", "Ana", ratings=(Rating("ban", "leak", 0.8),
                                               Rating("lab", "leak", -0.2))),
              Participant("p2", "Bo", ratings=(Rating("ban", "leak", -0.4),
                                              Rating("lab", "leak", -0.6)))]
    return Model.from_elements(title=model.title, sources=model.sources, nodes=model.nodes,
                               edges=model.edges, scenarios=model.scenarios,
                               objectives=model.objectives, participants=people,
                               settings=replace(model.settings))


def _chart_texts(ws):
    for chart in ws._charts:
        for title in (chart.title, getattr(chart.x_axis, "title", None),
                      getattr(chart.y_axis, "title", None)):
            if title is not None and title.tx is not None and title.tx.rich is not None:
                yield "".join(r.t for p in title.tx.rich.p for r in (p.r or []))


def english_cells(data: bytes, allowed: set[str], skip=()) -> list[tuple[str, str, list]]:
    """(sheet, cell, English words) of every text cell, sheet name and chart title of the
    workbook ``data``, but the sheets in ``skip``."""
    from .english import english

    book = openpyxl.load_workbook(io.BytesIO(data))
    found = []
    for ws in book.worksheets:
        if english(ws.title, allowed) and ws.title not in skip:
            found.append((ws.title, "name", english(ws.title, allowed)))
        if ws.title in skip:
            continue
        for row in ws.iter_rows():
            for cell in row:
                if english(cell.value, allowed):
                    found.append((ws.title, cell.coordinate, english(cell.value, allowed)))
        for text in _chart_texts(ws):
            if english(text, allowed):
                found.append((ws.title, "chart", english(text, allowed)))
    return found


@pytest.mark.parametrize("tag", ["ja", "zh-CN", "zh-HK"])
def test_no_english_is_left_in_the_result_sheets(speak, tag):
    """Every result sheet (names, headers, values, notes, the guide, chart titles) is in
    the chosen language; only the model's own text, ids and names stay in Latin letters."""
    from .english import model_words

    model = _rated_small_model()
    speak(tag)
    results = run(model, samples=16, seed=1)
    data = results_workbook_bytes(results, model)
    assert english_cells(data, model_words(model) | {"Ana"}, skip=MODEL_SHEETS + [
        "Participants", "Ratings", "Own nodes", "Translations"]) == []
    names = openpyxl.load_workbook(io.BytesIO(data)).sheetnames
    assert "Disagreement" not in names and "Per participant" not in names


def test_the_english_result_sheets_are_what_the_check_finds(small):
    """The check is not blind: the same workbook in English has English in every kind of
    place it looks at (sheet names, headers, values, notes, chart titles)."""
    from .english import model_words

    model, results = small
    found = english_cells(results_workbook_bytes(results, model), model_words(model),
                          skip=MODEL_SHEETS)
    places = {(sheet, cell) for sheet, cell, _ in found}
    assert ("About", "name") in places and any(cell == "chart" for _, cell in places)
    words = {w for *_, ws in found for w in ws}
    assert {"yes", "Step", "reinforcing", "density", "restriction"} <= words


def test_yes_and_no_are_coloured_in_the_words_written(speak, small):
    model, results = small
    speak("ja")
    data = results_workbook_bytes(results, model)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["スコアカード"]
    formulas = {f for rng in sheet.conditional_formatting for rule in rng.rules
                for f in (rule.formula or [])}
    assert {'"はい"', '"いいえ"'} <= formulas
    assert {c.value for c in sheet["H"][1:2]} <= {"はい", "いいえ"}


@pytest.mark.parametrize("tag", ["ja", "zh-CN", "zh-HK"])
def test_chinese_and_japanese_sheets_use_their_own_punctuation(speak, tag):
    """"在第 21 步收敛." and "(经由 A, B)" mixed ASCII punctuation into Chinese and
    Japanese text: the verdict ends with the language's full stop and lists of names are
    joined with its enumeration comma."""
    from windtunnel.model import load
    from windtunnel.paths import bundled_model

    model = load(bundled_model())
    results = run(model)
    speak(tag)
    book = openpyxl.load_workbook(io.BytesIO(results_workbook_bytes(results, model)))
    scenario = book.worksheets[3]
    note = next(v for v in scenario[1] if isinstance(v.value, str) and v.value != scenario.title
                and v.column > 1).value
    verdict = str(results.scenarios[0].verdict)
    assert note.startswith(verdict + "\u3002"), note
    texts = [v for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for v in row if isinstance(v, str)]
    lists = [t for t in texts if "\u3001" in t and ("\uff08" in t or "(" in t)]
    assert lists                                    # the rest's routes, named
    assert not [t for t in texts if re.search(r"[\u3040-\u30ff\u3400-\u9fff], ", t)]
    assert not [t for t in texts if re.search(r"[\u3040-\u30ff\u3400-\u9fff]\. ", t)]
