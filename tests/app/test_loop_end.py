"""The event loop ending with windows still open (a script's ``exit()``, the desktop
session ending) lets each window go before the interpreter tears the widgets down: no
handler runs on a widget already deleted ("Internal C++ object already deleted")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))

import smoke  # noqa: E402

#: The app as users run it; once its window has built its extensions, a participant is
#: added (its name being typed), a second window opens, and the loop is told to end.
_EXIT_WITH_WINDOWS_OPEN = """
import sys
from PySide6.QtCore import QTimer
from windtunnel.app.main import make_application, run_app

app = make_application()
sys.excepthook = lambda *exc: (sys.__excepthook__(*exc), app.exit(3))   # fail, never hang

def when_built():
    windows = [w for w in app.topLevelWidgets() if hasattr(w, "extensions")]
    if not windows or not windows[0].extensions.complete:
        return
    poll.stop()
    window = windows[0]
    window.extensions["participants"]._add()          # its name editor stays open
    second = window.workspace.open_window()
    second.extensions["participants"]._add()
    print("participants:", len(window.document.model.participants), flush=True)
    app.exit(0)

poll = QTimer(interval=50, timeout=when_built)
poll.start()
sys.exit(run_app())
"""


def test_ending_the_loop_with_windows_open_calls_no_deleted_widget(tmp_path):
    env = smoke.app_environment(home=tmp_path)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)    # this checkout's package
    result = subprocess.run([sys.executable, "-c", _EXIT_WITH_WINDOWS_OPEN], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "participants: 1" in result.stdout, result.stdout + result.stderr
    assert "already deleted" not in result.stderr, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
