"""The .wtm format: golden file, migrations, broken-file corpus, and agreement with the schema."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from windtunnel.model import (Edge, Intervention, LoadError, Model, Node, Objective, Participant,
                              Rating, Scenario, Settings, Source, Translations, WeightOverride,
                              dumps, load, loads, needs_review, reviewed, save, with_text)
from windtunnel.engine import working_weights
from windtunnel.model import migrations
from windtunnel.paths import resource_path

from .strategies import models

from conftest import examples, make_small_model

DATA = Path(__file__).parent.parent / "data"
GOLDEN_V1 = DATA / "golden" / "v1.wtm"
GOLDEN_V2 = DATA / "golden" / "v2.wtm"
GOLDEN_V3 = DATA / "golden" / "v3.wtm"
GOLDEN_V4 = DATA / "golden" / "v4.wtm"
GOLDEN_V5 = DATA / "golden" / "v5.wtm"
GOLDEN_V6 = DATA / "golden" / "v6.wtm"
GOLDEN_V7 = DATA / "golden" / "v7.wtm"
SCHEMA = json.loads(resource_path("schema", "windtunnel-model-v1.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
SCHEMA_V2 = json.loads(resource_path("schema", "windtunnel-model-v2.schema.json").read_text("utf-8"))
VALIDATOR_V2 = jsonschema.Draft202012Validator(SCHEMA_V2)
SCHEMA_V3 = json.loads(resource_path("schema", "windtunnel-model-v3.schema.json").read_text("utf-8"))
VALIDATOR_V3 = jsonschema.Draft202012Validator(SCHEMA_V3)
SCHEMA_V4 = json.loads(resource_path("schema", "windtunnel-model-v4.schema.json").read_text("utf-8"))
VALIDATOR_V4 = jsonschema.Draft202012Validator(SCHEMA_V4)
SCHEMA_V5 = json.loads(resource_path("schema", "windtunnel-model-v5.schema.json").read_text("utf-8"))
VALIDATOR_V5 = jsonschema.Draft202012Validator(SCHEMA_V5)
SCHEMA_V6 = json.loads(resource_path("schema", "windtunnel-model-v6.schema.json").read_text("utf-8"))
VALIDATOR_V6 = jsonschema.Draft202012Validator(SCHEMA_V6)
SCHEMA_V7 = json.loads(resource_path("schema", "windtunnel-model-v7.schema.json").read_text("utf-8"))
VALIDATOR_V7 = jsonschema.Draft202012Validator(SCHEMA_V7)


def golden_model():
    return Model.from_elements(
    title="Golden v1: every field", description="A file that sets every field of format version 1.\nIt must load the same forever.",
    settings=Settings(steps=36, time_unit="quarter", rule="rescaled", activation="tanh", steepness=2.5, start="ones",
                      drivers="update", tolerance=0.001, strict=True, stop_early=True, count_initial=True,
                      convergence_nodes=("vpn",), samples=500, seed=7),
    sources=[Source("press", "Controls bite", publisher="Daily Wire Service", date="2026-06-25",
                    citation="Daily Wire Service, 25 June 2026", note="Reports the takedown."),
             Source("op-ed", "Café culture and AI – ünïcödé ✓", publisher="Op-ed desk", date="2026-06")],
    nodes=[Node("ban", "Access ban", kind="restriction", group="United States", initial=0.8,
                description="Suspension of access for foreign nationals.", sources=("press",),
                position=(-120.5, 40.0), tags=("lever", "2026"), lever=False),
           Node("vpn", "VPN workarounds", kind="factor", group="Global", initial=0.2, position=(100.0, 40.0)),
           Node("lab", "Rival lab", kind="actor", group="China", initial=-0.25, position=(0.0, 200.0),
                lever=True, sources=("press", "op-ed"))],
    edges=[Edge("ban", "vpn", 0.7, delay=2, confidence="high", low=0.5, high=0.9,
                rationale="Bans push users to workarounds.", sources=("press",)),
           Edge("vpn", "lab", -0.35, confidence="low", rationale="Workarounds reduce the need to build.")],
    scenarios=[Scenario("strict", "Strict ban", description="Ban from month 3, lifted at month 8.",
                        interventions=(Intervention("ban", "clamp", 1.0, 3, 8), Intervention("lab", "pulse", -0.5, 1)),
                        overrides=(WeightOverride("vpn", "lab", -0.6),)),
               Scenario("none", "Status quo")],
    objectives=[Objective("fewer-workarounds", "Fewer workarounds", "vpn", "decrease", 0.1, 2.0),
                Objective("lab-grows", "Rival lab grows", "lab", "increase")])


def golden_model_v2():
    """Version 2 adds participants (ratings by weight or term, own nodes) and aggregation."""
    model = golden_model()
    model.set_info(title="Golden v2: every field",
                   description="A file that sets every field of format version 2.\nIt must load the same forever.")
    model.set_settings(Settings(**{**golden_model().settings.__dict__, "aggregation": "linguistic",
                                   "aggregation_zeros": "ignore", "implication": "larsen",
                                   "union": "einstein_sum", "defuzzification": "bisector"}))
    model.add_participant(Participant(
        "p1", "Trade ministry analyst", role="Government", group="United States", date="2026-06-30",
        credibility=2.0,
        ratings=(Rating("ban", "vpn", 0.8, low=0.6, high=0.9, confidence="high",
                        rationale="Seen it before.", sources=("press",)),
                 Rating("vpn", "lab", term="-M", confidence="low"),
                 Rating("ban", "smuggling", weight=0.6, term="+H")),
        nodes=(Node("smuggling", "Chip smuggling", group="Global", position=(10.0, -50.0),
                    sources=("op-ed",)),)))
    model.add_participant(Participant("p2", "Participant 2"))
    return model


def golden_model_v3():
    """Version 3 adds translations of the model's text, by language tag."""
    model = golden_model_v2()
    model.set_info(title="Golden v3: every field",
                   description="A file that sets every field of format version 3.\nIt must load the same forever.")
    model.update_node("ban", translations=Translations.from_dict({
        "ja": {"label": "アクセス禁止", "description": "外国籍者のアクセス停止。"},
        "zh-CN": {"label": "访问禁令", "description": "暂停外国国民的访问。"},
        "zh-HK": {"label": "存取禁令"},
        "fr": {"label": "Interdiction d'accès"}}))
    model.update_edge("ban", "vpn", translations=Translations.from_dict(
        {"zh-HK": {"rationale": "禁令迫使用戶轉用繞道方法。\n第二行。"}}))
    model.update("scenario", "strict", translations=Translations.from_dict(
        {"ja": {"label": "厳格な禁止", "description": "3か月目から禁止、8か月目に解除。"}}))
    model.update("objective", "fewer-workarounds", translations=Translations.from_dict(
        {"zh-CN": {"label": "减少绕行手段"}}))
    model.update("source", "press", translations=Translations.from_dict(
        {"zh-Hant-HK": {"title": "管制見效", "note": "報道下架事件。"}}))
    return model


def golden_model_v4():
    """Version 4 adds translations of participants and of the model's own title,
    description and time unit."""
    model = golden_model_v3()
    model.set_info(title="Golden v4: every field",
                   description="A file that sets every field of format version 4.\nIt must load the same forever.",
                   translations=Translations.from_dict({
                       "ja": {"title": "ゴールデン v4", "time_unit": "四半期"},
                       "zh-HK": {"title": "黃金檔案 v4", "description": "第 4 版的每個欄位。",
                                 "time_unit": "季度"}}))
    model.update("participant", "p2", role="Regulator", translations=Translations.from_dict(
        {"zh-CN": {"label": "参与者 2", "role": "监管机构"}, "ja": {"role": "規制当局"}}))
    # added within version 4: the groups' names and a source's publisher in other languages
    model.set_group_translations(Translations.from_dict({
        "zh-CN": {"China": "中国", "United States": "美国"},
        "zh-HK": {"China": "中國", "Global": "全球", "United States": "美國"},
        "ja": {"United States": "米国"}}))
    model.update("source", "op-ed", translations=Translations.from_dict(
        {"zh-CN": {"publisher": "评论版"}, "ja": {"title": "カフェ文化とAI", "publisher": "論説欄"}}))
    return model


def golden_model_v5():
    """Version 5 marks translations to review: a node's label and an edge's rationale edited
    in the original after they were translated (one of the node's languages reviewed
    since), as the app's editors mark them (``with_text``)."""
    model = golden_model_v4()
    model.set_info(title="Golden v5: every field",
                   description="A file that sets every field of format version 5.\nIt must load the same forever.",
                   translations=model.translations)
    node = with_text(model.nodes[0], "label", "Access ban (revised)", language="en")
    model.replace("node", reviewed(node, "label", language="zh-HK"))
    edge = model.edges[0]
    edge = replace(edge, translations=edge.translations.with_text("zh-CN", "rationale", "理由"))
    model.replace("edge", with_text(edge, "rationale", "A revised rationale.", language="en"))
    return model


def golden_model_v6():
    """Version 6 adds a source's web address, keeps a rated edge's own weight and bounds
    from before the first rating (vpn -> lab, which participant p1 rates), and marks the
    model's own translations: its title edited after it was translated (the Hong Kong
    title reviewed since)."""
    model = golden_model_v5()
    model.set_info(title="Golden v6: every field",
                   description="A file that sets every field of format version 6.\nIt must load the same forever.",
                   translations=model.translations.marked_for_review("title").reviewed(
                       "zh-HK", "title"))
    model.update("source", "press", url="https://news.example.org/2026/06/25/controls-bite?ref=wt#p3")
    model.replace("edge", replace(model.edge("vpn", "lab"), unrated_weight=-0.2,
                                  unrated_low=-0.4, unrated_high=0.0))
    return model


def golden_model_v7():
    """Version 7 counts a rating of 0 where absent ratings are left out (the golden model's
    settings): participant p2's explicit "no effect" on ban -> vpn, which version 6 left
    out as though not given."""
    model = golden_model_v6()
    model.set_info(title="Golden v7: every field",
                   description="A file that sets every field of format version 7.\nIt must load the same forever.",
                   translations=model.translations)
    p2 = model.participant("p2")
    model.replace("participant", replace(p2, ratings=(Rating("ban", "vpn", 0.0),)))
    return model


def test_golden_v1_loads_to_the_same_model_forever():
    assert load(GOLDEN_V1) == golden_model()


def test_golden_v2_loads_to_the_same_model_forever():
    assert load(GOLDEN_V2) == golden_model_v2()


def test_golden_v3_loads_to_the_same_model_forever():
    assert load(GOLDEN_V3) == golden_model_v3()


def test_golden_v4_loads_to_the_same_model_forever():
    assert load(GOLDEN_V4) == golden_model_v4()


def test_golden_v5_loads_to_the_same_model_forever():
    model = load(GOLDEN_V5)
    assert model == golden_model_v5()
    node, edge = model.nodes[0], model.edges[0]
    assert needs_review(node, "label", "ja") and not needs_review(node, "label", "zh-HK")
    assert needs_review(edge, "rationale", "zh-CN") and not needs_review(node, "description", "ja")


def test_golden_v6_loads_to_the_same_model_forever():
    model = load(GOLDEN_V6)
    assert model == golden_model_v6()
    assert model.source("press").url.startswith("https://news.example.org/")
    edge = model.edge("vpn", "lab")
    assert (edge.unrated_weight, edge.unrated_low, edge.unrated_high) == (-0.2, -0.4, 0.0)
    assert needs_review(model, "title", "ja") and not needs_review(model, "title", "zh-HK")
    assert not needs_review(model, "description", "zh-HK")


def test_golden_v7_loads_to_the_same_model_forever():
    model = load(GOLDEN_V7)
    assert model == golden_model_v7()
    assert model.settings.aggregation_zeros == "ignore"
    assert model.participant("p2").ratings == (Rating("ban", "vpn", 0.0),)


def _v6_with_ratings_of(ratings, zeros="ignore") -> dict:
    """The golden version-6 file with participant p2 rating ban -> vpn as ``ratings``."""
    data = json.loads(GOLDEN_V6.read_text("utf-8"))
    data["settings"]["aggregation_zeros"] = zeros
    data["participants"][1]["ratings"] = ratings
    return data


def test_a_v6_rating_of_0_that_was_left_out_stays_out_and_the_aggregate_with_it():
    """Version 6 left a rating of 0 out of "absent ratings are left out" (how a combined
    map's edge of weight 0 was stored): read as no rating, every working weight stays."""
    zero = {"source": "ban", "target": "vpn", "weight": 0}
    model = loads(json.dumps(_v6_with_ratings_of([zero])))
    assert model.participant("p2").ratings == ()
    unrated = loads(json.dumps(_v6_with_ratings_of([])))
    assert working_weights(model) == working_weights(unrated)


@pytest.mark.parametrize("rating", [
    {"source": "ban", "target": "vpn", "weight": 0.0, "term": "NA"},
    {"source": "ban", "target": "vpn", "term": "NA"},
    {"source": "ban", "target": "vpn", "weight": 0.0, "low": -0.2, "high": 0.2},
    {"source": "ban", "target": "vpn", "weight": 0.3}])
def test_a_v6_rating_that_counted_is_kept(rating):
    model = loads(json.dumps(_v6_with_ratings_of([rating])))
    assert len(model.participant("p2").ratings) == 1


def test_a_v6_rating_of_0_where_absent_ratings_count_as_zero_is_kept():
    """There a rating of 0 and no rating weigh alike, as before: nothing to change."""
    zero = {"source": "ban", "target": "vpn", "weight": 0.0}
    model = loads(json.dumps(_v6_with_ratings_of([zero], zeros="include")))
    assert model.participant("p2").ratings == (Rating("ban", "vpn", 0.0),)


def test_a_v6_file_s_ratings_out_of_shape_are_left_for_the_loader_to_name():
    data = _v6_with_ratings_of([{"source": "ban", "target": "vpn", "weight": "0"}])
    with pytest.raises(LoadError, match=r"participants\[1\]\.ratings\[0\]\.weight"):
        loads(json.dumps(data))
    data = _v6_with_ratings_of("none")
    with pytest.raises(LoadError, match=r"participants\[1\]\.ratings"):
        loads(json.dumps(data))


def test_a_mark_on_a_translation_the_model_lacks_is_refused():
    data = json.loads(GOLDEN_V6.read_text("utf-8"))
    data["translations_to_review"] = {"ja": ["description"]}
    with pytest.raises(LoadError, match=r"translations_to_review\.ja\.description: "
                                        "has no translation to review"):
        loads(json.dumps(data))
    data["translations_to_review"] = ["title"]
    with pytest.raises(LoadError, match=r"translations_to_review: \['title'\] is not an "
                                        "object of languages"):
        loads(json.dumps(data))


@pytest.mark.parametrize("golden, version", [(GOLDEN_V1, 1), (GOLDEN_V2, 2), (GOLDEN_V3, 3),
                                             (GOLDEN_V4, 4), (GOLDEN_V5, 5), (GOLDEN_V6, 6)])
def test_an_older_file_saves_as_v7_with_nothing_else_changed(golden, version):
    """The migrations only raise the version (version 1 has no participants, so no
    participants section; versions 1 and 2 no translations; version 3 none of the
    participants or of the model's own text; version 4 no translation to review; version 5
    no source's web address and no rated edge's own weight; version 6 no rating of 0)."""
    text = golden.read_text("utf-8")
    assert dumps(load(golden)) == text.replace(f'"version": {version},', '"version": 7,', 1)


def test_saving_the_golden_model_writes_the_golden_text():
    """Stable key order and indentation: an unchanged model saves byte for byte the same."""
    assert dumps(golden_model_v7()) == GOLDEN_V7.read_text("utf-8")


@pytest.mark.parametrize("url", ["www.example.org", "ftp://example.org/a", "https://",
                                 "https://example.org/a b", "javascript:alert(1)"])
def test_a_source_s_web_address_other_than_http_or_https_is_refused(url):
    data = json.loads(GOLDEN_V6.read_text("utf-8"))
    data["sources"][0]["url"] = url
    with pytest.raises(LoadError, match=r"sources\[0\]\.url: .* is not a web address"):
        loads(json.dumps(data))
    assert not VALIDATOR_V6.is_valid(data)


@pytest.mark.parametrize("fields, where, message", [
    ({"unrated_weight": 1.5}, "unrated_weight", "1.5 is outside [-1, 1]"),
    ({"unrated_weight": -0.2, "unrated_low": 0.1}, "unrated_low", "0.1 is above the weight -0.2"),
    ({"unrated_weight": -0.2, "unrated_high": -0.3}, "unrated_high",
     "-0.3 is below the weight -0.2"),
    ({"unrated_low": -0.3}, "unrated_low", "bounds need a weight between them"),
])
def test_a_rated_edge_s_own_weight_out_of_shape_is_refused_with_its_place(fields, where, message):
    data = json.loads(GOLDEN_V6.read_text("utf-8"))
    edge = {key: value for key, value in data["edges"][1].items() if not key.startswith("unrated")}
    data["edges"][1] = edge | fields
    with pytest.raises(LoadError, match=re.escape(f"edges[1].{where}: {message}")):
        loads(json.dumps(data))


def test_golden_files_satisfy_their_schemas():
    VALIDATOR.validate(json.loads(GOLDEN_V1.read_text("utf-8")))
    VALIDATOR_V2.validate(json.loads(GOLDEN_V2.read_text("utf-8")))
    VALIDATOR_V3.validate(json.loads(GOLDEN_V3.read_text("utf-8")))
    VALIDATOR_V4.validate(json.loads(GOLDEN_V4.read_text("utf-8")))
    VALIDATOR_V5.validate(json.loads(GOLDEN_V5.read_text("utf-8")))
    VALIDATOR_V6.validate(json.loads(GOLDEN_V6.read_text("utf-8")))
    VALIDATOR_V7.validate(json.loads(GOLDEN_V7.read_text("utf-8")))


def test_a_mark_on_a_translation_the_element_lacks_is_refused():
    data = json.loads(GOLDEN_V5.read_text("utf-8"))
    data["nodes"][0]["translations_to_review"] = {"de": ["description"]}
    with pytest.raises(LoadError, match=r"nodes\[0\]\.translations_to_review\.de\.description: "
                                        "has no translation to review"):
        loads(json.dumps(data))
    data["nodes"][0]["translations_to_review"] = {"ja": [f"x{i}" for i in range(10_000)]}
    with pytest.raises(LoadError, match=r"nodes\[0\]\.translations_to_review: marks 10,000 "
                                        "translations for review, more than the 6 it has"):
        loads(json.dumps(data))
    data["nodes"][0]["translations_to_review"] = ["label"]
    with pytest.raises(LoadError, match=r"nodes\[0\]\.translations_to_review: \['label'\] is "
                                        "not an object of languages"):
        loads(json.dumps(data))


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models(participants=True, translated=True))
def test_random_models_round_trip_and_satisfy_the_schema(model):
    text = dumps(model)
    assert loads(text) == model
    assert loads(text.encode("utf-8")) == model
    VALIDATOR_V7.validate(json.loads(text))


def test_save_keeps_the_previous_version_as_bak(tmp_path, small_model):
    path = tmp_path / "m.wtm"
    save(small_model, path)
    first = path.read_bytes()
    small_model.update_node("ban", label="Renamed")
    save(small_model, path)
    assert (tmp_path / "m.wtm.bak").read_bytes() == first
    assert load(path) == small_model
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_migrations_run_in_order_from_an_older_version(monkeypatch):
    """The registry applies each step in turn; a v0 file becomes v1 and then builds."""
    calls = []

    def v0_to_v1(data):
        calls.append("0->1")
        data = dict(data)
        data["nodes"] = [dict(n, label=n.pop("name")) for n in data["nodes"]]
        return data

    monkeypatch.setattr(migrations, "OLDEST_VERSION", 0)
    monkeypatch.setitem(migrations.MIGRATIONS, 0, v0_to_v1)
    old = {"format": "windtunnel-model", "version": 0, "nodes": [{"id": "a", "name": "A"}]}
    model = loads(json.dumps(old))
    assert calls == ["0->1"] and model.node("a").label == "A"


# -- the corpus of broken files ------------------------------------------------------------

def _golden() -> dict:
    return json.loads(GOLDEN_V1.read_text("utf-8"))


def _with(path: str, value) -> bytes:
    """The golden file with the value at a dotted path (``edges.0.weight``) replaced."""
    data = _golden()
    *parents, last = path.split(".")
    target = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is _DELETE:
        del target[int(last) if last.isdigit() else last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return json.dumps(data).encode()


_DELETE = object()
GOLDEN_TEXT = GOLDEN_V1.read_bytes()

# (name, file bytes, text the error must contain, what the schema says: "reject", "accept"
# for rules only the loader can check, or None when the bytes are not JSON at all).
CORPUS = [
    ("empty", b"", "the file is empty", None),
    ("whitespace", b"  \n ", "the file is empty", None),
    ("truncated", GOLDEN_TEXT[: len(GOLDEN_TEXT) // 2], "the file ends early: it looks cut off",
     None),
    ("not utf-8", GOLDEN_TEXT.replace("Café".encode(), "Caf\xe9".encode("latin-1")),
     "is not UTF-8 text", None),
    ("utf-16 with its mark", GOLDEN_TEXT.decode("utf-8").encode("utf-16"),
     "the file is UTF-16 text (saved as \"Unicode\" by a text editor?), and a model file "
     "is UTF-8", None),
    ("deep nesting", b"[" * 10_000 + b"]" * 10_000, "nested too deeply", None),
    ("huge integer", b'{"format": "windtunnel-model", "version": 1, "title": ' + b"9" * 5000 + b"}",
     "title: an integer of 5,000 digits is too large", None),
    ("a list", b"[1, 2]", "does not hold a JSON object", "reject"),
    ("not a model", b'{"hello": "world"}', "format: expected 'windtunnel-model'", "reject"),
    ("newer version", _with("version", 99), "format version 99, which needs a newer Windtunnel",
     "reject"),
    ("version as text", _with("version", "1"), "version: '1' is not a format version", "reject"),
    ("unknown top key", _with("colour", "red"), "colour: is not a known key", "reject"),
    ("unknown node key", _with("nodes.0.colour", "red"), "nodes[0].colour: is not a known key",
     "reject"),
    ("missing label", _with("nodes.1.label", _DELETE), "nodes[1].label: is missing", "reject"),
    ("label wrong type", _with("nodes.1.label", 42), "nodes[1].label: 42 is not text", "reject"),
    ("weight too big", _with("edges.1.weight", 1.7), "edges[1].weight: 1.7 is outside [-1, 1]",
     "reject"),
    ("weight as text", _with("edges.1.weight", "0.5"), "edges[1].weight: '0.5' is not a number",
     "reject"),
    ("weight 1e308", _with("edges.0.weight", 1e308), "edges[0].weight: 1e+308 is outside", "reject"),
    ("position 1e308", _with("nodes.0.position", [1e308, 0]), "nodes[0].position.x", "reject"),
    ("NaN", GOLDEN_TEXT.replace(b'"initial": 0.8', b'"initial": NaN'),
     "nodes[0].initial: NaN is not a JSON number", None),
    ("Infinity", GOLDEN_TEXT.replace(b'"weight": 0.7', b'"weight": Infinity'),
     "edges[0].weight: Infinity is not a JSON number", None),
    ("overflowing float", GOLDEN_TEXT.replace(b'"weight": 0.7', b'"weight": 1e999'),
     "edges[0].weight: 1e999 is too large for a number", None),
    ("fractional delay", _with("edges.0.delay", 1.5), "edges[0].delay: 1.5 is not a whole number",
     "reject"),
    ("negative delay", _with("edges.0.delay", -1), "edges[0].delay: -1 is outside", "reject"),
    ("bad kind", _with("nodes.0.kind", "robot"), "nodes[0].kind: 'robot' is not one of", "reject"),
    ("bad id", _with("nodes.0.id", "has space"), "nodes[0].id: 'has space' is not a valid id",
     "reject"),
    ("20 MB label", _with("nodes.0.label", "x" * 20_000_000),
     "nodes[0].label: text of 20,000,000 characters is longer than 300", "reject"),
    ("nodes not a list", _with("nodes", {"a": 1}), "nodes: is not a list", "reject"),
    ("node not an object", _with("nodes.0", "ban"), "nodes[0]: 'ban' is not an object", "reject"),
    ("bad settings", _with("settings.rule", "magic"), "settings.rule: 'magic' is not one of",
     "reject"),
    ("steps zero", _with("settings.steps", 0), "settings.steps: 0 is outside", "reject"),
    ("bad intervention", _with("scenarios.0.interventions.0.mode", "poke"),
     "scenarios[0].interventions[0].mode: 'poke' is not one of", "reject"),
    ("duplicate key", GOLDEN_TEXT.replace(b'"label": "Access ban",',
                                          b'"label": "Access ban", "label": "Again",'),
     "nodes[0].label: the key 'label' appears twice", None),
    # Rules that need the whole document: the schema cannot state them, the loader must.
    ("duplicate node id", _with("nodes.1.id", "ban"), "nodes[1]: id 'ban' already exists", "accept"),
    ("dangling edge", _with("edges.0.target", "ghost"), "edges[0].target: 'ghost' is not a node",
     "accept"),
    ("duplicate edge", _with("edges.1", {"source": "ban", "target": "vpn", "weight": 0.1}),
     "edges[1]: an edge from ban to vpn already exists", "accept"),
    ("self loop", _with("edges.1", {"source": "vpn", "target": "vpn", "weight": 0.1}),
     "edges[1].target: an edge cannot join 'vpn' to itself", "accept"),
    ("low above weight", _with("edges.0.low", 0.8), "edges[0].low: 0.8 is above the weight 0.7",
     "accept"),
    ("dangling citation", _with("nodes.0.sources", ["nowhere"]),
     "nodes[0].sources[0]: 'nowhere' is not a source", "accept"),
    ("dangling objective", _with("objectives.0.node", "ghost"),
     "objectives[0].node: 'ghost' is not a node", "accept"),
    ("override without edge", _with("scenarios.0.overrides.0.source", "ban"),
     "scenarios[0].overrides[0]: there is no edge from 'ban' to 'lab'", "accept"),
    ("end before start", _with("scenarios.0.interventions.0.end", 1),
     "scenarios[0].interventions[0].end: step 1 is before the start step 3", "accept"),
    ("dangling convergence node", _with("settings.convergence_nodes", ["ghost"]),
     "settings.convergence_nodes[0]: 'ghost' is not a node", "accept"),
]


@pytest.mark.parametrize("name, data, expected, schema", CORPUS, ids=[c[0] for c in CORPUS])
def test_broken_file_gives_one_error_type_with_a_location(tmp_path, name, data, expected, schema):
    path = tmp_path / "broken.wtm"
    path.write_bytes(data)
    with pytest.raises(LoadError) as info:
        load(path)
    message = str(info.value)
    assert expected in message
    assert message.startswith(str(path))
    assert len(message) < 2000, "messages stay readable even for huge inputs"


@pytest.mark.parametrize("name, data, expected, schema",
                         [c for c in CORPUS if c[3] is not None], ids=[c[0] for c in CORPUS if c[3]])
def test_schema_agrees_with_the_loader(name, data, expected, schema):
    document = json.loads(data)
    errors = list(VALIDATOR.iter_errors(document))
    assert bool(errors) == (schema == "reject"), [e.message for e in errors][:3]


def test_numbers_are_normalised_so_files_save_back_identically():
    data = _golden()
    data["edges"][1]["weight"] = -1
    data["edges"][0]["delay"] = 2.0
    data["nodes"][0]["position"] = [3, 4]
    model = loads(json.dumps(data))
    edge, delayed, node = model.edges[1], model.edges[0], model.nodes[0]
    assert type(edge.weight) is float and type(delayed.delay) is int
    assert node.position == (3.0, 4.0) and all(type(v) is float for v in node.position)
    assert '"weight": -1.0' in dumps(model)


def test_only_exact_numbers_are_normalised_and_messages_quote_the_file():
    data = _golden()
    data["edges"][0]["delay"] = 2.5             # not whole: refused, never rounded to 2
    data["edges"][1]["weight"] = 5              # out of range: the message says 5, not 5.0
    data["nodes"][0]["position"] = ["3", 4]     # text is not a coordinate, even "3"
    data["nodes"][1]["initial"] = 10 ** 300     # an int no double holds exactly
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data))
    text = str(info.value)
    assert "edges[0].delay: 2.5 is not a whole number" in text
    assert "edges[1].weight: 5 is outside [-1, 1]" in text
    assert "nodes[0].position.x: '3' is not a number" in text
    assert "nodes[1].initial: an integer of about 301 digits is outside" in text


def test_many_problems_are_all_reported_at_once():
    data = _golden()
    data["nodes"][0]["initial"] = 5
    data["edges"][0]["weight"] = -3
    data["objectives"][1]["direction"] = "sideways"
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data))
    assert len(info.value.problems) == 3


def test_unreadable_path_is_a_load_error(tmp_path):
    with pytest.raises(LoadError, match="cannot read the file"):
        load(tmp_path / "missing.wtm")
    with pytest.raises(LoadError, match="is a folder, not a model file"):
        load(tmp_path)


@pytest.mark.parametrize("version", [10**300, -(10**300)], ids=["huge", "negative"])
def test_a_version_number_of_hundreds_of_digits_is_refused_in_one_short_line(version):
    with pytest.raises(LoadError) as caught:
        loads('{"format": "windtunnel-model", "version": %d}' % version)
    assert "about 301 digits" in str(caught.value) and len(str(caught.value)) < 200


@pytest.mark.parametrize("section, item, first", [
    ("nodes", lambda i: i, "nodes[0]"),                          # not an object
    ("edges", lambda i: {"source": "a", "target": f"n{i}", "weight": 0.5},  # no such node
     "edges[0].target"),
])
def test_a_file_of_countless_problems_lists_the_first_thousand_and_says_so(section, item,
                                                                          first):
    """A list of 20 million zeros is 40 MB, under the size limit: listing a problem for
    each took minutes and gigabytes; reading stops at MAX_PROBLEMS, the first line saying
    there are more."""
    from windtunnel.errors import MAX_PROBLEMS

    document = json.loads(dumps(Model.from_elements(nodes=[Node("a", "A")])))
    document[section] = [item(i) for i in range(MAX_PROBLEMS * 5)]
    with pytest.raises(LoadError) as refused:
        loads(json.dumps(document))
    problems = refused.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert str(problems[0]) == (f"there are more than {MAX_PROBLEMS:,} problems; the first "
                                f"{MAX_PROBLEMS:,} follow")
    assert problems[1].location == first
    assert problems[-1].location.startswith(f"{section}[{MAX_PROBLEMS - 1}]")


def test_a_file_with_just_enough_problems_lists_every_one():
    from windtunnel.errors import MAX_PROBLEMS

    document = json.loads(dumps(Model.from_elements(nodes=[Node("a", "A")])))
    document["nodes"] = [0] * MAX_PROBLEMS
    with pytest.raises(LoadError) as refused:
        loads(json.dumps(document))
    assert len(refused.value.problems) == MAX_PROBLEMS
    assert refused.value.problems[0].location == "nodes[0]"


def test_an_element_refused_for_its_own_problem_is_not_blamed_again_where_named():
    """A node citing a source that does not exist is refused; the edges, scenarios and
    ratings that name the node were each refused too ("'ban' is not a node"), burying the
    one problem of the file under lines about elements that have none."""
    document = json.loads(dumps(make_small_model()))
    document["nodes"][0]["sources"] = ["nowhere"]
    with pytest.raises(LoadError) as refused:
        loads(json.dumps(document))
    assert [str(p) for p in refused.value.problems] == [
        "nodes[0].sources[0]: 'nowhere' is not a source"]


@pytest.mark.parametrize("cut", ["in a string", "between values"])
def test_a_file_cut_off_says_it_ends_early_and_names_where(cut):
    """An interrupted copy leaves a model file cut off, often inside a text: the message
    says the file ends early (not the decoder's "Unterminated string starting at", cut off
    mid-sentence) and names its last line and column."""
    text = GOLDEN_TEXT.decode("utf-8")
    end = text.index('"label"', len(text) // 2) + (12 if cut == "in a string" else 0)
    cut_text = text[:end].rstrip()
    with pytest.raises(LoadError) as caught:
        loads(cut_text)
    line = cut_text.count("\n") + 1
    column = len(cut_text) - cut_text.rfind("\n")
    assert str(caught.value) == (
        f"line {line}, column {column}: the file ends early: it looks cut off (by an "
        "interrupted copy, download or save?) and cannot be read whole")
