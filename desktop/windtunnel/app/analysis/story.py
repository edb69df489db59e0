"""Story mode: reveal the current scenario chapter by chapter, for a room.

On (View > Tell the Story, Ctrl+Shift+T), the map fades everything but the levers, and a
banner above the map (in the view's own top margin, never over a node) gives the chapter:
its title, what it says, and where the story is ("2 of 6"). PageDown goes on (the first
effects, the channels, then the outcomes), PageUp goes back, Escape ends the story. The
chapters come from :func:`windtunnel.session.story.tell`; they follow the scenario and
every new run while the story is on. Exports (File > Export Results) write the story as a
multi-page PDF or as one picture per chapter (:mod:`.story_export`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel

from ...model import translated
from ...session.story import tell
from ..actions import make_action
from .controller import soon

__all__ = ["StoryMode"]


class StoryMode(QObject):
    """The story of one window's current scenario."""

    def __init__(self, controller, focus, workshop) -> None:
        super().__init__(controller)
        self.controller = controller
        self.focus = focus                # the focus view, which the story replaces
        self.workshop = workshop          # lends the story its PageUp / PageDown / Escape
        window = controller.window
        self.chapters = []
        self.index = 0
        self.action = make_action(
            window,
            self.tr("Tell the &Story"),
            lambda on: self.set_active(on),
            shortcut="Ctrl+Shift+T",
            checkable=True,
            tip=self.tr(
                "Reveal the scenario step by step: levers, first "
                "effects, channels, outcomes (PageDown / PageUp)"
            ),
        )
        self.banner = QLabel(window.view)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.RichText)
        self.banner.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.banner.setMargin(6)
        self.banner.hide()
        self.keys = [QShortcut(QKeySequence(key), window, slot) for key, slot in (
            (Qt.Key_PageDown, lambda: self.turn(1)), (Qt.Key_PageUp, lambda: self.turn(-1)),
            (Qt.Key_Escape, lambda: self.set_active(False)))]
        for key in self.keys:
            key.setEnabled(False)
        focus.action.toggled.connect(lambda on: on and self.active and self.set_active(False))
        update = soon(self, self.rebuild)
        for signal in (controller.results_changed, controller.scenario_changed,
                       controller.document_changed):
            signal.connect(update)
        window.view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if self.active and event.type() == QEvent.Resize:
            self._place()
        return False

    @property
    def active(self) -> bool:
        return self.action.isChecked()

    def set_active(self, on: bool) -> None:
        self.action.setChecked(on)
        self.workshop.lend_keys(on)
        for key in self.keys:
            key.setEnabled(on)
        if on:
            if self.focus.active:
                self.focus.set_active(False)
            self.index = 0
            self.rebuild()
        else:
            self.banner.hide()
            self.controller.window.view.reserve_margin("top", 0)
            self.controller.window.scene.set_focus(None)

    def rebuild(self, *_) -> None:
        """Tell the current scenario again (a new run or another scenario)."""
        if not self.active:
            return
        snapshot = self.controller.session.snapshot()
        self.chapters = tell(snapshot) if snapshot is not None else []
        self.index = min(self.index, max(len(self.chapters) - 1, 0))
        self._show()

    def turn(self, delta: int) -> None:
        """Go ``delta`` chapters on (negative: back), within the story."""
        if self.chapters:
            self.index = max(0, min(len(self.chapters) - 1, self.index + delta))
            self._show()

    def _show(self) -> None:
        window = self.controller.window
        if not self.chapters:
            text = self.tr("<b>No story yet</b><br>Choose a scenario that sets a lever; its "
                           "story shows here. Escape ends the story.")
            window.scene.set_focus(None)
        else:
            chapter = self.chapters[self.index]
            scenario = self.controller.model.scenario(self.controller.session.scenario_id)
            text = (f"<b>{escape(translated(scenario))} \u2014 {escape(chapter.title)}</b> "
                    "<span style='color:gray'>("
                    + self.tr("{number} of {count}; PageDown: on, PageUp: back, Esc: end").format(
                        number=self.index + 1, count=len(self.chapters))
                    + f")</span><br>{escape(chapter.text)}")
            window.scene.set_focus(chapter.nodes, chapter.edges)
        self.banner.setText(text)
        self._place()
        self.banner.show()

    def _place(self) -> None:
        """The banner across the top of the view, as tall as its text needs."""
        view = self.controller.window.view
        width = max(200, view.width() - 2 * view.frameWidth())
        view.reserve_margin("top", self.banner.heightForWidth(width))
        self.banner.setGeometry(view.margin_rect("top").toRect())
