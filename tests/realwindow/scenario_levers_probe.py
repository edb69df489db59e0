"""Run under a real X display (Xvfb and a window manager): open the app on the bundled model
as a user would and show each scenario in turn (as the Scenarios list's arrow keys or
PageDown in workshop mode do), reporting, as JSON on stdout, for each the map's labels
(:func:`probing.map_labels`, and each label's box) and the levers the scenario sets;
screenshots of the first view and of each scenario go to the folder given as the first
argument.

Used by test_scenario_lever_screens.py; run by hand:
``DISPLAY=:99 .venv/bin/python tests/realwindow/scenario_levers_probe.py /tmp/shots [LANGUAGE]``.
"""

from __future__ import annotations

import json

from probing import close_all, map_labels, quiet, run_probe_script, start_probe


def main(folder: str, language: str = "") -> int:
    out, workspace, report = start_probe(folder, language)
    window = workspace.windows[0]
    session = window.extensions["analysis"].session
    model = window.document.model
    window.screen().grabWindow(0).save(str(out / "first-view.png"))
    shown = []
    first = session.scenario_id
    for scenario in [model.scenario(first)] + [s for s in model.scenarios if s.id != first]:
        session.set_scenario(scenario.id)
        quiet(window)
        window.screen().grabWindow(0).save(str(out / f"scenario-{scenario.id}.png"))
        shown.append({"scenario": scenario.id,
                      "levers": [i.node for i in scenario.interventions],
                      "boxes": {label.node_id: label.box.getRect()
                                for label in window.view.map_labels.placed},
                      **map_labels(window)})
    report["shown"] = shown
    print(json.dumps(report))
    close_all(workspace)
    return 0


if __name__ == "__main__":
    run_probe_script(main)
