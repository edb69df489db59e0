"""What a window on a very big map (10,000 nodes, 40,000 edges: a 60 MB file) pays for its
first show, for filing its edges, and for each edit, beside floors measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_big_edits.py [--runs 3]
        [--nodes 2000 --edges 6000]   # a smaller map of the same kind
        [--map canvas]                # the canvas benchmark's clustered map instead
        [--profile edits.prof]        # a cProfile of the edits (every thread's calls)

Times are of the window's own thread (``time.thread_time``): the work of other processes
on a shared machine does not count in them, though their load still slows the caches.

"first show" is the longest turn of the event loop (the time between two turns of a
zero-time timer) from opening the file to the end of the first run and of the edges'
filing. "edge filing"
is the total time spent filing the edges after the map shows (spread over many turns); its
floor is one Python loop reading every edge's curve. "edit" is the longest turn after each
edit (add a node, add an edge, change the weight of an edge the map had, undo the three,
redo the node) until the run and the views that follow it are done, the edit itself
included; the floor is one repaint of the map's view as it is. "room for a new node" is the Add
action's search for a free spot in the middle of the view (the name box opening there, then
closed unanswered); its floor is one Python loop reading every node's rectangle on the
map. "weight label" is an edge's geometry worked out again while it is selected, its weight
label placed clear of the nodes' bodies, and "first weight label" its selection after an
edit, which files the bodies again; their floor is the same edge's geometry while it is
not selected (no label). The ratios are the comparable figures; the target for every edit is a pause under
0.3 s on a quiet machine of two cores.

Prints min / median over the runs and the load average; never asserts.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from bench_window import wait  # noqa: E402


class Turns:
    """The window thread's time between turns of the event loop, while started."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = None
        self._timer = QTimer(interval=0)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.thread_time()
        if self._last is not None:
            self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.gaps, self._last = [], time.thread_time()
        self._timer.start()

    def stop(self) -> float:
        """The longest turn since :meth:`start`."""
        self._timer.stop()
        self._tick()
        return max(self.gaps)


def timed(work) -> float:
    started = time.thread_time()
    work()
    return time.thread_time() - started


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--edges", type=int, default=40_000)
    parser.add_argument("--map", choices=("io", "canvas"), default="io",
                        help="canvas: the canvas benchmark's clustered map (canvas_models)")
    parser.add_argument("--profile", help="write a cProfile of the edits to this file")
    args = parser.parse_args(argv)
    from bench_io_models import big_model
    from windtunnel.app.analysis.controller import refreshes_pending
    from windtunnel.app.canvas import edge_layer
    from windtunnel.app.document import Document
    from windtunnel.app.main import start
    from windtunnel.app.preferences import Preferences
    from windtunnel.model import save

    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    path = tmp / "big.wtm"
    if args.map == "canvas":
        from canvas_models import big_model as clustered_model
        save(clustered_model(nodes=args.nodes, edges=args.edges), path)
    else:
        save(big_model(nodes=args.nodes, edges=args.edges), path)
    workspace = start(None, preferences=Preferences(), recovery_root=tmp / "rec",
                      open_default=False, ask=lambda parent, sessions: False)
    filing = [0.0]
    real_filing = edge_layer.EdgeLayer.filing

    def counted_filing(self, batch):            # the thread's time inside each step
        steps = real_filing(self, batch)
        while True:
            started = time.thread_time()
            try:
                next(steps)
            except StopIteration:
                filing[0] += time.thread_time() - started
                return
            filing[0] += time.thread_time() - started
            yield

    edge_layer.EdgeLayer.filing = counted_filing
    turns = Turns()
    names = ("add a node", "add an edge", "change a weight", "undo the weight",
             "undo the edge", "undo the node", "redo the node")
    figures: dict[str, list[float]] = {name: [] for name in
                                       ("first show", "filing", "filing floor",
                                        "repaint floor", "room", "room floor", "label",
                                        "first label", "label floor", *names)}
    for _ in range(args.runs):
        window = workspace.open_window(Document())
        window.resize(1366, 740)
        window.background_reads = True
        wait(lambda: window.painted)
        controller = window.extensions["analysis"].controller
        filing[0] = 0.0
        turns.start()
        assert window.open_file(str(path))
        wait(lambda: window.document.path == path.resolve(), timeout=600)
        wait(lambda: window.tasks.task is None and not window.scene.edge_layer.filed_in_turns)
        wait(lambda: controller.idle and not refreshes_pending())
        figures["first show"].append(turns.stop())
        figures["filing"].append(filing[0])
        scene, editor, stack = window.scene, window.editor, window.document.undo_stack
        figures["filing floor"].append(timed(lambda: [item.curve for item in
                                                      scene.edge_items.values()]))
        figures["repaint floor"].append(timed(window.view.viewport().repaint))
        figures["room floor"].append(timed(lambda: [item.sceneBoundingRect() for item in
                                                    scene.node_items.values()]))
        figures["room"].append(min(timed(lambda: window.add_node("factor"))
                                   for _ in range(5)))
        window.namer.cancel()
        labelled = scene.edge_items[scene.model.edges[len(scene.model.edges) // 2].key]
        zoom = window.view.zoom
        window.view.set_zoom(1.0)               # at a detail zoom: selected, it paints itself
        window.view.centerOn(labelled.midpoint)
        figures["label floor"].append(min(timed(labelled.update_geometry) for _ in range(5)))
        figures["first label"].append(timed(lambda: labelled.setSelected(True)))
        figures["label"].append(min(timed(labelled.update_geometry) for _ in range(5)))
        assert labelled.paints_itself
        labelled.setSelected(False)
        window.view.set_zoom(zoom)
        centre = window.view.mapToScene(window.view.viewport().rect().center())
        first = scene.model.nodes[0].id
        edge = scene.model.edges[0]
        edits = (lambda: editor.add_node((centre.x(), centre.y())),
                 lambda: editor.connect(scene.model.nodes[-1].id, first),
                 lambda: editor.update("edge", edge.key, weight=-edge.weight or 0.5),
                 stack.undo, stack.undo, stack.undo, stack.redo)
        profile = cProfile.Profile() if args.profile else None
        for name, edit in zip(names, edits):
            if profile is not None:
                profile.enable()
            turns.start()
            edit()
            wait(lambda: controller.idle and not refreshes_pending())
            for _ in range(20):
                QApplication.processEvents()
            figures[name].append(turns.stop())
            if profile is not None:
                profile.disable()
        if profile is not None:
            profile.dump_stats(args.profile)
        controller.cancel_all()
        controller.wait()
        window.ask_save_changes = lambda: "discard"
        window.close()
        QApplication.processEvents()
    med = statistics.median
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load {load} on {os.cpu_count()} CPUs; {args.runs} runs; min / median of the "
          f"window thread's time; {args.nodes:,} nodes, {args.edges:,} edges")

    def line(what: str, name: str, floor: str, floor_what: str, digits: int = 0) -> None:
        app, bare = figures[name], figures[floor]
        print(f"{what}: {min(app) * 1e3:.{digits}f} / {med(app) * 1e3:.{digits}f} ms; floor "
              f"({floor_what}): {min(bare) * 1e3:.{digits}f} / {med(bare) * 1e3:.{digits}f} ms  "
              f"ratio {med(app) / med(bare):.1f}x")

    line("first show, longest turn", "first show", "repaint floor", "one repaint of the map")
    line("edge filing, all turns", "filing", "filing floor", "every edge's curve read")
    line("room for a new node (Add)", "room", "room floor", "every node's rectangle read")
    line("weight label placed", "label", "label floor", "the edge's geometry, no label", 2)
    line("first weight label after an edit", "first label", "label floor",
         "the edge's geometry, no label", 2)
    for name in names:
        line(f"{name}, longest turn", name,
             "repaint floor", "one repaint of the map")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
