"""Save, open, close questions, load errors, recent files, and files changed on disk."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QUrl, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from conftest import make_small_model
from windtunnel.model import Node, dumps, load, save


def test_save_as_then_save_and_the_modified_marker(window, tmp_path):
    target = tmp_path / "map"
    window.ask_save_path = lambda *a: str(target)
    window.editor.add_node((50.0, 50.0))
    assert window.isWindowModified()
    assert window.actions.save.trigger() is None and window.document.path == (tmp_path / "map.wtm")
    assert not window.isWindowModified()
    assert load(tmp_path / "map.wtm") == window.document.model
    assert window.windowTitle().startswith("map.wtm")
    window.document.undo_stack.undo()
    assert window.isWindowModified()  # the marker follows the stack's clean state
    window.document.undo_stack.redo()
    assert not window.isWindowModified()
    assert window.workspace.preferences.recent_files() == [str(tmp_path / "map.wtm")]


def test_open_bad_file_shows_located_problems_and_keeps_the_document(window, tmp_path):
    bad = tmp_path / "bad.wtm"
    text = dumps(make_small_model()).replace('"weight": 0.6', '"weight": 1.7')
    bad.write_text(text, encoding="utf-8")
    shown = []
    window.show_problem = lambda title, exc: shown.append(exc)
    before = window.document
    assert not window.open_file(str(bad))
    assert "edges[0].weight" in str(shown[0]) and str(bad) in str(shown[0])
    assert window.document is before and len(window.workspace.windows) == 1


def test_open_reuses_a_pristine_window_else_opens_another(workspace, tmp_path, qtbot):
    path = tmp_path / "small.wtm"
    save(make_small_model(), path)
    first = workspace.windows[0]
    assert first.document.is_pristine()
    assert first.open_file(str(path))
    assert first.document.path == path and len(workspace.windows) == 1
    first.new_file()
    assert len(workspace.windows) == 2
    second = workspace.windows[1]
    assert second.document.is_pristine()
    assert first.open_file(str(path))  # already open: no second copy
    assert len(workspace.windows) == 2


def test_files_dropped_on_the_canvas_open(workspace, tmp_path):
    path = tmp_path / "dropped.wtm"
    save(make_small_model(), path)
    window = workspace.windows[0]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    window.view.dropEvent(event)
    assert window.document.path == path


def test_close_with_unsaved_changes_asks(window):
    window.editor.add_node((1.0, 1.0))
    asked = []
    window.ask_save_changes = lambda: asked.append(1) or "cancel"
    assert not window.close()
    assert asked and window.isVisible()
    window.ask_save_changes = lambda: "discard"
    assert window.close()


def test_close_and_save_writes_the_file(window, tmp_path):
    window.editor.add_node((1.0, 1.0))
    window.ask_save_changes = lambda: "save"
    window.ask_save_path = lambda *a: str(tmp_path / "closing.wtm")
    assert window.close()
    assert len(load(tmp_path / "closing.wtm").nodes) == 4


def test_file_changed_on_disk_is_noticed_and_reloaded(window, tmp_path, qtbot):
    path = tmp_path / "watched.wtm"
    save(make_small_model(), path)
    assert window.open_file(str(path))
    target = next(w for w in window.workspace.windows if w.document.path == path)
    target.ask_save_path = lambda *a: str(path)
    target.editor.add_node((5.0, 5.0))
    target.save()  # our own write is not a change
    QApplication.processEvents()
    asked = []
    target.ask_reload = lambda p: asked.append(p) or True
    other = load(path)
    other.add_node(Node("outside", "Edited outside", position=(9.0, 9.0)))
    save(other, path, backup=False)
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)
    assert asked == [str(path)]
    assert target.document.model.node("outside") is not None
    assert not target.isWindowModified()


def test_a_reloaded_file_s_mended_text_is_told_too(window, tmp_path, qtbot, monkeypatch):
    """Another program rewrites the open file with a control character in a label: the
    reload removes it, says so, and leaves the document modified (Save writes it clean)."""
    from windtunnel.app.mainwindow import MainWindow

    path = tmp_path / "watched.wtm"
    save(make_small_model(), path)
    assert window.open_file(str(path))
    target = next(w for w in window.workspace.windows if w.document.path == path)
    said = []
    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, found, imported=True:
                        said.append((title, imported)))
    target.ask_reload = lambda p: True
    path.write_text(dumps(make_small_model()).replace('"label": "Access ban"',
                                                      '"label": "Access ban\\u0007"'),
                    encoding="utf-8")
    qtbot.waitUntil(lambda: bool(said), timeout=15000)
    assert said == [("Opened watched.wtm", False)]
    assert target.document.model.node("ban").label == "Access ban"
    assert target.isWindowModified()


def test_new_from_template_is_untitled_and_unmodified(window, tmp_path):
    template = tmp_path / "template.wtm"
    save(make_small_model(), template)
    window.new_from_template(template)
    new = window.workspace.windows[-1]
    assert new.document.path is None and not new.document.modified
    assert new.document.model == make_small_model()


def test_unknown_extension_is_refused_with_a_message(window, tmp_path):
    odd = tmp_path / "notes.doc"
    odd.write_text("hello")
    shown = []
    window.show_problem = lambda title, exc: shown.append(str(exc))
    assert not window.open_file(str(odd))
    assert "cannot open .doc files" in shown[0]


def test_workbook_import_opens_as_a_new_unsaved_document(window, tmp_path):
    from windtunnel.io import write_model_workbook

    book = tmp_path / "exported.xlsx"
    write_model_workbook(make_small_model(), book)
    notes = []
    window.show_notes = lambda title, found: notes.append(found)
    assert window.open_file(str(book))
    imported = window.workspace.windows[-1]
    assert imported.document.path is None and imported.document.modified
    assert [n.id for n in imported.document.model.nodes] == ["ban", "leak", "lab"]
    assert imported.windowTitle().startswith("Imported from exported.xlsx")
    imported.ask_save_path = lambda *a: str(tmp_path / "from-book")
    assert imported.save()
    assert load(tmp_path / "from-book.wtm") == imported.document.model
    assert book.exists()  # the workbook itself is untouched


def test_broken_csv_import_names_the_problem(window, tmp_path):
    bad = tmp_path / "edges.csv"
    bad.write_text("source,target,weight\na,b,heavy\n", encoding="utf-8")
    shown = []
    window.show_problem = lambda title, exc: shown.append(str(exc))
    assert not window.open_file(str(bad))
    assert "edges.csv" in shown[0]
    assert len(window.workspace.windows) == 1


def test_a_csv_in_a_windows_code_page_opens_with_a_note_or_is_refused(window, tmp_path,
                                                                       monkeypatch):
    """A Shift_JIS edges table opens as written, the notes naming the code page; a file
    whose code page cannot be told is refused, naming the candidates, and no window opens."""
    from windtunnel.app.mainwindow import MainWindow

    edges = tmp_path / "edges.csv"
    edges.write_bytes("From,To,Weight\r\n需要,供給,0.5\r\nｱｸﾀｰ,需要,-0.3\r\n".encode("cp932"))
    notes, shown = [], []
    # the import's window (a new one) says what it did: caught on every window, never a
    # dialog waiting for a click
    monkeypatch.setattr(MainWindow, "show_notes",
                        lambda self, title, found: notes.append([str(n) for n in found]))
    window.show_problem = lambda title, exc: shown.append(str(exc))
    assert window.open_file(str(edges))
    imported = window.workspace.windows[-1]
    assert {n.label for n in imported.document.model.nodes} == {"ｱｸﾀｰ", "供給", "需要"}
    assert notes[0][0] == ("edges.csv: not UTF-8: read as Shift_JIS (Japanese Windows), the "
                           "one code page its text reads plausibly in")
    opened = len(window.workspace.windows)
    edges.write_bytes("From,To\r\n上限,x\r\n".encode("gbk"))
    assert not window.open_file(str(edges))
    assert "whether it is GBK (Simplified Chinese Windows) or Shift_JIS (Japanese Windows) " \
           "cannot be told for sure" in shown[0]
    assert "File > Save As, as \"CSV UTF-8 (Comma delimited)\"" in shown[0]
    assert len(window.workspace.windows) == opened


def test_a_model_file_with_control_characters_opens_mended_says_so_and_saves_clean(
        window, tmp_path, monkeypatch):
    """A .wtm edited by hand with a terminal colour code in a label opens with the code
    removed, a dialog naming the node and field, and the document modified; Save writes
    the file without it."""
    from windtunnel.app.mainwindow import MainWindow

    path = tmp_path / "dirty.wtm"
    path.write_text(dumps(make_small_model()).replace('"label": "Access ban"',
                                                      '"label": "Access ban\\u001b[31m"'),
                    encoding="utf-8")
    said = []
    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, found, imported=True:
                        said.append((title, [str(n) for n in found], imported)))
    assert window.open_file(str(path))
    [(title, notes, imported)] = said
    assert title == "Opened dirty.wtm" and imported is False
    assert notes[0].startswith("node 'ban'.label: removed control characters")
    opened = window.workspace.windows[-1]
    assert opened.document.path == path
    assert opened.document.model.node("ban").label == "Access ban[31m"
    assert opened.document.modified and opened.isWindowModified()
    assert opened.actions.save.trigger() is None
    assert "\\u001b" not in path.read_text(encoding="utf-8")
    assert load(path).node("ban").label == "Access ban[31m"


def test_export_png_and_svg(window, tmp_path, qtbot):
    """The PNG is painted in strips and encoded on a worker; the SVG is written at once."""
    window.ask_save_path = lambda title, suggested, filters: str(tmp_path / "map")
    assert window.map_exporter.export("png")
    assert window.map_exporter.export("svg")
    qtbot.waitUntil((tmp_path / "map.png").exists, timeout=20_000)
    png = (tmp_path / "map.png").read_bytes()
    assert png.startswith(b"\x89PNG")
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Access ban" in svg


def test_an_exported_map_is_drawn_in_full_however_far_the_view_is_zoomed_out(window):
    """Zoomed out, the window draws the map in batches, without labels (overview mode); a
    picture of the map is the same at every zoom of the view: nodes with their labels."""
    from windtunnel.app import export

    window.view.set_zoom(1.0)
    assert not window.scene.overview
    in_full = export.map_image(window.scene)
    svg = export.map_svg_bytes(window.scene, title="map")
    window.view.set_zoom(0.1)
    assert window.scene.overview
    assert export.map_image(window.scene) == in_full
    assert export.map_svg_bytes(window.scene, title="map") == svg
    assert window.scene.overview             # the window itself still draws in batches


def test_an_exported_map_shows_no_selection_hover_or_highlight(window, qtbot):
    """A picture for a report shows the map, not what the user is doing with it: no
    selection outline or glow, no connect handle, no hovered edge's label, no find halo;
    the window keeps all of them."""
    from PySide6.QtTest import QTest

    from windtunnel.app import export

    scene, view = window.scene, window.view
    plain = export.map_image(scene, scale=1.0)
    plain_svg = export.map_svg_bytes(scene, title="map")
    scene.select(["ban"], [("leak", "lab")])
    hovered = scene.edge_items[("ban", "leak")]
    view.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)     # activation arrives later, as an event

    def pointer_on_edge() -> bool:
        """The pointer put on the edge where it is now, until the edge shows its hover.
        One move is not enough: QTest.mouseMove runs the event loop, and what is queued
        (a worker's results, the window's activation) may move the map or end the hover
        after it; no later pointer event would bring it back. From elsewhere first: a
        move to where the pointer already is sends no event."""
        if not hovered.paints_itself:
            QTest.mouseMove(view.viewport(), view.viewport().rect().bottomRight() - QPoint(2, 2))
            QTest.mouseMove(view.viewport(), view.mapFromScene(hovered.midpoint))
        return hovered.paints_itself

    qtbot.waitUntil(pointer_on_edge)                          # its label shows on hover
    scene.set_highlight(["lab"])                              # found
    view.viewport().grab()
    assert view.connect_handle.hovered is None and scene.lone_selected_node() is not None
    assert export.map_image(scene, scale=1.0) == plain
    assert export.map_svg_bytes(scene, title="map") == plain_svg
    assert scene.selected_node_ids() == ["ban"] and scene.selected_edge_keys() == [("leak", "lab")]
    assert hovered.paints_itself and scene.edge_items[("leak", "lab")].paints_itself
    assert scene.node_items["lab"].highlighted


def test_save_failure_keeps_the_document_modified(window, tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    os.chmod(folder, 0o500)
    shown = []
    window.show_problem = lambda title, exc: shown.append(str(exc))
    window.ask_save_path = lambda *a: str(folder / "x.wtm")
    window.editor.add_node((1.0, 1.0))
    try:
        if os.access(folder, os.W_OK):  # running as root: permissions do not bite
            return
        assert not window.save()
        assert shown and window.isWindowModified() and window.document.path is None
    finally:
        os.chmod(folder, 0o700)


def test_a_file_handed_over_by_the_system_opens(workspace, tmp_path):
    """macOS delivers a double-clicked .wtm as a QFileOpenEvent to the running app: the app
    takes its path and opens it in the last window."""
    from PySide6.QtGui import QFileOpenEvent

    from windtunnel.app.main import handed_over_file, open_handed_over

    path = tmp_path / "double-clicked.wtm"
    save(make_small_model(), path)
    handed = handed_over_file(QFileOpenEvent(str(path)))
    assert handed == str(path)
    assert handed_over_file(QEvent(QEvent.Type.MouseMove)) == ""
    open_handed_over(workspace, handed)
    assert workspace.windows[0].document.path == path


def test_the_application_passes_on_the_files_the_system_hands_over(tmp_path):
    """The app's own QApplication turns a QFileOpenEvent sent to it into the path it
    carries (its own process: this one already has a QApplication)."""
    import subprocess
    import sys

    script = (
        "from PySide6.QtCore import QCoreApplication, QEvent\n"
        "from PySide6.QtGui import QFileOpenEvent\n"
        "from windtunnel.app.main import Application\n"
        "app = Application(['windtunnel'])\n"
        "handed = []\n"
        "app.file_handed_over.connect(handed.append)\n"
        "taken = QCoreApplication.sendEvent(app, QFileOpenEvent('/maps/double-clicked.wtm'))\n"
        "QCoreApplication.sendEvent(app, QEvent(QEvent.Type.User))\n"
        "print(taken, handed)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True ['/maps/double-clicked.wtm']"


def test_a_bundled_model_opens_as_an_untitled_copy(window, tmp_path):
    """Save after a workshop on the bundled model asks where: it never overwrites the file
    the app ships."""
    from windtunnel.paths import bundled_model

    shipped = bundled_model()
    before = shipped.read_bytes()
    assert window.open_file(str(shipped))
    shown = window.workspace.windows[-1]
    assert shown.document.path is None and "copy" in shown.document.display_name
    asked = []
    shown.ask_save_path = lambda *args: asked.append(args) or ""
    assert not shown.save()
    assert asked and shipped.read_bytes() == before


def test_closing_an_untitled_copy_asks_about_it_by_its_name_alone(window, monkeypatch):
    """The question names the document once ("... (a copy)"), not with the window title's
    "(unsaved)" after it as well."""
    from PySide6.QtWidgets import QMessageBox

    from windtunnel.paths import bundled_model

    assert window.open_file(str(bundled_model()))
    shown = window.workspace.windows[-1]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *rest: asked.append(text) or QMessageBox.Cancel))
    assert shown.ask_save_changes() == "cancel"
    name = shown.document.plain_name
    assert name.endswith("(a copy)")
    assert asked == [f"Save the changes to \u201c{name}\u201d before closing?"]
    assert shown.windowTitle().startswith(f"{name} (unsaved)")


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


TINY = """{
  "format": "windtunnel-model", "version": 4, "title": "Tiny",
  "nodes": [
    {"id": "lev", "label": "Lever", "kind": "restriction"},
    {"id": "a", "label": "A", "kind": "factor", "initial": 0.2},
    {"id": "b", "label": "B", "kind": "factor"}
  ],
  "edges": [
    {"source": "lev", "target": "a", "weight": 0.5},
    {"source": "a", "target": "b", "weight": 0.8, "delay": 1},
    {"source": "b", "target": "a", "weight": -0.3}
  ]
}"""


def test_a_model_without_positions_opens_laid_out_and_modified(window, tmp_path):
    """A hand-written .wtm gives no node a position: every node sat at (0, 0), one on top
    of another. It opens laid out, says so, and Save keeps the places."""
    import math

    path = tmp_path / "tiny.wtm"
    path.write_text(TINY, encoding="utf-8")
    assert window.open_file(str(path))
    window = window.workspace.windows[-1]          # the window showing the file
    model = window.document.model
    spots = [n.position for n in model.nodes]
    assert min(math.dist(p, q) for i, p in enumerate(spots) for q in spots[i + 1:]) > 100
    assert [e.key for e in model.edges] == [e.key for e in load(path).edges]   # meaning kept
    assert window.document.path == path.resolve() and window.isWindowModified()
    assert "tiny.wtm" in window.statusBar().currentMessage()
    assert "laid out" in window.statusBar().currentMessage()
    window.actions.save.trigger()
    assert [n.position for n in load(path).nodes] == spots and not window.isWindowModified()


def test_a_model_stacking_only_some_nodes_opens_as_written(window, tmp_path):
    """Nodes stacked on purpose beside others are the author's picture: left as they are."""
    model = make_small_model()
    first = model.nodes[0]
    model.update_node(model.nodes[1].id, position=first.position)
    path = tmp_path / "stacked.wtm"
    save(model, path)
    assert window.open_file(str(path))
    window = window.workspace.windows[-1]
    assert window.document.path == path.resolve()
    assert window.document.model == load(path) and not window.isWindowModified()
    assert window.statusBar().currentMessage() == ""


def test_a_script_rewriting_the_open_file_with_every_node_at_one_spot_reloads_laid_out(
        window, tmp_path, qtbot):
    """A script saves the open model again with every node at (0, 0): the reload lays
    them out and says so, as opening the file does."""
    path = tmp_path / "watched.wtm"
    save(make_small_model(), path)
    assert window.open_file(str(path))
    target = next(w for w in window.workspace.windows if w.document.path == path)
    target.ask_reload = lambda p: True
    path.write_text(TINY, encoding="utf-8")
    qtbot.waitUntil(lambda: target.document.model.node("lev") is not None, timeout=15000)
    assert len({n.position for n in target.document.model.nodes}) == 3
    assert target.isWindowModified() and "laid out" in target.statusBar().currentMessage()


def test_a_model_without_positions_given_at_start_up_opens_laid_out(qapp, tmp_path,
                                                                    preferences):
    """``windtunnel tiny.wtm`` (the file given on the command line, or double-clicked)
    opens the same way as File > Open does: laid out, modified, and the status bar says so."""
    from windtunnel.app.main import start

    path = tmp_path / "tiny.wtm"
    path.write_text(TINY, encoding="utf-8")
    workspace = start(str(path), preferences=preferences, recovery_root=tmp_path / "rec")
    try:
        window = workspace.windows[0]
        assert len({n.position for n in window.document.model.nodes}) == 3
        assert window.document.path == path.resolve() and window.isWindowModified()
        assert "laid out" in window.statusBar().currentMessage()
    finally:
        for window in list(workspace.windows):
            window.ask_save_changes = lambda: "discard"
            window.close()


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
    assert shown_title == title and any(b.startswith(rescale) for b in buttons), buttons


def test_a_question_with_one_answer_states_it_instead_of_a_lone_radio_button(qtbot):
    """Weights that only a rescale can read: the dialog says what OK does (a lone, checked
    radio button offered no choice), OK answers it and Cancel answers nothing."""
    from PySide6.QtWidgets import QLabel, QRadioButton

    from windtunnel.app.import_question import ImportQuestion

    def dialog():
        shown = ImportQuestion("Weights outside [-1, 1]", "Weights range up to 5.",
                               [("rescale", "Rescale (divide every weight by the largest)")])
        qtbot.addWidget(shown)
        return shown

    asked = dialog()
    assert not asked.findChildren(QRadioButton)
    assert asked.statement in asked.findChildren(QLabel)
    assert asked.statement.text() == "Rescale (divide every weight by the largest)"
    asked.accept()
    assert asked.answer() == "rescale"
    cancelled = dialog()
    cancelled.reject()
    assert cancelled.answer() is None


def test_a_save_to_a_path_too_long_names_its_start_and_its_file_name(window, tmp_path):
    """The refusal showed the whole path, about 5,000 characters, in the dialog."""
    shown = []
    window.show_problem = lambda title, exc: shown.append(str(exc))
    window.ask_save_path = lambda *a: str(tmp_path.joinpath(*["d" * 200] * 25, "map.wtm"))
    window.editor.add_node((1.0, 1.0))
    assert not window.save()
    (message,) = shown
    assert "…/map.wtm" in message and len(message) < 400
    assert window.isWindowModified() and window.document.path is None
