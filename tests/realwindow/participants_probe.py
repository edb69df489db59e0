"""Run under a real X display (Xvfb and a window manager): open the five-voices model as a
user would, show the results per participant and the ratings heat map, and report what a
person would see, as JSON on stdout; screenshots of the whole screen go to the folder given
as the first argument (``participants-chart.png``, ``participants-scorecard.png``,
``participants-heatmap.png``).

Used by test_participants_screens.py; run by hand to look at it at another size or in a
language (en, zh-CN, zh-HK or ja): ``DISPLAY=:99 .venv/bin/python
tests/realwindow/participants_probe.py /tmp/shots [LANGUAGE]``.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from probing import close_all, quiet, run_probe_script, screen_rect, settle_until, start_probe
from window_probe import PARTICIPANTS


def main(folder: str, language: str = "") -> int:
    out, workspace, report = start_probe(folder, language, model=PARTICIPANTS)
    window = workspace.windows[0]
    panel = window.extensions["participants"]
    results = panel.results
    quiet(window)
    panel.results_dock.raise_()
    window.scene.select(nodes=["misuse-risk"])
    settle_until(lambda: results.voices is not None, "the results per participant")
    quiet(window)
    screen = window.screen()
    report["views"] = {}
    for index, name in enumerate(("chart", "scorecard", "heatmap")):
        results.tabs.setCurrentIndex(index)
        quiet(window)
        shown = {"dock": screen_rect(panel.results_dock), "tabs": screen_rect(results.tabs)}
        if name == "chart":
            shown.update(plot=screen_rect(results.plot), says=results.says.text(),
                         node=results.node.currentData())
        elif name == "scorecard":
            card = results.scorecard
            shown.update(table=screen_rect(card), rows=card.rowCount(),
                         row_height=card.rowHeight(0) if card.rowCount() else 0)
        else:
            view = results.heat_map.view
            model = results.heat_map.table_model
            visible_columns = [c for c in range(model.columnCount())
                               if view.columnViewportPosition(c) >= 0 and
                               view.columnViewportPosition(c) + view.columnWidth(c)
                               <= view.viewport().width()]
            shown.update(table=screen_rect(view), columns=model.columnCount(),
                         visible_columns=len(visible_columns),
                         visible_rows=view.viewport().height() // max(1, view.rowHeight(0)),
                         row_header=view.verticalHeader().width())
        report["views"][name] = shown
        screen.grabWindow(0).save(str(out / f"participants-{name}.png"))
    # the dock dragged taller, as a user does to read the chart (the README's picture)
    results.tabs.setCurrentIndex(0)
    window.resizeDocks([panel.results_dock], [330], Qt.Vertical)
    quiet(window)
    report["views"]["chart-tall"] = {"plot": screen_rect(results.plot)}
    screen.grabWindow(0).save(str(out / "participants-chart-tall.png"))
    print(json.dumps(report))
    close_all(workspace)
    return 0


if __name__ == "__main__":
    run_probe_script(main)
