"""How every message names a node: its label first, its id in brackets; and how a name is
compared where a file may write it otherwise (:func:`loose_key`).

Loads nothing but the language module, so that a command that only names nodes (``check``)
does not pay for the importers' table and graph libraries.
"""

from __future__ import annotations

import unicodedata

from ..language import translate

__all__ = ["short_name", "node_name", "loose_key", "loose_differences", "bounded", "bounded_like"]


def short_name(text: str) -> str:
    """A name as messages quote it: at most 40 characters."""
    return text if len(text) <= 40 else text[:37] + "..."


def node_name(node_id: str, label: str = "") -> str:
    """A node as every note and refusal of an import names it: its label first and its id
    in brackets, ``'Tax' (id n3)`` (two nodes may share a label, never an id), or its id
    alone, ``'n3'``, when it has no other label."""
    if label and label != node_id:
        return translate("naming", "{label!r} (id {id})").format(
            label=short_name(label), id=short_name(node_id))
    return repr(short_name(node_id))


def loose_key(text: str) -> str:
    """A name as compared without case and Unicode form: "Café" typed on one system and
    "Cafe\u0301" (the same text, its accent a separate character, as macOS and some tools
    write it) are one name, and so are "ＢＡＮ" and "ban"."""
    return (text if text.isascii() else unicodedata.normalize("NFKC", text)).casefold()


def loose_differences(name: str, label: str) -> tuple[str, ...]:
    """What tells apart two names of one :func:`loose_key`, of ``case`` (``TAX``, ``Tax``),
    ``width`` (full-width letters, ``ＡＩ Lab``, or another compatibility form such as the
    ligature ``ﬁ``) and ``form`` (an accent written as a character of its own), in that
    order: what a note says differs, rather than calling every such difference case."""
    found = []
    if unicodedata.normalize("NFKC", name) != unicodedata.normalize("NFKC", label):
        found.append("case")
    if any(unicodedata.normalize("NFKC", text) != unicodedata.normalize("NFC", text)
           for text in (name, label)):
        found.append("width")
    if any(unicodedata.normalize("NFC", text) != text for text in (name, label)):
        found.append("form")
    return tuple(found)


def bounded(items: list[str], limit: int, total: int | None = None) -> str:
    """``items`` joined as a note lists them: the first ``limit``, then "and N more";
    ``total``, when given, counts them all (``items`` then need hold only those shown, so
    a note on thousands of elements formats a few)."""
    total = len(items) if total is None else total
    shown = translate("naming", ", ").join(items[:limit])
    if total <= limit:
        return shown
    return translate("naming", "{items} and {count} more").format(items=shown,
                                                                  count=total - limit)


def bounded_like(items: list[str], limit: int, total: int) -> str:
    """``items`` as a refusal lists the places of one problem found at ``total`` places:
    the first ``limit``, then "and N more like it"."""
    shown = bounded(items[:limit], limit)
    if total <= limit:
        return shown
    return translate("naming", "{items} and {count:,} more like it").format(
        items=shown, count=total - limit)
