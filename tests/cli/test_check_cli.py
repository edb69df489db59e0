"""`windtunnel check`, `--version` and exit codes, called in-process as main([...])."""

from __future__ import annotations

import subprocess
import sys

import pytest

from windtunnel import __version__
from windtunnel.cli import main
from windtunnel.model import Edge, Node, Objective, save
from windtunnel.paths import bundled_models


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"windtunnel {__version__}"


def test_check_summarises_a_valid_model(tmp_path, small_model, capsys):
    path = tmp_path / "m.wtm"
    save(small_model, path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "valid Windtunnel model" in out
    assert "nodes:      3 (1 actor, 1 restriction, 1 factor)" in out
    assert "China 1, Global 1, United States 1" in out
    assert "edges:      3 (2 positive, 1 negative, 1 delayed)" in out
    assert "scenarios:  1 (Strict ban)" in out


def test_check_warns_about_likely_mistakes(tmp_path, small_model, capsys):
    small_model.add_node(Node("alone", "Alone"))
    small_model.add_node(Node("outcome", "Outcome"))
    small_model.add_node(Node("cause", "Cause"))
    small_model.add_edge(Edge("cause", "outcome", 0.5))
    small_model.add_objective(Objective("unreachable", "Unreachable", "outcome"))
    path = tmp_path / "m.wtm"
    save(small_model, path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    # nodes named as every other message names them: label first, id in brackets
    assert "warning: node 'Alone' (id alone) has no edges" in out
    assert ("warning: 3 edges without a source: 'Leakage' (id leak) → 'Rival lab' (id lab), "
            "'Rival lab' (id lab) → 'Leakage' (id leak), 'Cause' (id cause) → 'Outcome' "
            "(id outcome)") in out
    assert ("warning: objective 'Unreachable' (id unreachable): no lever can reach node "
            "'Outcome' (id outcome)") in out
    assert "3 warnings" in out


def test_check_warns_of_ratings_of_edges_the_map_does_not_have(tmp_path, small_model, capsys):
    """A participant's rating between two shared nodes that no edge joins (an edge removed
    after the workshop, a slip) counts in no run: check says so, naming the first."""
    from windtunnel.model import Participant, Rating

    small_model.add_participant(Participant("p1", "Ann", ratings=(
        Rating("ban", "leak", 0.4), Rating("ban", "lab", -0.5), Rating("lab", "ban", 0.2))))
    path = tmp_path / "m.wtm"
    save(small_model, path)
    assert main(["check", str(path)]) == 0
    assert ("warning: 2 rating(s) of edges between shared nodes that the map does not have "
            "(first: participant p1 rates ban → lab); runs leave them out: add the edge to "
            "the map to count it") in capsys.readouterr().out


def test_check_invalid_file_exits_1_with_a_located_message(tmp_path, capsys):
    path = tmp_path / "bad.wtm"
    path.write_text('{"format": "windtunnel-model", "version": 1, '
                    '"nodes": [{"id": "a", "label": "A", "initial": 7}]}')
    assert main(["check", str(path)]) == 1
    captured = capsys.readouterr()
    assert "nodes[0].initial: 7 is outside [-1, 1]" in captured.err
    assert "Traceback" not in captured.err


def test_usage_errors_exit_2(capsys):
    assert main(["check"]) == 2
    assert "required: file" in capsys.readouterr().err
    assert main(["check", "a", "b"]) == 2


@pytest.mark.parametrize("path", bundled_models(), ids=lambda p: p.name)
def test_every_bundled_model_checks_clean(path, capsys):
    assert main(["check", str(path)]) == 0
    assert "0 warnings" in capsys.readouterr().out


def test_python_dash_m_runs_the_same_command():
    result = subprocess.run([sys.executable, "-m", "windtunnel", "--version"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"windtunnel {__version__}"


def test_check_suggests_a_steepness(capsys):
    from windtunnel.paths import bundled_model

    assert main(["check", str(bundled_model("ai-export-controls-2026.wtm")),
                 "--steepness"]) == 0
    out = capsys.readouterr().out
    assert "now:       1 with tanh, rule Kosko: contraction factor 3.65 >= 1" in out
    assert "guaranteed for lambda < 0.274 (infinity-norm of the weights)" in out
    assert "fcmconfr:  0.236" in out
