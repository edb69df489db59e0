"""Participants: who rated the map, how their ratings combine, and what each said about the
selected edge.

A window extension (registered by the composition root, app/main.py) that adds one dock:

- the participants (label, role, group, credibility, how many edges they rated): *Add*,
  *Remove*, and a double click (or F2) on a name, role, group or credibility to edit it,
  each one undoable step that re-aggregates the map (:mod:`.participants_rating`; the rows
  and what a cell typed into becomes: :mod:`.participants_people`); a value
  the model refuses (a credibility that is not a number from 0 to 100, a name another
  participant has) says why and changes nothing; a participant whose translated name or
  role may be out of date (its original was edited since) has a warning sign on its name,
  and, chosen, a notice under the table naming those texts, with Mark Reviewed
  (:mod:`.translation_review`); they come first in the dock, with Add and Remove under
  them, so that a dock a laptop or a projector leaves a few rows high shows them before
  it is scrolled, and outside the original language a line under the buttons says which
  language's translation the names and roles typed are;
- how their ratings become the map's weights: the aggregation method and whether absent
  ratings count as zeros, recorded in the model; changing either re-aggregates the map as
  one undoable step; the first participant added here to a model without any leaves
  absent ratings out, which a note under the setting says (:mod:`.participants_zeros_note`);
- for the one selected edge, every participant's rating (weight, term, confidence,
  rationale, sources) and the edge's disagreement (:mod:`.participants_edge`);
- *Anonymous* shows "Participant 1", "Participant 2" ... instead of names, for a projector,
  and so do the title and description an import of participants' maps gave the model
  naming them (:func:`~.participant_names.hide_in_texts`); it is remembered, and a new
  window (this session's or the next's) starts as it was last left;
- *Disagreement lens* draws on the map where participants disagree
  (:mod:`.participants_lens`), with its legend here and in map pictures, never over the
  map; View > Disagreement Lens toggles it too.

In a dock too short for all of it (a projector's, a laptop's), a bar at its foot says there
is more below (:mod:`.more_below`).

The Inspector's footer gets the rating of the selected edge by the current participant
(:mod:`.participants_rater`), and so does the map's right-click menu on an edge
(:mod:`.participants_menu`); the Participants' Results dock shows results per participant
(:mod:`.participants_results`).

The panel follows the model's signals and the canvas selection. A step of the undo stack
changes many elements at once (adding a participant re-aggregates dozens of edges, each a
signal of its own): the panel notes each change and shows them all once the step is done
(the stack's ``indexChanged``, so the table is ready when the step returns); a change made
outside the stack shows in the next turn of the event loop. While a participant's cell is
being typed the table of people is left as it is (a rebuild would put the old text back
into the editor) and is rebuilt once the editor closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Qt, Signal
from PySide6.QtGui import QAction
from shiboken6 import isValid
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QHBoxLayout,
                               QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..errors import ModelError
from ..model import AGGREGATIONS, translated
from ..model.default_names import DEFAULT_PARTICIPANT_NAME
from .carry import carry_controls
from .choices import fill_choices
from .commands import execute
from .participants_lens import DisagreementLens, LensDecoration, lens_legend_html
from .participant_names import hide_in_history, hide_in_texts, shown_names
from .participants_menu import RatingMenu
from .participants_rater import RatingBox
from .participants_frames import ParticipantsFrames, participants_frames
from .participants_people import EDITABLE, TEXTS, cell_command, fill_people
from .participants_tables import new_table
from .participants_edge import show_edge_ratings
from .participants_import import ParticipantsImport
from .participants_room import room_text
from .participants_zeros_note import AbsentRatingsNote
from .lazyview import LazyView
from .more_below import MoreBelow
from .participants_rating import (add_participant, aggregate_new_edges, remove_participant,
                                  set_aggregation)
from .scrolling import reveal, scrolling
from .translation_review import ReviewNotice, stale_fields
from .wheel_focus import WheelFocusComboBox
from .wording import names_language

__all__ = ["ParticipantsPanel", "attach_participants"]

_MODEL_SIGNALS = ("participant_added", "participant_removed", "participant_changed",
                  "edge_changed", "edge_added", "edge_removed", "node_changed",
                  "settings_changed")


class ParticipantsPanel(QWidget):
    """The Participants dock's content for one window (see the module docstring)."""

    #: The participants, their ratings or how they are named (anonymous mode) changed.
    changed = Signal()

    @property
    def results(self):
        """The Participants' Results dock's view (built on first use; None without the
        analysis)."""
        return self.lazy_results.view if self.lazy_results is not None else None

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        #: The Participants' Results page, set when the analysis is attached.
        self.lazy_results: LazyView | None = None
        self._model = None
        self._scene = None
        self.anonymous = QCheckBox(self.tr("Anonymous (hide names)"))
        self.anonymous.setChecked(window.workspace.preferences.hide_participant_names)
        self.anonymous.toggled.connect(self.refresh)
        self.anonymous.toggled.connect(self._hide_in_document)
        self.anonymous.toggled.connect(self._remember_anonymous)
        self.anonymous.toggled.connect(lambda _on: self.changed.emit())
        self.show_lens = QCheckBox(self.tr("Disagreement lens on the map"))
        self.show_lens.toggled.connect(self._lens_toggled)
        self.lens_action = QAction(self.tr("&Disagreement Lens"), window, checkable=True)
        self.lens_action.setToolTip(self.tr("Show on the map where participants disagree"))
        self.lens_action.setShortcut("Ctrl+Shift+D")
        self.lens_action.toggled.connect(self.show_lens.setChecked)
        self.lens_legend = QLabel(lens_legend_html(), wordWrap=True)
        self.lens_legend.hide()
        self.lens = DisagreementLens()
        self.decoration = LensDecoration(self)
        window.add_map_decoration(self.decoration)
        self.method = QLabel(wordWrap=True, textFormat=Qt.RichText)
        self.method.linkActivated.connect(lambda _link: self._add())    # "Add one"
        self.aggregation = WheelFocusComboBox()
        fill_choices(self.aggregation, AGGREGATIONS)
        self.aggregation.setToolTip(self.tr(
            "mean / median: credibility-weighted mean or median of the weights; linguistic: "
            "FCMpy's pipeline over the terms (Help > Participants)"))
        self.zeros = WheelFocusComboBox()
        self.zeros.addItem(self.tr("count as zero"), "include")
        self.zeros.addItem(self.tr("are left out"), "ignore")
        self.zeros.setToolTip(self.tr(
            "Edges a participant did not rate: count as a weight of 0 (fcmconfr's "
            "include_zeroes), or leave them out of the aggregate of that edge. An explicit "
            "\"no effect\" (NA or 0) is a rating and counts as 0 either way"))
        for combo in (self.aggregation, self.zeros):
            combo.activated.connect(self._aggregation_chosen)
        self.zeros_note = AbsentRatingsNote()
        self.zeros_note.count_zeros.connect(self._count_zeros)
        self.zeros_note.undone.connect(lambda: self._say(self.zeros_note.undone_sentence()))
        self.zeros_note.redone.connect(lambda: self._say(self.zeros_note.sentence()))
        # every header whole, the table scrolling sideways in a narrow dock; "Edges" says
        # the rest on hover
        self.people = new_table([self.tr("Participant"), self.tr("Role"), self.tr("Group"),
                                 self.tr("Credibility"), self.tr("Edges")], names=(0, 1, 2))
        #: Outside the original language, under the table and its buttons: which language's
        #: translation the names and roles typed are, as the Inspector's text fields say.
        #: (Said in the headers, the language's name widened the table past a laptop's dock.)
        self.people_language = QLabel(wordWrap=True)
        self.people.horizontalHeaderItem(4).setToolTip(self.tr(
            "Edges rated: how many of the map's edges the participant has rated"))
        self.people.setEditTriggers(QTableWidget.DoubleClicked | QTableWidget.EditKeyPressed)
        self.people.setSelectionBehavior(QTableWidget.SelectRows)
        self.people.horizontalHeaderItem(3).setToolTip(self.tr(
            "How much a participant's ratings weigh in the aggregate: a number from 0 to 100 "
            "(double-click to edit)"))
        self.people.itemChanged.connect(self._cell_edited)
        self.people.itemSelectionChanged.connect(self._people_selected)
        # a rebuild waits for the name being typed (see the module docstring)
        self._people_stale = False
        self._naming: str | None = None     # the participant just added, whose name is typed
        self.people.itemDelegate().closeEditor.connect(self._name_editor_closed)
        self._stack = None                     # the undo stack of the document followed
        self._unseen = False                   # model changes not shown yet
        self._pending = QTimer(self, singleShot=True, interval=0)   # a change off the stack
        self._pending.timeout.connect(self._catch_up)
        self.add = QPushButton(self.tr("Add"))
        self.add.setToolTip(self.tr("Add a participant (double-click a name to rename)"))
        self.add.clicked.connect(self._add)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove the selected participant and their ratings"))
        self.remove.clicked.connect(self._remove)
        #: The chosen participant's translations that may be out of date, and Mark Reviewed.
        self.review = ReviewNotice(self._mark_reviewed)
        self.review.hide()
        self.edge_heading = QLabel(wordWrap=True)
        self.edge_summary = QLabel(wordWrap=True)
        self.edge_summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.ratings = new_table([self.tr("Participant"), self.tr("Weight"), self.tr("Term"),
                               self.tr("Confidence"), self.tr("Sources"),
                               self.tr("Rationale")], names=(0, 4, 5))
        self.ratings.setToolTip(self.tr("Double-click a participant's row to rate this edge "
                                        "as them in the Inspector."))
        self.ratings.cellDoubleClicked.connect(self._rate_as)
        self.rating_box = RatingBox(window)
        window.inspector.add_footer(self.rating_box)
        window.inspector.add_strip(self.rating_box.strip)
        self.rating_box.settings_wanted.connect(self._show_settings)
        self.rater, self.term = self.rating_box.rater, self.rating_box.term
        method = QFormLayout()
        method.addRow(self.tr("Aggregate by"), self.aggregation)
        method.addRow(self.tr("Absent ratings"), self.zeros)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        # the people first, with Add and Remove, at the top of a dock a laptop or a
        # projector leaves a few rows high; then how the dock shows them, how their ratings
        # combine, and the selected edge's ratings, below
        layout = QVBoxLayout(self)
        for widget in (self.people, self.review):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        # Anonymous next, in view before the dock is scrolled in every language (the line
        # on the names' language, two lines in Japanese, had pushed it below a projector's)
        for widget in (self.anonymous, self.people_language, self.show_lens, self.lens_legend,
                       self.method):
            layout.addWidget(widget)
        layout.addLayout(method)
        layout.addWidget(self.zeros_note)
        for widget in (self.edge_heading, self.edge_summary, self.ratings):
            layout.addWidget(widget)
        window.menus.view.addSeparator()
        window.menus.view.addAction(self.lens_action)
        window.document_shown.connect(self._follow_document)
        window.window_closing.connect(self._detach)
        self._follow_document()

    # -- following the window's document ------------------------------------------------------

    def _detach(self) -> None:
        """Stop following the shown model and scene (the document changes or the window
        closes: the model may outlive the scene)."""
        if self._model is not None:
            for name in _MODEL_SIGNALS:
                getattr(self._model, name).disconnect(self._changed)
        if self._scene is not None and isValid(self._scene):
            self._scene.selectionChanged.disconnect(self.refresh)
        if self._stack is not None and isValid(self._stack):
            self._stack.indexChanged.disconnect(self._catch_up)
        self._pending.stop()
        self._unseen = False
        self._model = self._scene = self._stack = None

    def _follow_document(self) -> None:
        self._detach()
        self._model = self.window.document.model
        self._scene = self.window.scene
        self.lens = DisagreementLens()           # the old scene took its lens with it
        self.lens.setVisible(self.show_lens.isChecked())
        self._scene.addItem(self.lens)
        for name in _MODEL_SIGNALS:
            getattr(self._model, name).connect(self._changed)
        self._scene.selectionChanged.connect(self.refresh)
        self._stack = self.window.document.undo_stack
        self._stack.indexChanged.connect(self._catch_up)
        self._hide_in_document()
        self.refresh()
        self.changed.emit()

    def _hide_in_document(self, *_args) -> None:
        """The document's undo history and its title name the participants as the dock
        does."""
        hide_in_history(self.window.document, self.anonymous.isChecked())
        hide_in_texts(self.window.document, self.anonymous.isChecked())

    def _remember_anonymous(self, hidden: bool) -> None:
        """The next window, in this session or the next, hides the names or shows them
        as this one was last left."""
        self.window.workspace.preferences.hide_participant_names = hidden

    def _changed(self, *args) -> None:
        """The model changed: shown when the undo step is done, or in the next turn."""
        self._unseen = True
        self._pending.start()

    def _catch_up(self, *args) -> None:
        """Show the changes noted since the last time, once."""
        if not self._unseen:
            return
        self._unseen = False
        self._pending.stop()
        if self._scene is not None and isValid(self._scene) and isValid(self):
            self.refresh()
            self.changed.emit()

    def take_over(self, old: "ParticipantsPanel") -> None:
        """Carry on ``old``'s choices (the window was rebuilt in another language):
        anonymous mode, the disagreement lens, the participant rating in the Inspector,
        and the Participants' Results' tab and way of sampling."""
        carry_controls(old, self, ("anonymous", "show_lens", "rater"))
        if old.lazy_results is not None and old.lazy_results.is_built and \
                self.lazy_results is not None:
            carry_controls(old.results, self.results, ("with_weights", "tabs"))

    # -- showing ----------------------------------------------------------------------------

    def _lens_toggled(self, on: bool) -> None:
        self.lens.setVisible(on)
        self.lens_legend.setVisible(on)
        self.lens_action.setChecked(on)

    def names(self) -> list[str]:
        """The participants as shown: their labels, or numbers when anonymous."""
        return shown_names([translated(p) for p in self._model.participants],
                           self.anonymous.isChecked())

    def refresh(self) -> None:
        model = self._model
        if model is None:                      # the window is closing
            return
        participants = model.participants
        names = self.names()
        s = model.settings
        self.people_language.setText(names_language())
        self.people_language.setHidden(not self.people_language.text())
        self.method.setText(room_text(model))
        self.aggregation.setCurrentIndex(self.aggregation.findData(s.aggregation))
        self.zeros.setCurrentIndex(self.zeros.findData(s.aggregation_zeros))
        self.zeros_note.follow(model, self._stack)
        self.show_lens.setEnabled(bool(participants))
        self.lens_action.setEnabled(bool(participants))
        self.lens.update_marks(model)
        if self.people.state() == QAbstractItemView.EditingState:
            self._people_stale = True           # a name is being typed: rebuilt after it
        else:
            self._fill_people(names)
        self.rating_box.follow(model, names, self._selected_edge())
        show_edge_ratings(self, names)

    def _fill_people(self, names: list[str]) -> None:
        self._people_stale = False
        fill_people(self.people, self._model, names, self.anonymous.isChecked())
        self._people_selected()

    def _name_editor_closed(self, *_args) -> None:
        """The name was entered or given up: the changes it held back show now."""
        self._naming = None
        if (self._people_stale and self._model is not None
                and self.people.state() != QAbstractItemView.EditingState):
            self._fill_people(self.names())

    def _selected_edge(self):
        if self._scene is None:
            return None
        edges, nodes = self._scene.selected_edge_keys(), self._scene.selected_node_ids()
        return edges[0] if len(edges) == 1 and not nodes else None

    # -- editing ------------------------------------------------------------------------------

    def _push(self, command) -> bool:
        try:
            return execute(self.window.document.undo_stack, command)
        except ModelError as exc:
            self.window.show_problem(self.tr("That change is not possible"), exc)
            self.refresh()
            return False

    def _rate_as(self, row: int, _column: int) -> None:
        """A double click on a participant's rating of the selected edge: their rating in
        the Inspector, in view, ready to be set."""
        if 0 <= row < self.rater.count() and self._selected_edge() is not None:
            self.rater.setCurrentIndex(row)
            self.rating_box.reveal()

    def _show_settings(self) -> None:
        """Bring the dock forward with the keyboard on the setting of absent ratings."""
        self.dock.raise_()
        self.zeros.setFocus()
        reveal(self.zeros, self.zeros.rect())

    def _aggregation_chosen(self, _index: int) -> None:
        self._push(set_aggregation(self._model, aggregation=self.aggregation.currentData(),
                                   aggregation_zeros=self.zeros.currentData()))

    def _count_zeros(self) -> None:
        """The note's link: absent ratings count as zero (one undo step)."""
        self._push(set_aggregation(self._model, aggregation_zeros="include"))

    def _add(self) -> None:
        # a generated name: "Participant 6" the original, this language's wording shown
        taken = {text.casefold() for p in self._model.participants
                 for text in (p.label, translated(p))}
        number = len(self._model.participants) + 1
        while {DEFAULT_PARTICIPANT_NAME.format(number=number).casefold(),
               self.tr("Participant {number}").format(number=number).casefold()} & taken:
            number += 1
        command = add_participant(self._model, DEFAULT_PARTICIPANT_NAME.format(number=number),
                                  self.tr("Participant {number}").format(number=number),
                                  self.window.document)
        if self._push(command):
            if command.leaves_out_absent:          # the setting changed with the adding
                self.zeros_note.noted(self._stack, command)
                self.zeros_note.follow(self._model, self._stack)
                self._say(self.zeros_note.sentence())
            row = len(self._model.participants) - 1
            self._naming = self._model.participants[row].id
            self.people.setCurrentCell(row, 0)
            self.rater.setCurrentIndex(row)
            item = self.people.item(row, 0)
            self.people.scrollToItem(item)
            self.people.editItem(item)
            # in a short dock the table's new row can sit below the dock's end
            reveal(self.people.viewport(), self.people.visualItemRect(item))

    def _say(self, sentence: str) -> None:
        """``sentence`` in the status bar, long enough to be read."""
        self.window.statusBar().showMessage(sentence, 15000)

    def _selected_participant(self) -> str | None:
        rows = {index.row() for index in self.people.selectedIndexes()}
        participants = self._model.participants
        return participants[min(rows)].id if rows and min(rows) < len(participants) else None

    def _people_selected(self) -> None:
        self.remove.setEnabled(self._selected_participant() is not None)
        stale = self._stale()
        captions = {"label": self.tr("Participant"), "role": self.tr("Role")}
        self.review.name_fields(captions[field] for field in stale)
        self.review.setVisible(bool(stale))

    def _stale(self) -> list[str]:
        """The chosen participant's texts whose translation may be out of date (none
        while the names are hidden)."""
        pid = self._selected_participant()
        if pid is None or self.anonymous.isChecked():
            return []
        return stale_fields(self._model.participant(pid), TEXTS)

    def _mark_reviewed(self) -> None:
        """The chosen participant's translations shown are reviewed (one undo step)."""
        stale = self._stale()
        if stale:
            self.window.editor.mark_reviewed("participant", self._selected_participant(), *stale)

    def _remove(self) -> None:
        pid = self._selected_participant()
        if pid is not None:
            self._push(remove_participant(self._model, pid, self.window.document))

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        """A name, role, group or credibility typed in: one undoable step, or the reason it
        is refused and the old value back."""
        column = item.column()
        who = self._model.participant(item.data(Qt.UserRole)) if column in EDITABLE else None
        if who is None:                  # removed while its cell was typed
            return
        text = item.text().strip()
        try:
            command = cell_command(self._model, who, column, text,
                                   just_added=who.id == self._naming,
                                   document=self.window.document)
        except ModelError as exc:                  # a name another participant has, not a number
            self.window.show_problem(self.tr("That name is not possible") if column == 0
                                     else self.tr("That change is not possible"), exc)
            QTimer.singleShot(0, self.refresh)     # the old value comes back
            return
        if command is not None and not self._push(command):   # refused by the model
            QTimer.singleShot(0, self.refresh)


def _participant_results(controller, panel):
    from .participants_results import ParticipantResults

    return ParticipantResults(controller, panel)


def attach_participants(window, frames: ParticipantsFrames | None = None) -> ParticipantsPanel:
    """Add the Participants dock to ``window`` (tabbed with the Inspector), into ``frames``
    when they were placed before (:func:`~.participants_frames.participants_frames`)."""
    frames = frames if frames is not None else participants_frames(window)
    panel = ParticipantsPanel(window)
    panel.importer = ParticipantsImport(window)
    panel.rating_menu = RatingMenu(panel)
    window.add_map_menu(panel.rating_menu.contribute)
    window.add_edge_rule(aggregate_new_edges)
    panel.dock = frames.panel_dock
    panel.dock.setWidget(scrolling(panel))
    # a projector's dock shows the people and little else: the rest is said to be there
    panel.more_below = MoreBelow(panel.dock.widget(), QCoreApplication.translate(
        "ParticipantsPanel", "More below \u25be"), QCoreApplication.translate(
        "ParticipantsPanel", "How the ratings combine and the selected edge's ratings are "
        "below: click, or scroll, to see them"))
    analysis = window.extensions.get("analysis")
    if analysis is not None:        # Explore names the participants too
        panel.anonymous.toggled.connect(lambda _on: analysis.rename_participants())
    if frames.results_dock is not None:
        # built when its tab is first shown: its charts load pyqtgraph, which the window's
        # first paint does without
        panel.lazy_results = LazyView(lambda: _participant_results(analysis.controller, panel))
        panel.results_dock = frames.results_dock
        panel.results_dock.setWidget(panel.lazy_results)
    return panel
