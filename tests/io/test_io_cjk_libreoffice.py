"""Chinese and Japanese text survives the exports in a real spreadsheet program:
LibreOffice Calc opens the results workbook and the CSV tables (UTF-8 with a byte-order
mark, as Excel needs), keeps every label, and prints the workbook with the glyphs."""

from __future__ import annotations

import io
import shutil
import subprocess

import pandas as pd
import pytest

from windtunnel.engine import run
from windtunnel.io import write_results_workbook
from windtunnel.io.exporting import tables_csv_files

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install "
                            "libreoffice-calc-nogui to run this test")]

LABELS = {"ban": "出口管制（限制措施）", "leak": "技術流出・規制の抜け穴", "lab": "香港實驗室與參與者"}


def _convert(folder, source, target: str, *options: str):
    out = folder / f"out-{target}"
    out.mkdir(exist_ok=True)
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
         "--norestore", *options, "--convert-to", target, "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    converted = out / f"{source.stem}.{target.split(':')[0]}"
    assert converted.exists(), done.stdout + done.stderr
    return converted


@pytest.fixture(scope="module")
def cjk_model():
    from conftest import make_small_model

    model = make_small_model()
    for node_id, label in LABELS.items():
        model.update_node(node_id, label=label)
    return model


def test_the_workbook_keeps_and_prints_cjk_labels(cjk_model, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    workbook = tmp_path / "results.xlsx"
    write_results_workbook(run(cjk_model), cjk_model, workbook)
    resaved = _convert(tmp_path, workbook, "xlsx")
    frame = pd.read_excel(resaved, sheet_name="Summary", engine="openpyxl")
    assert set(LABELS.values()) <= set(frame["Label"])
    printed = pypdf.PdfReader(_convert(tmp_path, workbook, "pdf"))
    text = "".join(page.extract_text() for page in printed.pages)
    for label in LABELS.values():
        assert label.replace("口", "⼝") in text or label in text, label
    fonts = {str(font.get_object()["/BaseFont"]) for page in printed.pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("CJK" in name for name in fonts), fonts


def test_the_csv_tables_open_as_utf8_text(cjk_model, tmp_path):
    """Excel needs the byte-order mark to read UTF-8; LibreOffice asks for the character
    set when it opens a CSV file (headless, the filter options say it: 76 is UTF-8)."""
    nodes = tmp_path / "nodes.csv"
    nodes.write_bytes(tables_csv_files(cjk_model)["nodes.csv"])
    assert nodes.read_bytes().startswith(b"\xef\xbb\xbf")
    resaved = _convert(tmp_path, nodes, "xlsx", "--infilter=CSV:44,34,76")
    frame = pd.read_excel(resaved, engine="openpyxl")
    assert list(frame.columns[:2]) == ["ID", "Label"]       # the mark is no part of "ID"
    assert dict(zip(frame["ID"], frame["Label"])) == LABELS


def test_result_tables_carry_the_byte_order_mark(cjk_model):
    from windtunnel.io.csv import table_csv_bytes

    data = table_csv_bytes(run(cjk_model).to_frame("table"), ["run", "node", "label"])
    assert data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert frame.columns[0] == "run"
    assert set(LABELS.values()) <= set(frame["label"])
