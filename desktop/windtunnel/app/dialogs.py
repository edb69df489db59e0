"""Small dialogs: preferences, problems (refusals and errors), the crash-recovery question.

The help is in :mod:`.help`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QMessageBox, QPlainTextEdit, QPushButton,
                               QStyle, QVBoxLayout)

from .. import language
from ..errors import shown_path
from ..language import LANGUAGES
from ..model import translated
from ..model.atomic import backup_path
from .formats import moment
from .number_boxes import WholeNumberBox
from .preferences import THEMES, Preferences

if TYPE_CHECKING:
    from ..engine import WorkLimits

__all__ = ["PreferencesDialog", "ReportDialog", "ProblemDialog", "NotesDialog", "ask_recover"]

#: Problems listed in the dialog itself; the rest are under Details.
SHOWN_PROBLEMS = 5


class PreferencesDialog(QDialog):
    """Autosave interval, theme and language (the language the app speaks now, each named
    in itself as in View > Language; :meth:`MainWindow.apply_preferences` switches to the
    one chosen through that menu's own action)."""

    def __init__(self, preferences: Preferences, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.preferences = preferences
        self.autosave = WholeNumberBox(minimum=5, maximum=3600, suffix=self.tr(" s"))
        self.autosave.setValue(preferences.autosave_seconds)
        self.theme = QComboBox()
        self.theme.addItems([self.tr("Follow system"), self.tr("Light"), self.tr("Dark")])
        self.theme.setCurrentIndex(THEMES.index(preferences.theme))
        self.language = QComboBox()
        for tag, name in LANGUAGES.items():
            self.language.addItem(name, tag)
        self.language.setCurrentIndex(self.language.findData(language.current()))
        form = QFormLayout()
        form.addRow(self.tr("Autosave every"), self.autosave)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Language"), self.language)
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
                body += "\n" + self.tr("\u2026 and {count} more (see Details).").format(
                    count=more)
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
        self.details_button = buttons.addButton(self.tr("Show Details\u2026"),
                                                QDialogButtonBox.ActionRole)
        self.details_button.setVisible(len(items) > SHOWN_PROBLEMS)
        self.details_button.clicked.connect(self._toggle_details)
        copy = QPushButton(self.tr("Copy"))
        copy.setToolTip(self.tr("Copy the whole message, for a colleague or a bug report"))
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
        self.details_button.setText(self.tr("Hide Details") if shown
                                    else self.tr("Show Details\u2026"))
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
        when = moment(saved)
        return QCoreApplication.translate(
            "ProblemDialog", "Windtunnel kept the previous version of this file beside it: "
            "{name} (saved {when}, in {folder}). To use it, copy it to a name ending in "
            "\u201c{suffix}\u201d and open the copy.").format(
            name=backup.name, when=when, folder=shown_path(backup.parent),
            suffix=Path(source).suffix or ".wtm")


class NotesDialog(ReportDialog):
    """What an import changed on the way in or could not keep (defaults filled, rows
    skipped ...), or what reading a model file changed (``imported`` False: control
    characters removed; ``changed`` False when some only say how the file shows, as a
    label's line breaks), one note per line."""

    def __init__(self, title: str, notes, parent=None, *, imported: bool = True,
                 changed: bool = True) -> None:
        notes = [str(note) for note in notes]
        if imported:
            count = QCoreApplication.translate("NotesDialog", "%n note(s) on the import:", "",
                                               len(notes))
        elif changed:
            count = QCoreApplication.translate("NotesDialog", "%n change(s) made on reading "
                                                              "the file:", "", len(notes))
        else:
            count = QCoreApplication.translate("NotesDialog", "%n note(s) on reading the "
                                                              "file:", "", len(notes))
        super().__init__(title, notes, intro=count, icon=QStyle.SP_MessageBoxInformation,
                         parent=parent)


def ask_recover(parent, sessions) -> bool:
    """Ask whether to recover the documents of crashed sessions; True to recover."""
    lines = []
    for session in sessions:
        for doc in session.documents:
            when = moment(doc.saved_at)
            where = f" ({doc.original_path})" if doc.original_path else ""
            lines.append(
                QCoreApplication.translate(
                    "dialogs", "\u2022 {title}{where}, autosaved " "{when}"
                ).format(title=translated(doc, "title"), where=where, when=when)
            )
    box = QMessageBox(
        QMessageBox.Question,
        QCoreApplication.translate("dialogs", "Recover unsaved work"),
        QCoreApplication.translate(
            "dialogs", "Windtunnel did not close properly last time. Recover the unsaved work?"
        ),
        QMessageBox.Yes | QMessageBox.No,
        parent,
    )
    box.setInformativeText("\n".join(lines) + "\n\n" + QCoreApplication.translate(
        "dialogs", "Recovered documents open as new, unsaved documents; your files are not "
        "changed. Discard deletes the recovery files."))
    box.button(QMessageBox.Yes).setText(QCoreApplication.translate("dialogs", "Recover"))
    box.button(QMessageBox.No).setText(QCoreApplication.translate("dialogs", "Discard"))
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
    box = QMessageBox(
        QMessageBox.Warning,
        QCoreApplication.translate("dialogs", "A large analysis"),
        QCoreApplication.translate(
            "dialogs", "This analysis is larger than Windtunnel runs without asking."
        ),
        QMessageBox.Yes | QMessageBox.No,
        parent,
    )
    box.setInformativeText("\n".join(p.message for p in error.problems)
                           + "\n\n" + QCoreApplication.translate(
                               "dialogs", "Run it anyway? The window stays usable, and Cancel "
                               "stops it; a computer with less free memory than that may slow "
                               "down or stop the app."))
    box.setDefaultButton(QMessageBox.No)
    return box.exec() == QMessageBox.Yes
