"""Print slider-to-repaint latency on the bundled model (see test_slider_benchmark.py).

    python tests/benchmarks/bench_slider.py

Reports, over 150 drag steps of one lever: the engine's live re-run alone; the whole path
from the slider event to the repainted map (debounce, re-run, tints, halos, flows, chart,
canvas paint), with the map's results off (the canvas alone) and on; the gaps between
turns of the event loop while dragging (how long the GUI thread is blocked at a time,
seen by a 5 ms heartbeat timer); and the full re-run of every scenario after release. As
median, 95th percentile and maximum in milliseconds.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import numpy as np  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from test_slider_benchmark import open_bundled, slider_step  # noqa: E402
from windtunnel.app.main import make_application  # noqa: E402


def main() -> None:
    make_application()
    ws, window, controller = open_bundled(Path(tempfile.mkdtemp()))
    window.show()
    QApplication.processEvents()
    row = controller.scenarios_panel.levers.rows["loophole-closing"]
    figures = {}
    stalls = []
    last = [time.perf_counter()]

    def beat():
        now = time.perf_counter()
        stalls.append((now - last[0]) * 1000)
        last[0] = now

    heartbeat = QTimer(interval=5)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    for name, options in (("slider -> map, canvas only", dict(tints=False, halos=False,
                                                            flows=False)),
                          ("slider -> map, all results", dict(tints=True, halos=True,
                                                             flows=True))):
        controller.map_results.set_options(**options)
        row.slider.setSliderDown(True)
        total, live = [], []
        for k in range(150):
            position = -100 + (k * 7) % 201
            started = time.perf_counter()
            slider_step(controller, row, position)
            total.append((time.perf_counter() - started) * 1000)
            live.append(controller.last_live_ms)
        row.slider.setSliderDown(False)
        QApplication.processEvents()
        figures[name] = total
    heartbeat.stop()
    figures["live re-run (engine only)"] = live
    figures["event-loop gaps while dragging"] = stalls
    runs = []
    for _ in range(20):
        controller.refresh()
        runs.append(controller.last_run_ms)
    figures["full re-run, 11 scenarios"] = runs
    for name, values in figures.items():
        v = np.array(values)
        print(f"{name:32s} median {np.median(v):6.1f} ms  p95 {np.percentile(v, 95):6.1f} ms  "
              f"max {v.max():6.1f} ms")
    for win in list(ws.windows):
        win.ask_save_changes = lambda: "discard"
        win.close()


if __name__ == "__main__":
    main()
