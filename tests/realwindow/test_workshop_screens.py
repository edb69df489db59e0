"""Workshop mode with its levers unfolded, as a facilitator unfolds them (L) to move one in
front of the room, on the projector and the laptop in every language (workshop_probe.py
in a child process on its own X display): the lever bar takes at most a quarter of the
screen and shows every lever whole or cut with its whole name on hover, and the map
above it still names every node, most of them whole. Beside the scenario's name the
three rows of levers took 244 to 303 of the 768 pixels and left the map 300 to 374: in
Japanese it cut 31 of the 41 names and named four nodes not at all; under its line in two
rows they take 137 to 151 and leave it 453 to 481 (12 names cut in Japanese, 9 in
English, 5 in Chinese). Screenshots go to
the folder named by WINDTUNNEL_SCREENSHOTS (else the test's temporary folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocumentFragment

from .map_names import unnamed_and_cut
from .xdisplay import run_probe, screenshots_folder

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("realwindow")]

PROBE = Path(__file__).with_name("workshop_probe.py")
SCREENS = [(language, size) for language in ("en", "ja", "zh-CN", "zh-HK")
           for size in ("1024x768", "1366x768")]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = screenshots_folder(tmp_path_factory, "workshop")
    return {(language, size): run_probe(PROBE, size, 1,
                                        folder / f"workshop-{language}-{size}", language)
            for language, size in SCREENS}


def _wrong(report) -> list:
    """What the unfolded workshop gets wrong: the levers folded, the bar taller than a
    quarter of the screen, a lever not shown inside the bar or cut without its whole name
    on hover, a node unnamed, half the names or more cut."""
    wrong = []
    width, height = report["screen"]
    bar = report["bar"]
    if report["folded"]:
        wrong.append("levers folded")
    if bar[3] > height / 4:
        wrong.append(("bar taller than a quarter of the screen", bar))
    if len(report["rows"]) != report["levers"]:
        wrong.append(("levers not shown", len(report["rows"]), report["levers"]))
    for lever_id, row in report["rows"].items():
        x, y, w, h = row["rect"]
        if x < bar[0] or y < bar[1] or x + w > bar[0] + bar[2] or y + h > bar[1] + bar[3]:
            wrong.append(("lever outside the bar", lever_id, row["rect"], bar))
        hover = QTextDocumentFragment.fromHtml(row["tooltip"]).toPlainText()
        if row["shown"].split() != row["whole"].split() and \
                row["whole"] not in hover.replace("\xa0", " "):
            wrong.append(("lever name cut, not whole on hover", row["shown"]))
    unnamed, cut = unnamed_and_cut(report)
    if unnamed:
        wrong.append(("unnamed", unnamed))
    if len(cut) >= len(report["nodes"]) / 2:
        wrong.append(("cut", len(cut), len(report["nodes"])))
    return wrong


@pytest.mark.parametrize("language, size", SCREENS)
def test_the_unfolded_levers_leave_the_room_a_map_that_names_its_nodes(reports, language,
                                                                        size):
    assert not _wrong(reports[(language, size)])
