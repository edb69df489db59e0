"""The window paints first; charts, the engine and the libraries they need come after.

Start-up time is mostly imports: pyqtgraph, scipy, pandas, networkx and openpyxl cost about
1.5 s together on a laptop, and none of them is needed to show the map. These tests hold
the order: the app as users start it (``python -m windtunnel``, offscreen) has loaded none
of them at its first paint, and in a window the first run and the charts arrive after the
paint, by themselves.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from windtunnel.app.analysis.controller import refreshes_pending
from windtunnel.app.document import Document
from windtunnel.app.startprobe import HEAVY_MODULES
from windtunnel.model import load
from windtunnel.paths import bundled_model
from windtunnel.session.analysis import OPENING_CHANGE

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))

import smoke  # noqa: E402


def test_no_heavy_library_is_imported_before_the_first_paint(tmp_path):
    env = smoke.app_environment(home=tmp_path) | {"WINDTUNNEL_STARTUP_PROBE": "1"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)    # this checkout's package
    result = subprocess.run([sys.executable, "-m", "windtunnel"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "windtunnel-startup:" in result.stdout, result.stdout + result.stderr
    assert "AI export controls" in result.stdout        # the bundled model's window
    line = next(l for l in result.stdout.splitlines()
                if l.startswith("windtunnel-startup-modules:"))
    assert line == "windtunnel-startup-modules: none", (
        f"imported before the first paint (of {', '.join(HEAVY_MODULES)}): {line}")


def test_the_first_run_and_the_charts_follow_the_first_paint(workspace, qtbot):
    window = workspace.open_window(Document(load(bundled_model())))
    analysis = window.extensions["analysis"]
    panel, session = analysis.results_panel, analysis.session
    assert not window.painted
    assert session.results is None and not analysis.controller.idle    # waits for the paint
    assert not panel._chart.is_built                                     # so does the chart
    qtbot.waitUntil(lambda: window.painted, timeout=10_000)
    qtbot.waitUntil(lambda: analysis.controller.idle and session.results is not None,
                    timeout=20_000)
    qtbot.waitUntil(lambda: panel._chart.is_built, timeout=10_000)  # the tab shown at start
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=10_000)
    # the model opens on its first scenario that changes anything, as before
    moving = next(r for r in session.results.scenarios
                  if abs(r.change).max() >= OPENING_CHANGE)
    assert session.scenario_id == moving.scenario_id
    assert panel.chart.series                                         # it draws the run
    # a chart on a tab not shown yet waits for its tab, or for code that asks for it
    assert not panel.structure._dominance.is_built
    assert panel.structure.dominance is panel.structure._dominance.view
    window.ask_save_changes = lambda: "discard"
