"""Participants: who rated the map, and what each said about the selected edge.

A window extension (registered by the composition root, app/main.py) that adds one dock:

- the participants (label, role, group, credibility, how many edges they rated) and how
  their ratings become the map's weights;
- for the one selected edge, every participant's rating (weight, term, confidence,
  rationale, sources) and the edge's disagreement: spread, range, how many give each
  sign (a sign conflict is flagged), entropy of agreement, from the engine
  (:func:`~windtunnel.engine.disagreement`);
- *Anonymous* shows "Participant 1", "Participant 2" ... instead of names, for a projector;
- *Disagreement lens* draws on the map where participants disagree
  (:mod:`.participants_lens`), with its legend here, never over the map.

- *Rate as* picks the current participant; with one edge selected, *Rating* sets their
  term for it (or clears it) as one undoable step that re-aggregates the map
  (:mod:`.participants_rating`).

The panel follows the model's signals and the canvas selection.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QTimer, Qt
from shiboken6 import isValid
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..engine import disagreement, rating_table
from ..errors import ModelError
from ..model import LINGUISTIC_TERMS
from .participants_rating import RateCommand
from .participants_lens import LENS_COLOUR, DisagreementLens
from .scrolling import scrolling

__all__ = ["ParticipantsPanel", "attach_participants"]

_MODEL_SIGNALS = ("participant_added", "participant_removed", "participant_changed",
                  "edge_changed", "edge_added", "edge_removed", "node_changed",
                  "settings_changed")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setMinimumHeight(140)                 # a few rows stay readable in a short dock
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class ParticipantsPanel(QWidget):
    """The Participants dock's content for one window (see the module docstring)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._model = None
        self._scene = None
        self.anonymous = QCheckBox(self.tr("Anonymous (hide names)"))
        self.anonymous.toggled.connect(self.refresh)
        self.show_lens = QCheckBox(self.tr("Disagreement lens on the map"))
        self.show_lens.toggled.connect(self._lens_toggled)
        self.lens_legend = QLabel(self.tr(
            "<span style='color:{colour}'>&#9644;</span> the wider the band, the more "
            "the ratings of an edge spread; <span style='color:{colour}'>&#9711;</span>"
            " ± a sign conflict (some say it raises, some that it lowers).")
            .format(colour=LENS_COLOUR), wordWrap=True)
        self.lens_legend.hide()
        self.lens = DisagreementLens()
        self.method = QLabel(wordWrap=True)
        self.people = _table([self.tr("Participant"), self.tr("Role"), self.tr("Group"),
                              self.tr("Credibility"), self.tr("Edges rated")])
        self.edge_heading = QLabel(wordWrap=True)
        self.edge_summary = QLabel(wordWrap=True)
        self.edge_summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.ratings = _table([self.tr("Participant"), self.tr("Weight"), self.tr("Term"),
                               self.tr("Confidence"), self.tr("Sources"), self.tr("Rationale")])
        self.rater = QComboBox()
        self.rater.currentIndexChanged.connect(lambda _i: self.refresh())
        self.term = QComboBox()
        self.term.addItems([self.tr("(not rated)"), *LINGUISTIC_TERMS])
        self.term.activated.connect(self._rate)
        rating = QFormLayout()
        rating.addRow(self.tr("Rate as"), self.rater)
        rating.addRow(self.tr("Rating of the selected edge"), self.term)
        layout = QVBoxLayout(self)
        for widget in (self.anonymous, self.show_lens, self.lens_legend, self.method,
                       self.people, self.edge_heading,
                       self.edge_summary, self.ratings):
            layout.addWidget(widget)
        layout.addLayout(rating)
        window.document_shown.connect(self._follow_document)
        window.window_closing.connect(self._detach)
        self._follow_document()

    # -- following the window's document ------------------------------------------------------

    def _detach(self) -> None:
        """Stop following the shown model and scene (the document changes or the window
        closes: the model may outlive the scene)."""
        if self._model is not None:
            for name in _MODEL_SIGNALS:
                getattr(self._model, name).disconnect(self._changed)
        if self._scene is not None and isValid(self._scene):
            self._scene.selectionChanged.disconnect(self.refresh)
        self._model = self._scene = None

    def _follow_document(self) -> None:
        self._detach()
        self._model = self.window.document.model
        self._scene = self.window.scene
        self.lens = DisagreementLens()           # the old scene took its lens with it
        self.lens.setVisible(self.show_lens.isChecked())
        self._scene.addItem(self.lens)
        for name in _MODEL_SIGNALS:
            getattr(self._model, name).connect(self._changed)
        self._scene.selectionChanged.connect(self.refresh)
        self.refresh()

    def _changed(self, *args) -> None:
        if self._scene is not None and isValid(self._scene) and isValid(self):
            self.refresh()

    # -- showing ----------------------------------------------------------------------------

    def _lens_toggled(self, on: bool) -> None:
        self.lens.setVisible(on)
        self.lens_legend.setVisible(on)

    def names(self) -> list[str]:
        """The participants as shown: their labels, or numbers when anonymous."""
        participants = self._model.participants
        if self.anonymous.isChecked():
            return [self.tr("Participant {number}").format(number=i + 1)
                    for i in range(len(participants))]
        return [p.label for p in participants]

    def refresh(self) -> None:
        model = self._model
        if model is None:                      # the window is closing
            return
        participants = model.participants
        names = self.names()
        s = model.settings
        if not participants:
            self.method.setText(self.tr("This model has no participants. Bring them in with "
                                "windtunnel aggregate, or import a workbook of several "
                                "participants (see Help > Participants)."))
        else:
            method = (self.tr("linguistic ({implication}, {union}, {defuzzification})").format(
                implication=s.implication, union=s.union, defuzzification=s.defuzzification)
                      if s.aggregation == "linguistic" else s.aggregation)
            zeros = self.tr("zeros included") if s.aggregation_zeros == "include" \
                else self.tr("zeros ignored")
            self.method.setText(self.tr("%n participant(s). The map's weights are the {method} "
                                        "of their ratings, {zeros}.", "", len(participants))
                                .format(method=method, zeros=zeros))
        self.show_lens.setEnabled(bool(participants))
        self.lens.update_marks(model)
        anonymous = self.anonymous.isChecked()
        _fill(self.people, [[name, "" if anonymous else p.role, "" if anonymous else p.group,
                             f"{p.credibility:g}", str(len(p.ratings))]
                            for name, p in zip(names, participants)])
        self._show_rater(names)
        self._show_edge(names)
        self._show_term()

    def _show_rater(self, names: list[str]) -> None:
        """The participant picker, keeping the current participant when it still exists."""
        current = self.rater.currentData()
        ids = [p.id for p in self._model.participants]
        self.rater.blockSignals(True)
        self.rater.clear()
        for name, pid in zip(names, ids):
            self.rater.addItem(name, pid)
        if current in ids:
            self.rater.setCurrentIndex(ids.index(current))
        self.rater.blockSignals(False)

    def _selected_edge(self):
        if self._scene is None:
            return None
        edges, nodes = self._scene.selected_edge_keys(), self._scene.selected_node_ids()
        return edges[0] if len(edges) == 1 and not nodes else None

    def _show_term(self) -> None:
        """The current participant's term for the selected edge (blank for a number)."""
        key, pid = self._selected_edge(), self.rater.currentData()
        self.term.setEnabled(key is not None and pid is not None)
        rating = None
        if key is not None and pid is not None:
            rating = next((r for r in self._model.participant(pid).ratings if r.key == key),
                          None)
        if rating is None:
            self.term.setCurrentIndex(0)
            self.term.setToolTip("")
        elif rating.term:
            self.term.setCurrentIndex(1 + LINGUISTIC_TERMS.index(rating.term))
            self.term.setToolTip("")
        else:
            self.term.setCurrentIndex(-1)
            self.term.setToolTip(self.tr("rated as the number {weight}").format(
                weight=f"{rating.weight:+.2f}"))

    def _rate(self, index: int) -> None:
        key, pid = self._selected_edge(), self.rater.currentData()
        if key is None or pid is None:
            return
        term = "" if index <= 0 else LINGUISTIC_TERMS[index - 1]
        try:
            self.window.document.undo_stack.push(RateCommand(self._model, pid, key, term))
        except ModelError as exc:
            self.window.show_problem(self.tr("That rating is not possible"), exc)
            self.refresh()

    def _show_edge(self, names: list[str]) -> None:
        model = self._model
        edges = self._scene.selected_edge_keys() if self._scene is not None else []
        nodes = self._scene.selected_node_ids() if self._scene is not None else []
        if len(edges) != 1 or nodes or not model.participants:
            self.edge_heading.setText(
                self.tr("Select one edge to see every participant's rating of it.")
                if model.participants
                else ""
            )
            self.edge_summary.setText("")
            _fill(self.ratings, [])
            return
        key = edges[0]
        labels = {n.id: n.label for n in model.nodes}
        self.edge_heading.setText(self.tr("<b>{source} → {target}</b> (map weight {weight})")
                                  .format(source=labels[key[0]], target=labels[key[1]],
                                          weight=f"{model.edge(*key).weight:+.2f}"))
        table = rating_table(model)
        j = table.edges.index(key)
        found = disagreement(table)
        if not found.raters[j]:
            self.edge_summary.setText(self.tr("No participant rated this edge."))
        else:
            conflict = self.tr(" — sign conflict") if found.conflict[j] else ""
            self.edge_summary.setText(self.tr(
                "{raters} of {count} rated it: {raise_} raise, {lower} lower, {neutral} no "
                "effect{conflict}. Spread {spread}, range {range}, entropy {entropy}.").format(
                raters=int(found.raters[j]), count=len(model.participants),
                raise_=int(found.positive[j]), lower=int(found.negative[j]),
                neutral=int(found.neutral[j]), conflict=conflict,
                spread=f"{found.spread[j]:.2f}", range=f"{found.range[j]:.2f}",
                entropy=f"{found.entropy[j]:.2f}"))
        rows = []
        for name, participant, weights in zip(names, model.participants, table.weights):
            rating = next((r for r in participant.ratings if r.key == key), None)
            if rating is None:
                rows.append([name, "", "", "", "", self.tr("(not rated)")])
                continue
            rows.append([name, f"{weights[j]:+.2f}" if not np.isnan(weights[j]) else "",
                         rating.term, rating.confidence, ", ".join(rating.sources),
                         rating.rationale])
        _fill(self.ratings, rows)


def attach_participants(window) -> ParticipantsPanel:
    """Add the Participants dock to ``window`` (tabbed with the Inspector)."""
    panel = ParticipantsPanel(window)
    title = QCoreApplication.translate("participants_panel", "Participants")
    panel.dock = window.add_panel(title, scrolling(panel), Qt.RightDockWidgetArea,
                                  name="participants", tab_with=window.inspector_dock)
    QTimer.singleShot(0, window.inspector_dock.raise_)     # the Inspector stays in front
    return panel
