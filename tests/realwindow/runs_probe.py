"""Run under a real X display (Xvfb and a window manager): use the app as an analyst does
after the first look, then report what a person would see, as JSON on stdout.

On the bundled model: a long message in the status bar (where its text ends and where the
counts beside it begin); a Monte Carlo run (the Charts tab's note and the time axis's
title after it); the workshop bar (each lever name's box and the lines its name takes
there and its widest line); an exploration run from the Explore tab (the map's
height before and after); the Why? tab's heading. On the bundled model of participants:
the Participants dock's table of people (its columns and the widths their headers want,
whether it scrolls sideways, the names as shown with their tooltips). A screenshot of each goes to the folder given as the
first argument.

Used by test_runs_screens.py; run by hand at another size or in a language
(en, zh-CN, zh-HK or ja): ``DISPLAY=:99 .venv/bin/python tests/realwindow/runs_probe.py
/tmp/shots [LANGUAGE]``.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QFontMetricsF

from probing import close_all, quiet, run_probe_script, screen_rect, settle_until, start_probe
from window_probe import PARTICIPANTS, _panels

#: A status message longer than a projector's status bar has room for.
LONG_MESSAGE = ("Monte Carlo done: 1,000 samples, seed 20260625; the spread of every "
                "objective is shaded on the Charts tab and counted in the scorecard")


def _status(window, screen, out: Path) -> dict:
    """A long message in the status bar: what it shows, where, and where the counts are."""
    bar = window.statusBar()
    bar.showMessage(LONG_MESSAGE)
    quiet(window)
    screen.grabWindow(0).save(str(out / "status.png"))
    shown = getattr(window, "status_message", None)
    report = {"counts": screen_rect(window.counts), "bar": screen_rect(bar),
              "message": screen_rect(shown) if shown is not None else None,
              "shown": shown.text() if shown is not None else None,
              "tooltip": shown.toolTip() if shown is not None else None}
    bar.clearMessage()
    return report


def _monte_carlo(window, analysis, screen, out: Path) -> dict:
    """Run Monte Carlo (200 samples) with the Charts tab in front: the panels' report."""
    controller = analysis.controller
    analysis.results_panel.show_tab("charts")
    controller.run_monte_carlo(200)
    settle_until(lambda: controller.session.uncertainty() is not None, "the Monte Carlo run")
    quiet(window)
    screen.grabWindow(0).save(str(out / "monte-carlo.png"))
    chart = analysis.results_panel.chart
    report = _panels(window, analysis)
    report["note"] = chart.note.text()
    return report


def _workshop(window, analysis, screen, out: Path) -> dict:
    """The workshop bar's lever names: each box's width and its widest line's."""
    analysis.workshop.set_active(True)
    analysis.workshop.set_levers_folded(False)      # folded on a short screen
    quiet(window)
    screen.grabWindow(0).save(str(out / "workshop-levers.png"))
    names = {}
    for lever_id, row in analysis.workshop.levers.list.bound.items():
        metrics = QFontMetricsF(row.name.font())
        names[lever_id] = {"name": row.name.full_text, "width": row.name.width(),
                           "widest": max(metrics.horizontalAdvance(line)
                                         for line in row.name.text().split("\n"))}
    analysis.workshop.set_active(False)
    quiet(window)
    return names


def _explore(window, analysis, screen, out: Path) -> dict:
    """Run a small exploration from the Explore tab: the map's height before and after."""
    analysis.explore_dock.raise_()
    quiet(window)
    view = analysis.explore_view
    quiet(window)
    before = window.view.viewport().height()
    view.futures.setValue(20)
    view.policies.setValue(2)
    view.sobol_base.setValue(view.sobol_base.minimum())
    view.run_button.click()
    started = window.view.viewport().height()
    settle_until(lambda: view.result is not None, "the exploration")
    quiet(window)
    screen.grabWindow(0).save(str(out / "explore-run.png"))
    area = analysis.explore_dock.widget()
    return {"map_before": before, "map_started": started, "map_after": window.view.viewport().height(),
            "dock": analysis.explore_dock.height(), "window": window.height(),
            "scrolls": area.verticalScrollBar().maximum()}


def _why(window, analysis, screen, out: Path) -> dict:
    """The Why? tab on the first objective's node: its heading as rich text."""
    panel = analysis.results_panel
    panel.show_tab("why")
    window.scene.select(nodes=[analysis.controller.model.objectives[0].node])
    panel.why.ask()
    settle_until(lambda: panel.why.breakdown is not None, "the explanation")
    quiet(window)
    screen.grabWindow(0).save(str(out / "why.png"))
    return {"heading": panel.why.heading.text()}


def _people(window, screen, out: Path) -> dict:
    """The Participants dock's table of people on the bundled model of participants."""
    from windtunnel.app.document import Document
    from windtunnel.model import load
    from windtunnel.paths import bundled_model

    window.set_document(Document(load(bundled_model(PARTICIPANTS))))
    participants = window.extensions["participants"]
    participants.dock.raise_()
    quiet(window)
    table = participants.people
    area = participants.dock.widget()
    if hasattr(area, "ensureWidgetVisible"):
        area.ensureWidgetVisible(table)
    quiet(window)
    screen.grabWindow(0).save(str(out / "people.png"))
    header = table.horizontalHeader()
    names = [{"text": table.item(r, 0).text(), "tooltip": table.item(r, 0).toolTip(),
              "needed": table.fontMetrics().horizontalAdvance(table.item(r, 0).text())}
             for r in range(table.rowCount())]
    return {"sideways": table.horizontalScrollBar().maximum(),
            "viewport": table.viewport().width(),
            "columns": [header.sectionSize(c) for c in range(table.columnCount())],
            "headers": [header.sectionSizeHint(c) for c in range(table.columnCount())],
            "names": names}


def main(folder: str, language: str = "") -> int:
    out, workspace, report = start_probe(folder, language)
    window = workspace.windows[0]
    analysis = window.extensions["analysis"]
    screen = window.screen()
    report.update(status=_status(window, screen, out),
                  monte_carlo=_monte_carlo(window, analysis, screen, out),
                  workshop=_workshop(window, analysis, screen, out),
                  why=_why(window, analysis, screen, out),
                  explore=_explore(window, analysis, screen, out),
                  people=_people(window, screen, out))
    print(json.dumps(report))
    close_all(workspace)
    return 0


if __name__ == "__main__":
    run_probe_script(main)
