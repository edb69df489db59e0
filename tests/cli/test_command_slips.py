"""Slips at the command line: a misspelt command, a file that is not there, no display,
a node named by its label."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from windtunnel.cli import gui, main
from windtunnel.model import save
from windtunnel.paths import bundled_model

NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


@pytest.mark.parametrize("typed, meant", [("chek", "check"), ("lops", "loops"),
                                          ("agregate", "aggregate"), ("exprot", "export")])
def test_a_misspelt_command_is_named_with_the_one_meant(model_file, capsys, typed, meant):
    """``windtunnel chek FILE`` went to the app's parser: "unrecognized arguments"."""
    assert main([typed, str(model_file)]) == 2
    assert capsys.readouterr().err == (f"windtunnel: unknown command '{typed}'; did you mean "
                                       f"'{meant}'?\n")


def test_an_unknown_word_before_others_lists_the_commands(model_file, capsys):
    assert main(["frobnicate", str(model_file)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("windtunnel: unknown command 'frobnicate'; the commands are check, "
                          "run, explain")


@pytest.mark.parametrize("argv", [["foo"], ["missing.wtm"]])
def test_a_file_that_is_not_there_is_named_before_the_app_starts(monkeypatch, capsys, argv):
    def start(*_args, **_kwargs):
        raise AssertionError("the app was started")

    monkeypatch.setattr(gui, "_open", start)
    assert main(argv) == 1
    assert capsys.readouterr().err == (f"windtunnel: {argv[0]}: no such file (and no command "
                                       "of that name: windtunnel --help lists them)\n")


def test_no_display_is_told_without_starting_qt(model_file, monkeypatch, capsys):
    for name in NO_DISPLAY:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert gui.display_missing()
    assert main([str(model_file)]) == 1
    assert "no display to open the app on" in capsys.readouterr().err
    assert not gui.display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not gui.display_missing({}, "darwin") and not gui.display_missing({}, "win32")


def test_without_a_display_the_process_ends_with_a_message_not_qts_abort(model_file):
    """``windtunnel foo`` without a display aborted in Qt's xcb plugin (exit 134)."""
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    for argv, code, said in (([str(model_file)], 1, "no display to open the app on"),
                             (["foo"], 1, "foo: no such file"),
                             (["chek", str(model_file)], 2, "did you mean 'check'?")):
        done = subprocess.run([sys.executable, "-m", "windtunnel", *argv], env=env,
                              capture_output=True, text=True, timeout=120)
        assert (done.returncode, said in done.stderr) == (code, True), done.stderr
        assert "xcb" not in done.stderr and "Traceback" not in done.stderr


def test_explain_takes_a_node_by_its_label_and_lists_nodes_with_their_labels(capsys):
    """``explain -n "Misuse risk"`` was refused (ids only) while ``-s`` took labels."""
    path = str(bundled_model("ai-export-controls-2026.wtm"))
    assert main(["explain", path, "-s", "access-suspension", "-n", "misuse risk"]) == 0
    by_label = capsys.readouterr().out
    assert by_label.startswith("misuse-risk (Misuse risk) in scenario access-suspension")
    assert main(["explain", path, "-s", "access-suspension", "-n", "misuse-risk"]) == 0
    assert capsys.readouterr().out == by_label
    assert main(["explain", path, "-s", "access-suspension", "-n", "Misuse"]) == 1
    err = capsys.readouterr().err
    assert "there is no node 'Misuse'; valid nodes: access-suspension (Foreign-national " \
           "access ban), " in err and "misuse-risk (Misuse risk)" in err


def test_a_label_shared_by_two_nodes_asks_for_the_id(tmp_path, capsys):
    from windtunnel.model import Edge, Intervention, Model, Node, Scenario
    model = Model.from_elements(
        nodes=[Node("ban", "Ban", kind="restriction"), Node("a", "Risk"), Node("b", "risk")],
        edges=[Edge("ban", "a", 0.5), Edge("ban", "b", -0.5)],
        scenarios=[Scenario("s", "S", interventions=(Intervention("ban", "clamp", 1.0),))])
    path = tmp_path / "twice.wtm"
    save(model, path)
    assert main(["explain", str(path), "-s", "s", "-n", "Risk"]) == 0     # exact label first
    assert capsys.readouterr().out.startswith("a (Risk)")
    assert main(["explain", str(path), "-s", "s", "-n", "RISK"]) == 1
    assert "'RISK' is the label of 2 nodes (a, b); give the id of the one meant" in \
        capsys.readouterr().err



def test_the_apps_plain_start_loads_no_suggester():
    """``windtunnel`` alone starts the app: no word to suggest a command for, and difflib
    (17 M instructions before the window's first paint) stays unloaded."""
    code = ("import sys; from windtunnel.cli import _slip; "
            "print(_slip([]), 'difflib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["None", "False"]
