"""Run under a real X display (Xvfb and a window manager): open the app on the bundled model
as a user would and report what the first view shows, as JSON on stdout: every node of the
fitted map and the map labels the view paints (their texts and the tooltips hovering them
shows), and what the Results dock's
tables show of their rows; a screenshot of the screen goes to the folder given as the first
argument.

Used by test_first_view_screens.py; run by hand:
``DISPLAY=:99 .venv/bin/python tests/realwindow/first_view_probe.py /tmp/shots``.
"""

from __future__ import annotations

import json

from probing import close_all, hovered_names, map_labels, quiet, run_probe_script, start_probe


def _whole_rows(table) -> int:
    """How many of ``table``'s rows show whole in its viewport (scrolled to the top)."""
    model, height = table.model(), table.viewport().height()
    return sum(1 for row in range(model.rowCount())
               if table.visualRect(model.index(row, 0)).bottom() < height)


#: The node whose change the Why? tab explains (an objective's node).
WHY_NODE = "misuse-risk"


def _tables(window, out) -> dict:
    """The Scorecard, the Scenario matrix and the Why? tabs (WHY_NODE selected), each in
    front in turn: its table's rows, how many show whole, a screenshot."""
    panel = window.extensions["analysis"].results_panel
    report = {}
    for name, table in (("scorecard", panel.scorecard.table), ("matrix", panel.matrix.table)):
        panel.show_tab(name)
        quiet(window)
        window.screen().grabWindow(0).save(str(out / f"{name}.png"))
        report[name] = {"rows": table.model().rowCount(), "whole": _whole_rows(table)}
    panel.show_tab("why")
    window.scene.select(nodes=[WHY_NODE])
    quiet(window)
    window.screen().grabWindow(0).save(str(out / "why.png"))
    tree = panel.why.tree
    height = tree.viewport().height()
    report["why"] = {"rows": tree.topLevelItemCount(), "whole": sum(
        1 for i in range(tree.topLevelItemCount())
        if tree.visualItemRect(tree.topLevelItem(i)).bottom() < height)}
    window.scene.select(nodes=[])
    panel.show_tab("charts")
    quiet(window)
    return report


def _small_dock(window, out) -> dict:
    """The Results dock floated and made 256 x 148 (as small as a user may drag it): the
    chart's plot height and whether the Charts tab scrolls; a screenshot."""
    panel = window.extensions["analysis"].results_panel
    dock = window.extensions["analysis"].results_dock
    dock.setFloating(True)
    quiet(window)
    dock.resize(256, 148)
    quiet(window)
    window.screen().grabWindow(0).save(str(out / "small-results.png"))
    page = panel.pages["charts"]
    plot = panel.chart.plot
    report = {"dock": list(dock.size().toTuple()),
              "plot": plot.viewport().visibleRegion().boundingRect().height(),
              "scrolls": page.verticalScrollBar().maximum()}
    dock.setFloating(False)
    quiet(window)
    return report


def main(folder: str, language: str = "") -> int:
    out, workspace, report = start_probe(folder, language)
    window = workspace.windows[0]
    window.screen().grabWindow(0).save(str(out / "first-view.png"))
    report["map"] = map_labels(window) | {"hovered": hovered_names(window)}
    report.update(_tables(window, out))
    analysis = window.extensions["analysis"]
    analysis.workshop.set_active(True)
    quiet(window)
    window.screen().grabWindow(0).save(str(out / "workshop.png"))
    report["workshop_map"] = map_labels(window) | {"hovered": hovered_names(window)}
    analysis.workshop.set_active(False)
    quiet(window)
    report["small_dock"] = _small_dock(window, out)
    print(json.dumps(report))
    close_all(workspace)
    return 0


if __name__ == "__main__":
    run_probe_script(main)
