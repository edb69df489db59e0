"""`windtunnel run`, `explain` and `loops`, called in-process as main([...])."""

from __future__ import annotations

import csv
import io

import pytest

from windtunnel.cli import main
from windtunnel.cli.run import OUTPUT_WRITERS
from windtunnel.cli.text import ProgressBar
from windtunnel.model import save
from windtunnel.paths import bundled_models


@pytest.fixture
def model_file(tmp_path, small_model):
    path = tmp_path / "small.wtm"
    save(small_model, path)
    return path


def test_run_prints_changes_verdicts_and_scorecard(model_file, capsys):
    assert main(["run", str(model_file)]) == 0
    out = capsys.readouterr().out
    assert "baseline: converged at step 11" in out
    assert "scenario strict (Strict ban): converged at step 19" in out
    assert "  strict    less-leak  decrease leak  -0.046  met" in out
    # during the ban (steps 2-8) the lever itself changes most
    assert main(["run", str(model_file), "--steps", "6"]) == 0
    lines = capsys.readouterr().out.splitlines()
    first = lines[lines.index("scenario strict (Strict ban): not converged by step 6") + 3]
    assert first.split()[0] == "ban" and first.split()[-1] == "+1.000"


def test_run_with_samples_writes_csv(model_file, tmp_path, capsys):
    out_file = tmp_path / "results.csv"
    assert main(["run", str(model_file), "--scenario", "Strict ban", "--samples", "50",
                 "--seed", "3", "--steps", "12", "--out", str(out_file)]) == 0
    out = capsys.readouterr().out
    assert "50 samples, seed 3" in out and "5-95%" in out and "P(met)" in out
    rows = list(csv.DictReader(out_file.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 2 * 13 * 3                    # baseline + 1 scenario, 13 steps
    header = set(rows[0])
    assert {"run", "step", "node", "label", "value", "change", "p5", "p95"} <= header
    last = [r for r in rows if r["run"] == "strict" and r["step"] == "12" and r["node"] == "ban"]
    assert float(last[0]["change"]) == pytest.approx(0.0)     # the clamp ended at step 8


def test_csv_text_that_looks_like_a_formula_is_inert(tmp_path, small_model):
    small_model.update_node("leak", label="=HYPERLINK(\"x\")")
    path = tmp_path / "m.wtm"
    save(small_model, path)
    out_file = tmp_path / "r.csv"
    assert main(["run", str(path), "--out", str(out_file)]) == 0
    text = out_file.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


def test_unknown_scenario_or_node_lists_valid_names(model_file, capsys):
    assert main(["run", str(model_file), "--scenario", "nope"]) == 1
    err = capsys.readouterr().err
    assert "there is no scenario 'nope'" in err and "strict (Strict ban)" in err
    assert main(["explain", str(model_file), "--scenario", "strict", "--node", "ghost"]) == 1
    assert "valid nodes: ban, leak, lab" in capsys.readouterr().err


def test_out_dispatches_on_suffix(model_file, tmp_path, capsys):
    assert main(["run", str(model_file), "--out", str(tmp_path / "r.xlsx")]) == 0
    assert (tmp_path / "r.xlsx").read_bytes()[:2] == b"PK"     # the io results workbook
    assert main(["run", str(model_file), "--out", str(tmp_path / "r.txt")]) == 1
    assert "unknown file type '.txt'" in capsys.readouterr().err
    assert {".csv", ".xlsx"} <= set(OUTPUT_WRITERS)


def test_bad_numbers_are_usage_errors_naming_the_option_and_the_range(model_file, capsys):
    assert main(["run", str(model_file), "--samples", "-3"]) == 2
    assert "argument --samples: -3 is outside 0 to 100,000" in capsys.readouterr().err
    assert main(["run", str(model_file), "--samples", "2000000"]) == 2
    assert "argument --samples: 2,000,000 is outside 0 to 100,000" in capsys.readouterr().err
    assert main(["run", str(model_file), "--steps", "0"]) == 2
    assert "argument --steps: 0 is outside 1 to 10,000" in capsys.readouterr().err
    assert main(["run", str(model_file), "--top", "0"]) == 2
    assert "argument --top: 0 is outside 1 to 1,000,000" in capsys.readouterr().err
    assert main(["run", str(model_file), "--seed", "-1"]) == 2
    assert ("argument --seed: -1 is outside 0 to 9,223,372,036,854,775,807"
            in capsys.readouterr().err)
    assert main(["run", str(model_file), "--seed", "1_000"]) == 2
    assert "argument --seed: '1_000' is not a whole number" in capsys.readouterr().err
    assert main(["run", str(model_file), "--seed", "9" * 5000]) == 2
    assert "is not a whole number" in capsys.readouterr().err


def test_explain_prints_sources_paths_and_inputs(model_file, capsys):
    assert main(["explain", str(model_file), "-s", "strict", "-n", "lab"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("lab (Rival lab) in scenario strict: change")
    # the ban ended at step 8 and the held lever went back: the override explains the rest
    assert "lab -> leak (override)  -0.0047  +100%" in out
    assert "(1 other source: no visible change)" in out
    assert "leak -> lab" in out and "unexplained by paths" in out


def test_loops_lists_polarity(model_file, capsys):
    assert main(["loops", str(model_file)]) == 0
    out = capsys.readouterr().out
    assert "1 feedback loop (0 reinforcing, 1 balancing)" in out
    assert "leak -> lab -> leak" in out
    assert main(["loops", str(model_file), "--max-length", "0"]) == 1


def test_progress_bar_draws_on_a_stream():
    stream = io.StringIO()
    bar = ProgressBar("MC", stream=stream, width=10, force=True)
    for f in (0.0, 0.5, 0.5, 1.0):
        bar.update(f)
    bar.close()
    text = stream.getvalue()
    assert text.count("\r") == 3 and "[#####.....]  50%" in text and text.endswith("100%\n")


@pytest.mark.parametrize("path", bundled_models(), ids=lambda p: p.name)
def test_every_bundled_model_runs_explains_and_lists_loops(path, capsys):
    assert main(["run", str(path), "--top", "3"]) == 0
    assert main(["loops", str(path), "--top", "3"]) == 0
    from windtunnel.model import load

    model = load(path)
    scenario = next((s for s in model.scenarios if s.interventions), None)
    if scenario is not None and model.objectives:
        node = model.objectives[0].node
        assert main(["explain", str(path), "-s", scenario.id, "-n", node]) == 0
    capsys.readouterr()


def test_preset_changes_the_conventions(model_file, capsys):
    assert main(["run", str(model_file), "--preset", "mental-modeler"]) == 0
    out = capsys.readouterr().out
    assert "rule kosko, sigmoid (lambda 1), start ones, drivers update" in out
    assert main(["explain", str(model_file), "-s", "strict", "-n", "lab",
                 "--preset", "r-fcm"]) == 0
    assert main(["run", str(model_file), "--preset", "nope"]) == 2


def test_explain_says_when_nothing_moves_the_node(tmp_path, small_model, capsys):
    from windtunnel.model import Intervention, Scenario

    small_model.add_scenario(Scenario("hold", "Hold", interventions=(
        Intervention("ban", "clamp", 0.0),)))
    path = tmp_path / "m.wtm"
    save(small_model, path)
    assert main(["explain", str(path), "-s", "hold", "-n", "lab"]) == 0
    assert "no lever or override moves lab in this scenario" in capsys.readouterr().out
