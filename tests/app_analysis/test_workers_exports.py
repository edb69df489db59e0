"""Long work on workers (Monte Carlo with progress, cancel, errors) and every export."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from windtunnel.app.workers import TaskRunner
from windtunnel.model import Settings

from conftest import make_small_model

from .conftest import _open, close_window, save_answers, settle


def test_monte_carlo_1000_samples_with_progress_then_bands(bundled, qtbot):
    window, analysis = bundled
    progress = []
    analysis.controller.runner.progress.connect(progress.append)
    assert analysis.window.task_bar.isHidden()
    analysis.actions["monte_carlo"].trigger()
    assert analysis.window.task_bar.isVisibleTo(window) and analysis.actions["cancel"].isEnabled()
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=60_000):
        pass
    assert analysis.session.monte_carlo.samples == 1000
    assert progress and progress[-1] == pytest.approx(1.0)
    assert all(b >= a for a, b in zip(progress, progress[1:]))
    assert analysis.session.uncertainty() is not None
    settle(qtbot, analysis)
    assert "Monte Carlo" in analysis.results_panel.chart.note.text()
    assert "P " in analysis.results_panel.scorecard.table.item(1, 0).text()
    assert analysis.window.task_bar.isHidden() and not analysis.actions["cancel"].isEnabled()


def test_cancel_keeps_the_previous_results(small, qtbot):
    window, analysis = small
    analysis.controller.run_monte_carlo(200)
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=30_000):
        pass
    previous = analysis.session.monte_carlo
    window.document.model.set_settings(Settings(steps=400, samples=20_000))
    settle(qtbot, analysis)
    messages = []
    analysis.controller.message.connect(messages.append)
    analysis.controller.run_monte_carlo()
    qtbot.waitUntil(lambda: analysis.window.task_bar.bar.value() > 0, timeout=30_000)
    analysis.window.task_bar.cancel_button.click()
    qtbot.waitUntil(lambda: not analysis.controller.runner.busy, timeout=30_000)
    assert analysis.session.monte_carlo is previous
    assert any("cancelled" in m for m in messages)
    assert not window.problems


def test_a_failing_worker_reports_its_error(qtbot):
    runner = TaskRunner()
    errors, done = [], []

    def broken(progress, cancel):
        raise ZeroDivisionError("boom")

    runner.start("Broken", broken, on_finished=done.append, on_failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert not done and "Broken failed: boom" in str(errors[0])
    assert "ZeroDivisionError" in errors[0].details


def test_a_cancelled_read_never_holds_up_the_next_task_nor_the_wait(qtbot):
    """A read that cannot stop midway ends at Cancel and its result is dropped; its thread
    runs on meanwhile. The next task runs at once beside it, and waiting for the runner
    (what closing the window does) does not wait for the abandoned read."""
    runner = TaskRunner()
    release, reading, finished = threading.Event(), threading.Event(), []

    def read(progress, cancel):
        reading.set()
        release.wait(10)
        return "model"

    runner.start("Opening", read, on_finished=finished.append, on_failed=finished.append,
                 abandon=True)
    assert reading.wait(5)
    runner.cancel()
    assert not runner.busy
    runner.start("Next", lambda progress, cancel: "next", on_finished=finished.append,
                 on_failed=finished.append)
    qtbot.waitUntil(lambda: finished == ["next"], timeout=5000)
    assert runner.wait(1000) and not release.is_set()       # the read is still going
    release.set()
    runner.pool.waitForDone(5000)
    QApplication.processEvents()
    assert finished == ["next"]                               # the read's result dropped


def test_a_worker_sees_the_cancel_event(qtbot):
    runner = TaskRunner()
    started, cancelled = threading.Event(), []

    def slow(progress, cancel):
        started.set()
        cancel.wait(5)
        return "late"

    runner.start("Slow", slow, on_finished=lambda r: None, on_failed=lambda e: None,
                 on_cancelled=lambda: cancelled.append(True))
    started.wait(5)
    runner.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert not runner.busy


def test_monte_carlo_without_samples_says_so(small):
    window, analysis = small
    window.document.model.set_settings(Settings(samples=0))
    analysis.controller.run_monte_carlo()
    assert window.problems and "samples" in window.problems[0][1]
    assert not analysis.controller.runner.busy


def _answer(window, path):
    window.ask_save_path = lambda title, suggested, filters: str(path)


def test_exports_csv_png_svg_pdf(bundled, qtbot, tmp_path):
    window, analysis = bundled
    exporter = analysis.exporter
    _answer(window, tmp_path / "matrix")
    assert exporter.csv("matrix")
    settle(qtbot, analysis)                         # written on a worker
    lines = (tmp_path / "matrix.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("node,label,baseline,status-quo")
    assert len(lines) == 1 + len(window.document.model.nodes)
    _answer(window, tmp_path / "runs.csv")
    assert exporter.csv("trajectories")
    settle(qtbot, analysis)
    text = (tmp_path / "runs.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "run,step,node,label,value,change"
    _answer(window, tmp_path / "map.png")
    assert window.map_exporter.export("png")
    settle(qtbot, analysis)
    image = QImage(str(tmp_path / "map.png"))
    assert image.width() > 1000
    _answer(window, tmp_path / "map.svg")
    assert window.map_exporter.export("svg")
    assert "<svg" in (tmp_path / "map.svg").read_text(encoding="utf-8")[:2000]
    _answer(window, tmp_path / "brief.pdf")
    analysis.session.set_step(3)
    shown = []
    for signal in (analysis.controller.step_changed, analysis.map_results.options_changed):
        signal.connect(lambda *_: shown.append("changed"))
    assert exporter.brief()
    settle(qtbot, analysis)                         # explained on a worker, then painted
    data = (tmp_path / "brief.pdf").read_bytes()
    assert data.startswith(b"%PDF") and b"/Count 6" in data   # results, 4 map parts, sources
    assert analysis.session.step == 3 and not shown     # the window's map was never touched
    assert not window.problems


def test_export_results_workbook_on_a_worker(small, qtbot, tmp_path):
    window, analysis = small
    _answer(window, tmp_path / "results.xlsx")
    assert analysis.exporter.workbook()
    settle(qtbot, analysis)
    book = load_workbook(tmp_path / "results.xlsx", read_only=True)
    assert "Summary" in book.sheetnames and "Nodes" in book.sheetnames


def test_export_refusals_change_nothing(small, qtbot, tmp_path):
    window, analysis = small
    window.ask_save_path = lambda *a: None           # cancelled file dialog
    assert not analysis.exporter.csv("matrix")
    assert not list(tmp_path.glob("*.csv"))
    _answer(window, tmp_path / "no" / "such" / "folder" / "x.csv")
    analysis.exporter.csv("matrix")
    settle(qtbot, analysis)
    assert window.problems and "could not be written" in window.problems[-1][0]
    _answer(window, tmp_path / "no" / "such" / "folder" / "x.svg")
    assert not analysis.window.map_exporter.export("svg")


def test_monte_carlo_of_an_edited_model_arrives_stale(small, qtbot):
    window, analysis = small
    analysis.controller.run_monte_carlo(300)
    window.document.model.update_edge("ban", "leak", weight=0.1)   # edited while it runs
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=30_000):
        pass
    settle(qtbot, analysis)
    assert analysis.session.monte_carlo is not None and analysis.session.monte_carlo_stale
    assert analysis.session.uncertainty() is None                      # bands hidden
    assert "stale" in analysis.results_panel.status.full_text


def test_a_failing_workbook_export_is_shown_not_swallowed(small, qtbot, tmp_path, monkeypatch):
    def broken(results, model, **_options):
        raise ValueError("the sheet is on fire")

    monkeypatch.setattr("windtunnel.io.results_workbook_bytes", broken)
    window, analysis = small
    _answer(window, tmp_path / "results.xlsx")
    assert analysis.exporter.workbook()
    settle(qtbot, analysis)
    assert window.problems and "the sheet is on fire" in window.problems[-1][1]
    assert not (tmp_path / "results.xlsx").exists()


def test_brief_of_a_small_model_and_refusal_without_a_scenario(small, qtbot, tmp_path):
    window, analysis = small
    _answer(window, tmp_path / "small.pdf")
    assert analysis.exporter.brief()
    settle(qtbot, analysis)
    assert (tmp_path / "small.pdf").read_bytes().startswith(b"%PDF")
    analysis.session.set_scenario("")
    assert not analysis.exporter.brief()
    assert window.problems and "needs a scenario" in window.problems[-1][0]


def test_an_export_never_cancels_a_running_task(small, qtbot, tmp_path):
    """One long task at a time: while Monte Carlo runs, an export says so and leaves the run
    alone instead of replacing it."""
    window, analysis = small
    window.document.model.set_settings(Settings(steps=400, samples=20_000))
    settle(qtbot, analysis)
    analysis.controller.run_monte_carlo()
    qtbot.waitUntil(lambda: analysis.controller.runner.busy, timeout=10_000)
    _answer(window, tmp_path / "matrix.csv")
    for export in (lambda: analysis.exporter.csv("matrix"),
                   lambda: analysis.window.map_exporter.export("png"),
                   analysis.exporter.workbook):
        assert not export()
    assert analysis.controller.runner.busy and "Monte Carlo" in analysis.controller.runner.task.label
    assert all("still running" in text for _, text in window.problems)
    assert len(window.problems) == 3 and not (tmp_path / "matrix.csv").exists()
    analysis.controller.runner.cancel()
    qtbot.waitUntil(lambda: not analysis.controller.runner.busy, timeout=30_000)


def test_cancel_while_a_file_is_built_writes_nothing(small, qtbot, tmp_path):
    window, analysis = small
    target = tmp_path / "out.csv"
    ended = []
    analysis.controller.runner.ended.connect(ended.append)

    def build(progress, cancel):
        cancel.set()                                              # Cancel pressed meanwhile
        return b"node,label\n"

    analysis.exporter._write_later("Writing the CSV table", str(target), build)
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert ended == ["cancelled"] and not target.exists() and not window.problems


def test_the_app_and_the_command_line_write_the_same_trajectory_table(tmp_path, small_model):
    """File > Export Results > Trajectories and `windtunnel run --out FILE.csv` write one
    table, with the Monte Carlo bands when there are samples."""
    from windtunnel.app.analysis.exports import trajectories_csv_bytes
    from windtunnel.cli.run import write_csv
    from windtunnel.engine import run

    for samples in (0, 40):
        results = run(small_model, samples=samples, seed=5)
        write_csv(results, small_model, tmp_path / "cli.csv")
        assert (tmp_path / "cli.csv").read_bytes() == trajectories_csv_bytes(results)
        header = trajectories_csv_bytes(results).decode("utf-8-sig").splitlines()[0].split(",")
        assert header[:6] == ["run", "step", "node", "label", "value", "change"]
        assert ("p5" in header) == bool(samples)


def test_the_brief_says_why_the_objectives_changed_in_figures_that_add_up(bundled, qtbot):
    """The brief explains up to two objective nodes with the Why? panel's reasons; the
    rounded figures printed for each add up to its printed change."""
    from decimal import Decimal

    from windtunnel.app.analysis.brief import EXPLAINED, brief_breakdowns, brief_pdf_bytes
    from windtunnel.app.analysis.figures import rounded_parts
    from windtunnel.engine import breakdown

    window, analysis = bundled
    analysis.session.set_scenario("whack-a-mole")
    settle(qtbot, analysis)
    snapshot = analysis.session.snapshot()
    snapshot = snapshot.at(step=snapshot.last_step)
    found = brief_breakdowns(snapshot)
    model = window.document.model
    objectives = list(dict.fromkeys(o.node for o in model.objectives))[:EXPLAINED]
    assert [b.node for b in found] == objectives
    expected = breakdown(model, "whack-a-mole", objectives[0])
    assert [r.text for r in found[0].reasons] == [r.text for r in expected.reasons]
    for b in found:
        items = [*b.reasons, b.rest]
        units = rounded_parts([r.value for r in items], b.total, 3)
        assert sum(Decimal(u) for u in units) == round(b.total * 1000)
    data = brief_pdf_bytes(snapshot, found)
    assert data.startswith(b"%PDF") and b"/Count 6" in data   # results, 4 map parts, sources


def test_the_workbook_export_shows_its_progress_and_can_be_cancelled(bundled, qtbot, tmp_path):
    """Explaining every objective under every scenario takes seconds: the status bar's
    progress moves, and Cancel stops it before anything is written."""
    window, analysis = bundled
    seen = []
    window.tasks.progress.connect(seen.append)
    _answer(window, tmp_path / "results.xlsx")
    assert analysis.exporter.workbook()
    qtbot.waitUntil(lambda: any(0 < f < 1 for f in seen), timeout=30_000)
    window.tasks.cancel()
    settle(qtbot, analysis)
    assert not (tmp_path / "results.xlsx").exists() and not window.problems


def test_a_closed_window_is_freed_with_its_charts_once_its_tasks_have_ended(workspace, qtbot):
    """A finished task keeps no callback, so nothing keeps a closed window (and its charts'
    menus, which Qt would otherwise visit at every change of style, palette or language)."""
    window, analysis = _open(workspace, qtbot, make_small_model())
    analysis.results_panel.chart            # a chart: pyqtgraph's parentless menus with it
    analysis.controller.run_monte_carlo(50)
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=30_000):
        pass
    settle(qtbot, analysis)
    freed = weakref.ref(window)
    close_window(window)
    del window, analysis
    gc.collect()
    assert freed() is None


def test_no_export_is_written_over_any_model_file(small, qtbot, tmp_path):
    """Every export path refuses a name that is, or links to, a model file (not only the
    open model's, as it was): said at once, before anything is built, and the model file
    stays as it was. The command line refuses the same names."""
    window, analysis = small
    other = tmp_path / "colleague.wtm"
    other.write_bytes(b"a colleague's model")
    exporter = analysis.exporter
    exports = {
        "matrix.csv": lambda: exporter.csv("matrix"),
        "runs.csv": lambda: exporter.csv("trajectories"),
        "results.xlsx": exporter.workbook,
        "brief.pdf": exporter.brief,
        "map.png": lambda: window.map_exporter.export("png"),
        "map.svg": lambda: window.map_exporter.export("svg"),
    }
    for name, export in exports.items():
        link = tmp_path / name
        link.symlink_to(other)
        _answer(window, link)
        window.problems.clear()
        assert not export(), name
        settle(qtbot, analysis)
        assert not analysis.controller.runner.busy and not window.tasks.busy, name
        assert [title for title, _ in window.problems] == ["The file could not be written"], name
        assert f"is, or links to, the Windtunnel model file {other}" in window.problems[0][1], name
        assert other.read_bytes() == b"a colleague's model", name
        assert not list(tmp_path.glob("*.bak")), name


def test_a_results_export_remembers_its_folder_only_once_written(small, qtbot, tmp_path):
    """A CSV export that failed (its name is a folder) leaves the next CSV dialog where
    the last written one was: the failed folder was remembered as if written."""
    window, analysis = small
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    (bad / "x.csv").mkdir(parents=True)              # a folder where the file would go
    answer, asked = save_answers(window)
    answer(good / "x.csv")
    analysis.exporter.csv("matrix")
    settle(qtbot, analysis)
    assert (good / "x.csv").is_file() and not window.problems
    answer(bad / "x.csv")
    analysis.exporter.csv("matrix")
    settle(qtbot, analysis)
    assert window.problems and "could not be written" in window.problems[-1][0]
    answer(good / "y.csv")
    analysis.exporter.csv("matrix")
    settle(qtbot, analysis)
    assert asked[1:] == [good, good]


def test_a_workbook_with_out_of_date_monte_carlo_asks_first_and_undo_brings_the_bands_back(
        small, qtbot, tmp_path, monkeypatch):
    window, analysis = small
    analysis.controller.run_monte_carlo(200)
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=30_000):
        pass
    model = window.document.model
    weight = model.edge("ban", "leak").weight
    model.update_edge("ban", "leak", weight=0.1)
    settle(qtbot, analysis)
    asked = []
    monkeypatch.setattr(type(analysis.exporter), "ask_about_stale_monte_carlo",
                        lambda self, why: asked.append(why) or None)
    _answer(window, tmp_path / "results.xlsx")
    assert not analysis.exporter.workbook() and asked
    assert not (tmp_path / "results.xlsx").exists()
    model.update_edge("ban", "leak", weight=weight)          # the edit undone
    settle(qtbot, analysis)
    assert not analysis.session.monte_carlo_stale
    assert "stale" not in analysis.results_panel.status.full_text
    asked.clear()
    assert analysis.exporter.workbook() and not asked
    settle(qtbot, analysis)
    qtbot.waitUntil((tmp_path / "results.xlsx").exists)
    book = load_workbook(tmp_path / "results.xlsx", read_only=True)
    rows = list(book["Uncertainty"].iter_rows(min_row=2, values_only=True))
    assert rows and isinstance(rows[0][3], float)            # bands, not the note


def _stale_monte_carlo(window, analysis, qtbot):
    """Run Monte Carlo on the small model, then edit a weight: the results are out of date."""
    analysis.controller.run_monte_carlo(200)
    with qtbot.waitSignal(analysis.controller.monte_carlo_changed, timeout=30_000):
        pass
    window.document.model.update_edge("ban", "leak", weight=0.1)
    settle(qtbot, analysis)
    assert analysis.session.monte_carlo_stale


@pytest.mark.parametrize("kind", ["workbook", "brief"])
def test_an_export_with_out_of_date_monte_carlo_can_run_it_again_first(
        small, qtbot, tmp_path, monkeypatch, kind):
    """Asked about the out-of-date Monte Carlo results, "run again, then export" runs
    Monte Carlo on the model as it is and writes the file when the run is done: with
    bands of the current model."""
    window, analysis = small
    _stale_monte_carlo(window, analysis, qtbot)
    asked = []
    monkeypatch.setattr(type(analysis.exporter), "ask_about_stale_monte_carlo",
                        lambda self, why: asked.append(why) or "run")
    path = tmp_path / ("results.xlsx" if kind == "workbook" else "brief.pdf")
    _answer(window, path)
    assert getattr(analysis.exporter, kind)() and asked and kind in asked[0]
    qtbot.waitUntil(path.exists, timeout=60_000)
    settle(qtbot, analysis)
    assert not analysis.session.monte_carlo_stale and not window.problems
    if kind == "workbook":
        book = load_workbook(path, read_only=True)
        rows = list(book["Uncertainty"].iter_rows(min_row=2, values_only=True))
        assert rows and isinstance(rows[0][3], float)        # bands, not the note


def test_cancelling_the_run_before_an_export_writes_nothing(small, qtbot, tmp_path,
                                                            monkeypatch):
    window, analysis = small
    _stale_monte_carlo(window, analysis, qtbot)
    monkeypatch.setattr(type(analysis.exporter), "ask_about_stale_monte_carlo",
                        lambda self, why: "run")
    out = tmp_path / "out"
    out.mkdir()
    _answer(window, out / "results.xlsx")
    assert analysis.exporter.workbook()
    analysis.controller.runner.cancel()
    settle(qtbot, analysis)
    assert not window.tasks.busy and not analysis.controller.runner.busy
    assert not list(out.iterdir()) and analysis.session.monte_carlo_stale


def test_the_question_offers_running_again_first_then_without_bands(small, qtbot):
    """The question's buttons: run again then export (the default), export without bands,
    cancel; each answer is the exporter's choice."""
    window, analysis = small
    answers = []

    def answer(button_text):
        def click():
            box = QApplication.activeModalWidget()
            answers.append([b.text() for b in box.buttons()])
            next(b for b in box.buttons() if button_text in b.text()).click()
        return click

    choices = []
    for text in ("Run Monte Carlo", "Without Bands", "Cancel"):
        QTimer.singleShot(0, answer(text))
        choices.append(analysis.exporter.ask_about_stale_monte_carlo("why"))
    assert choices == ["run", "as is", None]
    assert any("Then Export" in text for text in answers[0])



def _written_note(kind: str, path) -> str:
    """What the exported file says where its bands would be: the workbook's first row of
    the Uncertainty sheet, the brief's whole text, in one line."""
    if kind == "workbook":
        book = load_workbook(path, read_only=True)
        return next(book["Uncertainty"].iter_rows(min_row=2, values_only=True))[0]
    pypdf = pytest.importorskip("pypdf")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return " ".join(text.split())


@pytest.mark.parametrize("kind", ["workbook", "brief"])
def test_a_file_exported_without_out_of_date_bands_says_why(small, qtbot, tmp_path,
                                                            monkeypatch, kind):
    """Export Without Bands: the workbook's Uncertainty sheet and the brief's heading say
    the Monte Carlo results were left out as describing an earlier version of the model,
    not that there were none."""
    window, analysis = small
    _stale_monte_carlo(window, analysis, qtbot)
    monkeypatch.setattr(type(analysis.exporter), "ask_about_stale_monte_carlo",
                        lambda self, why: "as is")
    path = tmp_path / ("results.xlsx" if kind == "workbook" else "brief.pdf")
    _answer(window, path)
    assert getattr(analysis.exporter, kind)()
    qtbot.waitUntil(path.exists, timeout=60_000)
    settle(qtbot, analysis)
    assert "earlier version of the model" in _written_note(kind, path)
