"""What a column header says besides its name: a unit or a range written after it.

People head a column ``Strength (1-10)``, ``Weight [-1,1]``, ``Influence (+/-)``,
``Delay (years)``, ``Strength 1-10`` or ``Weight, -1..1`` (and in Chinese or Japanese
spreadsheets with full-width brackets, ``Weight（-1～1）``, ``Weight【1-5】``).
:func:`header_base` gives the name such a header is recognised by (``strength``), so
that every column of the layout is found however its unit or range is written;
:func:`stated_range` gives the range it states, which the Edges sheet divides the
weights by instead of guessing a scale from the data.
"""

from __future__ import annotations

import re

from . import values as v
from .cells import cell_text
from ..model.vocabulary import MINUS
from .importing import StatedScale

__all__ = ["header_base", "stated_range", "stated_scale"]

_NUMBER = rf"[-+{MINUS}]?\d+(?:\.\d+)?"
#: A range: two numbers joined by a dash, ``to``, ``..``, a comma or a wave dash.
_RANGE = (rf"(?P<low>{_NUMBER})\s*(?:-|–|—|~|～|〜|to|\.\.|,|，|、|至|到|から)\s*"
          rf"(?P<high>{_NUMBER})")
#: A trailing unit or range in brackets (ASCII or full-width), or a bare range after a
#: space or a comma (``Strength 1-10``, ``Weight, -1..1``).
_SUFFIX = re.compile(r"\s*(?:\((?P<round>[^()]*)\)|\[(?P<square>[^\[\]]*)\]"
                     r"|（(?P<wide>[^（）]*)）|【(?P<lenticular>[^【】]*)】"
                     rf"|(?:,|，|\s)\s*(?P<bare>{_RANGE}))\s*\Z", re.IGNORECASE)
_RANGE_ONLY = re.compile(rf"\s*{_RANGE}\s*\Z")


def header_base(header: object) -> str:
    """The normalised header (:func:`~windtunnel.io.values.normal_header`) without a
    trailing unit or range, or "" when it has none (or nothing but one)."""
    normal = v.normal_header(header)
    match = _SUFFIX.search(normal)
    if match is None:
        return ""
    return normal[:match.start()].rstrip(" ,，:：")


def stated_range(header: object) -> tuple[float, float] | None:
    """The range a header's suffix states (``Strength (1-10)`` gives (1, 10)), or None.

    Only a scale counts: it starts at or below 1 and ends above 0 (``-3..3``, ``0-100``,
    ``1-5``); ``Weight 2019-2020`` names years, not a range of weights."""
    match = _SUFFIX.search(v.normal_header(header))
    if match is None:
        return None
    found = _RANGE_ONLY.match(_inside(match))
    if found is None:
        return None
    low, high = (float(found[name].replace(MINUS, "-")) for name in ("low", "high"))
    return (low, high) if low < high and low <= 1 and high > 0 else None


def stated_scale(header: object) -> StatedScale | None:
    """The scale a weight column's header states, for :func:`~windtunnel.io.importing.
    weight_scale`, or None."""
    bounds = stated_range(header)
    if bounds is None:
        return None
    written = cell_text(header).strip()
    return StatedScale(written, _inside(_SUFFIX.search(written)).strip(), max(map(abs, bounds)))


def _inside(match: re.Match) -> str:
    """The text of a suffix: what its brackets hold, or the bare range."""
    return next(text for text in match.groups() if text is not None)
