"""The scenario matrix: nodes x scenarios, each cell the change from baseline, as a heat map.

Cells are tinted on the map's diverging scale (blue rise, red fall; one scale for the whole
table), and a colour bar above the table says what the colours mean. Columns sort by
clicking their header (largest falls or rises first); the filter box keeps nodes whose
label, id or group contains the text; "At shown step" switches from the last step to the
step shown on the map. Double-click a row to find the node on the map.

"Show" chooses what a cell holds (:data:`VIEWS`): the **change** of the deterministic run,
or, once a current Monte Carlo run exists, the **median change** over its samples or the
**probability of an increase** (the share of samples in which the node ends above the
baseline; 50% is neutral, blue towards 100%, red towards 0%; a node that no sample moves
reads "no change", neutral, rather than a red 0%). The Monte Carlo choices
are disabled without a current run, and the view falls back to the change when the run is
cleared or goes stale after an edit.

**Across participants** (a model with participants): every scenario also runs on every
participant's map (on a worker, :func:`~windtunnel.engine.run_participants`, while the
matrix is shown), and each
change cell adds how many maps agree with the shared map's direction ("+0.120  4/6 ↑":
four of six participants' maps say the node rises too); the cell's tooltip says how many
rise and fall and the range of their changes. The box "Across participants" turns it off.
"""

from __future__ import annotations


import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHeaderView, QLabel,
                               QLineEdit, QTableView, QVBoxLayout, QWidget)

from ...engine import run_participants
from ...model import group_name
from .across import cell_count, range_text, says_text
from .colours import ColourColumn, StripLayout, paint_scale_strip, scale_ends, span_of
from .controller import soon
from ..canvas.wrapping import column_heading
from ..flow import FlowLayout
from ..formats import count, number, percent
from ..wheel_focus import WheelFocusComboBox

__all__ = ["MatrixModel", "ScenarioMatrix", "ScaleBar", "SORT_ROLE", "VIEWS"]

#: What a cell can show: (key, menu text). The last two need a current Monte Carlo run.
VIEWS = (("change", QT_TRANSLATE_NOOP("ScenarioMatrix", "Change")),
         ("median", QT_TRANSLATE_NOOP("ScenarioMatrix", "Median change (Monte Carlo)")),
         ("p_increase", QT_TRANSLATE_NOOP("ScenarioMatrix", "P(increase) (Monte Carlo)")))

SORT_ROLE = Qt.UserRole + 1
_FILTER_ROLE = Qt.UserRole + 2
#: A scenario column's width, which its heading wraps to.
_COLUMN = 110


class MatrixModel(QAbstractTableModel):
    """Rows: nodes (label, group, baseline level); then one column per scenario."""

    FIXED = (QT_TRANSLATE_NOOP("MatrixModel", "Node"), QT_TRANSLATE_NOOP("MatrixModel", "Group"),
             QT_TRANSLATE_NOOP("MatrixModel", "Baseline"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.groups: list[str] = []
        self.ids: list[str] = []
        self.baseline = np.zeros(0)
        self.scenarios: list[str] = []
        self.scenario_ids: list[str] = []
        self.values = np.zeros((0, 0))
        self.colours: list[ColourColumn] = []
        self.view = "change"
        self.span = 1.0
        self.unmoved = np.zeros((0, 0), dtype=bool)
        #: (participants, nodes) final change per scenario column (None: not run on the
        #: participants' maps), and the node order of those arrays.
        self.voices: list[np.ndarray | None] = []

    def set_voices(self, voices, step: int | None) -> None:
        """Add the participants' spread (a :class:`~windtunnel.engine.VoiceResults` of every
        scenario, or None to show none) to the cells, at ``step`` (None: the last)."""
        self.voices = []
        if voices is not None and self.scenario_ids:
            by_id = {s.scenario_id: s for s in voices.scenarios}
            order = [voices.node_ids.index(n) if n in voices.node_ids else -1 for n in self.ids]
            for scenario_id in self.scenario_ids:
                found = by_id.get(scenario_id)
                if found is None or -1 in order:
                    self.voices.append(None)
                    continue
                row = -1 if step is None else min(step, found.change.shape[0] - 1)
                self.voices.append(found.change[row][:, order])
        if self.rowCount() and self.scenario_ids:
            self.dataChanged.emit(self.index(0, len(self.FIXED)),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _spread(self, r: int, k: int) -> np.ndarray | None:
        if self.view != "change" or k >= len(self.voices) or self.voices[k] is None:
            return None
        return self.voices[k][:, r]

    def set_data(self, results, model, step: int | None, *, view: str = "change",
                 monte_carlo=None) -> None:
        """Fill from ``results`` at ``step`` (None: the last); ``view`` is a key of VIEWS
        (the Monte Carlo views read ``monte_carlo``'s uncertainty)."""
        self.beginResetModel()
        self.view = view
        if results is None:
            self.ids, self.labels, self.groups, self.scenarios = [], [], [], []
            self.scenario_ids = []
            self.values, self.baseline, self.colours = np.zeros((0, 0)), np.zeros(0), []
        else:
            row = -1 if step is None else step
            self.ids, self.labels = list(results.node_ids), list(results.labels)
            self.groups = [(group_name(model, model.node(n).group) if model.node(n) else "")
                           for n in self.ids]
            self.baseline = results.baseline[row]
            self.scenarios = [r.label for r in results.scenarios]
            self.scenario_ids = [r.scenario_id for r in results.scenarios]
            columns = [self._column(r, row, view, monte_carlo) for r in results.scenarios]
            self.values = (np.stack([v for v, _ in columns], axis=1) if columns
                           else np.zeros((len(self.ids), 0)))
            self.unmoved = (np.stack([u for _, u in columns], axis=1) if columns
                            else np.zeros((len(self.ids), 0), dtype=bool))
            if view == "p_increase":                   # 50 % (and no change) is neutral
                self.span = 0.5
                self.colours = [ColourColumn(np.where(still, 0.0, column - 0.5), 0.5)
                                for column, still in zip(self.values.T, self.unmoved.T)]
            else:
                self.span = span_of(self.values) if self.values.size else 1.0
                self.colours = [ColourColumn(column, self.span) for column in self.values.T]
        self.voices = []
        self.endResetModel()

    def _column(self, result, row: int, view: str, monte_carlo):
        """One scenario's values, and where no sample moves the node (5-95% band at 0)."""
        n = len(self.ids)
        if view == "change":
            return result.change[row], np.zeros(n, dtype=bool)
        found = next((r for r in monte_carlo.scenarios if r.scenario_id == result.scenario_id),
                     None) if monte_carlo is not None else None
        uncertainty = found.uncertainty if found is not None else None
        if uncertainty is None:                       # not sampled: shown as a dash
            return np.full(n, np.nan), np.zeros(n, dtype=bool)
        values = uncertainty.band(50) if view == "median" else uncertainty.p_increase
        unmoved = (np.abs(uncertainty.band(5)[row]) < 1e-9) & \
            (np.abs(uncertainty.band(95)[row]) < 1e-9)
        return values[row], unmoved

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.FIXED) + len(self.scenarios)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role in (Qt.DisplayRole, Qt.ToolTipRole):
            text = (tuple(self.tr(t) for t in self.FIXED) + tuple(self.scenarios))[section]
            return (column_heading(text, _COLUMN) if role == Qt.DisplayRole
                    else text)
        return None

    def data(self, index, role=Qt.DisplayRole):
        r, c = index.row(), index.column()
        k = c - len(self.FIXED)
        if role in (Qt.DisplayRole, SORT_ROLE):
            if c == 0:
                return self.labels[r]
            if c == 1:
                return self.groups[r]
            value = float(self.baseline[r] if c == 2 else self.values[r, k])
            if role == SORT_ROLE:
                return value if value == value else float("-inf")   # a dash sorts lowest
            if c == 2:
                return number(value, 3)
            if value != value:
                return "\u2013"
            if self.view != "p_increase":
                spread = self._spread(r, k)
                if spread is not None and role == Qt.DisplayRole:
                    return f"{number(value, 3, signed=True)}  {cell_count(spread, value)}"
                return number(value, 3, signed=True)
            return self.tr("no change") if self.unmoved[r, k] else percent(value)
        if role == Qt.ToolTipRole and k >= 0:
            spread = self._spread(r, k)
            if spread is not None:
                return f"{says_text(spread, self.labels[r])} {range_text(spread)}"
            return None
        if role == Qt.BackgroundRole and k >= 0:
            return self.colours[k][r]
        if role == Qt.ForegroundRole and k >= 0:
            return QColor("#8a8a8a" if self.unmoved[r, k] else "#1a1a1a")
        if role == Qt.TextAlignmentRole and c >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == _FILTER_ROLE:
            return f"{self.labels[r]} {self.ids[r]} {self.groups[r]}".lower()
        if role == Qt.UserRole:
            return self.ids[r]
        return None


#: The matrix's scale: the caption at the left, the scale (a bar of fixed width) at the right.
_SCALE_LINE = StripLayout(bar=170.0, widest_bar=170.0, gap=6.0, title_gap=16.0,
                          elide=Qt.ElideRight, flush_right=True)


class ScaleBar(QWidget):
    """One line that says what the matrix's colours mean: a caption, then the colour bar
    (the map's scale) between its end values."""

    def __init__(self) -> None:
        super().__init__()
        self.span, self.title, self.ends = 1.0, "", None
        self.setFixedHeight(QFontMetricsF(self.font()).height() + 8)

    def set_scale(self, span: float, title: str, ends=None) -> None:
        """``ends``: the texts at the bar's two ends (default: the span, fall and rise)."""
        self.span, self.title = span, title
        self.ends = ends or scale_ends(span)
        self.setToolTip(title)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.Text))
        rect = QRectF(self.rect()).adjusted(2, 0, -2, 0)
        paint_scale_strip(painter, rect, self.title, self.ends or ("", ""),
                          QFontMetricsF(self.font()), _SCALE_LINE, rect.height() - 10)
        painter.end()


class ScenarioMatrix(QWidget):
    """The Matrix tab of the results dock."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A new type size (workshop mode entered or left) sizes the rows again."""
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows as tall as a line of text and a small margin: the style's taller rows
        showed two nodes of the matrix in a 1024x768 projector's Results dock."""
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)

    def __init__(self, controller, *, reveal=None) -> None:
        super().__init__()
        self.controller = controller
        self.model = MatrixModel(self)    # deleted with the view, not left to a collection
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(_FILTER_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # model order
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self._fit_rows()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(_COLUMN)
        self.table.doubleClicked.connect(self._activated)
        self.reveal = reveal
        self.filter = QLineEdit(placeholderText=self.tr("Filter nodes (label, id or group)"),
                                clearButtonEnabled=True)
        self.filter.textChanged.connect(
            lambda text: self.proxy.setFilterFixedString(text.strip().lower()))
        self.at_step = QCheckBox(self.tr("At shown step"))
        self.at_step.setToolTip(self.tr("Show the change at the step shown on the map instead of "
                                "at the last step"))
        self.at_step.toggled.connect(self.refresh)
        self.show_box = WheelFocusComboBox()
        for key, text in VIEWS:
            text = self.tr(text)
            self.show_box.addItem(text, key)
        self.show_box.setToolTip(
            self.tr(
                "What a cell shows: the change of the run, or after a Monte "
                "Carlo run the median change or the probability of a rise"
            )
        )
        self.show_box.currentIndexChanged.connect(self.refresh)
        self.across = QCheckBox(self.tr("Across participants"))
        self.across.setChecked(True)
        self.across.setToolTip(self.tr(
            "Run every scenario on every participant's map too, and add to each cell how "
            "many maps agree with the shared map (4/6 \u2191: four of six say it rises)"))
        self.across.toggled.connect(self.refresh)
        self.voices_runner = controller.add_runner()
        #: The results across participants, and what they describe (model, revision,
        #: settings); None when not run.
        self.voices, self.voices_for = None, None
        self._voices_pending = None
        self.scale = ScaleBar()
        top = FlowLayout()             # wrapping in a narrow dock (a 1024 x 768 projector)
        top.add_stretching(self.filter)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_box)
        top.addWidget(self.at_step)
        top.addWidget(self.across)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.scale)
        layout.addWidget(self.table, 1)
        later = self._later = soon(self, self.refresh)   # one refresh, after the map's turn
        controller.results_changed.connect(later)
        controller.monte_carlo_changed.connect(later)
        controller.step_changed.connect(lambda _: self.at_step.isChecked() and later())
        self.refresh()

    @property
    def view(self) -> str:
        """The key of what the cells show (see VIEWS)."""
        return self.show_box.currentData()

    def set_view(self, key: str) -> None:
        self.show_box.setCurrentIndex(self.show_box.findData(key))

    def refresh(self, *_) -> None:
        controller = self.controller
        monte_carlo = controller.session.current_monte_carlo()
        sampled = monte_carlo is not None
        items = self.show_box.model()
        for row in (1, 2):                              # the Monte Carlo views
            items.item(row).setEnabled(sampled)
        if not sampled and self.view != "change":
            self.show_box.blockSignals(True)
            self.show_box.setCurrentIndex(0)
            self.show_box.blockSignals(False)
        step = controller.session.step if self.at_step.isChecked() else None
        self.model.set_data(controller.session.results, controller.model, step, view=self.view,
                            monte_carlo=monte_carlo)
        self.table.setColumnWidth(0, 230)
        self._show_scale(step, sampled)
        self._follow_participants(step)

    def _follow_participants(self, step: int | None) -> None:
        """Show the spread across participants' maps, running them (on a worker) when the
        shown ones describe another model, revision or settings."""
        session = self.controller.session
        model, results = session.model, session.results
        has = model is not None and bool(model.participants)
        self.across.setVisible(has)
        if not has or results is None or not self.across.isChecked():
            self.voices_runner.cancel()
            self.voices, self.voices_for, self._voices_pending = None, None, None
            return
        wanted = (id(model), model.revision, results.settings)
        if wanted == self.voices_for:
            self.model.set_voices(self.voices, step)
            return
        if wanted == self._voices_pending or not self.isVisible():
            return                      # already running for these, or run when shown
        self._voices_pending = wanted
        snapshot, settings = model.copy(), results.settings
        self.voices_runner.start(
            self.tr("Scenarios on every participant's map"),
            lambda progress, cancel: run_participants(snapshot, settings=settings),
            on_finished=lambda voices: self._voices_arrived(voices, wanted),
            on_failed=lambda _exc: self._voices_arrived(None, wanted))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._later()                    # the runs across participants wait to be seen

    def _voices_arrived(self, voices, wanted) -> None:
        """Runs on every map came back (None: they failed, the cells show no counts)."""
        self.voices, self.voices_for, self._voices_pending = voices, wanted, None
        self.refresh()

    def _show_scale(self, step: int | None, sampled: bool) -> None:
        results = self.controller.session.results
        unit = results.settings.time_unit if results is not None else self.tr("step")
        when = (self.tr("{unit} {step}").format(unit=unit, step=step) if step is not None
                else self.tr("the last {unit} ({steps})").format(
                    unit=unit, steps=self.controller.session.steps))
        span = self.model.span
        if self.view == "p_increase":
            samples = self.controller.session.monte_carlo.samples
            self.scale.set_scale(0.5, self.tr(
                "Probability that the node ends above the baseline at {when}, over {samples} "
                "Monte Carlo samples (50%: undecided, white: no sample moves it)").format(
                when=when, samples=count(samples)),
                ends=(self.tr("0% (falls)"), self.tr("(rises) 100%")))
        elif self.view == "median":
            samples = self.controller.session.monte_carlo.samples
            self.scale.set_scale(span, self.tr("Median change from baseline at {when} over "
                                               "{samples} Monte Carlo samples").format(
                when=when, samples=count(samples)))
        else:
            extra = "" if sampled else self.tr(" (run Monte Carlo for medians and "
                                               "probabilities)")
            self.scale.set_scale(span, self.tr("Change from baseline at {when}{extra}").format(
                when=when, extra=extra))

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(Qt.UserRole) for r in range(self.proxy.rowCount())]

    def _activated(self, index) -> None:
        if self.reveal is not None:
            self.reveal(index.data(Qt.UserRole))
