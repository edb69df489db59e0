"""Explore under the Participants dock's Anonymous: with it ticked, the futures that are
participants' maps, the failure boxes, the participant axis and the exploration workbook
name the participants by number, and unticked, by name again, without running again."""

from __future__ import annotations

import openpyxl
import pyqtgraph as pg

from windtunnel.engine.designs import PARTICIPANT
from windtunnel.model import (Edge, Intervention, Model, Node, Objective, Participant, Rating,
                              Scenario, Settings)

from .conftest import _open, settle


def split_room() -> Model:
    """Two participants who rate the one edge with opposite signs: the option fails in
    exactly one participant's map, and its failure box names that participant."""
    return Model.from_elements(
        settings=Settings(steps=10, rule="kosko", activation="clip"),
        nodes=[Node("lever", "Lever", kind="restriction"), Node("out", "Outcome")],
        edges=[Edge("lever", "out", 0.5)],
        scenarios=[Scenario("act", "Act",
                            interventions=(Intervention("lever", "clamp", 1.0, 0, None),))],
        objectives=[Objective("goal", "Goal", "out", "increase")],
        participants=[Participant("p1", "\u4f50\u85e4 \u82b1\u5b50",      # 佐藤 花子
                                  ratings=(Rating("lever", "out", 0.9),)),
                      Participant("p2", "Jane Roe", ratings=(Rating("lever", "out", -0.9),))])


def _shown_texts(view) -> str:
    """Every text the Explore dock shows that may name a participant."""
    boxes = [view.boxes.item(i).text() for i in range(view.boxes.count())]
    ends = [item.textItem.toPlainText()
            for item in view.parallel.plot.getPlotItem().items if isinstance(item, pg.TextItem)]
    return "\n".join(boxes + ends + [view.parallel.names.text(), view.note.text()])


def test_anonymous_hides_the_participants_names_in_explore_and_its_workbook(
        workspace, qtbot, tmp_path):
    window, analysis = _open(workspace, qtbot, split_room())
    names = [p.label for p in window.document.model.participants]
    panel = window.extensions["participants"]
    view = analysis.explore_view
    view.future_choices.participants.setChecked(True)
    view.futures.setValue(40)
    view.run()
    settle(qtbot, analysis)
    experiments, _rows, discoveries = view.result
    assert experiments.categories[PARTICIPANT] == tuple(names)
    assert "participant is Jane Roe" in _shown_texts(view)        # the box, and its axis

    panel.anonymous.setChecked(True)
    numbers = tuple(f"Participant {i}" for i in range(1, len(names) + 1))
    experiments, _rows, discoveries = view.result
    assert experiments.categories[PARTICIPANT] == numbers
    assert all(d.categories[PARTICIPANT] == numbers for d in discoveries)
    shown = _shown_texts(view)
    assert "participant is Participant 2" in shown and not any(name in shown for name in names)
    out = tmp_path / "explore.xlsx"
    window.ask_save_path = lambda *args: str(out)
    view.export()
    settle(qtbot, analysis)
    qtbot.waitUntil(out.exists, timeout=30_000)
    cells = "\n".join(str(cell) for sheet in openpyxl.load_workbook(out, read_only=True)
                      for row in sheet.iter_rows(values_only=True) for cell in row)
    assert "Participant 1" in cells and not any(name in cells for name in names)

    panel.anonymous.setChecked(False)                 # names again, without a new run
    assert view.result[0].categories[PARTICIPANT] == tuple(names)
    assert "participant is Jane Roe" in _shown_texts(view)


def test_an_anonymous_exploration_stays_anonymous_after_a_switch_of_language(
        workspace, qtbot):
    """A switch of language rebuilds the window and names the exploration again: in an
    anonymous room it names the participants by number in the new language, not by name."""
    from windtunnel.app.translations import apply_language

    from .test_language_switch import switch

    window, analysis = _open(workspace, qtbot, split_room())
    try:
        window.extensions["participants"].anonymous.setChecked(True)
        view = analysis.explore_view
        view.future_choices.participants.setChecked(True)
        view.futures.setValue(40)
        view.run()
        settle(qtbot, analysis)
        window, analysis = switch(workspace, qtbot, window, "ja")
        shown = _shown_texts(analysis.explore_view)
        assert "\u53c2\u52a0\u8005 2" in shown and "Jane Roe" not in shown, shown   # 参加者 2
    finally:
        for shown_window in workspace.windows:
            shown_window.extensions["analysis"].controller.cancel_all()
            shown_window.extensions["analysis"].controller.wait()
        apply_language("en")
