"""Results per participant in real windows (Xvfb and a window manager) at the screens
workshops have (a projector at 1024x768, a laptop at 1366x768): the Participants' Results
dock lies on the screen, the per-participant chart shows the bundled five voices, the
scorecard and the heat map of ratings show rows at the dock's opening height, and every
participant's column of the heat map fits without scrolling. Screenshots go to the folder
named by WINDTUNNEL_SCREENSHOTS (else the test's temporary folder); the README's picture of
the per-participant chart is ``participants-chart-tall.png`` at 1366x768."""

from __future__ import annotations

from pathlib import Path

import pytest

from .xdisplay import run_probe, screenshots_folder

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("realwindow")]

PROBE = Path(__file__).with_name("participants_probe.py")
SIZES = ["1024x768", "1366x768"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = screenshots_folder(tmp_path_factory, "shots")
    return {size: run_probe(PROBE, size, 1, folder / f"participants-{size}") for size in SIZES}


def _inside(rect, screen) -> bool:
    x, y, w, h = rect
    return x >= 0 and y >= 0 and x + w <= screen[0] and y + h <= screen[1]


@pytest.mark.parametrize("size", SIZES)
def test_the_results_per_participant_are_on_the_screen_and_readable(reports, size):
    report = reports[size]
    screen = report["screen"]
    views = report["views"]
    for name in ("chart", "scorecard", "heatmap"):
        assert _inside(views[name]["dock"], screen), name
    chart = views["chart"]
    assert chart["node"] == "misuse-risk"
    assert "of 5 participants' maps say Misuse risk" in chart["says"]
    assert chart["plot"][3] >= 80 and _inside(chart["plot"], screen)
    assert views["chart-tall"]["plot"][3] >= 200          # the dock dragged taller
    heat = views["heatmap"]
    assert heat["visible_columns"] == heat["columns"] == 2 + 5
    assert heat["visible_rows"] >= 3
    assert views["scorecard"]["rows"] == 6
