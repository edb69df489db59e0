"""Asking before a deletion that takes more than the map's nodes and edges with it.

Deleting a node removes the objectives about it, its settings in scenarios (a scenario may
be left setting nothing, the same as the baseline), participants' ratings of its edges
and its place among the settings' convergence nodes: the analysis changes. The question names each of them, with Delete as the destructive
button and Cancel the default (Enter or Escape keeps everything). A deletion of plain
nodes and edges is not asked about; undo brings back either kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QMessageBox's Python type is made only when needed
from PySide6.QtCore import QCoreApplication, QLocale

from ..model import translated

if TYPE_CHECKING:    # the module loads with the first deletion, not with the window
    from .taken_along import TakenAlong

__all__ = ["confirm_deletion", "dependants_text"]


def _quoted(elements) -> str:
    return QLocale().createSeparatedList([
        QCoreApplication.translate("DeleteQuestion", "\u201c{name}\u201d").format(
            name=translated(element)) for element in elements])


def dependants_text(along: TakenAlong) -> str:
    """One line for each kind of dependant that goes: the scenarios whose settings, the
    objectives, the participants whose ratings, the settings' convergence nodes."""
    translate = QCoreApplication.translate
    lines = []
    if along.scenarios:
        lines.append(translate("DeleteQuestion", "\u2022 its settings in %n scenario(s): {names}",
                               "", len(along.scenarios)).format(names=_quoted(along.scenarios)))
    if along.objectives:
        lines.append(translate("DeleteQuestion", "\u2022 %n objective(s): {names}", "",
                               len(along.objectives)).format(names=_quoted(along.objectives)))
    if along.raters:
        lines.append(translate("DeleteQuestion", "\u2022 %n participant rating(s), by {names}",
                               "", along.ratings).format(
            names=_quoted(p for p, _ in along.raters)))
    if along.convergence:
        lines.append("\u2022 " + (translate(
            "commands", "the convergence nodes, so convergence is judged on every node")
            if along.convergence < 0 else
            translate("commands", "%n of the convergence nodes", "", along.convergence)))
    return "\n".join(lines)


def confirm_deletion(parent, command) -> bool:
    """Whether to run ``command`` (from :func:`~.commands.remove_command`): True at once
    when it takes nothing beyond the map, else the user's answer to a question naming
    what goes with it."""
    along: TakenAlong = command.along
    if not along.beyond_the_map:
        return True
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Warning)
    box.setWindowTitle(QCoreApplication.translate("DeleteQuestion", "Delete"))
    box.setText(QCoreApplication.translate(
        "DeleteQuestion", "{what}?").format(what=command.text()))
    box.setInformativeText(
        QCoreApplication.translate("DeleteQuestion", "The analysis changes; this goes too:")
        + "\n" + dependants_text(along) + "\n\n"
        + QCoreApplication.translate("DeleteQuestion", "Edit > Undo brings it all back."))
    delete = box.addButton(QCoreApplication.translate("DeleteQuestion", "&Delete"),
                           QtWidgets.QMessageBox.DestructiveRole)
    cancel = box.addButton(QtWidgets.QMessageBox.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete
