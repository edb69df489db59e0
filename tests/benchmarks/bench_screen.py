"""An offscreen screen that holds the benchmarks' 1600 x 1000 window.

Qt's default offscreen screen is 800 x 600: a bigger window is squeezed onto it, the map's
view shrinks, and the figures are those of a map zoomed out on a tiny screen. Call
:func:`use` before anything imports Qt.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def use() -> None:
    """Run Qt offscreen on a 1920 x 1200 screen (unless QT_QPA_PLATFORM says otherwise)."""
    screen = Path(tempfile.gettempdir()) / "windtunnel-bench-screen.json"
    screen.write_text('{"screens": [{"name": "big", "x": 0, "y": 0, "width": 1920, '
                      '"height": 1200, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={screen}")
