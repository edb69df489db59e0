"""The trajectory plot gets the Results dock's height first, at 2x scale (a high-DPI laptop
of 1366x768 logical pixels and a high-DPI projector of 1024x768), in English, Simplified
Chinese and Japanese: with the most key a chart has (eight long-named nodes) and the
longest note (after a Monte Carlo run), the plot shows over PLOT_SHARE of the dock and the
Charts tab does not scroll. Each case runs chart_probe.py in a child process on its own X
display; screenshots go to the folder named by WINDTUNNEL_SCREENSHOTS (else the test's
temporary folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .xdisplay import run_probe, screenshots_folder

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("realwindow")]

PROBE = Path(__file__).with_name("chart_probe.py")
#: The least share of the Results dock's height the plot shows (the rest: the dock's status
#: line, the tabs, the note's line). Before the key stood beside the plot it was 0.40 on a
#: 1024x768 projector at 2x, in English.
PLOT_SHARE = 0.6


@pytest.mark.parametrize("size", ["2732x1536", "2048x1536"])
@pytest.mark.parametrize("language", ["en", "zh-CN", "ja"])
def test_the_plot_takes_most_of_the_results_dock_at_2x(tmp_path_factory, size, language):
    folder = screenshots_folder(tmp_path_factory, "chart")
    report = run_probe(PROBE, size, 2, folder / f"chart-{language}-{size}@2x", language)
    width, height = (int(n) for n in size.split("x"))
    assert report["screen"] == [width // 2, height // 2]          # logical pixels at 2x
    assert report["scrolls"] == 0 and report["key_beside"], report
    assert report["plot"] >= PLOT_SHARE * report["dock"], report
