"""Participants benchmark: 50 participants x the bundled map, aggregated and run. Prints
figures (never asserts them). From the project folder:

    .venv/bin/python tests/benchmarks/bench_participants.py [--participants 50]

Target: 50 participants' ratings of every edge of the bundled export-controls map are
aggregated (mean, median, linguistic) and every scenario runs on every participant's map
in under one second. Floors measured in the same run, on the same machine: numpy's own
median over the same (participants x edges) array, and one run of every scenario on the
shared map alone (what one participant costs at least); each line prints its ratio to the
second floor.
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import replace

import numpy as np

from windtunnel.engine import (aggregate_table, apply_working_weights, rating_table, run,
                               run_participants)
from windtunnel.model import Participant, Rating, load
from windtunnel.paths import bundled_model


def timed(function, *, repeat: int = 7) -> tuple[float, float]:
    """(best, median) seconds per call."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times), float(np.median(times))


def workshop(count: int):
    """The bundled map with ``count`` participants rating every edge (numbers for most,
    a linguistic term for every fifth participant), reproducibly."""
    model = load(bundled_model())
    rng = np.random.default_rng(2026)
    terms = ("-VH", "-H", "-M", "-L", "-VL", "+VL", "+L", "+M", "+H", "+VH")
    for p in range(count):
        ratings = []
        for edge in model.edges:
            if rng.random() < 0.1:
                continue                                  # not drawn by this participant
            weight = float(np.clip(edge.weight + rng.normal(0, 0.25), -1, 1))
            if p % 5 == 4:
                ratings.append(Rating(*edge.key, term=terms[min(9, int((weight + 1) * 5))]))
            else:
                ratings.append(Rating(*edge.key, weight))
        model.add_participant(Participant(f"p{p + 1}", f"Participant {p + 1}",
                                          ratings=tuple(ratings)))
    return model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=50)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f}")
    model = workshop(args.participants)
    print(f"{model.title}: {len(model.nodes)} nodes, {len(model.edges)} edges, "
          f"{len(model.scenarios)} scenarios, {model.settings.steps} steps, "
          f"{len(model.participants)} participants")
    table = rating_table(model)
    rows = []
    for method in ("mean", "median", "linguistic"):
        settings = replace(model.settings, aggregation=method)
        rows.append((f"aggregate ({method})",
                     timed(lambda s=settings: aggregate_table(rating_table(model), s))))
    rows.append(("rating table (model -> arrays)", timed(lambda: rating_table(model))))
    rows.append(("apply working weights (mean)", timed(lambda: apply_working_weights(model.copy()),
                                                       repeat=3)))
    rows.append(("run every scenario on every map", timed(lambda: run_participants(model),
                                                          repeat=5)))

    def both():
        aggregate_table(rating_table(model), model.settings)
        run_participants(model)
    rows.append(("aggregate (mean) + run, together", timed(both, repeat=5)))
    weights = np.nan_to_num(table.weights)
    rows.append(("floor: numpy median of the same array", timed(lambda: np.median(weights, axis=0))))
    rows.append(("floor: every scenario on the shared map once", timed(lambda: run(model),
                                                                      repeat=5)))
    _, floor_median = rows[-1][1]
    for name, (best, median) in rows:
        print(f"  {name:48s} best {best * 1000:8.1f} ms   median {median * 1000:8.1f} ms   "
              f"{median / floor_median:6.1f}x the shared-map run (median)")
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
