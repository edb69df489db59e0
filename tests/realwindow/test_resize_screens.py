"""A laptop's window shrunk to 800 x 600 and maximised again (resize_probe.py in a child
process on its own X display, 1366x768): every panel looks as it did before, its form
rows beside their labels and its word-wrapped notes as tall as their text (Explore's
intro kept the height of its narrow lines, the ranking under it squeezed). Screenshots go
to the folder named by WINDTUNNEL_SCREENSHOTS (else the test's temporary folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .xdisplay import run_probe, screenshots_folder

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("realwindow")]

PROBE = Path(__file__).with_name("resize_probe.py")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = screenshots_folder(tmp_path_factory, "resize")
    return run_probe(PROBE, "1366x768", 1, folder / "resize-1366x768@1x", "en")


def test_a_window_grown_again_lays_its_panels_out_as_before(report):
    assert report["small"]["stacked"], "800 x 600 stacks some rows: the check looks at them"
    assert report["after"]["stacked"] == report["before"]["stacked"]
    assert report["after"]["tall_notes"] == report["before"]["tall_notes"] == {}
