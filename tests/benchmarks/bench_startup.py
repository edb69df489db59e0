"""Start-up benchmark: launch to a painted main window on the bundled model, beside its floor.

Prints figures, never asserts them. Run from the project folder:

    .venv/bin/python tests/benchmarks/bench_startup.py              # frozen app and python -m
    .venv/bin/python tests/benchmarks/bench_startup.py --runs 10
    .venv/bin/python tests/benchmarks/bench_startup.py --imports  # where the time goes
    .venv/bin/python tests/benchmarks/bench_startup.py --budget   # imports alone vs the floor
    .venv/bin/python tests/benchmarks/bench_startup.py --instructions  # counted by callgrind

Target: the window with the bundled map painted within 1.5x the floor.

Offscreen, app and floors alike run on a 1366 x 768 screen (``laptop_screen.json``), the
laptop most users have, where the first window is maximised; the figures say so.

Beside the floor, each figure also prints a second one: the bare window paying for the
libraries no Windtunnel window can do without (``bare_window.py --libraries``: psygnal, the
Python types of Qt's enums, a line of text painted). On this project's machine that alone is
about 1.7x the bare window in instructions, more than the target, before the app runs a
line of its own; the app's ratio to it is the share its own code takes.

What is measured: each launch starts a fresh process with ``WINDTUNNEL_STARTUP_PROBE=1`` and
its own empty settings folder; the app prints the moment its main window has finished its
first paint and quits (windtunnel.app.startprobe), with the heavy libraries loaded by then
(none is the aim). The floor is a bare PySide6 QMainWindow of the same size painted the
same way (bare_window.py), launched in the same run, alternating with the app, so a busy
machine slows both: the ratio is the comparable figure. "wall" counts from just before the
launch; "CPU at paint" is the process's CPU time at the first paint (less sensitive to a
busy machine than wall time); "CPU to exit" (user + system of the launch) counts until the
process has exited, so it also counts what the window builds in the event-loop turns after
its paint (its docks' contents: windtunnel.app.extensions), which "complete window" times; offscreen is Qt's
headless platform; "X display" runs on a private Xvfb through the
xcb plugin, as on a Linux desktop. ``python -m windtunnel`` runs this checkout's package
(``desktop`` on ``PYTHONPATH``), not whichever the environment has installed.

Seconds vary with the machine's load; the instructions a launch runs do not. With
``--instructions`` each launch runs once under valgrind's callgrind, offscreen, and the
figures are its instruction counts: the app's to its first paint
(``WINDTUNNEL_STARTUP_PROBE=paint``) and to its complete window, beside the bare window's.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
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

TARGET_RATIO = 1.5
FLOOR = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
#: The same window paying for the libraries no Windtunnel window can do without (bare_window.py
#: says which): how much of the target is used before the app runs a line of its own.
LIBRARIES_FLOOR = [*FLOOR, "--libraries"]
APP = [sys.executable, "-m", "windtunnel"]
#: What ``python -m windtunnel`` adds to the user's environment: this checkout's package.
CHECKOUT = {"PYTHONPATH": str(ROOT / "desktop")}
#: The screen of every offscreen launch, the app's and the floors' alike: a 1366 x 768
#: laptop's, what most users see, rather than Qt's default offscreen screen of 800 x 600,
#: on which the window is a small one (narrower docks, the group legend painted at once).
SCREEN = Path(__file__).with_name("laptop_screen.json")
OFFSCREEN = {"QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}"}


def screen_size() -> str:
    """The offscreen screen's size as the figures print it ("1366 x 768")."""
    screen = json.loads(SCREEN.read_text())["screens"][0]
    return f"{screen['width']} x {screen['height']}"


def load() -> str:
    """The load average and core count, printed with every figure."""
    if not hasattr(os, "getloadavg"):
        return "load n/a"
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} CPUs"


def min_median(values: list[float]) -> str:
    return f"{min(values):.2f} / {statistics.median(values):.2f} s"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="launches per figure (default 5)")
    parser.add_argument("--imports", action="store_true",
                        help="also break python -m windtunnel's imports down by package")
    parser.add_argument("--budget", action="store_true",
                        help="only compare the CPU of importing what the app imports before "
                             "its first paint (no window) with the bare window's whole launch")
    parser.add_argument("--instructions", action="store_true",
                        help="only count the instructions of python -m windtunnel and of the "
                             "bare window under callgrind (one launch each, offscreen)")
    args = parser.parse_args(argv)
    if args.budget:
        print_import_budget(args.runs)
        return 0
    if args.instructions:
        print_instruction_counts()
        return 0
    frozen = smoke.executable_in(bundle.DIST / bundle.APP_NAME)
    commands = {"python -m windtunnel": (APP, CHECKOUT)}
    if frozen.exists():
        commands = {"frozen app": ([str(frozen)], {})} | commands
    else:
        print(f"no frozen app at {frozen} (build it with `python3 build/dev.py package`); "
              "measuring python -m windtunnel only")
    print(f"before: {load()}; offscreen screen {screen_size()} ({SCREEN.name})")
    print("what | where | min / median | floor (bare window) min / median | ratio of medians"
          " (min ratio) | target")
    with smoke.virtual_display() as display:
        displays = {"offscreen": None} | ({"X display (Xvfb)": display} if display else {})
        for name, (command, environment) in commands.items():
            for where, value in displays.items():
                app, floor, libraries = [], [], []
                screen = OFFSCREEN if value is None else {}
                for _ in range(args.runs):       # alternate, so load falls on all alike
                    floor += smoke.measure_startup(FLOOR, runs=1, display=value,
                                                   environment=screen)
                    libraries += smoke.measure_startup(LIBRARIES_FLOOR, runs=1, display=value,
                                                       environment=screen)
                    app += smoke.measure_startup(command, runs=1, display=value,
                                                 environment=environment | screen)
                app_s, floor_s = [s.wall for s in app], [s.wall for s in floor]
                ratio = statistics.median(app_s) / statistics.median(floor_s)
                verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
                print(f"{name} | {where} | {min_median(app_s)} | {min_median(floor_s)} | "
                      f"{ratio:.2f}x ({min(app_s) / min(floor_s):.2f}x) | "
                      f"{TARGET_RATIO}x {verdict}{_cpu_figures(app, floor)} | {load()}",
                      flush=True)
                with_libraries = [s.wall for s in libraries]
                print(f"  the bare window with the libraries alone: "
                      f"{min_median(with_libraries)} "
                      f"({statistics.median(with_libraries) / statistics.median(floor_s):.2f}x "
                      f"the bare window); the app is "
                      f"{statistics.median(app_s) / statistics.median(with_libraries):.2f}x "
                      f"that", flush=True)
    if args.imports:
        print_import_costs()
    return 0


def _cpu_figures(app: list, floor: list) -> str:
    """CPU seconds at the first paint and until exit, each beside the floor's, and the wall
    seconds until the window is complete (what it builds after its first paint)."""
    text = ""
    for label, field in (("CPU at paint", "cpu_at_paint"), ("CPU to exit", "cpu")):
        mine = [getattr(s, field) for s in app if getattr(s, field) is not None]
        bare = [getattr(s, field) for s in floor if getattr(s, field) is not None]
        if mine and bare:
            text += (f" | {label} median {statistics.median(mine):.2f} s vs "
                     f"{statistics.median(bare):.2f} s "
                     f"({statistics.median(mine) / statistics.median(bare):.2f}x)")
    complete = [s.complete for s in app if s.complete is not None]
    if complete:
        text += f" | complete window {min_median(complete)}"
    return text


#: What the app imports before its first paint, imported by a process that then exits:
#: no QApplication, no model, no window.
APP_IMPORTS = [sys.executable, "-c", "import windtunnel.app.startprobe, windtunnel.app.main, "
               "windtunnel.cli"]


def print_import_budget(runs: int) -> None:
    """How much of the target the app's imports alone use: the CPU of a process that only
    imports them, against the CPU of the bare window's whole launch (import, window, paint,
    exit), alternating in the same run. Over 1.5x means no window built after those imports
    can meet the target, however little it does."""
    if smoke.children_cpu() is None:
        print("no CPU times of child processes on this platform: no budget figure")
        return
    imports, floor = [], []
    for _ in range(runs):
        floor += [s.cpu for s in smoke.measure_startup(FLOOR, runs=1, environment=OFFSCREEN)]
        with tempfile.TemporaryDirectory(prefix="windtunnel-imports-") as home:
            env = smoke.app_environment(home=Path(home)) | CHECKOUT
            before = smoke.children_cpu()
            subprocess.run(APP_IMPORTS, env=env, check=True, timeout=120, cwd=home)
            imports.append(smoke.children_cpu() - before)
    ratio = statistics.median(imports) / statistics.median(floor)
    print(f"CPU of the app's pre-paint imports alone (no window): {min_median(imports)}; "
          f"the bare window's whole launch: {min_median(floor)}; ratio of medians "
          f"{ratio:.2f}x (target for the whole app: {TARGET_RATIO}x) | {load()}")


def print_instruction_counts() -> None:
    """Instructions (callgrind's count) of the bare window's launch, of the app's launch to
    its first paint and to its complete window, offscreen, and the ratios to the floor."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("no valgrind here: no instruction counts")
        return
    floor = _instructions(valgrind, FLOOR, probe="paint")     # each ends at its first paint
    libraries = _instructions(valgrind, LIBRARIES_FLOOR, probe="paint")
    paint = _instructions(valgrind, APP, CHECKOUT, probe="paint")
    complete = _instructions(valgrind, APP, CHECKOUT)
    verdict = "met" if paint <= TARGET_RATIO * floor else "NOT met"
    print(f"instructions (callgrind, offscreen, a {screen_size()} screen): python -m windtunnel "
          f"to its first paint "
          f"{paint:,} | floor (bare window) {floor:,} | ratio {paint / floor:.2f}x | "
          f"{TARGET_RATIO}x {verdict} | to its complete window {complete:,} "
          f"({complete / floor:.2f}x) | {load()}")
    print(f"  the bare window with the libraries alone (psygnal, Qt's enum types, a line of "
          f"text): {libraries:,} ({libraries / floor:.2f}x the bare window); the app to its "
          f"first paint is {paint / libraries:.2f}x that")


def _instructions(valgrind: str, command: list[str], environment: dict[str, str] | None = None,
                  *, probe: str = "1") -> int:
    """The instructions one launch of ``command`` runs under callgrind, until the start-up
    probe (``WINDTUNNEL_STARTUP_PROBE=probe``, windtunnel.app.startprobe) quits it."""
    with tempfile.TemporaryDirectory(prefix="windtunnel-instructions-") as home:
        env = (smoke.app_environment(home=Path(home)) | OFFSCREEN | (environment or {})
               | {"WINDTUNNEL_STARTUP_PROBE": probe})
        result = subprocess.run([valgrind, "--tool=callgrind",
                                 f"--callgrind-out-file={home}/callgrind.out", *command],
                                env=env, capture_output=True, text=True, timeout=1800, cwd=home)
    count = re.search(r"Collected : (\d+)", result.stderr)
    if result.returncode != 0 or count is None:
        raise RuntimeError(f"{' '.join(command)} under callgrind (exit {result.returncode}):\n"
                           f"{result.stdout}{result.stderr}")
    return int(count[1])


def print_import_costs(*, top: int = 12) -> None:
    """Seconds spent importing each top-level package before the first painted window."""
    with tempfile.TemporaryDirectory(prefix="windtunnel-imports-") as home:
        env = (smoke.app_environment(home=Path(home)) | CHECKOUT
               | {"WINDTUNNEL_STARTUP_PROBE": "1"})
        result = subprocess.run([sys.executable, "-X", "importtime", "-m", "windtunnel"],
                                env=env, capture_output=True, text=True, timeout=300, cwd=home)
    own: Counter[str] = Counter()
    for match in re.finditer(r"import time:\s+(\d+) \|\s+\d+ \|\s+([\w.]+)", result.stderr):
        own[match[2].split(".")[0]] += int(match[1]) / 1e6
    print(f"imports until the probe quits (the first paint, then what the same event-loop "
          f"pass starts, such as the Charts tab's chart): {sum(own.values()):.2f} s in all")
    for package, seconds in own.most_common(top):
        print(f"  {seconds:6.2f} s  {package}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
