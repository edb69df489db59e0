"""The participants' names as the window shows them: their labels, or numbers while the
Participants dock's *Anonymous* is ticked (a workshop on a projector).

Every view that names a participant names them through :func:`shown_names` with
:func:`hides_names`, so that one tick covers them all: the Participants dock and its
results, the Inspector's *Rate as*, Explore's failure boxes, participant axis and
workbook, the brief's page of disagreement, and the review of an import of participants'
maps (:func:`numbered_maps`). The undo history names them through
:func:`undo_name`, written again when the tick changes (:func:`hide_in_history`), so that
the Edit menu does not offer to undo a rating by a person named on the projector; so are
the title and description an import of participants' maps gave the model naming them
(:func:`hide_in_texts`), which the file keeps named either way."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from .commands import retranslate_history

__all__ = ["shown_names", "hides_names", "undo_name", "hide_in_history", "hide_in_texts",
           "numbered_maps"]


def _numbered(place: int) -> str:
    """The participant at ``place`` (from 0) in an anonymous room: "Participant 3"."""
    return QCoreApplication.translate("ParticipantsPanel", "Participant {number}").format(
        number=place + 1)


def shown_names(labels: Sequence[str], anonymous: bool) -> list[str]:
    """``labels`` (the participants' names, in the model's order) as shown: themselves, or
    "Participant 1", "Participant 2" ... when ``anonymous``."""
    if anonymous:
        return [_numbered(place) for place in range(len(labels))]
    return list(labels)


def numbered_maps(voices: Sequence[int]) -> list[str]:
    """Maps about to be combined, bringing ``voices`` participants each (in order), as an
    anonymous room names them: by the numbers their participants will have in the
    combined model, "Participant 3", or "Participants 3–5" for a map of several."""
    shown, first = [], 0
    for count in voices:
        shown.append(_numbered(first) if count <= 1 else QCoreApplication.translate(
            "ParticipantsPanel", "Participants {first}\u2013{last}").format(
            first=first + 1, last=first + count))
        first += max(1, count)
    return shown


def hides_names(window) -> bool:
    """Whether ``window``'s Participants dock hides the names (False without that dock,
    or while it is still being built)."""
    panel = window.extensions.get("participants")
    return panel is not None and panel.anonymous.isChecked()


def undo_name(document, participant_id: str, name: Callable[[], str]) -> Callable[[], str]:
    """How an undo step on participant ``participant_id`` of ``document`` names them, when
    its text is written: by number while the window hides the names (their place among the
    participants, or the place they had when the step was made if they have gone since),
    else ``name()``."""
    ids = [p.id for p in document.model.participants]
    then = ids.index(participant_id) if participant_id in ids else len(ids)

    def named() -> str:
        if not document.participants_hidden:
            return name()
        now = [p.id for p in document.model.participants]
        return _numbered(now.index(participant_id) if participant_id in now else then)
    return named


def hide_in_history(document, hidden: bool) -> None:
    """Number (``hidden``) or name the participants in ``document``'s undo history."""
    if document.participants_hidden != hidden:
        document.participants_hidden = hidden
        retranslate_history(document.undo_stack)


def hide_in_texts(document, hidden: bool) -> None:
    """Show ``document``'s title and description where they name the participants
    (:attr:`~.document.Document.room_texts`) numbered (``hidden``) or named, each unless it
    was edited since. Not an undo step, as ticking Anonymous is not: a way of showing the
    model, whose file keeps the named texts either way."""
    shown = {field: texts[1] if hidden else texts[0]
             for field, texts in document.room_texts.items()
             if getattr(document.model, field) in texts}
    if any(getattr(document.model, field) != text for field, text in shown.items()):
        document.model.set_info(**shown)
