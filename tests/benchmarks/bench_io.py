"""Print the io benchmark figures against their targets (not part of the test suite).

    .venv/bin/python tests/benchmarks/bench_io.py

Targets: the results workbook for 300 nodes x 8 scenarios x 60 steps with Monte
Carlo percentiles written in <= 5 s; a 10,000-edge sheet imported in <= 2 s.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_io_models import big_model, edges_sheet  # noqa: E402

from windtunnel.engine import analyse, run  # noqa: E402
from windtunnel.io import import_model, results_workbook_bytes  # noqa: E402


def best_of(repeat: int, func, *args, **kwargs) -> tuple[str, object]:
    """Best wall time and best CPU time of ``repeat`` calls (CPU time is what a loaded,
    shared machine distorts least), as text, and the last value."""
    wall = cpu = float("inf")
    value = None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        value = func(*args, **kwargs)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return f"{wall:.2f} s wall, {cpu:.2f} s CPU", value


def main() -> None:
    model = big_model(nodes=300, scenarios=8, steps=60)
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    seconds, results = best_of(1, run, model, samples=200)
    print(f"engine run, 300 nodes x 8 scenarios x 60 steps, 200 samples: {seconds}")
    seconds, analysis = best_of(1, analyse, model, results)
    print(f"analyses (explanations, loops, metrics): {seconds}")
    seconds, data = best_of(3, results_workbook_bytes, results, model, analysis=analysis)
    print(f"results workbook written ({len(data) / 1e6:.1f} MB): {seconds} (target <= 5 s)")
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".xlsx", ".csv"):
            path = edges_sheet(Path(folder) / f"edges{suffix}", edges=10_000)
            seconds, imported = best_of(3, import_model, path)
            assert len(imported.model.edges) == 10_000
            print(f"import of a 10,000-edge {suffix} sheet: {seconds} (target <= 2 s)")


if __name__ == "__main__":
    main()
