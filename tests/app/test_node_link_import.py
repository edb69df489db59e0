"""A node-link JSON file (networkx's, D3's) opens through File > Open as the command line
imports it, asking the undirected question once."""

from __future__ import annotations

from pathlib import Path

REAL = Path(__file__).parents[1] / "data" / "real"


def test_a_d3_file_opens_asks_about_its_undirected_links_and_keeps_the_answer(window,
                                                                              monkeypatch):
    from windtunnel.app.mainwindow import MainWindow
    from windtunnel.io import import_model

    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    problems, asked = [], []
    window.show_problem = lambda title, error: problems.append(str(error))

    def ask(question):
        asked.append(question.question)
        return "as-written"

    window.ask_import_choice = ask
    path = REAL / "networkx_force.json"
    assert window.open_file(str(path)), problems
    assert asked == ["undirected"]
    model = window.workspace.windows[-1].document.model
    command_line = import_model(path, undirected="as-written").model
    assert len(model.nodes) == 11 and len(model.edges) == 16
    assert [(e.source, e.target, e.weight) for e in model.edges] == [
        (e.source, e.target, e.weight) for e in command_line.edges]
