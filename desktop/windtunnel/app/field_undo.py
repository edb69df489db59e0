"""The Undo and Redo keys in a field: the field's own typing first, then the document's.

A text field (a line edit, a spin box, an editable combo box, a multi-line text) claims the
Undo and Redo keys (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) whenever it has focus, even with
nothing of its own to undo, so the window's Undo never hears them: Edit > Undo offers the
last edit while its keys do nothing. :class:`UndoKeys` lets a key the field cannot use
through to the window: while the field has unfinished typing, Ctrl+Z undoes it (as in any
text box); once it has none (nothing typed, or what was typed is already a document
command, which reloads the field and clears its own history), Ctrl+Z undoes the document's
last edit, as the menu does.

Cheap by construction: the keys are watched only in the one field that has the keyboard
focus. One :class:`UndoKeys` serves every text field inside a form; it follows the focus
(the application's ``focusChanged``, a call per focus change) and keeps its event filter
on the focused field alone, so the other fields' events (paints, layouts, hovers, a
reloaded form's) never reach Python.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QLineEdit,
                               QPlainTextEdit, QTextEdit, QWidget)

__all__ = ["UndoKeys"]

_TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)


class UndoKeys(QObject):
    """Gives the Undo and Redo keys to the window when the focused text field inside
    ``form`` has nothing of its own to undo or redo (see the module docstring)."""

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self._form = form
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if (new is not None and isinstance(new, _TEXT_FIELDS)
                and self._form.isAncestorOf(new)):
            new.installEventFilter(self)

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
