"""The command line's reports in Chinese and Japanese: ``explain`` and ``explore`` (their
headings, table heads and sentences, and the exploration workbook) leave nothing in
English but the model's own text, ids and names."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest

from windtunnel.cli import main
from windtunnel.model import load, save

from .english import english, model_words
from .test_workbook_language import english_cells


@pytest.fixture(scope="module")
def small_file(tmp_path_factory):
    from conftest import make_small_model

    path = tmp_path_factory.mktemp("cli") / "small.wtm"
    save(make_small_model(), path)
    return path


def _english_lines(out: str, allowed: set[str]) -> list[str]:
    return [line for line in out.splitlines() if english(line, allowed)]


@pytest.mark.parametrize("tag", ["ja", "zh-CN", "zh-HK"])
def test_explain_speaks_the_chosen_language(tag, small_file, capsys, catalogues_installed):
    assert main(["--language", tag, "explain", str(small_file), "-s", "strict", "-n", "leak",
                 "--routes", "3"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") > 8
    assert _english_lines(out, model_words(load(small_file))) == []


def test_explain_in_english_is_what_the_check_finds(small_file, capsys, catalogues_installed):
    assert main(["--language", "en", "explain", str(small_file), "-s", "strict", "-n", "leak",
                 "--routes", "3"]) == 0
    found = _english_lines(capsys.readouterr().out, model_words(load(small_file)))
    assert any("in scenario strict: change" in line for line in found)
    assert any("reason" in line and "share" in line for line in found)


@pytest.mark.parametrize("tag", ["ja", "zh-CN", "zh-HK"])
def test_explore_and_its_workbook_speak_the_chosen_language(tag, small_file, tmp_path, capsys,
                                                            catalogues_installed):
    out_file = tmp_path / "explore.xlsx"
    assert main(["--language", tag, "explore", str(small_file), "--futures", "40",
                 "--workers", "1", "--sobol", "16", "--boxes", "1",
                 "--out", str(out_file)]) == 0
    out = capsys.readouterr().out.replace(str(out_file), "")
    allowed = model_words(load(small_file))
    assert "→" in out                           # the Sobol' lines name the uncertain weights
    assert _english_lines(out, allowed) == []
    path_words = set(re.findall(r"[A-Za-z]+", str(small_file)))     # the About sheet's
    assert english_cells(out_file.read_bytes(), allowed | path_words) == []
    book = openpyxl.load_workbook(io.BytesIO(out_file.read_bytes()))
    assert "Robustness" not in book.sheetnames and "Boxes" not in book.sheetnames


def test_a_box_names_its_uncertain_weights_by_their_nodes_labels(small_file,
                                                                  catalogues_installed):
    """A box's conditions and the Boxes sheet say "Leakage → Rival lab", never the ids."""
    from windtunnel.cli import language as cli_language
    from windtunnel.engine import explore
    from windtunnel.engine.discovery import Discovery, boxes_frame, sentence
    from windtunnel.engine.prim import Box, Restriction

    experiments = explore(load(small_file), futures=40, workers=1, seed=3)
    names = experiments.uncertainty_names()
    assert names["leak → lab"] == "Leakage → Rival lab"
    box = Box((Restriction("leak → lab", 0.4, None),), 0.5, 0.9, 0.2, 8, 10)
    found = Discovery("strict", "Strict ban", None, None, 0.3, (box,), {}, names)
    assert "Leakage → Rival lab ≥ 0.40" in sentence(found, box)
    assert "leak → lab" not in sentence(found, box)
    assert boxes_frame([found]).loc[0, "uncertain weight"] == "Leakage → Rival lab"
    cli_language.install("ja")
    try:
        assert experiments.uncertainty_names()["leak → lab"] == "Leakage → Rival lab"
        assert "Leakage → Rival lab" in sentence(found, box)
    finally:
        cli_language.install("en")


#: A Chinese or Japanese character (kana, CJK ideographs).
CJK = "[\u3040-\u30ff\u3400-\u9fff]"


@pytest.mark.parametrize("tag", ["ja", "zh-CN", "zh-HK"])
def test_the_exploration_workbook_uses_the_languages_own_punctuation_and_spacing(
        tag, tmp_path, capsys, catalogues_installed):
    """As in the results workbook: no ASCII comma or full stop after Chinese or Japanese
    text, and no space between a label and the Chinese or Japanese words around it (the
    Sobol' warning read "...地位 的这些指数", "...保つ のこれらの指数")."""
    from windtunnel.paths import bundled_model

    out_file = tmp_path / "explore.xlsx"
    assert main(["--language", tag, "explore", str(bundled_model()), "--futures", "40",
                 "--workers", "1", "--sobol", "16", "--boxes", "1",
                 "--out", str(out_file)]) == 0
    capsys.readouterr()
    book = openpyxl.load_workbook(io.BytesIO(out_file.read_bytes()))
    texts = [v for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for v in row if isinstance(v, str)]
    assert not [t for t in texts if re.search(CJK + "[,.] ", t)]
    about = [v for row in book.worksheets[0].iter_rows(values_only=True) for v in row
             if isinstance(v, str)]
    warning = about[-1]                     # the Sobol' indices' row: a design too small
    assert re.search(CJK, warning) and "Sobol'" in warning, warning
    assert not re.search(CJK + " " + CJK, warning), warning
