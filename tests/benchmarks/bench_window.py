"""Main window build time: a window on the bundled model, built and painted, in process.

Every GUI test builds at least one window, so this is also what each GUI test pays. Prints
figures, never asserts. Run from the project folder (offscreen):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_window.py [--runs 5]
        [--big]   # the canvas benchmark's map (2,000 nodes, 6,000 edges) instead

A big map is where the canvas's own costs show: filing thousands of long edges in the
scene's index, the outline's rows, the zoomed-out overview.

"to paint" is from the call to ``Workspace.open_window`` to the end of the window's first
paint; "settled" adds the first analysis run and the views that follow it (the charts are
built when their tab is first painted). The floor is a bare QMainWindow of the same size,
shown and painted in the same process, in the same run; the ratio is the comparable figure.
Imports are paid before the first run and not counted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


class _Painted(QObject):
    def __init__(self, window) -> None:
        super().__init__()
        self.done = False
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.done = True
        return False


def wait(condition, timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError
        QApplication.processEvents()


def floor_once() -> float:
    started = time.perf_counter()
    window = QMainWindow()
    window.resize(1440, 900)
    painted = _Painted(window)
    window.show()
    wait(lambda: painted.done)
    took = time.perf_counter() - started
    window.close()
    window.deleteLater()
    return took


def app_once(workspace, model_path) -> tuple[float, float]:
    from windtunnel.app.analysis.controller import refreshes_pending
    from windtunnel.app.document import Document
    from windtunnel.model import load

    document = Document(load(model_path))
    started = time.perf_counter()
    window = workspace.open_window(document)
    painted = _Painted(window)
    wait(lambda: painted.done)
    to_paint = time.perf_counter() - started
    controller = window.extensions["analysis"].controller
    wait(lambda: controller.idle and not refreshes_pending())
    settled = time.perf_counter() - started
    controller.cancel_all()
    controller.wait()
    window.ask_save_changes = lambda: "discard"
    window.close()
    QApplication.processEvents()
    return to_paint, settled


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--big", action="store_true",
                        help="open the 2,000-node / 6,000-edge map of bench_canvas.py")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from windtunnel.app.main import start
    from windtunnel.app.preferences import Preferences
    from windtunnel.paths import bundled_model

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        workspace = start(None, preferences=Preferences(), recovery_root=Path(tmp) / "rec",
                          open_default=False, ask=lambda parent, sessions: False)
        model_path, name = bundled_model(), "the bundled model"
        if args.big:
            from canvas_models import big_model
            from windtunnel.model import save

            model_path, name = Path(tmp) / "big.wtm", "the 2,000-node / 6,000-edge map"
            save(big_model(), model_path)
        app_once(workspace, model_path)                  # warm: imports, caches
        floor_once()
        floors, paints, settles = [], [], []
        for _ in range(args.runs):                       # alternate: load falls on both
            floors.append(floor_once())
            paint, settled = app_once(workspace, model_path)
            paints.append(paint)
            settles.append(settled)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    med = statistics.median
    print(f"load {load} on {os.cpu_count()} CPUs; {args.runs} runs; min / median")
    print(f"floor (bare QMainWindow painted): {min(floors) * 1e3:.0f} / {med(floors) * 1e3:.0f} ms")
    print(f"window on {name}, to paint: {min(paints) * 1e3:.0f} / "
          f"{med(paints) * 1e3:.0f} ms  ratio {med(paints) / med(floors):.1f}x")
    print(f"... settled (first run, views): {min(settles) * 1e3:.0f} / "
          f"{med(settles) * 1e3:.0f} ms  ratio {med(settles) / med(floors):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
