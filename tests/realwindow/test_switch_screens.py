"""A window built again in another language (switch_probe.py in a child process on its own
X display, a laptop's 1366x768): it shows each tabbed group's one tab bar, along the
group's dock, as the window did before the switch; no stale bar with the group's very
tabs stands over another panel (the Results panel's header). Screenshots go to the folder
named by WINDTUNNEL_SCREENSHOTS (else the test's temporary folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .xdisplay import run_probe, screenshots_folder

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("realwindow")]

PROBE = Path(__file__).with_name("switch_probe.py")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = screenshots_folder(tmp_path_factory, "switch")
    return run_probe(PROBE, "1366x768", 1, folder / "switch-ja-1366x768@1x", "ja")


def test_a_window_built_in_another_language_shows_one_tab_bar_per_group(report):
    before, after = report["before"]["tab_bars"], report["after"]["tab_bars"]
    assert len(after) == len(before) == len({tuple(bar["tabs"]) for bar in after})
    docks = report["after"]["docks"]
    for bar in after:                       # along the group's dock in front
        x, y, width, height = bar["rect"]
        assert any((x, width) == (docks[tab][0], docks[tab][2])
                   for tab in bar["tabs"] if tab in docks), bar
