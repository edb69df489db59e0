"""Run a built Windtunnel without network, on a virtual display, and time its start-up.

Shared by build_app.py (after every build), tests/shipped.py and
tests/benchmarks/bench_startup.py. Standard library only.

Offline means two independent fences: the command runs in a fresh network namespace that has
no interfaces (``unshare --net``; as a normal user ``unshare --map-root-user --net``) where
the system allows it, and the app's ``--offline`` self-test refuses and reports any socket
Python code tries to open (an audit hook), which also works where namespaces do not.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["offline_prefix", "app_environment", "virtual_display", "run_self_test",
           "run_command_line", "StartupSample", "measure_startup", "summarise",
           "executable_in", "bundled_models_in", "app_version", "children_cpu"]

_PROBE_LINE = re.compile(r"windtunnel-startup: (?P<age>[\d.]+|n/a) s .*at epoch (?P<epoch>[\d.]+)"
                         r"(?:; cpu (?P<cpu>[\d.]+) s)?")
_COMPLETE_LINE = re.compile(r"windtunnel-startup-complete: .*at epoch (?P<epoch>[\d.]+)")


def executable_in(folder: Path) -> Path:
    """The app's console executable inside a one-folder build."""
    return folder / ("windtunnel.exe" if sys.platform == "win32" else "windtunnel")


def bundled_models_in(folder: Path) -> list[Path]:
    """The model files a one-folder build carries."""
    return sorted(folder.rglob("windtunnel/scenarios/*.wtm"))


def app_version(executable: Path) -> str:
    """The version the built app reports (``windtunnel --version``), or "unknown"."""
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        result = subprocess.run([str(executable), "--version"], capture_output=True, text=True,
                                env=app_environment(), timeout=120)
        if result.returncode == 0 and result.stdout.startswith("windtunnel "):
            return result.stdout.split()[1]
    return "unknown"


def offline_prefix() -> tuple[list[str], str]:
    """A command prefix that runs a program with no network, and how it does so."""
    if sys.platform.startswith("linux") and shutil.which("unshare"):
        for prefix in (["unshare", "--net"], ["unshare", "--map-root-user", "--net"]):
            with contextlib.suppress(OSError, subprocess.TimeoutExpired):
                if subprocess.run([*prefix, "true"], capture_output=True,
                                  timeout=20).returncode == 0:
                    return prefix, f"network namespace without interfaces ({' '.join(prefix)})"
    return [], "sockets refused inside the app only (no usable `unshare --net` here)"


def app_environment(display: str | None = None, *, home: Path | None = None) -> dict[str, str]:
    """The environment a user's shell would give the app: no Python or venv variables.

    Without ``display`` the app runs offscreen (a headless machine); with it, on that X
    display through the xcb platform plugin, as on a Linux desktop. ``home`` replaces the
    XDG folders, so that settings and recovery files of one launch never reach the next.
    """
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "WINDTUNNEL_"))
           and key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    if home is not None:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(home / name.lower())
    if display:
        env["DISPLAY"] = display
    elif sys.platform.startswith("linux"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@contextlib.contextmanager
def virtual_display():
    """Yield an X display name served by a private Xvfb, or None when Xvfb is not installed."""
    xvfb = shutil.which("Xvfb")
    if not xvfb:
        yield None
        return
    with tempfile.TemporaryFile() as ready:
        # -displayfd: Xvfb picks a free display number and writes it once it accepts clients.
        server = subprocess.Popen([xvfb, "-displayfd", str(ready.fileno()), "-screen", "0",
                                   "1920x1080x24", "-nolisten", "tcp"],
                                  pass_fds=(ready.fileno(),), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            number = b""
            deadline = time.monotonic() + 20
            while not number.endswith(b"\n") and time.monotonic() < deadline:
                time.sleep(0.05)
                ready.seek(0)
                number = ready.read()
            yield f":{int(number)}" if number.strip() else None
        finally:
            server.terminate()
            server.wait(timeout=20)


def run_self_test(executable: Path, *, display: str | None = None,
                  timeout: float = 300) -> tuple[subprocess.CompletedProcess, str]:
    """Run ``executable --self-test --offline`` without network; return the run and how."""
    prefix, how = offline_prefix()
    result = subprocess.run([*prefix, str(executable), "--self-test", "--offline"],
                            env=app_environment(display), capture_output=True, text=True,
                            timeout=timeout, cwd=tempfile.gettempdir())
    return result, how


def run_command_line(executable: Path, *, timeout: float = 300) -> list[tuple[str, bool, str]]:
    """The headless commands on the bundled model, offline: (command, passed, output) each.

    ``--version``, ``check`` and ``run`` with Monte Carlo writing the results workbook: the
    command line of the frozen app must work without Qt ever starting.
    """
    prefix, _ = offline_prefix()
    model = bundled_models_in(executable.parent)[0]
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="windtunnel-cli-") as folder:
        workbook = Path(folder) / "results.xlsx"
        for arguments, proof in ((["--version"], lambda out: out.startswith("windtunnel ")),
                                 (["check", str(model)], lambda out: "valid" in out),
                                 (["run", str(model), "--samples", "50", "--out", str(workbook)],
                                  lambda out: workbook.is_file()
                                  and workbook.read_bytes()[:2] == b"PK")):
            result = subprocess.run([*prefix, str(executable), *arguments],
                                    env=app_environment(home=Path(folder)), capture_output=True,
                                    text=True, timeout=timeout, cwd=folder)
            output = result.stdout + result.stderr
            command = " ".join(["windtunnel", arguments[0]])
            outcomes.append((command, result.returncode == 0 and proof(result.stdout), output))
    return outcomes


@dataclass(frozen=True)
class StartupSample:
    """One launch: seconds until the first painted main window, measured two ways."""

    wall: float            # from just before the launch, by this process's clock
    process: float | None  # from process creation, as the app's probe reports it
    cpu: float | None      # user + system CPU seconds of the launch (not inflated by load)
    cpu_at_paint: float | None = None  # CPU seconds of the launch at its first paint
    complete: float | None = None      # wall seconds until what waits for the paint is built


def measure_startup(command: list[str], *, runs: int = 5, display: str | None = None,
                    timeout: float = 120,
                    environment: dict[str, str] | None = None) -> list[StartupSample]:
    """Launch ``command`` ``runs`` times with the start-up probe on; one sample per launch.
    ``environment`` adds variables to the user's (``PYTHONPATH`` naming a checkout's package
    for ``python -m windtunnel``)."""
    samples = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="windtunnel-startup-") as home:
            env = (app_environment(display, home=Path(home)) | (environment or {})
                   | {"WINDTUNNEL_STARTUP_PROBE": "1"})
            before = children_cpu()
            started = time.time()
            result = subprocess.run(command, env=env, capture_output=True, text=True,
                                    timeout=timeout, cwd=home)
            after = children_cpu()
        match = _PROBE_LINE.search(result.stdout)
        if result.returncode != 0 or match is None:
            raise RuntimeError(f"{' '.join(command)} did not report its start-up "
                               f"(exit {result.returncode}):\n{result.stdout}{result.stderr}")
        age, complete = match["age"], _COMPLETE_LINE.search(result.stdout)
        samples.append(StartupSample(
            float(match["epoch"]) - started, None if age == "n/a" else float(age),
            None if before is None else after - before,
            None if match["cpu"] is None else float(match["cpu"]),
            None if complete is None else float(complete["epoch"]) - started))
    return samples


def children_cpu() -> float | None:
    """CPU seconds used so far by this process's finished children (None on Windows)."""
    try:
        import resource
    except ImportError:
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def summarise(samples: list[StartupSample]) -> str:
    """"median 1.23 s (best 1.10, worst 1.40) over 5 launches; CPU median 1.05 s"."""
    walls = [s.wall for s in samples]
    cpus = [s.cpu for s in samples if s.cpu is not None]
    cpu = f"; CPU median {statistics.median(cpus):.2f} s" if cpus else ""
    return (f"median {statistics.median(walls):.2f} s (best {min(walls):.2f}, worst "
            f"{max(walls):.2f}) over {len(walls)} launches{cpu}")
