"""Shared test setup: Qt runs offscreen; slow tests only in CI; helpers for small models.

The offscreen screen is a 1366 x 768 laptop (offscreen_laptop.json), the size most users
have, so a window's first layout in a test is the one they see (Qt's default offscreen
screen is an 800 x 800 square no one has). Beside it, to its right, stands a 1024 x 768
projector, the common workshop screen, and beyond it a 1920 x 1080 screen at twice the
pixels per point (960 x 540 points, as a 2x desktop shows the app); windows open on the
laptop unless a test moves them (:func:`on_screen`).

Tests marked ``slow`` (wheel build, packaging install, kill loops, the frozen app) are
deselected on a developer's ``pytest``; they run when the environment variable ``CI`` is
set (``.ci/run`` runs under CI=true), with ``--slow``, or when ``-m`` names them.
Property tests run a quarter of their examples on a developer's ``pytest`` and all of them
there (:func:`examples`), and none has a deadline: how long an example takes is the
benchmarks' concern, and a busy machine (CI's two cores running GUI tests beside it) made
Hypothesis's default 200 ms deadline fail tests whose every answer was right. For the same
reason every wait for a condition gives it at least :data:`WAIT_FLOOR_MS`.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen:configfile="
                      + os.path.join(os.path.dirname(__file__), "offscreen_laptop.json"))

import pytest
from hypothesis import settings

from windtunnel.model import (Edge, Intervention, Model, Node, Objective, Scenario, Source,
                              WeightOverride)


settings.register_profile("windtunnel", deadline=None)
settings.load_profile("windtunnel")

#: The least time a test waits for a condition (qtbot.waitUntil, waitSignal, waitExposed)
#: before it fails. A wait ends as soon as its condition holds, so a long floor costs a
#: passing test nothing, while CI's two cores running GUI tests, a Monte Carlo and Xvfb side
#: by side (load 10 and more) made waits of pytest-qt's default 5 s fail tests whose every
#: answer was right. No test here expects a wait to time out.
WAIT_FLOOR_MS = 30_000


def _with_wait_floor(wait):
    def waited(self, *args, timeout: int = WAIT_FLOOR_MS, **options):
        if timeout is not None and timeout >= 0:      # None or -1: no limit, as asked
            timeout = max(timeout, WAIT_FLOOR_MS)
        return wait(self, *args, timeout=timeout, **options)
    waited.__doc__ = wait.__doc__
    return waited


def _wait_at_least_the_floor() -> None:
    from pytestqt.qtbot import QtBot
    for name in ("waitUntil", "waitSignal", "waitExposed", "waitActive", "waitCallback"):
        setattr(QtBot, name, _with_wait_floor(getattr(QtBot, name)))


_wait_at_least_the_floor()


def pytest_addoption(parser) -> None:
    parser.addoption("--slow", action="store_true", help="run the tests marked slow too")


#: Whether this run is CI's or ``--slow``: set before any test module is imported.
_FULL_RUN = [bool(os.environ.get("CI"))]


def pytest_configure(config) -> None:
    _FULL_RUN[0] = bool(os.environ.get("CI") or config.getoption("--slow"))


def examples(n: int) -> int:
    """How many examples a property test tries: ``n`` in CI and with ``--slow``, a quarter
    of them (at least 10) on a developer's run, which stays fast."""
    return n if _FULL_RUN[0] else max(10, n // 4)


def pytest_collection_modifyitems(config, items) -> None:
    if os.environ.get("CI") or config.getoption("--slow") or config.getoption("-m"):
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


def make_small_model() -> Model:
    """Three nodes in a loop, one lever, one scenario, one objective, one source."""
    return Model.from_elements(
        title="Small",
        sources=[Source("doc", "A document", publisher="Press", date="2026-06-25")],
        nodes=[Node("ban", "Access ban", kind="restriction", group="United States",
                    position=(0.0, 0.0), sources=("doc",)),
               Node("leak", "Leakage", kind="factor", group="Global", position=(200.0, 0.0)),
               Node("lab", "Rival lab", kind="actor", group="China", position=(100.0, 150.0))],
        edges=[Edge("ban", "leak", 0.6, sources=("doc",), rationale="Bans push use underground."),
               Edge("leak", "lab", 0.4, delay=1, confidence="low"),
               Edge("lab", "leak", -0.3)],
        scenarios=[Scenario("strict", "Strict ban",
                            interventions=(Intervention("ban", "clamp", 1.0, 2, 8),),
                            overrides=(WeightOverride("lab", "leak", -0.5),))],
        objectives=[Objective("less-leak", "Limit leakage", "leak", "decrease")],
    )


@pytest.fixture
def small_model() -> Model:
    return make_small_model()


# -- GUI fixtures shared by tests/app and tests/app_analysis (Qt imported only when used) --

@pytest.fixture
def compiles(monkeypatch) -> list:
    """The networks the engine compiles from now on (the arguments of each compile)."""
    from windtunnel.engine import cache

    compiled: list = []
    compile_model = cache.compile_model
    monkeypatch.setattr(cache, "compile_model",
                        lambda *args: compiled.append(args) or compile_model(*args))
    return compiled


def answer_next_question(button: str) -> list[str]:
    """Click ``button`` ("delete": the destructive one, "accept": the one of the accept
    role, or "cancel") in the next message box the app opens; the list gets its text,
    informative text and default button's text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.extend([box.text(), box.informativeText(), box.defaultButton().text()])
        destructive = [b for b in box.buttons()
                       if box.buttonRole(b) == QMessageBox.DestructiveRole]
        accepting = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.AcceptRole]
        (destructive[0] if button == "delete" else accepting[0] if button == "accept"
         else box.button(QMessageBox.Cancel)).click()

    QTimer.singleShot(0, click)
    return seen


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, configured by the app's own :func:`make_application` (so
    Python's garbage cycles are collected on its thread only, :mod:`windtunnel.app.collector`,
    even in a test that opens no window, while its tasks run on other threads) and speaking
    English with its catalogues installed (the plural forms: "1 node", "2 nodes"), as the
    app's start-up does."""
    from windtunnel.app.main import make_application
    from windtunnel.app.translations import apply_language

    make_application()
    apply_language("en")
    return qapp


@pytest.fixture(autouse=True)
def released_input():
    """After each test, the keyboard modifiers (Shift, Ctrl, Alt, Meta) and mouse buttons it
    left held are released. Qt takes what is held from the last input event it was given:
    after a Shift+click (``QTest.keyClick(w, key, Qt.ShiftModifier)``, a mouse event
    carrying Shift) it reports Shift held until another event says otherwise, and a later
    test's plain click would extend a selection. ``QTest.mouseDClick`` ends on its double
    click, with no release, so Qt reports the button held: a later test's pointer moves are
    then drags, and the map shows no hover. The releases go to a widget made for them and
    never shown, so no window of a test sees them. A test that made no QApplication (the
    core's) loads no Qt here."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or not isinstance(widgets.QApplication.instance(), widgets.QApplication):
        return
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    held = widgets.QApplication.keyboardModifiers()
    pressed = widgets.QApplication.mouseButtons()
    if held == Qt.NoModifier and pressed == Qt.NoButton:
        return
    sink = widgets.QWidget()
    for key, modifier in ((Qt.Key_Shift, Qt.ShiftModifier), (Qt.Key_Control, Qt.ControlModifier),
                          (Qt.Key_Alt, Qt.AltModifier), (Qt.Key_Meta, Qt.MetaModifier)):
        if held & modifier:
            held &= ~modifier
            QTest.keyRelease(sink, key, held)
    for button in (Qt.LeftButton, Qt.RightButton, Qt.MiddleButton):
        if pressed & button:
            QTest.mouseRelease(sink, button, Qt.NoModifier, QPoint(0, 0))


@pytest.fixture
def on_screen(monkeypatch):
    """``on_screen("projector")`` makes the windows opened from then on open on that
    offscreen screen ("laptop", "projector" or "hidpi"), laid out for its size."""
    from PySide6.QtGui import QGuiApplication

    from windtunnel.app.mainwindow import MainWindow

    restore_layout = MainWindow.restore_layout

    def choose(name: str) -> None:
        (screen,) = [s for s in QGuiApplication.screens() if s.name() == name]

        def restore_there(window) -> None:
            window.move(screen.availableGeometry().topLeft())   # the window's screen
            restore_layout(window)

        monkeypatch.setattr(MainWindow, "restore_layout", restore_there)

    return choose


@pytest.fixture
def preferences(tmp_path):
    """Preferences in a settings file of the test's own, never the user's."""
    from PySide6.QtCore import QSettings

    from windtunnel.app.preferences import Preferences

    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))


@pytest.fixture
def workspace(qapp, tmp_path, preferences):
    """A workspace with one empty window, its own recovery folder, no recovery question;
    every window answers 'discard' when the test closes it."""
    from PySide6.QtWidgets import QApplication

    from windtunnel.app.main import start

    ws = start(None, preferences=preferences, recovery_root=tmp_path / "recovery",
               open_default=False, ask=lambda parent, sessions: False)
    yield ws
    for window in list(ws.windows):
        window.ask_save_changes = lambda: "discard"
        window.close()
    QApplication.processEvents()
