"""Every number editor of the window, its docks and its dialogs writes negatives with the
minus sign (it is one of :mod:`windtunnel.app.number_boxes`' boxes)."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from windtunnel.app.analysis.settings_dialog import SettingsDialog
from windtunnel.app.dialogs import PreferencesDialog
from windtunnel.app.number_boxes import TypographicMinus


def test_every_number_editor_writes_the_minus_sign(bundled, qtbot):
    window, analysis = bundled
    analysis.explore_view                                   # built on first use
    dialogs = [PreferencesDialog(window.workspace.preferences, window),
               SettingsDialog(analysis.controller.model.settings, window,
                              model=analysis.controller.model)]
    editors = [box for widget in (window, *dialogs)
               for kind in (QSpinBox, QDoubleSpinBox) for box in widget.findChildren(kind)]
    assert len(editors) > 10
    plain = {type(box).__name__ for box in editors if not isinstance(box, TypographicMinus)}
    assert not plain
    for dialog in dialogs:
        dialog.deleteLater()
