"""Small dialogs: preferences, the editor help page, and the crash-recovery question."""

from __future__ import annotations

import time

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QMessageBox,
                               QSpinBox, QTextBrowser, QVBoxLayout)

from ..paths import resource_path
from .preferences import THEMES, Preferences

__all__ = ["PreferencesDialog", "HelpDialog", "ask_recover"]


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


class HelpDialog(QDialog):
    """A help page (resources/help/<page>.md, default the editor's), rendered from Markdown."""

    def __init__(self, parent=None, *, page: str = "editor") -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Windtunnel {page} help")
        browser = QTextBrowser(openExternalLinks=False)
        path = resource_path("help", f"{page}.md")
        text = path.read_text(encoding="utf-8") if path.is_file() else "The help page is missing."
        browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))  # relative images
        browser.setMarkdown(text)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        self.resize(720, 640)


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
