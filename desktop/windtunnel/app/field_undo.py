"""The Undo and Redo keys in a field: the field's own typing first, then the document's.

A text field (a line edit, a spin box, an editable combo box, a multi-line text) claims the
Undo and Redo keys (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) whenever it has focus, even with
nothing of its own to undo, so the window's Undo never hears them: Edit > Undo offers the
last edit while its keys do nothing. :class:`UndoKeys` watches fields and lets a key they
cannot use through to the window: while the field has unfinished typing, Ctrl+Z undoes it
(as in any text box); once it has none (nothing typed, or what was typed is already a
document command, which reloads the field and clears its own history), Ctrl+Z undoes the
document's last edit, as the menu does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit,
                               QTextEdit, QWidget)

__all__ = ["UndoKeys"]

_TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)


class UndoKeys(QObject):
    """An event filter giving the Undo and Redo keys to the window when a field has
    nothing of its own to undo or redo (see the module docstring)."""

    def watch(self, widget: QWidget) -> None:
        """Watch ``widget`` and the text fields inside it (a weight's spin box)."""
        for field in [widget, *widget.findChildren(QWidget)]:
            if isinstance(field, _TEXT_FIELDS):
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.ShortcutOverride:
            return False
        for key, available in ((QKeySequence.StandardKey.Undo, "isUndoAvailable"),
                               (QKeySequence.StandardKey.Redo, "isRedoAvailable")):
            if event.matches(key):
                history = _history(watched)
                if history is None or not getattr(history, available)():
                    event.ignore()      # not the field's key: the window's action takes it
                    return True
        return False


def _history(field: QObject):
    """What holds ``field``'s own typing history (a line edit or a text document), or
    None when it takes no typing."""
    if isinstance(field, (QAbstractSpinBox, QComboBox)):
        return field.lineEdit()
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        return field.document()
    return field
