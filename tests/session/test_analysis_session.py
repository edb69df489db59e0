"""The analysis session without Qt: results and staleness, scenario, step, selection, live
preview, Monte Carlo keyed on the model's revision, snapshots."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from windtunnel.engine import run
from windtunnel.errors import ModelError
from windtunnel.model import Settings, computed_content
from windtunnel.session import AnalysisSession, analysis, content, run_outcome

from conftest import make_small_model


def recorder(signal) -> list:
    seen = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def test_the_session_package_never_imports_qt():
    code = ("import sys, windtunnel.session, windtunnel.engine, windtunnel.io; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6', 'pyqtgraph')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_a_new_model_runs_and_picks_the_first_scenario_at_the_last_step():
    model = make_small_model()
    session = AnalysisSession(model)
    assert session.error is None and not session.stale
    assert session.scenario_id == "strict"
    assert session.step == session.steps == model.settings.steps
    np.testing.assert_allclose(session.change(), run(model).scenario("strict").change)
    np.testing.assert_allclose(session.states(), session.results.baseline + session.change())


def test_an_edit_makes_the_results_stale_until_refreshed():
    model = make_small_model()
    session = AnalysisSession(model)
    edited, refreshed = recorder(session.edited), recorder(session.results_changed)
    model.update_edge("ban", "leak", weight=0.9)
    assert edited and session.stale and not refreshed
    before = session.change().copy()
    session.refresh_if_stale()
    assert not session.stale and len(refreshed) == 1
    assert not np.allclose(session.change(), before)
    session.refresh_if_stale()
    assert len(refreshed) == 1                   # nothing to do when current


def test_a_run_on_a_copy_is_taken_only_while_it_describes_the_model():
    """An owner runs the model's copy off its thread: an outcome overtaken by an edit is
    dropped (the results stay stale, nothing is announced); one of the model as it is
    is taken, once."""
    model = make_small_model()
    session = AnalysisSession(model)
    announced = recorder(session.results_changed)
    model.update_edge("ban", "leak", weight=0.9)
    overtaken, revision = run_outcome(model.copy()), model.revision
    model.update_edge("ban", "leak", weight=-0.9)
    assert not session.accept_run(overtaken, revision)
    assert session.stale and announced == []
    current = run_outcome(model.copy())
    assert session.accept_run(current, model.revision)
    assert not session.stale and len(announced) == 1
    assert np.array_equal(session.change(), AnalysisSession(model).change())
    assert not session.accept_run(run_outcome(model.copy()), model.revision)  # current
    assert len(announced) == 1


def test_scenario_and_step_are_checked_and_announced():
    model = make_small_model()
    session = AnalysisSession(model)
    scenarios, steps = recorder(session.scenario_changed), recorder(session.step_changed)
    with pytest.raises(ModelError, match="no scenario"):
        session.set_scenario("nope")
    session.set_scenario("")
    assert scenarios == [("",)] and session.change() is None
    session.step_scenario(1)
    assert session.scenario_id == "strict"
    session.set_step(99)                         # clamped to the run
    assert session.step == session.steps and steps == []
    session.set_step(3)
    assert steps == [(3,)]
    model.update_edge("ban", "leak", weight=0.2)
    session.refresh()
    assert session.step == 3                     # a chosen step is kept across runs
    session.set_step(session.steps)
    model.set_settings(Settings(steps=30))
    session.refresh()
    assert session.step == 30                    # the last step follows a longer run


def test_selection_holds_nodes_and_edges():
    session = AnalysisSession(make_small_model())
    seen = recorder(session.selection_changed)
    session.set_selection(["ban"], [("ban", "leak")])
    session.set_selection(["ban"], [("ban", "leak")])
    assert seen == [(["ban"],)] and session.selected_edges == [("ban", "leak")]


def test_a_previewed_lever_changes_the_result_but_not_the_model():
    model = make_small_model()
    session = AnalysisSession(model)
    before_model, before = model.copy(), session.change().copy()
    live = recorder(session.live_changed)
    assert session.preview_lever("ban", -0.6) and session.preview_pending
    session.apply_preview()
    assert live and model == before_model and not session.preview_pending
    leak = session.results.node_index("leak")
    assert session.change()[8, leak] < before[8, leak]
    np.testing.assert_allclose(session.change("strict"), session.live_change)
    session.set_scenario("")                     # another scenario forgets the preview
    assert session.live_change is None and not session.preview_lever("ban", 0.1)


def test_a_lever_the_scenario_leaves_alone_is_previewed_as_a_clamp():
    model = make_small_model()
    session = AnalysisSession(model)
    session.preview_lever("lab", 0.8)
    session.apply_preview()
    lab = session.results.node_index("lab")
    assert session.change()[-1, lab] > 0.05      # the lab, held high, stays above baseline


def test_monte_carlo_is_current_until_the_model_changes():
    model = make_small_model()
    session = AnalysisSession(model)
    changed = recorder(session.monte_carlo_changed)
    mc = run(model, samples=50, seed=3)
    session.set_monte_carlo(mc, model.revision)
    assert session.current_monte_carlo() is mc and session.uncertainty() is not None
    model.update_edge("ban", "leak", weight=0.1)
    assert session.monte_carlo_stale and session.current_monte_carlo() is None
    assert len(changed) == 2                     # arrived, then went stale (once)
    model.update_edge("ban", "leak", weight=0.2)
    assert len(changed) == 2
    session.set_monte_carlo(mc, model.revision - 1)      # computed on an older model
    assert session.monte_carlo_stale
    session.clear_monte_carlo()
    assert session.monte_carlo is None and not session.monte_carlo_stale


def test_monte_carlo_is_current_again_when_the_model_returns_to_what_it_ran_on():
    model = make_small_model()
    session = AnalysisSession(model)
    changed = recorder(session.monte_carlo_changed)
    weight = model.edge("ban", "leak").weight
    mc = run(model, samples=50, seed=3)
    session.set_monte_carlo(mc, model.revision, model.copy())
    model.update_edge("ban", "leak", weight=0.1)
    assert session.monte_carlo_stale and session.current_monte_carlo() is None
    model.update_edge("ban", "leak", weight=weight)          # what undo does
    session.refresh()                                        # the run after every edit
    assert not session.monte_carlo_stale and session.current_monte_carlo() is mc
    assert len(changed) == 3                     # arrived, went stale, current again
    model.update_edge("ban", "leak", weight=0.3)
    assert session.monte_carlo_stale and len(changed) == 4
    session.set_monte_carlo(mc, model.revision - 5)   # no copy: only its revision tells
    model.update_edge("ban", "leak", weight=weight)
    assert session.monte_carlo_stale


@pytest.mark.parametrize("sample, stale", [("weights", False), ("participants", True)])
def test_a_participant_added_dates_only_monte_carlo_of_participants_maps(sample, stale):
    """Bands that sampled the weights read the participants only through the map's
    weights: a participant added who has rated nothing leaves them current. Bands of the
    participants' maps have one map more to draw from: out of date."""
    from windtunnel.model import Participant, Rating

    model = make_small_model()
    model.add_participant(Participant("ana", "Ana", ratings=(Rating("ban", "leak", 0.6),)))
    session = AnalysisSession(model)
    session.set_monte_carlo(run(model, samples=20, seed=3, sample=sample), model.revision,
                            model.copy())
    model.add_participant(Participant("participant-2", "\u5f20\u4f1f"))
    assert session.monte_carlo_stale is stale


def test_edits_while_monte_carlo_is_stale_compare_the_model_once_per_run(monkeypatch):
    """Whether undo brought the model back is worked out once per run of the analysis, not
    for each signal of an edit (a drag of many nodes sends one per node)."""
    model = make_small_model()
    session = AnalysisSession(model)
    session.set_monte_carlo(run(model, samples=20, seed=3), model.revision, model.copy())
    read = []
    monkeypatch.setattr(content, "computed_content",
                        lambda m, **kw: read.append(m) or computed_content(m, **kw))
    for weight in (0.1, 0.2, 0.3, 0.4):
        model.update_edge("ban", "leak", weight=weight)
    assert read == []
    session.refresh()
    assert session.monte_carlo_stale
    worked_out = len(read)           # the live model, the copies the runs read
    assert sum(m is model for m in read) == 1
    session.refresh()
    assert session.monte_carlo_stale and len(read) == worked_out   # that revision is known


def test_an_edit_of_words_only_keeps_the_results_and_names_them_anew(monkeypatch):
    """A label renamed, a rationale or a description written changes nothing a run reads:
    the results are named in the new words without running, and Monte Carlo stays current."""
    model = make_small_model()
    session = AnalysisSession(model)
    mc = run(model, samples=20, seed=3)
    session.set_monte_carlo(mc, model.revision, model.copy())
    runs, announced = [], recorder(session.results_changed)
    monkeypatch.setattr(analysis, "run_outcome", lambda m: runs.append(m) or run_outcome(m))
    model.update_edge("ban", "leak", rationale="Pasted from the workshop notes. " * 40)
    model.update_node("leak", label="Leakage of chips")
    model.update("scenario", "strict", description="The strictest controls.")
    assert session.stale
    session.refresh_if_stale()
    assert runs == [] and not session.stale and len(announced) == 1
    assert "Leakage of chips" in session.results.labels
    assert session.current_monte_carlo() is mc
    model.update_edge("ban", "leak", weight=0.05)            # a number: runs again
    session.refresh_if_stale()
    assert len(runs) == 1 and session.current_monte_carlo() is None


def test_a_participant_renamed_leaves_the_results_current_once_caught_up():
    """A participant renamed is an edit (the model's revision moves) of words only: the
    session hears of it and catches up without running, as for a node renamed; it used
    not to hear of participants at all, and stayed out of date until another edit."""
    from windtunnel.model import Participant

    model = make_small_model()
    model.add_participant(Participant("zhang-wei", "Zhang Wei"))
    session = AnalysisSession(model)
    edited = recorder(session.edited)
    model.update_participant("zhang-wei", label="\u5f20\u4f1f")
    assert edited and session.stale
    assert session.catch_up() and not session.stale


def test_a_snapshot_is_frozen_against_later_changes():
    model = make_small_model()
    session = AnalysisSession(model)
    session.set_step(4)
    snapshot = session.snapshot(highlights=[("ban", "leak")])
    session.set_step(1)
    model.update_edge("ban", "leak", weight=-0.9)
    session.refresh()
    assert snapshot.step == 4 and snapshot.result.scenario_id == "strict"
    assert snapshot.model.edge("ban", "leak").weight == pytest.approx(0.6)
    assert not snapshot.change.flags.writeable
    assert snapshot.at(step=snapshot.last_step).step == snapshot.last_step
    assert snapshot.highlights == {("ban", "leak")} and snapshot.uncertainty is None
    session.set_scenario("")
    assert session.snapshot() is None


def test_a_model_opens_on_the_first_scenario_that_changes_anything():
    from windtunnel.model import Scenario

    model = make_small_model()
    model.insert("scenario", 0, Scenario("same", "Status quo"))
    session = AnalysisSession(model)
    assert session.scenario_id == "strict"           # not the flat status quo
    assert model.scenarios[0].id == "same"


@pytest.mark.parametrize("deferred", [False, True])
def test_a_model_opens_on_the_scenario_last_shown_when_it_is_still_there(deferred):
    """The scenario a reader last looked at in a file is where it opens again (even the
    flat status quo the opening would skip); one since deleted leaves the usual choice."""
    from windtunnel.model import Scenario

    model = make_small_model()
    model.insert("scenario", 0, Scenario("same", "Status quo"))
    session = AnalysisSession()
    session.set_model(model, run_now=not deferred, shown_last="same")
    session.refresh_if_stale()
    assert session.scenario_id == "same"
    session.set_model(model, run_now=not deferred, shown_last="gone")
    session.refresh_if_stale()
    assert session.scenario_id == "strict"


def test_trust_verdicts_describe_the_model_they_were_computed_for():
    from windtunnel.engine import assess

    model = make_small_model()
    session = AnalysisSession(model)
    arrived = recorder(session.trust_changed)
    assert session.trust_of() is None                     # not computed yet
    old = model.revision
    verdicts = assess(model)
    model.update_edge("ban", "leak", weight=0.9)
    session.set_trust(verdicts, old)                      # computed on the older model
    assert session.trust_of() is None and not arrived
    session.refresh()
    session.set_trust(assess(model), model.revision)
    assert arrived and session.trust_of().kind in ("unique", "same from every start")
    assert session.trust_of("baseline") is not None
    model.update_edge("ban", "leak", weight=0.8)
    assert session.trust_of() is None                     # stale after an edit


def test_a_run_overtaken_before_it_starts_compiles_nothing(compiles):
    """A window's run overtaken by an edit before its worker took it up stops at once: it
    compiles no network (a big map's costs the worker a good part of a second, which the
    edit's own run would wait for)."""
    import threading

    from windtunnel.engine import Cancelled

    overtaken = threading.Event()
    overtaken.set()
    with pytest.raises(Cancelled):
        run_outcome(make_small_model().copy(), cancel=overtaken)
    assert compiles == []
    assert run_outcome(make_small_model().copy()).results is not None
    assert len(compiles) == 1                  # the count sees a compile when there is one
