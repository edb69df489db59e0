"""The original text above a form that edits a translation of it (the Inspector, a
source's dialog): each field's original named by the field's caption, in the muted colour
of the app's hints.

Unnamed, a node's label and its description ran together ("Original: Misuse / Risk that AI
is used ..." read as one sentence), and in the palette's *mid* grey (1.6:1 against the
window) they could hardly be read at all.

In the Inspector it starts folded to one line ("Original: Label: Misuse risk · Description:
Risk that ...", cut with "..." and whole on hover) beside an arrow that unfolds it: unfolded
at the top of a narrow dock, a node's description in English took most of the first view
of a Japanese or Chinese Inspector, and the translated fields being edited came below it.
The arrow's choice holds for the next selections.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .. import language
from .elided import ElidedLabel

__all__ = ["OriginalText"]

#: An original text longer than this shows cut (a description can run to pages).
SHOWN_CHARACTERS = 300


class OriginalText(QWidget):
    """What the fields of a form edited in another language say in the original: whole,
    or (``folded``) on one line until its arrow unfolds it (see the module docstring)."""

    def __init__(self, parent=None, *, folded: bool = False) -> None:
        super().__init__(parent)
        self.whole = QLabel(wordWrap=True, textFormat=Qt.PlainText)
        self.line = ElidedLabel()
        self.arrow = QToolButton(autoRaise=True, checkable=True)
        self.arrow.setChecked(not folded)
        self.arrow.toggled.connect(self._unfold)
        for label in (self.whole, self.line):
            label.setForegroundRole(QPalette.PlaceholderText)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.line)
        texts.addWidget(self.whole)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.arrow, 0, Qt.AlignTop)
        row.addLayout(texts, 1)
        self.arrow.setVisible(folded)        # never folded: no arrow
        self._unfold(not folded)
        self.hide()

    def text(self) -> str:
        """The original text whole, as unfolded."""
        return self.whole.text()

    @property
    def folded(self) -> bool:
        return not self.arrow.isChecked()

    def show_fields(self, fields: list[tuple[str, str]]) -> None:
        """Show ``fields``, (caption, original text) pairs, one line each (those with no
        original text left out), under a line naming the language being edited; folded,
        on one line."""
        lines = [self.tr("{field}: {text}").format(field=caption, text=text[:SHOWN_CHARACTERS])
                 for caption, text in fields if text]
        self.whole.setText(self.tr("Editing the {language} text. Original: {text}").format(
            language=language.LANGUAGES.get(language.current(), language.current()),
            text="\n".join(["", *lines]) if lines else self.tr("(none)")))
        self.line.set_full_text(self.tr("Original: {text}").format(
            text=" \u00b7 ".join(lines) if lines else self.tr("(none)")))
        self.show()

    def _unfold(self, unfolded: bool) -> None:
        self.arrow.setArrowType(Qt.DownArrow if unfolded else Qt.RightArrow)
        self.arrow.setToolTip(self.tr("Show the original on one line") if unfolded
                              else self.tr("Show the original text whole"))
        self.line.setVisible(not unfolded)
        self.whole.setVisible(unfolded)
