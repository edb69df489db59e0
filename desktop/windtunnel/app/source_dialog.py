"""The form that adds or edits one source (the Sources panel's Add and Edit).

The form's Title, Publisher and Note edit the text of the current language, as the Inspector does
(:func:`windtunnel.model.with_text`): in English the original, in another language its
translation (emptied, the original shows again), with the original shown above the form.
A new source's title, publisher and note are its original text, in whatever language they
are typed. A translated text whose original was edited since it was written has the note
"Translation may be out of date" under it (:mod:`.translation_review`); its Mark Reviewed
takes the mark away with the form's OK, and so does editing the translation. OK with a
field the model refuses (an empty title, a text too long) keeps the form open with
everything typed, and says under it every field refused and why, all at once. A date is a
year, a year and month or a whole date (``2026``, ``2026-06``, ``2026-06-25``), or a date
as the Sources list writes it in the language ("June 25, 2026"), kept as the first forms;
another, typed here, is refused under the date itself (one a file or an import brought,
"spring 2026", stays as long as it is not changed). A link typed without its scheme is
taken as https.

The form has its own module, imported when it is first asked for: PySide6 makes a Qt
class's Python type, with all of its enums, when a module first names the class, and the
first paint needs neither the dialog nor its button box.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from ..model import Source, edits_original, reviewed, slugify, translated, with_text
from .fields import PlainTextField
from .formats import read_date
from .original_text import OriginalText
from .translation_review import add_review_notice, show_review_notice, stale_fields
from .wording import field_problem

__all__ = ["SourceDialog", "with_scheme"]

#: A web address typed without its scheme: a host name with a dot, then perhaps a path.
_SCHEMELESS = re.compile(r"[^\s/:?#]+\.[^\s/:?#]+(?:[/?#]\S*)?\Z")


def with_scheme(link: str) -> str:
    """``link`` as a source keeps it: a web address typed without its scheme
    ("www.bis.gov/x") is an https one; anything else as typed (stripped), for the model to
    take or refuse."""
    link = link.strip()
    return f"https://{link}" if _SCHEMELESS.match(link) else link


class SourceDialog(QDialog):
    """Edit the fields of one source."""

    def __init__(self, source: Source | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit source") if source else self.tr("Add source"))
        self.original = source
        self.title = QLineEdit(translated(source, "title") if source else "")
        self.publisher = QLineEdit(translated(source, "publisher") if source else "")
        self.date = QLineEdit(source.date if source else "", placeholderText=self.tr("YYYY-MM-DD"))
        self.date.setToolTip(self.tr("A year, a year and month, or a whole date: 2026, "
                                     "2026-06 or 2026-06-25, or as the Sources list writes "
                                     "it (June 25, 2026)"))
        #: Says under the date why it is refused.
        self.date_problem = QLabel(wordWrap=True)
        self.date_problem.setStyleSheet("color: #c62828;")
        self.date_problem.hide()
        self.date.textEdited.connect(self.date_problem.hide)
        self.url = QLineEdit(source.url if source else "", placeholderText="https://")
        self.url.setToolTip(self.tr("Optional: the web address where the source can be read "
                                    "(http:// or https://); it is shown and copied, never "
                                    "opened by Windtunnel"))
        self.citation = PlainTextField()
        self.citation.setPlainText(source.citation if source else "")
        self.note = PlainTextField()
        self.note.setPlainText(translated(source, "note") if source else "")
        rows = ((self.tr("Title"), self.title), (self.tr("Publisher"), self.publisher),
                (self.tr("Date"), self.date), (self.tr("Citation"), self.citation),
                (self.tr("Link"), self.url), (self.tr("Note"), self.note))
        self.original_text = OriginalText()
        if source is not None and not edits_original():
            captions = {widget: caption for caption, widget in rows}
            self.original_text.show_fields([(captions[field], text) for field, text in (
                (self.title, source.title), (self.publisher, source.publisher),
                (self.note, source.note))])
        self.captions = {"title": rows[0][0], "publisher": rows[1][0], "date": rows[2][0],
                         "citation": rows[3][0], "url": rows[4][0], "note": rows[5][0]}
        form = QFormLayout()
        for label, widget in rows:
            form.addRow(label, widget)
            if widget is self.date:      # its own row: the caption stays level with the field
                form.addRow("", self.date_problem)
        #: The texts whose translation is marked reviewed, by the notices' buttons.
        self.reviewed: set[str] = set()
        self.review_notices = {}
        editors = {"title": self.title, "publisher": self.publisher, "note": self.note}
        for field in stale_fields(source, editors) if source is not None else ():
            self.review_notices[field] = notice = add_review_notice(
                form, editors[field], partial(self._reviewed, field))
            show_review_notice(notice, True)
        self.refused = QLabel(wordWrap=True)
        self.refused.setStyleSheet("color: #c62828;")
        self.refused.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.original_text)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addWidget(buttons)
        self.resize(460, 360)

    def _reviewed(self, field: str) -> None:
        self.reviewed.add(field)
        show_review_notice(self.review_notices[field], False)

    def accept(self) -> None:
        """Close only on a source the model takes and a date of the forms above; else say
        every problem at once, each under its field or the form, keeping what was typed.
        A link typed without its scheme ("www.bis.gov/x") is taken as https, and the field
        shows what is kept."""
        self.url.setText(with_scheme(self.url.text()))
        date_taken = self._date_taken()
        problems = [(field.rsplit(".", 1)[-1], message)       # translations.ja.title too
                    for field, message in self.source(set()).problems()
                    if field != "id" and (field != "date" or date_taken)]
        if date_taken and not problems:
            super().accept()
            return
        self.refused.setText("\n".join(field_problem(self.captions.get(field, field), message)
                                       for field, message in problems))
        self.refused.setVisible(bool(problems))
        fields = {"title": self.title, "publisher": self.publisher, "date": self.date,
                  "citation": self.citation, "url": self.url, "note": self.note}
        wrong = {field for field, _ in problems} | (set() if date_taken else {"date"})
        first = next((widget for field, widget in fields.items() if field in wrong), None)
        if first is not None:
            first.setFocus()

    def _date_taken(self) -> bool:
        """Whether the date is empty, a date of the forms a model writes or the Sources list
        shows (put in the field as the model keeps it), or the one the source had; else say
        so under it."""
        date = self.date.text().strip()
        if not date or (self.original is not None and date == self.original.date):
            return True
        kept = read_date(date)
        if kept is not None:
            self.date.setText(kept)
            return True
        self.date_problem.setText(self.tr(
            "\"{date}\" is not a date: write a year, a year and month, or a whole date, "
            "as 2026, 2026-06 or 2026-06-25").format(date=date))
        self.date_problem.show()
        return False

    def source(self, taken: set[str]) -> Source:
        """The edited source (a new id from the title when adding); an existing source's
        title, publisher and note change in the current language."""
        texts = dict(title=self.title.text().strip(),
                     publisher=self.publisher.text().strip(),
                     note=self.note.toPlainText())
        values = dict(date=self.date.text().strip(),
                      citation=self.citation.toPlainText(), url=self.url.text().strip())
        if self.original is None:
            return Source(slugify(texts["title"] or "source", taken), **texts, **values)
        source = replace(self.original, **values)
        for name in self.reviewed:
            source = reviewed(source, name)
        for name, text in texts.items():
            if text != translated(source, name):     # untouched text stays as it was
                source = with_text(source, name, text)
        return source
