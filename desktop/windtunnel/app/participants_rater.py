"""Rating the selected edge for a participant, in the Inspector.

With one edge selected on the map and a model with participants, the Inspector's footer
shows *Rating by a participant*: who is rating (*Rate as*, the participant picker), and
their rating of the edge as a linguistic term, a weight and a confidence. Each change is one
undoable step that also re-aggregates the map (:mod:`.participants_rating`); the box shows
the rating as the model has it after every change, undo included. A rating by a number
shows in the term box the term it counts as (the nearest, as the aggregation reads it).

The box sits under the edge's form, which on a 768-pixel screen is below the Inspector's
fold: a strip under the scrolling form (:class:`RatingStrip`) links to it ("Rate this edge
as Alice"), and says at once what a rating just did to the map's weight
(:mod:`.participants_change`), whether it was given here or from the map's menu, with
links to undo it and to the Participants dock's setting of absent ratings. The strip and
the box's own note (what the rating is) sit below the controls: when they take another
line after a rating, nothing above them moves.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QToolButton, QVBoxLayout, QWidget)

from ..errors import ModelError
from ..engine.linguistic import nearest_term, term_weight
from ..model import CONFIDENCES, LINGUISTIC_TERMS
from .choices import fill_choices
from .commands import execute
from .flow import WrappedLabel
from .formats import number
from .participants_change import left_unrated, weight_change
from .participants_menu import term_text
from .participants_rating import rate
from .wheel_focus import WheelFocusComboBox, WheelFocusDoubleSpinBox

__all__ = ["RatingBox", "RatingStrip"]

#: How a note of a change to notice stands out (readable on light and dark themes).
_NOTABLE_STYLE = "border-left: 3px solid #d08a00; padding-left: 6px;"


class RatingStrip(QWidget):
    """Under the Inspector's form: a link down to the rating box, and the note of what the
    last rating did to the map's weight (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        # as tall as their wrapped text: a short Inspector squeezed them to two lines,
        # cutting off the note's links
        self.jump, self.note = WrappedLabel(), WrappedLabel()
        for label in (self.jump, self.note):
            label.setTextFormat(Qt.RichText)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.jump)

    def say(self, html: str, whole: str, notable: bool) -> None:
        """Show the note ``html`` (``whole`` on hover) in place of the link down to the box:
        the note has its own links, and a short Inspector had room for only one of them."""
        self.note.setText(html)
        self.note.setToolTip(whole)
        self.note.setStyleSheet(_NOTABLE_STYLE if notable else "")
        self.jump.hide()
        self.note.show()

    def forget(self) -> None:
        """No note: the link down to the box again."""
        self.note.hide()
        self.jump.show()


class RatingBox(QGroupBox):
    """The current participant's rating of the selected edge (see the module docstring)."""

    #: The link to the setting of absent ratings was followed.
    settings_wanted = Signal()

    def __init__(self, window) -> None:
        super().__init__()
        self.setTitle(self.tr("Rating by a participant"))
        self.window = window
        self.strip = RatingStrip()
        self.strip.jump.linkActivated.connect(lambda _link: self.reveal())
        self.strip.note.linkActivated.connect(self._note_link)
        self._noted: tuple | None = None       # (edge, undo index) the note is about
        self._status = ""                      # the note as the status bar shows it
        self.model = None
        self.key: tuple[str, str] | None = None
        self.rater = WheelFocusComboBox()
        # as wide as the Inspector, not as its longest name ("《中国日报》评论（王栋、…）")
        self.rater.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.rater.setMinimumContentsLength(9)
        # its list no wider than a third of the screen: a long name is cut with "...",
        # whole on hover (an 80-character name opened it across the Inspector and the map)
        self.rater.view().setTextElideMode(Qt.ElideRight)
        self.rater.view().window().setMaximumWidth(         # the list's popup frame
            (window.screen() or QGuiApplication.primaryScreen()).availableGeometry().width() // 3)
        self.rater.setToolTip(self.tr("The participant whose ratings you set here"))
        self.rater.currentIndexChanged.connect(lambda _i: self.show_rating())
        self.term = WheelFocusComboBox()
        self.term.addItem(self.tr("(not rated)"), "")
        for term in LINGUISTIC_TERMS:                # each code with what it means
            self.term.addItem(term_text(term), term)
            self.term.setItemData(self.term.count() - 1, term_text(term), Qt.ToolTipRole)
        # as wide as the Inspector allows; the list opens wide enough for every meaning
        self.term.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.term.setMinimumContentsLength(9)
        self.term.view().setMinimumWidth(self.term.view().sizeHintForColumn(0) + 24)
        self.term.setToolTip(self.tr("The participant's rating as a term of the linguistic "
                                     "scale, -VH (very high, lowers) to +VH (very high, "
                                     "raises); NA: no effect"))
        self.term.activated.connect(self._term_chosen)
        self.weight = WheelFocusDoubleSpinBox(minimum=-1.0, maximum=1.0, singleStep=0.05,
                                              decimals=2)
        self.weight.setToolTip(self.tr("The participant's rating as a weight in [-1, 1]"))
        self.weight.editingFinished.connect(self._weight_edited)
        self.confidence = WheelFocusComboBox()
        fill_choices(self.confidence, CONFIDENCES)
        self.confidence.activated.connect(self._confidence_chosen)
        # a tool button, as wide as its word: a push button's least width (80 pixels) beside
        # the weight made the row wider than a projector's Inspector
        self.clear = QToolButton(text=self.tr("Clear"))
        self.clear.setToolTip(self.tr("This participant gives no rating of this edge"))
        self.clear.clicked.connect(lambda: self._push(clear=True))
        self.note = QLabel(wordWrap=True)
        form = QFormLayout()
        # a control too wide to sit beside its caption goes under it: beside, the term
        # box made a projector's Inspector scroll sideways
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        form.addRow(self.tr("Rate as"), self.rater)
        form.addRow(self.tr("Term"), self.term)
        weight = QHBoxLayout()
        weight.addWidget(self.weight, 1)
        weight.addWidget(self.clear)
        form.addRow(self.tr("Weight"), weight)
        form.addRow(self.tr("Confidence"), self.confidence)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)         # under the controls (see the module docstring)

    # -- following ----------------------------------------------------------------------------

    def follow(self, model, names: list[str], key: tuple[str, str] | None) -> None:
        """Show ``key``'s rating (None: no single edge selected) by the current participant,
        ``names`` being the participants as the dock shows them (anonymous or not)."""
        self.model, self.key = model, key
        current, row, count = self.rater.currentData(), self.rater.currentIndex(), self.rater.count()
        ids = [p.id for p in model.participants]
        self.rater.blockSignals(True)
        self.rater.clear()
        for name, pid in zip(names, ids):
            self.rater.addItem(name, pid)
            self.rater.setItemData(self.rater.count() - 1, name, Qt.ToolTipRole)
        if current in ids:
            self.rater.setCurrentIndex(ids.index(current))
        elif count == len(ids) and 0 <= row < count:   # their id changed as they were named
            self.rater.setCurrentIndex(row)
        self.rater.blockSignals(False)
        self.setVisible(bool(ids) and key is not None)
        self.strip.setVisible(bool(ids) and key is not None)
        self.show_rating()
        stack = self.window.document.undo_stack
        if self._noted != (key, stack.index()):
            self._forget_note()

    def _forget_note(self) -> None:
        """The note is of another edge or another state of the map: out of the strip, and
        out of the status bar while it still shows it (it said the last edge's change over
        the next edge chosen)."""
        self.strip.forget()
        self._noted = None
        bar = self.window.statusBar()
        if self._status and bar.currentMessage() == self._status:
            bar.clearMessage()
        self._status = ""

    def current_rating(self):
        pid = self.rater.currentData()
        if self.model is None or self.key is None or pid is None:
            return None
        who = self.model.participant(pid)
        return next((r for r in who.ratings if r.key == self.key), None) if who else None

    def show_rating(self) -> None:
        rating = self.current_rating()
        self.strip.jump.setText('<a href="rate">{}</a>'.format(escape(self.tr(
            "Rate this edge as {who} \u2193").format(who=self.rater.currentText()), quote=False)))
        editable = self.key is not None and self.rater.currentData() is not None
        for widget in (self.term, self.weight, self.confidence):
            widget.setEnabled(editable)
        self.clear.setEnabled(rating is not None)
        for widget in (self.term, self.weight, self.confidence):
            widget.blockSignals(True)
        if rating is None:
            self.term.setCurrentIndex(0)
            self.weight.setValue(0.0)
            self.confidence.setCurrentIndex(self.confidence.findData("medium"))
            self.note.setText(self.tr("Not rated by this participant yet.") if editable else "")
        else:
            weight = rating.weight
            if weight is None:
                weight = term_weight(rating.term)
            self.weight.setValue(weight)
            self.confidence.setCurrentIndex(self.confidence.findData(rating.confidence))
            self._show_term(rating.term, weight)
        for widget in (self.term, self.weight, self.confidence):
            widget.blockSignals(False)

    def _show_term(self, term: str, weight: float) -> None:
        """A rating by a term shows the term; one by a number shows, greyed in the term
        box, the term it counts as where ratings are read as terms (the nearest one, as the
        linguistic aggregation and the disagreement read it), never an empty box."""
        shown = number(weight, 2, signed=True)
        if term:
            self.term.setCurrentIndex(self.term.findData(term))
            self.note.setText(self.tr("Rated by the term {term} (weight {weight}).")
                              .format(term=term, weight=shown))
            return
        nearest = LINGUISTIC_TERMS[int(nearest_term(weight))]
        self.term.setPlaceholderText(self.tr("\u2248 {term} (rated by a number)")
                                     .format(term=nearest))
        self.term.setCurrentIndex(-1)
        self.note.setText(self.tr("Rated by the number {weight}; read as a term, it counts as "
                                  "the nearest one, {term}.").format(weight=shown, term=nearest))

    # -- editing ------------------------------------------------------------------------------

    def reveal(self) -> None:
        """Scroll the Inspector down to this box and put the keyboard on its term."""
        self.window.inspector_dock.raise_()
        self.window.inspector.reveal(self)
        self.term.setFocus()

    def push_rating(self, key: tuple[str, str], **change) -> bool:
        """One undoable rating of ``key`` by the current participant (``rate``'s changes),
        and what it did to the map's weight said at once; False when refused."""
        model, pid = self.window.document.model, self.rater.currentData()
        if pid is None:
            return False
        first = not any(r.key == key for p in model.participants for r in p.ratings)
        try:
            # the undo text, in the Edit menu on the projector, names them as the dock does
            command = rate(model, pid, key, document=self.window.document, **change)
            done = execute(self.window.document.undo_stack, command)
        except ModelError as exc:
            self.window.show_problem(self.tr("That rating is not possible"), exc)
            return False
        if done:
            before = next((e for e in command.edges_before if e.key == key), None)
            said = (left_unrated(model, key, before) if change.get("clear") else None) \
                or weight_change(model, key, before, first)
            self._tell(key, said)
        return done

    def _tell(self, key, change) -> None:
        """Show ``change`` (a :class:`~.participants_change.WeightChange`, an
        :class:`~.participants_change.UnratedAgain`, or None) in the strip, until the
        selection or the undo stack moves on."""
        if change is None:
            self._forget_note()
            return
        said = change.text()
        # a few words in the strip (a short Inspector cut the whole sentences, and their
        # links, off); the whole sentences on hover and in the status bar
        self.strip.say(f"{escape(change.summary(), quote=False)} {self._links()}", said,
                       change.notable)
        self._noted = (key, self.window.document.undo_stack.index())
        self._status = said + " " + self.tr("Edit > Undo takes it back.")
        self.window.statusBar().showMessage(self._status, 15000)

    def _links(self) -> str:
        """The note's links: undo the rating, or go to the setting of absent ratings."""
        return self.tr('<a href="undo">Undo</a> \u00b7 <a href="settings">Absent '
                       'ratings setting</a>')

    def _note_link(self, link: str) -> None:
        if link == "undo":
            self.window.document.undo_stack.undo()
        else:
            self.settings_wanted.emit()

    def _push(self, **change) -> None:
        if self.model is not None and self.key is not None:
            self.push_rating(self.key, **change)
        self.show_rating()

    def _term_chosen(self, index: int) -> None:
        term = self.term.itemData(index)
        self._push(**({"term": term} if term else {"clear": True}))

    def _weight_edited(self) -> None:
        rating = self.current_rating()
        value = round(self.weight.value(), 2)
        if rating is not None and rating.weight is not None and round(rating.weight, 2) == value:
            return
        self._push(weight=value)

    def _confidence_chosen(self, index: int) -> None:
        self._push(confidence=self.confidence.itemData(index))
