"""What the tests of the app as shipped share: the repository's root, the build helpers
(build/ put on the import path), the frozen app's place, the mark that skips a test when no
frozen app is built, and a fresh interpreter to run code in."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))

import build_app  # noqa: E402,F401  (the build helpers, for the tests to import from here)
import bundle  # noqa: E402
import icons  # noqa: E402,F401
import metadata  # noqa: E402,F401
import smoke  # noqa: E402

APP = bundle.DIST / bundle.APP_NAME
EXECUTABLE = smoke.executable_in(APP)
needs_build = pytest.mark.skipif(
    not EXECUTABLE.exists(),
    reason=f"no frozen app at {APP}; build it with `python3 build/dev.py package`")


def run_python(code: str, *, env: dict | None = None, timeout: float = 120):
    """Run ``code`` in a fresh interpreter of this environment (offscreen, clean XDG home)."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT,
                          env=(env or os.environ) | {"QT_QPA_PLATFORM": "offscreen"})
