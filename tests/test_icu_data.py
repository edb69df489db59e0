"""The frozen app's ICU data library, trimmed by build/icudata.py to the services Qt calls."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))

import icudata  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="Qt carries its own ICU on Linux only")


def qt_icu_data() -> Path:
    """PySide6's ICU data library in this environment."""
    import PySide6

    return next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))


def icu_check_with(library: Path) -> subprocess.CompletedProcess:
    """The self-test's ICU check in a fresh interpreter whose Qt loads ``library`` as its ICU
    data (LD_LIBRARY_PATH comes before Qt's own RUNPATH)."""
    code = ("from windtunnel.app.selftest import SelfTest, _check_icu\n"
            "report = SelfTest(); _check_icu(report); print('\\n'.join(report.lines))\n"
            "raise SystemExit(report.failed)")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=os.environ | {"LD_LIBRARY_PATH": str(library.parent),
                                                         "QT_QPA_PLATFORM": "offscreen"})


def test_common_data_splits_into_items_and_joins_back_byte_for_byte():
    _, symbol, _, data = icudata.read_data_library(qt_icu_data())
    header, items = icudata.split_common_data(data)
    names = [name for name, _ in items]
    assert symbol.startswith("icudt") and len(items) > 1000
    assert names == sorted(names)  # ICU finds items by binary search
    assert any(name.endswith("/coll/zh.res") for name in names)
    assert icudata.join_common_data(header, items) == data


def test_written_library_loads_and_exports_its_data(tmp_path):
    data = bytes(range(256)) * 40 + b"tail"
    path = tmp_path / "libdemo.so.1"
    icudata.write_data_library(path, soname="libdemo.so.1", symbol="icudt99_dat",
                               machine=icudata.read_data_library(qt_icu_data())[2], data=data)
    library = ctypes.CDLL(str(path))
    assert bytes((ctypes.c_char * len(data)).in_dll(library, "icudt99_dat")) == data
    assert icudata.read_data_library(path)[:2] == ("libdemo.so.1", "icudt99_dat")
    assert icudata.read_data_library(path)[3] == data
    if shutil.which("readelf"):
        dynamic = subprocess.run(["readelf", "-d", "-l", "-W", str(path)], capture_output=True,
                                 text=True, check=True).stdout
        assert "Library soname: [libdemo.so.1]" in dynamic
        assert "GNU_STACK" in dynamic and "RWE" not in dynamic  # no executable stack


def test_other_files_are_left_alone(tmp_path):
    text = tmp_path / "libicudata.so.73"
    text.write_text("not a library")
    python = tmp_path / "python"
    shutil.copy(os.path.realpath(sys.executable), python)
    for path in (text, python):
        before = path.read_bytes()
        assert icudata.trim_library(path) == 0
        assert path.read_bytes() == before


@pytest.mark.slow
def test_trimmed_data_still_serves_qt_and_the_check_fails_without_what_qt_reads(tmp_path):
    trimmed = tmp_path / "trimmed" / qt_icu_data().name
    trimmed.parent.mkdir()
    shutil.copy(qt_icu_data(), trimmed)
    assert icudata.trim_library(trimmed) > 8 * 1024 * 1024
    names = [name for name, _ in icudata.split_common_data(
        icudata.read_data_library(trimmed)[3])[1]]
    assert not [name for name in names if name.split("/")[1] in icudata.DROPPED_TREES]
    result = icu_check_with(trimmed)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("  ok    ICU ") == 3, result.stdout
    # What the trim keeps is what Qt reads: without the collation and time-zone trees the
    # self-test's check fails.
    bare = tmp_path / "bare" / qt_icu_data().name
    bare.parent.mkdir()
    shutil.copy(qt_icu_data(), bare)
    icudata.trim_library(bare, dropped=("coll", "zone"))
    result = icu_check_with(bare)
    assert result.returncode == 1
    assert "FAIL  ICU collation" in result.stdout and "FAIL  ICU time-zone" in result.stdout
