"""Child process for the crash-recovery test: start the app, edit, wait for autosave.

Run as ``python crash_driver.py MODEL``. It starts Windtunnel exactly as a user would
(:func:`windtunnel.app.main.start`: recovery folder from QStandardPaths, preferences from
QSettings, an Autosaver on the window), makes edits through the editor's undo commands,
and prints ``AUTOSAVED <recovery root>`` once the autosave timer has written them. Then it
keeps running until the test kills it with SIGKILL.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from windtunnel.app.autosave import recovery_folder
from windtunnel.app.main import make_application, start
from windtunnel.app.preferences import Preferences


def apply_edits(editor) -> None:
    """The edits the test expects to recover (each one undoable command)."""
    node_id = editor.add_node((320.0, 80.0), kind="actor", label="Chip smugglers")
    editor.connect(node_id, "leak", 0.7)
    editor.update("edge", ("ban", "leak"), weight=-0.25, merge_key="weight")
    editor.move({"lab": (100.0, 150.0)}, {"lab": (140.0, 190.0)})
    editor.scene.select(edges=[("lab", "leak")])
    editor.delete_selection()
    editor.update("node", "ban", label="Foreign-national access ban")


def main(model_path: str) -> int:
    app = make_application()
    prefs = Preferences()
    prefs.autosave_seconds = 1
    prefs.sync()
    workspace = start(model_path, preferences=prefs, ask=lambda parent, sessions: False)
    window = workspace.windows[0]
    apply_edits(window.editor)
    target = workspace.session.file_for(window.document)

    def check() -> None:
        if target.exists() and window.autosaver is not None and not window.autosaver.pending:
            print(f"AUTOSAVED {recovery_folder()}", flush=True)
            poll.stop()

    poll = QTimer(interval=100)
    poll.timeout.connect(check)
    poll.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
