"""Story mode: reveal the current scenario chapter by chapter, for a room.

On (View > Tell the Story, Ctrl+Shift+T), the map fades everything but the levers, and a
banner above the map (in the view's own top margin, never over a node) gives the chapter:
its heading (the scenario's name, the chapter's title, where the story is, "2 of 6", and
the keys, which a room's presenter must see) whole on one line, or without the scenario's
name (the time bar shows it) where one line does not hold it all, else on two lines; as
tall for every chapter so that the map stays put; then what the chapter says on
one line, ending in "..." where it does not hold it (the whole text on hover, or on a
click); a banner that wrapped its text took four lines of a projector's map in Japanese.
PageDown or Space goes on (the first effects, the channels, then the outcomes), PageUp goes
back, Escape ends the story: the keys a presentation clicker sends, wherever the focus is
but in a text field. Right and Left turn the chapters too while the focus is on the map,
on a button or nowhere; a control that moves with them (a lever's slider, a number box, a
list, a text field) keeps them, so a presenter can set a lever in the middle of a story.
Meanwhile the map's arrow keys no longer nudge the selected nodes. The chapters come from :func:`windtunnel.session.story.tell`; they
follow the scenario and every new run while the story is on. Exports (File > Export Results) write the story as a
multi-page PDF or as one picture per chapter (:mod:`.story_export`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QPushButton, QToolButton, QToolTip, QVBoxLayout,
                               QWidget)

from ...model import translated
from ...session.story import tell
from ..actions import make_action
from ..elided import ElidedLabel
from .controller import soon

__all__ = ["StoryMode", "StoryBanner"]

#: The keys that turn to the next chapter, and to the one before, wherever the focus is
#: (a clicker's), and the arrows that do so only where the focus has no use for them.
_ON_KEYS = (Qt.Key_PageDown, Qt.Key_Space)
_BACK_KEYS = (Qt.Key_PageUp,)
_ARROWS = ((Qt.Key_Right, 1), (Qt.Key_Left, -1))
#: The most lines a chapter's text takes under its heading; beyond, it ends in "...".
TEXT_LINES = 3


class _WholeOnClick(ElidedLabel):
    """An elided line that shows its whole text on a click too, not only on hover (a
    presenter at a projector clicks rather than waits)."""

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.toolTip():
            QToolTip.showText(event.globalPosition().toPoint(), self.toolTip(), self)
        super().mousePressEvent(event)


class StoryBanner(QWidget):
    """The chapter above the map: a bold heading of one or two lines (the chapter's title,
    its place and the keys, whole), and the chapter's text on up to three lines (the room
    reads the conclusion without clicking), cut with "..." beyond them, whole on hover."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # one line where a shorter heading (without the scenario's name) fits it, else two
        self.heading = _WholeOnClick(lines=2, fewer_lines_first=True)
        self.heading.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.body = _WholeOnClick(lines=TEXT_LINES)
        self.body.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)

    def set_chapter(self, heading: str, shorter_headings: tuple[str, ...], text: str) -> None:
        self.heading.set_full_text(heading, shorter_headings)
        self.body.set_full_text(text)

    def text(self) -> str:
        """The whole heading and text, as two lines."""
        return f"{self.heading.full_text}\n{self.body.full_text}"

    def hold_lines(self, headings: list[tuple[str, tuple[str, ...]]], texts: list[str],
                   width: int) -> None:
        """Keep the heading as tall as the tallest of ``headings`` (each a heading and its
        shorter versions) shows in a banner ``width`` wide, and the text as tall as the
        longest of ``texts`` (up to :data:`TEXT_LINES` lines), so that the map stays where
        it is from one chapter to the next."""
        margins = self.layout().contentsMargins()
        width -= margins.left() + margins.right()
        _hold_height(self.heading, headings or [(self.heading.full_text, ())], width)
        _hold_height(self.body, [(text, ()) for text in texts or [self.body.full_text]], width)


def _hold_height(label: ElidedLabel, versions: list[tuple[str, tuple[str, ...]]],
                 width: int) -> None:
    """Fix ``label``'s height at the most lines any of ``versions`` (a text and its shorter
    versions) takes in it at ``width``."""
    shown = [label.shown_text(text, shorter, width)[0] for text, shorter in versions]
    lines = max(text.count("\n") + 1 for text in shown)
    metrics = QFontMetrics(label.font())
    # measured on the texts themselves: a Chinese or Japanese line is set in a fallback
    # font, taller than the label's own
    label.setFixedHeight(max(metrics.boundingRect(
        QRect(), Qt.AlignLeft, "\n".join([text.replace("\n", " ")] * lines)).height()
        for text in shown))


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
                "Reveal the scenario step by step: levers, first effects, channels, "
                "outcomes (Right / Left, PageDown / PageUp or Space)"
            ),
        )
        self.banner = StoryBanner(window.view)
        self.banner.hide()
        # a presentation clicker sends PageDown / PageUp, Right / Left or Space
        self.keys = [QShortcut(QKeySequence(key), window, slot) for key, slot in (
            *((key, lambda: self.turn(1)) for key in _ON_KEYS),
            *((key, lambda: self.turn(-1)) for key in _BACK_KEYS),
            (Qt.Key_Escape, lambda: self.set_active(False)))]
        self.arrows = [QShortcut(QKeySequence(key), window, lambda step=step: self.turn(step))
                       for key, step in _ARROWS]
        for key in self.keys + self.arrows:
            key.setEnabled(False)
        QApplication.instance().focusChanged.connect(self._enable_arrows)
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
        # the map's arrow keys nudge the selected nodes: they give way to the story's
        # (a key two shortcuts share does neither, and Qt warns of an ambiguous overload)
        for nudge in self.controller.window.actions.nudge:
            nudge.setEnabled(not on)
        for key in self.keys:
            key.setEnabled(on)
        self._enable_arrows()
        if on:
            if self.focus.active:
                self.focus.set_active(False)
            self.index = 0
            self.rebuild()
        else:
            self.banner.hide()
            self.controller.window.view.reserve_margin("top", 0)
            self.controller.window.scene.set_focus(None)

    def _enable_arrows(self, *_) -> None:
        """Give Right and Left to the story while it runs and the focus has no use for
        them: on the map, on a button, or nowhere in the window; a slider, a number box, a
        list or a text field keeps them (a window-wide shortcut would take them first)."""
        window = self.controller.window
        focus = QApplication.focusWidget()
        free = (focus is None or focus is window.view or window.view.isAncestorOf(focus)
                or isinstance(focus, (QPushButton, QToolButton)))
        for arrow in self.arrows:
            arrow.setEnabled(self.active and free)

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
            self.banner.set_chapter(self.tr("No story yet"), (), self.tr(
                "Choose a scenario that sets a lever; its story shows here. Escape ends the "
                "story."))
            window.scene.set_focus(None)
        else:
            chapter = self.chapters[self.index]
            self.banner.set_chapter(*self._headings(self.index), chapter.text)
            window.scene.set_focus(chapter.nodes, chapter.edges)
        self._place()
        self.banner.show()

    def _headings(self, index: int) -> tuple[str, tuple[str, ...]]:
        """Chapter ``index``'s heading (the scenario's name, the chapter's title, its place
        in the story and the keys), and a shorter version without the scenario's name (the
        time bar names it) for a banner too narrow for the heading on one line."""
        chapter = self.chapters[index]
        scenario = self.controller.model.scenario(self.controller.session.scenario_id)
        title = f"{translated(scenario)} \u2014 {chapter.title}"
        where = {"number": index + 1, "count": len(self.chapters)}
        keys = self.tr("{number} of {count}; \u2192: on, \u2190: back, Esc: end").format(**where)
        # the brackets are the language's own (full-width around Chinese and Japanese)
        beside = self.tr("{title} ({where})")
        return beside.format(title=title, where=keys), (
            beside.format(title=chapter.title, where=keys),)

    def _place(self) -> None:
        """The banner across the top of the view, its heading and text as tall as the
        longest chapter's take."""
        view = self.controller.window.view
        self.banner.hold_lines(
            [self._headings(index) for index in range(len(self.chapters))],
            [chapter.text for chapter in self.chapters], int(view.margin_rect("top").width()))
        view.reserve_margin("top", self.banner.sizeHint().height())
        self.banner.setGeometry(view.margin_rect("top").toRect())
