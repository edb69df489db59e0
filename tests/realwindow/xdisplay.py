"""Run a probe script in a real window: Xvfb with a window manager (openbox) at a screen
size, the probe as a child process on that display; return the JSON it prints last."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def need(program: str) -> str:
    """The path of ``program``: CI must have it (.ci/run installs it); elsewhere skip."""
    found = shutil.which(program)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{program} is missing: .ci/run installs it")
        pytest.skip(f"{program} is not installed (apt-get install xvfb openbox)")
    return found


def screenshots_folder(tmp_path_factory, name: str) -> Path:
    """Where a test's screenshots go: the folder named by WINDTUNNEL_SCREENSHOTS, for a
    person to look at, else a new temporary folder called ``name``."""
    return Path(os.environ.get("WINDTUNNEL_SCREENSHOTS") or tmp_path_factory.mktemp(name))


def run_probe(probe: Path, size: str, scale: int, out: Path, *extra: str) -> dict:
    """Start Xvfb at ``size`` (e.g. "1366x768") and openbox, run ``probe`` with ``out`` (and
    ``extra``) as its arguments at Qt scale ``scale``; the probe's last line of output, as
    JSON."""
    xvfb, openbox = need("Xvfb"), need("openbox")
    # -displayfd: Xvfb picks a free display and writes its number, so runs never collide
    server = subprocess.Popen([xvfb, "-displayfd", "1", "-screen", "0", f"{size}x24",
                               "-nolisten", "tcp"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        number = server.stdout.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=str(scale))
        manager = subprocess.Popen([openbox], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            done = subprocess.run([sys.executable, str(probe), str(out), *extra], env=env,
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr[-3000:]
            return json.loads(done.stdout.strip().splitlines()[-1])
        finally:
            manager.terminate()
            manager.wait(10)
    finally:
        server.terminate()
        server.wait(10)
