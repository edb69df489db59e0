"""The window paints first; its extensions, charts, the engine and their libraries come after.

Start-up time is mostly imports: pyqtgraph, scipy, pandas, networkx, openpyxl and numpy cost
about 1.5 s together on a laptop, and none of them is needed to show the map. These tests
hold the order: the app as users start it (``python -m windtunnel``, offscreen) has loaded
none of them at its first paint; a window paints with its extensions' docks, toolbar and
menu in place but empty, and fills them after the paint by itself; the first run and the
charts arrive after the paint, by themselves.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication

from windtunnel.app.analysis.controller import refreshes_pending
from windtunnel.app.document import Document
from windtunnel.app.sources_dock import SourcesPanel
from windtunnel.app.startprobe import HEAVY_MODULES
from windtunnel.app.translations import apply_language
from windtunnel.model import load
from windtunnel.paths import bundled_model
from windtunnel.session.analysis import OPENING_CHANGE

from .conftest import send_mouse

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))

import smoke  # noqa: E402


def _started(home: Path, probe: str) -> str:
    """What ``python -m windtunnel`` prints, started as users start it (offscreen, this
    checkout's package) with the start-up probe set to ``probe``, once it has reported its
    first painted window and exited."""
    env = smoke.app_environment(home=home) | {"WINDTUNNEL_STARTUP_PROBE": probe}
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)    # this checkout's package
    result = subprocess.run([sys.executable, "-m", "windtunnel"], env=env, cwd=home,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "windtunnel-startup:" in result.stdout, result.stdout + result.stderr
    return result.stdout


@pytest.mark.slow
def test_no_heavy_library_is_imported_before_the_first_paint(tmp_path):
    output = _started(tmp_path, "1")
    assert "AI export controls" in output        # the bundled model's window
    line = next(l for l in output.splitlines() if l.startswith("windtunnel-startup-modules:"))
    assert line == "windtunnel-startup-modules: none", (
        f"imported before the first paint (of {', '.join(HEAVY_MODULES)}): {line}")
    # the window is completed after its paint, without anyone asking
    paint, complete = (float(re.search(rf"{name}: ([\d.]+) s", output)[1])
                       for name in ("windtunnel-startup", "windtunnel-startup-complete"))
    assert paint <= complete


@pytest.mark.slow
def test_the_probe_asked_to_quit_at_the_first_paint_quits_there(tmp_path):
    output = _started(tmp_path, "paint")
    assert "windtunnel-startup-modules: none" in output
    assert "windtunnel-startup-complete:" not in output     # ended before the extensions ran


#: The app started as users start it, with ``at_first_paint()``, defined before it, printing
#: its finding once the main window has first painted.
_AT_FIRST_PAINT = """
import sys
from windtunnel.app.main import make_application, start
from windtunnel.app.startprobe import FirstPaint

def painted(window):
    print(at_first_paint(), flush=True)
    app.exit(0)

app = make_application()
FirstPaint(app, painted)
start()
sys.exit(app.exec())
"""


def _found_at_first_paint(home: Path, check: str) -> str:
    """What ``check`` (Python defining ``at_first_paint()``) finds at the first paint of
    the app started as users start it (offscreen, this checkout's package)."""
    env = smoke.app_environment(home=home)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)    # this checkout's package
    result = subprocess.run([sys.executable, "-c", check + _AT_FIRST_PAINT], env=env,
                            cwd=home, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


#: Classes the window does not use by its first paint, of which PySide6 must have made no
#: Python type by then: QStyle (its enums have some 600 members: tens of millions of
#: instructions); QWizard, which PySide6 makes, with every other widget class, when a widget
#: Qt made (a table's viewport) first reaches Python and PySide6 looks for its class;
#: QGradient (170 presets), which ``QBrush(colour)`` makes as it weighs its constructors;
#: the dates a window shows later (QDate, QDateTime); where Qt's own catalogues are, which
#: English never reads (QLibraryInfo); and a new edge's preview line (QGraphicsLineItem, QLineF
#: aside: the overview draws lines).
_UNUSED_TYPES = """
from PySide6 import QtCore, QtGui, QtWidgets

UNUSED = {QtWidgets: ("QStyle", "QWizard", "QGraphicsLineItem"), QtGui: ("QGradient",),
          QtCore: ("QDate", "QDateTime", "QLibraryInfo")}

def at_first_paint():
    made = [name for module, names in UNUSED.items() for name in names if name in vars(module)]
    return "made: " + (", ".join(made) or "none")
"""


@pytest.mark.slow
def test_the_first_paint_makes_no_python_type_of_a_class_it_does_not_use(tmp_path):
    assert "made: none" in _found_at_first_paint(tmp_path, _UNUSED_TYPES)


#: Modules of the app that the first paint does without, and which it must not have loaded:
#: each costs its import (and a dataclass, a millisecond to make) before the window shows.
_UNUSED_MODULES = """
import sys

def at_first_paint():
    loaded = [name for name in ("windtunnel.app.taken_along", "windtunnel.app.crashed",
                                "windtunnel.app.dialogs")
              if name in sys.modules]
    return "loaded: " + (", ".join(loaded) or "none")
"""


@pytest.mark.slow
def test_the_first_paint_loads_no_module_of_a_later_task(tmp_path):
    assert "loaded: none" in _found_at_first_paint(tmp_path, _UNUSED_MODULES)


#: The regular expressions compiled by then that hold a range of more than ten thousand
#: characters (the Chinese characters): Python compiles such a class one character at a
#: time, some 15 M instructions each, and an English window's first paint needs none.
_WIDE_PATTERNS = """
import re

def wide(pattern):
    return any(ord(last) - ord(first) > 10000
               for first, last in re.findall("(.)-(.)", pattern, re.DOTALL))

def at_first_paint():
    keys = [*getattr(re, "_cache", {}), *getattr(re, "_cache2", {})]
    patterns = {part for key in keys for part in key if isinstance(part, str) and wide(part)}
    return "wide: " + (", ".join(map(ascii, sorted(patterns))) or "none")
"""


@pytest.mark.slow
def test_the_first_paint_compiles_no_pattern_of_chinese_or_japanese_characters(tmp_path):
    assert "wide: none" in _found_at_first_paint(tmp_path, _WIDE_PATTERNS)


def test_the_window_paints_with_empty_frames_and_fills_them_by_itself(workspace, qtbot):
    window = workspace.open_window(Document(load(bundled_model())))
    frames = [window.panel(name) for name in ("scenarios", "results", "explore",
                                              "participants", "participants-results")]
    (toolbar,) = [bar for bar in window.toolbars if bar.objectName() == "results-toolbar"]
    menu_titles = [action.text() for action in window.menuBar().actions()]
    # before the paint: the final layout's places, empty; nothing of the analysis built
    assert not window.painted and not window.extensions.complete
    assert all(dock is not None and dock.widget() is None for dock in frames)
    assert len(toolbar.actions()) == 1 and "A&nalysis" in menu_titles    # a placeholder
    qtbot.waitUntil(lambda: window.painted, timeout=10_000)
    sizes = [(widget.width(), widget.height()) for widget in (window.view, toolbar)]
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=20_000)   # by itself
    analysis, participants = window.extensions["analysis"], window.extensions["participants"]
    assert frames[1].widget() is analysis.results_panel
    assert frames[3].widget().widget() is participants           # in its scroll area
    assert analysis.time_bar in [toolbar.widgetForAction(a) for a in toolbar.actions()]
    assert [action.text() for action in window.menuBar().actions()] == menu_titles
    # laid out in its row (a new widget is 640 x 480 until its layout places it)
    qtbot.waitUntil(lambda: analysis.time_bar.isVisible()
                    and analysis.time_bar.geometry().bottom() < toolbar.height(), timeout=10_000)
    # the map and the time bar's row keep the size they painted with
    assert [(widget.width(), widget.height()) for widget in (window.view, toolbar)] == sizes
    window.ask_save_changes = lambda: "discard"


def _dock_holders(window) -> list:
    """What the Outline's, the Inspector's and the Sources' docks hold: the place of their
    contents (reading ``window.outline`` and the like would build them)."""
    return [dock.widget() for dock in (window.outline_dock, window.inspector_dock,
                                       window.sources_dock)]


def test_the_editor_docks_are_built_and_filled_after_the_paint_by_themselves(workspace,
                                                                             qtbot):
    document = Document(load(bundled_model()))
    window = workspace.open_window(document)
    holders = _dock_holders(window)
    # painted with the docks in place, their contents not made yet
    assert not window.painted
    assert not any(holder.is_built for holder in holders)
    qtbot.waitUntil(lambda: window.painted, timeout=10_000)
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=20_000)
    assert all(holder.is_built for holder in holders)       # by themselves, each in its dock
    outline, inspector, sources = (holder.view for holder in holders)
    assert outline.model is document.model and outline.tree.model().rowCount() > 0
    assert inspector.editor is window.editor
    assert sources.findChild(SourcesPanel).editor is window.editor
    assert inspector.heading.full_text            # the model's page, filled
    window.ask_save_changes = lambda: "discard"


def test_editor_docks_read_before_the_paint_are_built_and_filled_at_once(workspace):
    document = Document(load(bundled_model()))
    window = workspace.open_window(document)
    assert not window.painted
    assert window.outline.model is document.model          # read: built and filled now
    assert all(holder.is_built for holder in _dock_holders(window))
    assert window.inspector.editor is window.editor is window.sources.editor
    assert window.inspector_dock.widget().view is window.inspector
    window.ask_save_changes = lambda: "discard"


def test_editor_docks_built_before_the_paint_follow_a_document_replacing_the_first(
        workspace, qtbot):
    window = workspace.windows[0]                   # blank, not painted yet
    assert window.inspector.editor is window.editor          # read: built and filled now
    document = Document(load(bundled_model()))
    window.set_document(document)
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)   # the first one's scene goes
    qtbot.waitUntil(lambda: window.painted, timeout=10_000)  # no error at the paint
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=20_000)
    assert window.outline.model is document.model
    assert window.inspector.editor is window.editor is window.sources.editor
    window.ask_save_changes = lambda: "discard"


#: The modules of the editor's docks' contents loaded by then.
_EDITOR_DOCKS = """
import sys

def at_first_paint():
    loaded = [name for name in ("inspector", "outline", "sources_dock")
              if "windtunnel.app." + name in sys.modules]
    return "docks: " + (", ".join(loaded) or "none")
"""


@pytest.mark.slow
def test_the_first_paint_loads_nothing_of_the_editor_docks_contents(tmp_path):
    assert "docks: none" in _found_at_first_paint(tmp_path, _EDITOR_DOCKS)


@pytest.fixture
def speaking():
    """``speaking("ja")`` switches the app's language for the test; English after it."""
    yield apply_language
    apply_language("en")


def _layout(window) -> dict[str, tuple[int, int, int, int]]:
    """Where the map, the toolbars and every dock in view (the front tab of its group)
    sit in the window."""
    places = {"map": window.view.geometry().getRect()}
    for widget in window.panels + window.toolbars:
        if not widget.visibleRegion().isEmpty():
            places[widget.objectName()] = widget.geometry().getRect()
    return places


@pytest.mark.parametrize("screen, tag", [("laptop", "en"), ("projector", "en"),
                                         ("projector", "ja"), ("hidpi", "en"), ("hidpi", "ja")])
def test_the_map_and_the_docks_keep_the_places_they_painted_in(workspace, qtbot, on_screen,
                                                               speaking, screen, tag):
    # on a 1024-pixel projector the Scenarios column is as narrow as its panel allows: a
    # frame narrower than the panel widened when the panel arrived, in every language; on
    # a 2x screen the panel scrolls, and its scroll bar takes no room from its controls
    on_screen(screen)
    speaking(tag)
    window = workspace.open_window(Document(load(bundled_model())))
    assert window.screen().name() == screen
    painted = {}
    # emitted in the turn after the paint, before the extensions are built into the docks
    window.first_painted.connect(lambda: painted.update(_layout(window)))
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=20_000)
    assert {"map", "dock-inspector", "dock-scenarios", "dock-results",
            "results-toolbar"} <= set(painted)
    QApplication.sendPostedEvents()            # the layouts the new contents asked for
    window.layout().activate()
    assert _layout(window) == painted
    panel = window.extensions["analysis"].scenarios_panel
    assert panel.minimumSizeHint().width() <= panel.width() <= panel.parent().width()
    window.ask_save_changes = lambda: "discard"


@pytest.mark.parametrize("screen", ["laptop", "projector"])
def test_the_fitted_map_does_not_grow_when_the_first_results_tint_it(workspace, qtbot,
                                                                     on_screen, screen):
    # the group legend gives way to the change scale once results tint the map: shown at
    # the paint, its margin went back to the map when the results came, and the fitted map
    # grew by half a moment after it appeared (16 % then 26 % in a 1024 x 768 window)
    on_screen(screen)
    window = workspace.open_window(Document(load(bundled_model())))
    painted = {}
    window.first_painted.connect(lambda: painted.update(
        zoom=window.view.zoom, legend=window.view.legend.isVisible()))
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=20_000)
    analysis = window.extensions["analysis"]
    qtbot.waitUntil(lambda: analysis.controller.idle
                    and analysis.session.results is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=10_000)
    QApplication.sendPostedEvents()
    assert painted["legend"] is False and not window.view.legend.isVisible()
    # the change scale's margin, taken when the results come, may zoom the map out just
    # enough to keep it whole; the map never grows
    assert window.view.zoom <= painted["zoom"]
    window.ask_save_changes = lambda: "discard"


def test_a_model_without_scenarios_keeps_its_group_legend(workspace, qtbot):
    # nothing tints a map without scenarios: its group legend stays, before and after the
    # analysis arrives
    model = load(bundled_model())
    for scenario in list(model.scenarios):
        model.remove("scenario", scenario.id)
    window = workspace.open_window(Document(model))
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=20_000)
    analysis = window.extensions["analysis"]
    qtbot.waitUntil(lambda: analysis.controller.idle, timeout=20_000)
    assert window.view.group_legend_shown
    window.ask_save_changes = lambda: "discard"


def test_a_window_closed_before_its_paint_builds_no_extension(workspace, qtbot):
    window = workspace.open_window(Document(load(bundled_model())))
    window.ask_save_changes = lambda: "discard"
    window.close()
    qtbot.waitUntil(lambda: window not in workspace.windows, timeout=10_000)
    assert window.extensions.complete and len(window.extensions) == 0


def test_the_first_run_and_the_charts_follow_the_first_paint(workspace, qtbot):
    window = workspace.open_window(Document(load(bundled_model())))
    analysis = window.extensions["analysis"]
    panel, session = analysis.results_panel, analysis.session
    assert not window.painted
    assert session.results is None and not analysis.controller.idle    # waits for the paint
    assert not panel._chart.is_built                                     # so does the chart
    qtbot.waitUntil(lambda: window.painted, timeout=10_000)
    qtbot.waitUntil(lambda: analysis.controller.idle and session.results is not None,
                    timeout=20_000)
    qtbot.waitUntil(lambda: panel._chart.is_built, timeout=10_000)  # the tab shown at start
    qtbot.waitUntil(lambda: not refreshes_pending(), timeout=10_000)
    # the model opens on its first scenario that changes anything, as before
    moving = next(r for r in session.results.scenarios
                  if abs(r.change).max() >= OPENING_CHANGE)
    assert session.scenario_id == moving.scenario_id
    assert panel.chart.series                                         # it draws the run
    # a chart on a tab not shown yet waits for its tab, or for code that asks for it
    assert not panel.structure._dominance.is_built
    assert panel.structure.dominance is panel.structure._dominance.view
    window.ask_save_changes = lambda: "discard"


def test_a_document_replaced_before_the_paint_is_run_at_once_by_the_extensions(workspace):
    window = workspace.windows[0]                   # blank, not painted yet
    assert not window.painted
    window.set_document(Document(load(bundled_model())))
    # the extensions were built for the first document and follow the new one as always
    assert window.extensions.complete
    assert window.extensions["analysis"].session.results is not None
    window.ask_save_changes = lambda: "discard"


def test_a_first_window_is_laid_out_in_its_shares_as_it_is_resized(workspace, qtbot):
    # a window manager fits the maximised window under its title bar after it is shown,
    # and paints it at once: the docks take their shares in that resize, not a turn later
    window = workspace.open_window(Document(load(bundled_model())))
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=20_000)
    assert window.windowState() & Qt.WindowMaximized    # the laptop's first window
    window.setWindowState(Qt.WindowNoState)
    window.resize(window.width(), window.height() - 9)   # sent at once to a shown window
    at_resize = _layout(window)
    QApplication.sendPostedEvents()
    window.layout().activate()
    assert _layout(window) == at_resize
    window.ask_save_changes = lambda: "discard"


def test_a_first_window_shares_out_its_docks_until_the_first_press(workspace, qtbot):
    """A first layout gives the Inspector its share of the window's width at every resize
    (a window settles to its size in steps) until the first mouse press in the window,
    which may begin a drag of a dock's edge: from then on a wider window's room goes to
    the map, and a narrower one takes room from the docks too once the map is down to its
    share."""
    window = workspace.open_window(Document(load(bundled_model())))
    window.ask_save_changes = lambda: "discard"
    qtbot.waitUntil(lambda: window.painted, timeout=10_000)
    window.showNormal()
    dock = window.panel("inspector")
    for width in (1000, 1300):
        window.resize(width, 700)
        qtbot.waitUntil(lambda: abs(dock.width() - 0.25 * width) <= 8, timeout=5_000)
    # a press on the window itself (where a dock's edge is dragged), not on a child
    send_mouse(window, QEvent.MouseButtonPress, QPoint(1, window.height() // 2))
    send_mouse(window, QEvent.MouseButtonRelease, QPoint(1, window.height() // 2))
    kept = dock.width()
    for width in (1360, 1000):
        window.resize(width, 700)
        qtbot.waitUntil(lambda: window.width() == width, timeout=5_000)
        QApplication.sendPostedEvents()            # the layout the resize asked for
        window.layout().activate()
        if width == 1360:
            assert dock.width() == kept          # a wider window: the room is the map's
    assert dock.width() < kept                   # 1,000 pixels: the map keeps half
