"""Cytoscape's own formats (XGMML, SIF, sessions, CX, Cytoscape.js JSON) are not read: they
are told apart from the formats Windtunnel reads (a Cytoscape.js JSON file from a Kumu
blueprint above all, which also holds ``elements``) and refused with the way round them,
GraphML exported from Cytoscape."""

from __future__ import annotations

import re

from ..errors import Problem
from ..language import translate

__all__ = ["CYTOSCAPE_FORMATS", "cytoscape_refusal", "is_cytoscape_json",
           "looks_like_cytoscape_elements"]

#: Cytoscape's own formats by extension, as the refusal names them.
CYTOSCAPE_FORMATS = {".xgmml": "XGMML", ".sif": "SIF", ".cys": "Cytoscape session",
                     ".cx": "CX", ".cx2": "CX2", ".cyjs": "Cytoscape.js JSON"}

#: A JSON list whose first item starts with a ``data`` object, as Cytoscape.js writes its
#: elements (``[{"data": {"id": ...}}, ...]``).
_ELEMENTS_LIST = re.compile(rb'\s*\[\s*\{\s*"data"\s*:')


def cytoscape_refusal(name: str) -> Problem:
    """The refusal of a file in one of Cytoscape's own formats, with the way round it."""
    return Problem("", translate("interchange", "{name} files are not read: in Cytoscape, "
                                                "export the network as GraphML (File > Export "
                                                "> Network to File) and import that").format(
        name=name))


def looks_like_cytoscape_elements(head: bytes) -> bool:
    """Whether the start of a .json file reads as a list of Cytoscape.js elements."""
    return _ELEMENTS_LIST.match(head.removeprefix(b"\xef\xbb\xbf")) is not None


#: Top-level keys only Cytoscape's JSON has (Cytoscape's export, Cytoscape.js's ``json()``).
_CYTOSCAPE_KEYS = ("target_cytoscapejs_version", "format_version", "style", "zoomingEnabled")


def is_cytoscape_json(raw) -> bool:
    """Whether a JSON file is Cytoscape's, not Kumu's: Kumu's elements are objects of fields
    (``label``, ``attributes``) beside a list of ``connections``; Cytoscape's ``elements``
    holds ``nodes`` and ``edges`` (its export), or is a list of ``{"data": ...}`` objects
    (Cytoscape.js), and the file has no ``connections`` and may have keys of its own."""
    if not isinstance(raw, dict) or "connections" in raw:
        return False
    elements = raw.get("elements")
    if isinstance(elements, dict):
        return bool(elements) and set(elements) <= {"nodes", "edges"}
    if any(key in raw for key in _CYTOSCAPE_KEYS):
        return True
    return (isinstance(elements, list) and bool(elements)
            and all(isinstance(item, dict) and "data" in item and "label" not in item
                    and "attributes" not in item for item in elements[:100]))
