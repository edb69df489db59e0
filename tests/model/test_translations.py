"""A model's text in several languages: lookup with fallback, editing, and hostile files."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from windtunnel import language
from windtunnel.model import (LoadError, ModelError, Node, Participant, Scenario, Translations,
                              is_generated, is_valid_tag, load, loads, needs_review, reviewed,
                              translated, with_default_name, with_text)
from windtunnel.paths import resource_path

GOLDEN_V3 = Path(__file__).parent.parent / "data" / "golden" / "v3.wtm"
VALIDATOR = jsonschema.Draft202012Validator(json.loads(
    resource_path("schema", "windtunnel-model-v7.schema.json").read_text("utf-8")))


@pytest.fixture(autouse=True)
def original_language():
    yield
    language.set_current(language.ORIGINAL)


NODE = Node("ban", "Access ban", description="Suspension of access.",
            translations=Translations.from_dict({
                "zh-CN": {"label": "访问禁令"}, "zh-Hant": {"label": "存取禁令（繁）"},
                "ja": {"label": "アクセス禁止", "description": "アクセスの停止。"}}))


def test_a_text_in_a_language_falls_back_to_the_original():
    assert translated(NODE, "label", "ja") == "アクセス禁止"
    assert translated(NODE, "description", "zh-CN") == "Suspension of access."
    assert translated(NODE, "label", "en") == "Access ban"
    assert translated(Node("x", "Plain"), "label", "ja") == "Plain"


def test_lookup_cuts_the_tag_back_but_never_crosses_scripts():
    """zh-Hant-HK reads zh-Hant; zh-HK does not read zh-CN (another script)."""
    assert translated(NODE, "label", "zh-Hant-HK") == "存取禁令（繁）"
    assert translated(NODE, "label", "zh-HK") == "Access ban"
    assert translated(NODE, "label", "ja-JP") == "アクセス禁止"


def test_the_current_language_is_the_default():
    language.set_current("zh-CN")
    assert translated(NODE) == "访问禁令"
    language.set_current("en")
    assert translated(NODE) == "Access ban"


def test_translations_are_values_whatever_order_they_were_given_in():
    a = Translations((("ja", "label", "A"), ("zh-CN", "label", "B")))
    b = Translations((("zh-CN", "label", "B"), ("ja", "label", "A")))
    assert a == b and hash(a) == hash(b)
    assert a.languages == ("zh-CN", "ja")
    assert list(a.to_dict()) == ["zh-CN", "ja"], "the product's languages in menu order"


def test_setting_an_empty_text_removes_the_translation():
    changed = NODE.translations.with_text("ja", "label", "禁止")
    assert changed.get("ja", "label") == "禁止" and changed.get("ja", "description")
    removed = changed.with_text("ja", "label", "")
    assert removed.get("ja", "label") is None and removed.get("ja", "description")
    assert not Translations().with_text("ja", "label", "")


@pytest.mark.parametrize("tag, valid", [
    ("ja", True), ("zh-CN", True), ("zh-HK", True), ("zh-Hant-HK", True), ("es-419", True),
    ("zh-hk", False), ("ZH-CN", False), ("zh_HK", False), ("", False), ("klingon!", False),
    ("x" * 40, False), ("zh-HK\n", False), (7, False)])
def test_language_tags_are_bcp47_in_canonical_case(tag, valid):
    assert is_valid_tag(tag) is valid


def test_a_bad_translation_is_refused_by_the_model_and_changes_nothing(small_model):
    before = small_model.node("ban")
    bad = Translations.from_dict({"ja": {"label": "a\x07b"}})
    with pytest.raises(ModelError, match=r"translations\.ja\.label: holds the control "
                                         r"character U\+0007 at character 2"):
        small_model.update_node("ban", translations=bad)
    assert small_model.node("ban") is before


# -- hostile files ---------------------------------------------------------------------------

def _golden_with(path: str, value) -> str:
    data = json.loads(GOLDEN_V3.read_text("utf-8"))
    *parents, last = path.split("/")
    target = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[last] = value
    return json.dumps(data, ensure_ascii=False)


HOSTILE = [
    ("unknown tag", "nodes/0/translations", {"klingon!": {"label": "x"}},
     "nodes[0].translations: 'klingon!' is not a BCP 47 language tag"),
    ("tag in the wrong case", "nodes/0/translations", {"zh-hk": {"label": "x"}},
     "nodes[0].translations: 'zh-hk' is not a language tag as files write it: write 'zh-HK'"),
    ("underscore tag", "nodes/0/translations", {"zh_HK": {"label": "x"}}, "write 'zh-HK'"),
    ("text not a string", "nodes/0/translations", {"ja": {"label": 42}},
     "nodes[0].translations.ja.label: 42 is not text"),
    ("text a list", "edges/0/translations", {"ja": {"rationale": ["a"]}},
     "edges[0].translations.ja.rationale: ['a'] is not text"),
    ("huge label", "nodes/0/translations", {"ja": {"label": "長" * 1_000_000}},
     "nodes[0].translations.ja.label: text of 1,000,000 characters is longer than 300"),
    ("control character", "scenarios/0/translations", {"zh-CN": {"label": "严格\x1b[31m"}},
     "scenarios[0].translations.zh-CN.label: holds the control character U+001B"),
    ("empty text", "objectives/0/translations", {"ja": {"label": "  "}},
     "objectives[0].translations.ja.label: is empty"),
    ("field without translations", "nodes/0/translations", {"ja": {"group": "米国"}},
     "nodes[0].translations.ja.group: 'group' has no translations here (only label, "
     "description)"),
    ("translations not an object", "nodes/0/translations", ["ja", "label"],
     "nodes[0].translations: ['ja', 'label'] is not an object of languages"),
    ("language not an object", "sources/0/translations", {"ja": "管制"},
     "sources[0].translations.ja: '管制' is not an object of texts by field"),
    ("too many languages", "nodes/0/translations",
     {f"x{chr(97 + i // 26)}{chr(97 + i % 26)}": {"label": "x"} for i in range(100)},
     "nodes[0].translations: has 100 languages, more than 40"),
    ("translations on a version-2 element", "edges/1/translations", {"ja": {"label": "x"}},
     "edges[1].translations.ja.label: 'label' has no translations here (only rationale)"),
]


@pytest.mark.parametrize("name, path, value, expected", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_translation_gives_a_located_message_and_no_model(tmp_path, name, path,
                                                                     value, expected):
    text = _golden_with(path, value)
    file = tmp_path / "hostile.wtm"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load(file)
    message = str(info.value)
    assert expected in message and message.startswith(str(file))
    assert len(message) < 2000
    assert list(VALIDATOR.iter_errors(json.loads(text))), "the schema refuses it too"


def test_a_version_2_file_that_already_carries_translations_loads():
    """Migration only raises the version; a hand-written v2 file that already carries
    translations loads (the loader reads the current form after migrating)."""
    data = json.loads(GOLDEN_V3.read_text("utf-8"))
    data["version"] = 2
    model = loads(json.dumps(data))
    assert translated(model.node("ban"), "label", "ja") == "アクセス禁止"


@pytest.mark.parametrize("entries", [(("ja", "label"),), ("ja",), 7])
def test_a_malformed_set_of_translations_is_a_problem_not_a_crash(entries):
    node = Node("x", "X", translations=Translations(entries))
    assert ("translations", "is not a set of translations") in node.problems()


def test_editing_an_original_marks_its_translations_for_review_until_reviewed_or_retranslated():
    node = Node("n", "Export controls", translations=Translations.from_dict(
        {"ja": {"label": "輸出管理", "description": "説明"}, "zh-HK": {"label": "出口管制"}}))
    assert with_text(node, "label", "Export controls", language="en") == node   # no change
    edited = with_text(node, "label", "Chip export controls", language="en")
    assert edited.translations.to_review == (("zh-HK", "label"), ("ja", "label"))
    assert needs_review(edited, "label", "ja") and needs_review(edited, "label", "zh-HK")
    assert not needs_review(edited, "description", "ja") and not needs_review(edited, "label", "fr")
    assert not needs_review(reviewed(edited, "label", "ja"), "label", "ja")
    assert needs_review(reviewed(edited, "label", "ja"), "label", "zh-HK")
    assert not needs_review(with_text(edited, "label", "半導体輸出管理", language="ja"), "label", "ja")
    removed = with_text(edited, "label", "", language="ja")          # the translation gone
    assert ("ja", "label") not in removed.translations.to_review
    assert edited.translations.without_language("ja").to_review == (("zh-HK", "label"),)


@pytest.mark.parametrize("element", [
    Participant("p1", "Participant 1"), Scenario("new-scenario", "New scenario")],
    ids=["participant", "scenario"])
def test_a_rename_in_any_language_replaces_a_name_the_app_generated(element):
    """A generated name is no author's text: the name typed in Chinese becomes the
    original (English reads it too), and the generated wording's translations go."""
    language.set_current("zh-CN")
    shown = "参与者 1" if isinstance(element, Participant) else "新情景"
    added = with_default_name(element, "label", element.label, shown)
    assert translated(added) == shown and is_generated(added, "label")
    assert with_text(added, "label", shown) == added           # the wording shown: no change
    renamed = with_text(added, "label", "Zhang Wei")
    assert renamed.label == "Zhang Wei" and renamed.translations.entries == ()
    assert translated(renamed, "label", "en") == "Zhang Wei"
    assert not is_generated(renamed, "label")
    again = with_text(renamed, "label", "张伟")          # once named, an edit is a translation
    assert again.label == "Zhang Wei" and translated(again, "label", "zh-CN") == "张伟"


def test_a_name_like_a_generated_one_is_only_generated_for_its_own_kind():
    language.set_current("ja")
    node = Node("p", "Participant 2")
    assert not is_generated(node, "label")
    assert with_text(node, "label", "参加者 2").label == "Participant 2"
    assert not is_generated(Participant("p", "Participant 2 (lead)"), "label")
    assert not is_generated(Scenario("s", "New scenario", description="New scenario"),
                            "description")
