"""The story's chapters read as sentences of the chosen language: in Chinese and Japanese
their parts are joined and ended with the language's own punctuation (no Latin "; " or
final "."), and no space is left between two names written in those scripts."""

from __future__ import annotations

import re

import pytest

from windtunnel.app.translations import apply_language
from windtunnel.model import load
from windtunnel.paths import bundled_model
from windtunnel.session import AnalysisSession
from windtunnel.session.story import tell


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language("en")


def _chapters(tag: str):
    apply_language(tag)
    session = AnalysisSession(load(bundled_model()))
    return tell(session.snapshot())


def test_the_english_story_joins_its_parts_with_semicolons_and_a_full_stop(english_afterwards):
    chapters = _chapters("en")
    assert all(chapter.text.endswith(".") for chapter in chapters)
    assert any("; " in chapter.text for chapter in chapters)


@pytest.mark.parametrize("tag", ["zh-CN", "zh-HK", "ja"])
def test_a_chinese_or_japanese_story_is_punctuated_as_that_language(english_afterwards, tag):
    chapters = _chapters(tag)
    assert len(chapters) > 2
    for chapter in chapters:
        assert chapter.text.endswith("\u3002"), chapter.text
        assert "; " not in chapter.text and not chapter.text.endswith("."), chapter.text
        # "（經由 外國國民存取禁令）": no space between two words of these scripts
        assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff] [\u3040-\u30ff\u4e00-\u9fff]",
                             chapter.text), chapter.text
