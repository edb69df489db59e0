"""The note under a translated text whose original was edited after the translation was
written (windtunnel.model.needs_review): "Translation may be out of date", in the window's
language, and a button that marks the translation reviewed.

The note shows only while the window speaks a language other than the original's and the
text it shows there is such a translation; editing the translation, or the button (one
undo step, :meth:`~windtunnel.app.editor.Editor.mark_reviewed`), takes the mark away. The
Inspector puts one under each translated text of its forms (an element's, the model's own
title, description and time unit); the Sources and Participants docks flag the rows of the
sources and participants with such a text (:func:`flag_stale_rows`) and put one notice,
naming those texts, under their table for the chosen row; the source form puts one under
each such text, taken away with the form's OK.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ..model import edits_original, needs_review
from .fields import FieldForm
from .wording import listed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableWidget

__all__ = ["ReviewNotice", "add_review_notices", "add_review_notice", "show_review_notices",
           "show_review_notice", "stale_fields", "flag_stale_rows"]


class ReviewNotice(QWidget):
    """"Translation may be out of date" and a Mark Reviewed button, on one row."""

    def __init__(self, on_reviewed: Callable[[], object], parent=None) -> None:
        super().__init__(parent)
        #: The form whose row the notice is (:func:`add_review_notice`), else None.
        self.form: QFormLayout | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel("\u26a0 " + self.tr("Translation may be out of date"), wordWrap=True)
        self.note.setToolTip(self.tr("The original text was edited after this translation "
                                     "was written: check that it still says the same"))
        self.button = QPushButton(self.tr("Mark Reviewed"))
        self.button.setToolTip(self.tr("The translation says what the original says now: "
                                       "take the mark away"))
        self.button.clicked.connect(on_reviewed)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.button)

    def name_fields(self, captions: Iterable[str]) -> None:
        """Say which texts the notice is about ("Translation may be out of date: Title,
        Note"), for a notice under a list rather than under one text."""
        self.note.setText("\u26a0 " + self.tr("Translation may be out of date: {fields}").format(
            fields=listed(captions)))


def add_review_notices(form: FieldForm, fields: Iterable[str],
                       on_reviewed: Callable[[str], object]) -> dict[str, ReviewNotice]:
    """A hidden notice right under the row of each of ``fields`` in ``form``; its button
    calls ``on_reviewed(field)``. The notices by field."""
    return {field: add_review_notice(form.form, form.editors[field],
                                     partial(on_reviewed, field)) for field in fields}


def add_review_notice(layout: QFormLayout, editor: QWidget,
                      on_reviewed: Callable[[], object]) -> ReviewNotice:
    """A hidden notice right under the row of ``editor`` in the form ``layout``."""
    row, _role = layout.getWidgetPosition(editor)
    notice = ReviewNotice(on_reviewed)
    notice.form = layout
    layout.insertRow(row + 1, notice)
    layout.setRowVisible(notice, False)
    return notice


def show_review_notices(notices: dict[str, ReviewNotice], element) -> None:
    """Show the notice of each field of ``element`` whose translation, as the window's
    language shows it, may be out of date; hide the others."""
    stale = stale_fields(element, notices)
    for field, notice in notices.items():
        show_review_notice(notice, field in stale)


def show_review_notice(notice: ReviewNotice, shown: bool) -> None:
    """Show or hide ``notice``, with its row in its form."""
    if notice.form is not None:
        notice.form.setRowVisible(notice, shown)
    else:
        notice.setVisible(shown)


def stale_fields(element, fields: Iterable[str]) -> list[str]:
    """Those of ``fields`` whose translation, as the window's language shows ``element``,
    may be out of date (none while the window speaks the original's language)."""
    if edits_original():
        return []
    return [field for field in fields if needs_review(element, field)]


def flag_stale_rows(table: QTableWidget, column: int, elements: Sequence,
                    fields: Iterable[str]) -> None:
    """A warning sign, and a line on hover, on the ``column`` cell of each row of ``table``
    whose element (``elements``, in the rows' order) has a translation of one of ``fields``
    that may be out of date as the window's language shows it."""
    fields = tuple(fields)
    warning = None
    for row, element in enumerate(elements):
        item = table.item(row, column)
        if item is None or not stale_fields(element, fields):
            continue
        if warning is None:
            # named only here: PySide6 makes a class's Python type, with all of its enums
            # (QStyle has hundreds), when a module first names it, and most windows
            # never flag a row
            from PySide6.QtWidgets import QStyle
            warning = table.style().standardIcon(QStyle.SP_MessageBoxWarning)
        item.setIcon(warning)
        item.setToolTip("\n".join(filter(None, (item.toolTip(), QCoreApplication.translate(
            "ReviewNotice", "Translation may be out of date")))))
