"""The words and limits of a model: the choices of its fields, the largest sizes, ids.

Every part of the program that offers a choice (the settings dialog, the command line,
the engine) or bounds a value takes it from here, so that the model's checks and the
places that offer a value agree.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import repeat
from operator import itemgetter, methodcaller

from ..lazyimport import compiled_when_used

__all__ = [
    "NODE_KINDS", "CONFIDENCES", "INTERVENTION_MODES", "DIRECTIONS", "RULES", "ACTIVATIONS",
    "START_VECTORS", "DRIVER_MODES", "PRECISIONS", "AGGREGATIONS", "ZERO_MODES", "IMPLICATIONS",
    "UNIONS", "DEFUZZIFICATIONS", "LINGUISTIC_TERMS", "DEFAULT_WEIGHT", "MAX_RATINGS", "MAX_ID",
    "MAX_LABEL", "MAX_TEXT", "MAX_TAGS", "MAX_COORDINATE", "MAX_STEPS", "MAX_SAMPLES",
    "MINUS", "share_decimals", "is_valid_id", "slugify", "slugs", "make_participant_id",
    "TakenIds", "ISO_DATE", "is_iso_date",
]

#: A date as a model writes it: a year, a year and month, or a whole date (ISO 8601:
#: ``2026``, ``2026-06``, ``2026-06-25``); the groups are the year, month and day.
ISO_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")


def is_iso_date(text: str) -> bool:
    """Whether ``text`` is a date of :data:`ISO_DATE`'s forms that is on the calendar
    (``2026-02-30`` and ``2026-13`` are not)."""
    found = ISO_DATE.match(text)
    if found is None:
        return False
    year, month, day = (int(part) if part else None for part in found.groups())
    if month is None:
        return True
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= _days_in_month(year, month)


#: The days of each month of a common year (the Gregorian calendar's, as ISO 8601 counts).
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    """How many days ``month`` (1-12) of ``year`` has: what ``calendar.monthrange`` says,
    without loading the calendar module (and its locale) while a model is read."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]

#: The minus sign of every negative figure shown to a reader (U+2212: as wide as a plus,
#: unlike the hyphen-minus): the app's figures and number editors, and the analysis
#: session's messages. Files, CSV tables and the command line keep the hyphen-minus that
#: every spreadsheet reads as a sign; the readers of tables take either.
MINUS = "\u2212"


def share_decimals(share: float) -> int:
    """The fewest decimals with which ``share`` as a percentage reads as what it is: a share
    strictly between 0 and 1 never as 0% or 100% (an option that fails in 2 of 1,000
    futures fails in some: 0.2%, not 0%), whole when that is so; none or all, whole."""
    for decimals in range(6):
        shown = float(f"{share * 100:.{decimals}f}")
        if share <= 0 or share >= 1 or 0 < shown < 100:
            return decimals
    return 6


NODE_KINDS = ("actor", "restriction", "factor")
CONFIDENCES = ("low", "medium", "high")
INTERVENTION_MODES = ("clamp", "pulse")
DIRECTIONS = ("increase", "decrease")
RULES = ("kosko", "modified_kosko", "rescaled")
ACTIVATIONS = ("sigmoid", "tanh", "bivalent", "trivalent", "clip")
START_VECTORS = ("initial", "ones")
DRIVER_MODES = ("hold", "update")
#: Monte Carlo's arithmetic: float64, or float32 for large runs (faster; its bands agree
#: with float64's to the tolerance the help states, and a seed still fixes every number).
PRECISIONS = ("float64", "float32")
#: How participants' ratings become the working weight of an edge (see engine.aggregation).
AGGREGATIONS = ("mean", "median", "linguistic")
#: fcmconfr's choice: a rating a participant did not give counts as a 0 ("include") or is
#: left out of that edge's aggregate ("ignore"); an explicit rating of 0 counts either way.
ZERO_MODES = ("include", "ignore")
#: FCMpy's linguistic pipeline: implication, union of the activated terms, defuzzification.
IMPLICATIONS = ("mamdani", "larsen")
UNIONS = ("max", "algebraic_sum", "einstein_sum", "hamacher_sum")
DEFUZZIFICATIONS = ("centroid", "bisector", "mean_of_maxima")
#: The linguistic scale of ratings (FCMpy's default terms, weakest to strongest by sign).
LINGUISTIC_TERMS = ("-VH", "-H", "-M", "-L", "-VL", "NA", "+VL", "+L", "+M", "+H", "+VH")
MAX_RATINGS = 100_000
#: The weight of an edge drawn on the map, or imported from a table that gives none.
DEFAULT_WEIGHT = 0.5

MAX_ID = 64
MAX_LABEL = 300
MAX_TEXT = 20_000
MAX_TAGS = 50
MAX_COORDINATE = 1e7
MAX_STEPS = 10_000
MAX_SAMPLES = 100_000

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*\Z")
_NOT_SLUG = compiled_when_used(r"[^a-z0-9]+")      # what a slug writes as one "-"
#: Latin letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
            "þ": "th", "ı": "i"}


def is_valid_id(value: object) -> bool:
    """Ids are short slugs: letters, digits, ``_ . -``, starting with a letter or digit."""
    return isinstance(value, str) and 0 < len(value) <= MAX_ID and bool(_ID.match(value))


class TakenIds(set):
    """Ids in use, as :func:`slugify` is given them when it makes many ids in a row: it
    remembers, for each base, the suffix its last search for a free id stopped at, and
    starts there the next time. An importer only ever adds ids, so the id made is the one
    a search from ``-2`` would make, and a thousand rows of one label cost a thousand
    look-ups, not half a million."""

    def __init__(self, ids=()) -> None:
        super().__init__(ids)
        self.suffixes: dict[str, int] = {}


def slugify(text: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """Make a valid id from free text, unique among ``taken`` (``"US Labs"`` -> ``us-labs``).

    Accented letters keep their base letter (``"Qualité"`` -> ``qualite``: NFKD splits
    off the accent, which is dropped); text with no Latin letter or digit (Chinese,
    Japanese, Arabic) gives ``item-`` and a digest of the text itself (:func:`_digest_id`),
    and text mixing Latin with another script (``"AI 治理"``) gives its Latin words and
    that digest (``ai-`` and 8 hex digits), so that the id a label gets does not depend on
    which labels came before it, and ``"AI 治理"`` and ``"AI 安全"`` do not share one. Only
    new ids are made here: an id a file holds is never remade. ``taken`` may be a
    :class:`TakenIds` (see there)."""
    base, other_script = _latin_words(text)
    if base and other_script:          # the words a slug spells, and the text's digest
        base = f"{base[: MAX_ID - 4 - 9].rstrip('-')}-{_digest(text)}"
    base = base[: MAX_ID - 4] or _digest_id(text)
    suffixes = getattr(taken, "suffixes", None)
    n = suffixes.get(base, 1) if suffixes is not None else 1      # 1: the base itself
    slug = base if n == 1 else f"{base}-{n}"
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    if suffixes is not None:
        suffixes[base] = n
    return slug


def slugs(texts: list[str], taken: TakenIds) -> list[str]:
    """A new id for each of ``texts`` in turn, each added to ``taken`` before the next is
    made: ``[slugify(text, taken)]`` for each, with ``taken`` grown alike. When every text
    is ASCII and their slugs are apart and not taken (the usual names of a table's nodes),
    the slugs are made a column at a time, with no Python call per text."""
    if not "".join(texts).isascii():
        return _slugs_in_turn(texts, taken)
    bases = list(map(_NOT_SLUG().sub, repeat("-"), map(str.lower, texts)))
    bases = list(map(itemgetter(slice(MAX_ID - 4)), map(methodcaller("strip", "-"), bases)))
    apart = set(bases)
    if len(apart) != len(bases) or "" in apart or not apart.isdisjoint(taken) \
            or not apart.isdisjoint(taken.suffixes):
        return _slugs_in_turn(texts, taken)
    taken.update(bases)
    taken.suffixes.update(dict.fromkeys(bases, 1))
    return bases


def _slugs_in_turn(texts: list[str], taken: TakenIds) -> list[str]:
    """:func:`slugs` one text at a time, by :func:`slugify`."""
    out = []
    for text in texts:
        out.append(slugify(text, taken))
        taken.add(out[-1])
    return out


def make_participant_id(name: str, taken: set[str] | frozenset[str], number: int) -> str:
    """A new participant's id, unique among ``taken``: the slug of their name (``"Ana
    Lima"`` -> ``ana-lima``, :func:`slugify`) or, for a name without a Latin letter or
    digit to spell one (``张伟``, ``佐藤 花子``), ``participant-`` and their number in the
    room, the first free from ``number`` on (``participant-6``). Ids hold only Latin
    letters, digits and ``_ . -`` (:func:`is_valid_id`: files, workbooks and the command
    line name participants by them), and the digest a slug gives such a name
    (``item-3f2a0c41``) says nothing of whom it names."""
    if _latin_words(name)[0]:
        return slugify(name, taken)
    while f"participant-{number}" in taken:
        number += 1
    return f"participant-{number}"


def _latin_words(text: str) -> tuple[str, bool]:
    """``text``'s Latin letters and digits as a slug (``"Qualité 治理"`` -> ``qualite``,
    accents dropped), and whether it has letters or digits of another script too."""
    plain = text.lower()
    other_script = False
    if not plain.isascii():            # ASCII has no accent to drop and no letter to spell out
        plain = unicodedata.normalize("NFKD", "".join(_LETTERS.get(c, c) for c in plain))
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        other_script = any(c.isalnum() and not c.isascii() for c in plain)
    return _NOT_SLUG().sub("-", plain).strip("-"), other_script


def _digest_id(text: str) -> str:
    """The id base of a text without a Latin letter or digit (``出口管制``): ``item-`` and
    its :func:`_digest`, so that reordering the rows of a sheet, or importing one map from
    two participants' files, gives each label the same id. A numbered series (``item``,
    ``item-2``) changed every id after a row moved. ``item`` alone for blank text."""
    digest = _digest(text)
    return f"item-{digest}" if digest else "item"


def _digest(text: str) -> str:
    """The first 8 hex digits of the BLAKE2s digest of a text as compared (NFC,
    case-folded, spaces collapsed); empty for blank text. Two labels sharing a digest
    (about one pair in 4 billion) are told apart as any two labels of one base are:
    ``-2``."""
    written = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    if not written:
        return ""
    from hashlib import blake2s        # here: most models never need it, and startup skips it

    return blake2s(written.encode("utf-8"), digest_size=4).hexdigest()
