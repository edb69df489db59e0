"""Small dialogs: preferences, problems (refusals and errors), the crash-recovery question.

The help is in :mod:`.help`.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox,
                               QStyle, QVBoxLayout)

from ..model.atomic import backup_path
from .preferences import THEMES, Preferences

__all__ = ["PreferencesDialog", "ReportDialog", "ProblemDialog", "NotesDialog", "ask_recover"]

#: Problems listed in the dialog itself; the rest are under Details.
SHOWN_PROBLEMS = 5


class PreferencesDialog(QDialog):
    """Autosave interval and theme."""

    def __init__(self, preferences: Preferences, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.preferences = preferences
        self.autosave = QSpinBox(minimum=5, maximum=3600, suffix=" s")
        self.autosave.setValue(preferences.autosave_seconds)
        self.theme = QComboBox()
        self.theme.addItems(["Follow system", "Light", "Dark"])
        self.theme.setCurrentIndex(THEMES.index(preferences.theme))
        form = QFormLayout()
        form.addRow("Autosave every", self.autosave)
        form.addRow("Theme", self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def apply(self) -> None:
        self.preferences.autosave_seconds = self.autosave.value()
        self.preferences.theme = THEMES[self.theme.currentIndex()]


class ReportDialog(QDialog):
    """A titled list of things to read (each where it is): the first few in the dialog,
    Details with all of them when there are more, a Copy button. Sized to its text (at
    least 560 px wide, never wider than the screen); the text can be selected and copied.
    :class:`ProblemDialog` says why something could not be done, :class:`NotesDialog`
    what an import changed on the way in."""

    def __init__(self, title: str, items: list[str], *, intro: str = "", text: str = "",
                 icon: QStyle.StandardPixmap, footnote: str = "", parent=None) -> None:
        """``intro`` heads the list of ``items``; ``text`` is said when there are none."""
        super().__init__(parent)
        self.setWindowTitle(title)
        if items:
            head = intro
            lines = items[:SHOWN_PROBLEMS]
            more = len(items) - len(lines)
            body = "\n".join(filter(None, [head, *(("\u2022 " if len(items) > 1 else "")
                                                   + line for line in lines)]))
            if more:
                body += f"\n\u2026 and {more} more (see Details)."
        else:
            body = text
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: 600; font-size: 12pt;")
        heading.setWordWrap(True)
        symbol = QLabel()
        symbol.setPixmap(self.style().standardIcon(icon).pixmap(40, 40))
        symbol.setAlignment(Qt.AlignTop)
        self.backup = QLabel(footnote)
        self.backup.setWordWrap(True)
        self.backup.setTextFormat(Qt.PlainText)
        self.backup.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.backup.setVisible(bool(footnote))
        self.details = QPlainTextEdit("\n".join(items))
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        self.details.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        buttons.accepted.connect(self.accept)
        self.details_button = buttons.addButton("Show Details\u2026", QDialogButtonBox.ActionRole)
        self.details_button.setVisible(len(items) > SHOWN_PROBLEMS)
        self.details_button.clicked.connect(self._toggle_details)
        copy = QPushButton("Copy")
        copy.setToolTip("Copy the whole message, for a colleague or a bug report")
        buttons.addButton(copy, QDialogButtonBox.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.full_text()))
        text_column = QVBoxLayout()
        text_column.addWidget(heading)
        text_column.addWidget(self.message)
        text_column.addWidget(self.backup)
        top = QHBoxLayout()
        top.addWidget(symbol)
        top.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        width = 560 if screen is None else min(560, screen.width() - 40)
        self.setMinimumWidth(width)
        self.message.setMinimumWidth(width - 100)

    def _toggle_details(self) -> None:
        shown = not self.details.isVisible()
        self.details.setVisible(shown)
        self.details_button.setText("Hide Details" if shown else "Show Details\u2026")
        self.adjustSize()

    def full_text(self) -> str:
        """Everything the dialog says, as plain text."""
        parts = [self.windowTitle(), self.message.text(), self.backup.text()]
        if self.details_button.isVisible():
            parts.append(self.details.toPlainText())
        return "\n\n".join(p for p in parts if p)


class ProblemDialog(ReportDialog):
    """Why something could not be done, in full: the file, its problems (each where it
    is) and, when a file could not be read and Windtunnel kept its previous version beside
    it, the backup's name and date."""

    def __init__(self, title: str, error: Exception, parent=None) -> None:
        problems = [str(p) for p in getattr(error, "problems", ()) or ()]
        source = str(getattr(error, "source", "") or "")
        super().__init__(title, problems, intro=f"{source}:" if source else "",
                         text=str(error),
                         icon=QStyle.SP_MessageBoxWarning,
                         footnote=self._backup_note(source), parent=parent)

    @staticmethod
    def _backup_note(source: str) -> str:
        """Where the previous version of an unreadable file is, if Windtunnel kept one."""
        if not source:
            return ""
        try:
            backup = backup_path(source)
            saved = backup.stat().st_mtime if backup.is_file() else None
        except (OSError, ValueError):
            return ""
        if saved is None:
            return ""
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(saved))
        return (f"Windtunnel kept the previous version of this file beside it: {backup.name} "
                f"(saved {when}, in {backup.parent}). To use it, copy it to a name ending in "
                f"\u201c{Path(source).suffix or '.wtm'}\u201d and open the copy.")


class NotesDialog(ReportDialog):
    """What an import changed on the way in or could not keep (defaults filled, rows
    skipped ...), one note per line."""

    def __init__(self, title: str, notes, parent=None) -> None:
        notes = [str(note) for note in notes]
        count = f"{len(notes)} note{'s' if len(notes) != 1 else ''} on the import:"
        super().__init__(title, notes, intro=count, icon=QStyle.SP_MessageBoxInformation,
                         parent=parent)


def ask_recover(parent, sessions) -> bool:
    """Ask whether to recover the documents of crashed sessions; True to recover."""
    lines = []
    for session in sessions:
        for doc in session.documents:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(doc.saved_at))
            where = f" ({doc.original_path})" if doc.original_path else ""
            lines.append(f"\u2022 {doc.title}{where}, autosaved {when}")
    box = QMessageBox(QMessageBox.Question, "Recover unsaved work",
                      "Windtunnel did not close properly last time. Recover the unsaved work?",
                      QMessageBox.Yes | QMessageBox.No, parent)
    box.setInformativeText("\n".join(lines) + "\n\nRecovered documents open as new, unsaved "
                           "documents; your files are not changed. No discards the recovery "
                           "files.")
    box.button(QMessageBox.Yes).setText("Recover")
    box.button(QMessageBox.No).setText("Discard")
    return box.exec() == QMessageBox.Yes


def larger_limits(error) -> "WorkLimits":
    """Limits that let the analysis ``error`` (a WorkRefused) refused run, with a margin."""
    from ..engine import WorkLimits

    estimate, limits = error.estimate, error.limits
    return WorkLimits(memory=max(limits.memory, int(estimate.memory * 1.25)),
                      seconds=max(limits.seconds, estimate.seconds * 2))


def ask_past_limits(parent, error) -> bool:
    """Whether to run an analysis that the work budget refused (``error``, a WorkRefused,
    names the figures), knowing it may take that long or run out of memory."""
    box = QMessageBox(QMessageBox.Warning, "A large analysis",
                      "This analysis is larger than Windtunnel runs without asking.",
                      QMessageBox.Yes | QMessageBox.No, parent)
    box.setInformativeText("\n".join(p.message for p in error.problems)
                           + "\n\nRun it anyway? The window stays usable, and Cancel stops "
                             "it; a computer with less free memory than that may slow down "
                             "or stop the app.")
    box.setDefaultButton(QMessageBox.No)
    return box.exec() == QMessageBox.Yes
