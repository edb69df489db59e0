"""Save, open, close questions, load errors, files changed on disk, exported pictures, and
files the system hands over."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QUrl, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from conftest import make_small_model

from windtunnel.app.document import Document
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
    monkeypatch.setattr(MainWindow, "show_notes",
                        lambda self, title, found, imported=True, changed=True:
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


def test_a_model_nobody_titled_takes_its_files_name_at_its_first_save_as(window, tmp_path):
    """A new map saved as mine.wtm wrote "Untitled model" as its title, which its brief
    and workbook then showed: it takes the file's name, one undo step; a titled model and
    a save that fails keep their titles."""
    from windtunnel.model import UNTITLED, Model

    window.set_document(Document(Model()))
    window.editor.add_node((0.0, 0.0), label="Chip smugglers")
    window.ask_save_path = lambda *a: str(tmp_path / "Smuggling routes")
    assert window.save_as()
    assert load(tmp_path / "Smuggling routes.wtm").title == "Smuggling routes"
    assert "Smuggling routes" in window.statusBar().currentMessage()
    window.document.undo_stack.undo()
    assert window.document.model.title == UNTITLED and window.isWindowModified()

    window.set_document(Document(Model()))                      # the save fails
    window.show_problem = lambda title, exc: None
    window.ask_save_path = lambda *a: str(tmp_path / "no such folder" / "plan")
    assert not window.save_as()
    assert window.document.model.title == UNTITLED
    assert not window.document.undo_stack.canUndo()

    window.set_document(Document(make_small_model()))             # a titled model keeps it
    window.ask_save_path = lambda *a: str(tmp_path / "copy")
    assert window.save_as()
    assert load(tmp_path / "copy.wtm").title == "Small"


def test_the_window_is_named_by_its_file_once_it_has_one_in_every_language(window, tmp_path):
    """One rule, the desktop's: a window whose model has a file is named by the file's name
    (as Save wrote it and Open finds it), whatever the language; one with no file yet by
    the model's title, in the language, marked unsaved. Save As moves it from the one to
    the other, and reopening the file names the window as Save As left it."""
    from windtunnel.app.translations import apply_language
    from windtunnel.model import translated
    from windtunnel.paths import bundled_model

    assert window.open_file(str(bundled_model()))
    shown = window.workspace.windows[-1]
    name = shown.document.plain_name        # the title, "(a copy)" of a bundled model
    assert name.startswith(translated(shown.document.model, "title"))
    assert shown.windowTitle() == f"{name} (unsaved)[*] \u2014 Windtunnel"
    shown.ask_save_path = lambda *a: str(tmp_path / "workshop draft")
    shown.actions.save_as.trigger()
    assert shown.windowTitle() == "workshop draft.wtm[*] \u2014 Windtunnel"
    apply_language("ja")
    try:
        QApplication.processEvents()
        assert shown.windowTitle().startswith("workshop draft.wtm[*]")
    finally:
        apply_language("en")
    assert shown.open_file(str(tmp_path / "workshop draft.wtm"))
    assert shown.windowTitle() == "workshop draft.wtm[*] \u2014 Windtunnel"
