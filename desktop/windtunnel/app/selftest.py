"""``windtunnel --self-test``: prove that this installation works, end to end, offline.

The check an analyst (or the build script) runs on a fresh install, frozen or not:

1. every bundled model loads, and the bundle carries its resources (schema, app icon) and the
   Qt plugins the app needs (SVG icons);
2. the app starts exactly as a double-click starts it (``run_app`` on the bundled model) and
   its main window is shown and painted, titled with the model;
3. every scenario of the bundled model runs through the engine (with a small Monte Carlo);
4. the results workbook is exported into a temporary folder and read back: it is a valid
   .xlsx with a sheet per scenario, the frozen openpyxl parses XML through defusedxml, and
   the workbook re-imports as the model.

It prints one line per check and ``self-test passed``, exit code 0; any failure prints what
failed and exits 1. Without a display (Linux, no DISPLAY or WAYLAND_DISPLAY) Qt runs
offscreen. The user's settings, recent files and recovery folder are never touched: the run
uses a temporary home for them. ``--offline`` also refuses every network socket from Python
(an audit hook) and fails the test if anything tried to open one.
"""

from __future__ import annotations

import os
import platform
import re
import sys
import tempfile
import time
import traceback
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from .netguard import NetworkGuard

__all__ = ["run_self_test", "SelfTest", "MONTE_CARLO_SAMPLES"]

#: Monte Carlo samples per scenario in the self-test: enough to exercise the sampler.
MONTE_CARLO_SAMPLES = 64


@dataclass
class SelfTest:
    """The checks of one self-test run and their outcomes, in order."""

    lines: list[str] = field(default_factory=list)
    failed: bool = False
    qt_messages: list[str] = field(default_factory=list)

    def ok(self, text: str) -> None:
        self.lines.append(f"  ok    {text}")

    def fail(self, text: str) -> None:
        self.failed = True
        self.lines.append(f"  FAIL  {text}")

    def check(self, condition: bool, text: str) -> bool:
        (self.ok if condition else self.fail)(text)
        return condition


def run_self_test(*, offline: bool = False, timeout: float = 120.0) -> int:
    """Run every check, print the report, and return the exit code (0 passed, 1 failed)."""
    guard = NetworkGuard.install() if offline else None
    if hasattr(sys.stdout, "reconfigure"):  # a pipe on Windows may not encode every title
        sys.stdout.reconfigure(errors="backslashreplace")
    report = SelfTest()
    started = time.perf_counter()
    frozen = getattr(sys, "frozen", False)
    print(f"Windtunnel {__version__} self-test ({'frozen app' if frozen else 'Python package'}"
          f", Python {platform.python_version()}, {platform.system()})", flush=True)
    # The app's recovery session may still hold its lock file when the folder goes (Windows).
    with tempfile.TemporaryDirectory(prefix="windtunnel-selftest-",
                                     ignore_cleanup_errors=True) as scratch:
        _isolate_user_state(Path(scratch))
        try:
            model = _check_bundle(report)
            _check_gui(report, model, Path(scratch), timeout=timeout)
        except Exception:  # noqa: BLE001 - the self-test reports every failure, then exits 1
            report.fail("unexpected error:\n" + traceback.format_exc())
    if guard is not None:
        report.check(not guard.attempts, "offline: no network socket was opened"
                     if not guard.attempts else
                     "offline: network use was attempted: " + "; ".join(guard.attempts[:5]))
    for message in report.qt_messages[:10]:
        report.lines.append(f"  note  Qt: {message}")
    print("\n".join(report.lines))
    seconds = time.perf_counter() - started
    print(f"self-test {'FAILED' if report.failed else 'passed'} in {seconds:.1f} s", flush=True)
    return 1 if report.failed else 0


def _isolate_user_state(scratch: Path) -> None:
    """Point settings, recovery files and caches at ``scratch``; go offscreen without a display."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(scratch / name.lower())
    # Qt's test mode (below) puts its folders under the home folder; make that one temporary.
    os.environ["HOME"] = str(scratch / "home")
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QStandardPaths

    # macOS and Windows ignore XDG_*: Qt's test mode gives them separate folders too (under
    # the temporary HOME on macOS, a "qttest" folder in the user's AppData on Windows).
    QStandardPaths.setTestModeEnabled(True)


def _check_bundle(report: SelfTest):
    """The bundled model and the resources every installation must carry."""
    from ..model import load
    from ..paths import bundled_model, bundled_models, resource_path

    path = bundled_model()
    model = load(path)
    report.ok(f"bundled model {path.name}: {len(model.nodes)} nodes, {len(model.edges)} edges, "
              f"{len(model.scenarios)} scenarios, {len(model.objectives)} objectives")
    others = [other for other in bundled_models() if other != path]
    for other in others:
        load(other)  # a LoadError names the file and the problem, and fails the self-test
    report.ok(f"the other bundled models load: {', '.join(p.name for p in others) or 'none'}")
    for parts in (("schema", "windtunnel-model-v7.schema.json"), ("appicon", "windtunnel.svg"),
                  ("translations", "windtunnel_zh_CN.qm"), ("translations", "windtunnel_zh_HK.qm"),
                  ("translations", "windtunnel_ja.qm"), ("translations", "windtunnel_en.qm")):
        report.check(resource_path(*parts).is_file(), f"resource {'/'.join(parts)} is installed")
    return model


def _check_gui(report: SelfTest, model, scratch: Path, *, timeout: float) -> None:
    """Start the app as users do; when its window has painted, run and export from there."""
    from PySide6.QtCore import QtMsgType, QTimer, qInstallMessageHandler
    from PySide6.QtGui import QImageReader

    from .main import make_application, run_app
    from .startprobe import FirstPaint

    def on_message(kind, _context, text) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            report.qt_messages.append(text)

    previous_handler = qInstallMessageHandler(on_message)
    app = make_application()
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    report.check("svg" in formats, "Qt image formats include svg (icons, SVG images)")
    report.check(not app.windowIcon().isNull(), "application icon loaded")
    _check_icu(report)
    _check_phrases(report)
    launched = time.perf_counter()
    painted = []

    def on_painted(window) -> None:
        painted.append(window)
        try:
            title = window.windowTitle()
            report.check(window.isVisible() and model.title in title,
                         f"main window shown and painted in {time.perf_counter() - launched:.2f} s"
                         f": {title!r}")
            _check_window_analysis(report, app, window, timeout=timeout)
            results = _check_engine(report, model)
            _check_workbook(report, model, results, scratch)
        except Exception:  # noqa: BLE001 - reported, and the run ends with exit code 1
            report.fail("unexpected error:\n" + traceback.format_exc())
        app.exit(0)  # exit, not quit: no window may ask to save

    def on_timeout() -> None:
        if not painted:
            report.fail(f"no main window was painted within {timeout:.0f} s")
            app.exit(1)

    watcher = FirstPaint(app, on_painted)
    QTimer.singleShot(int(timeout * 1000), on_timeout)
    try:
        code = run_app(None)
    finally:
        qInstallMessageHandler(previous_handler)
        watcher.deleteLater()
    if code != 0 and not report.failed:
        report.fail(f"the app's event loop ended with code {code}")


def _check_icu(report: SelfTest) -> None:
    """Qt's ICU services answer in the interface's languages: collation (Qt's file dialog
    sorts with it), time-zone names and legacy encodings. Checked on Linux, where Qt carries
    ICU and the frozen app ships its data trimmed to these services (build/icudata.py);
    elsewhere Qt asks the system."""
    if not sys.platform.startswith("linux"):
        return
    from PySide6.QtCore import QByteArray, QCollator, QLocale, QMimeData, QTimeZone

    # Pinyin puts 安 (an) before 中 (zhong); their code points stand the other way round.
    report.check(QCollator(QLocale("zh_CN")).compare("安", "中") < 0,
                 "ICU collation: Chinese sorts by pinyin")
    zone = QTimeZone(b"Asia/Tokyo").displayName(QTimeZone.TimeType.StandardTime,
                                                QTimeZone.NameType.LongName, QLocale("ja"))
    report.check("日本" in zone, f"ICU time-zone names: Asia/Tokyo in Japanese is {zone!r}")
    pasted = QMimeData()  # HTML on the clipboard is decoded by the charset it declares
    pasted.setData("text/html", QByteArray(b'<meta charset="Shift_JIS">\x93\xfa\x96\x7b'))
    report.check(pasted.html().endswith("日本"), "ICU encodings: Shift_JIS HTML decodes")


def _check_phrases(report: SelfTest) -> None:
    """Japanese labels wrap between phrases: BudouX and its Japanese model are installed
    (a frozen app without the model's data would cut 正規 in 海外からの正規アクセス)."""
    from PySide6.QtGui import QFont

    from .canvas.wrapping import widest_word

    font = QFont()
    label = "海外からの正規アクセス"
    try:
        kept = widest_word(label, font) >= widest_word("正規アクセス", font) - 0.5
    except (ImportError, OSError) as exc:       # BudouX or its model file missing
        report.fail(f"Japanese phrase breaking: {exc}")
        return
    report.check(kept, f"Japanese labels wrap between phrases ({label}: 海外からの / "
                       f"正規アクセス)")


def _check_window_analysis(report: SelfTest, app, window, *, timeout: float) -> None:
    """The window runs its analysis after its first paint: wait for that run, check it, and
    let its workers finish, so that the self-test never exits under running work."""
    controller = window.extensions["analysis"].controller
    started = time.perf_counter()
    while not controller.idle and time.perf_counter() - started < timeout:
        app.processEvents()
    controller.wait()
    results = controller.session.results
    report.check(results is not None and controller.idle,
                 f"the window's first analysis run followed its paint in "
                 f"{time.perf_counter() - started:.2f} s"
                 + (f" ({len(results.scenarios)} scenarios)" if results is not None else ""))


def _check_engine(report: SelfTest, model):
    """Every scenario against the baseline, with a small Monte Carlo."""
    import numpy as np

    from ..engine import run

    samples = min(MONTE_CARLO_SAMPLES, max(model.settings.samples, 1))
    started = time.perf_counter()
    results = run(model, samples=samples)
    seconds = time.perf_counter() - started
    ids = [r.scenario_id for r in results.scenarios]
    finite = all(np.isfinite(r.change).all() for r in results.scenarios)
    report.check(ids == [s.id for s in model.scenarios] and finite and ids,
                 f"engine ran {len(ids)} scenarios x {samples} Monte Carlo samples in "
                 f"{seconds:.2f} s; verdicts: " + _tally(r.verdict.kind for r in results.scenarios))
    return results


def _tally(kinds) -> str:
    counts: dict[str, int] = {}
    for kind in kinds:
        counts[kind] = counts.get(kind, 0) + 1
    return ", ".join(f"{count} {kind}" for kind, count in counts.items())


def _check_workbook(report: SelfTest, model, results, scratch: Path) -> None:
    """Export the results workbook, then prove it is a real, safely parsed, re-importable .xlsx."""
    import openpyxl
    import openpyxl.xml

    from ..io import read_model_workbook, write_results_workbook
    from ..io.resultsbook.sheets import sheet_names

    path = scratch / "self-test-results.xlsx"
    started = time.perf_counter()
    write_results_workbook(results, model, path)
    seconds = time.perf_counter() - started
    size = path.stat().st_size
    report.check(zipfile.is_zipfile(path),
                 f"results workbook written in {seconds:.2f} s: {path.name}, {size:,} bytes")
    report.check(bool(openpyxl.xml.DEFUSEDXML),
                 "openpyxl parses workbook XML through defusedxml")
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        sheets = list(book.sheetnames)
    finally:
        book.close()
    per_scenario = [name for name in sheets if re.match(r"S\d+ ", name)]
    names = sheet_names()
    named = {names["About"], names["Summary"], names["Scorecard"]}
    report.check(named | {"Nodes", "Edges"} <= set(sheets)
                 and len(per_scenario) == len(results.scenarios),
                 f"workbook sheets: {len(sheets)}, one per scenario: {len(per_scenario)}")
    back = read_model_workbook(path).model
    report.check(len(back.nodes) == len(model.nodes) and len(back.edges) == len(model.edges)
                 and len(back.scenarios) == len(model.scenarios),
                 f"workbook re-imports as the model: {len(back.nodes)} nodes, "
                 f"{len(back.edges)} edges, {len(back.scenarios)} scenarios")
