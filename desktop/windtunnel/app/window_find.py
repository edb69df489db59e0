"""The main window's find box: type part of a node's name (in any language) or id, and
the map rings every match; Enter, Find Next and Find Previous select and centre them in
turn.

A mixin of :class:`~windtunnel.app.mainwindow.MainWindow`. Its strings keep the window's
translation context ("MainWindow"), as the other window mixins keep theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from ..model import translated

__all__ = ["FindOnMap"]


class FindOnMap:
    """The find box at the toolbar's right end and its matches (see module docstring)."""

    def _add_find_box(self) -> None:
        self._find_hits: list[str] = []
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.toolbar.addWidget(spacer)
        self.find_box = QLineEdit(
            placeholderText=QCoreApplication.translate("MainWindow", "Find node (Ctrl+F)"),
            clearButtonEnabled=True)
        self.find_box.setMaximumWidth(240)
        self.find_box.returnPressed.connect(lambda: self.find_next(forward=True))
        self.find_box.textChanged.connect(self._find_changed)
        self.toolbar.addWidget(self.find_box)

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.ShortcutFocusReason)
        self.find_box.selectAll()

    def _find_changed(self, text: str) -> None:
        needle = text.strip().lower()
        model = self.document.model
        self._find_hits = [n.id for n in model.nodes
                           if needle and (needle in n.label.lower() or needle in translated(n).lower()
                                          or needle in n.id)]
        self.scene.set_highlight(self._find_hits)
        if needle:
            hits = len(self._find_hits)
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "%Ln node(s) match \u201c{text}\u201d", "", hits).format(text=text))

    def find_next(self, *, forward: bool = True) -> str | None:
        """Select and centre the next (or previous) node matching the find box."""
        if not self._find_hits:
            self._find_changed(self.find_box.text())
        hits = self._find_hits
        if not hits:
            return None
        current = self.scene.selected_node_ids()
        if current and current[0] in hits:
            index = (hits.index(current[0]) + (1 if forward else -1)) % len(hits)
        else:
            index = 0 if forward else len(hits) - 1
        self.reveal("node", hits[index])
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Match {index} of {count}").format(index=index + 1, count=len(hits)),
            4000)
        return hits[index]
