"""Undoable edits of participants, each of which also re-aggregates the map.

Every edit here is one undo step made of the edit itself (one of the editor's generic
commands, :mod:`.commands`) followed by setting the map's working weights to the
participants' aggregate (:func:`~windtunnel.engine.apply_working_weights`):
:class:`AggregateAfter` wraps the edit; undo puts back the edges' weights, then the edit's
element, exactly as they were.

- :func:`rate` sets (or clears) one participant's rating of one edge: a linguistic term, a
  weight, a confidence; what the rating already had (rationale, sources) is kept.
- :func:`add_participant`, :func:`rename_participant`, :func:`remove_participant`: who is in
  the room (a participant added or removed changes the aggregate when absent ratings count
  as zeros; the name typed as one is added joins the adding's undo step; the first one added
  to a model without participants leaves absent ratings out, see :func:`add_participant`);
  :func:`describe_participant`: their role, group or credibility (which weighs their
  ratings in the aggregate).
- :func:`set_aggregation`: the method, recorded in the model's settings, and the map
  re-aggregated by it.

A refused edit raises :class:`~windtunnel.errors.ModelError` from ``apply`` and changes
nothing (:func:`~windtunnel.app.commands.execute`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from ..engine import apply_working_weights
from ..errors import ModelError, Problem
from ..model import (Model, Participant, Rating, is_generated, make_participant_id, named,
                     translated, with_default_name, with_text)
from .choices import choice_text
from .participant_names import undo_name
from .commands import (InsertCommand, MacroCommand, ModelCommand, RemoveCommand, ReplaceCommand,
                       SetSettingsCommand, Wording)

__all__ = ["AggregateAfter", "AddParticipant", "NameNewParticipant", "aggregate_new_edges", "rate",
           "add_participant", "rename_participant",
           "describe_participant", "remove_participant", "set_aggregation", "KEEP"]

#: ``rate``'s default for a field the rating keeps as it is.
KEEP = object()


class AggregateAfter(ModelCommand):
    """``edit``, then the map's working weights re-aggregated, as one undo step."""

    def __init__(self, model: Model, edit: ModelCommand, text: Wording = "") -> None:
        super().__init__(model, text or edit.wording)
        self.edit = edit
        self.edges_before: list = []

    def changes_nothing(self) -> bool:
        return self.edit.changes_nothing()

    def apply(self) -> None:
        self.edit.apply()
        try:
            self.edges_before = apply_working_weights(self.model)
        except ModelError:
            self.edit.revert()
            raise

    def revert(self) -> None:
        for edge in reversed(self.edges_before):
            self.model.replace("edge", edge)
        self.edit.revert()


def aggregate_new_edges(model: Model, command: ModelCommand) -> ModelCommand:
    """The editor's rule for drawing edges on a model with participants: the drawing and
    the re-aggregation as one undo step, so an edge drawn again after a rated one was
    deleted takes the participants' aggregate at once (their ratings were kept)."""
    return AggregateAfter(model, command) if model.participants else command


def _participant(model: Model, participant_id: str) -> Participant:
    who = model.participant(participant_id)
    if who is None:
        raise ModelError(Problem("participant", f"there is no participant {participant_id!r}"))
    return who


def rate(model: Model, participant_id: str, key: tuple[str, str], *, term=KEEP, weight=KEEP,
         confidence=KEEP, clear: bool = False, document=None) -> AggregateAfter:
    """``participant_id``'s rating of edge ``key``: set a ``term`` (its weight then follows
    the term), a ``weight`` (in [-1, 1]; the term is dropped), a ``confidence``, or
    ``clear`` the rating. Bounds are dropped when the weight or term changes (they
    described the old value). The undo text names the rater as ``document``'s window does
    (by number while it hides the names), else by their name in the current language."""
    who = _participant(model, participant_id)
    current = next((r for r in who.ratings if r.key == key), None)
    where = next((i for i, r in enumerate(who.ratings) if r.key == key), len(who.ratings))
    ratings = [r for r in who.ratings if r.key != key]
    ends = [model.node(node) or node for node in key]
    rater = (undo_name(document, participant_id, lambda: translated(who))
             if document is not None else lambda: translated(who))

    def named() -> dict[str, str]:
        """The edge and the rater as the undo text names them, in the current language."""
        source, target = (translated(e) if not isinstance(e, str) else e for e in ends)
        return {"edge": f"{source} \u2192 {target}", "who": rater()}

    if clear:
        def text() -> str:
            return QCoreApplication.translate(
                "participants", 'Clear the rating of {edge} by "{who}"').format(**named())
    else:
        shared = model.edge(*key)
        rating = current if current is not None else Rating(
            *key, weight=shared.weight if shared is not None else 0.0)
        if term is not KEEP:
            rating = replace(rating, term=term, weight=None, low=None, high=None)
        if weight is not KEEP:
            rating = replace(rating, weight=float(weight), term="", low=None, high=None)
        if confidence is not KEEP:
            rating = replace(rating, confidence=confidence)
        ratings.insert(where, rating)

        def text() -> str:
            return QCoreApplication.translate("participants", 'Rate {edge} for "{who}"').format(
                **named())
    new = replace(who, ratings=tuple(ratings))
    return AggregateAfter(model, ReplaceCommand(model, "participant", who, new), text)


def _free_label(model: Model, label: str, participant_id: str = "", *,
                originals: bool = False) -> None:
    """Refuse a name another participant has (case and spacing aside): two people shown
    alike in the dock, the chart and the scorecard could not be told apart. ``originals``:
    the name is an original, read in every language, so no other's original may be it
    either."""
    def folded(text: str) -> str:
        return " ".join(text.split()).casefold()

    wanted = folded(label)
    for other in model.participants:
        names = {folded(translated(other))} | ({folded(other.label)} if originals else set())
        if other.id != participant_id and wanted in names:
            raise ModelError(Problem("participant", QCoreApplication.translate("participants",
                'a participant is already called "{label}"; give this one another name')
                .format(label=other.label)))


#: Command id shared by adding a participant and naming it at once, so the two merge.
_NAMING_ID = 1101


class AddParticipant(AggregateAfter):
    """A participant added; the name typed into their new row right after
    (:class:`NameNewParticipant`) merges into it, so adding someone with their name is one
    undo step, ``Add participant "Alice"``, as adding a node with its name is.

    ``leave_out_absent``: the step also sets absent ratings to be left out of the
    aggregate (:func:`add_participant` says when), and its undo text says so. The undo
    text names them by number while ``document``'s window hides the names (the name typed
    would say who they are)."""

    def __init__(self, model: Model, who: Participant, *, leave_out_absent: bool = False,
                 document=None) -> None:
        self.insert = InsertCommand(model, "participant", who)
        self.leaves_out_absent = leave_out_absent
        self.document = document
        edit: ModelCommand = self.insert
        if leave_out_absent:
            edit = MacroCommand(model, "", [self.insert, SetSettingsCommand(
                model, replace(model.settings, aggregation_zeros="ignore"))])
        super().__init__(model, edit, self._wording)

    def _wording(self) -> str:
        who = self.insert.element
        name = (undo_name(self.document, who.id, lambda: translated(who))()
                if self.document is not None else translated(who))
        if self.leaves_out_absent:
            return QCoreApplication.translate(
                "participants", 'Add participant "{who}"; absent ratings are left out').format(
                who=name)
        return QCoreApplication.translate("participants", 'Add participant "{who}"').format(
            who=name)

    def id(self) -> int:
        return _NAMING_ID

    def mergeWith(self, other) -> bool:
        if not (isinstance(other, NameNewParticipant)
                and other.was.id == self.insert.element.id):
            return False
        self.insert.element = other.named
        self.retranslate()
        return True


class NameNewParticipant(AggregateAfter):
    """The name typed for a participant just added, ``was`` (still without ratings or
    own nodes), becoming ``named``, whose id is made from that name ("alice", not the
    generated name's "participant-1"), in the same place: the workbook's Ratings sheet and
    the command line's outputs name them by it. Merges into their :class:`AddParticipant`
    step when it is the last one (else it stands as a rename)."""

    def __init__(self, model: Model, was: Participant, named: Participant, text: Wording) -> None:
        self.was, self.named = was, named
        place = model.participants.index(was)
        super().__init__(model, MacroCommand(model, "", [
            RemoveCommand(model, "participant", was.id),
            InsertCommand(model, "participant", named, place)]), text)

    def id(self) -> int:
        return _NAMING_ID


def add_participant(model: Model, label: str, shown: str = "", document=None) -> AddParticipant:
    """A new participant named ``label`` (id made from it), with no ratings yet;
    ``shown``: ``label`` a generated name ("Participant 6"), worded so in the interface's
    language ("参加者 6", kept as that language's translation: :func:`with_default_name`);
    the undo text names them as ``document``'s window does (:class:`AddParticipant`).

    The first participant added by hand to a model that counts absent ratings as zero
    also switches it to leaving them out, in the same undo step: an analyst adding people
    one by one to rate edges means each edge's weight to be what those who rated it said,
    not diluted towards 0 by those who have not rated it yet (with zeros counted, one
    "very high" among two participants turned +0.50 into +0.46). Participants' maps
    imported together (where an edge a map did not draw means 0, fcmconfr's reading) are
    not added here and keep their setting; so does a model that has participants."""
    label = label.strip()
    taken = {p.id for p in model.participants}
    who = Participant(make_participant_id(label, taken, len(taken) + 1), label)
    if shown:
        who = with_default_name(who, "label", label, shown.strip())
    _free_label(model, translated(who))
    return AddParticipant(
        model, who, document=document,
        leave_out_absent=not model.participants and model.settings.aggregation_zeros == "include")


def rename_participant(model: Model, participant_id: str, label: str, *,
                       just_added: bool = False, document=None) -> AggregateAfter:
    """Give a participant a new name in the current language (:func:`with_text`);
    ``just_added``: the name typed into the row Add opened, which names them in every
    language (:func:`named`: the original, whatever the interface's language) and joins
    the adding's undo step. The undo text keeps the names to itself while ``document``'s
    window hides them (:func:`_unnamed_while_hidden`)."""
    who = _participant(model, participant_id)
    label = label.strip()
    # a name typed over the made-up one becomes the original too (with_text)
    _free_label(model, label, participant_id,
                originals=just_added or is_generated(who, "label"))
    def renamed() -> str:
        return QCoreApplication.translate(
            "participants", 'Rename participant "{old}" to "{new}"').format(
            old=translated(who), new=label)
    wording = _unnamed_while_hidden(document, participant_id, renamed)

    new = named(who, "label", label) if just_added else with_text(who, "label", label)
    if just_added and not (who.ratings or who.nodes):
        others = {p.id for p in model.participants if p.id != who.id}
        number = model.participants.index(who) + 1           # their number in the room
        made = make_participant_id(label, others, number)
        return NameNewParticipant(model, who, replace(new, id=made), wording)
    return AggregateAfter(model, ReplaceCommand(model, "participant", who, new), wording)


def _set_wording(field: str):
    """The undo text of setting ``field`` ("role", "group", "credibility")."""
    return {"role": QCoreApplication.translate("participants", 'Set the role of "{who}" to "{value}"'),
            "group": QCoreApplication.translate("participants", 'Set the group of "{who}" to "{value}"'),
            "credibility": QCoreApplication.translate(
                "participants", 'Set the credibility of "{who}" to {value}')}[field]


def _unnamed_while_hidden(document, participant_id: str, wording: Callable[[], str]
                          ) -> Callable[[], str]:
    """``wording`` of an edit of participant ``participant_id``, or, while ``document``'s
    window hides the names, "Edit participant "Participant 3"": the edit's old and new
    name, role or group would say who they are."""
    if document is None:
        return wording
    number = undo_name(document, participant_id, lambda: "")

    def text() -> str:
        if not document.participants_hidden:
            return wording()
        return QCoreApplication.translate("participants", 'Edit participant "{who}"').format(
            who=number())
    return text


def describe_participant(model: Model, participant_id: str, field: str,
                         value: str | float, document=None) -> AggregateAfter:
    """Set ``participant_id``'s ``role`` (in the current language, as every text is
    edited), ``group`` (text) or ``credibility`` (a number the model allows: it weighs
    their ratings in the aggregate). A value the model refuses raises on ``apply``. The
    undo text keeps the participant to itself while ``document``'s window hides the
    names."""
    who = _participant(model, participant_id)
    if field == "role":
        new = with_text(who, "role", value.strip())
    else:
        new = replace(who, **{field: value.strip() if isinstance(value, str) else value})
    shown = f"{value:g}" if isinstance(value, float) else value.strip()
    return AggregateAfter(model, ReplaceCommand(model, "participant", who, new),
                          _unnamed_while_hidden(document, participant_id, lambda: _set_wording(
                              field).format(who=translated(who), value=shown)))


def remove_participant(model: Model, participant_id: str, document=None) -> AggregateAfter:
    """Remove ``participant_id``; the undo text names them as ``document``'s window does
    (by number while it hides the names), else by their name."""
    who = _participant(model, participant_id)
    name = (undo_name(document, participant_id, lambda: who.label)
            if document is not None else lambda: who.label)
    return AggregateAfter(model, RemoveCommand(model, "participant", participant_id),
                          lambda: QCoreApplication.translate(
                              "participants", 'Remove participant "{who}"').format(
                              who=name()))


def set_aggregation(model: Model, **changes) -> AggregateAfter:
    """Change the aggregation settings (``aggregation``, ``aggregation_zeros``, ...) and
    re-aggregate the map by them."""
    settings = replace(model.settings, **changes)
    return AggregateAfter(model, SetSettingsCommand(model, settings),
                          lambda: QCoreApplication.translate(
                              "participants",
                              "Aggregate the participants' ratings by {method}; {zeros}").format(
                              method=choice_text(settings.aggregation),
                              zeros=QCoreApplication.translate(
                                  "participants", "absent ratings count as zero")
                              if settings.aggregation_zeros == "include" else
                              QCoreApplication.translate(
                                  "participants", "absent ratings are left out")))
