"""Hostile files at every GUI entry point (Open, drag and drop, the file given at start-up,
recovery, paste) and refused saves: a located message in a dialog, the open document and
its edits untouched, never a traceback."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPointF, QUrl, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication

from conftest import make_small_model
from windtunnel.app.clipboard import MIME_TYPE, fragment
from windtunnel.app.main import start
from windtunnel.app.mainwindow import MainWindow
from windtunnel.errors import LoadError, SaveError
from windtunnel.model import dumps, save


def _wtm(replace_from: str, replace_to: str):
    def make(folder):
        text = dumps(make_small_model())
        assert replace_from in text
        path = folder / "bad.wtm"
        path.write_text(text.replace(replace_from, replace_to, 1), encoding="utf-8")
        return path
    return make


def _file(name: str, data: bytes):
    def make(folder):
        (folder / name).write_bytes(data)
        return folder / name
    return make


#: One file per class of hostile input the readers meet, and words its message must hold.
HOSTILE = {
    "lone surrogate in a model": (_wtm('"Leakage"', '"Leak \\ud83d"'), "lone surrogate"),
    "5,000-digit number in a model": (_wtm('"weight": 0.6', '"weight": ' + "9" * 5000),
                                      "5,000 digits"),
    "cut-off emoji in Mental Modeler": (_file("map.mmp", b'{"concepts": [{"id": "1", '
                                                         b'"name": "R \\ud83d"}]}'),
                                        "concepts[0].name"),
    "GraphML node without an id": (_file("net.graphml", b'<graphml xmlns="http://graphml.'
                                                        b'graphdrawing.org/xmlns"><graph>'
                                                        b"<node/></graph></graphml>"),
                                   "<node> element 1 of the file: has no id"),
    "Windows-1252 byte in a UTF-8 CSV": (_file("edges.csv", "Source,Target\nCaf\u00e9,B\n"
                                               .encode() + b"Na\xefve,B\n"), "line 3"),
    "encrypted workbook": (_file("secret.xlsx", b"\xd0\xcf\x11\xe0" + b"\x00" * 64
                                 + "EncryptedPackage".encode("utf-16-le")), "encrypted"),
    "JSON in no format the app reads": (_file("data.json", b'{"values": [1, 2]}'),
                                        "a .json file: Windtunnel opens .json and .xml files"),
}


@pytest.mark.parametrize("background", [False, True], ids=["at once", "on the worker"])
@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_open_shows_a_located_message_and_keeps_the_document(window, tmp_path, qtbot, case,
                                                             background, monkeypatch):
    make, words = HOSTILE[case]
    path = make(tmp_path)
    shown = []
    window.show_problem = lambda title, error: shown.append(error)
    window.background_reads = background
    monkeypatch.setattr("windtunnel.app.files.READ_AT_ONCE_BYTES", 0)   # models as if big
    window.editor.add_node((5.0, 5.0))                 # unsaved work in the open document
    before, model = window.document, window.document.model.copy()
    assert window.open_file(str(path)) is background  # True: the read has started
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert len(shown) == 1 and isinstance(shown[0], LoadError)
    assert shown[0].source.endswith(path.name) and words in str(shown[0]), str(shown[0])
    assert window.document is before and window.document.model == model
    assert window.document.modified and len(window.workspace.windows) == 1


def test_a_reader_bug_ends_in_a_dialog_naming_the_file(window, tmp_path, monkeypatch):
    path = tmp_path / "fine.wtm"
    save(make_small_model(), path)

    def broken(_path):
        raise KeyError("a bug in a reader")
    monkeypatch.setattr("windtunnel.app.files.load_noted", broken)
    shown = []
    window.show_problem = lambda title, error: shown.append(error)
    before = window.document
    assert not window.open_file(str(path))
    assert shown[0].source == "fine.wtm"
    assert "unexpected error (KeyError: 'a bug in a reader')" in str(shown[0])
    assert window.document is before


def test_an_import_reader_bug_is_caught_too(window, tmp_path, monkeypatch):
    path = tmp_path / "edges.csv"
    path.write_text("Source,Target\na,b\n", encoding="utf-8")
    monkeypatch.setattr("windtunnel.io.import_model",
                        lambda *a, **k: 1 / 0)
    shown = []
    window.show_problem = lambda title, error: shown.append(error)
    assert not window.open_file(str(path))
    assert "edges.csv" in str(shown[0]) and "ZeroDivisionError" in str(shown[0])


def test_a_dropped_hostile_file_shows_its_problem(window, tmp_path):
    path = HOSTILE["lone surrogate in a model"][0](tmp_path)
    shown = []
    window.show_problem = lambda title, error: shown.append(error)
    before = window.document
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    window.view.dropEvent(QDropEvent(QPointF(10, 10), Qt.CopyAction, data, Qt.LeftButton,
                                     Qt.NoModifier))
    assert shown and "lone surrogate" in str(shown[0]) and window.document is before


@pytest.fixture
def recorded_problems(monkeypatch):
    """Problems every window shows (windows made during start-up included)."""
    shown = []
    monkeypatch.setattr(MainWindow, "show_problem",
                        lambda self, title, error: shown.append((title, error)))
    return shown


def _close_all(workspace) -> None:
    for window in list(workspace.windows):
        window.ask_save_changes = lambda: "discard"
        window.close()


def test_starting_on_a_file_whose_reader_fails_opens_a_window_with_the_message(
        qapp, tmp_path, preferences, recorded_problems, monkeypatch):
    path = tmp_path / "double-clicked.wtm"
    save(make_small_model(), path)
    monkeypatch.setattr("windtunnel.app.files.load_noted", lambda _p: [][1])
    workspace = start(str(path), preferences=preferences, recovery_root=tmp_path / "rec",
                      ask=lambda parent, sessions: False)
    try:
        assert len(workspace.windows) == 1 and workspace.windows[0].document.is_pristine()
        title, error = recorded_problems[0]
        assert error.source == "double-clicked.wtm" and "IndexError" in str(error)
    finally:
        _close_all(workspace)


def test_a_damaged_recovery_file_is_reported_and_the_others_recovered(
        qapp, tmp_path, preferences, recorded_problems):
    root = tmp_path / "rec"
    folder = root / "old"
    folder.mkdir(parents=True)
    save(make_small_model(), folder / "doc-1.wtm")
    (folder / "doc-2.wtm").write_text(dumps(make_small_model()).replace(
        '"Leakage"', '"Leak \\ud83d"'), encoding="utf-8")
    workspace = start(None, preferences=preferences, recovery_root=root, open_default=False,
                      ask=lambda parent, sessions: True)
    try:
        recovered = [w for w in workspace.windows if w.document.name.startswith("Recovered")]
        assert len(recovered) == 1 and recovered[0].document.modified
        assert len(recorded_problems) == 1
        title, error = recorded_problems[0]
        assert "recovered" in title and "doc-2.wtm" in str(error)
        assert "lone surrogate" in str(error)
    finally:
        _close_all(workspace)


# -- imports on the worker ------------------------------------------------------------------

def test_an_import_runs_on_the_worker_and_opens_when_done(window, tmp_path, qtbot, monkeypatch):
    path = tmp_path / "edges.csv"
    path.write_text("Source,Target,Weight\nTax,Jobs,0.5\n", encoding="utf-8")
    window.background_reads = True
    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    windows = len(window.workspace.windows)
    assert window.open_file(str(path))
    assert window.tasks.busy                               # the window is free meanwhile
    qtbot.waitUntil(lambda: len(window.workspace.windows) == windows + 1, timeout=10_000)
    imported = window.workspace.windows[-1].document
    assert imported.modified and sorted(n.label for n in imported.model.nodes) == ["Jobs", "Tax"]


def test_an_import_on_the_worker_asks_its_questions_once_each(window, tmp_path, qtbot,
                                                               monkeypatch):
    path = tmp_path / "net.graphml"
    path.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" '
                    'for="edge" attr.name="weight" attr.type="double"/><graph '
                    'edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" '
                    'target="b"><data key="w">4</data></edge></graph></graphml>',
                    encoding="utf-8")
    asked = []
    window.background_reads = True
    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    window.ask_import_choice = lambda question: asked.append(question.question) or \
        question.choices[0]
    windows = len(window.workspace.windows)
    assert window.open_file(str(path))
    qtbot.waitUntil(lambda: len(window.workspace.windows) == windows + 1, timeout=10_000)
    assert sorted(asked) == ["out_of_range", "undirected"]
    model = window.workspace.windows[-1].document.model
    assert len(model.edges) == 2 and max(abs(e.weight) for e in model.edges) == 1.0


def test_a_cancelled_import_opens_nothing(window, tmp_path, qtbot, monkeypatch):
    import threading

    from windtunnel.app import files

    release = threading.Event()
    real = files.import_file

    def slow(path, choices):
        release.wait(10)
        return real(path, choices)
    monkeypatch.setattr("windtunnel.app.files.import_file", slow)
    path = tmp_path / "edges.csv"
    path.write_text("Source,Target\na,b\n", encoding="utf-8")
    window.background_reads = True
    before, windows = window.document, len(window.workspace.windows)
    assert window.open_file(str(path))
    window.tasks.cancel()
    release.set()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.document is before and len(window.workspace.windows) == windows


# -- paste ----------------------------------------------------------------------------------

@pytest.fixture
def clipboard(qapp):
    """The application's clipboard, emptied after the test: mime data the clipboard still
    owns when the interpreter exits is freed twice (a crash at exit)."""
    board = QGuiApplication.clipboard()
    yield board
    board.clear()
    qapp.processEvents()


def _paste_text(window, text: str, shown: list):
    data = QMimeData()
    data.setText(text)
    QGuiApplication.clipboard().setMimeData(data)
    window.show_problem = lambda title, error: shown.append(error)
    window.paste()


def test_pasting_text_with_a_lone_surrogate_is_refused_with_its_place(window, clipboard):
    piece = json.loads(dumps(fragment(make_small_model(), ["ban", "leak"])))
    piece["nodes"][0]["label"] = "Ban \ud83d"
    text = json.dumps(piece)                 # the escape "\ud83d", as another program writes it
    shown, model = [], window.document.model.copy()
    _paste_text(window, text, shown)
    assert shown and shown[0].source == "the clipboard's text"
    assert "nodes[0].label" in str(shown[0]) and "lone surrogate" in str(shown[0])
    assert window.document.model == model


def test_a_raw_lone_surrogate_character_never_reaches_the_model(window, clipboard):
    """Qt's text holds UTF-16, and PySide drops an unpaired half on the way between Python
    and Qt; whatever arrives, the pasted model must still be valid Unicode (it saves)."""
    text = dumps(fragment(make_small_model(), ["ban"])).replace("Access ban", "Ban \ud83d")
    shown = []
    _paste_text(window, text, shown)
    assert not shown
    for node in window.document.model.nodes:
        node.label.encode("utf-8")                 # raises on a lone surrogate
    dumps(window.document.model).encode("utf-8")


def test_a_damaged_fragment_of_our_own_type_is_refused(window, clipboard):
    data = QMimeData()
    data.setData(MIME_TYPE, b'{"format": "windtunnel-model", "version": ' + b"9" * 5000 + b"}")
    QGuiApplication.clipboard().setMimeData(data)
    shown, model = [], window.document.model.copy()
    window.show_problem = lambda title, error: shown.append(error)
    window.paste()
    assert shown and shown[0].source == "the clipboard" and "digits" in str(shown[0])
    assert window.document.model == model


# -- saves ----------------------------------------------------------------------------------

def test_a_refused_save_path_keeps_the_document_modified(window, tmp_path):
    (tmp_path / "taken.wtm").mkdir()                      # a folder where the file would go
    window.ask_save_path = lambda *a: str(tmp_path / "taken.wtm")
    shown = []
    window.show_problem = lambda title, error: shown.append(error)
    window.editor.add_node((5.0, 5.0))
    assert not window.save_as()
    assert isinstance(shown[0], SaveError) and "folder" in str(shown[0])
    assert window.document.modified and window.document.path is None


def test_save_as_through_a_link_to_a_file_of_another_kind_is_refused(window, tmp_path):
    """A name chosen in Save As that is a link to a text file: refused before anything is
    written (it replaced the file with the model, keeping it only as .bak, and the window
    then showed the text file's name)."""
    (tmp_path / "notes.txt").write_text("keep")
    (tmp_path / "map.wtm").symlink_to(tmp_path / "notes.txt")
    window.ask_save_path = lambda *a: str(tmp_path / "map.wtm")
    shown = []
    window.show_problem = lambda title, error: shown.append(error)
    window.editor.add_node((5.0, 5.0))
    assert not window.save_as()
    assert isinstance(shown[0], SaveError) and "which is not named as a model file" in str(
        shown[0])
    assert (tmp_path / "notes.txt").read_text() == "keep"
    assert not (tmp_path / "notes.txt.bak").exists()
    assert window.document.modified and window.document.path is None


def test_a_save_that_fails_unexpectedly_keeps_the_edits(window, tmp_path, monkeypatch):
    def broken(model, path):
        raise RuntimeError("disk driver bug")
    monkeypatch.setattr("windtunnel.app.document.save", broken)
    window.ask_save_path = lambda *a: str(tmp_path / "m.wtm")
    shown = []
    window.show_problem = lambda title, error: shown.append(error)
    window.editor.add_node((5.0, 5.0))
    assert not window.save_as()
    assert "m.wtm" in str(shown[0]) and "RuntimeError: disk driver bug" in str(shown[0])
    assert window.document.modified and not (tmp_path / "m.wtm").exists()


def test_every_hostile_model_file_is_refused_where_it_is_wrong_and_changes_nothing(
        window, tmp_path):
    """The hostile .wtm files of the command line's corpus (tests/hostile/wtm_files.py),
    opened in the app: each refused one shows one LoadError located as the library
    locates it, the open document and its unsaved edits kept."""
    from hostile.wtm_files import ACCEPT, hostile_files

    shown = []
    window.show_problem = lambda title, error: shown.append(error)
    window.editor.add_node((5.0, 5.0))
    before, model = window.document, window.document.model.copy()
    refused = [f for f in hostile_files() if f.where is not ACCEPT]
    for hostile in refused:
        path = tmp_path / "bad.wtm"
        path.write_bytes(hostile.data)
        shown.clear()
        assert not window.open_file(str(path)), hostile.name
        assert len(shown) == 1 and isinstance(shown[0], LoadError), (hostile.name, shown)
        assert any(p.location.startswith(hostile.where) for p in shown[0].problems), (
            hostile.name, shown[0].problems)
        assert path.read_bytes() == hostile.data
    assert window.document is before and window.document.model == model
    assert window.document.modified and len(window.workspace.windows) == 1
