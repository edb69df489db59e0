"""The bundled AI export-controls models and the teaching model speak Simplified Chinese,
Hong Kong Traditional Chinese and Japanese: every text, none empty, none left in English,
the glossary's terms used for the domain's words, no Simplified character in the Hong Kong
text."""

from __future__ import annotations

import re

import pytest

from windtunnel.model import TRANSLATABLE, load
from windtunnel.paths import bundled_model

TRANSLATED = ("ai-export-controls-2026.wtm", "ai-export-controls-2026-voices.wtm",
              "first-steps-access-controls.wtm", "blank-template.wtm")
LANGUAGES = ("zh-CN", "zh-HK", "ja")

#: Texts that may read the same in a translation as in English: proper names and acronyms.
SAME_IN_EVERY_LANGUAGE: frozenset[str] = frozenset()

#: Place names that Chinese and Japanese write alike (中国 in Simplified Chinese and
#: Japanese; 香港 and 日本 in all three): the same text is right, not a copy.
SHARED_PLACE_NAMES = frozenset({"中国", "香港", "日本"})

#: Characters found only in Simplified Chinese (their Traditional forms differ); none may
#: appear in Hong Kong text. Characters shared with Japanese shinjitai are not a signal here.
SIMPLIFIED_ONLY = set("们这说为与发时对业务过还进个样问题关开长门见给东计认让该网数据络术险护构"
                      "权应规则测试验监审资讯号产费帮执欧亚际获减强势达层级间协议")

#: English term -> its translation in zh-CN, zh-HK, ja (the product's glossary).
GLOSSARY = {
    "export control": ("出口管制", "出口管制", "輸出管理"),
    "scenario": ("情景", "情景", "シナリオ"),
    "baseline": ("基线", "基線", "ベースライン"),
}


def _texts(model):
    """(where, English, {tag: text}) for every translatable text the model holds: its own
    title, description and time unit, each element's (participants' names and roles, the
    sources' publishers too) and the name of every group of nodes and participants."""
    for name in TRANSLATABLE["Model"]:
        yield (f"model {name}", getattr(model, name),
               {tag: model.translations.get(tag, name) for tag in LANGUAGES})
    for plural in ("nodes", "edges", "scenarios", "objectives", "sources", "participants"):
        for element in getattr(model, plural):
            fields = TRANSLATABLE[type(element).__name__]
            key = element.key if plural == "edges" else element.id
            for name in fields:
                english = getattr(element, name)
                if english:
                    yield (f"{plural} {key} {name}", english,
                           {tag: element.translations.get(tag, name) for tag in LANGUAGES})
    groups = dict.fromkeys(g for g in [n.group for n in model.nodes]
                           + [p.group for p in model.participants] if g)
    for group in groups:
        yield (f"group {group}", group,
               {tag: model.group_translations.get(tag, group) for tag in LANGUAGES})


@pytest.fixture(scope="module", params=TRANSLATED)
def texts(request):
    return list(_texts(load(bundled_model(request.param))))


def test_every_text_has_all_three_translations_none_empty_none_english(texts):
    problems = []
    for where, english, translated in texts:
        for tag, text in translated.items():
            if text is None or not text.strip():
                problems.append(f"{where}: no {tag} text")
            elif text == english and english not in SAME_IN_EVERY_LANGUAGE:
                problems.append(f"{where}: the {tag} text is the English one")
    assert not problems, "\n".join(problems[:40])
    assert len(texts) > 15          # the blank template has 18; the others hundreds


def test_the_languages_differ_from_each_other(texts):
    """Japanese is not a copy of either Chinese; the two Chinese texts differ wherever a
    Simplified character appears."""
    for where, _, translated in texts:
        if translated["ja"] in SHARED_PLACE_NAMES:
            continue
        assert translated["ja"] not in (translated["zh-CN"], translated["zh-HK"]), where
        if set(translated["zh-CN"]) & SIMPLIFIED_ONLY:
            assert translated["zh-HK"] != translated["zh-CN"], where


def test_hong_kong_text_holds_no_simplified_character(texts):
    found = [(where, sorted(set(translated["zh-HK"]) & SIMPLIFIED_ONLY))
             for where, _, translated in texts if set(translated["zh-HK"]) & SIMPLIFIED_ONLY]
    assert not found, found[:10]


def test_the_glossary_terms_translate_the_domain_words(texts):
    """Wherever the English says "export control(s)", "scenario" or "baseline", each
    translation uses the glossary's term (scenarios/README.md explains the contested ones)."""
    misses = []
    for where, english, translated in texts:
        for term, renderings in GLOSSARY.items():
            if re.search(rf"\b{term}", english, re.IGNORECASE):
                for tag, rendering in zip(LANGUAGES, renderings):
                    if rendering not in translated[tag]:
                        misses.append(f"{where} ({tag}): {term!r} is not {rendering}")
    assert not misses, "\n".join(misses[:30])
