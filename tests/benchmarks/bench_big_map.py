"""What a window on a big map pays for its labels and its overview, beside bare-Qt floors.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_big_map.py [--runs 5]
        [--language zh-CN]   # the labels' words in another language's font

The labels are the canvas benchmark's map (``canvas_models.big_model``: 2,000 nodes, most
labels two lines at the node's width). "nodes" is what building the canvas pays for them:
each node's text box (``node_rect``) and the text it draws (wrapped, balanced: the
narrowest width that needs no more lines); "map labels" is the first zoomed-out paint's
wrapping of the 800 most important labels on at most two balanced lines (a wider box or a
third line where two would cut a name), each one's shortened name (one short line, for a
node whose whole name finds no room) and the height of their lines as drawn. The floor is one
``QFontMetricsF.boundingRect`` word-wrapped layout of the same labels in the same font,
measured in the same run and alternated with the app; the ratio is the comparable figure
(balancing wraps each label several times: a bisection of the width).

"overview" is the zoomed-out view's first build on that map (``OverviewLayer.build``: each
edge's two chords, each node's block and arrow head, filed in a grid of cells); its floor
makes the same 12,000 QLineF and 2,000 QRectF from the items in a plain loop, unfiled.

"outline after an edit" is the Outline's update after a node and an edge are added and
then deleted again (the rows concerned inserted and removed); its floor is the whole tree
made again from the model, which is what every such edit cost before.

"labels placed after a zoom" is the map labels' placement (``MapLabels._choose``: the 800
most important nodes' labels, each tried over and beside its node) after the fitted map's
zoom changes by 3 %, as when the group legend shows or hides; "after an edit" places them
after a node is added beside the middle of the view and again after it is deleted. The
floor maps those 800 nodes' bodies to the view, which any placement does.

Times are of the thread's own time (``time.thread_time``): the work of other processes on
a shared machine does not count in them, though their load still slows the caches.

Prints min / median over the runs and the load average; never asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLineF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QFont, QFontMetricsF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from canvas_models import big_model  # noqa: E402

MAP_LABELS = 800          # the map labels tried per paint (map_labels._MAX_TRIED)
#: The map view's size in a maximised window at 1366x768 (its docks open beside it).
PLACING_VIEW = (549, 322)


def timed(work) -> float:
    started = time.thread_time()
    work()
    return time.thread_time() - started


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--language", default="en")
    args = parser.parse_args(argv)
    QApplication([])
    from windtunnel.app.canvas import CanvasScene, node_item
    from windtunnel.app.canvas.laid_text import CentredText
    from windtunnel.app.canvas.label_text import roomiest, shortened
    from windtunnel.app.canvas.style import NODE_WIDTH, node_font
    from windtunnel.app.fonts import language_font

    QApplication.setFont(language_font(tag=args.language))
    labels = [node.label for node in big_model().nodes]
    width = NODE_WIDTH - 18
    metrics = QFontMetricsF(node_font())
    small = QFont()
    small.setPixelSize(11)
    small_metrics = QFontMetricsF(small)
    small_width = small_metrics.averageCharWidth() * 15
    flags = int(Qt.AlignHCenter | Qt.TextWordWrap)

    def nodes() -> None:
        for label in labels:
            node_item._laid_out(label)

    def map_labels() -> None:
        for label in labels[:MAP_LABELS]:
            CentredText(roomiest(label, small, small_metrics, small_width)[0], small)
            CentredText(shortened(label, small, small_metrics, small_width)[0], small)

    def floor() -> None:
        for label in labels:
            metrics.boundingRect(QRectF(0, 0, width, 1000), flags, label)

    def map_floor() -> None:
        for label in labels[:MAP_LABELS]:
            small_metrics.boundingRect(QRectF(0, 0, small_width, 1000), flags, label)

    scene = CanvasScene(big_model())
    layer = scene._overview_layer

    def overview() -> None:
        layer.clear()
        layer.build(scene)

    def overview_floor() -> None:
        lines = []
        for item in scene.edge_items.values():
            (x0, y0), _, (x2, y2) = item.curve
            mid = item.midpoint
            lines += [QLineF(x0, y0, mid.x(), mid.y()), QLineF(mid.x(), mid.y(), x2, y2)]
        rects = [item.sceneBoundingRect() for item in scene.node_items.values()]
        assert len(lines) + len(rects) > 0

    from windtunnel.app.canvas import CanvasView
    from windtunnel.app.outline import Outline
    from windtunnel.model import Edge, Node

    view = CanvasView()                  # the map of a maximised window at 1366x768
    view.setScene(CanvasScene(big_model()))
    view.resize(*PLACING_VIEW)
    view.show()
    view.fit()
    QApplication.processEvents()
    view.viewport().repaint()
    zooms = iter([0.97, 1 / 0.97] * 10_000)

    def placing(change) -> None:         # what a repaint pays for the labels
        change()
        view.map_labels._choose(view.scene())

    def zoomed() -> None:                # a legend shown or hidden refits the map
        factor = next(zooms)
        placing(lambda: view.scale(factor, factor))

    placed = view.map_labels

    def placing_floor() -> None:
        scene = view.scene()
        ids = placed._priority.order(scene)[:MAP_LABELS]
        for node_id in ids:
            item = scene.node_items[node_id]
            view.mapFromScene(item.mapRectToScene(item.rect)).boundingRect()

    added = iter(range(10 ** 6))

    def edited() -> None:                # a node added beside the middle of the view
        centre = view.mapToScene(view.viewport().rect().center())
        node_id = f"bench-{next(added)}"
        placing(lambda: view.scene().model.add_node(
            Node(node_id, "Added", position=(centre.x() + 30, centre.y()))))
        placing(lambda: view.scene().model.remove("node", node_id))

    model = big_model()
    outline = Outline()
    outline.set_model(model)

    def outline_edit() -> None:
        model.add_node(Node("bench-new", "Added", kind="factor", group=model.nodes[0].group))
        model.add_edge(Edge("bench-new", model.nodes[0].id, 0.5))
        outline._update()
        model.remove("node", "bench-new")
        outline._update()

    tasks = {"floor": floor, "nodes": nodes, "map floor": map_floor, "map labels": map_labels,
             "overview floor": overview_floor, "overview": overview,
             "outline rebuilt": outline.rebuild, "outline after an edit": outline_edit,
             "placing floor": placing_floor, "zoomed": zoomed, "edited": edited}
    for work in tasks.values():                              # warm: fonts, caches
        work()
    figures: dict[str, list[float]] = {name: [] for name in tasks}
    for _ in range(args.runs):                               # alternate: load falls on all
        for name, work in tasks.items():
            figures[name].append(timed(work))
    med = statistics.median
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load {load} on {os.cpu_count()} CPUs; {args.runs} runs; min / median; "
          f"{len(labels)} labels ({args.language})")
    for name, floor_name, what in (("nodes", "floor", f"{len(labels)} node labels"),
                                   ("map labels", "map floor", f"{MAP_LABELS} map labels")):
        app, bare = figures[name], figures[floor_name]
        print(f"{what}: {min(app) * 1e3:.0f} / {med(app) * 1e3:.0f} ms; floor (one word-"
              f"wrapped boundingRect each): {min(bare) * 1e3:.0f} / {med(bare) * 1e3:.0f} ms"
              f"  ratio {med(app) / med(bare):.1f}x")
    app, bare = figures["overview"], figures["overview floor"]
    print(f"overview's first build: {min(app) * 1e3:.0f} / {med(app) * 1e3:.0f} ms; floor (its "
          f"lines and blocks made, unfiled): {min(bare) * 1e3:.0f} / {med(bare) * 1e3:.0f} ms"
          f"  ratio {med(app) / med(bare):.1f}x")
    for name, what in (("zoomed", "labels placed after a zoom (by 3 %)"),
                       ("edited", "labels placed after an edit (a node added, deleted)")):
        app, bare = figures[name], figures["placing floor"]
        print(f"{what}: {min(app) * 1e3:.0f} / {med(app) * 1e3:.0f} ms; floor ({MAP_LABELS} "
              f"nodes' bodies mapped to the view): {min(bare) * 1e3:.0f} / "
              f"{med(bare) * 1e3:.0f} ms  ratio {med(app) / med(bare):.1f}x")
    app, whole = figures["outline after an edit"], figures["outline rebuilt"]
    print(f"outline after an edit (a node and an edge added, then deleted: two updates): "
          f"{min(app) * 1e3:.0f} / {med(app) * 1e3:.0f} ms; the whole tree made again (once): "
          f"{min(whole) * 1e3:.0f} / {med(whole) * 1e3:.0f} ms  ratio {med(app) / med(whole):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
