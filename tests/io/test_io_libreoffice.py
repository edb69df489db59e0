"""A real spreadsheet program opens our workbook: LibreOffice Calc converts it, and the
sheets, values, text cells and charts survive (read back with openpyxl and pandas)."""

from __future__ import annotations

import shutil
import subprocess

import pandas as pd
import pytest

from windtunnel.engine import run
from windtunnel.io import import_model, write_results_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

#: Slow (LibreOffice starts in seconds); CI installs it and runs them.
pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install "
                            "libreoffice-calc-nogui to run this test")]


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    from conftest import make_small_model

    folder = tmp_path_factory.mktemp("libreoffice")
    model = make_small_model()
    model.update_node("lab", label="=cmd|' /C calc'!A0")
    results = run(model, samples=32, seed=5)
    original = folder / "results.xlsx"
    write_results_workbook(results, model, original)
    out = folder / "out"
    out.mkdir()
    completed = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
         "--norestore", "--convert-to", "xlsx", "--outdir", str(out), str(original)],
        capture_output=True, text=True, timeout=240)
    assert completed.returncode == 0, completed.stderr
    converted = out / "results.xlsx"
    assert converted.exists(), completed.stdout + completed.stderr
    return model, results, original, converted


def test_sheets_and_charts_survive(converted):
    import openpyxl

    _model, _results, original, path = converted
    before, after = openpyxl.load_workbook(original), openpyxl.load_workbook(path)
    assert after.sheetnames == before.sheetnames
    assert len(after["S1 Strict ban"]._charts) == len(before["S1 Strict ban"]._charts) == 3
    for sheet in after.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"


def test_values_and_text_survive(converted):
    model, results, _original, path = converted
    frame = pd.read_excel(path, sheet_name="Summary", engine="openpyxl")
    change = dict(zip(results.node_ids, results.scenarios[0].final_change))
    for node, value in zip(frame["Node ID"], frame["Strict ban"]):
        # result sheets keep six significant digits (the model's sheets every digit)
        assert value == pytest.approx(change[node], rel=1e-6, abs=1e-12)
    assert "=cmd|' /C calc'!A0" in list(frame["Label"])
    assert import_model(path).model == model


@pytest.mark.slow
def test_the_bundled_models_workbook_prints_in_a_sensible_number_of_pages(tmp_path):
    """LibreOffice's PDF of the bundled model's results workbook: every sheet one page
    wide, each scenario its charts and its final changes (643 pages before page setup),
    and the model's translations as long as their list."""
    import re

    from windtunnel.model import load
    from windtunnel.paths import bundled_models

    path = next(p for p in bundled_models() if p.name == "ai-export-controls-2026.wtm")
    model = load(path)
    results = run(model)
    workbook = tmp_path / "results.xlsx"
    write_results_workbook(results, model, workbook)
    completed = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path), str(workbook)],
        capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr
    pdf = (tmp_path / "results.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    sheets = 8 + len(model.scenarios) + 8
    from openpyxl import load_workbook

    book = load_workbook(workbook, read_only=True)
    translations = book["Translations"].max_row if "Translations" in book.sheetnames else 0
    book.close()
    # the Translations sheet is a long list (a row per translated text, ~45 to a page)
    assert sheets <= pages <= 3 * len(model.scenarios) + 30 + translations // 45 + 1
