"""Print slider-to-repaint latency on the bundled model (see test_slider_benchmark.py).

    python tests/benchmarks/bench_slider.py [--nodes N]

``--nodes N`` drags a lever of a generated map of N nodes and 4N edges instead (its first
scenario; the map is zoomed out to fit, so a big one is drawn as the overview).

Reports, over 150 drag steps of one lever (after 20 warm-up steps): the engine's live
re-run alone; the whole path from the slider event to the repainted map (debounce, re-run,
tints, halos, flows, canvas paint), with the map's results off (the canvas alone) and on;
the main thread's CPU time per step (what a step costs whatever else the machine runs); the
gaps between turns of the event loop while dragging (how long the GUI thread is blocked
at a time, seen by a 5 ms heartbeat timer; the chart's updates are among them); the longest
gap while a release is handled (the undo command, the re-run of every scenario, every view);
the chart's update (new numbers into the existing curves); the full re-run of every scenario;
and the strips of a PNG map picture (each is one event-loop turn). As median, 95th
percentile and maximum in milliseconds, with the load average. The window is 1600 x 1000
on a 1920 x 1200 offscreen screen (bench_screen.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bench_screen  # noqa: E402

bench_screen.use()                 # before Qt: a screen that holds the window

import numpy as np  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from test_slider_benchmark import open_bundled, slider_step  # noqa: E402
from windtunnel.app.analysis.colours import change_scale  # noqa: E402
from windtunnel.app.export import map_image, map_image_steps  # noqa: E402
from windtunnel.app.main import make_application  # noqa: E402


def _timed_steps(steps) -> list[float]:
    """Milliseconds of each step of a stepped painter."""
    times = []
    while True:
        started = time.perf_counter()
        try:
            next(steps)
        except StopIteration:
            return times
        times.append((time.perf_counter() - started) * 1000)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=0,
                        help="a generated map of this many nodes (and 4x as many edges)")
    args = parser.parse_args(argv)
    make_application()
    folder = Path(tempfile.mkdtemp())
    if args.nodes:
        from bench_io_models import big_model
        from windtunnel.model import save

        save(big_model(nodes=args.nodes, edges=4 * args.nodes, scenarios=4), folder / "big.wtm")
        ws, window, analysis = open_bundled(folder, folder / "big.wtm", "sc0")
        lever = "n0"
    else:
        ws, window, analysis = open_bundled(folder)
        lever = "loophole-closing"
    window.show()
    QApplication.processEvents()
    row = analysis.scenarios_panel.levers.rows[lever]
    figures = {}
    stalls = []
    last = [time.perf_counter()]

    def beat():
        now = time.perf_counter()
        stalls.append((now - last[0]) * 1000)
        last[0] = now

    heartbeat = QTimer(interval=5)
    heartbeat.timeout.connect(beat)
    row.slider.setSliderDown(True)
    for k in range(20):                                      # warm-up
        slider_step(analysis, row, -100 + 10 * k)
    row.slider.setSliderDown(False)
    QApplication.processEvents()
    last[0] = time.perf_counter()
    heartbeat.start()
    releases = []
    for name, options in (("slider -> map, canvas only", dict(tints=False, halos=False,
                                                            flows=False)),
                          ("slider -> map, all results", dict(tints=True, halos=True,
                                                             flows=True))):
        analysis.map_results.set_options(**options)
        row.slider.setSliderDown(True)
        total, cpu, live = [], [], []
        for k in range(150):
            position = -100 + (k * 7) % 201
            started, cpu_started = time.perf_counter(), time.thread_time()
            slider_step(analysis, row, position)
            total.append((time.perf_counter() - started) * 1000)
            cpu.append((time.thread_time() - cpu_started) * 1000)
            live.append(analysis.session.last_live_ms)
        figures[name] = total
        figures[name.replace("slider -> map", "CPU per step")] = cpu
        dragging = list(stalls)
        for k in range(10):                                  # releases, each after a step
            row.slider.setSliderDown(True)
            slider_step(analysis, row, -90 + 20 * k)
            stalls.clear()
            last[0] = time.perf_counter()
            row.slider.setSliderDown(False)
            ends = time.perf_counter() + 0.25
            while time.perf_counter() < ends:
                QApplication.processEvents()
            releases.append(max(stalls))
        stalls[:] = dragging
    heartbeat.stop()
    figures["live re-run (engine only)"] = live
    figures["event-loop gaps while dragging"] = stalls
    figures["longest turn of a release"] = releases
    chart = analysis.results_panel.chart
    updates = []
    for _ in range(30):
        started = time.perf_counter()
        chart.refresh()
        updates.append((time.perf_counter() - started) * 1000)
    figures["chart update (setData)"] = updates
    runs = []
    for _ in range(20):
        analysis.controller.refresh()
        runs.append(analysis.session.last_run_ms)
    figures[f"full re-run, {len(analysis.session.model.scenarios) + 1} scenarios"] = runs
    legend = (0.5, "Change from baseline")
    figures["PNG map picture, per strip"] = _timed_steps(
        map_image_steps(analysis.controller.scene,
                        overlay=change_scale(analysis.controller.scene, legend)))
    whole = []
    for _ in range(3):
        started = time.perf_counter()
        map_image(analysis.controller.scene)
        whole.append((time.perf_counter() - started) * 1000)
    figures["PNG map picture, in one go"] = whole
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load {load} on {os.cpu_count()} CPUs; window 1600 x 1000; map view "
          f"{window.view.viewport().width()} x {window.view.viewport().height()} at "
          f"{window.view.zoom:.0%}; the floor is the engine's live re-run")
    floor = float(np.median(live))
    for name, values in figures.items():
        v = np.array(values)
        print(f"{name:32s} median {np.median(v):6.1f} ms  p95 {np.percentile(v, 95):6.1f} ms  "
              f"max {v.max():6.1f} ms  ratio {np.median(v) / floor:5.1f} / "
              f"{np.percentile(v, 95) / floor:5.1f}")
    print("ratio: median / p95 over the engine's median live re-run (the floor) in this run")
    for win in list(ws.windows):
        win.ask_save_changes = lambda: "discard"
        win.close()


if __name__ == "__main__":
    main(sys.argv[1:])
