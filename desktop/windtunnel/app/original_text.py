"""The original text above a form that edits a translation of it (the Inspector, a
source's dialog): each field's original named by the field's caption, in the muted colour
of the app's hints.

Unnamed, a node's label and its description ran together ("Original: Misuse / Risk that AI
is used ..." read as one sentence), and in the palette's *mid* grey (1.6:1 against the
window) they could hardly be read at all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from .. import language

__all__ = ["OriginalText"]

#: An original text longer than this shows cut (a description can run to pages).
SHOWN_CHARACTERS = 300


class OriginalText(QLabel):
    """What the fields of a form edited in another language say in the original."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, wordWrap=True, textFormat=Qt.PlainText)
        self.setForegroundRole(QPalette.PlaceholderText)
        self.hide()

    def show_fields(self, fields: list[tuple[str, str]]) -> None:
        """Show ``fields``, (caption, original text) pairs, one line each (those with no
        original text left out), under a line naming the language being edited."""
        lines = [self.tr("{field}: {text}").format(field=caption, text=text[:SHOWN_CHARACTERS])
                 for caption, text in fields if text]
        self.setText(self.tr("Editing the {language} text. Original: {text}").format(
            language=language.LANGUAGES.get(language.current(), language.current()),
            text="\n".join(["", *lines]) if lines else self.tr("(none)")))
        self.show()
