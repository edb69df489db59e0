"""Column headers written in the plural: ``Nodes``, ``Concepts``, ``Targets``, ``Weights``.

People head a list of things with the plural of what each row holds (a single column
``Nodes``, ``Causes`` and ``Effects``), so every header and alias a sheet's column is
known by (:class:`~windtunnel.io.sheets.Column`) is also accepted in the plural, where the
plural is unambiguous: it names no other column of the sheet (``Sources`` is the Edges
sheet's column of source ids, never its From column) and is the plural of one column's
words only. Only the last word takes the plural (``Node names``), in English's regular
forms (``-s``, ``-es``, ``-ies``); a word that ends in ``s`` already, or of fewer than
three letters (``x``, ``w``), has none here, but for ``id`` (``IDs``).
"""

from __future__ import annotations

from functools import cache

__all__ = ["plural", "plural_headers"]

#: Words whose plural adds ``es``.
_SIBILANT_ENDS = ("x", "z", "ch", "sh")
#: Short words that do have a plural as headers.
_SHORT = {"id": "ids"}
#: Header words that are no nouns (``From``, ``Why``, ``Lower``): no plural.
_NO_PLURAL = frozenset({"from", "to", "why", "until", "wanted", "published", "lower",
                        "upper", "initial", "min", "max", "importance", "evidence"})


def plural(words: str) -> str | None:
    """The plural of a header's last word (``node name`` -> ``node names``), or None when
    it has none here (it ends in ``s``, is shorter than three letters, or no noun)."""
    head, _, last = words.rpartition(" ")
    if last in _SHORT:
        last = _SHORT[last]
    elif (len(last) < 3 or last in _NO_PLURAL or last.endswith("s")
          or not (last.isascii() and last.isalpha())):
        return None
    elif last.endswith(_SIBILANT_ENDS):
        last += "es"
    elif last.endswith("y") and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}" if head else last


@cache
def plural_headers(spec: tuple) -> dict:
    """Plural header -> the column of ``spec`` (a sheet's columns) it names, for every
    plural that is unambiguous (see the module's text)."""
    written = {name for column in spec for name in (column.header.lower(), *column.aliases)}
    found: dict[str, set] = {}
    for column in spec:
        for name in (column.header.lower(), *column.aliases):
            many = plural(name)
            if many is not None and many not in written:
                found.setdefault(many, set()).add(column.field)
    fields = {column.field: column for column in spec}
    return {many: fields[next(iter(owners))] for many, owners in found.items()
            if len(owners) == 1}
