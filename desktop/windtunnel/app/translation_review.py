"""The Inspector's note under a translated text whose original was edited after the
translation was written (windtunnel.model.needs_review): "Translation may be out of date",
in the window's language, and a button that marks the translation reviewed.

The note shows only while the window speaks a language other than the original's and the
text it shows there is such a translation; editing the translation, or the button (one
undo step, :meth:`~windtunnel.app.editor.Editor.mark_reviewed`), takes the mark away.
"""

from __future__ import annotations

from functools import partial
from typing import Callable, Iterable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..model import edits_original, needs_review
from .fields import FieldForm

__all__ = ["ReviewNotice", "add_review_notices", "show_review_notices"]


class ReviewNotice(QWidget):
    """"Translation may be out of date" and a Mark Reviewed button, on one row."""

    def __init__(self, on_reviewed: Callable[[], object], parent=None) -> None:
        super().__init__(parent)
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


def add_review_notices(form: FieldForm, fields: Iterable[str],
                       on_reviewed: Callable[[str], object]) -> dict[str, ReviewNotice]:
    """A hidden notice right under the row of each of ``fields`` in ``form``; its button
    calls ``on_reviewed(field)``. The notices by field."""
    notices = {}
    for field in fields:
        row, _role = form.form.getWidgetPosition(form.editors[field])
        notice = ReviewNotice(partial(on_reviewed, field))
        form.form.insertRow(row + 1, notice)
        form.form.setRowVisible(notice, False)
        notices[field] = notice
    return notices


def show_review_notices(form: FieldForm, notices: dict[str, ReviewNotice], element) -> None:
    """Show the notice of each field of ``element`` whose translation, as the window's
    language shows it, may be out of date; hide the others."""
    translating = not edits_original()
    for field, notice in notices.items():
        form.form.setRowVisible(notice, translating and needs_review(element, field))
