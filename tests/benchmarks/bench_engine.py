"""Engine benchmarks: prints the engine figures beside their targets (never asserts them).
From the project folder:

    .venv/bin/python tests/benchmarks/bench_engine.py            # everything
    .venv/bin/python tests/benchmarks/bench_engine.py --quick    # skip the 10,000-sample run

FCMpy is compared when installed apart (see engine_fcmpy.py; PYTHONPATH is not needed).
The machine is shared: run it several times and read the best figures with the load
average printed at the top and bottom.

Targets, on the 2-core machine:
  workshop model 300 nodes / 1,500 edges / 60 steps, baseline + one scenario   <= 5 ms
  10,000 nodes / 100,000 edges / 100 steps                                        <= 0.5 s
  Monte Carlo 1,000 samples x 300 nodes x 60 steps, both cores (each precision)  <= 0.6 s
  Monte Carlo 10,000 samples                                                     < 1 GB peak
  FCMpy's simulator on the same 100-node model: speed ratio                       >= 100x
  a bare numpy loop doing only the same matrix products: engine within            3x
Structure and sensitivity (no target in the issue; the GUI runs them on workers):
  node metrics of a 2,000-node / 6,000-edge map (betweenness estimated from pivots),
  loops and tornado of the workshop model.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from engine_fcmpy import load_fcmpy_simulator  # noqa: E402
from engine_models import synthetic_model  # noqa: E402

from windtunnel.engine import (LiveScenario, compile_model, compile_scenario,  # noqa: E402
                               empty_plan, find_loops, lever_elasticities, node_metrics,
                               preset, run, simulate, tornado)
from windtunnel.engine import betweenness as betweenness_module  # noqa: E402
from windtunnel.engine.montecarlo import WORKERS  # noqa: E402

GUI_WORKERS = max(1, WORKERS - 1)   # as the desktop app runs Monte Carlo (a core kept free)
from windtunnel.model import Settings  # noqa: E402


def timed(function, *, repeat: int = 7, number: int = 1) -> tuple[float, float]:
    """(best, median) seconds per call."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            function()
        times.append((time.perf_counter() - start) / number)
    return min(times), float(np.median(times))


def show(name: str, seconds: tuple[float, float], target: str = "") -> None:
    best, median = seconds
    unit, scale = ("ms", 1e3) if median < 1 else ("s", 1.0)
    print(f"{name:<58} best {best * scale:8.2f} {unit}  median {median * scale:8.2f} {unit}"
          + (f"   (target {target})" if target else ""))


def _edited(model):
    """A function that edits ``model`` (a node's description) and runs it: run() with
    compilation, as after every edit (the cache is keyed by the model's revision)."""
    texts = iter(range(10**9))

    def call():
        model.update_node(model.nodes[-1].id, description=str(next(texts)))
        return run(model)

    return call


def workshop() -> None:
    model = synthetic_model(300, 1500, steps=60)
    show("workshop 300/1500/60: run() baseline + 1 scenario", timed(lambda: run(model), repeat=15),
         "<= 5 ms")
    show("workshop: run() right after an edit (compiles)", timed(_edited(model), repeat=15))
    network = compile_model(model)
    plan = compile_scenario(network, model.scenario("push"))
    show("workshop: one simulate() (compiled)",
         timed(lambda: simulate(network, plan, model.settings), repeat=15))
    live = LiveScenario(model, "push")
    values = iter(np.linspace(-1, 1, 1000))
    show("workshop: live slider update (compiled, baseline cached)",
         timed(lambda: live.update({"n0": float(next(values))}), repeat=15), "<= 5 ms")
    show("workshop: compile_model()", timed(lambda: compile_model(model), repeat=15))


def large() -> None:
    model = synthetic_model(10_000, 100_000, steps=100)
    show("large 10k/100k/100: run() baseline + 1 scenario", timed(lambda: run(model), repeat=3),
         "<= 0.5 s")
    show("large: run() right after an edit (compiles)", timed(_edited(model), repeat=3),
         "<= 0.5 s")
    network = compile_model(model)
    show("large: one simulate() (compiled)",
         timed(lambda: simulate(network, empty_plan(network), model.settings), repeat=3))
    show("large: compile_model()", timed(lambda: compile_model(model), repeat=3))


def structure_and_sensitivity() -> None:
    big = synthetic_model(2_000, 6_000, steps=30)
    network = compile_model(big)
    metrics = node_metrics(network)
    show(f"node metrics 2,000/6,000 ({metrics.betweenness_pivots} pivots)",
         timed(lambda: node_metrics(network), repeat=3))
    mid = compile_model(synthetic_model(betweenness_module.EXACT_NODES, 1_500, steps=30))
    show(f"node metrics {betweenness_module.EXACT_NODES}/1,500 (exact, the largest exact map)",
         timed(lambda: node_metrics(mid), repeat=3))
    model = synthetic_model(300, 1500, steps=60)
    workshop_network = compile_model(model)
    found = find_loops(workshop_network, max_loops=10_000)
    show(f"workshop: find_loops (max 10,000; found {len(found.loops):,})",
         timed(lambda: find_loops(workshop_network, max_loops=10_000), repeat=3))
    show("workshop: tornado (1,500 edges x low/high)",
         timed(lambda: tornado(model, "push", "goal"), repeat=3))
    show("workshop: lever elasticities (10 levers)",
         timed(lambda: lever_elasticities(model, "push", "goal"), repeat=3))


def csr_floor(model, samples: int) -> float:
    """Seconds of the floor of a Monte Carlo run: a plain float64 loop doing the same
    products (one block-diagonal scipy CSR over every sample, ``@`` then tanh per step,
    for the baseline and the scenario), with no delays, clamps, verdicts or percentiles."""
    from scipy.sparse import block_diag, csr_array

    network = compile_model(model)
    n, steps = network.n_nodes, model.settings.steps
    rng = np.random.default_rng(0)
    matrix = csr_array((network.weight, (network.target, network.source)), shape=(n, n))
    operator = block_diag([matrix * rng.uniform(0.8, 1.2)
                           for _ in range(samples)], format="csr")
    start = time.perf_counter()
    for _ in range(2):                     # baseline and scenario
        state = np.full(samples * n, 0.1)
        for _ in range(steps):
            state = np.tanh(0.5 * (state + operator @ state))
    return time.perf_counter() - start


def monte_carlo_speed() -> None:
    """Both precisions against one floor measured in the same run (a ratio below 1 means
    faster than the plain float64 loop)."""
    model = synthetic_model(300, 1500, steps=60)
    floor = min(csr_floor(model, 1000) for _ in range(3))
    print(f"{'floor: a plain float64 CSR loop, the same products':<58} best {floor:8.2f} s")
    for precision in ("float64", "float32"):
        engine = timed(lambda: run(model, samples=1000, precision=precision), repeat=3)
        show(f"Monte Carlo 1,000 x 300 x 60, {precision}, {WORKERS} thread(s)", engine,
             "<= 0.6 s")
        print(f"{'  / floor':<58} ratio {engine[0] / floor:8.2f} x (best / best), "
              f"median {engine[1] / floor:.2f} x")
    if GUI_WORKERS != WORKERS:
        show(f"same, {GUI_WORKERS} thread(s) as in the GUI (a core kept for the window)",
             timed(lambda: run(model, samples=1000, workers=GUI_WORKERS), repeat=3))


def monte_carlo_memory() -> None:
    code = ("import sys, resource; sys.path.insert(0, %r)\n"
            "from engine_models import synthetic_model\n"
            "from windtunnel.engine import run\n"
            "import time; m = synthetic_model(300, 1500, steps=60); t = time.perf_counter()\n"
            "run(m, samples=10_000)\n"
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
            % str(HERE))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    print(f"{'Monte Carlo 10,000 x 300 x 60: time, peak RSS':<58} {float(out[0]):8.2f} s  "
          f"peak {int(out[1]) / 1024:8.0f} MB   (target < 1 GB)")


def versus_fcmpy_and_numpy() -> None:
    """The engine against a bare numpy loop and FCMpy on one 100-node / 500-edge map.

    The bare loop is the floor for any simulator that steps in Python: 50 dense products
    and sigmoids and nothing else (no interventions, drivers, delays or verdict). FCMpy
    wraps the same products in pandas, so FCMpy / engine can be at most about FCMpy /
    bare loop: that ceiling is printed with the ratio."""
    model = synthetic_model(100, 500, steps=50, delayed=0.0)
    settings = Settings(steps=50, rule="modified_kosko", activation="sigmoid",
                        drivers="update", tolerance=0.0, strict=True)
    network = compile_model(model)
    plan = empty_plan(network)
    engine = timed(lambda: simulate(network, plan, settings), repeat=25, number=5)
    show("100 nodes / 500 edges / 50 steps: engine simulate()", engine)
    matrix = network.matrix()
    x0 = network.initial.copy()

    def bare(steps=50):
        x = x0
        for _ in range(steps):
            x = 1.0 / (1.0 + np.exp(-(x + x @ matrix)))
        return x

    numpy_loop = timed(bare, repeat=25, number=5)
    show("same: bare numpy loop (dense x @ W, sigmoid)", numpy_loop)
    print(f"{'  engine / bare numpy loop':<58} {engine[0] / numpy_loop[0]:8.2f} x   "
          "(goal within 3x)")
    fcmpy = load_fcmpy_simulator()
    if fcmpy is None:
        print("FCMpy not installed apart (pip install --no-deps --target /tmp/fcmpy fcmpy): "
              "comparison skipped")
        return
    import contextlib
    import io

    import pandas as pd

    ids = list(network.node_ids)
    frame = pd.DataFrame(matrix, columns=ids, index=ids)
    state = dict(zip(ids, x0.tolist()))

    def theirs_run():
        with contextlib.redirect_stdout(io.StringIO()):
            return fcmpy.simulate(initial_state=state, weight_matrix=frame,
                                  transfer="sigmoid", inference="mKosko", thresh=0.0,
                                  iterations=50, l=1)

    iterations = len(theirs_run()) - 1
    theirs = timed(theirs_run, repeat=5)
    show(f"same: FCMpy FcmSimulator.simulate (thresh 0; stops after {iterations} updates)",
         theirs)
    print(f"{'  FCMpy / engine':<58} {theirs[0] / engine[0]:8.0f} x   (expected >= 100x)")
    print(f"{'  ceiling: FCMpy / bare numpy loop':<58} {theirs[0] / numpy_loop[0]:8.0f} x   "
          "(no Python-stepped simulator beats it)")
    same = preset("fcmpy", settings, tolerance=0.0, steps=50)
    ours = simulate(network, plan, same)
    fair = timed(lambda: simulate(network, plan, same), repeat=25, number=5)
    fair_loop = timed(lambda: bare(iterations), repeat=25, number=5)
    show(f"same, FCMpy's conventions (preset fcmpy: stops after {ours.steps_run} updates)",
         fair)
    print(f"{'  FCMpy / engine, same conventions and updates':<58} "
          f"{theirs[0] / fair[0]:8.0f} x   (ceiling {theirs[0] / fair_loop[0]:.0f} x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 10,000-sample run")
    parser.add_argument("--monte-carlo", action="store_true",
                        help="only the Monte Carlo speed figure and its floor")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}")
    if args.monte_carlo:
        monte_carlo_speed()
        print(f"load average now {os.getloadavg()[0]:.2f}")
        return
    workshop()
    versus_fcmpy_and_numpy()
    monte_carlo_speed()
    large()
    structure_and_sensitivity()
    if not args.quick:
        monte_carlo_memory()
    print(f"peak RSS of this process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
          f"load average now {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
