"""The nodes' groups and the sources' publishers in several languages: the model keeps a
group's names (``group_translations``), a source its publisher's; files round-trip them
and refuse hostile values with their place."""

from __future__ import annotations

import json

import jsonschema
import pytest

from windtunnel import language
from windtunnel.model import (LoadError, Model, ModelError, Node, Source, Translations, dumps,
                              group_name, loads, translated)
from windtunnel.model.fileformat import MAX_TRANSLATED_GROUPS
from windtunnel.paths import resource_path

VALIDATOR = jsonschema.Draft202012Validator(json.loads(
    resource_path("schema", "windtunnel-model-v7.schema.json").read_text("utf-8")))
GROUPS = Translations.from_dict({"zh-CN": {"China": "中国", "United States": "美国"},
                                 "zh-HK": {"China": "中國"}, "ja": {"United States": "米国"}})


@pytest.fixture(autouse=True)
def original_language():
    yield
    language.set_current(language.ORIGINAL)


def _model(groups: Translations = GROUPS) -> Model:
    return Model.from_elements(
        nodes=[Node("lab", "Rival lab", group="China"), Node("bis", "BIS", group="United States"),
               Node("vpn", "VPNs", group="Global"), Node("x", "No group")],
        sources=[Source("cd", "Opinion", publisher="China Daily",
                        translations=Translations.from_dict({
                            "zh-CN": {"publisher": "中国日报"}, "zh-HK": {"publisher": "中國日報"},
                            "ja": {"publisher": "チャイナ・デイリー"}}))],
        group_translations=groups)


def test_a_group_is_named_in_the_language_else_as_the_nodes_write_it():
    model = _model()
    assert group_name(model, "China", "zh-CN") == "中国"
    assert group_name(model, "China", "zh-HK") == "中國"
    assert group_name(model, "United States", "zh-HK") == "United States"   # never zh-CN's
    assert group_name(model, "China", "zh-Hant-HK") == "China"   # cut back to zh, not zh-HK
    assert group_name(model, "Global", "ja") == "Global"
    assert group_name(model, "", "ja") == ""
    language.set_current("ja")
    assert group_name(model, "United States") == "米国"


def test_a_publisher_is_translated_like_a_title():
    source = _model().sources[0]
    assert [translated(source, "publisher", tag) for tag in ("zh-CN", "zh-HK", "ja", "en")] == [
        "中国日报", "中國日報", "チャイナ・デイリー", "China Daily"]


def test_group_and_publisher_translations_round_trip_and_satisfy_the_schema():
    model = _model()
    text = dumps(model)
    data = json.loads(text)
    assert data["group_translations"] == {"zh-CN": {"China": "中国", "United States": "美国"},
                                          "zh-HK": {"China": "中國"},
                                          "ja": {"United States": "米国"}}
    assert list(data)[:5] == ["format", "version", "title", "group_translations", "settings"]
    assert data["version"] == 7
    VALIDATOR.validate(data)
    again = loads(text)
    assert again == model and dumps(again) == text
    assert again.group_translations == GROUPS


def test_a_model_without_group_translations_writes_no_key():
    assert "group_translations" not in json.loads(dumps(_model(Translations())))


def test_renaming_moves_a_groups_texts_and_replaces_the_new_names():
    renamed = GROUPS.renamed("China", "PRC")
    assert renamed.to_dict() == {"zh-CN": {"PRC": "中国", "United States": "美国"},
                                 "zh-HK": {"PRC": "中國"}, "ja": {"United States": "米国"}}
    merged = GROUPS.renamed("China", "United States")   # zh-CN: China's text wins
    assert merged.get("zh-CN", "United States") == "中国"
    assert merged.get("ja", "United States") == "米国"   # ja had no China: kept


def test_setting_group_translations_signals_and_counts_as_a_change():
    model = _model(Translations())
    seen = []
    model.info_changed.connect(lambda: seen.append(model.revision))
    assert model.set_group_translations(GROUPS) == Translations()
    assert model.group_translations == GROUPS and len(seen) == 1
    model.set_group_translations(GROUPS)           # the same: no change, no signal
    assert len(seen) == 1


def _file(**changes) -> str:
    data = json.loads(dumps(_model()))
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize("value, where, words", [
    ({"zh_CN": {"China": "中国"}}, "group_translations", "write 'zh-CN'"),
    ({"zh-CN": {"China": "中\x07国"}}, "group_translations.zh-CN.China", "U+0007"),
    ({"zh-CN": {"China": "  "}}, "group_translations.zh-CN.China", "is empty"),
    ({"zh-CN": {"China": "长" * 301}}, "group_translations.zh-CN.China", "longer than 300"),
    ({"zh-CN": {"": "空"}}, "group_translations.zh-CN", "has no name"),
    ({"zh-CN": {"Ch\x01na": "中国"}}, "group_translations.zh-CN", "U+0001"),
    ({"zh-CN": {"x" * 301: "长"}}, "group_translations.zh-CN", "longer than 300"),
    ({"zh-CN": "中国"}, "group_translations.zh-CN", "is not an object"),
    (["zh-CN"], "group_translations", "is not an object of languages"),
    ({f"x{i:02d}": {"China": "?"} for i in range(41)}, "group_translations", "41 languages"),
    ({"ja": {f"g{i}": "?" for i in range(MAX_TRANSLATED_GROUPS + 1)}}, "group_translations.ja",
     f"{MAX_TRANSLATED_GROUPS + 1:,} groups"),
])
def test_a_hostile_group_translation_is_refused_with_its_place(value, where, words):
    with pytest.raises(LoadError) as caught:
        loads(_file(group_translations=value))
    messages = [str(p) for p in caught.value.problems]
    assert any(m.startswith(where + ":") and words in m for m in messages), messages


def test_a_hostile_publisher_translation_is_refused_with_its_place():
    data = json.loads(dumps(_model()))
    data["sources"][0]["translations"]["ja"]["publisher"] = "チ" * 301
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(data))
    assert str(caught.value.problems[0]).startswith("sources[0].translations.ja.publisher:")
    assert "longer than 300" in str(caught.value.problems[0])


def test_a_refused_change_leaves_the_model_as_it_was():
    model = _model()
    before = dumps(model)
    with pytest.raises(ModelError) as caught:
        model.set_group_translations(GROUPS.with_text("ja", "China", "中\x00国"))
    assert caught.value.problems[0].location == "group_translations.ja.China"
    assert dumps(model) == before
