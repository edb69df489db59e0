"""The start-up benchmark's offscreen launches, the app's and the floors' alike, run on a
laptop's 1366 x 768 screen (what most users see), not on Qt's default offscreen screen,
where the window is a small one."""

from __future__ import annotations

import subprocess
import sys

import bench_startup
import smoke

#: Prints the primary screen's size as Qt sees it in a launch.
_SCREEN_SIZE = ("from PySide6.QtWidgets import QApplication; app = QApplication([]); "
                "size = app.primaryScreen().size(); print(size.width(), size.height())")


def test_offscreen_launches_see_a_laptop_screen(tmp_path):
    env = smoke.app_environment(home=tmp_path) | bench_startup.OFFSCREEN
    done = subprocess.run([sys.executable, "-c", _SCREEN_SIZE], env=env, capture_output=True,
                          text=True, timeout=120, check=True, cwd=tmp_path)
    assert done.stdout.split() == ["1366", "768"]
    assert bench_startup.screen_size() == "1366 x 768"     # what the figures say they measured
