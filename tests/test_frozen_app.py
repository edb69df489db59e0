"""The frozen app, when one is built: its self-test and command line offline, what it leaves
out, its desktop integration, the libraries and glibc it needs, its size table and which
files are stripped.

The frozen-app tests run against build/dist/windtunnel (made by ``python3 build/dev.py
package``) and are skipped with the reason when there is no build. They run the app the way
the build script does: offline (a network namespace where ``unshare --net`` works, and the
app's own refusal of sockets everywhere), offscreen, with a clean environment.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import windtunnel

from shipped import APP, EXECUTABLE, ROOT, build_app, bundle, metadata, needs_build, smoke

needs_readelf = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and shutil.which("readelf")),
    reason="needs Linux and binutils (readelf)")


@needs_build
@pytest.mark.slow
def test_frozen_app_self_test_passes_offline():
    result, how = smoke.run_self_test(EXECUTABLE)
    assert result.returncode == 0, f"offline: {how}\n{result.stdout}\n{result.stderr}"
    assert "(frozen app," in result.stdout and "self-test passed" in result.stdout
    assert "offline: no network socket was opened" in result.stdout
    if sys.platform.startswith("linux"):  # Qt's ICU, its data trimmed by build/icudata.py
        for service in ("collation", "time-zone names", "encodings"):
            assert f"  ok    ICU {service}" in result.stdout, service


@needs_build
@pytest.mark.slow
def test_frozen_app_command_line_works_offline():
    outcomes = smoke.run_command_line(EXECUTABLE)
    assert [command for command, _, _ in outcomes] == [
        "windtunnel --version", "windtunnel check", "windtunnel run"]
    for command, passed, output in outcomes:
        assert passed, f"{command}:\n{output}"
    version = subprocess.run([str(EXECUTABLE), "--version"], capture_output=True, text=True,
                             env=smoke.app_environment(), timeout=120).stdout
    assert version.strip() == f"windtunnel {windtunnel.__version__}"


@needs_build
def test_frozen_app_leaves_out_what_it_does_not_use():
    files = [p.relative_to(APP).as_posix() for p in APP.rglob("*")]
    assert not [f for f in files if not bundle.keep_file(f)]
    for unwanted in ("tkinter", "QtNetwork", "QtQml", "libQt6Network", "libssl", "scipy/linalg",
                     "scipy/special", "scipy/stats", "scipy.libs/", "QtOpenGL.abi3",
                     "libgtk-3"):
        assert not [f for f in files if unwanted in f], unwanted
    for wanted in ("windtunnel/resources/appicon/windtunnel.svg", "plugins/platforms/libqxcb",
                   "plugins/platforms/libqoffscreen", "plugins/imageformats/libqsvg"):
        assert any(wanted in f for f in files), wanted
    help_pages = APP.rglob("windtunnel/resources/help/*.md")
    for page in help_pages:  # the in-app help shows its pictures
        for target in re.findall(r"!\[[^]]*\]\(([^)\s]+)\)", page.read_text("utf-8")):
            assert (page.parent / target).is_file(), f"{page.name} shows missing {target}"
    info = json.loads((APP / "BUILD-INFO.json").read_text("utf-8"))
    assert info["version"] == bundle.read_version(stage=ROOT / "desktop")


@needs_build
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")
def test_desktop_integration_installs_for_the_user_and_uninstalls(tmp_path):
    script = APP / "install-desktop-integration.sh"
    env = os.environ | {"XDG_DATA_HOME": str(tmp_path)}
    installed = subprocess.run([str(script)], capture_output=True, text=True, env=env,
                               timeout=120)
    assert installed.returncode == 0, installed.stderr
    entry = (tmp_path / "applications" / "windtunnel.desktop").read_text("utf-8")
    assert f'Exec="{EXECUTABLE}" %f' in entry and f"TryExec={EXECUTABLE}" in entry
    assert (tmp_path / "mime" / "packages" / "windtunnel.xml").is_file()
    for folder in ("16x16/apps/windtunnel.png", "256x256/mimetypes/"
                   "application-x-windtunnel-model.png", "scalable/apps/windtunnel.svg"):
        assert (tmp_path / "icons" / "hicolor" / folder).is_file(), folder
    if (tmp_path / "mime" / "globs2").exists():  # update-mime-database is installed
        assert "application/x-windtunnel-model:*.wtm" in (tmp_path / "mime" / "globs2").read_text()
    removed = subprocess.run([str(script), "--uninstall"], capture_output=True, text=True,
                             env=env, timeout=120)
    assert removed.returncode == 0, removed.stderr
    left = [p for p in tmp_path.rglob("*windtunnel*") if p.is_file()]
    assert not left, left


@needs_readelf
def test_glibc_requirement_is_read_from_the_bundled_binaries(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "notes.txt").write_text("GLIBC_9.99 in a text file is not a need")
    shutil.copy(os.path.realpath(sys.executable), tmp_path / "lib" / "python")
    version, needer = metadata.glibc_required(tmp_path)
    assert needer == "lib/python"
    major, minor = map(int, version.split(".")[:2])
    assert major == 2 and 17 <= minor < 99


@needs_readelf
def test_libraries_nothing_links_are_found_by_their_dynamic_sections(tmp_path):
    """A library no bundled file links is listed, under any of its names; one that the
    executable links is not, nor extension modules and plugins (loaded by path), nor the
    Python library (PyInstaller's bootloader opens it by name)."""
    executable = Path(os.path.realpath(sys.executable))
    needed = metadata.needed_libraries(executable)
    assert "libc.so.6" in needed
    libz = next(Path(p) for p in ("/usr/lib/x86_64-linux-gnu/libz.so.1", "/lib64/libz.so.1",
                                  "/usr/lib/libz.so.1") if Path(p).exists())
    internal = tmp_path / "_internal"
    (internal / "PySide6" / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    shutil.copy(executable, tmp_path / "windtunnel")
    shutil.copy(os.path.realpath("/lib/x86_64-linux-gnu/libc.so.6"), internal / "libc.so.6.1")
    (internal / "libc.so.6").symlink_to("libc.so.6.1")
    shutil.copy(libz, internal / "libz.so.1")
    shutil.copy(libz, internal / "zlib.cpython-313-x86_64-linux-gnu.so")
    shutil.copy(libz, internal / "libpython3.13.so.1.0")
    shutil.copy(libz, internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqz.so")
    (internal / "libnotes.so.txt").write_text("not an ELF file")
    assert metadata.unlinked_libraries(tmp_path) == ["_internal/libz.so.1"]


@needs_build
@needs_readelf
def test_frozen_app_ships_only_libraries_a_bundled_file_links():
    """A bundled library that only a system library links (libXau under the system's libxcb)
    would be loaded in place of the system's own: it belongs in build/bundle.py's
    DROPPED_FILES."""
    assert metadata.unlinked_libraries(APP) == []


@needs_build
@needs_readelf
def test_frozen_app_ships_no_plugin_that_links_a_library_left_out():
    """A Qt plugin linking a library that DROPPED_FILES leaves out can never load: it goes
    too (libraries the system provides, such as libdbus-1, are linked by Qt's own libraries,
    never by a plugin)."""
    plugins = [path for path in APP.rglob("*.so") if "/plugins/" in path.as_posix()
               and path.is_file() and not path.is_symlink()]
    assert plugins
    broken = [f"{path.relative_to(APP).as_posix()} links {name}" for path in plugins
              for name in metadata.needed_libraries(path) if not bundle.keep_file(name)]
    assert broken == []


def test_size_table_lists_the_largest_files_and_the_rest(tmp_path):
    for name, size in (("a/big.bin", 50_000), ("b/c/mid.bin", 20_000), ("small.txt", 10),
                       ("b/tiny.txt", 5)):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x" * size)
    total, rows = metadata.size_table(tmp_path, top=2)
    assert [name for name, _ in rows] == ["a/big.bin", "b/c/mid.bin", "2 other files"]
    assert total == metadata.disk_usage(tmp_path) >= sum(size for _, size in rows)
    assert rows[0][1] >= 50_000 > rows[1][1] >= 20_000


@pytest.mark.parametrize(("name", "shared"), [
    ("libQt6Core.so.6", True), ("libicudata.so.73", True), ("QtCore.abi3.so", True),
    ("_sparsetools.cpython-313-x86_64-linux-gnu.so", True), ("libqxcb.so", True),
    ("windtunnel", False), ("base_library.zip", False), ("windtunnel.svg", False),
])
def test_only_shared_objects_are_stripped(name, shared):
    """The executable carries the Python modules appended to it: strip must never see it."""
    assert build_app.is_shared_object(name) is shared
