"""Exploration benchmarks: prints the figures (never asserts them). From the project folder:

    .venv/bin/python tests/benchmarks/bench_explore.py            # everything
    .venv/bin/python tests/benchmarks/bench_explore.py --quick    # skip the 1,000,000 run
    .venv/bin/python tests/benchmarks/bench_explore.py --only memory   # one section

Every figure is measured in the same run as its floor, on the bundled model
(ai-export-controls-2026: 41 nodes, 121 edges, 36 steps):

  bare simulator      one simulate() call on a block of futures (per-sample weights): the
                      floor of one run; an experiment costs 1 + 1/options runs (its option,
                      and its share of the block's baseline, simulated once per block)
  100,000 locally     100 options (the 12 scenarios and 88 lever points) x 1,000 futures on a
                      process pool of every core (target <= 10 s on the 2-core machine)
  overhead ratio      in-process exploration time per experiment / the floor per experiment
  LocalCluster        the same 100,000 experiments on a dask.distributed LocalCluster of 1
                      and of 2 worker processes of one thread each (best of two runs each,
                      workers warmed first, the tasks cut for the workers): scaling
                      efficiency t1 / (2 t2) (target >= 80 % on a quiet machine: with other
                      work on the cores, two workers cannot get two cores)
  delays, participants  in-process cost per experiment of 12 scenarios x 2,048 futures of
                      the five-voices model: weights only, each future a participant's map,
                      and two edges' delays varying over 0..3 steps (a block runs one batch
                      per distinct pair of delays)
  memory              100 options x 1,000 futures and 100 options x 10,000 futures (the
                      1,000,000 run; skipped with --quick), each in a fresh process on the
                      pool: peak resident memory of that process and of its largest worker,
                      and the peak of what numpy and Python allocated in it (tracemalloc).
                      Bounded: workers hold one block at a time, the caller the outcomes
                      (8 bytes per experiment and objective) and the futures' weights

The machine is shared: the load average is printed at the top and bottom; read the figures
with it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc


from windtunnel.engine import LeverRange, explore
from windtunnel.engine.designs import FUTURE_BLOCK, DelayRange
from windtunnel.engine.experiments import prepare, tasks
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


#: The 100,000 experiments: the 12 scenarios and 88 lever points x 1,000 futures.
HUNDRED_THOUSAND = dict(levers=LEVERS, policies=88, futures=1000, seed=1)


def hundred_thousand(model, **where) -> tuple[float, float, int]:
    """(wall seconds, this process's CPU seconds, experiments)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = explore(model, **HUNDRED_THOUSAND, **where)
    return time.perf_counter() - start, time.process_time() - cpu, result.count


def cluster_scaling(model, repeat: int = 2) -> list[dict] | None:
    """For a LocalCluster of 1 and of 2 single-threaded worker processes (both started and
    warmed first, then their runs alternated so that both meet the same load): the best
    wall seconds of ``repeat`` runs, the workers' CPU seconds in that run, and the tasks."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        return None
    import dask

    context, _ = prepare(model, **HUNDRED_THOUSAND)
    # the workers' statistical profiler samples every thread's stack every 10 ms: on
    # this loaded machine it cost the workers about 40 % more CPU than the tasks did
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        clusters = [LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                 dashboard_address=None) for n in (1, 2)]
    try:
        clients = [Client(cluster, set_as_default=False) for cluster in clusters]
        for client in clients:
            explore(model, scenarios=["hk-hub"], futures=FUTURE_BLOCK,
                    scheduler=client)                             # workers warm
        seen = [{"workers": n, "seconds": float("inf"), "cpu": 0.0,
                 "tasks": len(tasks(context, workers=n))} for n in (1, 2)]
        for _ in range(repeat):
            for client, figures in zip(clients, seen):
                before = sum(client.run(time.process_time).values())
                start = time.perf_counter()
                explore(model, scheduler=client, **HUNDRED_THOUSAND)
                seconds = time.perf_counter() - start
                if seconds < figures["seconds"]:
                    cpu = sum(client.run(time.process_time).values()) - before
                    figures.update(seconds=seconds, cpu=cpu)
        for client in clients:
            client.close()
    finally:
        for cluster in clusters:
            cluster.close()
    return seen


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


class WorkerPeak:
    """The largest peak resident memory (VmHWM) of this process's descendants while it
    runs: the pool's workers are the forkserver's children, not this process's, so
    RUSAGE_CHILDREN never sees them; /proc is read every 0.2 s (Linux; 0 elsewhere)."""

    def __init__(self) -> None:
        import threading

        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(0.2):
            for pid in _descendants(os.getpid()):
                try:
                    with open(f"/proc/{pid}/status") as status:
                        for line in status:
                            if line.startswith("VmHWM:"):
                                self.peak = max(self.peak, int(line.split()[1]) / 1024)
                except OSError:
                    continue


def _descendants(root: int) -> list[int]:
    parents = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [], [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        found += children
        frontier += children
    return found


def memory_child(futures: int) -> dict:
    """In a fresh process (``--memory-of FUTURES``): 100 options x ``futures`` on the
    pool; its peak resident memory, its largest worker's, and tracemalloc's peak."""
    model = load(bundled_model("ai-export-controls-2026.wtm"))
    tracemalloc.start()
    start = time.perf_counter()
    with WorkerPeak() as workers:
        result = explore(model, **{**HUNDRED_THOUSAND, "futures": futures})
    seconds = time.perf_counter() - start
    _, traced = tracemalloc.get_traced_memory()
    return {"experiments": result.count, "seconds": seconds,
            "own": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker": workers.peak, "traced": traced / 1024**2}


def memory(futures: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--memory-of", str(futures)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


SECTIONS = ("local", "cluster", "futures", "memory")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1,000,000 run")
    parser.add_argument("--only", choices=SECTIONS, action="append",
                        help="run only this section (repeatable)")
    parser.add_argument("--memory-of", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_of:
        print(json.dumps(memory_child(args.memory_of)))
        return 0
    sections = set(args.only or SECTIONS)
    model = load(bundled_model("ai-export-controls-2026.wtm"))
    context, options = prepare(model, **HUNDRED_THOUSAND)
    print(f"load average at start: {load_average()}; cores: {os.cpu_count()}; "
          f"uncertain weights: {context.space.dimensions}")
    floor = bare_floor(model)
    per_experiment_floor = floor * (1 + 1 / len(options))
    print(f"bare simulator: {floor * 1e6:.1f} us per run; an experiment's floor "
          f"{per_experiment_floor * 1e6:.1f} us (1 + 1/{len(options)} runs)")
    if "local" in sections:
        seconds, cpu, count = hundred_thousand(model, workers=1)
        print(f"{count:,} experiments in this process: {seconds:.2f} s "
              f"({seconds / count * 1e6:.1f} us each; overhead ratio "
              f"{seconds / count / per_experiment_floor:.2f} x the floor); CPU time "
              f"{cpu:.2f} s ({cpu / count * 1e6:.1f} us each: what a core of its own "
              f"would take)")
        workers = local_workers()
        seconds, _, count = hundred_thousand(model, workers=workers)
        print(f"{count:,} experiments on a local pool of {workers}: {seconds:.2f} s "
              f"(target <= 10 s; floor on {workers} cores "
              f"{count * per_experiment_floor / workers:.2f} s)")
    if "cluster" in sections:
        scaling = cluster_scaling(model)
        if scaling is None:
            print("LocalCluster: dask.distributed is not installed (windtunnel[cluster])")
        else:
            one, two = scaling
            count = len(options) * HUNDRED_THOUSAND["futures"]
            print(f"LocalCluster, {count:,} experiments: 1 worker {one['seconds']:.2f} s "
                  f"({one['tasks']} tasks), 2 workers {two['seconds']:.2f} s "
                  f"({two['tasks']} tasks): speed-up {one['seconds'] / two['seconds']:.2f} x, "
                  f"scaling efficiency {one['seconds'] / (2 * two['seconds']):.0%} "
                  f"(target >= 80 %; floor on 1 core {count * per_experiment_floor:.2f} s)")
            print(f"LocalCluster workers' CPU time: 1 worker {one['cpu']:.2f} s, 2 workers "
                  f"{two['cpu']:.2f} s together ({two['cpu'] / one['cpu']:.2f} x: the work "
                  f"that splitting adds; the rest of a shortfall is cores the workers did "
                  f"not get)")
    if "futures" in sections:
        costs = futures_dimensions()
        print("futures varying (in this process, per experiment): " + "; ".join(
            f"{name} {seconds * 1e6:.0f} us ({seconds / costs[0][1]:.2f} x)"
            for name, seconds in costs))
    if "memory" in sections:
        for futures in (1000,) + (() if args.quick else (10_000,)):
            seen = memory(futures)
            print(f"memory, {seen['experiments']:,} experiments (100 options x "
                  f"{futures:,} futures) on the pool in {seen['seconds']:.1f} s: peak "
                  f"resident {seen['own']:,.0f} MB (largest worker {seen['worker']:,.0f} "
                  f"MB); allocated at most {seen['traced']:,.1f} MB (tracemalloc)")
    print(f"load average at end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
