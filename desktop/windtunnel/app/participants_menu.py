"""Rating an edge from the map: the participants' entries of the map's right-click menu.

A right click on an edge of a model with participants opens (through the window's
:meth:`~windtunnel.app.mainwindow.MainWindow.add_map_menu`) the current participant's rating
of that edge: the participant (*Rate As*, the same choice as the Inspector's *Rate as*),
the linguistic scale (-VH .. +VH, NA; the term given is checked), *Weight and
Confidence...* (a small dialog) and *Clear Rating*. Each choice is one undoable step that
re-aggregates the map (:func:`~.participants_rating.rate`), so the map, the lens and the
results follow at once.

A participant's name may be long (a ministry's division, 80 characters and more): in the
menu it is cut with "..." to a third of the screen's width, whole on hover, so that the
*Rate As* list opens beside the menu, on the screen, rather than over the menu itself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QLabel, QMenu, QVBoxLayout)

from ..engine.linguistic import term_weight
from ..model import CONFIDENCES, LINGUISTIC_TERMS, translated
from .choices import fill_choices
from .number_boxes import NumberBox

__all__ = ["RatingMenu", "RatingDialog", "term_text"]

#: The share of the screen's width a participant's name takes at most in the menu.
NAME_SHARE_OF_SCREEN = 1 / 3

#: What the strength of a term says (translated where shown).
_STRENGTHS = {"VH": QT_TRANSLATE_NOOP("RatingMenu", "very high"),
              "H": QT_TRANSLATE_NOOP("RatingMenu", "high"),
              "M": QT_TRANSLATE_NOOP("RatingMenu", "medium"),
              "L": QT_TRANSLATE_NOOP("RatingMenu", "low"),
              "VL": QT_TRANSLATE_NOOP("RatingMenu", "very low")}


def term_text(term: str) -> str:
    """A term of the scale with what it means, as the menu lists it ("+H  high, raises")."""
    if term == "NA":
        return QCoreApplication.translate("RatingMenu", "NA  no effect")
    strength = QCoreApplication.translate("RatingMenu", _STRENGTHS[term[1:]])
    direction = (QCoreApplication.translate("RatingMenu", "raises") if term.startswith("+")
                 else QCoreApplication.translate("RatingMenu", "lowers"))
    return QCoreApplication.translate("RatingMenu", "{term}  {strength}, {direction}").format(
        term=term, strength=strength, direction=direction)


class RatingDialog(QDialog):
    """A weight in [-1, 1] and a confidence for one participant's rating of one edge."""

    def __init__(self, parent, heading: str, weight: float, confidence: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rate an Edge"))
        self.weight = NumberBox(minimum=-1.0, maximum=1.0, singleStep=0.05, decimals=2)
        self.weight.setValue(weight)
        self.weight.setToolTip(self.tr("The participant's rating as a weight in [-1, 1]"))
        self.confidence = QComboBox()
        fill_choices(self.confidence, CONFIDENCES)
        self.confidence.setCurrentIndex(self.confidence.findData(confidence))
        form = QFormLayout()
        form.addRow(self.tr("Weight"), self.weight)
        form.addRow(self.tr("Confidence"), self.confidence)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(heading, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answer(self) -> tuple[float, str]:
        return round(self.weight.value(), 2), self.confidence.currentData()


class RatingMenu:
    """Fills the map's right-click menu on an edge for the Participants dock ``panel``."""

    def __init__(self, panel) -> None:
        self.panel = panel
        self.window = panel.window

    @property
    def rater(self) -> QComboBox:
        """The choice of the current participant (shared with the Inspector's rating box)."""
        return self.panel.rating_box.rater

    def contribute(self, menu: QMenu, kind: str, key) -> None:
        model = self.window.document.model
        if kind != "edge" or not model.participants or self.rater.currentData() is None:
            return
        pid = self.rater.currentData()
        who = model.participant(pid)
        rating = next((r for r in who.ratings if r.key == key), None)
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addSection(QCoreApplication.translate("RatingMenu", "Rating by {who}").format(
            who=self._menu_name(menu, self.rater.currentText())))
        people = menu.addMenu(QCoreApplication.translate("RatingMenu", "Rate &As"))
        people.setToolTipsVisible(True)
        group = QActionGroup(people)
        for index in range(self.rater.count()):
            name = self.rater.itemText(index)
            action = people.addAction(self._menu_name(people, name))
            action.setToolTip(name)
            action.setCheckable(True)
            action.setChecked(index == self.rater.currentIndex())
            action.triggered.connect(lambda _on=False, i=index: self.rater.setCurrentIndex(i))
            group.addAction(action)
        terms = QActionGroup(menu)
        for term in LINGUISTIC_TERMS:
            action = menu.addAction(term_text(term))
            action.setCheckable(True)
            action.setChecked(rating is not None and rating.term == term)
            action.triggered.connect(lambda _on=False, t=term: self.push(key, term=t))
            terms.addAction(action)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("RatingMenu", "&Weight and Confidence..."),
                       lambda: self.ask_and_rate(key))
        clear = menu.addAction(QCoreApplication.translate("RatingMenu", "&Clear Rating"),
                               lambda: self.push(key, clear=True))
        clear.setEnabled(rating is not None)

    def _menu_name(self, menu: QMenu, name: str) -> str:
        """``name`` as ``menu`` shows it: cut with "..." to :data:`NAME_SHARE_OF_SCREEN` of
        the window's screen, and an ampersand shown as itself, not as a shortcut's mark."""
        width = round(self.window.screen().availableGeometry().width() * NAME_SHARE_OF_SCREEN)
        return menu.fontMetrics().elidedText(name, Qt.ElideRight, width).replace("&", "&&")

    def push(self, key, **change) -> bool:
        """One undoable rating of ``key`` by the current participant, said as the
        Inspector's rating box says its own (what it did to the map's weight)."""
        return self.panel.rating_box.push_rating(key, **change)

    def ask_rating(self, heading: str, weight: float, confidence: str
                   ) -> tuple[float, str] | None:
        """The weight and confidence the user chose, or None (cancelled); tests answer it."""
        dialog = RatingDialog(self.window, heading, weight, confidence)
        return dialog.answer() if dialog.exec() == QDialog.Accepted else None

    def ask_and_rate(self, key) -> None:
        model = self.window.document.model
        who = model.participant(self.rater.currentData())
        if who is None:
            return
        rating = next((r for r in who.ratings if r.key == key), None)
        edge = model.edge(*key)
        if rating is None:
            weight, confidence = (edge.weight if edge is not None else 0.0), "medium"
        else:
            weight = rating.weight if rating.weight is not None else term_weight(rating.term)
            confidence = rating.confidence
        labels = {n.id: translated(n) for n in model.nodes}
        heading = QCoreApplication.translate(
            "RatingMenu", "{who}'s rating of {source} \u2192 {target}").format(
            who=self.rater.currentText(), source=labels.get(key[0], key[0]),
            target=labels.get(key[1], key[1]))
        answer = self.ask_rating(heading, weight, confidence)
        if answer is not None:
            self.push(key, weight=answer[0], confidence=answer[1])
