""""Why did this change?": the selected node's change in the current scenario, taken apart.

For the node selected on the map, the current scenario and the step shown on the map, the
engine's :func:`~windtunnel.engine.breakdown_plan` splits the node's change from baseline
four ways, each adding up to the whole change:

- **Reasons**: at most five reasons, largest first (routes grouped by the node they arrive
  through, "via Use of less-vetted models (12 routes)", or a lever's own share), and the
  rest, always named ("140 other routes (via Shared safety standards)");
- **By lever**: each lever's (and changed weight's) Shapley value, its fair share of the
  change whatever the levers do together;
- **By input edge**: how much arrived through each incoming edge, the node's own memory,
  or a lever setting the node itself;
- **By route**: every route from a lever through the time-unrolled map, loops included.

Every list ends with its total, the change itself. The figures are rounded so that the
shown parts add up to the shown total exactly (:mod:`.figures`), and the shares to 100%.

The panel computes only while it is shown. The Shapley values (a batch of runs, one per coalition of levers: the slow part) are
computed once per scenario and model revision on a worker and serve every node and step;
a new node or step re-runs only the tracing, on the same worker. While the shares are
computed a progress bar and Cancel show above the heading. Moving the time slider
re-shows the levers and inputs at once (they hold every step) and asks for the reasons
and routes at the new step. Bars behind the numbers show their size and sign (blue pushes
up, vermilion down); clicking a row highlights what it names on the map.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton,
                               QStyledItemDelegate, QTabBar, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ...language import filled
from ...model import translated
from ...engine import breakdown_plan, compiled_model, lever_shares, stop_if_asked
from ...engine.compile import compile_scenario
from ..choices import choice_text
from ..formats import percent
from ..workers import part_of
from .controller import soon
from .figures import decimals_for, rounded_parts, signed

__all__ = ["WhyPanel", "BarDelegate", "VIEWS", "DECIMALS", "MAX_ROUTES"]

#: The views of the switch: name, title.
VIEWS = (("reasons", QT_TRANSLATE_NOOP("WhyPanel", "Reasons")),
         ("levers", QT_TRANSLATE_NOOP("WhyPanel", "By lever")),
         ("inputs", QT_TRANSLATE_NOOP("WhyPanel", "By input edge")),
         ("routes", QT_TRANSLATE_NOOP("WhyPanel", "By route")))
#: Decimals of the figures shown (the heading's total and every part), unless the change
#: is too small for them (figures.decimals_for).
DECIMALS = 3
#: Routes listed one by one in the By route view; the others make one named row.
MAX_ROUTES = 40
#: The task that computes the levers' shares (the one with a progress bar and Cancel).
SHARING = QT_TRANSLATE_NOOP("WhyPanel", "Sharing the change among the levers")
_VALUE = Qt.UserRole + 1
#: The bars' column's width, and the least the names keep before it gives way (in a
#: narrow dock the four columns scrolled sideways), in average letters of the tree's font.
BAR_WIDTH = 72
#: The tree asks for the height of at most this many rows (the reasons, their total and
#: the rest: all of them), so a short dock scrolls the page rather than cut the last one.
ROWS_ASKED = 8
NAME_LETTERS = 8


def _shares(values, total: float) -> list:
    """The shares of ``values`` in whole percent, rounded to add up to 100 (None each when
    there is no change to share)."""
    if abs(total) <= 1e-12:
        return [None] * len(values)
    return rounded_parts([100.0 * v / total for v in values], 100.0, 0)


class BarDelegate(QStyledItemDelegate):
    """Draws a signed bar behind a number: blue for a push up, vermilion for a push down."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.scale = 1.0

    def paint(self, painter, option, index) -> None:
        value = index.data(_VALUE)
        if value is not None and self.scale > 0:
            rect = option.rect.adjusted(2, 4, -2, -4)
            half = rect.width() / 2
            width = min(abs(value) / self.scale, 1.0) * half
            left = rect.center().x() if value >= 0 else rect.center().x() - width
            colour = QColor("#0072b2" if value >= 0 else "#d55e00")
            colour.setAlpha(90)
            painter.fillRect(QRectF(left, rect.top(), width, rect.height()), colour)
        super().paint(painter, option, index)


class WhyPanel(QWidget):
    """The Why tab of the results dock."""

    def __init__(self, controller, *, highlight) -> None:
        super().__init__()
        self.controller = controller
        self.highlight = highlight
        self.runner = controller.add_runner()
        self.breakdown = None              # the engine's answer being shown
        self._shares = None                # (key, LeverShares) of the current scenario
        self._asked = None                 # (node, scenario, step) last asked for
        self.heading = QLabel(wordWrap=True)
        self.heading.setTextFormat(Qt.RichText)
        self.switch = QTabBar()
        self.switch.setDocumentMode(True)
        self.switch.setExpanding(False)
        for _, title in VIEWS:
            title = self.tr(title)
            self.switch.addTab(title)
        self.switch.currentChanged.connect(lambda _: self.render())
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Through"), "", self.tr("Change"), self.tr("Share")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, BAR_WIDTH)
        self.tree.setColumnWidth(2, 70)
        self.tree.setColumnWidth(3, 58)
        self.tree.viewport().installEventFilter(self)     # a narrow tree: a shorter bar
        self.bars = BarDelegate(self.tree)
        self.tree.setItemDelegateForColumn(1, self.bars)
        self.tree.currentItemChanged.connect(self._chosen)
        # over the rows, where a share below zero or a sum past 100% is read
        self.against = QLabel(self.tr(
            "Shares are of the total change: a row that pulls the other way has a negative "
            "share, so the others add up to more than 100%."), wordWrap=True)
        self.against.hide()
        self.note = QLabel(wordWrap=True)
        self.progress = QProgressBar(minimum=0, maximum=1000, textVisible=False)
        self.progress.setFixedWidth(160)
        self.stop_button = QPushButton(self.tr("Cancel"))
        self.stop_button.clicked.connect(self.runner.cancel)
        self.busy = QWidget()
        row = QHBoxLayout(self.busy)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr(SHARING)))
        row.addWidget(self.progress)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        self.busy.hide()
        self.runner.started.connect(self._progress_shown)
        self.runner.progress.connect(lambda f: self.progress.setValue(round(f * 1000)))
        self.runner.ended.connect(lambda _: self.busy.hide())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.busy)
        layout.addWidget(self.heading)
        layout.addWidget(self.switch)
        layout.addWidget(self.against)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        self.step = 0                # the step the panel shows
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.ask)
        controller.step_changed.connect(soon(self, self.render))
        controller.playing_changed.connect(lambda playing: playing or self.render())
        self._dirty = True           # asked while hidden: ask when shown
        for signal in (controller.results_changed, controller.scenario_changed,
                       controller.selection_changed):
            signal.connect(self._changed)


    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """The tree's view resized: the bars give the names their room first, down to
        nothing, so the tree never scrolls sideways while a name has a few letters."""
        if event.type() == QEvent.Resize and watched is self.tree.viewport():
            header = self.tree.header()
            others = header.sectionSize(2) + header.sectionSize(3)
            names = self.tree.fontMetrics().averageCharWidth() * NAME_LETTERS
            room = event.size().width() - others - names
            self.tree.setColumnWidth(1, max(0, min(BAR_WIDTH, room)))
        return False
    def _changed(self, *_) -> None:
        """Ask again, now if the panel is shown, else when it is (the levers' shares take
        seconds on a big map: not worth computing for a hidden tab)."""
        if self.isVisible():
            self._timer.start()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self._timer.start(0)

    @property
    def view(self) -> str:
        return VIEWS[max(self.switch.currentIndex(), 0)][0]

    def show_view(self, name: str) -> None:
        """Show one of :data:`VIEWS` by name."""
        self.switch.setCurrentIndex([v for v, _ in VIEWS].index(name))

    def target(self) -> str | None:
        selected = self.controller.session.selection
        return selected[0] if selected else None

    def _shown_step(self) -> int:
        session = self.controller.session
        steps = session.results.settings.steps if session.results is not None else 0
        return min(max(session.step, 0), steps)

    def ask(self) -> None:
        """Break down the selected node's change at the shown step (on a worker)."""
        controller = self.controller
        session = controller.session
        node, scenario_id = self.target(), session.scenario_id
        if session.results is None or controller.model.scenario(scenario_id) is None:
            self._clear(self.tr("Run a scenario to explain its changes."))
            return
        if node is None or controller.model.node(node) is None:
            self._clear(self.tr("Select a node on the map to see why it changed."))
            return
        step = self._shown_step()
        model = controller.model
        key = (id(model), model.revision, scenario_id)
        cached = self._shares[1] if self._shares is not None and self._shares[0] == key else None
        if self.breakdown is None or (self.breakdown.node, self.breakdown.scenario_id) != (
                node, scenario_id) or cached is None:
            self.breakdown = None
            self.tree.clear()
            self.heading.setText(self.tr("Explaining\u2026"))
        self._asked = (node, scenario_id, step)
        snapshot = model.copy()

        def work(progress, cancel):
            settings = snapshot.settings
            network = compiled_model(snapshot, settings)
            stop_if_asked(cancel, "explanation")     # compiling a big map takes a while
            plan = compile_scenario(network, snapshot.scenario(scenario_id))
            shares = cached or lever_shares(network, plan, settings,
                                            progress=part_of(progress, 0.0, 0.9), cancel=cancel)
            return key, shares, breakdown_plan(network, plan, settings, network.index(node),
                                               step=step, shares=shares)

        self.runner.start(self.tr(SHARING) if cached is None
                          else self.tr("Explaining the change"), work,
                          on_finished=self._arrived,
                          on_failed=lambda exc: self._clear(
                              self.tr("Could not explain: {reason}").format(
                                  reason=escape(str(exc)))),
                          on_cancelled=self._stopped)

    def _stopped(self) -> None:
        """Cancel pressed while the levers' shares were computed (a replaced question ends
        quietly: its successor is on its way)."""
        if not self.runner.busy:
            self._clear(
                self.tr(
                    "Stopped. Select the node again (or move the time slider) to explain " "it."
                )
            )

    def _progress_shown(self, label: str) -> None:
        """The progress bar and Cancel show while the levers' shares are computed (the long
        part: seconds on a big map); the tracing alone is too quick to need them."""
        self.progress.setValue(0)
        self.busy.setVisible(label == self.tr(SHARING))

    def _clear(self, text: str) -> None:
        self.runner.cancel()
        self.breakdown = None
        self.tree.clear()
        self.heading.setText(text)
        self.note.clear()

    def _arrived(self, answer) -> None:
        key, shares, breakdown = answer
        self._shares = (key, shares)
        self.breakdown = breakdown
        self.render()

    # -- showing ------------------------------------------------------------------------------

    def render(self) -> None:
        """Show the breakdown in the chosen view at the step shown on the map."""
        b = self.breakdown
        if b is None:
            return
        model = self.controller.model
        step = min(self._shown_step(), len(b.time) - 1)
        self.step = step
        unit = translated(model, "time_unit")     # as the results name it
        total = float(b.change[step])
        decimals = decimals_for(total, DECIMALS)
        # no space between a Chinese or Japanese name and the words around it (filled)
        self.heading.setText(filled(self.tr(
            "Why did <b>{node}</b> change by <b>{change}</b> in <b>{scenario}</b> at "
            "<b>{unit} {step}</b> of {steps}?"), markup=True,
            node=escape(b.label), change=signed(round(total * 10 ** decimals), decimals),
            scenario=escape(b.scenario), unit=escape(unit), step=step, steps=len(b.time) - 1))
        view = self.view
        if view in ("reasons", "routes") and b.step != step:
            self._pending(unit, step)
            return
        rows, note = getattr(self, f"_{view}_rows")(b, step, model)
        # a route keeps its ends in sight (where it starts, what it reaches)
        self.tree.setTextElideMode(Qt.ElideMiddle if view in ("routes", "inputs")
                                   else Qt.ElideRight)
        self._fill(rows, total)
        self.note.setText(note + self.tr(" Move the time slider to explain another {unit}; "
                                         "click a row to highlight it on the map.")
                          .format(unit=unit))

    def _pending(self, unit: str, step: int) -> None:
        """The reasons and routes of another step are on their way (once the replay
        stops: tracing every step of a replay would only queue work)."""
        self.tree.clear()
        if self.controller.playing:
            self.note.setText(self.tr("The reasons follow when the replay stops; By lever and "
                                      "By input edge follow every {unit}.").format(unit=unit))
            return
        self.note.setText(self.tr("Tracing the routes at {unit} {step}\u2026").format(
            unit=unit, step=step))
        if self._asked is None or self._asked[2] != step:
            self._timer.start()

    def _fill(self, rows, total: float) -> None:
        """The total, then rows of (text, value, highlight key[, tooltip]); the shown figures
        add up."""
        selected = self.tree.currentItem()
        chosen = selected.data(0, Qt.UserRole) if selected is not None else None
        values = [row[1] for row in rows]
        decimals = decimals_for(total, DECIMALS)          # as the heading shows the total
        units = rounded_parts(values, total, decimals)
        shares = _shares(values, total)
        total_units = round(total * 10 ** decimals)
        self.tree.blockSignals(True)
        self.tree.clear()
        for row, unit, share in zip(rows, units, shares):
            text, value, key = row[:3]
            item = _row(text, value, signed(unit, decimals),
                        "" if share is None else percent(share / 100), key)
            if len(row) > 3:
                item.setToolTip(0, row[3])          # the whole reason, its example route too
            if share is not None and share < 0:
                item.setToolTip(3, self.tr(
                    "Pulls the other way: {change} against a total change of {total}").format(
                    change=signed(unit, decimals), total=signed(total_units, decimals)))
            self.tree.addTopLevelItem(item)
        self.against.setVisible(any(share is not None and share < 0 for share in shares))
        total_row = _row(self.tr("Total: the change"), None, signed(total_units, decimals),
                         percent(1) if abs(total) > 1e-12 else "", None)
        font = QFont(total_row.font(0))
        font.setBold(True)
        for column in range(4):
            total_row.setFont(column, font)
        # first, under the heading: in a laptop's short Results dock a total below the parts
        # was cut in half, and in By route it sat 41 rows down
        self.tree.insertTopLevelItem(0, total_row)
        self._ask_height()
        self.bars.scale = max((abs(v) for v in values), default=0.0)
        if chosen and not self._reselect(chosen):
            self.highlight((), ())          # the chosen row is gone at this step
        self.tree.blockSignals(False)

    def _ask_height(self) -> None:
        """Ask for the height of the tree's header and its first ROWS_ASKED rows: in a
        laptop's Results dock the last reason (everything else) was cut in half; the
        page scrolls by what the dock lacks (the note below a scroll away) instead."""
        tree = self.tree
        rows = min(tree.topLevelItemCount(), ROWS_ASKED)
        height = sum(tree.visualItemRect(tree.topLevelItem(i)).height() or
                     tree.sizeHintForRow(0) for i in range(rows))
        tree.setMinimumHeight(tree.header().sizeHint().height() + height
                              + 2 * tree.frameWidth())

    def _reasons_rows(self, b, step, model):
        rows = [(r.title, r.value, ("route", r.nodes) if r.nodes else None, r.text)
                for r in (*b.reasons, b.rest) if r.kind != "rest" or r.value or r.routes]
        if not b.reasons or abs(b.total) <= 1e-12:
            return rows, self.tr("{node} does not change at this step: there is nothing to "
                                 "explain.").format(node=b.label)
        # what the reasons' shown shares add up to (signed: past 100 % when the rest pulls
        # the other way), so the note and the table never disagree
        shown = _shares([row[1] for row in rows], b.total)     # as the rows will show them
        share = percent(sum(shown[:len(b.reasons)]) / 100)
        rest = len(rows) > len(b.reasons)             # the rest has a row of its own
        if len(b.reasons) == 1:
            note = (self.tr("One reason carries {share} of the change; the last row "
                            "gathers everything else. Routes: {note}.") if rest
                    else self.tr("One reason carries {share} of the change. Routes: {note}."))
        else:
            note = (self.tr("The {count} reasons carry {share} of the change; the last row "
                            "gathers everything else. Routes: {note}.")
                    if rest else
                    self.tr("The {count} reasons carry {share} of the change. Routes: {note}."))
        return rows, note.format(count=len(b.reasons), share=share, note=b.route_note)

    def _levers_rows(self, b, step, model):
        order = sorted(range(len(b.levers)), key=lambda k: -abs(float(b.by_lever[step, k])))
        rows = [(b.lever_labels[k], float(b.by_lever[step, k]), _lever_key(b.levers[k]))
                for k in order]
        if not rows:
            return rows, self.tr("This scenario sets no lever and changes no weight.")
        return rows, self.tr("Each lever's fair share of the change ({method}): what it adds "
                             "on average over every order in which the levers could be set.") \
            .format(method=b.lever_method)

    def _inputs_rows(self, b, step, model):
        rows = []
        for k in sorted(range(len(b.inputs)), key=lambda k: -abs(float(b.by_input[step, k]))):
            source, value = b.inputs[k], float(b.by_input[step, k])
            if value == 0.0:
                continue
            if source == "memory":
                rows.append((self.tr("its own previous level ({rule} rule)").format(
                    rule=choice_text(model.settings.rule)), value, ("node", b.node)))
            elif source == "intervention":
                rows.append((self.tr("set by a lever on it"), value, ("node", b.node)))
            else:
                rows.append((f"{_label(model, source)} \u2192 {b.label}", value,
                             ("edge", (source, b.node))))
        return rows, self.tr("What arrived through each incoming edge at this step: each "
                             "edge's push, shared in proportion to how the node's curve turned "
                             "the summed push into its level.")

    def _routes_rows(self, b, step, model):
        rows = [(" \u2192 ".join(_label(model, n) for n in r.nodes)
                 + (self.tr(" (not followed further)") if r.origin == "open" else ""), r.value,
                 ("route", r.nodes)) for r in b.routes[:MAX_ROUTES]]
        others = b.routes[MAX_ROUTES:]
        if others:
            rows.append((self.tr("%n smaller route(s)", "", len(others)),
                         sum(r.value for r in others), None))
        return rows, self.tr("%n route(s) from the levers through the map over time (around "
                             "loops too), largest first; {note}.", "", len(b.routes)) \
            .format(note=b.route_note)

    # -- highlighting ---------------------------------------------------------------------------

    def _reselect(self, key) -> bool:
        """Keep the row the user chose (and its highlight) across a step change."""
        for k in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(k).data(0, Qt.UserRole) == key:
                self.tree.setCurrentItem(self.tree.topLevelItem(k))
                return True
        return False

    def _chosen(self, item, previous) -> None:
        key = item.data(0, Qt.UserRole) if item is not None else None
        if not key:
            self.highlight((), ())
            return
        kind, value = key
        if kind == "edge":
            self.highlight(value, [value])
        elif kind == "node":
            self.highlight([value], [])
        else:
            nodes = list(value)
            self.highlight(nodes, list(zip(nodes, nodes[1:])))


def _lever_key(player: str):
    """What a lever row highlights: the lever's node, or a changed weight's edge."""
    if player.endswith("(override)"):
        source, target = player.removesuffix(" (override)").split(" -> ")
        return ("edge", (source, target))
    return ("node", player)


def _row(text: str, value: float | None, shown: str, share: str, key) -> QTreeWidgetItem:
    """A row: what the change came through, a bar, the change and its share; ``key``
    says what clicking it highlights (an edge, a node, a route, or nothing)."""
    item = QTreeWidgetItem([text, "", shown, share])
    item.setToolTip(0, text)
    item.setData(0, Qt.UserRole, key)
    if value is not None:
        item.setData(1, _VALUE, float(value))
    for column in (2, 3):
        item.setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
    return item


def _label(model, node_id: str) -> str:
    node = model.node(node_id)
    return translated(node) if node is not None else node_id
