"""Fuzzing the .wtm loader: any bytes, and valid files (of the current format and the
golden file of every older version) with values, keys and structure mutated toward what
breaks parsers (lone surrogates, 400-digit integers, NaN, deep nesting, control
characters, wrong types), in UTF-8 with or without byte-order marks or in UTF-16. Every input is accepted (and then saves and
loads back unchanged) or refused with a LoadError whose every problem has a location or
says why the whole file is unreadable, printable as UTF-8; never another exception."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import make_small_model
from windtunnel.model import LoadError, dumps, loads

from .conftest import FUZZ_LONG, FUZZ_SHORT, MEMORY_CAP, long_run, measured, tally

VALID = json.loads(dumps(make_small_model()))
#: The golden file of every format version: older versions are migrated before they are
#: built, so their odd values must be refused (or kept) just as the current version's.
GOLDEN = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(
    (Path(__file__).resolve().parents[1] / "data" / "golden").glob("v*.wtm"))]

hostile_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["\ud83d", "a\udc00b", "\x1b]0;x\x07", "\u202e", "\x00", " ", "",
                     "x" * 400, "=cmd|' /C calc'!A0", "\n\r\t"]))
hostile_number = st.one_of(
    st.integers(), st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([10**400, -(10**400), 2**63, -1, 0, 1e308, 10_001, 1_000_001]))
json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), hostile_number, hostile_text),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(hostile_text, children, max_size=4)),
    max_leaves=12)
# raw JSON tokens that json.dumps cannot produce
raw_token = st.sampled_from(['"\\ud83d"', '"\\udfff x"', "NaN", "-Infinity", "1e999",
                             "9" * 5000, "[" * 5000 + "]" * 5000, '"\\u0000"'])


def paths(value, prefix=()):
    """Every path to a value in a JSON document."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, prefix + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from paths(item, prefix + (i,))


ALL_PATHS = list(paths(VALID))[1:]
DOCUMENTS = [(document, list(paths(document))[1:]) for document in [VALID, *GOLDEN]]


def replaced(document, path, value):
    out = json.loads(json.dumps(document))
    target = out
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return out


@st.composite
def mutated_files(draw) -> bytes:
    document, all_paths = draw(st.sampled_from(DOCUMENTS))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(all_paths))
        try:
            document = replaced(document, path, draw(json_value))
        except (KeyError, IndexError, TypeError):
            continue
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    if draw(st.booleans()):                 # splice a raw token in place of one value
        marker = json.dumps("@@token@@")
        path = draw(st.sampled_from(all_paths))
        try:
            text = json.dumps(replaced(document, path, "@@token@@"))
            text = text.replace(marker, draw(raw_token), 1)
        except (KeyError, IndexError, TypeError):
            pass
    return draw(st.sampled_from(ENCODINGS))(text)


#: How a file's text may reach the loader: UTF-8 (with a byte-order mark, as Notepad
#: saves it), UTF-16 (as "Unicode" in some editors), or with the byte-order mark twice.
ENCODINGS = [lambda text: text.encode("utf-8", "surrogatepass"),
             lambda text: b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass"),
             lambda text: text.encode("utf-16", "surrogatepass"),
             lambda text: b"\xef\xbb\xbf" * 2 + text.encode("utf-8", "surrogatepass")]


def check_one(data: bytes) -> str:
    """'accepted' or 'refused'; fails the test on anything else."""
    model, error, peak, seconds = measured(lambda: loads(data), LoadError)
    assert peak < MEMORY_CAP, peak
    if error is not None:
        message = str(error)
        message.encode("utf-8")             # printable anywhere
        assert error.problems and all(str(p).strip() for p in error.problems)
        assert len(message) < 20_000
        outcome = "refused"
    else:
        assert loads(dumps(model)) == model     # what loads, saves and loads back
        outcome = "accepted"
    tally("wtm loader").add(outcome, peak=peak, seconds=seconds)
    return outcome


TEXT_PATHS = [p for p in ALL_PATHS if isinstance(p[-1], str) and p[-1] in (
    "title", "description", "label", "group", "rationale", "publisher", "date", "note",
    "citation", "time_unit")]


@st.composite
def plausible_files(draw) -> bytes:
    """Valid files with their texts replaced by any valid Unicode (controls, bidi, emoji,
    formula-like text): these should load, and save back unchanged."""
    document = VALID
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(TEXT_PATHS))
        document = replaced(document, path, draw(st.text(min_size=1, max_size=60)))
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")


inputs = st.one_of(mutated_files(), plausible_files(), st.binary(max_size=300))


@settings(max_examples=FUZZ_SHORT, deadline=timedelta(seconds=2),
          suppress_health_check=[HealthCheck.too_slow])
@given(inputs)
def test_loader_accepts_or_refuses_with_a_location(data):
    check_one(data)


@pytest.mark.slow
@long_run
@settings(max_examples=FUZZ_LONG, deadline=timedelta(seconds=2),
          suppress_health_check=[HealthCheck.too_slow])
@given(inputs)
def test_loader_accepts_or_refuses_with_a_location_long(data):
    check_one(data)
