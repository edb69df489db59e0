"""The Participants dock's note that adding the first participant left absent ratings out.

The first participant added by hand to a model that counted absent ratings as zero also
switches it to leaving them out, in the same undo step
(:func:`~windtunnel.app.participants_rating.add_participant`). A change of how the map's
weights are made must not pass unseen: the dock says so in plain words under its setting,
how to change it back, and offers to do it at once (*Count them as zero*, its own undo
step). The note stands while the adding is done and the setting is still "left out": undo
hides it, redo shows it again; *Hide*, another document, or another choice of the setting
puts it away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from .flow import WrappedLabel

__all__ = ["AbsentRatingsNote"]

#: Stands out as the rating's note does in the Inspector (light and dark themes).
_STYLE = "border-left: 3px solid #d08a00; padding-left: 6px;"


class AbsentRatingsNote(WrappedLabel):
    """See the module docstring; :meth:`noted` after the adding, :meth:`follow` after
    every change."""

    #: *Count them as zero* was followed.
    count_zeros = Signal()
    #: The adding was undone (the setting is back) or redone (left out again).
    undone = Signal()
    redone = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.RichText)
        self.setStyleSheet(_STYLE)
        self.linkActivated.connect(self._link)
        self._step = None                  # (undo stack, the adding's command)
        self._was_done = False             # the adding was done when last followed
        self.hide()

    def sentence(self) -> str:
        """What happened and how to change it, in plain words (also the status bar's)."""
        return self.tr(
            "Absent ratings are now left out: an edge's weight is the aggregate of the "
            "participants who rated it, so a first rating is not pulled towards 0 by those "
            "who have not rated the edge yet. To count absent ratings as zero instead "
            "(fcmconfr's reading), choose \u201ccount as zero\u201d under Absent ratings.")

    def undone_sentence(self) -> str:
        """The status bar's words once the adding is undone."""
        return self.tr("Absent ratings count as zero again: adding the first participant, "
                       "which left them out, was undone.")

    def noted(self, stack, command) -> None:
        """``command`` (an AddParticipant) was just done on ``stack``: say what it set."""
        self._step = (stack, command) if command.leaves_out_absent else None
        self._was_done = self._step is not None
        self.setText(f"{self.sentence()} " + self.tr(
            '<a href="zeros">Count them as zero</a> \u00b7 <a href="hide">Hide</a>'))

    def follow(self, model, stack) -> None:
        """Shown while the adding is done on ``stack`` and ``model`` leaves absent
        ratings out."""
        if self._step is not None and self._step[0] is not stack:
            self._step = None                       # another document
        done = self._step is not None and _done(*self._step)
        if self._step is not None and done != self._was_done:
            (self.redone if done else self.undone).emit()
        self._was_done = done
        self.setVisible(done and model.settings.aggregation_zeros == "ignore")

    def _link(self, link: str) -> None:
        self._step = None
        self.hide()
        if link == "zeros":
            self.count_zeros.emit()


def _done(stack, command) -> bool:
    """``command`` is on ``stack`` and not undone."""
    return any(stack.command(i) is command for i in range(stack.index()))
