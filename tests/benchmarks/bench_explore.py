"""Exploration benchmarks: prints the figures (never asserts them). From the project folder:

    .venv/bin/python tests/benchmarks/bench_explore.py            # everything
    .venv/bin/python tests/benchmarks/bench_explore.py --quick    # skip the 1,000,000 run

Every figure is measured in the same run as its floor, on the bundled model
(ai-export-controls-2026: 41 nodes, 121 edges, 36 steps):

  bare simulator      one simulate() call on a block of futures (per-sample weights): the
                      floor of one run; an experiment costs 1 + 1/OPTIONS_PER_TASK runs (its
                      option, and its share of the block's baseline)
  100,000 locally     100 options (the 12 scenarios and 88 lever points) x 1,000 futures on a
                      process pool of every core (target <= 10 s on the 2-core machine)
  overhead ratio      in-process exploration time per experiment / the floor per experiment
  LocalCluster        the same experiments on a dask.distributed LocalCluster of 1 and of 2
                      single-threaded workers: scaling efficiency t1 / (2 t2) (target >= 80 %)
  delays, participants  in-process cost per experiment of 12 scenarios x 2,048 futures of
                      the five-voices model: weights only, each future a participant's map,
                      and two edges' delays varying over 0..3 steps (a block runs one batch
                      per distinct pair of delays)
  1,000,000           peak resident memory of this process and of the largest worker while
                      10 options x 100,000 futures run on the pool (bounded: outcomes are
                      8 bytes per experiment and objective)

The machine is shared: the load average is printed at the top and bottom; read the figures
with it.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

import numpy as np

from windtunnel.engine import LeverRange, explore
from windtunnel.engine.designs import FUTURE_BLOCK, DelayRange, future_space
from windtunnel.engine.experiments import OPTIONS_PER_TASK, prepare
from windtunnel.engine.executors import local_workers
from windtunnel.engine.plans import convergence_index
from windtunnel.engine.simulate import simulate
from windtunnel.model import load
from windtunnel.paths import bundled_model
from dataclasses import replace

LEVERS = [LeverRange("licensing", 0.0, 1.0), LeverRange("distillation-enforcement", 0.0, 1.0),
          LeverRange("capability-controls", 0.0, 1.0)]


def load_average() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def timed(function, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def bare_floor(model) -> float:
    """Seconds per run of one simulate() call on a block of futures."""
    context, _ = prepare(model, futures=FUTURE_BLOCK)
    network, settings = context.network, context.settings
    weights = context.space.draw(network, context.uniforms(0)).weight
    plan = replace(context.plans[1], weight=weights)
    convergence = convergence_index(network, settings)
    seconds = timed(lambda: simulate(network, plan, settings, convergence=convergence),
                    repeat=5)
    return seconds / FUTURE_BLOCK


def hundred_thousand(model, **where) -> tuple[float, float, int]:
    """(wall seconds, this process's CPU seconds, experiments)."""
    options = dict(levers=LEVERS, policies=88, futures=1000, seed=1)
    start, cpu = time.perf_counter(), time.process_time()
    result = explore(model, **options, **where)
    return time.perf_counter() - start, time.process_time() - cpu, result.count


def cluster_scaling(model) -> tuple[float, float, int] | None:
    try:
        from distributed import LocalCluster
    except ImportError:
        return None
    options = dict(levers=LEVERS, policies=28, futures=1000, seed=1)    # 40,000 experiments
    times = []
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster:
            explore(model, scenarios=["hk-hub"], futures=FUTURE_BLOCK,
                    scheduler=cluster.scheduler_address)          # workers warm
            start = time.perf_counter()
            result = explore(model, scheduler=cluster.scheduler_address, **options)
            times.append(time.perf_counter() - start)
    return times[0], times[1], result.count


def futures_dimensions() -> list[tuple[str, float]]:
    """(what varies, seconds per experiment) in this process."""
    model = load(bundled_model("ai-export-controls-2026-voices.wtm"))
    delays = [DelayRange("licensing", "misuse-risk", 0, 3),
              DelayRange("licensing", "sovereign-demand", 0, 3)]
    out = []
    for name, extra in (("weights", {}), ("participants' maps", {"participants": True}),
                        ("two delays 0..3", {"delays": delays})):
        start = time.perf_counter()
        result = explore(model, futures=4 * FUTURE_BLOCK, workers=1, seed=1, **extra)
        out.append((name, (time.perf_counter() - start) / result.count))
    return out


def million(model) -> tuple[float, int, float, float]:
    start = time.perf_counter()
    result = explore(model, scenarios=["status-quo", "access-suspension", "whack-a-mole",
                                       "channels-closed", "accountability",
                                       "capability-dialogue", "hk-hub",
                                       "decentralized-safety", "licensing-distillation",
                                       "reading-security"],
                     futures=100_000, seed=1)
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, result.count, own, worker


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1,000,000 run")
    args = parser.parse_args()
    model = load(bundled_model("ai-export-controls-2026.wtm"))
    print(f"load average at start: {load_average()}; cores: {os.cpu_count()}; "
          f"uncertain weights: {future_space(prepare(model, futures=1)[0].network).dimensions}")
    floor = bare_floor(model)
    per_experiment_floor = floor * (1 + 1 / OPTIONS_PER_TASK)
    print(f"bare simulator: {floor * 1e6:.1f} us per run; an experiment's floor "
          f"{per_experiment_floor * 1e6:.1f} us (1 + 1/{OPTIONS_PER_TASK} runs)")
    seconds, cpu, count = hundred_thousand(model, workers=1)
    print(f"{count:,} experiments in this process: {seconds:.2f} s "
          f"({seconds / count * 1e6:.1f} us each; overhead ratio "
          f"{seconds / count / per_experiment_floor:.2f} x the floor); CPU time "
          f"{cpu:.2f} s ({cpu / count * 1e6:.1f} us each: what a core of its own would take)")
    workers = local_workers()
    seconds, _, count = hundred_thousand(model, workers=workers)
    print(f"{count:,} experiments on a local pool of {workers}: {seconds:.2f} s "
          f"(target <= 10 s; floor on {workers} cores "
          f"{count * per_experiment_floor / workers:.2f} s)")
    scaling = cluster_scaling(model)
    if scaling is None:
        print("LocalCluster: dask.distributed is not installed (windtunnel[cluster])")
    else:
        one, two, count = scaling
        print(f"LocalCluster, {count:,} experiments: 1 worker {one:.2f} s, 2 workers "
              f"{two:.2f} s: scaling efficiency {one / (2 * two):.0%} (target >= 80 %)")
    costs = futures_dimensions()
    print("futures varying (in this process, per experiment): " + "; ".join(
        f"{name} {seconds * 1e6:.0f} us ({seconds / costs[0][1]:.2f} x)"
        for name, seconds in costs))
    if not args.quick:
        seconds, count, own, worker = million(model)
        print(f"{count:,} experiments on the pool: {seconds:.1f} s; peak memory: this "
              f"process {own:,.0f} MB, largest worker {worker:,.0f} MB")
    print(f"load average at end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
