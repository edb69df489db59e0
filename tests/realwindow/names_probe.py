"""Run under a real X display (Xvfb and a window manager): open the bundled model (no
participants) as an analyst new to it would, add three participants by typing their
names in the Participants dock (张伟, 佐藤 花子, Ana Lima), rate a few edges as each,
and report, as JSON on stdout, whether the names and the Participants' Results line
beside its tabs show whole: each name's cell in the people table (its width and what its
text wants) and the results line (shown, whole, and the widths). Screenshots go to the
folder given as the first argument (``names-people.png``, ``names-results.png``).

Used by test_participant_names_screens.py; run by hand:
``DISPLAY=:99 .venv/bin/python tests/realwindow/names_probe.py /tmp/shots [LANGUAGE]``.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from probing import close_all, quiet, run_probe_script, screen_rect, settle_until, start_probe
from windtunnel.app.participants_rating import rate

NAMES = ("张伟", "佐藤 花子", "Ana Lima")
RATED = {("export-controls", "restricted-access"): ("+H", "+M", "-L"),
         ("restricted-access", "misuse-risk"): ("+VH", "+L", "+M")}


def add_named(window, panel, name: str) -> None:
    """Press Add and type ``name`` into the new row, then Enter, as a user does."""
    panel.add.click()
    settle_until(lambda: isinstance(QApplication.focusWidget(), QLineEdit), "the name editor")
    editor = QApplication.focusWidget()
    editor.selectAll()
    editor.insert(name)              # as an input method commits it (QTest types ASCII only)
    QTest.keyClick(editor, Qt.Key_Return)
    quiet(window)


def _cells(table, column: int) -> list[dict]:
    """Each row's cell of ``column``: its text, the column's width and what the text
    wants (the view's own measure of the cell)."""
    return [{"text": table.item(row, column).text(), "width": table.columnWidth(column),
             "wants": table.sizeHintForIndex(table.model().index(row, column)).width()}
            for row in range(table.rowCount())]


def main(folder: str, language: str = "") -> int:
    out, workspace, report = start_probe(folder, language)
    window = workspace.windows[0]
    panel = window.extensions["participants"]
    panel.dock.show()
    panel.dock.raise_()
    quiet(window)
    for name in NAMES:
        add_named(window, panel, name)
    model = window.document.model
    for key, terms in RATED.items():
        for who, term in zip(model.participants, terms):
            window.document.undo_stack.push(rate(model, who.id, key, term=term,
                                                 document=window.document))
    quiet(window)
    window.scene.select(edges=[next(iter(RATED))])
    quiet(window)
    report["labels"] = [p.label for p in model.participants]
    report["people"] = _cells(panel.people, 0)
    report["people_dock"] = screen_rect(panel.dock)
    report["sideways"] = panel.people.horizontalScrollBar().maximum()
    window.screen().grabWindow(0).save(str(out / "names-people.png"))
    panel.results_dock.show()
    panel.results_dock.raise_()
    results = panel.results
    settle_until(lambda: results.voices is not None, "the results per participant")
    quiet(window)
    heading = results.heading
    report["results"] = {"shown": heading.text(), "whole": heading.full_text,
                         "width": heading.width(), "wants": heading.text_width(),
                         "tabs_scroll": any(button.isVisible() for button in
                                            results.tabs.tabBar().findChildren(QToolButton)),
                         "dock": screen_rect(panel.results_dock)}
    window.screen().grabWindow(0).save(str(out / "names-results.png"))
    print(json.dumps(report, ensure_ascii=False))
    close_all(workspace)
    return 0


if __name__ == "__main__":
    run_probe_script(main)
