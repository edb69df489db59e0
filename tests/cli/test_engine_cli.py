"""`windtunnel run`, `explain` and `loops`, called in-process as main([...])."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from windtunnel.cli import main
from windtunnel.cli.run import OUTPUT_WRITERS
from windtunnel.cli.text import ProgressBar
from windtunnel.model import save
from windtunnel.paths import bundled_models


def test_run_prints_changes_verdicts_and_scorecard(model_file, capsys):
    assert main(["run", str(model_file)]) == 0
    out = capsys.readouterr().out
    assert "baseline: converged at step 11" in out
    assert "scenario strict (Strict ban): converged at step 19" in out
    # the objective's node by its label, as the reader reads it (it was its id)
    assert "  strict    less-leak  decrease Leakage  0          -0.046  met" in out
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
    rows = list(csv.DictReader(out_file.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 2 * 13 * 3                    # baseline + 1 scenario, 13 steps
    header = set(rows[0])
    assert {"run", "step", "node", "label", "value", "change", "p5", "p95"} <= header
    last = [r for r in rows if r["run"] == "strict" and r["step"] == "12" and r["node"] == "ban"]
    assert float(last[0]["change"]) == pytest.approx(0.0)     # the clamp ended at step 8


def test_run_float32_runs_in_float32_and_the_workbook_says_so(model_file, tmp_path,
                                                             capsys):
    books = {}
    for flag in ([], ["--float32"]):
        out_file = tmp_path / f"results{len(books)}.xlsx"
        assert main(["run", str(model_file), "--samples", "40", "--seed", "3", *flag,
                     "--out", str(out_file)]) == 0
        books[bool(flag)] = openpyxl.load_workbook(out_file)
    capsys.readouterr()
    about = {row[0]: row[1] for row in books[True]["About"].iter_rows(values_only=True)}
    assert about["Monte Carlo arithmetic"] == "float32"
    about = {row[0]: row[1] for row in books[False]["About"].iter_rows(values_only=True)}
    assert about["Monte Carlo arithmetic"] == "float64"


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
    assert "valid nodes: ban (Access ban), leak (Leakage), lab (Rival lab)" in \
        capsys.readouterr().err


@pytest.mark.parametrize("asked", ["Ban", "BAN"])
def test_a_label_that_several_scenarios_share_is_refused_not_one_of_them_run(
        tmp_path, small_model, capsys, asked):
    """Labels need not be unique, and may differ only by case: the first scenario so
    labelled was run, without a word, whichever the user meant."""
    from windtunnel.model import Intervention, Scenario

    small_model.add_scenario(Scenario("ban", "Ban", interventions=(Intervention("ban"),)))
    small_model.add_scenario(Scenario("ban-2", "Ban" if asked == "Ban" else "ban",
                                      interventions=(Intervention("ban", value=-1.0),)))
    path = tmp_path / "m.wtm"
    save(small_model, path)
    assert main(["run", str(path), "--scenario", asked]) == 1
    assert (f"scenario: {asked!r} is the label of 2 scenarios (ban, ban-2); give the id "
            "of the one meant") in capsys.readouterr().err
    assert main(["explain", str(path), "--scenario", "ban-2", "--node", "leak"]) == 0
    assert "in scenario ban-2" in capsys.readouterr().out


def test_a_label_that_several_objectives_share_is_refused(tmp_path, small_model, capsys):
    from windtunnel.model import Objective

    small_model.add_objective(Objective("less-2", "Less", "lab", "increase"))
    small_model.add_objective(Objective("less-3", "Less", "leak", "increase"))
    path = tmp_path / "m.wtm"
    save(small_model, path)
    assert main(["sensitivity", str(path), "-s", "strict", "-o", "Less"]) == 1
    assert ("objective: 'Less' is the label of 2 objectives (less-2, less-3); give the id "
            "of the one meant") in capsys.readouterr().err


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


def test_run_shows_each_objective_s_threshold_and_a_tiny_change_s_digits(capsys):
    """US labs fall by 0.0002 under the decentralised protocols: "-0.000 not met" could not
    be explained from the printout; it shows -0.00020 and the threshold (0: do not lower)."""
    bundled = next(p for p in bundled_models() if p.name == "ai-export-controls-2026.wtm")
    assert main(["run", str(bundled)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines()
               if line.split()[:2] == ["decentralized-safety", "us-position"])
    assert row.split()[-7:] == ["US", "frontier", "labs", "0", "-0.00020", "not", "met"]
    quo = next(line for line in out.splitlines() if line.split()[:2] == ["status-quo",
                                                                         "limit-misuse"])
    assert quo.split()[-4:] == ["0.05", "0.000", "not", "met"]     # no change: no sign


def test_explain_figures_add_up_as_printed_and_the_carry_is_their_sum(capsys):
    """The reasons and the rest add up to the printed change and to 100 % as printed; the
    share the reasons carry is the sum of theirs (past 100 % when the rest pulls back),
    as in the app's Why? tab."""
    bundled = next(p for p in bundled_models() if p.name == "ai-export-controls-2026.wtm")
    assert main(["explain", str(bundled), "-s", "reading-incumbency", "-n", "misuse-risk"]) == 0
    out = capsys.readouterr().out
    change = out.splitlines()[0].split("change ")[1].split(" ")[0]
    table = out.split("reason\n")[1].split("\n\n")[0].splitlines()[1:]   # past the rule
    rows = [line for line in table if line.strip() and not line.strip().startswith("(")]
    values = [line.split()[1] if line.split()[0].isdigit() else line.split()[0] for line in rows]
    shares = [int(v.rstrip("%")) for v in
              (line.split()[2] if line.split()[0].isdigit() else line.split()[1] for line in rows)]
    assert round(sum(float(v) for v in values), 4) == float(change)
    assert sum(shares) == 100
    numbered = [s for line, s in zip(rows, shares) if line.split()[0].isdigit()]
    assert len(numbered) < len(rows) and sum(numbered) > 100        # the rest pulls back
    assert f"reasons carry {sum(numbered)}% of the change" in out


def test_explain_prints_reasons_levers_and_inputs(model_file, capsys):
    assert main(["explain", str(model_file), "-s", "strict", "-n", "lab", "--routes", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("lab (Rival lab) in scenario strict: change -0.0047 at step 24")
    # the ban ended at step 8 and the held lever went back: the override explains the rest,
    # through the loop leak -> lab -> leak as often as it goes round
    assert "why (1 reason carries 100% of the change" in out
    assert ("the changed weight of Rival lab → Leakage, through Leakage → Rival lab "
            "(and 12 smaller routes through Leakage)") in out
    assert "the changed weight of Rival lab → Leakage  -0.0047  +100%" in out
    assert "  leak    -0.0037  +80%" in out and "  memory  -0.0009  +20%" in out
    assert "leak → lab → leak → lab  [the changed weight of lab → leak]" in out
    assert "unexplained" not in out


def test_explain_at_a_step_during_the_ban(model_file, capsys):
    assert main(["explain", str(model_file), "-s", "strict", "-n", "lab", "--step", "5"]) == 0
    out = capsys.readouterr().out
    assert "at step 5" in out and "Access ban → Leakage → Rival lab" in out
    assert main(["explain", str(model_file), "-s", "strict", "-n", "lab", "--step", "99"]) == 1
    assert "outside 0..24" in capsys.readouterr().err


def test_loops_lists_polarity(model_file, capsys):
    assert main(["loops", str(model_file)]) == 0
    out = capsys.readouterr().out
    assert "1 feedback loop (0 reinforcing, 1 balancing)" in out
    assert "leak → lab → leak" in out
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
    assert "rule Kosko, sigmoid (lambda 1), start ones, drivers update" in out
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


def test_run_says_whether_each_answer_is_the_only_one(model_file, capsys):
    assert main(["run", str(model_file)]) == 0
    out = capsys.readouterr().out
    assert "trust (is the answer the only one?):" in out
    assert "  baseline: unique stable fixed point (contraction factor 0.416 < 1 (2-norm))" in out
    assert "  strict: unique stable fixed point (contraction factor 0.444 < 1 (2-norm))" in out


def test_loops_over_time_name_the_dominant_loop(capsys):
    from windtunnel.paths import bundled_model

    path = str(bundled_model("ai-export-controls-2026.wtm"))
    assert main(["loops", path, "--top", "3", "--over-time", "-s", "whack-a-mole",
                 "-n", "misuse-risk", "--time-budget", "30"]) == 0
    out = capsys.readouterr().out
    assert "dominant loop over time in scenario whack-a-mole" in out
    assert "    months 1-5: no loop carries a change" in out
    assert "    months 19-36: #3 reinforcing shared-standards → fragmentation" in out
    assert main(["loops", path, "--over-time"]) == 1
    assert "--over-time needs --scenario" in capsys.readouterr().err
    assert main(["loops", path, "--over-time", "-s", "whack-a-mole", "-n", "ghost"]) == 1
    assert "there is no node 'ghost'" in capsys.readouterr().err
    assert main(["loops", path, "--time-budget", "0"]) == 1


def test_run_prints_guaranteed_ranges(capsys):
    from windtunnel.paths import bundled_model

    path = str(bundled_model("ai-export-controls-2026.wtm"))
    assert main(["run", path, "-s", "whack-a-mole", "--bounds"]) == 0
    out = capsys.readouterr().out
    assert "guaranteed ranges at the last step" in out
    # whatever the weights in their ranges, loophole closing raises friction
    assert "  whack-a-mole  friction           +0.632 .. +0.822  +0.063 .. +0.496" in out


def test_run_writes_a_workbook_for_a_model_without_scenarios(tmp_path, small_model, capsys):
    small_model.remove("scenario", "strict")
    small_model.remove("objective", "less-leak")
    save(small_model, tmp_path / "bare.wtm")
    out = tmp_path / "results.xlsx"
    assert main(["run", str(tmp_path / "bare.wtm"), "--out", str(out)]) == 0
    assert "no scenarios in this model" in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    assert book["Summary"]["A2"].value.startswith("No scenarios yet")
    assert book["Scorecard"]["A2"].value.startswith("No scenarios yet")


@pytest.mark.parametrize("command", ["explain", "loops"])
def test_the_node_option_says_it_takes_an_id_or_a_label(command, capsys):
    """`--node` takes a node's id or its label: the command's help says so (the loops
    help did not), and so does the engine help page in every language, which wrote
    `--node N` as if it took a number."""
    from pathlib import Path

    assert main([command, "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    described = help_text[help_text.index("--node, -n NODE") + len("--node, -n NODE"):]
    assert "id or label" in described[:60]
    pages = Path(__file__).resolve().parents[2] / "resources" / "help"
    for page in [pages / "engine.md", *sorted(pages.glob("*/engine.md"))]:
        text = page.read_text(encoding="utf-8")
        assert "--node N " not in text and "--node N]" not in text, page
        assert f"windtunnel {command} FILE" in text and "NODE" in text, page


def test_the_workbooks_about_sheets_name_the_models_file_not_its_folders(model_file, tmp_path,
                                                                          capsys):
    """``run --out`` left the results workbook's "Model file" empty and ``explore --out``
    gave the path as typed, folders and all (a workbook sent on told them); both give the
    file's name, as the app's workbooks do."""
    named = {}
    for command, extra in (("run", []), ("explore", ["--futures", "8", "--sobol", "0",
                                                     "--workers", "1"])):
        out = tmp_path / f"{command}.xlsx"
        assert main([command, str(model_file), *extra, "--out", str(out)]) == 0
        about = openpyxl.load_workbook(out)["About"]
        named[command] = {row[0]: row[1] for row in about.iter_rows(values_only=True)
                          if row[0]}["Model file"]
    capsys.readouterr()
    assert named == {"run": "small.wtm", "explore": "small.wtm"}
