"""The Why? panel: four views of the selected node's change that add up to the shown total,
at the time slider's step, computed on a worker with the lever shares reused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

import windtunnel.app.analysis.why as why_module
from windtunnel.app.analysis.figures import decimals_for
from windtunnel.app.analysis.why import VIEWS
from windtunnel.engine import breakdown

from .conftest import settle


def _number(text: str) -> Decimal:
    return Decimal(text.replace("\u2212", "-").replace("%", "").strip())


def _rows(why):
    """(the parts, the total row), the total shown first."""
    items = [why.tree.topLevelItem(k) for k in range(why.tree.topLevelItemCount())]
    return items[1:], items[0]


def _ready(bundled, qtbot, node="misuse-risk", scenario="whack-a-mole"):
    window, analysis = bundled
    why = analysis.results_panel.why
    analysis.results_panel.show_tab("why")
    analysis.session.set_scenario(scenario)
    window.scene.select([node])
    qtbot.waitUntil(lambda: why.breakdown is not None and why.breakdown.node == node
                    and why.breakdown.scenario_id == scenario, timeout=10_000)
    settle(qtbot, analysis)
    return window, analysis, why


def _assert_adds_up(why, total: float) -> None:
    parts, last = _rows(why)
    assert last.text(0).startswith("Total")
    shown_total = _number(last.text(2))
    decimals = decimals_for(total)
    assert shown_total == Decimal(f"{total:.{decimals}f}")
    assert sum(_number(item.text(2)) for item in parts) == shown_total
    heading_total = why.heading.text().split("change by <b>")[1].split("</b>")[0]
    assert _number(heading_total) == shown_total
    if abs(total) > 1e-9:
        assert sum(_number(item.text(3)) for item in parts) == 100
        assert last.text(3) == "100%"


def test_every_view_adds_up_to_the_change_shown(bundled, qtbot):
    window, analysis, why = _ready(bundled, qtbot)
    expected = breakdown(window.document.model, "whack-a-mole", "misuse-risk")
    total = float(expected.change[-1])
    assert why.step == analysis.session.steps
    for name, title in VIEWS:
        why.show_view(name)
        parts, _ = _rows(why)
        assert parts, name
        _assert_adds_up(why, total)
    why.show_view("reasons")
    parts, _ = _rows(why)
    assert len(parts) <= 6                                     # five reasons and the rest
    assert [item.text(0) for item in parts[:-1]] == [r.title for r in expected.reasons]
    assert [item.toolTip(0) for item in parts[:-1]] == [r.text for r in expected.reasons]
    assert parts[-1].text(0) == expected.rest.text
    assert expected.covered >= 0.8
    shown = sum(_number(item.text(3)) for item in parts[:-1])      # the reasons, not the rest
    assert f"carry {shown}%" in why.note.text()
    why.show_view("levers")
    parts, _ = _rows(why)
    assert {item.text(0) for item in parts} == set(expected.lever_labels)


def test_moving_the_time_slider_explains_that_step(bundled, qtbot):
    window, analysis, why = _ready(bundled, qtbot)
    model = window.document.model
    expected = breakdown(model, "whack-a-mole", "misuse-risk", step=12)
    why.show_view("levers")
    analysis.session.set_step(12)
    settle(qtbot, analysis)
    assert why.step == 12 and "month 12</b>" in why.heading.text()
    _assert_adds_up(why, float(expected.change[12]))         # levers hold every step
    values = {item.text(0): item.data(1, Qt.UserRole + 1) for item in _rows(why)[0]}
    for label, value in zip(expected.lever_labels, expected.by_lever[12]):
        assert values[label] == pytest.approx(value, abs=1e-12)
    why.show_view("reasons")                                   # traced again at month 12
    qtbot.waitUntil(lambda: why.breakdown.step == 12, timeout=10_000)
    settle(qtbot, analysis)
    _assert_adds_up(why, float(expected.change[12]))
    assert [item.text(0) for item in _rows(why)[0]][:len(expected.reasons)] == [
        r.title for r in expected.reasons]


def test_the_note_counts_the_reasons_and_speaks_of_the_rest_only_when_it_has_a_row(
        bundled, qtbot):
    window, analysis, why = _ready(bundled, qtbot)
    model = window.document.model
    seen = set()
    for step in range(3, analysis.session.steps + 1):
        expected = breakdown(model, "whack-a-mole", "misuse-risk", step=step)
        count, rest = len(expected.reasons), bool(expected.rest.value or expected.rest.routes)
        if (count == 1, rest) in seen or not count:
            continue
        seen.add((count == 1, rest))
        analysis.session.set_step(step)
        qtbot.waitUntil(lambda: why.breakdown.step == step, timeout=10_000)
        settle(qtbot, analysis)
        note = why.note.text()
        assert note.startswith("One reason carries" if count == 1
                               else f"The {count} reasons carry"), note
        assert ("the last row gathers everything else" in note) == rest, note
        assert len(_rows(why)[0]) == count + rest
    assert {(True, False), (False, False), (False, True)} <= seen


def test_lever_shares_are_computed_once_per_scenario(bundled, qtbot, monkeypatch):
    calls = []
    real = why_module.lever_shares
    monkeypatch.setattr(why_module, "lever_shares",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    window, analysis, why = _ready(bundled, qtbot)
    assert len(calls) == 1
    _ready(bundled, qtbot, node="friction")
    analysis.session.set_step(20)
    why.show_view("routes")
    qtbot.waitUntil(lambda: why.breakdown.step == 20, timeout=10_000)
    assert len(calls) == 1                                      # other node, other step: reused
    _ready(bundled, qtbot, node="friction", scenario="access-suspension")
    assert len(calls) == 2


def test_clicking_a_row_highlights_what_it_names(bundled, qtbot):
    window, analysis, why = _ready(bundled, qtbot)
    why.show_view("reasons")
    first = why.tree.topLevelItem(1)                     # the largest, under the total
    kind, nodes = first.data(0, Qt.UserRole)
    assert kind == "route" and nodes[-1] == "misuse-risk"
    why.tree.setCurrentItem(first)
    assert window.scene.node_items[nodes[0]].highlighted
    assert (nodes[0], nodes[1]) in analysis.map_results.flow_layer.highlight
    assert why.bars.scale > 0 and first.data(1, Qt.UserRole + 1) is not None   # drawn as bars
    why.show_view("levers")
    lever = why.tree.topLevelItem(1)
    why.tree.setCurrentItem(lever)
    assert window.scene.node_items[lever.data(0, Qt.UserRole)[1]].highlighted
    why.show_view("inputs")
    edge = next(why.tree.topLevelItem(k) for k in range(why.tree.topLevelItemCount())
                if (why.tree.topLevelItem(k).data(0, Qt.UserRole) or ("",))[0] == "edge")
    why.tree.setCurrentItem(edge)
    assert edge.data(0, Qt.UserRole)[1] in analysis.map_results.flow_layer.highlight


def test_the_chosen_row_stays_chosen_when_the_step_moves(bundled, qtbot):
    window, analysis, why = _ready(bundled, qtbot)
    why.show_view("levers")
    first = why.tree.topLevelItem(1)
    key = first.data(0, Qt.UserRole)
    why.tree.setCurrentItem(first)
    analysis.session.set_step(analysis.session.steps - 1)
    settle(qtbot, analysis)
    assert why.tree.currentItem().data(0, Qt.UserRole) == key


def test_the_note_says_what_the_shown_reasons_add_up_to_when_the_rest_pulls_back(
        bundled, qtbot):
    """With routes pulling both ways the reasons carry more than the change: the note gives
    the sum of their shown shares (112 %), never 100 % less the rest's size (88 %), which
    the table beside it contradicts."""
    window, analysis, why = _ready(bundled, qtbot, scenario="reading-incumbency")
    expected = breakdown(window.document.model, "reading-incumbency", "misuse-risk")
    assert expected.rest.value * expected.total < 0 and expected.carried > 1 > expected.covered
    parts, _ = _rows(why)
    reasons = [_number(item.text(3)) for item in parts[:len(expected.reasons)]]
    assert sum(reasons) > 100
    assert why.note.text().startswith(f"The {len(reasons)} reasons carry {sum(reasons)}%")


def test_a_row_pulling_the_other_way_says_so_over_the_rows_and_on_its_share(bundled, qtbot):
    """A fall in a node that rose has a negative share (the shares are of the total change):
    the line over the rows says how to read it, and the share's tip says it pulls the other
    way; where every row goes the total's way the line is not there."""
    window, analysis, why = _ready(bundled, qtbot, scenario="access-suspension")
    parts, total = _rows(why)
    assert _number(total.text(2)) > 0
    against = [item for item in parts if _number(item.text(2)) < 0]
    assert against and all(_number(item.text(3)) < 0 for item in against)
    assert not why.against.isHidden() and "negative share" in why.against.text()
    assert all(item.toolTip(3).startswith("Pulls the other way: \u2212") and
               item.toolTip(3).endswith(total.text(2)) for item in against)
    assert all(item.toolTip(3) == "" for item in parts if _number(item.text(3)) >= 0)
    why.switch.setCurrentIndex([name for name, _ in VIEWS].index("levers"))
    parts, _ = _rows(why)
    assert why.against.isHidden() == all(_number(item.text(3)) >= 0 for item in parts)


def test_a_change_too_small_for_three_decimals_shows_two_significant_digits(bundled, qtbot):
    """US labs under the decentralised protocols fall by 0.0002: at three decimals the
    heading said "change by 0.000" beside reasons of 0.000 carrying 67 % and 27 %, and an
    objective it misses could not be explained."""
    window, analysis, why = _ready(bundled, qtbot, node="us-labs",
                                   scenario="decentralized-safety")
    total = why.breakdown.total
    assert 0 < abs(total) < 0.0005
    assert "change by <b>\u22120.00020</b>" in why.heading.text()
    for name, _ in VIEWS:
        why.show_view(name)
        qtbot.waitUntil(lambda: "Tracing" not in why.note.text(), timeout=10_000)
        _assert_adds_up(why, total)
        parts, last = _rows(why)
        assert last.text(2) == "\u22120.00020"
        assert any(_number(item.text(2)) != 0 for item in parts)


def test_at_step_zero_nothing_has_changed(bundled, qtbot):
    window, analysis, why = _ready(bundled, qtbot)
    why.show_view("inputs")
    analysis.session.set_step(0)
    settle(qtbot, analysis)
    assert "0.000</b>" in why.heading.text() and "month 0</b>" in why.heading.text()
    parts, last = _rows(why)
    assert parts == [] and last.text(2) == "0.000" and last.text(3) == ""
    why.show_view("reasons")                    # no "The 0 reasons carry all of the change"
    qtbot.waitUntil(lambda: "Tracing" not in why.note.text(), timeout=10_000)
    assert why.note.text().startswith("Misuse risk does not change at this step: there is "
                                      "nothing to explain.")


def test_without_a_selection_it_says_what_to_do(bundled, qtbot):
    window, analysis, why = _ready(bundled, qtbot)
    window.scene.select([])
    qtbot.waitUntil(lambda: why.breakdown is None, timeout=5000)
    assert "Select a node" in why.heading.text()
    assert why.tree.topLevelItemCount() == 0


@pytest.mark.slow
def test_every_objective_under_every_scenario_adds_up_in_every_view(bundled, qtbot):
    """The done-when of the panel on the bundled model: for every objective under every
    scenario, at most five reasons carrying at least 80 % of the change, and every view's
    shown figures adding up to the shown change and 100 %."""
    window, analysis = bundled
    model = window.document.model
    why = analysis.results_panel.why
    for scenario in model.scenarios:
        for node in dict.fromkeys(o.node for o in model.objectives):
            _ready(bundled, qtbot, node=node, scenario=scenario.id)
            b = why.breakdown
            assert len(b.reasons) <= 5 and (abs(b.total) < 1e-12 or b.covered >= 0.8)
            for name, _ in VIEWS:
                why.show_view(name)
                _assert_adds_up(why, b.total)


def test_a_replay_traces_the_reasons_once_it_stops(bundled, qtbot):
    window, analysis, why = _ready(bundled, qtbot)
    why.show_view("reasons")
    analysis.controller.set_playing(True)              # from step 0, a step every 180 ms
    qtbot.waitUntil(lambda: analysis.session.step >= 3, timeout=10_000)
    assert "when the replay stops" in why.note.text() and why.tree.topLevelItemCount() == 0
    asked = why._asked
    analysis.controller.set_playing(False)
    step = analysis.session.step
    qtbot.waitUntil(lambda: why.breakdown.step == step, timeout=10_000)
    settle(qtbot, analysis)
    assert why._asked != asked
    _assert_adds_up(why, float(why.breakdown.change[step]))


def test_a_lever_node_is_explained_by_its_own_setting(bundled, qtbot):
    window, analysis, why = _ready(bundled, qtbot, node="export-controls")
    total = float(why.breakdown.change[-1])
    assert abs(total) > 0.1
    why.show_view("inputs")
    parts, _ = _rows(why)
    assert [item.text(0) for item in parts] == ["set by a lever on it"]
    _assert_adds_up(why, total)
    why.show_view("levers")
    parts, _ = _rows(why)
    assert parts[0].text(0) == "Model export controls" and parts[0].text(3) == "100%"
    why.show_view("reasons")
    _assert_adds_up(why, total)


def test_a_changed_weight_is_a_lever_and_highlights_its_edge(small, qtbot):
    window, analysis = small
    why = analysis.results_panel.why
    analysis.results_panel.show_tab("why")
    analysis.session.set_scenario("strict")
    window.scene.select(["leak"])
    qtbot.waitUntil(lambda: why.breakdown is not None, timeout=10_000)
    settle(qtbot, analysis)
    why.show_view("levers")
    rows = {item.text(0): item for item in _rows(why)[0]}
    edge = rows["the changed weight of Rival lab \u2192 Leakage"]
    assert edge.data(0, Qt.UserRole) == ("edge", ("lab", "leak"))
    why.tree.setCurrentItem(edge)
    assert ("lab", "leak") in analysis.map_results.flow_layer.highlight
    _assert_adds_up(why, float(why.breakdown.change[-1]))


def test_the_levers_shares_show_progress_and_can_be_cancelled(bundled, qtbot, monkeypatch):
    """On a big map the levers' Shapley values take seconds: a progress bar and Cancel show
    above the heading while they are computed, and Cancel stops them."""
    import threading

    from windtunnel.engine import Cancelled

    started = threading.Event()

    def slow(*args, progress=None, cancel=None, **kwargs):
        progress(0.4)
        started.set()
        while not cancel.is_set():
            threading.Event().wait(0.01)
        raise Cancelled("the explanation was cancelled")

    monkeypatch.setattr(why_module, "lever_shares", slow)
    window, analysis = bundled
    why = analysis.results_panel.why
    analysis.results_panel.show_tab("why")
    analysis.session.set_scenario("accountability")
    window.scene.select(["misuse-risk"])
    qtbot.waitUntil(started.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: why.progress.value() == 360, timeout=5000)   # 0.4 of 0..0.9
    assert why.busy.isVisible() and "Explaining" in why.heading.text()
    why.stop_button.click()
    qtbot.waitUntil(lambda: "Stopped" in why.heading.text(), timeout=10_000)
    assert not why.busy.isVisible() and why.breakdown is None


def test_a_hidden_panel_computes_nothing_until_it_is_shown(bundled, qtbot, monkeypatch):
    calls = []
    real = why_module.lever_shares
    monkeypatch.setattr(why_module, "lever_shares",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    window, analysis = bundled
    why = analysis.results_panel.why
    analysis.results_panel.show_tab("charts")
    analysis.session.set_scenario("hk-hub")
    window.scene.select(["misuse-risk"])
    settle(qtbot, analysis)
    assert not calls and not why.isVisible()
    analysis.results_panel.show_tab("why")
    qtbot.waitUntil(lambda: why.breakdown is not None and why.breakdown.scenario_id == "hk-hub",
                    timeout=10_000)
    assert len(calls) == 1


def test_a_node_s_right_click_menu_asks_why_it_changed(small, qtbot):
    """A newcomer right-clicks the node that moved to ask why; the menu offered only to
    make an objective of it, the question sat in the Analysis menu."""
    window, analysis = small
    settle(qtbot, analysis)
    analysis.results_panel.show_tab("charts")
    window.scene.select(nodes=["lab"])
    menu = window.build_map_menu("node", "leak")
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[0] == "&Why Did This Change?"
    window.scene.select(nodes=["leak"])      # the right click selects what it was on
    menu.actions()[0].trigger()
    why = analysis.results_panel.why
    assert analysis.results_panel.tabs.currentWidget() is analysis.results_panel.pages["why"]
    qtbot.waitUntil(lambda: why.breakdown is not None and why.breakdown.node == "leak")
    edge_menu = window.build_map_menu("edge", ("ban", "leak"))
    assert all("Why" not in action.text() for action in edge_menu.actions())
