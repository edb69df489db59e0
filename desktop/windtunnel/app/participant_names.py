"""The participants' names as the window shows them: their labels, or numbers while the
Participants dock's *Anonymous* is ticked (a workshop on a projector).

Every view that names a participant names them through :func:`shown_names` with
:func:`hides_names`, so that one tick covers them all: the Participants dock and its
results, the Inspector's *Rate as*, Explore's failure boxes, participant axis and
workbook, and the brief's page of disagreement."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

__all__ = ["shown_names", "hides_names"]


def shown_names(labels: Sequence[str], anonymous: bool) -> list[str]:
    """``labels`` (the participants' names, in the model's order) as shown: themselves, or
    "Participant 1", "Participant 2" ... when ``anonymous``."""
    if anonymous:
        return [QCoreApplication.translate("ParticipantsPanel", "Participant {number}").format(
            number=i + 1) for i in range(len(labels))]
    return list(labels)


def hides_names(window) -> bool:
    """Whether ``window``'s Participants dock hides the names (False without that dock,
    or while it is still being built)."""
    panel = window.extensions.get("participants")
    return panel is not None and panel.anonymous.isChecked()
