"""The focus view: fade what carries little of the change, so a room sees the few routes a
policy acts through.

On (View > Focus on What Matters, or F on the map), it follows the node in question: the
selected node, else the first objective's node. When the current scenario changes that
node, the engine's complete breakdown of the change at the shown step (computed on a
worker) gives its routes, and the largest routes carrying 80% of the change's size (at
most eight, so a room can follow them) stay in view
(:func:`windtunnel.engine.focus.carrying_routes`); everything else fades. With no
scenario change to explain, it keeps the node's upstream and downstream instead
(:func:`~windtunnel.engine.focus.neighbourhood`). It follows the scenario, the step, the
selection and every edit while on; the status bar says what is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...model import translated
from ...engine import breakdown
from ...engine.focus import carrying_routes, neighbourhood
from ..actions import make_action
from .controller import soon
from ..formats import percent

__all__ = ["FocusView"]


class FocusView(QObject):
    """The focus toggle of one window's analysis."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.session = controller.session
        self.runner = controller.add_runner()
        self.shown = None            # the Focus on the map, None when everything shows
        self.action = make_action(controller.window, self.tr("Focus on What &Matters"),
                                  lambda on: self.set_active(on), shortcut="F",
                                  canvas_only=True, checkable=True,
                                  tip=self.tr("Fade the nodes and edges that carry little of the "
                                      "selected node's change (F)"))
        update = soon(self, self.update)
        for signal in (controller.results_changed, controller.scenario_changed,
                       controller.step_changed, controller.selection_changed,
                       controller.document_changed):
            signal.connect(update)

    @property
    def active(self) -> bool:
        return self.action.isChecked()

    def set_active(self, on: bool) -> None:
        self.action.setChecked(on)
        if on:
            self.update()
        else:
            self.runner.cancel()
            self._show(None, "")

    def target(self) -> str | None:
        """The node in question: the one selected node, else the first objective's."""
        model = self.controller.model
        if len(self.session.selection) == 1:
            return self.session.selection[0]
        return model.objectives[0].node if model.objectives else None

    def update(self, *_) -> None:
        if not self.active:
            return
        node_id, model = self.target(), self.controller.model
        if node_id is None or model.node(node_id) is None:
            self._show(None, self.tr("Focus: select a node to focus on"))
            return
        label = translated(model.node(node_id))
        change, results = self.session.change(), self.session.results
        if change is None or not abs(change[self.session.step,
                                            results.node_index(node_id)]) > 1e-9:
            found = neighbourhood(model, node_id)
            self._show(found, self.tr("Focus on {node}: what influences it and what it "
                                      "influences (F shows everything)").format(node=label))
            return
        snapshot, scenario, step = model.copy(), self.session.scenario_id, self.session.step
        self.runner.cancel()
        # without the scenario's name, which the map's legend (and the workshop's bar)
        # shows: with it the message was cut on a projector in workshop type
        self.runner.start(
            self.tr("Focus"), lambda progress, cancel: carrying_routes(
                breakdown(snapshot, scenario, node_id, step=step)),
            on_finished=lambda found: self.active and self._show(
                found, self.tr("Focus: %n route(s) carry {share} of {node}'s change "
                               "(F shows everything)", "", found.routes).format(
                    share=percent(found.carried), node=label)),
            on_failed=lambda exc: self._show(None, self.tr("Focus: {reason}").format(
                reason=exc)),
            on_cancelled=lambda: None)

    def _show(self, found, text: str) -> None:
        self.shown = found
        scene = self.controller.window.scene
        if found is None:
            scene.set_focus(None)
        else:
            scene.set_focus(found.nodes, found.edges)
        if text:
            self.controller.message.emit(text)
