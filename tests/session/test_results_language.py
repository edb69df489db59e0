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
