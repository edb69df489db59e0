"""What the probe scripts share: a widget's rectangle on the screen, and letting the event
loop run a while (the probes run as scripts, so this sits beside them on sys.path)."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication, QWidget


def screen_rect(widget: QWidget) -> list[int]:
    """``[x, y, width, height]`` of ``widget`` on the screen."""
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def settle(seconds: float) -> None:
    """Run the event loop for ``seconds`` (paints, timers, workers' results)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def close_all(workspace) -> None:
    """Close every window of ``workspace`` without asking to save."""
    for each in list(workspace.windows):
        each.ask_save_changes = lambda: "discard"
        each.close()
    QApplication.processEvents()
