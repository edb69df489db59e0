"""The start-up floor: a bare PySide6 QMainWindow of the app's size, painted, then quit.

Its size is the app's first window's (windtunnel.app.window_places): 1440 x 900 on a large
screen, maximised on a laptop's or a projector's (under 1600 x 1000 available pixels).

With ``--libraries`` the window also pays for what no Windtunnel window can do without,
whatever the app's own code: psygnal imported (the document's events), the Python types of
the ``Qt`` namespace's enums made (any alignment, pen style or dock area makes all of
them: PySide6 has no lazy form), and a line of text painted (which starts Qt's font
database). The difference between the two floors is the part of the start-up target those
libraries use before the app has run a line of its own.

It prints the same ``windtunnel-startup:`` line as the app's start-up probe
(windtunnel.app.startprobe), so bench_startup.py times it exactly as it times the app:
the same clock, the same platform, the same environment.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

# the probe's clock, read from its file: importing windtunnel.app would load the whole app
_PROBE = Path(__file__).resolve().parents[2] / "desktop/windtunnel/app/startprobe.py"
_spec = importlib.util.spec_from_file_location("startprobe", _PROBE)
startprobe = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(startprobe)


class _Painted(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and watched is window:
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    print(f"windtunnel-startup: {startprobe.process_age():.3f} s from process start to a painted main "
          f"window (at epoch {time.time():.3f}; cpu {time.process_time():.3f} s; title 'bare')",
          flush=True)
    if os.environ.get(startprobe.PROBE_VARIABLE) == startprobe.QUIT_AT_PAINT:
        os._exit(0)     # as the app's probe ends it, for a count of instructions to the paint
    app.exit(0)


LIBRARIES = "--libraries" in sys.argv[1:]
if LIBRARIES:
    import psygnal  # noqa: F401 - imported for its cost
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

app = QApplication(sys.argv[:1])
window = QMainWindow()
screen = app.primaryScreen().availableGeometry()
window.resize(min(1440, screen.width()), min(900, screen.height()))    # the app's first size
if LIBRARIES:
    window.setCentralWidget(QLabel("Windtunnel", alignment=Qt.AlignmentFlag.AlignCenter))
watcher = _Painted()
app.installEventFilter(watcher)
if screen.width() < 1600 or screen.height() < 1000:
    window.showMaximized()          # as the app's first window (no Qt enum named: see above)
else:
    window.show()
sys.exit(app.exec())
