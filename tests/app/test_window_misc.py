"""Preferences, theme, help, recent files, window layout."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from conftest import make_small_model
from windtunnel.app.dialogs import PreferencesDialog
from windtunnel.app.preferences import Preferences
from windtunnel.model import save


def test_theme_switch_recolours_the_app_and_canvas(window):
    window.set_theme("dark")
    assert QApplication.palette().color(QPalette.Window).lightness() < 128
    assert window.scene.colours.background == "#1f2124"
    assert window.workspace.preferences.theme == "dark"
    assert window.actions.themes["dark"].isChecked() and not window.actions.themes["light"].isChecked()
    window.set_theme("light")
    assert window.scene.colours.background == "#fbfbfa"


def test_the_windows_are_drawn_in_fusion_however_the_application_was_made(window):
    # made by pytest-qt here: the theme sets the style
    assert window.style().name().lower() == "fusion"
    # made by the app: it starts in the style, through its arguments
    code = ("from windtunnel.app.main import make_application; "
            "print(make_application().style().name())")
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    shown = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                           text=True, timeout=60)
    assert shown.stdout.strip().lower() == "fusion", shown.stderr


def test_preferences_dialog_applies_autosave_interval(window):
    dialog = PreferencesDialog(window.workspace.preferences, window)
    dialog.autosave.setValue(15)
    dialog.apply()
    assert window.workspace.preferences.autosave_seconds == 15


def test_preferences_survive_damaged_values(tmp_path):
    from PySide6.QtCore import QSettings

    store = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    store.setValue("autosave/seconds", "soon")
    store.setValue("appearance/theme", "purple")
    store.setValue("files/recent", 42)
    prefs = Preferences(store)
    assert (prefs.autosave_seconds, prefs.theme, prefs.recent_files()) == (60, "system", [])


def test_recent_files_menu_opens_a_file(window, tmp_path):
    path = tmp_path / "recent.wtm"
    save(make_small_model(), path)
    window.workspace.preferences.add_recent(path)
    window.menus.recent.aboutToShow.emit()
    entries = [a for a in window.menus.recent.actions() if a.text() == str(path)]
    assert entries
    entries[0].trigger()
    assert any(w.document.path == path for w in window.workspace.windows)


def test_window_layout_is_remembered(window, workspace):
    window.save_layout()
    assert workspace.preferences.window_geometry() is not None
    assert workspace.preferences.window_state() is not None


def test_switching_documents_keeps_one_scene_alive(window, qtbot):
    """A window holds the scene of the document it shows, not one per document it showed."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from windtunnel.app.canvas import CanvasScene
    from windtunnel.app.document import Document

    from conftest import make_small_model

    for _ in range(5):
        window.set_document(Document(make_small_model()))
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert window.findChildren(CanvasScene) == [window.scene]
    analysis = window.extensions["analysis"]
    assert analysis.session.model is window.document.model
    window.scene.select(["ban"])                  # the analysis follows the new scene only
    assert analysis.session.selection == ["ban"]


def test_the_task_bar_is_busy_until_a_task_says_how_far_it_is(window, qtbot):
    """Work that cannot tell its progress (reading a file) shows a moving bar, not 0 %."""
    import threading

    bar, release = window.task_bar.bar, threading.Event()

    def work(progress, cancel):
        release.wait(10)
        progress(0.5)
        release.clear()
        release.wait(10)
        return "done"

    with qtbot.waitSignal(window.tasks.ended, timeout=20_000):
        window.tasks.start("Reading", work, on_finished=lambda _: None,
                           on_failed=lambda exc: None)
        qtbot.waitUntil(lambda: window.task_bar.isVisible(), timeout=5_000)
        assert (bar.minimum(), bar.maximum()) == (0, 0)          # busy: no fraction yet
        release.set()
        qtbot.waitUntil(lambda: bar.maximum() == 1000 and bar.value() == 500, timeout=5_000)
        release.set()


def _groups(menu) -> list[list[str]]:
    """A menu's entries, as its separators group them, by their texts without '&'."""
    groups: list[list[str]] = [[]]
    for action in menu.actions():
        if action.isSeparator():
            groups.append([])
        else:
            groups[-1].append(action.text().replace("&", ""))
    return groups


def test_the_extensions_entries_join_their_kind_in_the_menus(window, qtbot):
    """Import Participants' Maps sits with Open and Import (it sat among the exports),
    and Analysis Help with Windtunnel Help, before About (it came after About)."""
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=20_000)
    file_groups = _groups(window.menus.file)
    opening = next(g for g in file_groups if "Open\u2026" in g)
    assert opening[-2:] == ["Import\u2026", "Import Participants' Maps\u2026"]
    assert _groups(window.menus.help) == [["Windtunnel Help", "Analysis Help"],
                                          ["About Windtunnel"]]
