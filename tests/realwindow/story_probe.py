"""Run under a real X display (Xvfb and a window manager): open the app on the bundled model
as a user would, tell each scenario's story (View > Tell the Story) and turn its chapters,
reporting, as JSON on stdout, for each chapter the nodes it shows (those not faded whose
centres the map shows), the map's labels (:func:`probing.map_labels`) and what hovering
each label shows; a screenshot of each scenario's last chapter goes to the folder given as
the first argument.

Used by test_story_screens.py; run by hand:
``DISPLAY=:99 .venv/bin/python tests/realwindow/story_probe.py /tmp/shots [LANGUAGE]``.
"""

from __future__ import annotations

import json

from probing import close_all, hovered_names, map_labels, quiet, run_probe_script, start_probe


def main(folder: str, language: str = "") -> int:
    out, workspace, report = start_probe(folder, language)
    window = workspace.windows[0]
    analysis = window.extensions["analysis"]
    story, view = analysis.story, window.view
    story.set_active(True)
    chapters = []
    for scenario in window.document.model.scenarios:
        analysis.session.set_scenario(scenario.id)
        quiet(window)
        for index in range(len(story.chapters)):
            story.turn(index - story.index)
            quiet(window)
            area = view.viewport().rect()
            shown = [node_id for node_id, item in window.scene.node_items.items()
                     if item.opacity() == 1.0
                     and area.contains(view.mapFromScene(item.scenePos()))]
            chapters.append({"scenario": scenario.id, "chapter": index, "shown": shown,
                             **map_labels(window), "hovered": hovered_names(window)})
        window.screen().grabWindow(0).save(str(out / f"story-{scenario.id}.png"))
    report["chapters"] = chapters
    story.set_active(False)
    print(json.dumps(report))
    close_all(workspace)
    return 0


if __name__ == "__main__":
    run_probe_script(main)
