"""A big map's views made before a window shows it, between event-loop turns.

Reading a big model is done on a worker (:mod:`.window_files`); what follows the read on
the window's thread would hold the window for seconds on a map of tens of thousands of
nodes and edges: making the canvas items, filing them in the scene's index, drawing the
zoomed-out overview, making the Outline's rows. :func:`preparing_views` does that work
a batch at a time, as a stepped task of the window's task runner (its progress bar and
Cancel), so the window answers its user meanwhile. Nothing is shown until every view is
complete: the window then takes the views over (:meth:`MainWindow.set_document`), and a
preparation cancelled or dropped midway leaves the window, its document and its model as
they were. The edges are filed for the zoomed-in paints after the map shows, a slice per
turn (:meth:`~.canvas.scene.CanvasScene.file_edges_in_turns`): the fitted, zoomed-out
view of such a map does not need them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Generator

from .canvas import CanvasScene
from .outline import Outline, Rows

__all__ = ["PreparedViews", "preparing_views", "worth_preparing", "STEP_SECONDS"]

#: About how long one step holds the window's thread: short enough that typing, a click or
#: a repaint waits no longer than a frame or two.
STEP_SECONDS = 0.04

#: How many items the views are made of between two looks at the clock.
_BATCH = 50

#: A model with more nodes and edges than this has its views made in steps.
PREPARED_ITEMS = 2000


@dataclass
class PreparedViews:
    """A model's canvas scene, built and ready to paint, and its Outline rows."""

    scene: CanvasScene
    rows: Rows
    dark: bool               # the theme the scene was made in


def worth_preparing(model) -> bool:
    """Whether a model is big enough that its views are made in steps (a smaller one is
    shown at once, in the turn its read ends)."""
    return len(model.nodes) + len(model.edges) > PREPARED_ITEMS


def preparing_views(model, outline: Outline, dark: bool
                    ) -> Generator[float, None, PreparedViews]:
    """Make ``model``'s views in steps of about :data:`STEP_SECONDS` each, yielding the
    share done after each; return them (``outline`` makes the rows, in its language)."""
    scene = CanvasScene(model, dark=dark, build=False)
    yield from _sliced(scene.building(_BATCH), 0.0, 0.6)
    yield from _sliced(scene.preparing_paint(_BATCH), 0.6, 0.2)
    rows = yield from _sliced(outline.making_rows(model, _BATCH), 0.8, 0.2)
    scene.file_edges_in_turns()
    return PreparedViews(scene, rows, dark)


def _sliced(steps: Generator, start: float, width: float):
    """Run ``steps`` in slices of about :data:`STEP_SECONDS`, yielding after each the
    share done as ``start`` .. ``start + width`` of the whole; return what ``steps``
    returns."""
    share, until = 0.0, time.monotonic() + STEP_SECONDS
    while True:
        try:
            share = next(steps)
        except StopIteration as done:
            return done.value
        if time.monotonic() >= until:
            yield start + width * share
            until = time.monotonic() + STEP_SECONDS
