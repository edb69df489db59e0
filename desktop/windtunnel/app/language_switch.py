"""A change of the interface's language: every open window built again in it.

A window showing a small map is rebuilt at once (:func:`.rebuild.rebuild_window`). A big
map's views would hold the window for many seconds if they were made in the turn the
language changes, so they are made first, in the new language, a slice per event-loop
turn (:mod:`.prepared_views`) on the window's task runner, behind its progress bar and
Cancel, every window still shown in the old language and usable meanwhile. When every
big map's views are made, the language changes and each window is rebuilt, a big map's
around its views made ahead. Cancel (or a failure) leaves every window, and the app, in
the old language; a big map's window closed meanwhile is no longer waited for. An edit of
a map while its views are made makes them again, from the model as it is now: the new
window shows the edit.

The rebuild itself holds the windows for a second or two: before it starts, every window
shows a busy cursor and says in its status bar that the language is changing, painted at
once; the cursor comes back when the windows are built (whatever happens).

The views are made with the new language current for the model's own text
(:func:`windtunnel.language.speaking`); the few words of the interface they hold (the
Outline's headings) are said again when the new window shows them.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from .. import language
from .prepared_views import preparing_views, worth_preparing
from .rebuild import rebuild_window
from .translations import apply_language

__all__ = ["switch_language"]


def switch_language(workspace, tag: str) -> None:
    """Make ``tag`` the interface's language and build every open window again in it:
    at once when no window shows a big map, else once the big maps' views are made."""
    big = [window for window in workspace.windows if worth_preparing(window.document.model)]
    if big:
        _PreparedSwitch(workspace, tag, big).start()
    else:
        _switch(workspace, tag, {}, set())


def _changing_text(tag: str) -> str:
    return QCoreApplication.translate("rebuild", "Changing the language to {language}"
                                      ).format(language=language.LANGUAGES[tag])


def _switch(workspace, tag: str, prepared: dict, stopped: set) -> None:
    """Apply ``tag`` and rebuild every window (around its ``prepared`` views, if any; a
    window in ``stopped`` had its task stopped for the change), under a busy cursor and
    a status message painted before the rebuild starts."""
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        for window in workspace.windows:
            window.statusBar().showMessage(_changing_text(tag))
            window.statusBar().repaint()     # on the screen now, not after the rebuild
        workspace.preferences.language = tag
        for window in workspace.windows:     # each is built again in the language, below
            window.scene.ignore_language()
        for views in prepared.values():      # made in the language already
            views.scene.ignore_language()
        apply_language(tag)
        for window in list(workspace.windows):
            rebuild_window(workspace, window, prepared.get(window), stopped=window in stopped)
    finally:
        QApplication.restoreOverrideCursor()


class _PreparedSwitch:
    """The views of ``windows`` (showing big maps) made in ``tag``, then the switch."""

    def __init__(self, workspace, tag: str, windows: list) -> None:
        self.workspace, self.tag, self.windows = workspace, tag, windows
        self.prepared: dict = {}
        self.stopped = {window for window in windows if window.tasks.busy}
        self.ended = False

    def start(self) -> None:
        label = _changing_text(self.tag)
        for window in self.windows:
            window.tasks.start_stepped(
                label, self._preparing(window), on_finished=partial(self._made, window),
                on_failed=partial(self._failed, window),
                on_cancelled=partial(self._cancelled, window))

    def _preparing(self, window):
        """``window``'s views in the new language, in steps; made again from the start
        when its map is edited meanwhile."""
        model = window.document.model
        edited = []

        def note(*_) -> None:
            edited.append(True)

        signals = (model.node_added, model.node_removed, model.node_changed,
                   model.edge_added, model.edge_removed, model.edge_changed, model.info_changed)
        for signal in signals:
            signal.connect(note)
        try:
            while True:
                edited.clear()
                steps = preparing_views(model, window.outline, self.workspace.dark)
                try:
                    while not edited:
                        with language.speaking(self.tag):
                            share = next(steps)
                        yield share
                except StopIteration as done:
                    return done.value
                steps.close()              # a scene half made of the map before the edit
        finally:
            for signal in signals:
                signal.disconnect(note)

    def _made(self, window, views) -> None:
        self.prepared[window] = views
        self._switch_when_ready()

    def _switch_when_ready(self) -> None:
        """Switch once the views of every big map still open are made."""
        if not self.ended and all(w in self.prepared for w in self.windows
                                  if w in self.workspace.windows):
            self.ended = True
            _switch(self.workspace, self.tag, self.prepared, self.stopped)

    def _failed(self, window, error) -> None:
        if not self._end():
            window.show_problem(QCoreApplication.translate(
                "rebuild", "The windows could not be built in the new language"), error)

    def _cancelled(self, window) -> None:
        """``window``'s views were not finished: Cancel was pressed, or the window is being
        closed, which stops its task before it leaves the workspace: which one shows in
        the next event-loop turn."""
        QTimer.singleShot(0, partial(self._stopped, window))

    def _stopped(self, window) -> None:
        if window not in self.workspace.windows:     # closed: the others' views decide
            self._switch_when_ready()
            return
        if self._end():
            return
        for window in self.workspace.windows:
            window.statusBar().showMessage(QCoreApplication.translate(
                "rebuild", "Change of language cancelled: the windows stay in {language}"
            ).format(language=language.LANGUAGES[language.current()]), 5000)

    def _end(self) -> bool:
        """Stop making the other windows' views and leave the language as it is; whether
        the switch had ended already."""
        if self.ended:
            return True
        self.ended = True
        for window in self.windows:
            if window in self.workspace.windows and window not in self.prepared:
                window.tasks.cancel()
        for window in self.workspace.windows:
            for tag, action in window.actions.languages.items():
                action.setChecked(tag == language.current())
        return False
