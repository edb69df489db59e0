"""Start-up benchmark: seconds from launch to a painted main window on the bundled model.

Prints figures, never asserts them. Run from the project folder:

    .venv/bin/python tests/benchmarks/bench_startup.py              # frozen app and python -m
    .venv/bin/python tests/benchmarks/bench_startup.py --runs 10
    .venv/bin/python tests/benchmarks/bench_startup.py --imports  # where the time goes

Target: the frozen app shows its window with the bundled model within 2 s.

What is measured: each launch starts a fresh process with ``WINDTUNNEL_STARTUP_PROBE=1`` and
its own empty settings folder; the app prints the moment its main window has finished its
first paint and quits (windtunnel.app.startprobe). "wall" counts from just before the launch
(this script's clock); "process" counts from the moment the OS created the process, as the
app reports it (Linux and Windows). Offscreen is Qt's headless platform; "X display" runs on
a private Xvfb through the xcb plugin, as on a Linux desktop. The figures depend on the
machine's load (printed below): on a shared 2-core machine they vary by a second or more.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))

import bundle  # noqa: E402
import smoke  # noqa: E402

TARGET_S = 2.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="launches per figure (default 5)")
    parser.add_argument("--imports", action="store_true",
                        help="also break python -m windtunnel's imports down by package")
    args = parser.parse_args(argv)
    frozen = smoke.executable_in(bundle.DIST / bundle.APP_NAME)
    commands = {"python -m windtunnel": [sys.executable, "-m", "windtunnel"]}
    if frozen.exists():
        commands = {"frozen app": [str(frozen)]} | commands
    else:
        print(f"no frozen app at {frozen} (build it with `python3 build/dev.py package`); "
              "measuring python -m windtunnel only")
    if hasattr(os, "getloadavg"):
        print("load average before: " + " ".join(f"{x:.2f}" for x in os.getloadavg())
              + f" on {os.cpu_count()} CPUs")
    with smoke.virtual_display() as display:
        displays = {"offscreen": None} | ({"X display (Xvfb)": display} if display else {})
        for name, command in commands.items():
            for where, value in displays.items():
                samples = smoke.measure_startup(command, runs=args.runs, display=value)
                process = [s.process for s in samples if s.process is not None]
                extra = (f"; from process creation: median {statistics.median(process):.2f} s"
                         if process else "")
                verdict = "met" if statistics.median(s.wall for s in samples) <= TARGET_S \
                    else "NOT met"
                print(f"{name:22} {where:17} {smoke.summarise(samples)}{extra} "
                      f"[target {TARGET_S} s {verdict}]", flush=True)
    if args.imports:
        print_import_costs()
    return 0


def print_import_costs(*, top: int = 12) -> None:
    """Seconds spent importing each top-level package before the first painted window."""
    with tempfile.TemporaryDirectory(prefix="windtunnel-imports-") as home:
        env = smoke.app_environment(home=Path(home)) | {"WINDTUNNEL_STARTUP_PROBE": "1"}
        result = subprocess.run([sys.executable, "-X", "importtime", "-m", "windtunnel"],
                                env=env, capture_output=True, text=True, timeout=300, cwd=home)
    own: Counter[str] = Counter()
    for match in re.finditer(r"import time:\s+(\d+) \|\s+\d+ \|\s+([\w.]+)", result.stderr):
        own[match[2].split(".")[0]] += int(match[1]) / 1e6
    print(f"imports before the first painted window: {sum(own.values()):.2f} s in all")
    for package, seconds in own.most_common(top):
        print(f"  {seconds:6.2f} s  {package}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
