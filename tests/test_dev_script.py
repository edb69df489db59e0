"""build/dev.py writes the app's bytecode before the tests, so that the interpreters the suite
starts read it instead of compiling every module again, even where imports write none."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _dev_script():
    spec = importlib.util.spec_from_file_location("build_dev", ROOT / "build" / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_precompiled_bytecode_is_what_a_later_import_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    package = tmp_path / "desktop" / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    source = package / "answer.py"
    source.write_text("x = 42\n")
    stamp = source.stat()

    _dev_script().precompile(Path(sys.executable), tmp_path / "desktop")

    assert Path(importlib.util.cache_from_source(str(source))).is_file()
    # the same size and time, so the import trusts the bytecode and never reads the source
    source.write_text("x = (\n\n")
    os.utime(source, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    imported = subprocess.run([sys.executable, "-c", "import pkg.answer; print(pkg.answer.x)"],
                              cwd=tmp_path / "desktop", capture_output=True, text=True,
                              env=os.environ | {"PYTHONPATH": str(tmp_path / "desktop")},
                              timeout=120)
    assert imported.stdout.strip() == "42", imported.stderr
