"""Small dialogs: preferences and the crash-recovery question (the help is in :mod:`.help`)."""

from __future__ import annotations

import time

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QMessageBox,
                               QSpinBox, QVBoxLayout)

from .preferences import THEMES, Preferences

__all__ = ["PreferencesDialog", "ask_recover"]


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
