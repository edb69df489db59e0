"""The Why? panel in a window: prints figures (never asserts them). From the project folder:

    .venv/bin/python tests/benchmarks/bench_why_panel.py

Offscreen, in the app's own window: the time from selecting a node until the Why? panel
shows its breakdown (the first node of a scenario computes the levers' Shapley values;
another node, or another step, reuses them), and the longest the window's event loop was
held up meanwhile (a 5 ms timer measures the gaps between its ticks): the work runs on a
worker, so the window should keep answering. On the bundled model and on the 300-node
workshop map with 10 levers. The machine is shared: read the figures with the load average.

Floor, measured in the same run beside each figure: ``breakdown()`` of the same node called
directly, with no window, which always computes the levers' shares; the ratio is the
panel's time over it: for the first node of a scenario, what the window adds (the worker
hand-over, the panel's layout and paint); for the next nodes, which reuse the shares, a
ratio below 1 is what that reuse saves.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_breakdown import with_levers  # noqa: E402
from engine_models import synthetic_model  # noqa: E402
from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from windtunnel.app.document import Document  # noqa: E402
from windtunnel.app.main import make_application, start  # noqa: E402
from windtunnel.app.preferences import Preferences  # noqa: E402
from windtunnel.engine import breakdown  # noqa: E402
from windtunnel.model import load  # noqa: E402
from windtunnel.paths import bundled_model  # noqa: E402


class Stalls:
    """The longest gap between the ticks of a 5 ms timer while it runs."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()


def until(condition, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition() and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.001)


def direct(model, scenario: str, node: str) -> float:
    """Seconds for ``breakdown()`` of ``node`` under ``scenario`` with no window: the floor."""
    started = time.perf_counter()
    breakdown(model, scenario, node)
    return time.perf_counter() - started


def measure(window, analysis, scenario: str, nodes: list[str]) -> None:
    why = analysis.results_panel.why
    analysis.results_panel.show_tab("why")
    analysis.session.set_scenario(scenario)
    until(lambda: analysis.controller.idle)
    stalls = Stalls()
    for node in nodes:
        stalls.start()
        started = time.perf_counter()
        window.scene.select([node])
        until(lambda: why.breakdown is not None and why.breakdown.node == node
              and why.breakdown.scenario_id == scenario)
        shown = time.perf_counter() - started
        stalls.timer.stop()
        floor = direct(window.document.model, scenario, node)
        print(f"  {scenario:22s} {node:22s} shown after {shown * 1000:7.0f} ms "
              f"(floor {floor * 1000:6.0f} ms, {shown / floor:4.1f}x); window held up "
              f"at most {stalls.longest * 1000:5.0f} ms")


def main() -> None:
    print(f"load average {os.getloadavg()}")
    make_application()
    folder = Path(tempfile.mkdtemp())
    prefs = Preferences(QSettings(str(folder / "s.ini"), QSettings.IniFormat))
    workspace = start(None, preferences=prefs, recovery_root=folder / "recovery",
                      open_default=False)
    window = workspace.windows[0]
    window.resize(1366, 768)
    window.show()
    model = load(bundled_model())
    window.set_document(Document(model))
    analysis = window.extensions["analysis"]
    print("bundled model (the first node of a scenario computes the lever shares):")
    measure(window, analysis, "whack-a-mole", ["misuse-risk", "friction", "fragmentation"])
    measure(window, analysis, "status-quo", ["misuse-risk", "friction"])
    workshop = with_levers(synthetic_model(300, 1500, levers=12), 10)
    window.set_document(Document(workshop))
    analysis = window.extensions["analysis"]
    until(lambda: analysis.controller.idle)
    print("300 nodes / 1,500 edges / 60 steps, 10 levers (1,024 coalitions):")
    measure(window, analysis, "levers10", [workshop.objectives[0].node, "n150"])
    analysis.controller.cancel_all()
    analysis.controller.wait()
    print(f"load average {os.getloadavg()}")
    for win in list(workspace.windows):
        win.ask_save_changes = lambda: "discard"
        win.close()


if __name__ == "__main__":
    main()
