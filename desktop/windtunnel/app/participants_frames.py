"""The participants' frames: the Participants dock and, beside the analysis's Results, the
Participants' Results dock, placed empty before the window's first paint.

:func:`~windtunnel.app.participants_panel.attach_participants` fills them in the
event-loop turn after that paint (see :mod:`windtunnel.app.extensions`); this module imports
nothing of the panel (numpy, the engine), so placing the frames costs no start-up time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

__all__ = ["ParticipantsFrames", "participants_frames"]


@dataclass(frozen=True)
class ParticipantsFrames:
    """The participants' places in one window (``results_dock`` only beside the analysis)."""

    panel_dock: QDockWidget
    results_dock: QDockWidget | None


def participants_frames(window) -> ParticipantsFrames:
    """Place the Participants dock (tabbed with the Inspector) and, when the window has the
    analysis's Results dock, the Participants' Results dock tabbed with it."""
    dock = window.add_panel(QCoreApplication.translate("ParticipantsPanel", "Participants"),
                            None, Qt.RightDockWidgetArea, name="participants",
                            tab_with=window.inspector_dock, icon="participants")
    QTimer.singleShot(0, window, window.inspector_dock.raise_)  # the Inspector in front
    results = window.panel("results")
    if results is None:
        return ParticipantsFrames(dock, None)
    results_dock = window.add_panel(
        QCoreApplication.translate("ParticipantsPanel", "Participants' Results"), None,
        Qt.BottomDockWidgetArea, name="participants-results", tab_with=results)
    QTimer.singleShot(0, window, results.raise_)           # Results stays in front
    return ParticipantsFrames(dock, results_dock)
