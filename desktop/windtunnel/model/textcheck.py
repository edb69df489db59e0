"""Checks on text and numbers that every way into a model shares.

A model holds only what every writer can write and every reader can read back: text made
of Unicode scalar values (no lone UTF-16 surrogates, which cannot be encoded as UTF-8, so a
model holding one could never be saved), and numbers that fit a double. JSON's ``\\ud83d``
escape and a cut-off emoji in another tool's file are the usual ways a lone surrogate gets
in; an integer literal of hundreds of digits is the usual way an overflowing number does.
"""

from __future__ import annotations

import re

__all__ = ["lone_surrogate", "surrogate_message", "MAX_INTEGER_DIGITS", "short_repr"]

_SURROGATE = re.compile("[\ud800-\udfff]")

#: Integers with more digits than this do not fit a double (1.8e308 has 309 digits).
MAX_INTEGER_DIGITS = 308


def lone_surrogate(text: str) -> int | None:
    """The position of the first lone surrogate in ``text``, or None when it has none."""
    if text.isascii():
        return None
    found = _SURROGATE.search(text)
    return None if found is None else found.start()


def surrogate_message(text: str, position: int) -> str:
    """Why ``text`` is refused: which code point, where, and what it usually means."""
    return (f"holds a lone surrogate U+{ord(text[position]):04X} at character {position + 1} "
            "(half of an emoji or other character cut in two); text must be valid Unicode")


def short_repr(value: object) -> str:
    """A short readable form of a value for messages, even of an integer too long to print."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        digits = int(value.bit_length() * 0.30103) + 1
        return f"an integer of about {digits:,} digits"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
