"""Render the analysis views on the bundled model to PNGs (offscreen), for the README and help.

Usage: ``python tests/app_analysis/make_screenshots.py OUT_FOLDER [--only NAME ...]``.
Writes ``analysis-<name>.png``: ``main`` (the window, scenario "Geofencing + loophole
closing", Misuse risk selected), ``matrix`` (the scenario matrix showing P(increase) after
a 1,000-sample Monte Carlo run), ``why`` (Why? on Misuse risk at month 12), ``structure``,
``sensitivity`` and ``workshop`` (F11 at 1680 x 1050). The docks are grabbed at the size
they have in a 1680 x 1050 window.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from windtunnel.app.document import Document  # noqa: E402
from windtunnel.app.main import make_application, start  # noqa: E402
from windtunnel.app.preferences import Preferences  # noqa: E402
from windtunnel.model import load  # noqa: E402
from windtunnel.paths import bundled_model  # noqa: E402

NAMES = ("main", "matrix", "why", "structure", "sensitivity", "workshop")


def _settle(analysis, rounds: int = 8) -> None:
    for _ in range(rounds):
        analysis.controller.wait()
        QApplication.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--only", nargs="*", choices=NAMES, default=list(NAMES))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    make_application()
    folder = Path(tempfile.mkdtemp())
    prefs = Preferences(QSettings(str(folder / "s.ini"), QSettings.IniFormat))
    workspace = start(None, preferences=prefs, recovery_root=folder / "recovery",
                      open_default=False)
    window = workspace.windows[0]
    window.set_document(Document(load(bundled_model())))
    analysis = window.extensions["analysis"]
    window.resize(1680, 1050)
    window.show()
    analysis.session.set_scenario("whack-a-mole")
    _settle(analysis)
    window.view.fit()
    window.scene.select(["misuse-risk"])
    _settle(analysis)
    panel = analysis.results_panel

    def save(name: str, widget) -> None:
        if name in args.only:
            _settle(analysis)
            widget.grab().save(str(out / f"analysis-{name}.png"))
            print(out / f"analysis-{name}.png")

    save("main", window)
    if "matrix" in args.only:
        analysis.controller.run_monte_carlo()
        _settle(analysis)
        panel.show_tab("matrix")
        panel.matrix.set_view("p_increase")
        save("matrix", analysis.results_dock)
    panel.show_tab("why")
    analysis.session.set_step(12)
    save("why", analysis.results_dock)
    analysis.session.set_step(analysis.session.steps)
    if "structure" in args.only:
        panel.show_tab("structure")
        save("structure", analysis.results_dock)
    if "sensitivity" in args.only:
        panel.show_tab("sensitivity")
        view = panel.tornado
        view.objective.setCurrentIndex(view.objective.findData("limit-misuse"))
        view.run()
        save("sensitivity", analysis.results_dock)
    if "workshop" in args.only:
        window.scene.select([])
        analysis.workshop.set_active(True)
        window.showNormal()          # offscreen, "full screen" is the small virtual screen
        window.resize(1680, 1050)
        _settle(analysis)
        window.view.fit()
        save("workshop", window)
        analysis.workshop.set_active(False)
    for win in list(workspace.windows):
        win.ask_save_changes = lambda: "discard"
        win.close()


if __name__ == "__main__":
    main()
