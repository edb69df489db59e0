"""What the app is shipped with: the staged package's layout, the screenshots and
dependencies it takes, what it leaves out and no module imports, the files it drops, its
icons, its Windows version resource, its desktop entry and MIME type."""

from __future__ import annotations

import ast
import re
import shutil
import struct
import subprocess
import tomllib

import pytest
from defusedxml import ElementTree

import windtunnel

from shipped import ROOT, bundle, icons, metadata, run_python


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
