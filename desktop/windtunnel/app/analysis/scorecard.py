"""The objectives scorecard: does each scenario meet each objective?

Rows are objectives (what they want: "decrease Misuse risk by at least 0.1", with the
importance), columns are scenarios. A cell shows the final change of the objective's node
and whether the objective is met (the model's rule, engine.plans.objective_met: increase
-> change >= threshold, decrease -> change <= -threshold, to within rounding), with a
check or a cross as well as a colour (never colour alone), and, after a Monte Carlo run,
the probability that it is met. The first row is each scenario's score: the
importance-weighted share of objectives met (first, so that a short dock, where only a
few rows show, never hides it).

With a threshold of 0 the rule asks only that the node not move the wrong way: "decrease"
is met by no change at all (a scenario that leaves the node alone). Such a row's heading
says so ("do not raise Misuse risk: change <= 0"), not "decrease", which a tick beside a
change of zero would contradict.

A change is written to three decimals, or, when it is too small for them, to two
significant digits (-0.00020, as the Why? tab and the command line write it: a cross
beside 0.000 could not be explained); one that rounds to no change at all even then (the
rounding noise of 1e-12) reads as a plain 0.000 (not "+0.000" nor "-0.000") in every
scorecard: this one, the participants' and the brief's (:func:`change_text`). The mark is
the model's rule on the change itself (to within engine.plans.MET_TOLERANCE), as the score,
Monte Carlo and the explorations count it; where the figure shown would be judged the other
way (a change of +1.4e-12 shown as 0.000 against "do not raise"), the cell's tooltip gives
the change unrounded, so the mark is never left unexplained.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtGui import Qt as GuiQt      # Qt.convertFromPlainText lives in QtGui
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...engine.plans import objective_met
from ...engine.rounding import decimals_for
from ...language import filled
from ...model import translated
from .controller import soon
from ..canvas.wrapping import column_heading
from ..flow import FlowLayout
from ..formats import figure, number, percent

__all__ = ["Scorecard", "MET", "NOT_MET", "COLUMN", "SCORE_ROW", "cell_text", "change_text",
           "objective_heading"]

#: A scenario column's width, which its heading wraps to (the participants' scorecard's
#: objective columns too).
COLUMN = 130

#: The widest a row's heading (the objective and what it asks) grows, in pixels of the
#: application font: it wraps to three lines within it, whole on hover, so that the
#: scenarios' columns, which the scorecard is there to compare, keep the room (a heading
#: on one line took 720 px of a 1366x768 laptop's 1,050 px table and hid all but two
#: scenarios; on a 1024x768 projector, every one).
_ROW_HEADING = 300

MET, NOT_MET = "#cfe3f1", "#f6e0d4"

#: The row of the scores; objective k is on row ``k + 1``.
SCORE_ROW = 0


def cell_text(row, probability: float | None) -> str:
    mark = "\u2714" if row.met else "\u2718"
    text = f"{mark} {change_text(row.change)}"
    if probability is not None:
        text += f"  P {percent(probability)}"
    return text


def _shown(change: float) -> tuple[float, int]:
    """The change as a scorecard shows it, and its decimals: three, or two significant
    digits for a change too small for three (as the Why? tab and the command line)."""
    decimals = decimals_for(float(change))
    return round(float(change), decimals) + 0.0, decimals      # -0.0 is no change either


def change_text(change: float) -> str:
    """A change as the scorecards write it: signed, but a change that rounds to no change
    at all as a plain zero (neither a rise nor a fall, whatever the objective's
    direction)."""
    shown, decimals = _shown(change)
    return number(shown, decimals, signed=shown != 0)


def _unrounded(change: float, objective) -> str:
    """``change``, signed, with the fewest significant digits (two at least) that the
    model's rule judges as it judges the change itself (the tooltip's "+1.4e-12")."""
    met = bool(objective_met(change, objective))
    digits = next((d for d in range(2, 17)
                   if bool(objective_met(float(f"{change:.{d}g}"), objective)) == met), 17)
    locale = QLocale()
    text = figure(locale.toString(float(change), "g", digits), locale)
    return locale.positiveSign() + text if change > 0 else text


class Scorecard(QWidget):
    """The Scorecard tab of the results dock. Its buttons define objectives through
    ``objectives`` (an :class:`~.objective_editor.ObjectiveEditor`): a new one, or the
    chosen row's (Edit, also by a double-click, and Delete)."""

    def __init__(self, controller, objectives) -> None:
        super().__init__()
        self.controller = controller
        self.objectives = objectives
        self._rows: list[str | None] = []        # each row's objective (None: the score)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(COLUMN)
        # each row as tall as its wrapped heading
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.note = QLabel(wordWrap=True)
        self.new_button = QPushButton(self.tr("New Objective\u2026"))
        self.edit_button = QPushButton(self.tr("Edit Objective\u2026"))
        self.delete_button = QPushButton(self.tr("Delete Objective"))
        self.new_button.clicked.connect(lambda: objectives.new())
        self.edit_button.clicked.connect(lambda: self._on_chosen(objectives.edit))
        self.delete_button.clicked.connect(lambda: self._on_chosen(objectives.delete))
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.cellDoubleClicked.connect(lambda *_: self._on_chosen(objectives.edit))
        self.table.verticalHeader().sectionDoubleClicked.connect(
            lambda row: (self.table.selectRow(row), self._on_chosen(objectives.edit)))
        buttons = FlowLayout()         # wrapping in a narrow dock (a 1024 x 768 projector)
        for widget in (self.new_button, self.edit_button, self.delete_button, self.note):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        later = soon(self, self.refresh)              # one refresh, after the map's turn
        for signal in (controller.results_changed, controller.monte_carlo_changed):
            signal.connect(later)
        self.refresh()

    def chosen(self) -> str | None:
        """The id of the objective whose row holds the current cell (None: none, or the
        score's row)."""
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _on_chosen(self, act) -> None:
        if self.chosen() is not None:
            act(self.chosen())

    def _enable(self) -> None:
        chosen = self.chosen() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def refresh(self, *_) -> None:
        """Show the results again, the chosen objective's row still chosen."""
        chosen = self.chosen()
        self._refresh_table()
        if chosen is not None and chosen in self._rows and self.table.columnCount():
            self.table.setCurrentCell(self._rows.index(chosen), 0)
        self._enable()

    def _refresh_table(self) -> None:
        controller = self.controller
        results, model = controller.session.results, controller.model
        objectives = model.objectives
        scenarios = results.scenarios if results is not None else ()
        self.table.clear()
        self._rows = [None] * (len(objectives) + 1) if objectives else []
        for r, objective in enumerate(objectives, SCORE_ROW + 1):
            self._rows[r] = objective.id
        self.table.setRowCount(len(objectives) + (1 if objectives else 0))
        self.table.setColumnCount(len(scenarios))
        self.table.setHorizontalHeaderLabels([column_heading(translated(s), COLUMN)
                                              for s in scenarios])
        for c, scenario in enumerate(scenarios):
            self.table.horizontalHeaderItem(c).setToolTip(
                GuiQt.convertFromPlainText(translated(scenario)))       # shown as typed
        self.note.setToolTip("")
        if not objectives:
            self.note.setText(self.tr("No objectives in this model: add them to score scenarios."))
            return
        if results is None:
            self.note.setText(self.tr("No results to score."))
            return
        headings = [objective_heading(o, model) for o in objectives]
        self.table.setVerticalHeaderLabels(
            [self.tr("Score")] + [column_heading(h, _ROW_HEADING) for h in headings])
        for r, heading in enumerate(headings, SCORE_ROW + 1):
            self.table.verticalHeaderItem(r).setToolTip(GuiQt.convertFromPlainText(heading))
        rows = {(r.scenario_id, r.objective_id): r for r in results.scorecard}
        mc = controller.session.monte_carlo if not controller.session.monte_carlo_stale else None
        probabilities = ({(r.scenario_id, r.objective_id): r.probability for r in mc.scorecard}
                         if mc is not None else {})
        for c, scenario in enumerate(scenarios):
            for r, objective in enumerate(objectives, SCORE_ROW + 1):
                row = rows.get((scenario.scenario_id, objective.id))
                if row is None:
                    continue
                item = QTableWidgetItem(cell_text(row, probabilities.get(
                    (scenario.scenario_id, objective.id))))
                item.setBackground(QColor(MET if row.met else NOT_MET))
                item.setForeground(QColor("#1a1a1a"))
                item.setToolTip(GuiQt.convertFromPlainText(filled(   # labels as typed
                    self.tr("{objective} in {scenario}: change {change}, met") if row.met
                    else self.tr("{objective} in {scenario}: change {change}, not met"),
                    objective=translated(objective), scenario=translated(scenario),
                    change=self._explained(row.change, objective))))
                self.table.setItem(r, c, item)
            score = results.scores().get(scenario.scenario_id, float("nan"))
            total = QTableWidgetItem("\u2013" if score != score else percent(score))
            font = QFont(total.font())
            font.setBold(True)
            total.setFont(font)
            total.setTextAlignment(Qt.AlignCenter)
            self.table.setItem(SCORE_ROW, c, total)
        # the key on one short line, beside the buttons where they leave room; what it
        # means on hover: a wrapped sentence took the table's rows on a laptop
        self.note.setText(self.tr("\u2714 met, \u2718 not met") + (
            self.tr(" \u00b7 P: share of Monte Carlo samples meeting it") if mc else ""))
        self.note.setToolTip(GuiQt.convertFromPlainText(
            self.tr("\u2714 met, \u2718 not met: the change of the objective's node at the last "
                    "step against its threshold. Score: importance-weighted share met.")
            + (self.tr(" P: share of Monte Carlo samples meeting it.") if mc else "")))

    def _explained(self, change: float, objective) -> str:
        """The change as the cell shows it, and unrounded too where the shown figure would
        be judged the other way than the change itself (see the module docstring)."""
        shown = change_text(change)
        rounded, _ = _shown(change)
        if bool(objective_met(rounded, objective)) == bool(objective_met(change, objective)):
            return shown
        return self.tr("{shown} (unrounded {value})").format(
            shown=shown, value=_unrounded(change, objective))


def objective_heading(objective, model) -> str:
    """What an objective asks of which node, and its weight: a scorecard row's heading, and
    the objective editor's reading of the values chosen (no space between a Chinese or
    Japanese name and the words around it: ``filled``)."""
    node = model.node(objective.node)
    label = translated(node) if node else objective.node
    # the model's rule (engine.plans.objective_met) in words: with no threshold, no
    # change at all meets it, so the heading says "do not lower / raise"
    translate = QCoreApplication.translate
    if objective.threshold:
        text = (translate("Scorecard", "{objective}  (increase {node} by at least {threshold}, "
                                       "weight {weight})")
                if objective.direction == "increase" else
                translate("Scorecard", "{objective}  (decrease {node} by at least {threshold}, "
                                       "weight {weight})"))
    else:
        text = (translate("Scorecard", "{objective}  (do not lower {node}: change \u2265 0, "
                                       "weight {weight})")
                if objective.direction == "increase" else
                translate("Scorecard", "{objective}  (do not raise {node}: change \u2264 0, "
                                       "weight {weight})"))
    return filled(text, objective=translated(objective), node=label,
                  threshold=f"{objective.threshold:g}", weight=f"{objective.importance:g}")
