"""Command-line benchmark: how soon the ``windtunnel`` command answers, beside its floor.

Prints figures, never asserts. From the project folder:

    .venv/bin/python tests/benchmarks/bench_cli.py [--runs 7]

Each figure is a fresh process (``python -m windtunnel ...``) in the environment a user's
shell gives it (no PYTHON* variables, so byte-code caches are used as after an install);
the floor is ``python -c pass`` with the same interpreter, launched in the same run,
alternating with the commands, so a busy machine slows both. Targets: ``--version`` and
``--help`` within 2x the floor; ``check`` on the bundled model under 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))

import smoke  # noqa: E402

from windtunnel.paths import bundled_model  # noqa: E402

FLOOR = [sys.executable, "-c", "pass"]
COMMANDS = {
    "--version": ([sys.executable, "-m", "windtunnel", "--version"], "2x the floor"),
    "--help": ([sys.executable, "-m", "windtunnel", "--help"], "2x the floor"),
    "check (bundled model)": ([sys.executable, "-m", "windtunnel", "check",
                               str(bundled_model())], "0.5 s"),
}


def seconds(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run; CPU time (user + system of the child) is what a
    loaded machine distorts least."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    env = smoke.app_environment()
    env["PYTHONPATH"] = str(ROOT / "desktop")       # this checkout's package
    for command, _ in COMMANDS.values():            # warm the byte-code caches
        seconds(command, env)
    floor: list[tuple[float, float]] = []
    figures: dict[str, list[tuple[float, float]]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        floor.append(seconds(FLOOR, env))
        for name, (command, _) in COMMANDS.items():
            figures[name].append(seconds(command, env))
    med = statistics.median
    print("load " + " ".join(f"{x:.2f}" for x in os.getloadavg())
          + f" on {os.cpu_count()} CPUs; {args.runs} runs; wall min / median, CPU median")
    walls, cpus = [w for w, _ in floor], [c for _, c in floor]
    print(f"{'floor: python -c pass':24} {min(walls):.3f} / {med(walls):.3f} s   "
          f"CPU {med(cpus):.3f} s")
    for name, values in figures.items():
        wall, cpu = [w for w, _ in values], [c for _, c in values]
        print(f"{name:24} {min(wall):.3f} / {med(wall):.3f} s   CPU {med(cpu):.3f} s   ratio "
              f"{med(wall) / med(walls):.1f}x (min {min(wall) / min(walls):.1f}x)   "
              f"target {COMMANDS[name][1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
