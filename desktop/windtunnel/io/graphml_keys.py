"""The ``<key>`` declarations of a GraphML file made unambiguous before networkx reads it:
keys that share an id (one for nodes, one for edges) get an id each, keys written inside
a graph move to the top, repeats of one declaration are dropped, and an id declared twice
for the same elements is refused in words that name those elements (it said "for <>
elements" of a key with ``for=""``).
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from ..errors import LoadError, Problem
from ..language import translate
from .graphml_yed import GRAPHML
from .naming import short_name

__all__ = ["distinct_key_ids"]


def distinct_key_ids(root) -> None:
    """Give keys that share an id (one for nodes, one for edges) an id each, and move keys
    written inside a graph to the top, where GraphML readers look for them; refuse an id
    declared twice for the same elements (which of the two a value means is unknown)."""
    keys = list(root.iter(f"{GRAPHML}key"))
    for parent in list(root.iter()):
        for key in parent.findall(f"{GRAPHML}key"):
            if parent is not root:
                parent.remove(key)
                root.insert(0, key)
    keys = _without_repeats(root, keys)
    counts: dict[str, int] = {}
    declared: dict[tuple[str, str], int] = {}
    for key in keys:
        counts[key.get("id", "")] = counts.get(key.get("id", ""), 0) + 1
        mark = (key.get("id", ""), key.get("for", "all"))
        declared[mark] = declared.get(mark, 0) + 1
    twice = [Problem(translate("graphml", "key {key!r}").format(key=key_id[:40]),
                     _declared_twice(domain))
             for (key_id, domain), count in declared.items() if count > 1]
    if twice:
        raise LoadError(twice[:50])
    for key in keys:
        old, domain = key.get("id", ""), key.get("for", "all")
        if counts[old] < 2 or domain == "all":
            continue
        new = f"{old}__{domain}"
        key.set("id", new)
        for owner in root.iter(f"{GRAPHML}{domain}"):
            for data in owner.findall(f"{GRAPHML}data"):
                if data.get("key") == old:
                    data.set("key", new)


#: The elements a key's ``for`` may name, besides ``all``.
_KEY_DOMAINS = ("node", "edge", "graph", "graphml", "hyperedge", "port", "endpoint")


def _declared_twice(domain: str) -> str:
    """Why two keys of one id and one ``for`` are refused, in words for each ``for``: an
    element's name, ``all`` (also a key without ``for``), or a value GraphML does not
    define (it said "for <> elements" of ``for=""``, "for <all> elements" of none)."""
    if domain in _KEY_DOMAINS:
        return translate("graphml", "is declared twice for <{domain}> elements").format(
            domain=domain)
    if domain == "all":
        return translate("graphml", "is declared twice for every kind of element (for=\"all\", "
                                    "or no for attribute): which of the two a value means cannot be "
                                    "told; give each key an id of its own")
    return translate("graphml", "is declared twice with for={domain} (which names no kind of "
                                "element; GraphML's are node, edge, graph and all): which of "
                                "the two a value means cannot be told; give each key an id of "
                                "its own").format(
        domain=quoteattr(short_name(domain)))


def _without_repeats(root, keys: list) -> list:
    """The keys less those declared again alike (the same id, elements, name and type):
    a repeat says nothing new, so the values written with its id mean the same."""
    seen, kept = set(), []
    for key in keys:
        mark = (key.get("id", ""), key.get("for", "all"), key.get("attr.name"),
                key.get("attr.type"))
        if mark in seen:
            root.remove(key)
        else:
            seen.add(mark)
            kept.append(key)
    return kept
