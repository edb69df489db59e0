"""An app started from a source tree compiles the catalogues whose sources changed."""

from __future__ import annotations

import os
from pathlib import Path

from windtunnel.app import source_catalogues
from windtunnel.app.source_catalogues import compile_stale_catalogues, stale_sources

#: A stand-in for build/translations.py: "compile" writes each .ts's .qm beside it.
FAKE_COMPILER = """
import sys
from pathlib import Path
assert sys.argv[1:] == ["compile"]
for ts in Path(__file__).parent.glob("*.ts"):
    ts.with_suffix(".qm").write_bytes(b"compiled " + ts.read_bytes())
"""


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "windtunnel_ja.ts").write_text("new", encoding="utf-8")
    (tmp_path / "core_ja.ts").write_text("core", encoding="utf-8")
    (tmp_path / "core_ja.qm").write_bytes(b"current")
    (tmp_path / "windtunnel_ja.qm").write_bytes(b"old")
    os.utime(tmp_path / "windtunnel_ja.qm", (1, 1))        # older than its source
    return tmp_path


def test_a_source_newer_than_its_catalogue_is_compiled_before_the_app_loads_it(tmp_path,
                                                                              capsys):
    folder = _folder(tmp_path)
    compiler = folder / "translations.py"
    compiler.write_text(FAKE_COMPILER, encoding="utf-8")
    assert stale_sources(folder) == [folder / "windtunnel_ja.ts"]
    assert compile_stale_catalogues(folder, compiler) == [folder / "windtunnel_ja.ts"]
    assert (folder / "windtunnel_ja.qm").read_bytes() == b"compiled new"
    assert stale_sources(folder) == []
    assert "windtunnel_ja.ts" in capsys.readouterr().err


def test_an_installed_app_without_the_compiler_touches_nothing(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert compile_stale_catalogues(folder, folder / "absent.py") == []
    assert (folder / "windtunnel_ja.qm").read_bytes() == b"old"
    assert capsys.readouterr().err == ""


def test_a_failed_compile_is_said_and_the_app_goes_on(tmp_path, capsys):
    folder = _folder(tmp_path)
    compiler = folder / "translations.py"
    compiler.write_text("raise SystemExit('lrelease not found')", encoding="utf-8")
    assert compile_stale_catalogues(folder, compiler) == [folder / "windtunnel_ja.ts"]
    assert "lrelease not found" in capsys.readouterr().err
    assert (folder / "windtunnel_ja.qm").read_bytes() == b"old"


def test_from_this_source_tree_the_compiler_is_the_tree_s_own():
    root = Path(source_catalogues.__file__).resolve().parents[3]
    assert source_catalogues.SOURCE_COMPILER == root / "build" / "translations.py"
    assert source_catalogues.SOURCE_COMPILER.is_file()


def test_a_compile_that_failed_while_another_app_made_the_catalogues_current_is_no_failure(
        tmp_path, capsys):
    """Two apps started at once: this one's compile fails, the other's has written every
    catalogue; nothing is said and the app loads the current catalogues."""
    folder = _folder(tmp_path)
    compiler = folder / "translations.py"
    compiler.write_text(FAKE_COMPILER + "raise SystemExit('renamed away')\n", encoding="utf-8")
    assert compile_stale_catalogues(folder, compiler) == [folder / "windtunnel_ja.ts"]
    assert capsys.readouterr().err.count("windtunnel:") == 1       # compiling, no failure
    assert stale_sources(folder) == []


def _build_translations():
    import importlib.util

    root = Path(source_catalogues.__file__).resolve().parents[3]
    spec = importlib.util.spec_from_file_location(
        "build_translations_compiling", root / "build" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_compiles_at_once_each_rename_a_whole_catalogue_of_their_own(tmp_path,
                                                                       monkeypatch):
    """While this process compiles a catalogue, another (another pid) compiles the same
    one into the same folder: neither renames the other's file away (both wrote one file
    name, and the slower one failed: "No such file or directory")."""
    build = _build_translations()
    pid = os.getpid()
    other = []

    def lrelease(command):
        Path(command[-1]).write_bytes(b"compiled")
        if not other:                        # the other app, started at the same moment
            other.append(command[-1])
            monkeypatch.setattr(build.os, "getpid", lambda: pid + 1)
            qm = tmp_path / "windtunnel_ja.qm"
            qm.unlink(missing_ok=True)
            build.compile_catalogues(tmp_path, "windtunnel_ja.ts")
            monkeypatch.setattr(build.os, "getpid", lambda: pid)

    monkeypatch.setattr(build, "_run", lambda command: lrelease(command))
    monkeypatch.setattr(build, "tool", lambda name: name)
    assert build.compile_catalogues(tmp_path, "windtunnel_ja.ts") == [
        tmp_path / "windtunnel_ja.qm"]
    assert (tmp_path / "windtunnel_ja.qm").read_bytes() == b"compiled"
    assert [p.name for p in tmp_path.iterdir()] == ["windtunnel_ja.qm"]   # nothing left over
