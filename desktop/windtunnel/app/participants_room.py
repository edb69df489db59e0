"""What the Participants dock says of the room: who is in it, and how their ratings make
the map's weights.

Only the edges someone rated take the participants' aggregate
(:mod:`windtunnel.engine.aggregation`); the others keep the map's own weights, which the
room must not read otherwise. So the sentence names how many of the map's edges are rated
(and a room that has rated nothing yet is told so, not "the 0 of the map's edges that
they rated"), the method, and what an absent rating counts as. The words are the dock's
(context "ParticipantsPanel").
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..model import Model
from .choices import choice_text

__all__ = ["room_text"]

#: Qt's catalogue lookup, by the name lupdate looks for.
translate = QCoreApplication.translate


def room_text(model: Model) -> str:
    """The dock's sentence on ``model``'s participants (see the module docstring), as rich
    text: without participants, it links to adding one (``add``)."""
    participants = model.participants
    if not participants:              # with a link to adding one, beside the ways in
        return translate(
            "ParticipantsPanel", 'This model has no participants. <a href="add">Add one</a> '
            "to rate its edges, or bring in each participant's map, or a workbook of several "
            "participants, with File &gt; Import Participants' Maps\u2026 (on the "
            "command line: windtunnel aggregate). See Help &gt; Participants.")
    s = model.settings
    method = (translate("ParticipantsPanel",
                        "linguistic ({implication}, {union}, {defuzzification})").format(
        implication=s.implication, union=s.union, defuzzification=s.defuzzification)
              if s.aggregation == "linguistic" else choice_text(s.aggregation))
    zeros = (translate("ParticipantsPanel", "absent ratings count as zero")
             if s.aggregation_zeros == "include"
             else translate("ParticipantsPanel", "absent ratings are left out"))
    rated = {r.key for p in participants for r in p.ratings}
    shared = sum(edge.key in rated for edge in model.edges)
    room = translate("ParticipantsPanel", "%n participant(s).", "", len(participants))
    if shared == 0:
        said = translate(
            "ParticipantsPanel", "No edge of the map's {edges} is rated yet: each keeps the "
            "map's own weight until someone rates it, then weighs the {method} of their "
            "ratings ({zeros}).")
    else:
        said = translate(
            "ParticipantsPanel", "The %n of the map's {edges} edges that they rated weigh the "
            "{method} of their ratings ({zeros}); the others keep the map's own weights.", "",
            shared)
    return escape(f"{room} {said}".format(edges=len(model.edges), method=method, zeros=zeros),
                  quote=False)
