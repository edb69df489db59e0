"""Long work on workers (Monte Carlo with progress, cancel, errors) and every export."""

from __future__ import annotations

import threading

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QImage

from windtunnel.app.analysis import TaskRunner
from windtunnel.model import Settings

from .conftest import settle


def test_monte_carlo_1000_samples_with_progress_then_bands(bundled, qtbot):
    window, controller = bundled
    progress = []
    controller.runner.progress.connect(progress.append)
    assert controller.task_bar.isHidden()
    controller.actions["monte_carlo"].trigger()
    assert controller.task_bar.isVisibleTo(window) and controller.actions["cancel"].isEnabled()
    with qtbot.waitSignal(controller.monte_carlo_changed, timeout=60_000):
        pass
    assert controller.monte_carlo.samples == 1000
    assert progress and progress[-1] == pytest.approx(1.0)
    assert all(b >= a for a, b in zip(progress, progress[1:]))
    assert controller.uncertainty() is not None
    settle(qtbot, controller)
    assert "Monte Carlo" in controller.results_panel.chart.note.text()
    assert "P " in controller.results_panel.scorecard.table.item(0, 0).text()
    assert controller.task_bar.isHidden() and not controller.actions["cancel"].isEnabled()


def test_cancel_keeps_the_previous_results(small, qtbot):
    window, controller = small
    controller.run_monte_carlo(200)
    with qtbot.waitSignal(controller.monte_carlo_changed, timeout=30_000):
        pass
    previous = controller.monte_carlo
    window.document.model.set_settings(Settings(steps=400, samples=20_000))
    settle(qtbot, controller)
    controller.monte_carlo_stale = False
    messages = []
    controller.message.connect(messages.append)
    controller.run_monte_carlo()
    qtbot.waitUntil(lambda: controller.task_bar.bar.value() > 0, timeout=30_000)
    controller.task_bar.cancel_button.click()
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=30_000)
    assert controller.monte_carlo is previous
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
    window, controller = small
    window.document.model.set_settings(Settings(samples=0))
    controller.run_monte_carlo()
    assert window.problems and "samples" in window.problems[0][1]
    assert not controller.runner.busy


def _answer(window, path):
    window.ask_save_path = lambda title, suggested, filters: str(path)


def test_exports_csv_png_svg_pdf(bundled, qtbot, tmp_path):
    window, controller = bundled
    exporter = controller.exporter
    _answer(window, tmp_path / "matrix")
    assert exporter.csv("matrix")
    settle(qtbot, controller)                         # written on a worker
    lines = (tmp_path / "matrix.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("node,label,baseline,status-quo")
    assert len(lines) == 1 + len(window.document.model.nodes)
    _answer(window, tmp_path / "runs.csv")
    assert exporter.csv("trajectories")
    settle(qtbot, controller)
    text = (tmp_path / "runs.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "run,step,node,label,value,change"
    _answer(window, tmp_path / "map.png")
    assert exporter.map_picture("png")
    settle(qtbot, controller)
    image = QImage(str(tmp_path / "map.png"))
    assert image.width() > 1000
    _answer(window, tmp_path / "map.svg")
    assert exporter.map_picture("svg")
    assert "<svg" in (tmp_path / "map.svg").read_text(encoding="utf-8")[:2000]
    _answer(window, tmp_path / "brief.pdf")
    step = controller.step = 3
    assert exporter.brief()
    data = (tmp_path / "brief.pdf").read_bytes()
    assert data.startswith(b"%PDF") and b"/Count 1" in data      # one page
    assert controller.step == step
    assert not window.problems


def test_export_results_workbook_on_a_worker(small, qtbot, tmp_path):
    window, controller = small
    _answer(window, tmp_path / "results.xlsx")
    assert controller.exporter.workbook()
    settle(qtbot, controller)
    book = load_workbook(tmp_path / "results.xlsx", read_only=True)
    assert "Summary" in book.sheetnames and "Nodes" in book.sheetnames


def test_export_refusals_change_nothing(small, qtbot, tmp_path):
    window, controller = small
    window.ask_save_path = lambda *a: None           # cancelled file dialog
    assert not controller.exporter.csv("matrix")
    assert not list(tmp_path.glob("*.csv"))
    _answer(window, tmp_path / "no" / "such" / "folder" / "x.csv")
    controller.exporter.csv("matrix")
    settle(qtbot, controller)
    assert window.problems and "could not be written" in window.problems[-1][0]
    _answer(window, tmp_path / "no" / "such" / "folder" / "x.svg")
    assert not controller.exporter.map_picture("svg")


def test_monte_carlo_of_an_edited_model_arrives_stale(small, qtbot):
    window, controller = small
    controller.run_monte_carlo(300)
    window.document.model.update_edge("ban", "leak", weight=0.1)   # edited while it runs
    with qtbot.waitSignal(controller.monte_carlo_changed, timeout=30_000):
        pass
    settle(qtbot, controller)
    assert controller.monte_carlo is not None and controller.monte_carlo_stale
    assert controller.uncertainty() is None                      # bands hidden
    assert "stale" in controller.results_panel.status.text()


def test_a_failing_workbook_export_is_shown_not_swallowed(small, qtbot, tmp_path, monkeypatch):
    from windtunnel.app.analysis import exports

    def broken(results, model, *, source=""):
        raise ValueError("the sheet is on fire")

    monkeypatch.setattr(exports, "workbook_writer", lambda: broken)
    window, controller = small
    _answer(window, tmp_path / "results.xlsx")
    assert controller.exporter.workbook()
    settle(qtbot, controller)
    assert window.problems and "the sheet is on fire" in window.problems[-1][1]
    assert not (tmp_path / "results.xlsx").exists()


def test_brief_of_a_small_model_and_refusal_without_a_scenario(small, tmp_path):
    window, controller = small
    _answer(window, tmp_path / "small.pdf")
    assert controller.exporter.brief()
    assert (tmp_path / "small.pdf").read_bytes().startswith(b"%PDF")
    controller.set_scenario("")
    assert not controller.exporter.brief()
    assert window.problems and "needs a scenario" in window.problems[-1][0]


def test_an_export_never_cancels_a_running_task(small, qtbot, tmp_path):
    """One long task at a time: while Monte Carlo runs, an export says so and leaves the run
    alone instead of replacing it."""
    window, controller = small
    window.document.model.set_settings(Settings(steps=400, samples=20_000))
    settle(qtbot, controller)
    controller.run_monte_carlo()
    qtbot.waitUntil(lambda: controller.runner.busy, timeout=10_000)
    _answer(window, tmp_path / "matrix.csv")
    for export in (lambda: controller.exporter.csv("matrix"),
                   lambda: controller.exporter.map_picture("png"),
                   lambda: window.export_image("png")):
        assert not export()
    assert controller.runner.busy and "Monte Carlo" in controller.runner.task.label
    assert all("still running" in text for _, text in window.problems)
    assert len(window.problems) == 3 and not (tmp_path / "matrix.csv").exists()
    controller.runner.cancel()
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=30_000)


def test_cancel_while_a_file_is_built_writes_nothing(small, qtbot, tmp_path):
    window, controller = small
    target = tmp_path / "out.csv"
    ended = []
    controller.runner.ended.connect(ended.append)

    def build():
        controller.runner.task.cancel_event.set()       # Cancel pressed meanwhile
        return b"node,label\n"

    controller.exporter._write_later("Writing the CSV table", str(target), build)
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert ended == ["cancelled"] and not target.exists() and not window.problems
