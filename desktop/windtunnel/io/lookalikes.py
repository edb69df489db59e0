"""Letters of another script drawn like a Latin one: ``Chinа`` with a Cyrillic ``а`` looks
like ``China`` and is another name to a computer, so an edge naming it makes a node of its
own or is refused, and nothing on the screen shows why. :func:`skeleton` reads such letters
as the Latin ones they look like (names alike but for them are found by
:class:`~windtunnel.io.alike.Slips`), and :func:`lookalike_letters` says which letter
differs and where.

Only the common pairs are known: the Cyrillic and Greek letters a reader cannot tell from a
Latin one in the fonts the product uses (``а е о р с у х і ј ѕ`` and their capitals; Greek
``ο ν ι κ ρ`` and the capitals ``Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ``), not Unicode's whole
table of confusables, which would need a dependency; the script a letter belongs to comes
from its Unicode name (:mod:`unicodedata`).
"""

from __future__ import annotations

import unicodedata

from ..language import per_language, translate
from .naming import bounded, short_name

__all__ = ["skeleton", "lookalike_letters", "explained"]

#: Each Latin letter and the Cyrillic and Greek letters drawn like it.
_DRAWN_ALIKE = {
    "a": "аА" "Α", "b": "В" "Β", "c": "сС", "e": "еЕ" "Ε", "h": "һН" "Η", "i": "іІӀ" "ιΙ",
    "j": "јЈ", "k": "кК" "κΚ", "m": "М" "Μ", "n": "Ν", "o": "оО" "οΟ", "p": "рР" "ρΡ",
    "s": "ѕЅ", "t": "Т" "Τ", "v": "ν", "x": "хХ" "Χ", "y": "уУ" "Υ", "z": "Ζ",
}
#: A lookalike letter -> the Latin letter (lower case) it is drawn like.
_LATIN = {letter: latin for latin, letters in _DRAWN_ALIKE.items() for letter in letters}


def skeleton(key: str) -> str:
    """A case-folded name with every lookalike letter read as its Latin one (``chinа`` ->
    ``china``); an ASCII name is its own skeleton."""
    if key.isascii():
        return key
    return "".join(_LATIN.get(c, c) for c in key)


@per_language
def _templates() -> dict[str, str]:
    return {"CYRILLIC": translate("lookalikes", "letter {position} of {name!r} is the Cyrillic "
                                                "{letter!r}, which looks like the Latin "
                                                "{latin!r}"),
            "GREEK": translate("lookalikes", "letter {position} of {name!r} is the Greek "
                                             "{letter!r}, which looks like the Latin {latin!r}")}


def lookalike_letters(name: str, label: str) -> str | None:
    """Where ``name`` writes a lookalike letter for a Latin one of ``label``, or the other
    way round (``letter 5 of 'Chinа' is the Cyrillic 'а', which looks like the Latin 'a'``),
    when that (and case) is all that tells them apart; None otherwise."""
    name, label = (unicodedata.normalize("NFKC", text.strip()) for text in (name, label))
    if len(name) != len(label) or skeleton(name.casefold()) != skeleton(label.casefold()):
        return None
    said = []
    for position, (mine, theirs) in enumerate(zip(name, label), start=1):
        if mine.casefold() == theirs.casefold():
            continue
        owner, letter = (name, mine) if mine in _LATIN else (label, theirs)
        if letter not in _LATIN:          # "ßs" and "sß": alike only once case-folded
            return None
        latin = _LATIN[letter] if letter.islower() else _LATIN[letter].upper()
        said.append(_templates()[unicodedata.name(letter).split()[0]].format(
            position=position, name=short_name(owner), letter=letter, latin=latin))
    return bounded(said, 3) if said else None


def explained(message: str, name: str, near: str) -> str:
    """``message`` about ``name`` being close to ``near``, saying which letter is another
    script's when that is the difference (a difference no one can see)."""
    letters = lookalike_letters(name, near)
    if letters is None:
        return message
    return translate("lookalikes", "{message} ({letters})").format(message=message,
                                                                  letters=letters)
