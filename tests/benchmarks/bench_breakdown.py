"""Explanation benchmarks: prints figures (never asserts them). From the project folder:

    .venv/bin/python tests/benchmarks/bench_breakdown.py

Times ``breakdown()`` (lever Shapley values, inputs, routes and the five reasons) for one
node under one scenario: on the bundled AI export-controls model (every scenario's first
objective; the status quo sets 10 levers, 1,024 coalitions), on the 300-node workshop map
with 3 and with 10 levers, and with 12 levers (sampled Shapley values, 200 orders); and on
a 2,000-node / 6,000-edge map: breakdown with 3 levers, the trust verdict of its baseline
and scenario, and the loop scores of 2,000 loops. The machine is shared: run it several
times and read the best figures with the load average.

Floor, measured in the same run beside each figure: the engine running the same scenario
against its baseline once (``run``), the least any explanation of that change costs; the
ratio says how many such runs the explanation is worth (a breakdown with n levers runs
2**n coalitions, batched).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from engine_models import synthetic_model  # noqa: E402

from windtunnel.engine import (assess, breakdown, compile_scenario, compiled_model,  # noqa: E402
                               find_loops, loop_scores, run)
from windtunnel.model import Intervention, Scenario, load  # noqa: E402
from windtunnel.paths import bundled_model  # noqa: E402


def best(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def beside_floor(model, scenario: str, node: str, repeat: int = 3) -> str:
    """The breakdown's best time, the floor's (one run of the scenario) and their ratio."""
    seconds = best(lambda: breakdown(model, scenario, node), repeat)
    floor = best(lambda: run(model, scenarios=[scenario]), repeat)
    return (f"{seconds * 1000:8.1f} ms   floor (run) {floor * 1000:7.1f} ms   "
            f"ratio {seconds / floor:6.1f}x")


def with_levers(model, count: int):
    """The synthetic model with a scenario clamping its first ``count`` nodes."""
    ids = [n.id for n in model.nodes]
    model.add_scenario(Scenario(f"levers{count}", f"{count} levers", interventions=tuple(
        Intervention(ids[k], "clamp", 0.8, start=2) for k in range(count))))
    return model


def main() -> None:
    print(f"load average {os.getloadavg()}")
    model = load(bundled_model("ai-export-controls-2026.wtm"))
    node = model.objectives[0].node
    for scenario in model.scenarios:
        print(f"bundled model, {scenario.id:24s} {node}: {beside_floor(model, scenario.id, node)}")
    workshop = synthetic_model(300, 1500, levers=12)
    goal = workshop.objectives[0].node
    for count in (3, 10, 12):
        with_levers(workshop, count)
        print(f"workshop 300 nodes / 1,500 edges / 60 steps, {count:2d} levers: "
              f"{beside_floor(workshop, f'levers{count}', goal, repeat=2)}")
    large = synthetic_model(2000, 6000)
    goal = large.objectives[0].node
    print(f"2,000 nodes / 6,000 edges, 3 levers: breakdown {beside_floor(large, 'push', goal, 2)}")
    floor = best(lambda: run(large, scenarios=["push"]), repeat=2)
    trust = best(lambda: assess(large), repeat=2)
    print(f"2,000 nodes: trust of 2 runs {trust:.2f} s, {trust / floor:.1f}x the floor (run)")
    network = compiled_model(large)
    loops = find_loops(network, max_loops=2000).loops
    plan = compile_scenario(network, large.scenario("push"))
    scores = best(lambda: loop_scores(network, plan, large.settings, loops), repeat=2)
    print(f"2,000 nodes: loop scores of {len(loops)} loops {scores:.2f} s, "
          f"{scores / floor:.1f}x the floor (run)")
    print(f"load average {os.getloadavg()}")


if __name__ == "__main__":
    main()
