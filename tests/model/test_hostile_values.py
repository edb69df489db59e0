"""Text that is not valid Unicode and numbers that overflow a double: refused, located,
at load and at every edit, so that whatever a model holds can be saved."""

from __future__ import annotations

import json
import sys

import pytest

from windtunnel.model import (Edge, LoadError, ModelError, Node, Scenario, Settings, Source,
                              dumps, load, loads)

from conftest import make_small_model


def model_text(**changes) -> str:
    """The small model's file text with some values replaced by raw JSON text."""
    data = json.loads(dumps(make_small_model()))
    marks = {}
    for i, (path, raw) in enumerate(changes.items()):
        mark = f"@@{i}@@"
        marks[json.dumps(mark)] = raw
        target = data
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = mark
        else:
            target[last] = mark
    text = json.dumps(data)
    for quoted, raw in marks.items():
        text = text.replace(quoted, raw)
    return text


@pytest.mark.parametrize("path, location", [
    ("title", "title"),
    ("nodes.1.label", "nodes[1].label"),
    ("nodes.0.tags", "nodes[0].tags[0]"),
    ("scenarios.0.label", "scenarios[0].label"),
    ("settings.time_unit", "settings.time_unit"),
])
def test_a_lone_surrogate_is_refused_with_its_json_path(tmp_path, path, location):
    raw = '["a\\ud83d"]' if path.endswith("tags") else '"Cut emoji \\ud83d"'
    file = tmp_path / "surrogate.wtm"
    file.write_text(model_text(**{path: raw}), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(file)
    message = str(caught.value)
    assert message.startswith(f"{file}: {location}: holds a lone surrogate U+D83D")
    message.encode("utf-8")  # the message itself prints anywhere


def test_a_lone_surrogate_in_a_key_is_refused_and_the_path_prints():
    text = model_text().replace('"title"', '"ti\\udc00tle"', 1)
    with pytest.raises(LoadError) as caught:
        loads(text)
    assert "['ti\\udc00tle']: the key holds a lone surrogate U+DC00" in str(caught.value)
    str(caught.value).encode("utf-8")


def test_a_surrogate_pair_escape_is_a_real_character_and_loads():
    model = loads(model_text(**{"nodes.1.label": '"Rocket \\ud83d\\ude80"'}))
    assert model.nodes[1].label == "Rocket \U0001F680"
    assert loads(dumps(model)) == model


@pytest.mark.parametrize("raw, expected", [
    ("1" + "0" * 400, "an integer of 401 digits is too large for a number"),
    ("-" + "9" * 5000, "an integer of 5,000 digits is too large for a number"),
    ("1e999", "1e999 is too large for a number"),
    ("NaN", "NaN is not a JSON number"),
    ("-Infinity", "-Infinity is not a JSON number"),
])
def test_numbers_that_overflow_a_double_are_refused_with_their_location(raw, expected):
    with pytest.raises(LoadError) as caught:
        loads(model_text(**{"edges.1.weight": raw}))
    assert str(caught.value).startswith(f"edges[1].weight: {expected}")


def test_an_overflowing_integer_anywhere_is_located_even_where_any_value_is_allowed():
    with pytest.raises(LoadError) as caught:
        loads(model_text(**{"version": "1" + "0" * 400, "settings.seed": "7" * 320}))
    assert {p.location for p in caught.value.problems} == {"version", "settings.seed"}


def test_every_problem_is_listed_not_just_the_first():
    with pytest.raises(LoadError) as caught:
        loads(model_text(**{"nodes.0.label": '"\\ud800"', "nodes.1.label": '"\\udfff"',
                            "edges.0.weight": "1" * 500}))
    assert [p.location for p in caught.value.problems] == [
        "nodes[0].label", "nodes[1].label", "edges[0].weight"]


# -- every other way in: the model's own checks ------------------------------------------

def test_model_edits_refuse_lone_surrogates():
    model = make_small_model()
    with pytest.raises(ModelError, match=r"label: holds a lone surrogate U\+D83D"):
        model.add_node(Node("x", "bad \ud83d"))
    with pytest.raises(ModelError, match="description: holds a lone surrogate"):
        model.update_node("ban", description="\udc80")
    with pytest.raises(ModelError, match="title: holds a lone surrogate"):
        model.set_info(title="T\ud83d")
    with pytest.raises(ModelError, match="rationale: holds a lone surrogate"):
        model.update_edge("ban", "leak", rationale="x\ud800y")
    with pytest.raises(ModelError, match="note: holds a lone surrogate"):
        model.add_source(Source("s2", "Title", note="\ud83d"))
    with pytest.raises(ModelError, match="time_unit: holds a lone surrogate"):
        model.set_settings(Settings(time_unit="mo\ud83d"))
    with pytest.raises(ModelError, match="label: holds a lone surrogate"):
        model.add_scenario(Scenario("s9", "\ud83d"))
    assert model == make_small_model()
    dumps(model).encode("utf-8")


@pytest.mark.parametrize("value", [10**400, -(10**5000), 2**64], ids=["400 digits", "5000 digits", "2**64"])
def test_element_checks_handle_integers_too_large_for_a_double(value):
    problems = dict(Edge("a", "b", value, delay=value).problems())
    assert "is outside [-1, 1]" in problems["weight"]
    assert "is outside [0, 10000]" in problems["delay"]
    problems = dict(Settings(seed=value, steps=value, samples=value).problems())
    assert set(problems) >= {"seed", "steps", "samples"}
    assert all("digits" in m or str(value) in m for m in problems.values())


def test_a_lone_surrogate_in_text_given_as_a_string_is_refused():
    """Text not decoded from UTF-8 may hold a surrogate itself, not only its escape."""
    data = json.loads(dumps(make_small_model()))
    data["nodes"][0]["label"] = "Leak \ud83d"
    text = json.dumps(data, ensure_ascii=False)
    assert "\\u" not in text and "\ud83d" in text
    with pytest.raises(LoadError, match=r"nodes\[0\]\.label: holds a lone surrogate U\+D83D"):
        loads(text)


def _whole_text_encodes(read, data) -> int:
    """How often ``read(data)`` encodes a string at least half as long as ``data``: the
    search for a lone surrogate held by the text itself (seen as calls into C)."""
    calls = []

    def watch(frame, event, arg):
        if event == "c_call" and getattr(arg, "__name__", "") == "encode":
            target = getattr(arg, "__self__", None)
            if isinstance(target, str) and len(target) >= len(data) // 2:
                calls.append(len(target))

    sys.setprofile(watch)
    try:
        read(data)
    finally:
        sys.setprofile(None)
    return len(calls)


def test_text_decoded_from_utf8_bytes_is_not_encoded_again_to_look_for_surrogates():
    """A file's UTF-8 bytes decode to text that cannot hold a lone surrogate (the decoder
    refuses one), so only its escapes are looked for; the same text given as a string
    (the clipboard's) may hold one, and is still encoded once to see."""
    model = make_small_model()
    model.update_node(model.nodes[0].id, label="Café crème, 東京")
    text = dumps(model)
    assert not text.isascii()
    assert _whole_text_encodes(loads, text.encode("utf-8")) == 0
    assert _whole_text_encodes(loads, text) == 1
    assert loads(text.encode("utf-8")) == loads(text) == model


def test_a_number_too_large_is_located_in_a_file_with_no_surrogates():
    text = model_text(**{"nodes.0.initial": "1e999"})
    assert "\\u" not in text
    with pytest.raises(LoadError, match=r"nodes\[0\]\.initial: 1e999 is too large"):
        loads(text)


@pytest.mark.parametrize("label", ["\u200b", "\u2060\ufeff", " \u200c\u200d ", "\u202e"])
def test_a_label_of_invisible_characters_alone_is_refused_as_showing_empty(label):
    """A zero-width space alone was a node's label: a node that shows as nothing on the map,
    which no user can tell from another."""
    problems = Node("a", label).problems()
    assert [message for _field, message in problems] == [
        "holds only invisible characters (such as zero-width spaces): it would show as empty"]
    assert not Node("a", "\u200bTax").problems()        # visible text beside them stays
