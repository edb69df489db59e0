"""Hostile .wtm files, each made from one sound model by one change: wrong types at every
field, numbers JSON cannot hold or a model must not (NaN, Infinity, 1e308, 400 digits),
nesting, duplicate keys, huge strings, byte-order marks, bytes that are not UTF-8, versions
from the future, references to what is not there, ids alike but for case, translations
with bad language tags, participants rating edges that do not exist.

Each file says what loading it must give: refused, with a problem located at ``where``
(a JSON path, "" for the whole file), or accepted. :func:`hostile_files` builds them all.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from typing import Callable

from windtunnel.model import (Edge, Intervention, Model, Node, Objective, Participant, Rating,
                              Scenario, Settings, Source, dumps)
from windtunnel.model.fileformat import FORMAT_VERSION, MAX_FILE_BYTES

__all__ = ["HostileFile", "hostile_files", "oversized_file", "sound_model"]

ACCEPT = None


@dataclass(frozen=True)
class HostileFile:
    """One file: its name, its bytes, and ``where`` its refusal is located (ACCEPT: it loads)."""

    name: str
    data: bytes
    where: str | None


def sound_model() -> Model:
    """Lever -> mid -> out with a source, a scenario, an objective and one participant."""
    model = Model.from_elements(
        settings=Settings(steps=12),
        sources=[Source("src", "A report")],
        nodes=[Node("lever", "Lever", kind="restriction", sources=("src",)),
               Node("mid", "Middle", position=(10.0, 20.0)), Node("out", "Outcome")],
        edges=[Edge("lever", "mid", 0.5, low=0.2, high=0.8), Edge("mid", "out", 0.5)],
        scenarios=[Scenario("act", "Act", interventions=(Intervention("lever"),))],
        objectives=[Objective("goal", "Goal", "out", "increase", threshold=0.1)],
        participants=[Participant("p1", "Ann", ratings=(Rating("lever", "mid", 0.4),))])
    return model


def _document() -> dict:
    return json.loads(dumps(sound_model()))


def _changed(change: Callable[[dict], object]) -> bytes:
    document = _document()
    change(document)
    return json.dumps(document, ensure_ascii=False, allow_nan=True).encode("utf-8")


def _set(path: tuple, value) -> Callable[[dict], None]:
    def change(document: dict) -> None:
        target = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return change


def _drop(path: tuple) -> Callable[[dict], None]:
    def change(document: dict) -> None:
        target = document
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]
    return change


def _text(before: str, after: str) -> bytes:
    """The sound file with one piece of its text replaced by raw text."""
    text = dumps(sound_model())
    assert before in text, before
    return text.replace(before, after, 1).encode("utf-8")


def _where(path: tuple) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


#: A value of each wrong type for a field.
WRONG_TYPES = {"a list": [1, 2], "an object": {"a": 1}, "null": None, "true": True,
               "text": "0.5", "a number": 7}

#: Every field of the sound file, with the wrong types that it must refuse.
FIELDS = {
    ("title",): ("a list", "null", "a number"),
    ("settings", "steps"): ("text", "true", "null", "a list"),
    ("settings", "tolerance"): ("text", "true"),
    ("settings", "stop_early"): ("a number", "text", "null"),
    ("settings", "convergence_nodes"): ("text", "an object"),
    ("settings", "seed"): ("text", "true"),
    ("sources", 0, "title"): ("a number", "null"),
    ("nodes", 0, "id"): ("a number", "null", "a list"),
    ("nodes", 1, "label"): ("a number", "an object"),
    ("nodes", 1, "kind"): ("a number", "a list"),
    ("nodes", 1, "position"): ("text", "a number", "an object"),
    ("nodes", 0, "sources"): ("text", "an object"),
    ("nodes", 1, "lever"): ("a number", "text"),
    ("edges", 0, "weight"): ("text", "true", "null", "a list"),
    ("edges", 0, "delay"): ("text", "true"),
    ("edges", 0, "low"): ("text", "true"),
    ("scenarios", 0, "interventions"): ("text", "an object", "a number"),
    ("scenarios", 0, "interventions", 0, "value"): ("text", "true"),
    ("scenarios", 0, "interventions", 0, "end"): ("text",),
    ("objectives", 0, "threshold"): ("text", "null"),
    ("participants", 0, "ratings"): ("text", "an object"),
    ("participants", 0, "ratings", 0, "weight"): ("text", "true"),
    ("participants", 0, "credibility"): ("text", "null"),
    ("nodes",): ("an object", "text", "a number"),
    ("edges",): ("an object", "null"),
}


def _wrong_types() -> list[HostileFile]:
    return [HostileFile(f"{_where(path)} is {kind}", _changed(_set(path, WRONG_TYPES[kind])),
                        _where(path))
            for path, kinds in FIELDS.items() for kind in kinds]


def _numbers() -> list[HostileFile]:
    out = []
    for token in ("NaN", "Infinity", "-Infinity", "1e999", "-1e400", "1" * 400):
        out.append(HostileFile(f"edge weight {token[:12]}", _text('"weight": 0.5',
                                                                   f'"weight": {token}'),
                               "edges[0].weight"))
    for path, value in ((("nodes", 1, "position"), [1e308, 0]),
                        (("nodes", 1, "position"), [-1e308, 1e308]),
                        (("nodes", 1, "position"), [5e-324, 1e7 + 1]),
                        (("nodes", 1, "initial"), 1.0000000000000002),
                        (("nodes", 1, "initial"), -1.0000000000000002),
                        (("edges", 0, "weight"), 1.0000000000000002),
                        (("edges", 0, "delay"), 10_001),
                        (("edges", 0, "delay"), 2.5),
                        (("edges", 0, "delay"), -1),
                        (("settings", "steps"), 0),
                        (("settings", "steps"), 10**20),
                        (("settings", "seed"), 2**63),
                        (("settings", "seed"), -1),
                        (("settings", "steepness"), 0.0),
                        (("settings", "tolerance"), -0.0000001),
                        (("objectives", 0, "threshold"), 2.0000001),
                        (("objectives", 0, "threshold"), -0.0001),
                        (("participants", 0, "credibility"), 1e308),
                        (("scenarios", 0, "interventions", 0, "start"), 10_001),
                        (("scenarios", 0, "interventions", 0, "end"), -1)):
        out.append(HostileFile(f"{_where(path)} = {value!r}"[:80], _changed(_set(path, value)),
                               _where(path)))
    # the largest and smallest values a model may hold: accepted, and kept
    for path, value in ((("nodes", 1, "position"), [1e7, -1e7]),
                        (("nodes", 1, "position"), [5e-324, -0.0]),
                        (("edges", 1, "weight"), -1),
                        (("edges", 0, "weight"), 0.8),
                        (("objectives", 0, "threshold"), 2),
                        (("objectives", 0, "threshold"), 0.0),
                        (("edges", 1, "delay"), 10_000),
                        (("settings", "steps"), 10_000.0)):
        out.append(HostileFile(f"edge of range {_where(path)} = {value!r}",
                               _changed(_set(path, value)), ACCEPT))
    return out


def _structure() -> list[HostileFile]:
    text = dumps(sound_model())
    return [
        HostileFile("empty file", b"", ""),
        HostileFile("only whitespace", b" \n\t ", ""),
        HostileFile("a JSON list", b"[1, 2]", ""),
        HostileFile("JSON null", b"null", ""),
        HostileFile("nesting 50,000 deep", _text('"Middle"', "[" * 50_000 + "]" * 50_000), ""),
        HostileFile("objects nested 5,000 deep", _text('"Middle"', '{"a":' * 5000 + "1"
                                                       + "}" * 5000), ""),
        HostileFile("a duplicate key in a node", _text('"label": "Middle"',
                                                       '"label": "Middle", "label": "Other"'), ""),
        HostileFile("a duplicate top-level key", _text('"title": "Untitled model"',
                                                       '"title": "A", "title": "B"'), ""),
        HostileFile("a 1 MB label", _text('"Middle"', '"' + "x" * 2**20 + '"'),
                    "nodes[1].label"),
        HostileFile("a UTF-8 byte-order mark", codecs.BOM_UTF8 + text.encode(), ACCEPT),
        HostileFile("two UTF-8 byte-order marks", codecs.BOM_UTF8 * 2 + text.encode(), ""),
        HostileFile("UTF-16 with its byte-order mark", text.encode("utf-16"), ""),
        HostileFile("a Latin-1 byte", text.replace("Middle", "Caf\u00e9").encode("latin-1"),
                    ""),
        HostileFile("a cut-off UTF-8 sequence", text.encode().replace(b"Middle", b"Mid\xe2\x82"),
                    ""),
        HostileFile("an overlong UTF-8 NUL", text.encode().replace(b"Middle", b"Mid\xc0\x80"), ""),
        HostileFile("a raw NUL in the JSON", text.encode().replace(b'"Middle"', b'"Mid\x00"'), ""),
        HostileFile("an escaped NUL in a label", _text('"Middle"', '"Mid\\u0000dle"'), ACCEPT),
        HostileFile("a lone surrogate in a label", _text('"Middle"', '"Mid\\udc00"'),
                    "nodes[1].label"),
        HostileFile("trailing garbage", text.encode() + b"}{", ""),
        HostileFile("truncated", text.encode()[:len(text) // 2], ""),
        HostileFile("a trailing comma", _text('"Middle"', '"Middle",'), ""),
        HostileFile("a comment", _text('"Middle"', '"Middle" /* hm */'), ""),
        HostileFile("single quotes", _text('"Middle"', "'Middle'"), ""),
        HostileFile("format missing", _changed(_drop(("format",))), "format"),
        HostileFile("format of another program", _changed(_set(("format",), "fcmpy")),
                    "format"),
        HostileFile("version missing", _changed(_drop(("version",))), "version"),
        HostileFile("version from the future", _changed(_set(("version",), FORMAT_VERSION + 1)), "version"),
        HostileFile("version 0", _changed(_set(("version",), 0)), "version"),
        HostileFile("version 6.0", _changed(_set(("version",), 6.0)), "version"),
        HostileFile("version as text", _changed(_set(("version",), "6")), "version"),
        HostileFile("version true", _changed(_set(("version",), True)), "version"),
        HostileFile("an unknown top-level key", _changed(_set(("extra",), 1)), "extra"),
        HostileFile("an unknown node key", _changed(_set(("nodes", 1, "colour"), "red")),
                    "nodes[1].colour"),
        HostileFile("a node without an id", _changed(_drop(("nodes", 1, "id"))), "nodes[1].id"),
        HostileFile("a node that is a list", _changed(_set(("nodes", 1), ["mid", "Middle"])),
                    "nodes[1]"),
    ]


def _references() -> list[HostileFile]:
    return [
        HostileFile("an edge from an unknown node", _changed(_set(("edges", 0, "source"), "nope")),
                    "edges[0].source"),
        HostileFile("an edge to a node of another case",
                    _changed(_set(("edges", 1, "target"), "OUT")), "edges[1].target"),
        HostileFile("an edge from a node to itself", _changed(_set(("edges", 1, "target"), "mid")),
                    "edges[1].target"),
        HostileFile("two edges joining the same nodes",
                    _changed(lambda d: d["edges"].append({"source": "mid", "target": "out",
                                                           "weight": -0.5})), "edges[2]"),
        HostileFile("a cycle", _changed(lambda d: d["edges"].append(
            {"source": "out", "target": "lever", "weight": 0.5})), ACCEPT),
        HostileFile("a node citing an unknown source",
                    _changed(_set(("nodes", 0, "sources"), ["nope"])), "nodes[0].sources[0]"),
        HostileFile("an empty node id", _changed(_set(("nodes", 2, "id"), "")), "nodes[2].id"),
        HostileFile("a node id of spaces", _changed(_set(("nodes", 2, "id"), "  ")),
                    "nodes[2].id"),
        HostileFile("an accented node id (NFC)", _changed(_set(("nodes", 2, "id"), "caf\u00e9")),
                    "nodes[2].id"),
        HostileFile("an accented node id (NFD)",
                    _changed(_set(("nodes", 2, "id"), "cafe\u0301")), "nodes[2].id"),
        HostileFile("two nodes of one id", _changed(_set(("nodes", 2, "id"), "mid")),
                    "nodes[2]"),
        HostileFile("node ids differing only by case", _changed(lambda d: d["nodes"].append(
            {"id": "Mid", "label": "Middle"})), ACCEPT),
        HostileFile("labels differing only by NFC and NFD", _changed(lambda d: (
            d["nodes"][1].update(label="Caf\u00e9"), d["nodes"][2].update(label="Cafe\u0301"))),
                    ACCEPT),
        HostileFile("a scenario clamping an unknown node",
                    _changed(_set(("scenarios", 0, "interventions", 0, "node"), "nope")),
                    "scenarios[0].interventions[0].node"),
        HostileFile("an override of an edge that does not exist",
                    _changed(_set(("scenarios", 0, "overrides"),
                                  [{"source": "out", "target": "lever", "weight": 0.1}])),
                    "scenarios[0].overrides[0]"),
        HostileFile("an objective on an unknown node",
                    _changed(_set(("objectives", 0, "node"), "nope")), "objectives[0].node"),
        HostileFile("convergence on an unknown node",
                    _changed(_set(("settings", "convergence_nodes"), ["nope"])),
                    "settings.convergence_nodes[0]"),
        HostileFile("a rating of a node that does not exist",
                    _changed(_set(("participants", 0, "ratings", 0, "target"), "nope")),
                    "participants[0].ratings[0].target"),
        HostileFile("a rating of an edge not on the map (between shared nodes)",
                    _changed(_set(("participants", 0, "ratings", 0, "target"), "out")), ACCEPT),
        HostileFile("a rating twice", _changed(lambda d: d["participants"][0]["ratings"].append(
            {"source": "lever", "target": "mid", "weight": 0.1})),
                    "participants[0].ratings[1]"),
        HostileFile("a participant's own node shadowing a shared one",
                    _changed(_set(("participants", 0, "nodes"), [{"id": "mid", "label": "M"}])),
                    "participants[0].nodes[0].id"),
        HostileFile("two participants of one id", _changed(lambda d: d["participants"].append(
            {"id": "p1", "label": "Bob"})), "participants[1]"),
        HostileFile("a rating with a term not on the scale",
                    _changed(_set(("participants", 0, "ratings", 0, "term"), "+XL")),
                    "participants[0].ratings[0].term"),
    ]


def _translations() -> list[HostileFile]:
    node = ("nodes", 1, "translations")
    return [
        HostileFile("a language tag in the wrong case", _changed(_set(node, {"zh-hk": {
            "label": "中間"}})), "nodes[1].translations"),
        HostileFile("a language tag with an underscore", _changed(_set(node, {"zh_HK": {
            "label": "中間"}})), "nodes[1].translations"),
        HostileFile("an empty language tag", _changed(_set(node, {"": {"label": "x"}})),
                    "nodes[1].translations"),
        HostileFile("a language tag of emoji", _changed(_set(node, {"\U0001f600": {
            "label": "x"}})), "nodes[1].translations"),
        HostileFile("a translation of a field that has none", _changed(_set(node, {"ja": {
            "kind": "x"}})), "nodes[1].translations.ja.kind"),
        HostileFile("a translation that is a number", _changed(_set(node, {"ja": {
            "label": 5}})), "nodes[1].translations.ja.label"),
        HostileFile("translations that are a list", _changed(_set(node, ["ja", "x"])),
                    "nodes[1].translations"),
        HostileFile("an empty translation", _changed(_set(node, {"ja": {"label": ""}})),
                    "nodes[1].translations.ja.label"),
        HostileFile("50 languages", _changed(_set(node, {f"x{chr(97 + i // 26)}{chr(97 + i % 26)}":
                                                         {"label": "x"} for i in range(50)})),
                    "nodes[1].translations"),
        HostileFile("a group translation of a bad tag",
                    _changed(_set(("group_translations",), {"JA": {"g": "x"}})),
                    "group_translations"),
        HostileFile("the model's translations not an object",
                    _changed(_set(("translations",), "ja")), "translations"),
    ]


def _choices_and_labels() -> list[HostileFile]:
    """Values a field's own checks must catch: a confidence that is NaN, as a number and
    as text, a label of invisible characters alone, an edge listed twice."""
    return [
        HostileFile("a NaN confidence", _changed(_set(("edges", 0, "confidence"),
                                                      float("nan"))), "edges[0].confidence"),
        HostileFile("a confidence of 'NaN'", _changed(_set(("edges", 0, "confidence"), "NaN")),
                    "edges[0].confidence"),
        HostileFile("a label of zero-width spaces", _changed(_set(("nodes", 1, "label"),
                                                                  "\u200b\u200b")),
                    "nodes[1].label"),
        HostileFile("an edge listed twice", _changed(
            lambda d: d["edges"].append(dict(d["edges"][0]))), "edges[2]"),
    ]


def hostile_files() -> list[HostileFile]:
    """Every hostile file, each with a distinct name."""
    files = (_wrong_types() + _numbers() + _structure() + _references() + _translations()
             + _choices_and_labels())
    assert len({f.name for f in files}) == len(files)
    return files


def oversized_file() -> HostileFile:
    """A file one string past the size a model file may have: made only when asked (it
    holds 64 MB), and refused by its size before it is parsed."""
    return HostileFile("a string past the size limit",
                       _text('"Middle"', '"' + "x" * MAX_FILE_BYTES + '"'), "")
