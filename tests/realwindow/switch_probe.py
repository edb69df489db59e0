"""Run under a real X display (Xvfb and a window manager): open the app on the bundled model
in English, switch View > Language to another, and report the dock tab bars a person sees
in the window built in it (their tabs and rectangles) with the rectangles of the docks
shown, as JSON on stdout; a screenshot of the screen before and after the switch goes to
the folder given as the first argument.

Used by test_switch_screens.py; run by hand:
``DISPLAY=:99 .venv/bin/python tests/realwindow/switch_probe.py /tmp/shots ja``.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

from probing import close_all, quiet, run_probe_script, screen_rect, settle_until, start_probe


def _shown(window) -> dict:
    bars = [{"tabs": [bar.tabText(k) for k in range(bar.count())], "rect": screen_rect(bar)}
            for bar in window.findChildren(QTabBar, options=Qt.FindDirectChildrenOnly)
            if bar.isVisible()]
    docks = {dock.windowTitle(): screen_rect(dock) for dock in window.panels
             if dock.isVisible()}
    return {"tab_bars": bars, "docks": docks}


def main(folder: str, language: str) -> int:
    out, workspace, report = start_probe(folder, "en")
    window = workspace.windows[0]
    report["before"] = _shown(window)
    window.screen().grabWindow(0).save(str(out / "before-switch.png"))
    window.actions.languages[language or "ja"].trigger()
    settle_until(lambda: workspace.windows[0] is not window, "the window built again")
    rebuilt = workspace.windows[0]
    quiet(rebuilt)
    report["after"] = _shown(rebuilt)
    rebuilt.screen().grabWindow(0).save(str(out / "after-switch.png"))
    close_all(workspace)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    run_probe_script(main)
