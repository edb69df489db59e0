"""Results name nodes, scenarios and objectives in the language they were run in; a change
of language makes them stale (Qt-free)."""

from __future__ import annotations

import pytest

from windtunnel import language
from windtunnel.engine import run
from windtunnel.model import load
from windtunnel.paths import bundled_model
from windtunnel.session import AnalysisSession

TEACHING = "first-steps-access-controls.wtm"


@pytest.fixture(autouse=True)
def original_language():
    yield
    language.set_current(language.ORIGINAL)


def test_a_run_names_things_in_the_current_language_and_finds_scenarios_in_any():
    model = load(bundled_model(TEACHING))
    language.set_current("zh-CN")
    results = run(model, scenarios=["收紧禁令", "Monitor use instead"])
    assert results.labels[results.node_index("misuse-risk")] == "滥用风险"
    assert [r.label for r in results.scenarios] == ["收紧禁令", "改为监测使用"]
    assert {row.objective for row in results.scorecard} == {
        "限制滥用风险", "限制受限用户的访问", "不损害合法用户"}
    language.set_current("en")
    assert run(model).labels[results.node_index("misuse-risk")] == "Misuse risk"


def test_a_change_of_language_makes_the_session_results_stale():
    session = AnalysisSession(load(bundled_model(TEACHING)))
    assert not session.stale
    language.set_current("ja")
    assert session.stale
    session.refresh_if_stale()
    assert not session.stale
    assert "悪用リスク" in session.results.labels


def test_results_kept_across_a_change_of_language_are_named_in_it_without_a_run():
    """Monte Carlo results and the run itself read in the new language, as a run in it
    names them, with the very numbers they had."""
    model = load(bundled_model(TEACHING))
    session = AnalysisSession(model)
    session.set_monte_carlo(run(model, samples=20), model.revision)
    before, sampled = session.results, session.monte_carlo
    language.set_current("zh-HK")
    session.follow_language()
    fresh = run(model, samples=20)
    for kept, old in ((session.results, before), (session.monte_carlo, sampled)):
        assert kept.baseline is old.baseline                     # nothing ran again
        assert kept.labels == fresh.labels and kept.title == fresh.title
        assert [r.label for r in kept.scenarios] == [r.label for r in fresh.scenarios]
        assert [(r.scenario, r.objective) for r in kept.scorecard] == [
            (r.scenario, r.objective) for r in fresh.scorecard]
        assert kept.settings.time_unit == fresh.settings.time_unit
    assert session.monte_carlo.scenarios[0].uncertainty is sampled.scenarios[0].uncertainty
    assert not session.stale and session.current_monte_carlo() is session.monte_carlo
