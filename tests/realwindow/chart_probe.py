"""Run under a real X display (Xvfb and a window manager): open the app on the bundled model
as a user would, chart the eight nodes with the longest names (the most key a chart has)
after a Monte Carlo run (the longest note), and report how much of the Results dock the
trajectory plot shows, as JSON on stdout; a screenshot of the screen goes to the folder
given as the first argument.

Used by test_chart_screens.py; run by hand:
``DISPLAY=:99 QT_SCALE_FACTOR=2 .venv/bin/python tests/realwindow/chart_probe.py /tmp/shots ja``.
"""

from __future__ import annotations

import json

from probing import close_all, quiet, run_probe_script, settle_until, start_probe


def main(folder: str, language: str) -> int:
    out, workspace, report = start_probe(folder, language)
    window = workspace.windows[0]
    analysis = window.extensions["analysis"]
    controller = analysis.controller
    analysis.results_panel.show_tab("charts")
    longest = sorted(window.document.model.nodes, key=lambda node: -len(node.label))[:8]
    window.scene.select([node.id for node in longest])
    controller.run_monte_carlo(200)
    settle_until(lambda: controller.session.uncertainty() is not None, "the Monte Carlo run")
    quiet(window)
    window.screen().grabWindow(0).save(str(out / "chart.png"))
    panel, chart = analysis.results_panel, analysis.results_panel.chart
    page = panel.pages["charts"]
    report.update(
        plot=chart.plot.viewport().visibleRegion().boundingRect().height()
        if chart.plot.isVisible() else 0,
        dock=panel.height(), page=page.viewport().height(),
        scrolls=page.verticalScrollBar().maximum(), key_beside=chart.key.beside)
    print(json.dumps(report))
    close_all(workspace)
    return 0


if __name__ == "__main__":
    run_probe_script(main)
