"""The app as shipped: the build helpers, the self-test, and the frozen app when one is built.

The frozen-app tests run against build/dist/windtunnel (made by ``python3 build/dev.py
package``) and are skipped with the reason when there is no build. They run the app the way
the build script does: offline (a network namespace where ``unshare --net`` works, and the
app's own refusal of sockets everywhere), offscreen, with a clean environment.
"""

from __future__ import annotations

import ast
import errno
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
from defusedxml import ElementTree

import windtunnel

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))

import build_app  # noqa: E402
import bundle  # noqa: E402
import icons  # noqa: E402
import metadata  # noqa: E402
import smoke  # noqa: E402

APP = bundle.DIST / bundle.APP_NAME
EXECUTABLE = smoke.executable_in(APP)
needs_build = pytest.mark.skipif(
    not EXECUTABLE.exists(),
    reason=f"no frozen app at {APP}; build it with `python3 build/dev.py package`")


def run_python(code: str, *, env: dict | None = None, timeout: float = 120):
    """Run ``code`` in a fresh interpreter of this environment (offscreen, clean XDG home)."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT,
                          env=(env or os.environ) | {"QT_QPA_PLATFORM": "offscreen"})


# -- the self-test, from the source tree ------------------------------------------------


@pytest.mark.slow
def test_self_test_passes_offline_from_the_source_tree(tmp_path):
    user = tmp_path / "user"
    (user / "home").mkdir(parents=True)
    env = smoke.app_environment(home=user) | {"HOME": str(user / "home")}
    result = subprocess.run([sys.executable, "-m", "windtunnel", "--self-test", "--offline"],
                            capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr     # no work left running at exit
    for check in ("bundled model", "main window shown and painted",
                  "the window's first analysis run followed its paint", "engine ran",
                  "workbook re-imports as the model", "defusedxml",
                  "offline: no network socket was opened"):
        assert check in result.stdout, check
    written = [p for p in user.rglob("*") if p != user / "home"]
    assert not written, f"the self-test wrote into the user's folders: {written}"


@pytest.mark.slow
def test_self_test_fails_when_the_app_reaches_for_the_network():
    result = run_python("""
        import socket, sys
        from windtunnel.app import selftest
        engine_check = selftest._check_engine
        def engine_then_network(report, model):
            try:
                socket.create_connection(("192.0.2.1", 80), timeout=1)
            except OSError:
                pass  # refused by the guard: the app carries on, the self-test must not pass
            return engine_check(report, model)
        selftest._check_engine = engine_then_network
        selftest._check_workbook = lambda *args: None  # not under test here; saves seconds
        sys.exit(selftest.run_self_test(offline=True))
    """)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL  offline: network use was attempted" in result.stdout
    assert "self-test FAILED" in result.stdout


@pytest.mark.slow
def test_self_test_fails_when_no_window_appears():
    result = run_python("""
        import sys
        from PySide6.QtWidgets import QApplication
        from windtunnel.app import main, selftest
        main.run_app = lambda path=None: QApplication.instance().exec()  # never shows a window
        sys.exit(selftest.run_self_test(timeout=1.0))
    """)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL  no main window was painted within 1 s" in result.stdout


@pytest.mark.parametrize(("argv", "message"), [
    (["--offline"], "--offline works only with --self-test"),
    (["model.wtm", "--self-test"], "--self-test checks the bundled model; it takes no FILE"),
])
def test_self_test_usage_errors(capsys, argv, message):
    from windtunnel.cli import main

    assert main(argv) == 2
    assert message in capsys.readouterr().err


@pytest.mark.slow
def test_network_guard_refuses_ip_sockets_and_lookups_but_not_local_sockets():
    result = run_python("""
        import socket
        from windtunnel.app.netguard import NetworkGuard
        guard = NetworkGuard.install()
        left, right = socket.socketpair(socket.AF_UNIX)
        left.close(); right.close()
        for attempt in (lambda: socket.socket(socket.AF_INET6),
                        lambda: socket.getaddrinfo("example.org", 443)):
            try:
                attempt()
            except PermissionError:
                pass
            else:
                raise SystemExit("not refused")
        assert NetworkGuard.install() is guard and len(guard.attempts) == 2, guard.attempts
        print("ok")
    """)
    assert result.stdout.strip() == "ok", result.stderr


@pytest.mark.slow
def test_startup_probe_reports_the_time_to_a_painted_window():
    (sample,) = smoke.measure_startup([sys.executable, "-m", "windtunnel"], runs=1)
    assert 0 < sample.wall < 120
    assert sample.wall <= sample.complete < 120      # the window is completed after its paint
    assert sample.cpu_at_paint is not None and sample.cpu_at_paint > 0
    if sys.platform.startswith("linux"):
        assert sample.process is not None and 0 < sample.process < 120


# -- build helpers (no build needed) ----------------------------------------------------


def test_offline_prefix_leaves_no_route_to_any_network():
    prefix, how = smoke.offline_prefix()
    if not prefix:
        pytest.skip(f"no network namespace here: {how}")
    probe = ("import socket\n"
             "try:\n"
             "    socket.create_connection(('192.0.2.1', 9), timeout=5)\n"
             "except OSError as exc:\n"
             "    print(type(exc).__name__, exc.errno)\n"
             "print(sorted(name for _, name in socket.if_nameindex()))\n")
    result = subprocess.run([*prefix, sys.executable, "-c", probe], capture_output=True,
                            text=True, timeout=60)
    unreachable, interfaces = result.stdout.splitlines()
    assert unreachable == f"OSError {errno.ENETUNREACH}", result  # "Network is unreachable"
    assert interfaces == "['lo']", "only the (down) loopback interface may exist"


def test_offline_prefix_falls_back_to_the_app_guard_without_unshare(monkeypatch):
    monkeypatch.setattr(smoke.shutil, "which", lambda name: None)
    assert smoke.offline_prefix() == (
        [], "sockets refused inside the app only (no usable `unshare --net` here)")


def test_staged_package_has_the_installed_layout(tmp_path):
    stage = bundle.stage_package(stage=tmp_path / "stage")
    package = stage / "windtunnel"
    assert (package / "resources" / "appicon" / "windtunnel.svg").is_file()
    assert sorted(p.name for p in (package / "scenarios").glob("*.wtm")) == sorted(
        p.name for p in (ROOT / "scenarios").glob("*.wtm"))
    assert not list(stage.rglob("__pycache__"))
    modules = bundle.package_modules(stage=stage)
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert set(listed["packages"]) <= set(modules)
    assert "windtunnel.app.selftest" in modules and "windtunnel.cli.gui" in modules
    assert bundle.read_version(stage=stage) == windtunnel.__version__


def test_only_screenshots_a_help_page_shows_go_into_the_app(tmp_path):
    resources = tmp_path / "windtunnel" / "resources"
    (resources / "help").mkdir(parents=True)
    (resources / "screenshots").mkdir()
    for name in ("shown.png", "readme-only.png"):
        (resources / "screenshots" / name).write_bytes(b"\x89PNG")
    (resources / "help" / "page.md").write_text(
        "![The window](../screenshots/shown.png) and [a link](other.md)", encoding="utf-8")
    assert bundle.unshown_screenshots(stage=tmp_path) == {
        resources / "screenshots" / "readme-only.png"}


def test_no_dependency_is_left_out_of_the_app():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    dependencies = {re.match(r"[A-Za-z0-9_.-]+", d)[0].lower().replace("-", "_")
                    for d in project["dependencies"]}
    excluded = {name.split(".")[0].lower() for name in bundle.EXCLUDED_MODULES
                if "." not in name}
    assert not dependencies & excluded, "a dependency is excluded from the frozen app"


@pytest.mark.slow
def test_the_app_stack_imports_without_what_the_app_leaves_out():
    """The libraries the app loads import, and draw a chart, with every excluded module
    missing, as in the frozen app (an optional import inside them must stay optional)."""
    result = run_python(f"""
        import sys
        from importlib.machinery import PathFinder
        EXCLUDED = {sorted(bundle.EXCLUDED_MODULES)!r}

        class Absent(PathFinder):
            @classmethod
            def find_spec(cls, name, path=None, target=None):
                if any(name == e or name.startswith(e + ".") for e in EXCLUDED):
                    raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
                return None

        sys.meta_path.insert(0, Absent)
        exec(open({str(bundle.BUILD / "no_opengl.py")!r}).read())
        import numpy, scipy.sparse, pandas, networkx, openpyxl, defusedxml, psygnal, pydoc
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        import pyqtgraph
        plot = pyqtgraph.PlotWidget()
        plot.plot([0, 1, 2], [0, 1, 4])
        plot.resize(200, 120)
        assert not plot.grab().isNull()
        import windtunnel.app.main, windtunnel.app.analysis.charts, windtunnel.io
        print("imported")
    """, timeout=300)
    assert result.returncode == 0 and "imported" in result.stdout, result.stderr[-3000:]


#: Imports of excluded modules made only on the user's request, inside a function that
#: answers their absence with a message: the Sobol' sampler (scipy.stats.qmc; the app's
#: explorations use the Latin hypercube) and the cluster extra (dask.distributed).
ON_REQUEST = {("desktop/windtunnel/engine/designs.py", "scipy.stats"),
              ("desktop/windtunnel/engine/executors.py", "distributed")}


def test_no_windtunnel_module_imports_what_the_app_leaves_out():
    excluded = set(bundle.EXCLUDED_MODULES)
    offenders = []
    for path in (ROOT / "desktop" / "windtunnel").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                where = path.relative_to(ROOT).as_posix()
                if any((where, ".".join(parts[:i])) in ON_REQUEST
                       for i in range(1, len(parts) + 1)):
                    continue
                if any(".".join(parts[:i]) in excluded for i in range(1, len(parts) + 1)):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {name}")
    assert not offenders, "excluded from the frozen app (build/bundle.py):\n" + "\n".join(
        offenders)


@pytest.mark.parametrize(("path", "kept"), [
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("libQt6Pdf.so.6", False),  # the same library linked at the top of the bundle
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("libcairo.so.2", False),
    ("libgtk-3.so.0", False),  # only the GTK theme plugin (dropped) links GTK
    ("libXi.so.6", False),
    ("libX11.so.6", True),  # Qt's xcb plugin links it
    ("libX11-xcb.so.1", True),
    ("libdbus-1.so.3", False),  # from the system, like the D-Bus daemon
    ("libzstd.so.1", True),  # Qt Core needs it
    ("libxcb-cursor.so.0", True),  # often missing on fresh desktops: bundled
    ("numpy/_core/tests/test_api.py", False),
    ("pyqtgraph/icons/peegee/peegee_512px@2x.png", False),
    ("pyqtgraph/icons/auto.png", True),  # the charts' auto-range button
    ("pandas/_libs/algos.cpython-312-x86_64-linux-gnu.so", True),
    ("PySide6/Qt/translations/qtbase_ja.qm", True),  # Qt's own dialogs and buttons
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_zh_TW.qm", True),  # what Hong Kong's interface loads
    ("PySide6/Qt/translations/qt_zh_CN.qm", False),  # loads modules' catalogues we drop
    ("windtunnel/resources/translations/windtunnel_ja.qm", True),
    ("windtunnel/resources/translations/windtunnel_ja.ts", False),  # the source of the .qm
    ("windtunnel/resources/translations/glossary_zh_HK.tsv", False),  # for translators
])
def test_dropped_files(path, kept):
    assert bundle.keep_file(path) is kept
    assert bundle.keep_file(path.replace("/", "\\")) is kept  # Windows separators


def test_the_glossaries_left_out_of_the_frozen_app_are_read_by_no_module():
    """The glossaries are the translators' (tests and build/models read them): no module
    of the package names one, so the frozen app, which leaves them out, needs none."""
    glossaries = sorted((ROOT / "resources" / "translations").glob("glossary_*.tsv"))
    assert glossaries
    assert not [g for g in glossaries
                if bundle.keep_file(f"windtunnel/resources/translations/{g.name}")]
    for module in (ROOT / "desktop" / "windtunnel").rglob("*.py"):
        assert "glossary" not in module.read_text("utf-8").lower(), module


def test_icons_hold_every_size_as_png(tmp_path, qapp):
    # qapp: the suite's QApplication first, so the icon renderer does not make a bare
    # QGuiApplication that later GUI tests in this process would inherit
    written = icons.write_icons(ROOT / "resources" / "appicon" / "windtunnel.svg", tmp_path)
    assert {p.name for p in written} >= {"windtunnel-16.png", "windtunnel-256.png",
                                         "windtunnel.ico", "windtunnel.icns"}
    png = (tmp_path / "windtunnel-48.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (48, 48)
    ico = (tmp_path / "windtunnel.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    sides = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
        sides.append(side or 256)
    assert sides == list(icons.ICO_SIZES)
    icns = (tmp_path / "windtunnel.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kind, length = icns[position:position + 4], struct.unpack(">I", icns[position + 4:position + 8])[0]
        assert icns[position + 8:position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        position += length
    assert position == len(icns) and kinds == list(icons.ICNS_TYPES.values())


def test_windows_version_resource_is_a_well_formed_vs_versioninfo():
    # PyInstaller evaluates this text on Windows only (its parser needs pywin32), so the
    # test reads it as a syntax tree: the calls, the four version numbers and the strings.
    tree = ast.parse(metadata.windows_version_resource("1.2.3rc1"), mode="eval")
    calls = {node.func.id: node for node in ast.walk(tree) if isinstance(node, ast.Call)}
    assert {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
            "VarFileInfo", "VarStruct"} <= set(calls)
    fixed = {k.arg: ast.literal_eval(k.value) for k in calls["FixedFileInfo"].keywords
             if k.arg in ("filevers", "prodvers")}
    assert fixed == {"filevers": (1, 2, 3, 0), "prodvers": (1, 2, 3, 0)}
    strings = dict(ast.literal_eval(ast.Tuple(node.args, ast.Load()))
                   for node in ast.walk(tree)
                   if isinstance(node, ast.Call) and node.func.id == "StringStruct")
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3rc1"
    assert strings["OriginalFilename"] == "windtunnel.exe"


def test_desktop_entry_and_mime_type_agree():
    desktop = (ROOT / "resources" / "desktop" / "windtunnel.desktop").read_text("utf-8")
    entry = dict(line.split("=", 1) for line in desktop.splitlines()[1:] if "=" in line)
    assert desktop.startswith("[Desktop Entry]\n")
    assert entry["Exec"] == "windtunnel %f" and entry["Icon"] == "windtunnel"
    mime = ElementTree.parse(ROOT / "resources" / "desktop" / "windtunnel-mime.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    (kind,) = mime.findall(f"{ns}mime-type")
    assert entry["MimeType"] == kind.get("type") + ";"
    assert [g.get("pattern") for g in kind.findall(f"{ns}glob")] == ["*.wtm"]
    magic = kind.find(f"{ns}magic/{ns}match").get("value")
    bundled = next((ROOT / "scenarios").glob("*.wtm")).read_text("utf-8")[:256]
    assert magic in bundled, "the MIME magic must recognise our own model files"
    if validate := shutil.which("desktop-file-validate"):
        result = subprocess.run([validate, str(ROOT / "resources/desktop/windtunnel.desktop")],
                                capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


# -- the frozen app ---------------------------------------------------------------------


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


@pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("readelf")),
                    reason="needs Linux and binutils (readelf)")
def test_glibc_requirement_is_read_from_the_bundled_binaries(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "notes.txt").write_text("GLIBC_9.99 in a text file is not a need")
    shutil.copy(os.path.realpath(sys.executable), tmp_path / "lib" / "python")
    version, needer = metadata.glibc_required(tmp_path)
    assert needer == "lib/python"
    major, minor = map(int, version.split(".")[:2])
    assert major == 2 and 17 <= minor < 99


@pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("readelf")),
                    reason="needs Linux and binutils (readelf)")
def test_libraries_nothing_links_are_found_by_their_dynamic_sections(tmp_path):
    """A library no bundled file links is listed, under any of its names; one that the
    executable links is not, nor extension modules and plugins (loaded by path)."""
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
    shutil.copy(libz, internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqz.so")
    (internal / "libnotes.so.txt").write_text("not an ELF file")
    assert metadata.unlinked_libraries(tmp_path) == ["_internal/libz.so.1"]


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
