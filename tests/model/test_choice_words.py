"""One table names the model's choices for every reader: the window's list boxes, the
results workbook and the command line show a choice in the same words in each language,
and the Model sheet writes its English words, which read back as the choice."""

from __future__ import annotations

import pytest

from windtunnel import language
from windtunnel.cli.language import install
from windtunnel.io.words import word
from windtunnel.model import vocabulary
from windtunnel.model.choice_words import choice_name, choice_text
from windtunnel.model.setting_names import SETTING_CHOICES, choice_from_text

#: Every choice a model file stores in one of its fixed fields.
CHOICES = {*vocabulary.NODE_KINDS, *vocabulary.CONFIDENCES, *vocabulary.INTERVENTION_MODES,
           *vocabulary.DIRECTIONS, *(c for cs in SETTING_CHOICES.values() for c in cs)}


@pytest.fixture(params=["ja", "zh-CN", "zh-HK"])
def speaking(request):
    """Speak a language with the compiled core catalogue, as ``--language`` does."""
    assert install(request.param)
    yield request.param
    install(language.ORIGINAL)


def test_the_rules_and_fuzzy_operators_read_by_their_names_in_english():
    assert [choice_name(c) for c in ("kosko", "modified_kosko", "mean_of_maxima", "actor")] == [
        "Kosko", "Modified Kosko", "mean of maxima", "actor"]
    assert choice_name("float64") == "float64"            # no words: as the file spells it


def test_every_setting_reads_back_from_its_english_name():
    for setting, choices in SETTING_CHOICES.items():
        for choice in choices:
            assert choice_from_text(setting, choice_name(choice)) == choice


def test_a_workbook_and_the_window_name_a_choice_alike(speaking):
    """The workbook's words are the window's: a translated rule in a list box is the rule
    the workbook's About sheet names."""
    assert {c: word(c) for c in CHOICES} == {c: choice_text(c) for c in CHOICES}
    translated = {c for c in CHOICES if choice_text(c) != choice_name(c)}
    assert {"actor", "modified_kosko", "increase", "mean_of_maxima"} <= translated


def test_english_names_stay_english_whatever_the_language(speaking):
    assert choice_name("modified_kosko") == "Modified Kosko"
    assert choice_text("modified_kosko") != "Modified Kosko"
