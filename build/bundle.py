"""What goes into the frozen app and what stays out, shared by the spec and build_app.py.

The frozen app is built from a *staged* copy of the package, laid out exactly as an installed
wheel is (``windtunnel/``, ``windtunnel/resources/``, ``windtunnel/scenarios/``), because
PyInstaller cannot see through the editable install's import hook. The layout comes from
``[tool.setuptools] package-dir`` in pyproject.toml, so the app and the wheel never differ.

Size: PyInstaller's PySide6 hooks collect, for every Qt module the code imports, its library,
its plugins and its translations. Windtunnel uses QtCore, QtGui, QtWidgets and QtSvg (icons,
SVG export). pyqtgraph tries QtTest inside a ``try`` block and works without it, so it is
excluded; it imports QtOpenGL outright but uses it only for OpenGL drawing, so that binding
is excluded too and a runtime hook stands in for it; QtOpenGLWidgets (small) stays, as
pyqtgraph subclasses one of its classes when it loads. Plugins for embedded displays (eglfs, linuxfb, vnc),
Wayland compositors (server side), PDF thumbnails and network information are dropped by file
name after analysis (:func:`keep_file`); on Linux, build_app.py also rewrites ICU's data
library (which Qt Core links) without the data of ICU services Qt never calls
(build/icudata.py). tests/test_shipped_contents.py fails when a windtunnel
module imports, or pyproject.toml depends on, anything excluded here.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import tomllib
from pathlib import Path

__all__ = ["ROOT", "BUILD", "DIST", "WORK", "STAGE", "ICONS", "APP_NAME", "EXCLUDED_MODULES",
           "HIDDEN_IMPORTS", "RUNTIME_HOOKS", "DROPPED_FILES", "stage_package", "package_modules", "keep_file",
           "unshown_screenshots", "read_version"]

BUILD = Path(__file__).resolve().parent
ROOT = BUILD.parent
DIST = BUILD / "dist"
WORK = BUILD / "work"
STAGE = WORK / "stage"
ICONS = WORK / "icons"
APP_NAME = "windtunnel"

#: Python modules never bundled, with the reason.
EXCLUDED_MODULES = [
    # A Qt module pyqtgraph imports optionally (inside ``try``), and Qt's OpenGL bindings
    # (8.5 MiB), which pyqtgraph 0.14 imports when its curves load but uses only for OpenGL
    # drawing, never switched on here: the runtime hook build/no_opengl.py stands in for
    # PySide6.QtOpenGL (see RUNTIME_HOOKS). QtOpenGLWidgets (0.2 MiB) stays: pyqtgraph
    # subclasses its QOpenGLWidget when it loads.
    "PySide6.QtTest", "PySide6.QtOpenGL",
    # Qt modules nothing in Windtunnel uses (declared so that no hook pulls them in).
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtDBus", "PySide6.QtSql",
    "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtUiTools", "PySide6.QtDesigner",
    "PySide6.QtHelp", "PySide6.QtPrintSupport",
    # Other Qt bindings pyqtgraph could pick.
    "PyQt5", "PyQt6", "PySide2",
    # GUI toolkits, notebooks, plotting and test tools that optional imports may reach.
    "tkinter", "_tkinter", "IPython", "matplotlib", "pytest", "_pytest",
    "pytestqt", "hypothesis", "pytest_benchmark", "importlinter",
    # scipy is there for its sparse matrix products (engine/propagate.py); pandas and
    # networkx reach the rest of it only inside functions Windtunnel never calls, and
    # scipy.linalg would bring a second 25 MB BLAS.
    "scipy.linalg", "scipy.special", "scipy.optimize", "scipy.stats", "scipy.spatial",
    "scipy.fft", "scipy.fftpack", "scipy.interpolate", "scipy.signal", "scipy.ndimage",
    "scipy.integrate", "scipy.io", "scipy.cluster", "scipy.odr", "scipy.datasets",
    "scipy.misc", "scipy.constants", "scipy.differentiate", "scipy.sparse.linalg",
    "scipy.sparse.csgraph",
    # The cluster extra (explorations on dask.distributed) stays out of the laptop app: the
    # engine imports it only when a scheduler is given, and a development environment that
    # has it must not bundle it.
    "distributed", "dask",
    # The standard library's own test suite and development tools.
    "test", "idlelib", "lib2to3", "pydoc_data", "ensurepip", "venv",
    # Windtunnel never opens a network connection, so it needs no TLS (http.client and
    # urllib import ssl optionally); pandas imports sqlite3 only inside its SQL readers.
    "ssl", "_ssl", "sqlite3", "_sqlite3",
    # OpenSSL's hashes (4.5 MB of libcrypto): hashlib falls back to its built-in sha2,
    # sha3, blake2 and md5, which are all Windtunnel uses (file hashes in reports).
    "_hashlib",
    # Line editing for interactive prompts (with libreadline and libtinfo), and the terminal
    # screen library only the interactive interpreter's editor uses (libncursesw; _pyrepl
    # itself stays: pydoc, which pyqtgraph and scipy import, reads its pager).
    "readline", "curses", "_curses", "_curses_panel",
    # Reached only through optional imports of libraries a development environment may
    # hold (the test extra brings them): Pillow (openpyxl's and networkx's image support,
    # 12 MiB with its libraries; workbook images are not read), jinja2 and markupsafe
    # (pandas' HTML styler), fsspec (pandas' remote files), PyYAML (numpy's and scipy's
    # build-configuration printout), psutil (numpy's and scipy's test helpers), tqdm
    # (fsspec's progress bars), and setuptools with its runtime hook.
    "PIL", "jinja2", "markupsafe", "fsspec", "yaml", "psutil", "tqdm", "setuptools",
    "pkg_resources", "_distutils_hack",
]

#: Modules found only at run time (not by static analysis).
HIDDEN_IMPORTS = [
    # openpyxl switches to defusedxml when it imports; listed so that the frozen workbook
    # reader keeps safe XML parsing even if openpyxl's import moves out of sight.
    "defusedxml", "defusedxml.ElementTree", "defusedxml.common", "defusedxml.expatreader",
    "defusedxml.minidom", "defusedxml.sax",
    # Shipped data folders are packages so that importlib.resources finds them.
    "windtunnel.resources", "windtunnel.scenarios",
]

#: Scripts the frozen app runs before its own code (PyInstaller runtime hooks).
RUNTIME_HOOKS = [BUILD / "no_opengl.py"]

#: Collected files dropped after analysis (glob patterns on the path inside the bundle).
DROPPED_FILES = [
    # Platform plugins for embedded devices and remote displays; xcb, wayland (desktops),
    # offscreen (the self-test) and minimal stay.
    "*/plugins/platforms/libqeglfs*", "*/plugins/platforms/libqlinuxfb*",
    "*/plugins/platforms/libqvnc*", "*/plugins/platforms/libqvkkhrdisplay*",
    "*/plugins/platforms/libqminimalegl*", "*/plugins/egldeviceintegrations/*",
    "*/plugins/wayland-graphics-integration-server/*",
    # The GTK platform theme links GTK, cairo and pango; bundling those next to the
    # system's own GTK mixes library versions. Qt's own style and the xdg-desktop-portal
    # theme (native file dialogs through the portal) stay.
    "*/plugins/platformthemes/libqgtk3*",
    # PDF page images (pulls in QtPdf) and network reachability (pulls in QtNetwork).
    "*/plugins/imageformats/*qpdf*", "*/plugins/networkinformation/*", "*/plugins/tls/*",
    # Image formats nothing in Windtunnel reads or writes (SVG, PNG, JPEG, GIF, ICO and
    # ICNS stay), and input plugins for devices without a windowing system (evdev) or
    # driven over the network (TUIO touch over UDP).
    "*/plugins/imageformats/*qtiff*", "*/plugins/imageformats/*qwebp*",
    "*/plugins/imageformats/*qtga*", "*/plugins/imageformats/*qwbmp*", "*/plugins/generic/*",
    # The libraries only those plugins need (names match in any folder: PyInstaller also
    # links some of them at the top of _internal).
    "libQt6EglFSDeviceIntegration*", "libQt6EglFsKms*", "libQt6Pdf.*", "libQt6Network.*",
    "libQt6Qml*", "libQt6Quick*",
    "libQt6WlShellIntegration*",
    # The plugin of wl-shell, Wayland's first shell protocol, which links that library and
    # cannot load without it (desktops' compositors offer xdg-shell, whose plugin stays).
    "*/plugins/wayland-shell-integration/libwl-shell-plugin*",
    # The GTK stack the GTK theme plugin pulled in (nothing else needs it: checked with
    # readelf -d over every bundled extension module and plugin) ...
    "libatk-1.0.so*", "libcairo.so*", "libcairo-gobject.so*", "libpango-1.0.so*",
    "libpangocairo-1.0.so*", "libpangoft2-1.0.so*", "libgdk_pixbuf-2.0.so*",
    "libharfbuzz.so*", "libgraphite2.so*", "libfribidi.so*", "libthai.so*", "libdatrie.so*",
    "libpixman-1.so*", "libXrender.so*", "libXext.so*", "libgio-2.0.so*", "libgmodule-2.0.so*",
    "libgobject-2.0.so*", "libmount.so*", "libblkid.so*", "libselinux.so*", "libjpeg.so*",
    # GTK 3 itself and what only it links (accessibility bridge, OpenGL dispatch, the X
    # extensions GTK uses; Qt's xcb plugin talks to X through libxcb and libX11 alone):
    # build_app.py lists bundled libraries nothing links, which is how these were found.
    "libgtk-3.so*", "libgdk-3.so*", "libepoxy.so*", "libatk-bridge-2.0.so*", "libatspi.so*",
    "libXcomposite.so*", "libXdamage.so*", "libXfixes.so*", "libXi.so*", "libXinerama.so*",
    "libXrandr.so*", "libXcursor.so*",
    # The terminal libraries only the interactive interpreter's screen handling links.
    "libncursesw.so*", "libtinfo.so*",
    # What only libxcb links: its X authority and display-manager libraries, and the BSD
    # and message-digest helpers libXdmcp links. PyInstaller never bundles libxcb (the
    # system's X connection), so they are the system's libxcb's dependencies and come with
    # it (libxcb1 depends on them); bundled, they would be loaded in place of the system's
    # own, beside a libxcb built against those.
    "libXau.so*", "libXdmcp.so*", "libbsd.so*", "libmd.so*",
    # ... and Kerberos, which only TLS (excluded) reaches.
    "libgssapi_krb5.so*", "libkrb5.so*", "libkrb5support.so*", "libk5crypto.so*",
    "libcom_err.so*", "libkeyutils.so*",
    # D-Bus comes from the system, like the D-Bus daemon it talks to: libdbus-1-3 is on every
    # Linux desktop (and in the README's list of Qt's system libraries). Bundling it also
    # drags in libsystemd and its compression and crypto libraries.
    "libdbus-1.so*", "libsystemd.so*", "libgcrypt.so*", "libgpg-error.so*", "liblz4.so*",
    "libcap.so*",
    # Qt's translations, except its own dialogs' and buttons' (qtbase) in the languages the
    # interface speaks: Simplified Chinese, Traditional Chinese (Hong Kong reads Taiwan's)
    # and Japanese (see app/translations.py).
    "*/Qt/translations/[!q]*", "*/Qt/translations/qt[!b]*", "*/Qt/translations/qtbase_[!zj]*",
    # Windtunnel's own translation sources: the app loads the compiled .qm catalogues (the
    # wheel keeps the .ts files, from which they are built).
    "windtunnel/resources/translations/*.ts",
    # The translators' glossaries (the domain's terms per language): the tests and the
    # scripts under build/models read them; the app never does.
    "windtunnel/resources/translations/glossary_*.tsv",
    # Test suites and type stubs inside third-party packages.
    "numpy/*/tests/*", "numpy/tests/*", "pandas/tests/*", "networkx/*/tests/*",
    "networkx/tests/*", "pyqtgraph/examples/*", "*.pyi",
    # pyqtgraph's logo in eight sizes and its named colour maps, read only when asked for
    # by name (the charts use neither; its button icons stay).
    "pyqtgraph/icons/peegee/*", "pyqtgraph/colors/maps/*",
]


def keep_file(dest: str) -> bool:
    """False for a collected file matched by :data:`DROPPED_FILES`.

    A pattern with a ``/`` matches the path inside the bundle; one without matches the file
    name in any folder.
    """
    path = dest.replace(chr(92), "/")
    name = path.rsplit("/", 1)[-1]
    return not any(fnmatch.fnmatch(path if "/" in pattern else name, pattern)
                   for pattern in DROPPED_FILES)


def stage_package(*, root: Path = ROOT, stage: Path = STAGE) -> Path:
    """Copy the package into ``stage`` in its installed layout; return ``stage``.

    Follows ``[tool.setuptools] package-dir`` in pyproject.toml: ``"" = "desktop"`` puts the
    top-level packages under desktop/, and each dotted entry maps a sub-package to a folder.
    """
    config = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
    package_dir: dict[str, str] = config["tool"]["setuptools"]["package-dir"]
    if stage.exists():
        shutil.rmtree(stage)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    base = root / package_dir.get("", ".")
    for package in config["tool"]["setuptools"]["packages"]:
        if "." not in package:
            shutil.copytree(base / package, stage / package, ignore=ignore)
    for package, folder in sorted(package_dir.items(), key=lambda item: item[0].count(".")):
        if package:
            target = stage.joinpath(*package.split("."))
            shutil.copytree(root / folder, target, ignore=ignore, dirs_exist_ok=True)
    return stage


def package_modules(*, stage: Path = STAGE) -> list[str]:
    """Every module of the staged ``windtunnel`` package, by dotted name."""
    names = []
    for path in sorted((stage / "windtunnel").rglob("*.py")):
        parts = path.relative_to(stage).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def unshown_screenshots(*, stage: Path = STAGE) -> set[Path]:
    """Screenshots under resources/screenshots that no help page shows.

    Screenshots are documentation (the README and the help pages use them); the app needs only
    those its help pages display, so the others stay out of the frozen app (the wheel keeps
    them all). A help page shows one with Markdown such as ``![...](../screenshots/x.png)``.
    """
    resources = stage / "windtunnel" / "resources"
    shown = set()
    for page in (resources / "help").glob("*.md"):
        for target in re.findall(r"\]\(([^)\s]+)\)", page.read_text("utf-8")):
            shown.add((page.parent / target).resolve())
    return {path for path in (resources / "screenshots").glob("*")
            if path.is_file() and path.resolve() not in shown}


def read_version(*, stage: Path = STAGE) -> str:
    """``__version__`` of the staged package, read without importing it."""
    for line in (stage / "windtunnel" / "__init__.py").read_text("utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise ValueError("windtunnel/__init__.py has no __version__")
