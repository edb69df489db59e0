"""Canvas pan step and detail repaint on the big map, each beside its bare-Qt floor.

    .venv/bin/python tests/benchmarks/bench_canvas.py [--runs 3]
        [--profile pan|detail]

The map is ``canvas_models.big_model`` (2,000 nodes, 6,000 edges) in the window's canvas at
100 %, centred on node n600. The floors are bare QGraphicsScenes of the same map drawn by
Qt's own items (a QGraphicsPathItem per node outline, a QGraphicsSimpleTextItem per label, a
QGraphicsPathItem per edge (a line or the curve) and a QGraphicsPolygonItem per arrow head,
no Python paint code), in bare QGraphicsViews with the same viewport size, zoom, centre,
index and render hints, measured in the same run and alternated with the app so load falls
on all of them.

- "pan step": one 40-pixel scroll and the repaint of the strip it exposes (antialiasing
  off, as while the user pans);
- "detail repaint": a repaint of the whole viewport, antialiased (what follows a pan).

Each run takes the median of ``--steps`` samples; the script prints min / median over the
runs of the app, each floor and their ratio, the load average, and per pan step how many
Python paint calls of edge items there were, how many edges the edge layer looked at and
how many it drew.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bench_screen  # noqa: E402

bench_screen.use()                 # before Qt: a screen that holds the window

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF  # noqa: E402
from PySide6.QtWidgets import (QApplication, QGraphicsPathItem, QGraphicsPolygonItem,  # noqa: E402
                               QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView)

from canvas_models import big_model  # noqa: E402

PAN = 40
#: The floors: bare Qt scenes whose edges are straight lines (the stricter floor: Qt clips
#: a line before stroking it) or the same curves (Qt strokes a whole curve, even off view).
FLOORS = {"bare Qt scene, straight edges": False, "bare Qt scene, curved edges": True}
_SENTINEL = QPen(QColor(1, 2, 3), 0.123)


def bare_view(scene, size, curved: bool) -> QGraphicsView:
    """A floor: the window's map drawn by Qt's own items in a bare view of ``size``, each
    edge a curve (``curved``) or a straight line from its start to its arrow head."""
    from windtunnel.app.canvas.style import node_font

    bare = QGraphicsScene()
    bare.setItemIndexMethod(QGraphicsScene.NoIndex)
    font = node_font()
    for item in scene.node_items.values():
        node = QGraphicsPathItem(item._path)
        node.setPos(item.pos())
        node.setBrush(QBrush(QColor("#8dd3c7")))
        node.setPen(QPen(QColor("#5c5c5c"), 1.2))
        node.setZValue(1)
        bare.addItem(node)
        label = QGraphicsSimpleTextItem(item._label, node)
        label.setFont(font)
        label.setPos(item._text_rect.topLeft())
    for item in scene.edge_items.values():
        colour = QColor(item._colour_name())
        if curved:
            curve = QGraphicsPathItem(QPainterPath(item.path))
        else:                # a path item caches its bounds; a QGraphicsLineItem strokes
            line = QPainterPath(item.path.pointAtPercent(0.0))   # its shape for them
            line.lineTo(item.path.pointAtPercent(1.0))
            curve = QGraphicsPathItem(line)
        curve.setPen(QPen(colour, item.width, Qt.SolidLine, Qt.FlatCap))
        bare.addItem(curve)
        head = QGraphicsPolygonItem(QPolygonF(item._arrow))
        head.setPen(QPen(Qt.NoPen))
        head.setBrush(QBrush(colour))
        bare.addItem(head)
    bare.setSceneRect(scene.sceneRect())
    bare.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
    view = QGraphicsView(bare)
    view.setOptimizationFlags(QGraphicsView.DontAdjustForAntialiasing
                              | QGraphicsView.DontSavePainterState)
    view.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
    view.setTransformationAnchor(QGraphicsView.AnchorViewCenter)
    view.setRenderHint(QPainter.TextAntialiasing, True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    view.resize(size.width() + 2 * view.frameWidth(), size.height() + 2 * view.frameWidth())
    view.show()
    view.centerOn(scene.node_items["n600"].pos())
    QApplication.processEvents()
    view._bare_scene = bare
    return view


def _median_ms(action, steps: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``action`` (the CPU time of this process is
    what a loaded machine disturbs least)."""
    wall, cpu = [], []
    for _ in range(steps):
        started, used = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _pan(view, antialiased):
    """One pan step (and back every other step: the view stays over the same place)."""
    state = {"sign": 1}

    def step():
        bar = view.horizontalScrollBar()
        bar.setValue(bar.value() + state["sign"] * PAN)
        state["sign"] = -state["sign"]
        QApplication.processEvents()
    view.setRenderHint(QPainter.Antialiasing, antialiased)
    return step


def app_figures(window, steps: int) -> dict[str, tuple[float, float]]:
    view = window.view
    view.settle()
    view.centerOn(window.scene.node_items["n600"])
    view.settle()
    QApplication.processEvents()
    detail = _median_ms(view.viewport().repaint, steps)
    pan = _median_ms(_pan_app(view), steps)
    view.settle()
    return {"pan step": pan, "detail repaint": detail}


def _pan_app(view):
    state = {"sign": 1}

    def step():
        view.pan(state["sign"] * PAN, 0)       # as the user pans: antialiasing drops
        state["sign"] = -state["sign"]
        QApplication.processEvents()
    return step


def floor_figures(view, steps: int) -> dict[str, tuple[float, float]]:
    view.setRenderHint(QPainter.Antialiasing, True)
    detail = _median_ms(view.viewport().repaint, steps)
    pan = _median_ms(_pan(view, False), steps)
    view.setRenderHint(QPainter.Antialiasing, True)
    return {"pan step": pan, "detail repaint": detail}


def edge_paint_calls(window) -> tuple[float, float, float]:
    """Per pan step: Python paint calls of edge items, edges the edge layer looked at
    (``EdgeItem.draw``), and edges it drew."""
    from windtunnel.app.canvas import edge_item

    step, layer = _pan_app(window.view), window.scene.edge_layer
    profile = cProfile.Profile()
    drawn = 0
    for _ in range(10):
        profile.enable()
        step()
        profile.disable()
        drawn += layer.drawn
    window.view.settle()
    calls = {name: 0 for name in ("paint", "draw")}
    for (path, _line, name), row in pstats.Stats(profile).stats.items():
        if path == edge_item.__file__ and name in calls:
            calls[name] += row[1]
    return calls["paint"] / 10, calls["draw"] / 10, drawn / 10


def settle_analysis(window, timeout: float = 120.0) -> None:
    """Wait for the first analysis run and the views that follow it (they repaint)."""
    from windtunnel.app.analysis.controller import refreshes_pending

    controller = window.extensions["analysis"].controller
    end = time.perf_counter() + timeout
    while not (controller.idle and not refreshes_pending()):
        if time.perf_counter() > end:
            raise TimeoutError("the analysis did not settle")
        QApplication.processEvents()
    for _ in range(5):
        QApplication.processEvents()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--profile", choices=("pan", "detail"))
    args = parser.parse_args(argv)
    from windtunnel.app.document import Document
    from windtunnel.app.main import start
    from windtunnel.app.preferences import Preferences

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        workspace = start(None, preferences=Preferences(), recovery_root=Path(tmp) / "rec",
                          open_default=False, ask=lambda parent, sessions: False)
        window = workspace.windows[0]
        window.resize(1600, 1000)
        window.show()
        window.set_document(Document(big_model()))
        settle_analysis(window)
        window.view.set_zoom(1.0)
        window.view.centerOn(window.scene.node_items["n600"])
        window.view.settle()
        QApplication.processEvents()
        if args.profile:
            action = _pan_app(window.view) if args.profile == "pan" \
                else window.view.viewport().repaint
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(args.steps):
                action()
            profile.disable()
            pstats.Stats(profile).sort_stats("tottime").print_stats(25)
            return 0
        floors = {name: bare_view(window.scene, window.view.viewport().size(), curved)
                  for name, curved in FLOORS.items()}
        app_figures(window, 3)                          # warm: caches, paths
        for view in floors.values():
            floor_figures(view, 3)
        runs = {"app": [], **{name: [] for name in floors}}
        for _ in range(args.runs):                       # alternate: load falls on all
            runs["app"].append(app_figures(window, args.steps))
            for name, view in floors.items():
                runs[name].append(floor_figures(view, args.steps))
        calls, looked, drew = edge_paint_calls(window)
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        size = window.view.viewport().size()
        print(f"load {load} on {os.cpu_count()} CPUs; viewport {size.width()} x "
              f"{size.height()} at 100 %; {args.runs} runs of {args.steps} steps; "
              f"min / median of the runs' medians")
        for what in ("pan step", "detail repaint"):
            for clock, k in (("wall", 0), ("CPU", 1)):
                app = [r[what][k] for r in runs["app"]]
                print(f"{what:15s} {clock:4s} app {min(app):6.1f} / "
                      f"{statistics.median(app):6.1f} ms")
                for name in floors:
                    bare = [r[what][k] for r in runs[name]]
                    ratios = [a / b for a, b in zip(app, bare)]
                    print(f"{'':20s} floor, {name}: {min(bare):6.1f} / "
                          f"{statistics.median(bare):6.1f} ms   ratio {min(ratios):.1f} / "
                          f"{statistics.median(ratios):.1f}x")
        print(f"per pan step: {calls:.0f} Python paint calls of edge items; the edge layer "
              f"looked at {looked:.0f} edges and drew {drew:.0f}")
        window.ask_save_changes = lambda: "discard"
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
