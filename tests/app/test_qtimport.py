"""PySide6 decides which modules use it from their names, not by reading their source."""

import json

import pytest


def test_the_app_replaces_pysides_source_scan():
    """Importing any part of the app installs the check (the package does it first)."""
    from PySide6.support import feature

    from windtunnel.app.qtimport import uses_pyside

    assert feature._mod_uses_pyside is uses_pyside


@pytest.mark.parametrize("name, expected", [
    ("windtunnel.app.mainwindow", True),     # from PySide6.QtWidgets import ...
    ("windtunnel.app.startprobe", True),
    ("windtunnel.model.document", False),    # the Qt-free core
    ("json", False),
])
def test_a_module_uses_pyside_when_its_globals_hold_pyside_objects(name, expected):
    import importlib

    from windtunnel.app.qtimport import uses_pyside

    assert uses_pyside(importlib.import_module(name)) is expected


def test_a_module_of_the_standard_library_is_not_read(monkeypatch):
    """The standard library never holds PySide6's objects: its modules' globals are not
    read (even one that would hold one answers no), any other module's are."""
    import json
    from types import ModuleType

    from PySide6.QtCore import QObject

    from windtunnel.app.qtimport import uses_pyside

    monkeypatch.setattr(json, "QObject", QObject, raising=False)
    assert uses_pyside(json) is False
    other = ModuleType("a_plugin")
    other.QObject = QObject
    assert uses_pyside(other) is True


def test_odd_globals_are_passed_over():
    """A global whose attributes raise (a lazy stand-in, say) does not stop the check."""
    from types import ModuleType

    from windtunnel.app.qtimport import uses_pyside

    class Touchy:
        def __getattribute__(self, name):
            raise RuntimeError(name)

    module = ModuleType("touchy")
    module.value = Touchy()
    module.data = json
    assert uses_pyside(module) is False
    import PySide6.QtCore as core
    module.qt = core
    assert uses_pyside(module) is True
