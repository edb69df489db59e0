"""A keyboard modifier one GUI test leaves held is released before the next test runs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

TWO_TESTS = textwrap.dedent("""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit


    def test_first_ends_after_a_shift_click(qtbot):
        field = QLineEdit("text")
        qtbot.addWidget(field)
        QTest.keyClick(field, Qt.Key_Left, Qt.ShiftModifier)          # selects the "t"
        assert field.selectedText() == "t"
        assert QApplication.keyboardModifiers() == Qt.ShiftModifier   # Qt keeps it held


    def test_second_sees_no_modifier_held(qtbot):
        assert QApplication.keyboardModifiers() == Qt.NoModifier
""")


def test_a_test_after_a_shift_click_sees_no_shift_held(tmp_path):
    """Two tests in order in a pytest run of their own with the suite's conftest: the
    first ends with Shift held as far as Qt knows, the second finds nothing held."""
    (tmp_path / "test_two.py").write_text(TWO_TESTS, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(TESTS)] + [p for p in [os.environ.get("PYTHONPATH")] if p]))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "conftest", "-p", "no:randomly",
         "-p", "no:cacheprovider", "-p", "no:xdist", "test_two.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
