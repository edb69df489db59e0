"""Run under a real X display (Xvfb and a window manager): open the five-voices model as a
user would, bring the Participants dock forward with an edge every participant rated, and
report, as JSON on stdout, each column of its two tables (the people, and the ratings of
the edge): its header, its width, the width its header and its contents want, and whether
the header shows whole; a screenshot of the whole screen goes to the folder given as the
first argument (``participants-people.png``, then ``participants-ratings.png`` with the
dock scrolled to the ratings).

Used by test_participants_tables.py; run by hand to look at it at another size or in a
language (en, zh-CN, zh-HK or ja): ``DISPLAY=:99 .venv/bin/python
tests/realwindow/tables_probe.py /tmp/shots [LANGUAGE]``.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QRect

from probing import close_all, quiet, run_probe_script, screen_rect, start_probe
from window_probe import PARTICIPANTS, RATED_EDGE


def _columns(table) -> list[dict]:
    """Each column of ``table``: header, width, what its header and contents want."""
    header = table.horizontalHeader()
    return [{"header": table.horizontalHeaderItem(c).text(),
             "width": header.sectionSize(c),
             "header_wants": header.sectionSizeHint(c),
             "contents_want": table.sizeHintForColumn(c),
             "letter": table.fontMetrics().averageCharWidth()}
            for c in range(table.columnCount())]


def _unscrolled(panel) -> dict:
    """What the dock shows before it is scrolled: the rows of people seen whole (their
    table's header too), whether Add and Anonymous are seen whole, each check box's text
    whole, and whether the bar at the dock's foot says there is more below."""
    area = panel.dock.widget()
    area.verticalScrollBar().setValue(0)
    seen = area.viewport().rect()
    people = panel.people

    def shown(widget) -> bool:
        top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
        return seen.contains(QRect(top_left, widget.size()))

    rows = 0
    for row in range(people.rowCount()):
        cell = people.visualRect(people.model().index(row, 0))
        top_left = people.viewport().mapTo(area.viewport(), cell.topLeft())
        rows += seen.contains(QRect(top_left, cell.size())) and \
            people.viewport().rect().contains(cell)
    return {"rows": rows, "header": shown(people.horizontalHeader()), "add": shown(panel.add),
            "anonymous": shown(panel.anonymous),
            "more_below": panel.more_below.isVisible() and area.verticalScrollBar().maximum() > 0,
            "boxes": {box.text(): box.width() >= box.sizeHint().width()
                      for box in (panel.anonymous, panel.show_lens)}}


def main(folder: str, language: str = "") -> int:
    out, workspace, report = start_probe(folder, language, model=PARTICIPANTS)
    window = workspace.windows[0]
    panel = window.extensions["participants"]
    panel.dock.raise_()
    quiet(window)
    window.scene.select(edges=[RATED_EDGE])
    quiet(window)
    tables = {"people": panel.people, "ratings": panel.ratings}
    report["tables"] = {name: {"rect": screen_rect(table), "viewport": table.viewport().width(),
                               "sideways": table.horizontalScrollBar().maximum(),
                               "columns": _columns(table)}
                        for name, table in tables.items()}
    report["dock"] = screen_rect(panel.dock)
    report["unscrolled"] = _unscrolled(panel)
    window.screen().grabWindow(0).save(str(out / "participants-people.png"))
    panel.dock.widget().ensureWidgetVisible(panel.ratings)     # scrolled to, as a user does
    quiet(window)
    report["tables"]["ratings"]["rect"] = screen_rect(panel.ratings)
    window.screen().grabWindow(0).save(str(out / "participants-ratings.png"))
    print(json.dumps(report))
    close_all(workspace)
    return 0


if __name__ == "__main__":
    run_probe_script(main)
