"""Start the desktop app: one QApplication, one main window, optionally on a model file."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from ..errors import WindtunnelError
from ..model import Model, load
from ..paths import bundled_model


def run_app(path: str | None = None) -> int:
    """Show the main window (on ``path``, else the bundled model) and run the event loop."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Windtunnel")
    window = QMainWindow()
    model = Model()
    try:
        model = load(path or bundled_model())
    except (WindtunnelError, FileNotFoundError) as exc:
        QMessageBox.warning(window, "Windtunnel", str(exc))
    window.setWindowTitle(f"{model.title} - Windtunnel")
    window.setCentralWidget(QLabel(f"{model.title}: {len(model.nodes)} nodes, "
                                   f"{len(model.edges)} edges"))
    window.resize(1280, 800)
    window.show()
    return app.exec()
