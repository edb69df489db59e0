"""Platform guards: the Qt refcount trap, the layering contracts, a Qt-free core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def test_void_qt_calls_do_not_corrupt_the_refcount_of_none():
    """PySide6-Essentials 6.12.0 on Python 3.11 lowers None's refcount on every void call and
    aborts after a few thousand ("deallocating None"); pyproject pins around it by markers."""
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(1000):
        obj.setObjectName(f"n{i}")  # returns None
        obj.blockSignals(False)
    drift = before - sys.getrefcount(None)
    assert drift < 100, f"refcount of None dropped by {drift} over 2,000 void Qt calls"


def test_layering_contracts_hold():
    """import-linter: model, engine and io never import Qt or the app; layers point down."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module", ["windtunnel.model", "windtunnel.engine", "windtunnel.io",
                                    "windtunnel.cli"])
def test_headless_modules_do_not_load_qt(module):
    code = f"import sys, {module}; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_command_names_match_their_modules():
    import importlib

    from windtunnel.cli import COMMANDS

    for name, module in COMMANDS.items():
        assert importlib.import_module(f"windtunnel.cli.{module}").NAME == name


def test_starting_the_gui_does_not_import_the_headless_commands():
    """The launcher path imports only cli.gui; the sub-commands load pandas and openpyxl."""
    code = ("import sys, windtunnel.cli as c; "
            "print(sorted(m for m in sys.modules if m.startswith('windtunnel.cli.')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "['windtunnel.cli.gui']", result.stdout + result.stderr


def test_the_window_loads_no_table_or_graph_library_before_it_needs_one():
    """Start-up time: pandas, openpyxl and networkx (about 1 s of imports) load on the first
    import, table export or structure view, never with the window."""
    code = ("import sys, windtunnel.app.mainwindow; "
            "print([m for m in ('pandas', 'openpyxl', 'networkx') if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
