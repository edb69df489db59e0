"""The note over Explore's ranking that says its results are out of date, and why.

An exploration whose futures are the participants' maps goes out of date with any change
of the participants (one added, a rating, a credibility); its note says so, since the map
itself may not have changed at all. Any other exploration goes out of date with a change
of the map's numbers. (See :class:`~windtunnel.session.content.ComputedOn`.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..flow import WrappedLabel

__all__ = ["StaleNote"]


class StaleNote(WrappedLabel):
    """Red words over the ranking, shown while the results shown are out of date."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("color: #b3261e;")
        self.hide()

    def show_for(self, stale: bool, computed_on, session) -> None:
        """Shown when ``stale``, saying why the results of ``computed_on`` no longer
        describe ``session``'s model."""
        if stale and computed_on.only_participants_changed(session.model,
                                                           session.current_content):
            self.setText(QCoreApplication.translate(
                "ExploreView",
                "Out of date: these futures are the participants' maps, and the participants "
                "changed (one added or removed, a rating, a credibility, a group, or how "
                "their ratings are aggregated). Run the exploration again, or undo the "
                "change, to bring them up to date."))
        else:
            self.setText(QCoreApplication.translate(
                "ExploreView",
                "Out of date: these results are of the map before a change of its numbers (a "
                "weight, delay, level, rating, scenario, objective or setting). Run the "
                "exploration again, or undo the change, to bring them up to date."))
        self.setVisible(stale)
