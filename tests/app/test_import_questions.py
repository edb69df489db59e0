"""The questions an import asks (ambiguous columns, participants' sheets, an edge listed
twice, a stray weight, a name close to another): asked once, answered as written, whole on
the screen, in the interface's language; a refused file asks nothing."""

from __future__ import annotations

import pytest


def test_an_ambiguous_import_asks_once_and_records_the_answer(window, monkeypatch):
    """Undirected edges and weights outside [-1, 1] are asked about, each once; Cancel opens
    nothing; the answer is what the import does."""
    from pathlib import Path

    real = Path(__file__).parent.parent / "data" / "real" / "lookalike"
    path = str(real / "gephi_people_weighted.graphml")
    asked = []

    def answer(choice):
        def ask(question):
            asked.append((question.question, question.choices))
            return choice(question)
        return ask

    from windtunnel.app.mainwindow import MainWindow

    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    problems = []
    window.show_problem = lambda title, error: problems.append(str(error))
    window.ask_import_choice = answer(lambda q: None)
    windows = len(window.workspace.windows)
    assert not window.open_file(path) and len(window.workspace.windows) == windows
    asked.clear()
    window.ask_import_choice = answer(lambda q: q.choices[-1])   # as written; rescale
    assert window.open_file(path), problems
    questions = [q for q, _ in asked]
    assert sorted(questions) == ["out_of_range", "undirected"] and len(set(questions)) == 2
    model = window.workspace.windows[-1].document.model
    assert max(abs(e.weight) for e in model.edges) == 1.0           # rescaled
    assert "as-written" in model.description or "as written" in model.description


def test_a_workbook_of_participants_asks_which_sheet(window, monkeypatch):
    """PyFCM's 13-participant workbook: the app asks once, offering the mean or one sheet."""
    from pathlib import Path

    from windtunnel.app.mainwindow import MainWindow

    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    path = (Path(__file__).parent.parent / "data" / "real" /
            "pyfcm_AllParticipants_Adjacency_Matrix_Example.xlsx")
    asked = []

    def ask(question):
        asked.append(question)
        return question.choices[2]                       # the first participant's sheet
    window.ask_import_choice = ask
    assert window.open_file(str(path))
    (question,) = asked
    assert question.question == "participants"
    assert question.choices[:2] == ("keep", "aggregate")
    assert len(question.choices) == 15          # all as participants, the mean, or one sheet
    model = window.workspace.windows[-1].document.model
    assert repr(question.choices[2])[1:-1] in model.description   # the answer is recorded


def test_an_edge_listed_twice_is_asked_about_offering_the_sum_or_the_mean(window, monkeypatch,
                                                                          tmp_path):
    """The question names the edge and its rows, its buttons say what each answer does, and
    the answer is what the import does (the mean of 0.6 and 0.7 here)."""
    from windtunnel.app.import_question import ImportQuestion
    from windtunnel.app.mainwindow import MainWindow
    from windtunnel.io import import_model
    from windtunnel.io.importing import ChoiceNeeded

    path = tmp_path / "edges.csv"
    path.write_text("From,To,Weight\nA,B,0.6\nC,D,0.5\nA,B,0.7\n", encoding="utf-8")
    with pytest.raises(ChoiceNeeded) as question:
        import_model(path, repeated="ask")
    shown = []

    def show(dialog):
        shown.append((dialog.question.text(), [button.text() for button in dialog.choices]))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ImportQuestion, "exec", show)
    assert window.ask_import_choice(question.value) is None       # nothing clicked
    text, buttons = shown[0]
    assert "A → B (rows 2, 4)" in text
    assert {"Add their weights (as Gephi merges parallel edges)",
            "Take the mean of their weights"} <= set(buttons)
    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    asked = []
    window.ask_import_choice = lambda q: asked.append((q.question, q.choices)) or "mean"
    assert window.open_file(str(path))
    assert asked == [("repeated", ("add", "mean"))]
    model = window.workspace.windows[-1].document.model
    assert sorted(round(e.weight, 6) for e in model.edges) == [0.5, 0.65]
    assert "repeated edges: mean" in model.description


def test_a_question_with_a_dozen_sheets_shows_every_answer_whole_on_the_screen(
        window, monkeypatch, qtbot):
    """A workbook of 12 participants' sheets: each answer is a line of its own, inside the
    1366 x 768 screen and not cut short, a sheet's answer says what choosing it does, and
    the answer chosen is the one returned."""
    from PySide6.QtCore import QRect

    from windtunnel.app.import_question import ImportQuestion
    from windtunnel.errors import Problem
    from windtunnel.io.importing import ChoiceNeeded

    sheets = tuple(f"Expert_{i}" for i in range(1, 13))
    question = ChoiceNeeded("participants", Problem("", "12 participant sheets ({})".format(
        ", ".join(sheets))), ("keep", "aggregate", *sheets))
    seen = []

    def show(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        screen = dialog.screen().geometry()
        for button in dialog.choices:
            place = QRect(button.mapToGlobal(button.rect().topLeft()), button.size())
            seen.append((button.text(), screen.contains(place),
                         button.width() >= button.sizeHint().width(),
                         button.visibleRegion().boundingRect() == button.rect()))
        chosen = next(b for b, answer in dialog.choices.items() if answer == "Expert_3")
        chosen.click()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ImportQuestion, "exec", show)
    assert window.ask_import_choice(question) == "Expert_3"
    assert len(seen) == 14
    assert all(inside and whole and unclipped for _, inside, whole, unclipped in seen), seen
    texts = [text for text, *_ in seen]
    assert texts[:2] == ["Every sheet as a participant (the map is their aggregate)",
                         "Only their aggregate (no participants kept)"]
    assert texts[4] == "Only sheet \u201cExpert_3\u201d"


def test_a_sheet_named_with_an_ampersand_is_answered_as_written(qtbot):
    """A sheet named R&D is offered as 'R&D', not as 'RD' with D made a keyboard shortcut
    (a button's text takes "&" for a mnemonic)."""
    from windtunnel.app.import_question import ImportQuestion

    dialog = ImportQuestion("Sheets", "2 participant sheets",
                            [("R&D", "Only sheet \u201cR&D\u201d"), ("keep", "Keep every sheet")])
    qtbot.addWidget(dialog)
    button = next(b for b, answer in dialog.choices.items() if answer == "R&D")
    assert button.shortcut().isEmpty()
    assert button.text().replace("&&", "&") == "Only sheet \u201cR&D\u201d"


def test_a_file_refused_for_a_row_asks_nothing(window, monkeypatch, tmp_path):
    """An edges table raising every question (an undirected row, an edge listed twice, a
    weight of 3) whose one row has a Low above its weight: Open shows the refusal naming
    that cell and asks nothing (it asked about the rows and the rescaling first)."""
    from windtunnel.app.mainwindow import MainWindow

    path = tmp_path / "edges.csv"
    path.write_text("From,To,Weight,Direction,Low\nA,B,0.5,undirected,\nA,B,0.3,directed,\n"
                    "C,D,3,directed,\nF,G,0.5,directed,0.7\n", encoding="utf-8")
    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    asked, problems = [], []
    window.ask_import_choice = lambda question: asked.append(question.question) or "both"
    window.show_problem = lambda title, error: problems.append(str(error))
    windows = len(window.workspace.windows)
    assert not window.open_file(str(path))
    assert asked == []
    assert problems == ["edges.csv: row 5, column Low: 0.7 is above the weight 0.5"]
    assert len(window.workspace.windows) == windows


def test_a_stray_weight_is_asked_about_naming_its_cell_and_refused_when_so_answered(
        window, monkeypatch, tmp_path, accepted_questions):
    """One 1.5 among weights within [-1, 1]: the question begins with a capital, names the
    cell, and offers to stop and correct it first (chosen to begin with) or to rescale;
    stopping shows the cell's problem and opens nothing."""
    from windtunnel.app.mainwindow import MainWindow

    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    path = tmp_path / "edges.csv"
    path.write_text("From,To,Weight\nA,B,0.6\nB,C,-0.5\nC,D,0.3\nD,A,1.5\n", encoding="utf-8")
    problems = []
    window.show_problem = lambda title, error: problems.append(str(error))
    windows = len(window.workspace.windows)
    assert not window.open_file(str(path))
    ((text, buttons, chosen),) = accepted_questions
    assert text.startswith("1 weight is outside [-1, 1] where the others are within it, "
                           "which looks like a typing slip: row 5, column Weight (1.5). How")
    assert buttons == ["Stop the import, to correct those weights first",
                       "Rescale (divide every weight by the largest)"]
    assert chosen == "refuse"
    assert len(problems) == 1 and "row 5, column Weight: 1.5 is outside [-1, 1]" in problems[0]
    assert len(window.workspace.windows) == windows


def test_a_question_from_the_core_begins_with_a_capital(window, monkeypatch):
    """The core writes its messages to follow a place ("weights range up to 4, ..."); the
    question the app shows is a sentence."""
    from windtunnel.app.import_question import ImportQuestion
    from windtunnel.errors import Problem
    from windtunnel.io.importing import ChoiceNeeded

    shown = []
    monkeypatch.setattr(ImportQuestion, "exec",
                        lambda dialog: shown.append(dialog.question.text()) or dialog.reject())
    window.ask_import_choice(ChoiceNeeded("out_of_range", Problem(
        "", "weights range up to 4, outside [-1, 1]")))
    assert shown[0].startswith("Weights range up to 4, outside [-1, 1]. How should")


def test_a_name_close_to_another_is_asked_about(window, monkeypatch, tmp_path):
    """"Chip smugling" beside "Chip smuggling": the app asks whether to stop and correct
    it or make it a node of its own; the answer is what the import does."""
    from windtunnel.app.mainwindow import MainWindow

    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    path = tmp_path / "edges.csv"
    path.write_text("From,To,Weight\nChip smuggling,Misuse risk,0.6\n"
                    "Chip smugling,Misuse risk,0.3\n", encoding="utf-8")
    asked = []
    window.ask_import_choice = lambda q: asked.append((q.question, q.choices, str(q))) or "create"
    assert window.open_file(str(path))
    ((question, choices, text),) = asked
    assert (question, choices) == ("near_names", ("refuse", "create"))
    assert "'Chip smugling' (row 3) is close to 'Chip smuggling' (row 2)" in text
    model = window.workspace.windows[-1].document.model
    assert len(model.nodes) == 3 and "names close to another: create" in model.description


def test_headerless_numbers_that_read_two_ways_are_asked_about(window, monkeypatch, tmp_path):
    """1,2,0.5 / 2,3,-0.4 / 3,1,0.2: three edges, or a 3 x 3 matrix; the app asks, and
    the answer is what the import reads."""
    from windtunnel.app.import_question import _words
    from windtunnel.app.mainwindow import MainWindow

    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    path = tmp_path / "numbers.csv"
    path.write_text("1,2,0.5\n2,3,-0.4\n3,1,0.2\n", encoding="utf-8")
    asked = []
    window.ask_import_choice = lambda q: asked.append((q.question, q.choices)) or "edges"
    assert window.open_file(str(path))
    assert asked == [("headerless", ("edges", "matrix"))]
    assert set(_words()["headerless"][1]) == {"edges", "matrix"}
    model = window.workspace.windows[-1].document.model
    assert {(e.source, e.target) for e in model.edges} == {("1", "2"), ("2", "3"), ("3", "1")}


def test_several_sheets_of_nodes_are_asked_about_by_their_names(window, monkeypatch,
                                                                  tmp_path, qtbot):
    """A Kumu workbook whose elements sheet is renamed, beside a list of stakeholders by
    Name: the app asks which sheet lists the nodes, offering each sheet as "The sheet ...",
    and reads the one chosen, the note saying so."""
    from windtunnel.app.import_question import ImportQuestion
    from windtunnel.app.mainwindow import MainWindow
    from workbooks import write_workbook

    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    path = write_workbook(tmp_path / "kumu.xlsx", {
        "Map elements": [("Label", "Type"), ("Fuel tax", "Policy"), ("Car use", "Behaviour")],
        "Stakeholders": [("Name", "Role"), ("Fuel tax", "ministry"), ("Car use", "drivers")],
        "Map connections": [("From", "To", "Strength"), ("Fuel tax", "Car use", -0.6)]})
    offered = []

    def answer(dialog):
        offered.extend(button.text() for button in dialog.choices)
        next(b for b, choice in dialog.choices.items() if choice == "Map elements").click()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ImportQuestion, "exec", answer)
    assert window.open_file(str(path))
    assert offered == ["The sheet \u201cMap elements\u201d", "The sheet \u201cStakeholders\u201d"]
    model = window.workspace.windows[-1].document.model
    assert {n.label: n.kind for n in model.nodes}["Fuel tax"] == "restriction"
    assert "sheet Map elements: read as the nodes" in model.description


def test_a_refused_weight_range_says_what_to_choose_in_the_app(window, tmp_path):
    """Weights outside [-1, 1] that the user chose to stop the import for: the refusal
    says to choose "Rescale" when asked again, not the command line's option."""
    path = tmp_path / "edges.csv"
    path.write_text("Source,Target,Weight\nA,B,3\nB,C,5\n", encoding="utf-8")
    problems = []
    window.show_problem = lambda title, error: problems.append(str(error))
    window.ask_import_choice = lambda question: "refuse"
    assert not window.open_file(str(path))
    (problem,) = problems
    assert "\u201cRescale\u201d when Windtunnel asks" in problem and "--" not in problem


def test_a_file_opened_without_a_question_still_speaks_of_the_app_when_refused(tmp_path):
    """The file given at start-up (or reloaded) is read with the defaults, asking nothing;
    its refusal says to import again and choose, never the command line's option."""
    from windtunnel.app.files import open_model
    from windtunnel.errors import LoadError

    path = tmp_path / "edges.csv"
    path.write_text("From,To,Weight\nA,B,0.5\nB,C,0.4\nC,D,1.5\nD,A,-0.3\n", encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        open_model(path)
    (problem,) = refused.value.problems
    assert "\u201cRescale\u201d when Windtunnel asks" in problem.message
    assert "--" not in problem.message


@pytest.mark.parametrize("tag, title, rescale", [
    ("ja", "[-1, 1] \u306e\u7bc4\u56f2\u5916\u306e\u91cd\u307f", "\u518d\u30b9\u30b1\u30fc\u30eb"),
    ("zh-CN", "\u8d85\u51fa [-1, 1] \u7684\u6743\u91cd", "\u91cd\u65b0\u7f29\u653e"),
    ("zh-HK", "\u8d85\u51fa [-1, 1] \u7684\u6b0a\u91cd", "\u91cd\u65b0\u7e2e\u653e")])
def test_the_import_question_speaks_the_interface_s_language(tag, title, rescale, window,
                                                             monkeypatch):
    """The question's words live with its dialog (import_question.py), translated there."""
    from windtunnel.app.import_question import ImportQuestion, ask_import_question
    from windtunnel.app.translations import apply_language
    from windtunnel.errors import Problem
    from windtunnel.io.importing import ChoiceNeeded

    shown = []

    def show(dialog):
        answers = [button.text() for button in dialog.choices]
        if dialog.statement is not None:                  # the one answer, stated
            answers.append(dialog.statement.text())
        shown.append((dialog.windowTitle(), answers))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ImportQuestion, "exec", show)
    apply_language(tag)
    try:
        question = ChoiceNeeded("out_of_range", Problem("row 2", "3 is outside [-1, 1]"))
        assert ask_import_question(question, window) is None
    finally:
        apply_language("en")
    (shown_title, buttons), = shown
    assert shown_title == title and any(rescale in b for b in buttons), buttons


def test_a_question_with_one_answer_states_it_instead_of_a_lone_radio_button(qtbot,
                                                                           monkeypatch):
    """Weights that only a rescale can read: the dialog says what its buttons do (a lone,
    checked radio button offered no choice, and nothing said that Cancel stops the
    import): Rescale and Import answers it, Cancel Import answers nothing."""
    from PySide6.QtWidgets import QLabel, QRadioButton

    from windtunnel.app.import_question import ImportQuestion, ask_import_question
    from windtunnel.errors import Problem
    from windtunnel.io.importing import ChoiceNeeded

    shown = []

    def show(dialog, press):
        qtbot.addWidget(dialog)
        shown.append(dialog)
        (dialog.import_button if press == "import" else dialog.cancel_button).click()
        return dialog.result()

    question = ChoiceNeeded("out_of_range", Problem("row 2", "weights range up to 31"),
                            choices=("rescale",))
    for press, expected in (("import", "rescale"), ("cancel", None)):
        monkeypatch.setattr(ImportQuestion, "exec", lambda dialog: show(dialog, press))
        assert ask_import_question(question, None) == expected
    asked = shown[0]
    assert not asked.findChildren(QRadioButton)
    assert asked.statement in asked.findChildren(QLabel)
    assert asked.statement.text().startswith("Rescale and Import divides every weight by "
                                             "the largest")
    assert asked.import_button.text() == "Rescale and Import"
    assert asked.cancel_button.text() == "Cancel Import"
    assert "nothing is read" in asked.cancelling.text()


@pytest.mark.parametrize("choices", [("rescale",), ("refuse", "rescale")])
def test_the_answers_leave_no_empty_gap_above_the_cancelling_sentence(qtbot, choices):
    """The one answer's statement, or the last radio button, sits one line's spacing above
    "Cancel Import stops the import" (a scroll area kept the room of its scroll bars, and
    the statement the height of lines at another width)."""
    from windtunnel.app.import_question import ImportQuestion

    answers = [(c, f"Answer {c}, which says at some length what choosing it does to the "
                   "weights of the file") for c in choices]
    dialog = ImportQuestion("Weights outside [-1, 1]", "Row 2: weights range up to 31. How "
                            "should Windtunnel read them?", answers,
                            lone=("Rescale and Import", "Rescale and Import divides every "
                                  "weight by the largest, so that they all lie in [-1, 1], "
                                  "their signs and proportions kept."))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    last = dialog.statement or list(dialog.choices)[-1]
    bottom = last.mapTo(dialog, last.rect().bottomLeft()).y()
    top = dialog.cancelling.mapTo(dialog, dialog.cancelling.rect().topLeft()).y()
    assert top - bottom - 1 <= dialog.layout().spacing()
