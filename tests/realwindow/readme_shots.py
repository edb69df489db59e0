"""Remake the README's screenshots of the main window in each language
(resources/screenshots/window-<language>-1366x768.png): the window probe, in a real
window (Xvfb and openbox) at 1366x768, takes the same screenshot the real-window tests
take; each goes to its place in resources/screenshots.

Run by hand, then look at each picture:
``.venv/bin/python tests/realwindow/readme_shots.py [LANGUAGE ...]`` (default: zh-CN,
zh-HK and ja).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from xdisplay import run_probe

HERE = Path(__file__).resolve().parent
SCREENSHOTS = HERE.parents[1] / "resources" / "screenshots"
SIZE = "1366x768"


def main(languages: list[str]) -> int:
    for language in languages or ["zh-CN", "zh-HK", "ja"]:
        out = Path(tempfile.mkdtemp()) / language
        run_probe(HERE / "window_probe.py", SIZE, 1, out, language)
        target = SCREENSHOTS / f"window-{language}-{SIZE}.png"
        shutil.copyfile(out / "window.png", target)
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
