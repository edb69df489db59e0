"""The Participants dock's table of people: its rows, and the undoable step a cell typed
into becomes.

Each row is a participant: their name as the window shows it (a number while *Anonymous*
is ticked, :mod:`.participant_names`), role, group, credibility and how many edges they
rated. While anonymous, roles and groups are blank and nothing is edited in place (a
name, role or group typed would show who they are), except the name Add opens for
typing: its editor shows what is typed, and once entered the row reads "Participant N"
like the others. A participant whose translated name or role may be out of date has a
warning sign on its name (:mod:`.translation_review`), except while anonymous.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QTableWidget

from ..errors import ModelError, Problem
from ..model import group_name, translated
from .participants_rating import describe_participant, rename_participant
from .participants_tables import fill_table
from .translation_review import flag_stale_rows

__all__ = ["EDITABLE", "TEXTS", "fill_people", "cell_command", "credibility"]

#: The people's columns a double click or F2 edits: name, role, group, credibility.
EDITABLE = (0, 1, 2, 3)
#: A participant's translated texts.
TEXTS = ("label", "role")


def fill_people(table: QTableWidget, model, names: list[str], anonymous: bool) -> None:
    """Put ``model``'s participants in ``table``, named ``names`` (as shown); while
    ``anonymous``, without their roles and groups, and not editable in place."""
    table.setEditTriggers(QTableWidget.NoEditTriggers if anonymous else
                          QTableWidget.DoubleClicked | QTableWidget.EditKeyPressed)
    fill_table(table, [[name, "" if anonymous else translated(p, "role"),
                        "" if anonymous else group_name(model, p.group),
                        f"{p.credibility:g}", str(len(p.ratings))]
                       for name, p in zip(names, model.participants)],
               editable_columns=EDITABLE, keys=[p.id for p in model.participants])
    if not anonymous:
        flag_stale_rows(table, 0, model.participants, TEXTS)


def cell_command(model, who, column: int, text: str, *, just_added: bool, document):
    """The command that sets ``who``'s cell ``column`` to ``text``; None when it reads as
    it did. ``just_added``: the name typed into the row Add opened (it joins the adding's
    undo step). Raises :class:`~windtunnel.errors.ModelError` for a credibility that is
    not a number."""
    if column == 0:
        return None if text == translated(who) else rename_participant(
            model, who.id, text, just_added=just_added, document=document)
    if column == 3:
        value = credibility(text)
        return None if value == who.credibility else describe_participant(
            model, who.id, "credibility", value, document)
    field = "role" if column == 1 else "group"
    shown = translated(who, "role") if field == "role" else group_name(model, who.group)
    return None if text == shown else describe_participant(model, who.id, field, text, document)


def credibility(text: str) -> float:
    """``text`` as a credibility, written as the interface's language writes numbers or
    with a point; refuses what is not a number (the model refuses what is out of range)."""
    value, ok = QLocale().toDouble(text)
    if not ok:
        try:
            value = float(text)
        except ValueError:
            raise ModelError(Problem("", QCoreApplication.translate(
                "ParticipantsPanel",
                '"{text}" is not a number: a credibility is a number from 0 to 100')
                .format(text=text))) from None
    return value
