"""Run under a real X display (Xvfb and a window manager): open the app on the bundled model
as a user would, enter workshop mode (F11) and unfold its levers (L) as a facilitator does
to move one in front of the room, and report what the room sees, as JSON on stdout: the
screen, the lever bar's and the map's rectangles, each lever row on the screen and its
name as shown, and the map's labels (:func:`probing.map_labels`); a screenshot goes to
the folder given as the first argument.

Used by test_workshop_screens.py; run by hand:
``DISPLAY=:99 .venv/bin/python tests/realwindow/workshop_probe.py /tmp/shots [LANGUAGE]``.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from probing import close_all, map_labels, quiet, run_probe_script, screen_rect, start_probe


def main(folder: str, language: str = "") -> int:
    out, workspace, report = start_probe(folder, language)
    window = workspace.windows[0]
    workshop = window.extensions["analysis"].workshop
    QTest.keyClick(window, Qt.Key_F11)
    quiet(window)
    if workshop.levers_folded:
        QTest.keyClick(window, Qt.Key_L)
        quiet(window)
    window.screen().grabWindow(0).save(str(out / "workshop-unfolded.png"))
    rows = workshop.levers.list.bound
    report.update(folded=workshop.levers_folded, bar=screen_rect(workshop.bar),
                  viewport=screen_rect(window.view.viewport()),
                  levers=len(workshop.levers.shown_ids),
                  rows={lever_id: {"rect": screen_rect(row), "shown": row.name.text(),
                                   "whole": row.name.full_text,
                                   "tooltip": row.toolTip()}
                        for lever_id, row in rows.items() if row.isVisible()},
                  **map_labels(window))
    print(json.dumps(report))
    close_all(workspace)
    return 0


if __name__ == "__main__":
    run_probe_script(main)
