"""`windtunnel explore`, called in-process as main([...])."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from windtunnel.cli import main
from windtunnel.engine.designs import FUTURE_BLOCK
from windtunnel.model import Scenario, load, save
from windtunnel.paths import bundled_model

BUNDLED = str(bundled_model("ai-export-controls-2026.wtm"))


@pytest.mark.slow
def test_explore_prints_the_ranking_boxes_and_sobol_and_writes_the_workbook(tmp_path, capsys):
    out = tmp_path / "explore.xlsx"
    code = main(["explore", BUNDLED, "--futures", "300", "--lever", "licensing=0:1:3",
                 "--scenario", "status-quo", "--scenario", "capability-dialogue",
                 "--sampler", "factorial", "--workers", "1", "--sobol", "16", "--out", str(out)])
    text = capsys.readouterr().out
    assert code == 0, text
    assert text.startswith("AI export controls, June 2026: 5 options x 300 futures = 1,500 "
                           "experiments (factorial, seed 2026, 121 uncertain weights)")
    ranking = [line.split()[:2] for line in text.splitlines() if line[:3] == "  1"
               or line[:3] == "  2"]
    assert ranking[0] == ["1", "capability-dialogue"]
    assert "where the most robust options fail" in text
    assert ("uncertain weights that matter most to Capability controls + US-China dialogue"
            in text)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["About", "Robustness", "Boxes", "Sobol", "Experiments",
                               "Futures"]
    experiments = book["Experiments"]
    assert experiments.max_row == 1 + 1500
    assert [c.value for c in experiments[1]][:4] == ["experiment", "option", "future",
                                                      "Licensing & review boards"]
    assert book["Futures"].max_column == 1 + 121
    assert book["Robustness"]["B2"].value == "capability-dialogue"
    assert len(book["Robustness"]._charts) == 1 and len(book["Sobol"]._charts) == 6


def test_the_sobol_report_names_by_label_and_warns_of_a_small_design(tmp_path, capsys):
    """The weights that matter are listed under the option's and objectives' labels, and a
    base sample too small to read says so, with a larger one to run, in the report and in
    the workbook."""
    out = tmp_path / "explore.xlsx"
    assert main(["explore", BUNDLED, "--futures", "20", "--scenario", "reading-security",
                 "--boxes", "0", "--workers", "1", "--sobol", "16", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "uncertain weights that matter most to Reading: access drives misuse" in text
    assert "\n  Limit misuse risk: " in text and "\n  limit-misuse: " not in text
    warning = next(line for line in text.splitlines() if line.startswith("  warning: "))
    assert "too small to trust" in warning and "64 or more" in warning
    book = openpyxl.load_workbook(out)
    about = {row[0]: row[2] for row in book["About"].iter_rows(values_only=True) if row}
    assert "64 or more" in about["Sobol' indices"]
    assert any("64 or more" in str(row[0]) for row in book["Sobol"].iter_rows(values_only=True))


def test_explore_csv_holds_every_experiment(tmp_path, capsys):
    out = tmp_path / "explore.csv"
    assert main(["explore", BUNDLED, "--futures", str(FUTURE_BLOCK + 5), "--scenario",
                 "hk-hub", "--sobol", "0", "--boxes", "0", "--workers", "1",
                 "--out", str(out)]) == 0
    with out.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == FUTURE_BLOCK + 5
    assert rows[0]["option"] == "hk-hub" and rows[-1]["future"] == str(FUTURE_BLOCK + 4)
    assert set(rows[0]) >= {"limit-misuse", "all met"}


def test_text_from_the_model_is_never_a_formula(tmp_path, small_model):
    small_model.add_scenario(Scenario("formula", "=HYPERLINK(\"http://x\")",
                                      interventions=small_model.scenarios[0].interventions))
    model = tmp_path / "m.wtm"
    save(small_model, model)
    out = tmp_path / "e.xlsx"
    assert main(["explore", str(model), "--futures", "50", "--workers", "1", "--sobol", "16",
                 "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    labels = [row[2] for row in book["Robustness"].iter_rows(min_row=2, values_only=True)]
    assert "=HYPERLINK(\"http://x\")" in labels
    for row in book["Robustness"].iter_rows(min_row=2):
        assert row[2].data_type == "s"


@pytest.mark.parametrize("args, message", [
    (["--lever", "licensing"], "is not ID=LOW:HIGH"),
    (["--lever", "licensing=0:x"], "LOW and HIGH are numbers"),
    (["--lever", "licensing=0:2"], "high 2.0 is outside -1 to 1"),
    (["--lever", "licensing=0:1:0"], "0 is outside 1 to 101"),
    (["--sampler", "grid"], "invalid choice: 'grid'"),
    (["--futures", "0"], "0 is outside 1 to 10,000,000"),
])
def test_usage_errors_name_the_option(args, message, capsys):
    assert main(["explore", BUNDLED, *args]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["--lever", "misuse-risk=0:1"], "lever misuse-risk: is not a lever"),
    (["--lever", "nope=0:1"], "there is no node 'nope'"),
    (["--scenario", "nope"], "there is no scenario 'nope'"),
    (["--out", "x.pdf"], "unknown file type '.pdf'; use .xlsx or .csv"),
    (["--sobol", "8"], "--sobol 8: use 16 to 8192, or 0 to skip"),
    (["--scenario", "none"], "nothing to explore"),
])
def test_bad_input_is_a_located_message_and_writes_nothing(args, message, tmp_path, capsys):
    out = tmp_path / "never.xlsx"
    code = main(["explore", BUNDLED, "--futures", "10", "--workers", "1",
                 *args, *([] if "--out" in args else ["--out", str(out)])])
    err = capsys.readouterr().err
    assert code == 1 and message in err and "Traceback" not in err
    assert not out.exists()


def test_delays_and_participants_vary_by_future_in_the_printout_and_workbook(tmp_path, capsys):
    """--delay and --participants add their columns; the workbook names participants."""
    model = bundled_model("ai-export-controls-2026-voices.wtm")
    out = tmp_path / "voices.xlsx"
    assert main(["explore", str(model), "--futures", "60", "-s", "hk-hub", "-s",
                 "status-quo", "--participants", "--delay", "licensing:misuse-risk=0:3",
                 "--workers", "1", "--sobol", "16", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "2 options x 60 futures" in text and "123 uncertain weights" in text
    book = openpyxl.load_workbook(out, read_only=True)
    futures = list(book["Futures"].iter_rows(values_only=True))
    header = futures[0]
    assert header[-2:] == ("delay of Licensing & review boards → Misuse risk", "participant")
    voices = load(model)
    labels = {p.label for p in voices.participants}
    assert {row[-1] for row in futures[1:]} <= labels
    assert {row[-2] for row in futures[1:]} <= {0, 1, 2, 3}
    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True) if row}
    assert about["Delays varied"] == "delay of Licensing & review boards → Misuse risk"
    assert about["Participants' maps"] == ", ".join(p.label for p in voices.participants)
