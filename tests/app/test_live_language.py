"""View > Language applies at once: every open window is rebuilt in the new language around
the same document, undo history, selection, dock layout and analysis, nothing lost."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from windtunnel import language
from windtunnel.model import translated
from windtunnel.paths import bundled_model

from .test_languages import _allowed, _close, _english_left, _start
from .texts import shown_texts


@pytest.fixture
def english_afterwards(qapp):
    yield
    from windtunnel.app.translations import apply_language

    apply_language("en")


def _settled(qtbot, workspace):
    """The (only) window once its analysis has results in the current language."""
    window = workspace.windows[0]
    qtbot.waitExposed(window)
    session = window.extensions["analysis"].controller.session
    qtbot.waitUntil(lambda: session.results is not None and not session.stale, timeout=20000)
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)   # the old window goes
    QApplication.processEvents()
    return window


def _state(window) -> dict:
    """What a user would lose if a switch of language lost it."""
    session = window.extensions["analysis"].controller.session
    docks = {d.objectName(): (d.isHidden(), window.dockWidgetArea(d)) for d in window.panels}
    return {"document": window.document, "stack": window.document.undo_stack,
            "undo": (window.document.undo_stack.count(), window.document.undo_stack.index()),
            "modified": window.document.modified, "selection": window.scene.selected_node_ids(),
            "scenario": session.scenario_id, "step": session.step, "docks": docks,
            "find": window.find_box.text(), "filter": window.outline.search.text()}


@pytest.mark.slow
def test_switching_language_rebuilds_the_windows_at_once_and_keeps_the_work(
        tmp_path, preferences, qtbot, english_afterwards):
    workspace = _start(tmp_path, preferences, bundled_model())
    try:
        window = _settled(qtbot, workspace)
        window.resize(1366, 768)
        model = window.document.model
        original = model.copy()
        first = model.nodes[0]
        window.editor.rename_node(first.id, "Renamed before the switch")
        session = window.extensions["analysis"].controller.session
        last = model.scenarios[-1].id
        session.set_scenario(last)
        session.set_step(2)
        window.scene.select([model.nodes[1].id])
        window.find_box.setText("chip")
        window.outline.search.setText("risk")
        window.extensions["analysis"].results_panel.show_tab("scorecard")
        window.extensions["analysis"].explore_dock.hide()
        before = _state(window)

        window.actions.languages["ja"].trigger()
        japanese = _settled(qtbot, workspace)
        assert japanese is not window and len(workspace.windows) == 1
        assert language.current() == "ja" and preferences.language == "ja"
        assert _state(japanese) == before
        assert japanese.actions.languages["ja"].isChecked()
        assert japanese.menus.file.title() == "ファイル(&F)"
        assert japanese.extensions["analysis"].results_panel.tabs.currentWidget() is \
            japanese.extensions["analysis"].results_panel.pages["scorecard"]
        english = _english_left(shown_texts(japanese), _allowed(japanese))
        assert not english, "\n".join(f"{where}: {text!r} -> {words}"
                                      for text, (where, words) in english.items())

        japanese.actions.languages["en"].trigger()
        back = _settled(qtbot, workspace)
        assert language.current() == "en" and back.menus.file.title() == "&File"
        assert _state(back) == before
        assert translated(back.document.model.node(first.id)) == "Renamed before the switch"
        # the old windows let go of the model: editing it now reaches only the new one
        back.document.undo_stack.undo()
        assert back.document.model == original
        assert first.label not in back.outline.visible_labels()     # filtered out by "risk"
        back.outline.search.clear()
        qtbot.waitUntil(lambda: first.label in back.outline.visible_labels())
        assert not back.document.modified
    finally:
        _close(workspace)


def test_a_switch_does_not_show_the_old_window_s_labels_again_before_dropping_it(
        tmp_path, preferences, qtbot, english_afterwards, monkeypatch):
    """The window is built again in the new language: its old scene's labels are not laid
    out in it first (a second's work on a map of 10,000 nodes, thrown away at once)."""
    from windtunnel.app.canvas.node_item import NodeItem

    workspace = _start(tmp_path, preferences, bundled_model())
    try:
        window = _settled(qtbot, workspace)
        old_scene = window.scene
        reshown = []
        original = NodeItem.reshow
        monkeypatch.setattr(NodeItem, "reshow",
                            lambda item: reshown.append(item.scene()) or original(item))
        window.actions.languages["ja"].trigger()
        new = workspace.windows[0]
        assert new is not window and old_scene not in reshown
        assert new.scene.node_items[new.document.model.nodes[0].id].scene() is new.scene
    finally:
        _close(workspace)


class _Hidden(QObject):
    """Notes, when the watched window hides, whether another window shows in its place."""

    def __init__(self, workspace, window) -> None:
        super().__init__()
        self.workspace, self.window, self.others_shown = workspace, window, []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Hide:
            self.others_shown.append([w.isVisible() for w in self.workspace.windows
                                      if w is not self.window])
        return False


def test_a_switch_leaves_the_old_window_on_the_screen_until_the_new_one_shows(
        tmp_path, preferences, qtbot, english_afterwards):
    """The desktop is never bare while the window is built again in the new language (two
    seconds on a laptop, with no window at all: it looked as if the app had quit)."""
    workspace = _start(tmp_path, preferences, bundled_model())
    try:
        window = _settled(qtbot, workspace)
        hidden = _Hidden(workspace, window)
        window.installEventFilter(hidden)
        window.actions.languages["zh-CN"].trigger()
        assert workspace.windows[0] is not window
        assert hidden.others_shown == [[True]]
    finally:
        _close(workspace)


class _Painted(QObject):
    """Notes the message the watched status bar shows each time it is painted."""

    def __init__(self, bar) -> None:
        super().__init__()
        self.bar, self.messages = bar, []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Paint:
            self.messages.append(self.bar.currentMessage())
        return False


def test_a_switch_shows_it_is_busy_before_the_rebuild_and_not_after(
        tmp_path, preferences, qtbot, english_afterwards, monkeypatch):
    """The rebuild holds the window for a second or two: by the time it starts, the
    window shows a busy cursor and has painted "Changing the language to 日本語" in its
    status bar; afterwards the cursor is the ordinary one again and the new window takes
    the mouse and the keyboard."""
    from windtunnel.app import language_switch

    workspace = _start(tmp_path, preferences, bundled_model())
    try:
        window = _settled(qtbot, workspace)
        bar = window.statusBar()
        painted = _Painted(bar)
        bar.installEventFilter(painted)
        seen = []
        rebuild = language_switch.rebuild_window

        def watched_rebuild(*args, **kwargs):
            cursor = QApplication.overrideCursor()
            seen.append((cursor.shape() if cursor is not None else None,
                         list(painted.messages)))
            return rebuild(*args, **kwargs)
        monkeypatch.setattr(language_switch, "rebuild_window", watched_rebuild)
        window.actions.languages["ja"].trigger()
        assert seen and seen[0][0] == Qt.WaitCursor
        assert any("日本語" in message for message in seen[0][1]), seen[0][1]
        new = _settled(qtbot, workspace)
        assert new is not window and QApplication.overrideCursor() is None
        assert new.isEnabled() and new.view.isEnabled()
    finally:
        _close(workspace)


def test_a_switch_to_the_language_already_spoken_keeps_the_window(
        tmp_path, preferences, qtbot, english_afterwards):
    workspace = _start(tmp_path, preferences, bundled_model())
    try:
        window = _settled(qtbot, workspace)
        window.actions.languages["en"].trigger()
        assert workspace.windows == [window] and preferences.language == "en"
    finally:
        _close(workspace)


def test_workshop_story_and_focus_come_back_after_a_switch(
        tmp_path, preferences, qtbot, english_afterwards):
    """A window in workshop mode telling a story comes back in workshop mode at the same
    chapter; one focused on a node comes back focused on it, the normal layout kept."""
    workspace = _start(tmp_path, preferences, bundled_model())
    try:
        window = _settled(qtbot, workspace)
        analysis = window.extensions["analysis"]
        analysis.controller.session.set_scenario(window.document.model.scenarios[-1].id)
        docks = {d.objectName(): d.isHidden() for d in window.panels}
        analysis.workshop.set_active(True)
        analysis.story.set_active(True)
        qtbot.waitUntil(lambda: len(analysis.story.chapters) >= 3)
        analysis.story.turn(2)

        window.actions.languages["zh-CN"].trigger()
        chinese = _settled(qtbot, workspace)
        analysis = chinese.extensions["analysis"]
        assert chinese is not window
        assert analysis.workshop.active and analysis.story.active
        assert analysis.story.index == 2 and analysis.story.banner.isVisible()
        assert all(d.isHidden() for d in chinese.panels)      # workshop mode hides the docks
        analysis.story.set_active(False)
        analysis.workshop.set_active(False)
        assert {d.objectName(): d.isHidden() for d in chinese.panels} == docks

        node = chinese.document.model.nodes[1].id
        chinese.scene.select([node])
        analysis.focus.set_active(True)
        chinese.actions.languages["ja"].trigger()
        japanese = _settled(qtbot, workspace)
        analysis = japanese.extensions["analysis"]
        assert analysis.focus.active and not analysis.workshop.active
        assert analysis.focus.target() == node
        assert {d.objectName(): d.isHidden() for d in japanese.panels} == docks
    finally:
        _close(workspace)


def test_undo_texts_follow_a_switch_of_language(tmp_path, preferences, qtbot,
                                                english_afterwards):
    """A participant's rating, a paste, an alignment and a layout read in the new language
    in the undo history and the Edit menu once the language is switched, and in English
    again after switching back."""
    from windtunnel.app.commands import execute
    from windtunnel.app.participants_rating import rate

    path = bundled_model("ai-export-controls-2026-voices.wtm")
    workspace = _start(tmp_path, preferences, path)
    try:
        window = _settled(qtbot, workspace)
        model, stack = window.document.model, window.document.undo_stack
        who, edge = model.participants[0], model.edges[0]
        execute(stack, rate(model, who.id, (edge.source, edge.target), weight=0.25))
        window.scene.select([model.nodes[0].id, model.nodes[1].id])
        window.editor.paste(window.editor.copy_selection())
        apart = [n.id for n in model.nodes if n.position[0] != model.nodes[0].position[0]]
        window.scene.select([model.nodes[0].id, apart[0]])
        window.editor.align("left")
        window.editor.auto_layout()
        english = [stack.text(i) for i in range(stack.count())]
        assert len(english) == 4 and english[1:] == ["Paste 2 nodes", "Align left", "Auto-layout"]
        assert english[0].startswith(f"Rate {translated(model.node(edge.source))} →")

        window.actions.languages["ja"].trigger()
        japanese = _settled(qtbot, workspace)
        texts = [stack.text(i) for i in range(stack.count())]
        assert japanese.document.undo_stack is stack
        assert texts[1:] == [QCoreApplication.translate("clipboard", "Paste %n node(s)", "", 2),
                             QCoreApplication.translate("editor", "Align left"),
                             QCoreApplication.translate("editor", "Auto-layout")]
        assert translated(model.node(edge.source)) in texts[0]
        for before, after in zip(english, texts):
            assert after != before and not re.search(r"\b(Rate|Paste|Align|nodes?)\b", after)
        assert japanese.actions.undo.text().endswith(texts[-1])
        stack.undo()
        assert japanese.actions.redo.text().endswith(texts[-1])

        japanese.actions.languages["en"].trigger()
        back = _settled(qtbot, workspace)
        assert [stack.text(i) for i in range(stack.count())] == english
        assert back.actions.redo.text() == "&Redo Auto-layout"
    finally:
        _close(workspace)


def test_the_preferences_choose_the_language_as_view_language_does(
        tmp_path, preferences, qtbot, english_afterwards):
    """Edit > Preferences offers the languages, each named in itself, with the one spoken
    now chosen; accepting another switches to it through View > Language's own action."""
    from windtunnel.app.dialogs import PreferencesDialog

    workspace = _start(tmp_path, preferences, bundled_model())
    try:
        window = _settled(qtbot, workspace)
        dialog = PreferencesDialog(preferences, window)
        offered = [dialog.language.itemText(i) for i in range(dialog.language.count())]
        assert offered == list(language.LANGUAGES.values())
        assert dialog.language.currentData() == "en"
        chosen = []
        window.actions.languages["ja"].triggered.connect(lambda *_: chosen.append("ja"))
        dialog.language.setCurrentIndex(dialog.language.findData("ja"))
        window.apply_preferences(dialog)
        japanese = _settled(qtbot, workspace)
        assert chosen == ["ja"] and language.current() == "ja" and preferences.language == "ja"
        assert japanese is not window and japanese.menus.file.title() == "ファイル(&F)"
        dialog = PreferencesDialog(preferences, japanese)
        assert dialog.language.currentData() == "ja"
        japanese.apply_preferences(dialog)              # unchanged: the window stays
        assert workspace.windows == [japanese]
    finally:
        _close(workspace)
