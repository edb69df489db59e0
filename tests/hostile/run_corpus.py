"""Run the hostile corpus through the real ``windtunnel`` command, each command line in its
own process under a 60 s limit and a 3 GB address-space cap, and print per command its
outcome (accepted, refused, usage error, or the defect), time and peak memory, then the
totals and the largest time and memory any single input took.

    python tests/hostile/run_corpus.py            # every case (a few minutes)
    python tests/hostile/run_corpus.py --small    # the cases of the default test run
    python tests/hostile/run_corpus.py --case tornado   # the cases named so

POSIX only (resource limits, wait4).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hostile.corpus import CASES, command_lines, judge  # noqa: E402

TIME_LIMIT = 60
MEMORY_CAP = 3 * 1024**3


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_line(argv: list[str]) -> tuple[str, float, int, str]:
    """(outcome, seconds, peak resident bytes, message) of one command line."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "windtunnel", *argv],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=limit_memory, env={**os.environ, "COLUMNS": "100"})
    try:
        out, err = process.communicate(timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        return "defect: no answer within 60 s", TIME_LIMIT, 0, ""
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    out_text, err_text = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    problem = judge(process.returncode, out_text, err_text, argv)
    outcome = (f"defect: {problem}" if problem else
               {0: "accepted", 1: "refused", 2: "usage error"}[process.returncode])
    first = (err_text or out_text).strip().splitlines()
    return outcome, seconds, peak, first[-1][:150] if first else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="only the quick cases")
    parser.add_argument("--case", action="append", metavar="NAME",
                        help="only the cases whose name contains NAME (repeat for several)")
    args = parser.parse_args()
    counts: dict[str, int] = {}
    worst_time = worst_memory = (0.0, "")
    # ru_maxrss of children is a running maximum: run each line in a fresh runner
    for case in CASES:
        if args.small and case.big or args.case and not any(n in case.name for n in args.case):
            continue
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            case.make(folder)
            print(f"== {case.name}")
            for argv in command_lines(case, folder):
                outcome, seconds, peak, message = _isolated(argv)
                kind = outcome.split(":")[0]
                counts[kind] = counts.get(kind, 0) + 1
                worst_time = max(worst_time, (seconds, f"{case.name}: {argv[0]}"))
                worst_memory = max(worst_memory, (peak, f"{case.name}: {argv[0]}"))
                shown = " ".join(a if len(a) < 40 else a[:37] + "..." for a in argv)
                shown = shown.replace(str(folder), "DIR")
                print(f"  {outcome:<14} {seconds:6.2f} s {peak / 2**20:7.0f} MB  "
                      f"{ascii(shown)[:90]}\n      {ascii(message)[:120]}")
    total = sum(counts.values())
    print(f"\n{total} command lines: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    print(f"longest: {worst_time[0]:.1f} s ({worst_time[1]}); largest: "
          f"{worst_memory[0] / 2**20:.0f} MB ({worst_memory[1]})")
    return 1 if counts.get("defect") else 0


def _isolated(argv: list[str]):
    """run_line in a forked child, so that its children's peak memory is its own."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        result = run_line(argv)
        os.write(write, repr(result).encode("utf-8"))
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as handle:
        data = handle.read()
    os.waitpid(pid, 0)
    import ast

    return ast.literal_eval(data.decode("utf-8"))


if __name__ == "__main__":
    sys.exit(main())
