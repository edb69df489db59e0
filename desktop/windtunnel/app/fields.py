"""FieldForm: a form of editors bound to the fields of one model element.

The inspector shows nodes, edges and settings with the same machinery: each row edits one
dataclass field, ``load(element)`` fills every row from the element (without echoing back
as edits), and a finished edit calls ``on_commit(field, value, continuous)``. Text commits
when editing finishes (Enter or leaving the field), sliders and spin boxes as they move
(``continuous=True``, so the undo stack merges the steps of one drag into one command).
The wheel moves a choice or a number only once it has the focus (:mod:`.wheel_focus`).
In a field, Ctrl+Z undoes the field's unfinished typing, and the document's last edit when
there is none (:mod:`.field_undo`); Escape in a text row puts back the model's value,
whether the text was being typed or refused (an emptied label's "is empty"), and says so
through :attr:`FieldForm.reverted`.
A reload (after Enter commits, or any change of the model) keeps the cursor and the
selection of the field the user is typing in where they were; a field without the focus
shows the beginning of its text.
A text being typed and not yet committed (Enter, or leaving the field) survives a reload
brought by a change to anything else (another field or element, Undo of another edit):
the typing, its cursor and its own undo stay. A change to the very value being typed (Undo
or Redo of that field's edit, an edit of it made elsewhere) wins: the row shows the model's
new value, since the typing was made on the value now replaced.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Iterator

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QCheckBox, QComboBox,
                               QDoubleSpinBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from .choices import fill_choices, select_choice
from .field_undo import UndoKeys
from .wheel_focus import WheelFocusComboBox, WheelFocusDoubleSpinBox, WheelFocusSpinBox
from .wording import in_language

if TYPE_CHECKING:
    from .element_fields import SourcesField, WeightField

__all__ = ["FieldForm", "PlainTextField", "placeholder_width"]

Commit = Callable[[str, object, bool], None]

#: Spin-box value meaning "not set" (None) for optional bounds.
UNSET = -1.01

#: What a text row's box shows at the least: about a dozen letters, six Chinese or
#: Japanese characters. A caption that leaves less room beside it puts the box under it.
READABLE = "x" * 12


def placeholder_width(edit: QLineEdit) -> int:
    """The width ``edit`` needs to show its placeholder text whole: its size hint is 17 "x"
    wide plus its frame and margins (a clear button hides while the box is empty)."""
    metrics = edit.fontMetrics()
    return edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x") \
        + metrics.horizontalAdvance(edit.placeholderText())


class PlainTextField(QPlainTextEdit):
    """A multi-line text editor that reports when editing finishes (focus leaves)."""

    editing_finished = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(72)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class FieldForm(QWidget):
    """Rows of editors, one per element field; see the module docstring."""

    #: A text row's typing was given up with Escape (the field's name): it shows the
    #: model's value again.
    reverted = Signal(str)

    def __init__(self, on_commit: Commit, parent=None) -> None:
        super().__init__(parent)
        self.on_commit = on_commit
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignRight)
        # a field too wide to sit beside its label goes under it, so a narrow Inspector
        # (a 1024-pixel screen, or longer labels in another language) never scrolls sideways
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self._loaders: dict[str, Callable[[object], None]] = {}
        self.editors: dict[str, QWidget] = {}
        self._loaded: dict[str, object] = {}     # each row's value as last loaded
        self._key = None                         # ... from the element of this key
        self._loading = False
        self._undo_keys = UndoKeys(self)     # of every text field in the form
        self._text_rows: dict[QWidget, str] = {}     # text editor -> its field (Escape)
        self._captions: dict[str, str] = {}      # a row's caption before its language was added

    def _add(self, field: str, label: str, widget: QWidget, loader) -> QWidget:
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            # a text box's own minimum is a few characters: beside a long caption (a
            # language's name in it, "標籤（繁體中文（香港））") it shrank to that in a
            # narrow Inspector; this minimum sends it under the caption instead (a box
            # that asked for more, such as the tags' box for its whole hint, keeps that)
            widget.setMinimumWidth(max(widget.minimumWidth(),
                                       widget.fontMetrics().horizontalAdvance(READABLE)))
        self.form.addRow(label, widget)
        self.editors[field] = widget
        self._loaders[field] = loader
        return widget

    def _escape_reverts(self, editor: QWidget, field: str) -> None:
        """Let Escape in ``editor`` put back the model's value of ``field``."""
        self._text_rows[editor] = field
        editor.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.KeyPress and event.key() == Qt.Key_Escape
                and watched in self._text_rows and _typed(watched)):
            field = self._text_rows[watched]
            with self._reloading():
                self._loaders[field](self._loaded.get(field, ""))
            _set_typed(watched, False)
            self.reverted.emit(field)
            return True                 # the typing is given up, nothing else hears it
        return False

    def _emit(self, field: str, value, continuous: bool = False) -> None:
        """Commit a row's value (the command that sets it drops the control characters a
        paste may bring)."""
        if not self._loading:
            self.on_commit(field, value, continuous)

    @contextmanager
    def cursor_kept(self) -> Iterator[None]:
        """Refill rows inside the block without moving the cursor or the selection of the
        line the user is typing in (the focused one, if it is in this form), clamped to
        its new text: Enter commits, the row reloads, and the typing goes on where it
        was."""
        edit = _focused_line(self)
        if edit is None:
            yield
            return
        cursor, start, length = edit.cursorPosition(), edit.selectionStart(), edit.selectionLength()
        try:
            yield
        finally:
            end = len(edit.text())
            if length:      # the anchor is the selection's end the cursor is not at
                anchor = start + length if cursor == start else start
                edit.setSelection(min(anchor, end), min(cursor, end) - min(anchor, end))
            else:
                edit.setCursorPosition(min(cursor, end))

    def captions(self) -> dict[str, str]:
        """The caption each field's row shows ("Low bound" for ``low``), by field name."""
        rows = {name: self.form.labelForField(editor) for name, editor in self.editors.items()}
        return {name: self._captions.get(name, label.text()) for name, label in rows.items()
                if label is not None}

    def name_language(self, *fields: str) -> None:
        """In a language other than the original, say beside each of ``fields``' captions
        the language its text is written in ("Label (日本語)"): there the row edits that
        language's translation, the original staying as it is."""
        for name in fields:
            label = self.form.labelForField(self.editors[name])
            self._captions[name] = label.text()
            label.setText(in_language(label.text()))

    def show_typed(self, field: str, text: str) -> None:
        """Put back what the user typed in a text row after the edit was refused (the
        model keeps its value; the text stays for the user to correct)."""
        editor = self.editors.get(field)
        with self._reloading():
            if isinstance(editor, QLineEdit):
                editor.setText(text)
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(text)
        _set_typed(editor, True)      # still being typed: a change elsewhere leaves it

    def load(self, element, key=None) -> None:
        """Fill every row from ``element`` (``key`` names it: another key is another
        element, every row filled), except a row holding unfinished typing whose value
        has not changed since it last loaded (see the module docstring)."""
        if key != self._key:
            self._loaded.clear()
            self._key = key
        with self._reloading():
            for field, loader in self._loaders.items():
                value = getattr(element, field)
                editor = self.editors[field]
                if _typed(editor) and field in self._loaded and self._loaded[field] == value:
                    continue
                loader(value)
                _set_typed(editor, False)
                self._loaded[field] = value

    @contextmanager
    def _reloading(self) -> Iterator[None]:
        """Rows refilled from outside: no edit echoes back, the typing cursor stays."""
        self._loading = True
        try:
            with self.cursor_kept():
                yield
        finally:
            self._loading = False

    # -- row kinds --------------------------------------------------------------------------

    def add_line(self, field: str, label: str, *, read_only: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setReadOnly(read_only)
        if not read_only:
            edit.editingFinished.connect(lambda: self._emit(field, edit.text()))
            self._escape_reverts(edit, field)

        def load(value) -> None:
            edit.setText(str(value))
            edit.setCursorPosition(0)           # a long text shows its beginning
        return self._add(field, label, edit, load)

    def add_tags(self, field: str, label: str) -> QLineEdit:
        edit = QLineEdit(placeholderText=self.tr("comma, separated"))
        edit.setMinimumWidth(placeholder_width(edit))       # the hint shows whole
        edit.editingFinished.connect(lambda: self._emit(field, tuple(
            t.strip() for t in edit.text().split(",") if t.strip())))
        return self._add(field, label, edit, lambda v: edit.setText(", ".join(v)))

    def add_text(self, field: str, label: str) -> PlainTextField:
        edit = PlainTextField()

        def commit() -> None:
            self._emit(field, edit.toPlainText())
            # the typing is a document command now: Ctrl+Z undoes that (see field_undo)
            edit.document().clearUndoRedoStacks()
        edit.editing_finished.connect(commit)
        self._escape_reverts(edit, field)

        def load(value) -> None:
            if edit.toPlainText() != value:
                edit.setPlainText(value)
        return self._add(field, label, edit, load)

    def add_choice(self, field: str, label: str, choices, *, editable: bool = False) -> QComboBox:
        combo = WheelFocusComboBox()       # scrolling the Inspector past it leaves it alone
        combo.setEditable(editable)
        if editable:      # free text (a group): shown and stored as typed
            combo.addItems(list(choices))
            # the list is the model's, refilled on load: Enter adds no item of its own (which
            # would also throw the cursor to the end of the line)
            combo.setInsertPolicy(QComboBox.NoInsert)
            combo.lineEdit().editingFinished.connect(lambda: self._emit(field, combo.currentText()))
            combo.textActivated.connect(lambda text: self._emit(field, text))
        else:             # a fixed choice: shown in the interface's language, stored as is
            fill_choices(combo, choices)
            combo.currentIndexChanged.connect(
                lambda _i: self._emit(field, combo.currentData()))

        def load(value) -> None:
            combo.blockSignals(True)
            if editable:
                if combo.findText(value) < 0:
                    combo.addItem(value)
                combo.setCurrentText(value)
            else:
                select_choice(combo, value)
            combo.blockSignals(False)
        return self._add(field, label, combo, load)

    def add_number(self, field: str, label: str, lo: float, hi: float, *, step: float = 0.05,
                   decimals: int = 2, optional: bool = False) -> QDoubleSpinBox:
        spin = WheelFocusDoubleSpinBox(decimals=decimals, singleStep=step)
        spin.setRange(UNSET if optional else lo, hi)
        if optional:
            spin.setSpecialValueText(self.tr("from confidence"))
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda v: self._emit(
            field, None if optional and v <= UNSET + 1e-9 else round(v, decimals), True))
        return self._add(field, label, spin, lambda v: spin.setValue(UNSET if v is None else v))

    def add_integer(self, field: str, label: str, lo: int, hi: int, *,
                    suffix: str = "") -> QSpinBox:
        spin = WheelFocusSpinBox(minimum=lo, maximum=hi, suffix=suffix)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda v: self._emit(field, v, True))
        return self._add(field, label, spin, spin.setValue)

    def add_check(self, field: str, label: str, text: str = "") -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(lambda on: self._emit(field, on))
        return self._add(field, label, box, lambda v: box.setChecked(bool(v)))

    def add_weight(self, field: str, label: str) -> WeightField:
        from .element_fields import WeightField     # the edge page's, made when first shown

        weight = WeightField()
        weight.value_changed.connect(lambda v: self._emit(field, v, True))
        self._add(field, label, weight, weight.set_value)
        self.form.addRow("", weight.term)
        return weight

    def add_sources(self, field: str, label: str, sources_of) -> SourcesField:
        """``sources_of()`` returns the model's sources when the form loads."""
        from .element_fields import SourcesField    # the node and edge pages', likewise

        widget = SourcesField()
        widget.changed.connect(lambda chosen: self._emit(field, chosen))
        return self._add(field, label, widget, lambda v: widget.load(v, sources_of()))


def _typing_flag(editor: QWidget | None):
    """What records whether ``editor`` holds text typed since it was filled (a line edit,
    the line of a spin box or an editable choice, a text document), or None for a row that
    takes no typing."""
    if isinstance(editor, (QAbstractSpinBox, QComboBox)):
        return editor.lineEdit()                 # a choice's: None unless editable
    if isinstance(editor, QPlainTextEdit):
        return editor.document()
    return editor if isinstance(editor, QLineEdit) else None


def _typed(editor: QWidget | None) -> bool:
    """Whether ``editor`` holds typing that is not committed yet."""
    flag = _typing_flag(editor)
    return flag is not None and flag.isModified()


def _set_typed(editor: QWidget | None, typed: bool) -> None:
    flag = _typing_flag(editor)
    if flag is not None:
        flag.setModified(typed)


def _focused_line(form: QWidget) -> QLineEdit | None:
    """The line the keyboard types into, when it is in ``form``: a line edit, or the line
    of a spin box or an editable choice (which hold the focus for it)."""
    focused = QApplication.focusWidget()
    if focused is None or not form.isAncestorOf(focused):
        return None
    if isinstance(focused, (QAbstractSpinBox, QComboBox)):
        return focused.lineEdit()
    return focused if isinstance(focused, QLineEdit) else None
