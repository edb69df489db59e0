"""Values in a parsed .wtm file that no model can hold, each named by its JSON path.

Python's json module accepts more than a model can keep: ``\\ud83d`` escapes become lone
surrogates (text that cannot be written back as UTF-8), integer literals of any length
become integers too large for a double (and past 4,300 digits a ValueError with no
location), ``1e999`` becomes infinity, and ``NaN``/``Infinity`` (not JSON at all) become
floats; and an object holding one key twice keeps the last value silently. The hooks
below turn out-of-range numbers into :class:`Unfit` markers instead of failing mid-parse
and remember each object with a repeated key, and :func:`scan` then lists every marker,
every repeated key and every lone surrogate with its path (``nodes[3].label``), so a bad
file is refused with located messages. A repeated key is refused rather than read: no
tool writing JSON from its own objects (JavaScript's ``JSON.stringify``, Python's
``json.dump``) can write one, so it comes from a hand edit, and which value was meant is
not for the reader to guess.
"""

from __future__ import annotations

import json
import math
import re

from ..errors import Problem
from ..language import translate
from ..lazyimport import compiled_when_used
from .textcheck import MAX_INTEGER_DIGITS, lone_surrogate, surrogate_message

__all__ = ["Unfit", "load_json", "scan", "json_path", "decoder_reason", "refusal"]

_NAME = compiled_when_used(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class Unfit:
    """A number from the file that does not fit a double; ``reason`` says why."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __repr__(self) -> str:
        return "an unreadable number"


class _Numbers:
    """The number hooks of one parse: out-of-range numbers become :class:`Unfit` markers,
    and :attr:`unfit` says whether any did (so a sound file need not be scanned for them)."""

    def __init__(self) -> None:
        self.unfit = False
        #: id() of each parsed object that held a key twice -> that key.
        self.repeated: dict[int, str] = {}

    def object_pairs(self, pairs: list[tuple[str, object]]) -> dict:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            self.repeated[id(result)] = next(k for k, _ in pairs if k in seen or seen.add(k))
        return result

    def parse_int(self, text: str):
        digits = len(text.lstrip("-"))
        if digits > MAX_INTEGER_DIGITS:
            return self._unfit(f"an integer of {digits:,} digits is too large for a number "
                               f"(at most {MAX_INTEGER_DIGITS} digits)")
        return int(text)

    def parse_float(self, text: str):
        value = float(text)
        if math.isinf(value):
            shown = text if len(text) <= 30 else text[:27] + "..."
            return self._unfit(f"{shown} is too large for a number")
        return value

    def parse_constant(self, name: str):
        return self._unfit(f"{name} is not a JSON number")

    def _unfit(self, reason: str) -> Unfit:
        self.unfit = True
        return Unfit(reason)


#: A ``\\uD800``-``\\uDFFF`` escape: how a JSON text spells a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _may_hold_surrogate(text: str, *, decoded: bool) -> bool:
    """Whether parsing ``text`` may give a lone surrogate: it spells one as an escape, or
    holds one itself. Text ``decoded`` from bytes by a strict Unicode codec (UTF-8, UTF-16)
    holds none, so only the escape is looked for; any other text (a string from the
    clipboard or a caller) is also encoded once to see. Searches in C, far quicker than
    walking what the text parses to."""
    if _SURROGATE_ESCAPE.search(text):
        return True
    if decoded or text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def load_json(text: str, *, decoded: bool = False, **options) -> tuple[object, list[Problem]]:
    """``json.loads(text, **options)`` with numbers that do not fit a double marked, and
    the values no model can hold, each with its JSON path (:func:`scan`): looked for only
    when the text could give one, so a sound file is not walked twice. ``decoded`` says
    the text was decoded from bytes with a strict UTF-8 or UTF-16 codec, so it cannot hold
    a lone surrogate except as an escape. Raises what ``json.loads`` raises for text that
    is not JSON."""
    numbers = _Numbers()
    raw = json.loads(text, parse_int=numbers.parse_int, parse_float=numbers.parse_float,
                     parse_constant=numbers.parse_constant,
                     object_pairs_hook=numbers.object_pairs, **options)
    if numbers.unfit or numbers.repeated or _may_hold_surrogate(text, decoded=decoded):
        return raw, scan(raw, repeated=numbers.repeated)
    return raw, []


def json_path(parent: str, key) -> str:
    """``parent.key`` or ``parent[i]``; odd keys are quoted in ASCII, so a path always prints."""
    if isinstance(key, int):
        return f"{parent}[{key}]"
    if _NAME().match(key):
        return f"{parent}.{key}" if parent else key
    shown = ascii(key if len(key) <= 40 else key[:37] + "...")
    return f"{parent}[{shown}]"


def scan(raw, *, limit: int = 50, repeated: dict[int, str] | None = None) -> list[Problem]:
    """Every lone surrogate (in keys or values), unfit number and key held twice (the
    objects ``repeated`` names by id()) in ``raw``, with its path; at most ``limit`` of
    them. Iterative, so nesting depth costs no stack.

    Each value waits on the stack with its parent's entry and its key, and its path is
    written only for a problem: a sound file (every file opened, the bundled model at
    start-up) writes none of its thousands of paths."""
    problems: list[Problem] = []
    stack: list[tuple] = [(None, "", raw)]      # (parent's entry, key, value)
    while stack and len(problems) < limit:
        entry = stack.pop()
        value = entry[2]
        if isinstance(value, str):
            position = lone_surrogate(value)
            if position is not None:
                problems.append(Problem(_path(entry), surrogate_message(value, position)))
        elif isinstance(value, Unfit):
            problems.append(Problem(_path(entry), value.reason))
        elif isinstance(value, dict):
            if repeated and id(value) in repeated:
                key = repeated[id(value)]
                problems.append(Problem(json_path(_path(entry), key), translate(
                    "json", "the key {key} appears twice in one object; which value is "
                            "meant cannot be told: remove or rename one").format(
                    key=ascii(key)[:60])))
            for key, item in reversed(value.items()):
                position = lone_surrogate(key)
                if position is not None:
                    problems.append(Problem(json_path(_path(entry), key),
                                            "the key " + surrogate_message(key, position)))
                stack.append((entry, key, item))
        elif isinstance(value, list):
            stack.extend((entry, i, item) for i, item in reversed(list(enumerate(value))))
    return problems


def _path(entry: tuple) -> str:
    """The JSON path of a stack entry of :func:`scan` ("" for the whole document)."""
    keys = []
    while entry[0] is not None:
        keys.append(entry[1])
        entry = entry[0]
    path = ""
    for key in reversed(keys):
        path = json_path(path, key)
    return path


def decoder_reason(reason: str) -> str:
    """The reason Python's json decoder gives for refusing a text (``Expecting value``),
    in the current language; a reason not listed here stays as the decoder wrote it."""
    return {
        "Expecting value": translate("json", "Expecting value"),
        "Expecting property name enclosed in double quotes": translate(
            "json", "Expecting property name enclosed in double quotes"),
        "Expecting ',' delimiter": translate("json", "Expecting ',' delimiter"),
        "Expecting ':' delimiter": translate("json", "Expecting ':' delimiter"),
        "Extra data": translate("json", "Extra data"),
        "Unterminated string starting at": translate("json", "Unterminated string starting at"),
        "Invalid control character at": translate("json", "Invalid control character at"),
        "Invalid \\escape": translate("json", "Invalid \\escape"),
        "Invalid \\uXXXX escape": translate("json", "Invalid \\uXXXX escape"),
        "Illegal trailing comma before end of object": translate(
            "json", "Illegal trailing comma before end of object"),
        "Illegal trailing comma before end of array": translate(
            "json", "Illegal trailing comma before end of array"),
    }.get(reason, reason)


def refusal(exc: json.JSONDecodeError, text: str, not_json: str) -> Problem:
    """What is wrong with ``text``, which the decoder refused with ``exc``, at its place:
    a text that stops in the middle of a value or a string (a file cut off by an
    interrupted copy or download) is said to end early, at its end; any other is
    ``not_json`` (a translated "not valid JSON ({msg})") with the decoder's reason."""
    end = text.rstrip()
    if exc.msg == "Unterminated string starting at" or exc.pos >= len(end):
        line = end.count("\n") + 1
        column = len(end) - (end.rfind("\n") + 1) + 1
        return Problem(translate("locations", "line {line}, column {column}").format(
            line=line, column=column), translate(
            "json", "the file ends early: it looks cut off (by an interrupted copy, "
                    "download or save?) and cannot be read whole"))
    return Problem(translate("locations", "line {line}, column {column}").format(
        line=exc.lineno, column=exc.colno), not_json.format(msg=decoder_reason(exc.msg)))
