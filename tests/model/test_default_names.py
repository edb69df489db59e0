"""A generated name stored in a Japanese or Chinese interface's wording as the original
("参加者 6", "新しいシナリオ", "需要を下げる", as files written before the naming rule hold them)
reads back as the original ("Participant 6", "New scenario", "Lower Demand") with that
wording as the language's translation; anything else named so stays as it is.
tests/data/golden/v6-generated-names.wtm is such a file for participants, written by hand
in version 6's form; v6-generated-scenario-names.wtm for scenarios and objectives, written
by the code of that time."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from windtunnel.language import LANGUAGES, ORIGINAL, qt_suffix
from windtunnel.model import (Model, Node, Objective, Participant, Scenario, Translations,
                              dumps, load, loads, translated)
from windtunnel.model.default_names import (DEFAULT_PARTICIPANT_NAME, DEFAULT_PARTICIPANT_NAMES,
                                            DEFAULT_SCENARIO_NAME, DEFAULT_SCENARIO_NAMES,
                                            OBJECTIVE_SUGGESTIONS)

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "data" / "golden" / "v6-generated-names.wtm"


@pytest.fixture(scope="module")
def workshop():
    return load(FIXTURE)


def test_generated_names_in_a_shipped_language_move_to_the_original(workshop):
    moved = {p.id: (p.label, p.translations.to_dict()) for p in workshop.participants[:3]}
    assert moved == {"p1": ("Participant 1", {"ja": {"label": "参加者 1"}}),
                     "p2": ("Participant 2", {"zh-CN": {"label": "参与者 2"}}),
                     "p3": ("Participant 3", {"zh-HK": {"label": "參與者 3"}})}
    p1 = workshop.participant("p1")
    assert translated(p1, language="ja") == "参加者 1"
    assert translated(p1, language="en") == "Participant 1"
    assert workshop.participant("p3").role == "規管者"          # nothing else changes
    assert len(workshop.participant("p1").ratings) == 1


@pytest.mark.parametrize("pid, why", [
    ("p4", "its Japanese translation is someone's name: the old text would replace it"),
    ("p5", "another participant is already called Participant 5"),
    ("p7", "more than the generated name"),
    ("p8", "not the generated wording"),
    ("p9", "a number the interface never writes"),
])
def test_a_name_that_is_not_exactly_a_free_generated_name_stays(workshop, pid, why):
    raw = {"p4": "参加者 4", "p5": "参加者 5", "p7": "参加者 7 (fisher)", "p8": "参加者の会 8",
           "p9": "参加者 09"}
    assert workshop.participant(pid).label == raw[pid], why


def test_the_moved_names_save_and_read_back_unchanged(workshop):
    again = loads(dumps(workshop))
    assert again.participants == workshop.participants


def test_a_version_7_file_holding_the_old_wording_is_read_the_same_way():
    """The naming rule is younger than version 7's first files, and a version-6 file saved
    again is version 7: the loader moves the name whatever the file's version."""
    model = Model.from_elements(nodes=[Node("a", "A")],
                                participants=[Participant("p6", "参加者 6")])
    back = loads(dumps(model))
    assert '"version": 7' in dumps(model)
    assert back.participant("p6").label == DEFAULT_PARTICIPANT_NAME.format(number=6)
    assert back.participant("p6").translations.to_dict() == {"ja": {"label": "参加者 6"}}


def test_the_wordings_are_the_interfaces_own():
    """Each shipped language's wording is the interface catalogue's translation of the
    generated name, so the loader recognises exactly what the Participants dock wrote."""
    assert set(DEFAULT_PARTICIPANT_NAMES) == set(LANGUAGES) - {ORIGINAL}
    for tag, wording in DEFAULT_PARTICIPANT_NAMES.items():
        path = ROOT / "resources" / "translations" / f"windtunnel_{qt_suffix(tag)}.ts"
        found = {m.findtext("translation") for m in ET.parse(path).iter("message")
                 if m.findtext("source") == DEFAULT_PARTICIPANT_NAME}
        assert found == {wording}, tag


# -- scenarios and objectives ------------------------------------------------------------------

#: A version-6 model written by Windtunnel before generated names became English originals:
#: in Japanese, a scenario added unnamed ("新しいシナリオ") and an objective that kept the
#: name the dialog suggested for the node named 需要 in Japanese ("需要を下げる"); then in
#: Hong Kong Chinese the same ("新情景", "提高Harm").
SCENARIOS = ROOT / "tests" / "data" / "golden" / "v6-generated-scenario-names.wtm"


@pytest.fixture(scope="module")
def planned():
    return load(SCENARIOS)


def test_a_new_scenarios_generated_name_moves_to_the_original(planned):
    first, second = planned.scenarios
    assert first.label == DEFAULT_SCENARIO_NAME
    assert first.translations.to_dict() == {"ja": {"label": "新しいシナリオ"}}
    assert translated(first, language="en") == "New scenario"
    assert translated(first, language="ja") == "新しいシナリオ"
    # the second would be called "New scenario" too: another scenario already is, so it stays
    assert (second.label, second.translations.to_dict()) == ("新情景", {})


def test_a_suggested_objective_name_moves_to_the_original_of_its_node(planned):
    lower, higher = planned.objectives
    assert (lower.label, lower.translations.to_dict()) == (
        "Lower Demand", {"ja": {"label": "需要を下げる"}})
    # Chinese in China and in Hong Kong word it alike: both read the text they wrote
    assert (higher.label, higher.translations.to_dict()) == (
        "Raise Harm", {"zh-CN": {"label": "提高Harm"}, "zh-HK": {"label": "提高Harm"}})
    assert translated(higher, language="zh-HK") == "提高Harm"
    assert loads(dumps(planned)).objectives == planned.objectives


def _model(scenarios=(), objectives=()) -> Model:
    return Model.from_elements(nodes=[Node("d", "Demand", translations=Translations.from_dict(
        {"ja": {"label": "需要"}}))], scenarios=list(scenarios), objectives=list(objectives))


@pytest.mark.parametrize("label, translations, others, why", [
    ("新しいシナリオ", {"ja": {"label": "計画 A"}}, (), "its Japanese name is someone's"),
    ("新しいシナリオ", {}, ("New scenario",), "another scenario is already New scenario"),
    ("新しいシナリオ 2", {}, (), "more than the generated name"),
    ("新しいシナリオ", {}, ("x",), None),
])
def test_a_scenario_name_moves_only_when_it_takes_nothing_from_anyone(label, translations,
                                                                       others, why):
    scenarios = [Scenario("s", label, translations=Translations.from_dict(translations))]
    scenarios += [Scenario(f"o{i}", other) for i, other in enumerate(others)]
    back = loads(dumps(_model(scenarios))).scenario("s")
    assert back.label == (label if why else DEFAULT_SCENARIO_NAME), why


@pytest.mark.parametrize("label, node, why", [
    ("Demandを下げる", "d", "the node as Japanese does not name it (需要)"),
    ("需要を下げる", "d", None),
    ("需要を下げる!", "d", "more than the suggestion"),
    ("需要を減らす", "d", "not the interface's wording"),
])
def test_an_objective_name_moves_only_when_it_is_exactly_the_suggestion(label, node, why):
    objective = Objective("o", label, node, "decrease", 0.0, 1.0)
    back = loads(dumps(_model(objectives=[objective]))).objective("o")
    assert back.label == (label if why else "Lower Demand"), why


def test_the_scenario_and_objective_wordings_are_the_interfaces_own():
    """The wordings here are the interface catalogues' translations of the names the app
    generates, so the loader recognises exactly what the app wrote."""
    wanted = {"New scenario": DEFAULT_SCENARIO_NAMES} | OBJECTIVE_SUGGESTIONS
    for tag in set(LANGUAGES) - {ORIGINAL}:
        path = ROOT / "resources" / "translations" / f"windtunnel_{qt_suffix(tag)}.ts"
        found = {m.findtext("source"): m.findtext("translation")
                 for m in ET.parse(path).iter("message") if m.findtext("source") in wanted}
        assert found == {source: wordings[tag] for source, wordings in wanted.items()}, tag
