"""A participant's generated name stored in a Japanese or Chinese interface's wording as the
original ("参加者 6", as files written before the naming rule hold it) reads back as the
original "Participant 6" with that wording as the language's translation; anything else
named so stays as it is. tests/data/golden/v6-generated-names.wtm is such a file, written
by hand in version 6's form."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from windtunnel.language import LANGUAGES, ORIGINAL, qt_suffix
from windtunnel.model import Model, Node, Participant, dumps, load, loads, translated
from windtunnel.model.default_names import DEFAULT_PARTICIPANT_NAME, DEFAULT_PARTICIPANT_NAMES

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
