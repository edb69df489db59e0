"""The results workbook names the engine's settings as the app shows them, in the language
it is written in, never by the ids a model file stores; its Model sheet writes the English
names, and a workbook with either the names or the ids re-imports as the same settings."""

from __future__ import annotations

import io
from dataclasses import replace

import openpyxl
import pytest

from windtunnel import language
from windtunnel.engine import run
from windtunnel.io import import_model, results_workbook_bytes, write_results_workbook
from windtunnel.model.choice_words import choice_name
from windtunnel.model.setting_names import SETTING_CHOICES

#: Choices whose id reads otherwise than their name: none of them may reach a reader.
RENAMED = {choice for choices in SETTING_CHOICES.values() for choice in choices
           if choice_name(choice) != choice}


def _linguistic(model):
    """``model`` with settings whose every choice has a name of its own."""
    model.set_settings(replace(model.settings, rule="modified_kosko", aggregation="linguistic",
                             union="algebraic_sum", defuzzification="mean_of_maxima",
                             convergence_nodes=("leak",)))
    return model


def _cells(data: bytes) -> dict[str, list]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return {ws.title: [row for row in ws.iter_rows(values_only=True)] for ws in book}


def _about(rows) -> dict:
    return {row[0]: row[1:] for row in rows if row and row[0]}


def test_no_setting_id_reaches_the_workbook(small_model):
    model = _linguistic(small_model)
    sheets = _cells(results_workbook_bytes(run(model), model))
    leaked = {(title, value) for title, rows in sheets.items() for row in rows
              for value in row if isinstance(value, str)
              and any(choice in value for choice in RENAMED)}
    assert not leaked
    about = _about(sheets["About"])
    assert about["Inference rule"][0] == "Modified Kosko"
    assert about["Convergence"][1] == "judged on Leakage"   # the node's label, not "leak"
    model_sheet = _about(sheets["Model"])
    assert model_sheet["rule"][0] == "Modified Kosko"
    assert model_sheet["defuzzification"][0] == "mean of maxima"


def test_the_named_settings_re_import_as_the_model(small_model, tmp_path):
    model = _linguistic(small_model)
    path = tmp_path / "results.xlsx"
    write_results_workbook(run(model), model, path)
    assert import_model(path).model.settings == model.settings


@pytest.mark.parametrize("written", ["modified_kosko", "Modified Kosko", "MODIFIED KOSKO",
                                     " modified  kosko "])
def test_the_model_sheet_reads_a_rule_by_id_or_name(small_model, tmp_path, written):
    """Workbooks written before the names carry the ids: they import as they did."""
    small_model.set_settings(replace(small_model.settings, rule="kosko"))
    path = tmp_path / "model.xlsx"
    write_results_workbook(run(small_model), small_model, path)
    book = openpyxl.load_workbook(path)
    for row in book["Model"].iter_rows():
        if row[0].value == "rule":
            row[1].value = written
    book.save(path)
    assert import_model(path).model.settings.rule == "modified_kosko"


def test_a_rule_no_one_has_names_the_row(small_model, tmp_path):
    from windtunnel.errors import LoadError

    path = tmp_path / "model.xlsx"
    write_results_workbook(run(small_model), small_model, path)
    book = openpyxl.load_workbook(path)
    for row in book["Model"].iter_rows():
        if row[0].value == "rule":
            row[1].value = "Fuzzy Kosko"
    book.save(path)
    with pytest.raises(LoadError, match="rule") as caught:
        import_model(path)
    assert "Model" in str(caught.value)
