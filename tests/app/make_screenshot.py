"""Render the main window on the bundled model to a PNG (offscreen), for the README.

Usage: ``python tests/app/make_screenshot.py OUT.png [--dark] [--zoom Z] [--model FILE]
[--workshop] [--lens]``. ``--model`` opens that file instead of the bundled model;
``--workshop`` shows workshop mode (full screen, slim lever bar); ``--lens`` the
Participants dock and the disagreement lens.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from windtunnel.app.main import make_application, start  # noqa: E402
from windtunnel.app.document import Document  # noqa: E402
from windtunnel.app.preferences import Preferences  # noqa: E402
from windtunnel.model import load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--edge", type=int, default=-1, help="select the edge at this index")
    parser.add_argument("--zoom", type=float, default=0.0)
    parser.add_argument("--node", default="", help="select this node")
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--model", default="", help="open this model file")
    parser.add_argument("--workshop", action="store_true", help="show workshop mode")
    parser.add_argument("--lens", action="store_true",
                        help="show the Participants dock and the disagreement lens")
    args = parser.parse_args()
    app = make_application()
    folder = Path(tempfile.mkdtemp())
    prefs = Preferences(QSettings(str(folder / "s.ini"), QSettings.IniFormat))
    prefs.theme = "dark" if args.dark else "light"
    workspace = start(None, preferences=prefs, recovery_root=folder / "recovery")
    window = workspace.windows[0]
    window.resize(args.width, args.height)
    if args.model:
        window.set_document(Document(load(args.model), Path(args.model).resolve()))
    if args.workshop:
        window.extensions["analysis"].workshop.set_active(True)
        window.showNormal()       # offscreen, "full screen" is the small virtual screen
        window.resize(args.width, args.height)
    if args.lens:
        participants = window.extensions["participants"]
        participants.dock.raise_()
        participants.show_lens.setChecked(True)
    for _ in range(5):
        app.processEvents()
    window.view.fit()
    if args.edge >= 0:
        edge = window.document.model.edges[args.edge]
        window.reveal("edge", edge.key)
    if args.node:
        window.reveal("node", args.node)
    if args.zoom:
        centre = window.view.mapToScene(window.view.viewport().rect().center())
        if args.edge >= 0:
            centre = window.scene.edge_items[edge.key].midpoint
        if args.node:
            centre = window.scene.node_items[args.node].pos()
        window.view.set_zoom(args.zoom)
        window.view.centerOn(centre)
    for _ in range(5):
        app.processEvents()
    window.view.settle()  # the screenshot shows the settled, antialiased view
    app.processEvents()
    window.grab().save(args.out)
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
