"""File > Import Participants' Maps: several maps become one model of participants, with a
review of the concepts that are only alike.

The user picks several files (any format File > Open reads; a workbook of several
participants brings each of them, and one whose sheets name different concepts brings
each sheet as a map of its own). Concepts are aligned as the command line's
``windtunnel aggregate`` does (:func:`~windtunnel.io.participants.combine_maps`): same
label (case, spacing and punctuation aside), or same id and label. Labels that are only
alike (another spelling: plural, accents, or one map naming a concept twice, as
``chip smuggling`` and ``Chip-smuggling``; or alike by difflib's ratio; or the same id) are
**near matches**, and nothing is merged silently: :class:`NearMatchReview` lists them, one
row each (which map, its label, the concept it may be, why), and the user chooses per row
*Keep apart* (default), *Merge with* the proposed concept, *Keep as <participant>'s own*
(when the node is one a plain map has beyond the others), or *Merge with* any other concept
an earlier map brought and this map does not join already (the list names every one), or
*Merge all* (each with its proposed concept) / *Keep all apart*. Under them, one row per
other concept a plain map (one participant's map) has beyond the others
(:attr:`Combined.extras`): *Add to the shared map* (the default) or *Keep as
<participant>'s own*, so that a participant's extra nodes and edges can stay theirs. The combined model opens in a new window, unsaved
(closing it asks to save, as after any import), with the import's notes; no export of it replaces a file its maps were read from (as an
imported map's :attr:`~windtunnel.app.document.Document.own_files`).

While the window hides the participants' names (*Anonymous*), the review names each map
by the number its participant will have ("Participant 3", :func:`~.participant_names.numbered_maps`),
and so do the import's notes and a file that could not be read or maps that could not be
combined (a file is often named after its participant, "ana_lima.xlsx"); the combined
model's window opens with its names hidden too. Hiding them is a way of showing the
model, not a change to it: the title and description the import gives the model naming
the maps or their files keep their names, and the window shows them numbered while the
names are hidden (:attr:`~.document.Document.room_texts`).

A file that cannot be read is named with its problem and nothing opens.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from ..errors import LoadError, Problem, WindtunnelError
from .document import Document
from .failures import guarded_read
from .participant_names import hides_names, numbered_maps
from .files import open_filters
from .window_folders import ANY_READ

__all__ = ["NearMatchReview", "ParticipantsImport", "OWN"]

#: The choice of a review row that keeps an extra concept as its participant's own.
OWN = "own"

#: The preferences' name of the participants' import dialog's remembered folder.
FOLDER_KIND = "participants"


class NearMatchReview(QDialog):
    """One row per near match; each row's choice is Keep apart (the default), or the
    concept to merge with: the proposed one, or any of ``concepts`` (as
    :attr:`~windtunnel.io.participants.Combined.concepts`) of an earlier map that the
    row's map does not join already, or kept as its participant's own (:data:`OWN`) when
    the node is among ``extras``. Then one row per other extra concept of a plain map
    (``extras``, as :attr:`~windtunnel.io.participants.Combined.extras`): added to the
    shared map (the default) or kept as that participant's own. ``shown_maps``: how each
    map (by its index) is named, when not by its own name (an anonymous room)."""

    def __init__(self, proposals, parent=None, concepts=(), extras=(),
                 shown_maps: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Concepts that are only alike"))
        self.proposals = list(proposals)
        note = QLabel(self.tr(
            "These concepts have alike labels: in different maps, or spelled two ways in "
            "one map. Nothing is merged unless you choose Merge: merged, the map's node "
            "becomes the concept and its edges rate the concept's edges; kept apart, it "
            "stays a concept of its own."),
            wordWrap=True)
        proposed = {(p.map_index, p.node) for p in self.proposals}
        self.may_stay_own = {extra[:2] for extra in extras} & proposed
        self.extras = [extra for extra in extras if extra[:2] not in proposed]
        self.table = QTableWidget(len(self.proposals) + len(self.extras), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Map"), self.tr("Its concept"),
                                              self.tr("May be"), self.tr("Why"),
                                              self.tr("Choice")])
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        def map_name(index: int, name: str) -> str:
            return shown_maps[index] if shown_maps is not None else name

        self.choices: list[QComboBox] = []
        for row, proposal in enumerate(self.proposals):
            participant = map_name(proposal.map_index, proposal.participant)
            for column, text in enumerate((participant, proposal.label,
                                           proposal.concept_label, proposal.reason)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            choice = QComboBox()
            choice.addItem(self.tr("Keep apart"), None)
            choice.addItem(self.tr("Merge with {concept}").format(
                concept=proposal.concept_label), proposal.concept)
            if (proposal.map_index, proposal.node) in self.may_stay_own:
                choice.addItem(self.tr("Keep as {participant}'s own").format(
                    participant=participant), OWN)
            others = [(cid, label) for cid, label, origin, joined in concepts
                      if origin < proposal.map_index and cid != proposal.concept
                      and proposal.map_index not in joined]
            if others:
                choice.insertSeparator(choice.count())
            for cid, label in others:
                choice.addItem(self.tr("Merge with {concept}").format(concept=label), cid)
            choice.setToolTip(self.tr("Keep this concept apart, merge it with the concept it "
                                      "may be, or with any concept of the maps before it"))
            self.table.setCellWidget(row, 4, choice)
            self.choices.append(choice)
        self.own_choices: list[QComboBox] = []
        for row, (index, _node, label, name) in enumerate(self.extras, len(self.proposals)):
            name = map_name(index, name)
            for column, text in enumerate((name, label, "", self.tr("not on the other maps"))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            choice = QComboBox()
            choice.addItem(self.tr("Add to the shared map"), None)
            choice.addItem(self.tr("Keep as {participant}'s own").format(participant=name), OWN)
            choice.setToolTip(self.tr("Add this concept and its edges to the shared map, or "
                                      "keep them as this participant's own nodes and edges"))
            self.table.setCellWidget(row, 4, choice)
            self.own_choices.append(choice)
        merge_all = QPushButton(self.tr("Merge all"))
        merge_all.clicked.connect(lambda: self.set_all(True))
        keep_all = QPushButton(self.tr("Keep all apart"))
        keep_all.clicked.connect(lambda: self.set_all(False))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.addButton(merge_all, QDialogButtonBox.ActionRole)
        buttons.addButton(keep_all, QDialogButtonBox.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(self._width_wanted(), 360)

    def _width_wanted(self) -> int:
        """Wide enough for every column and its choices (a laptop's screen scrolled the
        choices out of sight at 760 pixels), within the screen the dialog opens on."""
        table = self.table
        table.resizeColumnsToContents()
        wanted = (table.horizontalHeader().length() + table.verticalScrollBar().sizeHint().width()
                  + 2 * table.frameWidth() + 40)            # the dialog's margins
        screen = (self.parentWidget() or self).screen().availableGeometry().width()
        return max(760, min(wanted, screen - 40))

    def set_all(self, merge: bool) -> None:
        for choice in self.choices:
            choice.setCurrentIndex(1 if merge else 0)

    def merged(self) -> dict[tuple, str]:
        """The user's choices: each near match to merge, key -> the concept to merge with,
        and each extra concept to keep as its participant's own, (map index, node id) ->
        :data:`OWN`."""
        chosen = {p.key: choice.currentData() for p, choice in zip(self.proposals, self.choices)
                  if choice.currentData() not in (None, OWN)}
        chosen.update(((p.map_index, p.node), OWN) for p, choice
                      in zip(self.proposals, self.choices) if choice.currentData() == OWN)
        chosen.update(((index, node), OWN) for (index, node, _l, _n), choice
                      in zip(self.extras, self.own_choices) if choice.currentData() == OWN)
        return chosen


class ParticipantsImport:
    """The File menu's *Import Participants' Maps* of one window."""

    def __init__(self, window) -> None:
        self.window = window
        self.action = QAction(QCoreApplication.translate(
            "ParticipantsImport", "Import &Participants' Maps\u2026"), window)
        self.action.setToolTip(QCoreApplication.translate(
            "ParticipantsImport",
            "Several maps (one per participant) become one model of participants, concepts "
            "aligned"))
        self.action.triggered.connect(lambda: self.run())
        window.menus.file.insertAction(window.menus.file_imports_end, self.action)  # with Import

    # the questions, replaced in tests
    def ask_paths(self) -> list[str]:
        """The files chosen: a map is read from any file Open reads, so the dialog offers
        Open's filters (models and the importers' one list of extensions). It starts in
        the folder the last participants' import chose, its own (a workshop's maps usually
        sit apart from the models), and before the first one where the last file read of
        any kind came from."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, QCoreApplication.translate("ParticipantsImport", "Import participants' maps"),
            self.window.default_folder(FOLDER_KIND, then=ANY_READ), open_filters())
        if paths:
            self.window.read_from(FOLDER_KIND, paths[0])
        return paths

    def review(self, proposals, concepts=(), extras=(),
               shown_maps: list[str] | None = None) -> dict[tuple, str] | None:
        """The near matches to merge, each with its concept, and the extra concepts kept
        as their participant's own (:meth:`NearMatchReview.merged`); None: the import is
        cancelled."""
        dialog = NearMatchReview(proposals, self.window, concepts, extras, shown_maps)
        return dialog.merged() if dialog.exec() == QDialog.Accepted else None

    def run(self, paths: list[str] | None = None):
        """Read the maps, review the near matches, open the combined model; the new window
        (None when cancelled or refused)."""
        from ..io.participant_files import read_file_maps   # pandas loads on first use
        from ..io.participants import combine_maps

        paths = self.ask_paths() if paths is None else paths
        if not paths:
            return None
        window = self.window
        anonymous = hides_names(window)
        per_file: list[list] = []
        try:
            for path in paths:
                per_file.append(guarded_read(lambda p=path: read_file_maps(p), path))
            maps = [m for file_maps in per_file for m in file_maps]
            combined = combine_maps(maps)
            if combined.proposals or combined.extras:
                shown = (numbered_maps([len(m.model.participants) for m in maps])
                         if anonymous else None)
                chosen = self.review(combined.proposals, combined.concepts, combined.extras,
                                     shown)
                if chosen is None:
                    return None
                if chosen:
                    combined = combine_maps(
                        maps, accept={k: v for k, v in chosen.items() if v != OWN},
                        own={k for k, v in chosen.items() if v == OWN})
        except WindtunnelError as exc:            # a file refused, too few maps, ...
            window.show_problem(QCoreApplication.translate(
                "ParticipantsImport", "The maps could not be combined"),
                _unnamed_error(exc, _numbers(paths, per_file)) if anonymous else exc)
            return None
        document = Document(combined.model, modified=True,   # unsaved work, as any import's
                            imported_from=[Path(path).resolve() for path in paths])
        document.room_texts = _room_texts(combined.model, maps, _numbers(paths, per_file))
        # no export may replace a participant's map it was combined from
        opened = window.workspace.open_window(document)
        if anonymous:                  # the room stays anonymous in the new window
            opened.extensions["participants"].anonymous.setChecked(True)
        notes = combined.notes
        if anonymous:
            notes = _unnamed_problems(notes, _numbers(paths, per_file))
        opened.show_notes(QCoreApplication.translate(
            "ParticipantsImport", "Imported %n participant(s)", "",
            len(combined.model.participants)), notes)
        return opened


def _room_texts(model, maps, names) -> dict[str, tuple[str, str]]:
    """The title and description of ``model``, combined from ``maps``, that name a map or
    its file ("Aggregate of 4 maps: ana_lima, ...", the first map's "Imported from
    ana_lima.csv"), each with the text a window hiding the names shows instead
    ("Aggregate of 4 maps: Participant 1, ...", :attr:`~.document.Document.room_texts`);
    ``names``: how the maps and files are numbered (:func:`_numbers`)."""
    from ..io.participants import combined_title

    texts = {"description": (model.description, _unnamed(model.description, names))}
    if model.title == combined_title(maps):
        shown = numbered_maps([len(m.model.participants) for m in maps])
        texts["title"] = (model.title, combined_title(
            [m._replace(name=name) for m, name in zip(maps, shown)]))
    return {field: pair for field, pair in texts.items() if pair[0] != pair[1]}


def _numbers(paths, per_file) -> list[tuple[str, str]]:
    """How an anonymous room names what an import of ``paths`` names (a file, or a map
    of a file of several, is often named after its participant: "ana_lima.xlsx"), longest
    first: each file, by path and by name, and each map read from ``per_file`` (the maps
    of the files read so far), as its participants' numbers ("Participant 2",
    "Participants 3–5"); a file not read (yet) as the number its first participant
    would have."""
    voices = [sum(max(1, len(m.model.participants)) for m in file_maps)
              for file_maps in per_file]
    voices += [1] * (len(paths) - len(per_file))
    pairs = []
    for path, shown in zip(paths, numbered_maps(voices)):
        pairs += [(str(path), shown), (str(Path(path).resolve()), shown),
                  (Path(path).name, shown)]
    maps = [m for file_maps in per_file for m in file_maps]
    pairs += zip((m.name for m in maps),
                 numbered_maps([len(m.model.participants) for m in maps]))
    return sorted(pairs, key=lambda pair: -len(pair[0]))      # "ab.csv" before "b.csv"


def _unnamed(text: str, names: list[tuple[str, str]]) -> str:
    """``text`` with every file or map of ``names`` (:func:`_numbers`) it names, as a
    whole word ("bob" in "bob: 3 edges", not in "bobcat"), named by its number."""
    for name, shown in names:
        if name:
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", lambda _m, s=shown: s, text)
    return text


def _unnamed_problems(problems, names: list[tuple[str, str]]) -> list[Problem]:
    """``problems`` of an import in an anonymous room naming no file or map of ``names``
    (:func:`_numbers`), in their locations ("ana_lima.xlsx, Edges row 4") or messages (an
    unexpected error's, which may quote the file's path)."""
    return [Problem(_unnamed(p.location, names), _unnamed(p.message, names))
            for p in problems]


def _unnamed_error(error: WindtunnelError, names: list[tuple[str, str]]) -> WindtunnelError:
    """``error`` of an import in an anonymous room naming no file or map of ``names``
    (:func:`_numbers`): the file that could not be read, and its problems, by their
    participants' numbers."""
    problems = getattr(error, "problems", None)
    if problems is None:                        # an error of one message
        return WindtunnelError(_unnamed(str(error), names))
    return LoadError(_unnamed_problems(problems, names),
                     source=_unnamed(str(getattr(error, "source", "") or ""), names))
