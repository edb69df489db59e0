"""Sources: the evidence list, and citing sources from the selected nodes and edges.

The table lists every source (title, publisher, date, how many nodes and edges cite it).
Add and Edit open a small form (:mod:`.source_dialog`); Delete removes a source and its
citations in one undoable step (the model rewrites the citing nodes and edges, undo puts
them back). "Cite" attaches the chosen source to every selected node and edge, "Uncite"
detaches it. The table shows the title and publisher in the current language; a source
whose translated title, publisher or note may be out of date (its original was edited
since) has a warning sign on its title, and, chosen, a notice under the table naming those
texts, with Mark Reviewed (:mod:`.translation_review`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..errors import ModelError
from ..model import translated
from .commands import InsertCommand, RemoveCommand, ReplaceCommand
from .flow import FlowLayout
from .formats import date
from .model_language import language_relay
from .shared_columns import squeezed
from .translation_review import ReviewNotice, flag_stale_rows, stale_fields

if TYPE_CHECKING:
    from .source_dialog import SourceDialog

__all__ = ["SourcesPanel"]

_TITLE, _PUBLISHER, _DATE, _CITED = range(4)
#: A source's translated texts.
_TEXTS = ("title", "publisher", "note")
#: A title keeps at least this many letters' width while the other columns can give way.
_TITLE_LETTERS = 16
#: ... and a publisher this many, enough to tell one from another.
_PUBLISHER_LETTERS = 6


class _SourcesTable(QTableWidget):
    """The sources' columns, fitted to the table's width whenever it changes.

    The title is the name a user looks for, so it has the room first: its whole line
    where the table is wide enough, else all the others leave it, and at least the width
    of :data:`_TITLE_LETTERS` letters (or its whole text). The date is never cut; the
    publisher and the count take what the title leaves, down to
    :data:`_PUBLISHER_LETTERS` letters and to their figures, their texts and headings
    cut with "..." and whole on hover. Below those widths (the panel is as narrow as its
    column: a quarter of a laptop's window, half of that on a 2x screen) the widest
    columns give way alike, the date too (:func:`~.shared_columns.squeezed`), down to
    :data:`_PUBLISHER_LETTERS` letters each, so that the dates stay in view rather than
    scroll sideways. A column the user resizes keeps that width until the table's width or
    its sources change."""

    def __init__(self) -> None:
        super().__init__(0, 4)
        # the viewport Qt makes (a plain widget in the table's base colour), made here: the
        # first time viewport() handed Qt's over, PySide6 would build the Python type of
        # every widget class there is to find out which it is, before the first paint
        viewport = QWidget()
        viewport.setBackgroundRole(QPalette.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Resize:     # the table's, or a scroll bar came or went
            self.fit_columns()
        return super().viewportEvent(event)

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        contents = [self.sizeHintForColumn(c) for c in range(4)]
        wanted = [max(width, header.sectionSizeHint(c)) for c, width in enumerate(contents)]
        letters = self.fontMetrics().horizontalAdvance
        # every heading whole (a laptop's panel read "Publ..." and "C...")
        least = [max(header.minimumSectionSize(), width) for width in (
            min(wanted[_TITLE], letters("x" * _TITLE_LETTERS)),
            min(wanted[_PUBLISHER], max(letters("x" * _PUBLISHER_LETTERS),
                                        header.sectionSizeHint(_PUBLISHER))),
            wanted[_DATE], wanted[_CITED])]
        room = self.viewport().width()
        widths = list(least)
        for column in (_TITLE, _PUBLISHER, _CITED):     # the room, in this order
            spare = room - sum(widths)
            widths[column] = max(least[column], min(wanted[column], widths[column] + spare))
        floor = letters("x" * _PUBLISHER_LETTERS)
        for column, width in enumerate(squeezed(widths, floor, room)):
            self.setColumnWidth(column, width)


class SourcesPanel(QWidget):
    """The contents of the Sources dock."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = None
        self.table = _SourcesTable()
        # short headings, whole in a laptop's panel beside the title's 16 letters
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Publisher"), self.tr("Date"), self.tr("Cited")]
        )
        for column in range(self.table.columnCount()):     # a heading cut is whole on hover
            heading = self.table.horizontalHeaderItem(column)
            heading.setToolTip(heading.text())
        self.table.horizontalHeaderItem(_CITED).setToolTip(
            self.tr("How many nodes and edges cite the source"))
        header = self.table.horizontalHeader()
        # the header and two sources in sight in the shortest dock (a 2x screen's), where the
        # buttons take three rows and the dates scroll sideways: below that the panel scrolls
        self.table.setMinimumHeight(header.sizeHint().height() + 2 * self.table.frameWidth()
                                    + 2 * self.table.verticalHeader().defaultSectionSize()
                                    + self.table.horizontalScrollBar().sizeHint().height())
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
        # a heading narrower than its word ends in "..." ("Publi..."), not cut at both ends
        header.setTextElideMode(Qt.ElideRight)
        self.table.verticalHeader().hide()
        # rows as tall as their line of text: at the style's 30 pixels a laptop's tabbed
        # panel showed four of five sources in Japanese. Measured when the table is filled
        # (:meth:`refresh`): a row's one line is as tall at any column width, and Qt's
        # measuring every cell again at each layout pass cost the start-up some 15 M
        # instructions
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(self.table.fontMetrics().height() + 8)
        rows.setSectionResizeMode(QHeaderView.Fixed)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.doubleClicked.connect(lambda *_: self.edit_source())
        buttons = FlowLayout()    # wrapped in a narrow column (a laptop's, a 2x screen's)
        for text, slot, tip in (
                (self.tr("Add\u2026"), self.add_source, self.tr("Add a source")),
                (self.tr("Edit\u2026"), self.edit_source, self.tr("Edit the chosen source")),
                (self.tr("Delete"), self.delete_source, self.tr("Delete the chosen source")),
                (self.tr("Cite"), lambda: self.cite(True),
                 self.tr("Cite the chosen source from the selected nodes and edges")),
                (self.tr("Uncite"), lambda: self.cite(False),
                 self.tr("Remove the chosen source from the selected nodes and edges"))):
            button = QPushButton(text, toolTip=tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.status = QLabel(wordWrap=True)
        #: The chosen source's translations that may be out of date, and Mark Reviewed.
        self.review = ReviewNotice(self.mark_reviewed)
        self.review.hide()
        self.table.itemSelectionChanged.connect(self._show_review)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.review)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        language_relay().changed.connect(self._schedule)

    _SIGNALS = ("source_added", "source_removed", "source_changed", "node_added",
                "node_removed", "node_changed", "edge_added", "edge_removed", "edge_changed")

    def set_editor(self, editor) -> None:
        """Show and follow the model of ``editor``; None stops following (the window goes,
        and the model may outlive it)."""
        if self.editor is not None:
            for name in self._SIGNALS:
                getattr(self.editor.model, name).disconnect(self._schedule)
        self.editor = editor
        if editor is None:
            return
        for name in self._SIGNALS:
            getattr(editor.model, name).connect(self._schedule)
        self.refresh()

    def _schedule(self, *args) -> None:
        if self.editor is not None and not self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        if self.editor is None:         # let go of (the window is going)
            return
        model = self.editor.model
        counts = {s.id: 0 for s in model.sources}
        for item in model.nodes + model.edges:
            for source_id in item.sources:
                counts[source_id] = counts.get(source_id, 0) + 1
        chosen = self.chosen_id()
        self.table.setRowCount(len(model.sources))
        for row, source in enumerate(model.sources):
            title = translated(source, "title")   # the table reads in the chosen language
            for column, text in enumerate((title, translated(source, "publisher"),
                                           date(source.date),
                                           str(counts.get(source.id, 0)))):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.UserRole, source.id)
                # the whole text (a cut publisher ends in "..."), the citation, the link
                cell.setToolTip("\n".join(dict.fromkeys(filter(None, (text, source.citation,
                                                                        source.url)))))
                self.table.setItem(row, column, cell)
            if source.id == chosen:
                self.table.selectRow(row)
        flag_stale_rows(self.table, _TITLE, model.sources, _TEXTS)
        self.table.resizeRowsToContents()
        self.table.fit_columns()
        self._show_review()

    def _stale(self) -> tuple[str | None, list[str]]:
        """The chosen source's id and its texts whose translation may be out of date."""
        source_id = self.chosen_id()
        source = self.editor.model.source(source_id) if source_id is not None else None
        return source_id, stale_fields(source, _TEXTS) if source is not None else []

    def _show_review(self) -> None:
        if self.editor is None:
            return
        _, stale = self._stale()
        captions = {"title": self.tr("Title"), "publisher": self.tr("Publisher"),
                    "note": self.tr("Note")}
        self.review.name_fields(captions[field] for field in stale)
        self.review.setVisible(bool(stale))

    def mark_reviewed(self) -> None:
        """The chosen source's translations shown are reviewed (one undo step)."""
        source_id, stale = self._stale()
        if stale:
            self.editor.mark_reviewed("source", source_id, *stale)

    def chosen_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.UserRole)

    def _run(self, command) -> bool:
        try:
            self.editor.run(command)
        except ModelError as exc:
            self.status.setText(str(exc))
            return False
        self.status.clear()
        return True

    def add_source(self, *, dialog: SourceDialog | None = None) -> None:
        from .source_dialog import SourceDialog     # made when first asked for (see there)

        dialog = dialog or SourceDialog(None, self)
        if dialog.exec() != SourceDialog.Accepted:
            return
        model = self.editor.model
        self._run(InsertCommand(model, "source", dialog.source({s.id for s in model.sources})))

    def edit_source(self, *, dialog: SourceDialog | None = None) -> None:
        source_id = self.chosen_id()
        if source_id is None:
            return
        model = self.editor.model
        old = model.source(source_id)
        from .source_dialog import SourceDialog

        dialog = dialog or SourceDialog(old, self)
        if dialog.exec() != SourceDialog.Accepted:
            return
        new = dialog.source(set())
        if new != old:
            self._run(ReplaceCommand(model, "source", old, new))

    def delete_source(self) -> None:
        source_id = self.chosen_id()
        if source_id is not None:
            self._run(RemoveCommand(self.editor.model, "source", source_id))

    def cite(self, cited: bool) -> None:
        source_id = self.chosen_id()
        if source_id is None:
            self.status.setText(self.tr("Choose a source in the list first."))
            return
        try:
            changed = self.editor.cite(source_id, cited=cited)
        except ModelError as exc:
            self.status.setText(str(exc))
            return
        if not changed:
            self.status.setText(self.tr("Select nodes or edges on the map first."))
        elif cited:
            self.status.setText(self.tr("%n selected item(s) now cite it.", "", changed))
        else:
            self.status.setText(self.tr("%n selected item(s) no longer cite it.", "", changed))
