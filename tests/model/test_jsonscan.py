"""Numbers in a model file's text: every number that does not fit a double is marked with
its place, whether or not the text is parsed with a Python call per number (only a text
that may hold such a number is)."""

from __future__ import annotations

import json

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from windtunnel.model import jsonscan
from windtunnel.model.jsonscan import Unfit, load_json, scan

from conftest import examples


def _careful(text: str):
    """The reference: the text parsed with every number hook, as every text once was."""
    numbers = jsonscan._Numbers()
    raw = json.loads(text, parse_int=numbers.parse_int, parse_float=numbers.parse_float,
                     parse_constant=numbers.parse_constant,
                     object_pairs_hook=numbers.object_pairs)
    return raw, scan(raw, repeated=numbers.repeated)


def _typed(value):
    """A parsed value with the type of every number, and each marker by its reason."""
    if isinstance(value, Unfit):
        return ("unfit", value.reason)
    if isinstance(value, dict):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return (type(value), value)


DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=320)
NUMBER_TEXTS = st.one_of(
    st.builds(lambda sign, head, tail, exponent: f"{sign}{head.lstrip('0') or '0'}{tail}{exponent}",
              st.sampled_from(["", "-"]), DIGITS,
              st.one_of(st.just(""), DIGITS.map(lambda d: "." + d)),
              st.one_of(st.just(""), st.builds("{}{}{}".format, st.sampled_from("eE"),
                                                st.sampled_from(["", "+", "-"]),
                                                st.text(alphabet="0123456789", min_size=1,
                                                        max_size=5)))),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.integers().map(str))


@settings(max_examples=examples(400), deadline=None)
@given(numbers=st.lists(NUMBER_TEXTS, max_size=6), words=st.lists(DIGITS, max_size=2))
def test_numbers_are_read_and_marked_as_with_a_hook_for_each(numbers, words):
    text = json.dumps({"words": words})[:-1] + ', "numbers": [' + ", ".join(numbers) + "]}"
    raw, problems = load_json(text)
    expected, expected_problems = _careful(text)
    assert _typed(raw) == _typed(expected)
    assert [(p.location, p.message) for p in problems] == [
        (p.location, p.message) for p in expected_problems]


def test_a_text_of_numbers_that_fit_is_parsed_without_a_call_per_number(monkeypatch):
    def refuse(_self, _text):
        raise AssertionError("a number was parsed by a Python call")

    monkeypatch.setattr(jsonscan._Numbers, "parse_int", refuse)
    monkeypatch.setattr(jsonscan._Numbers, "parse_float", refuse)
    raw, problems = load_json('{"weight": 0.5, "delay": 2, "big": 1e99, "text": "e99"}')
    assert raw == {"weight": 0.5, "delay": 2, "big": 1e99, "text": "e99"} and not problems


@pytest.mark.parametrize("number", ["1e999", "-2E+308", "1" * 400, "9" * 210 + "e99"])
def test_a_number_too_large_is_marked_at_its_place(number):
    raw, problems = load_json('{"edges": [{"weight": ' + number + "}]}")
    assert isinstance(raw["edges"][0]["weight"], Unfit)
    assert [p.location for p in problems] == ["edges[0].weight"]
