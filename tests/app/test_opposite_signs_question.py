"""Opening a file that lists one edge twice with opposite signs: the app asks, naming the
edge, its rows and their signs, with stopping the import as the answer chosen to begin
with; stopping shows why and opens nothing. A refusal after the question names the app's
answers, not the command line's options."""

from __future__ import annotations


def test_opposite_signs_are_asked_about_with_stopping_chosen_first(window, tmp_path,
                                                                  accepted_questions):
    path = tmp_path / "edges.csv"
    path.write_text("From,To,Weight\nTax,Demand,0.5\nTax,Demand,-0.5\n", encoding="utf-8")
    problems = []
    window.show_problem = lambda title, error: problems.append(str(error))
    windows = len(window.workspace.windows)
    assert not window.open_file(str(path))
    ((text, buttons, chosen),) = accepted_questions
    assert text.startswith("1 edge listed more than once (Tax → Demand (rows 2, 3)), 1 of "
                           "them with opposite signs, which contradict each other: Tax → "
                           "Demand (row 2: +0.5, row 3: -0.5). How should")
    assert buttons == ["Stop the import, to correct those edges first",
                       "Add their weights (as Gephi merges parallel edges)",
                       "Take the mean of their weights"]
    assert chosen == "refuse"
    assert len(problems) == 1 and "correct the sign that is wrong" in problems[0]
    assert len(window.workspace.windows) == windows


def test_opposite_signs_kept_when_so_answered_are_noted(window, monkeypatch, tmp_path):
    from windtunnel.app.mainwindow import MainWindow

    shown_notes = []
    monkeypatch.setattr(MainWindow, "show_notes",
                        lambda self, title, notes: shown_notes.extend(map(str, notes)))
    path = tmp_path / "edges.csv"
    path.write_text("From,To,Weight\nTax,Demand,0.5\nTax,Demand,-0.2\n", encoding="utf-8")
    window.ask_import_choice = lambda question: "add"
    assert window.open_file(str(path))
    model = window.workspace.windows[-1].document.model
    assert [round(edge.weight, 6) for edge in model.edges] == [0.3]
    assert any("listed with opposite signs (row 2: +0.5, row 3: -0.2)" in note
               for note in shown_notes)


def test_a_sum_refused_after_the_question_names_the_app_s_answer(window, tmp_path):
    """0.6 + 0.7 added, as answered, leaves [-1, 1]: the refusal said to import with
    --repeated mean, an option the app has no way to give."""
    path = tmp_path / "edges.csv"
    path.write_text("From,To,Weight\nA,B,0.6\nA,B,0.7\n", encoding="utf-8")
    problems = []
    window.show_problem = lambda title, error: problems.append(str(error))
    window.ask_import_choice = lambda question: "add"
    assert not window.open_file(str(path))
    (problem,) = problems
    assert "choose \u201cTake the mean of their weights\u201d when Windtunnel asks" in problem
    assert "--" not in problem
