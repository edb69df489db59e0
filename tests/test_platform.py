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


def test_help_lists_every_command_without_importing_any():
    """``windtunnel --help`` answers at once: no command module, no numpy, no model."""
    code = ("import sys, contextlib, io; from windtunnel.cli import main, COMMANDS\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out): code = main(['--help'])\n"
            "text = out.getvalue()\n"
            "print(code, all(name in text for name in COMMANDS),\n"
            "      sorted(m for m in sys.modules if m.startswith('windtunnel.cli.')\n"
            "             and m.rsplit('.', 1)[1] in COMMANDS.values()),\n"
            "      [m for m in ('numpy', 'psygnal', 'windtunnel.model') if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "0 True [] []", result.stdout + result.stderr


@pytest.mark.parametrize(("command", "loads", "never"), [
    ("check", ["windtunnel.cli.check"], ["pandas", "networkx", "openpyxl", "scipy", "numpy"]),
    ("run", ["windtunnel.cli.run"], ["networkx", "openpyxl"]),
])
def test_a_command_imports_only_what_it_needs(command, loads, never):
    code = ("import sys, contextlib, io; from windtunnel.cli import main, COMMANDS\n"
            "from windtunnel.paths import bundled_model\n"
            f"with contextlib.redirect_stdout(io.StringIO()): code = main([{command!r}, "
            "str(bundled_model())])\n"
            "commands = sorted(m for m in sys.modules if m.startswith('windtunnel.cli.')\n"
            "                  and m.rsplit('.', 1)[1] in COMMANDS.values())\n"
            f"print(code, commands, [m for m in {never!r} if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == f"0 {loads} []", result.stdout + result.stderr


def test_the_engine_loads_its_functions_named_like_their_modules_lazily():
    """``engine.run`` and the like load with their module, and stay the functions when
    their modules are imported (which binds a module to the package's name)."""
    code = ("import sys, types, windtunnel.engine as engine\n"
            "names = ('run', 'simulate', 'trust', 'breakdown', 'robustness', 'disagreement')\n"
            "print([n for n in names if f'windtunnel.engine.{n}' in sys.modules])\n"
            "import windtunnel.engine.run, windtunnel.engine.trust\n"
            "from windtunnel.engine.simulate import simulate\n"
            "print([type(getattr(engine, n)).__name__ for n in names],\n"
            "      engine.simulate is simulate)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split("\n")[:2] == [
        "[]", "['function', 'function', 'function', 'function', 'function', 'function'] True"
    ], result.stdout + result.stderr


def test_every_command_still_has_its_full_options_and_help():
    from windtunnel.cli import ALL, COMMANDS, build_parser
    from windtunnel.cli.summaries import summary_of

    assert all(summary_of(name) for name in COMMANDS)
    full = build_parser(ALL)
    args = full.parse_args(["run", "model.wtm", "--samples", "10"])
    assert args.samples == 10
    only_run = build_parser("run")
    assert only_run.parse_args(["run", "model.wtm", "--samples", "10"]).samples == 10
    with pytest.raises(SystemExit):          # another command's options are not read yet
        build_parser("run").parse_args(["check", "model.wtm", "--no-such-option"])
