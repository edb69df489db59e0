"""FSDM's models in: Fuzzy Systems Dynamics Modelling's concepts and relations files.

FSDM (an R package and app for fuzzy cognitive maps of policy questions) keeps a model
as a folder of JSON files: ``concepts.json`` lists the concepts (``name``, the
``variable`` the relations name it by, ``description``, ``group``, and the range of
``values`` it runs over), ``relations.json`` what each concept affects (``name``, then
``affects``: ``variable``, ``direction`` Positive or Negative, ``weight`` a term from VL
to VH, ``description``). R writes every value as a list of one, which is read as that
value. Either file may be imported: the other is read from beside it, its name the same
with ``concepts`` and ``relations`` swapped (FSDM's own names, or a copy's such as
``ozesmi_relations.json``); relations without their concepts file are read with the
variables as labels (and the note says so), concepts without their relations file are
refused, naming the file wanted.

The map: a concept is a node (its variable the id, its name the label, its description
and group kept); a relation an edge whose weight is its term as FSDM's model run reads
it (:data:`TERMS`), signed by its direction, and whose description is the rationale. A
concept's range of values is not kept (a map's nodes run over [-1, 1] or [0, 1]), and
the note says so. A concept affecting itself is skipped with a note, as in every import.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..errors import LoadError, Problem
from ..language import translate
from . import values as v
from .graphml import graph_to_model
from .importing import Imported, ImportOptions
from .jsontext import json_text, parsed_json
from .graphml_xml import edge_place
from .tables import file_label, located, read_file_bytes

__all__ = ["looks_like_fsdm", "fsdm_to_model", "TERMS"]

#: FSDM's terms as its model run reads them (its createFuzzyModel's values).
TERMS = {"VL": 0.01, "L": 0.2, "ML": 0.35, "M": 0.5, "MH": 0.67, "H": 0.85, "VH": 1.0}
_SIGNS = {"positive": 1.0, "negative": -1.0}
_KINDS = ("concepts", "relations")


def looks_like_fsdm(head: bytes) -> bool:
    """Whether the start of a .json file reads as FSDM's: a list of concepts (a
    ``variable`` and its ``values``) or of relations (``affects``)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start[:1] == b"[" and (b'"affects"' in head or (
        b'"variable"' in head and b'"values"' in head))


def fsdm_to_model(path: str | Path, *, title: str = "FSDM model",
                  options: ImportOptions | None = None) -> Imported:
    """A model from an FSDM concepts or relations file and the other one beside it."""
    path = Path(path)
    files = {_kind(path, _read(path)): path}
    picked = next(iter(files))
    other = _KINDS[1 - _KINDS.index(picked)]
    sibling = _sibling(path, picked, other)
    if sibling is not None and sibling.is_file():
        try:
            if _kind(sibling, _read(sibling)) == other:
                files[other] = sibling
        except LoadError as exc:
            raise LoadError(exc.problems, source=file_label(sibling)) from None
    if "relations" not in files:
        raise LoadError(Problem("", translate(
            "fsdm", "an FSDM concepts file holds the model's concepts but not how they affect "
                    "each other: import its relations file ({name}, beside it in the model's "
                    "folder)").format(name=sibling.name if sibling else "relations.json")))
    graph = nx.MultiDiGraph()
    for concept in _parsed(files["concepts"]) if "concepts" in files else []:
        variable = _one(concept.get("variable"))
        if variable:                         # FSDM's template holds an empty concept
            graph.add_nodes_from([(variable, {
                "label": _one(concept.get("name")) or variable,
                "description": _one(concept.get("description")),
                "group": _one(concept.get("group"))})])
    listed = set(graph.nodes)
    try:
        _add_relations(graph, _parsed(files["relations"]))
    except LoadError as exc:
        raise LoadError(exc.problems, source=exc.source or file_label(files["relations"])) \
            from None
    unlisted = [n for n in graph.nodes if n not in listed]
    for node in unlisted:
        graph.nodes[node]["label"] = node
    return graph_to_model(graph, title=title, options=options, format="fsdm",
                          notes=tuple(_notes(files, unlisted if listed else [])))


def _add_relations(graph: nx.MultiDiGraph, relations: list[dict]) -> None:
    """The edges of FSDM's relations: what each concept (``name``) affects."""
    for relation in relations:
        cause = _one(relation.get("name"))
        for effect in relation.get("affects") or []:
            target = _one(effect.get("variable")) if isinstance(effect, dict) else ""
            if cause and target:             # FSDM's template holds an empty relation
                graph.add_edges_from([(cause, target, {
                    "weight": _weight(effect, located("edge", edge_place(cause, target, None))),
                    "rationale": _one(effect.get("description"))})])


def _read(path: Path) -> object:
    return parsed_json(json_text(read_file_bytes(path)), decoded=True)


def _kind(path: Path, raw) -> str:
    """``concepts`` or ``relations``: which of FSDM's files ``raw`` is; LoadError else."""
    items = [item for item in raw if isinstance(item, dict)] if isinstance(raw, list) else []
    if items and all("affects" in item for item in items):
        return "relations"
    if items and all("variable" in item for item in items):
        return "concepts"
    raise LoadError(Problem("", translate(
        "fsdm", "not an FSDM model file: Windtunnel reads FSDM's concepts.json (a list of "
                "concepts with their variable) and relations.json (a list of what each "
                "concept affects)")), source=file_label(path))


def _parsed(path: Path) -> list[dict]:
    return [item for item in _read(path) if isinstance(item, dict)]


def _sibling(path: Path, kind: str, other: str) -> Path | None:
    """The other file of the model: the name with ``kind`` (its last occurrence) turned
    into ``other``; None when the name does not hold ``kind``."""
    name = path.name
    at = name.lower().rfind(kind)
    if at < 0:
        return None
    return path.with_name(name[:at] + other + name[at + len(kind):])


def _one(value) -> str:
    """A value as FSDM writes it (R writes a list of one), as text."""
    if isinstance(value, list):
        value = value[0] if value else ""
    return v.text(value if value is not None else "").strip()


def _weight(effect: dict, where: str) -> float:
    """A relation's weight: its term's value, signed by its direction."""
    term, direction = _one(effect.get("weight")).upper(), _one(effect.get("direction"))
    if term not in TERMS:
        raise LoadError(Problem(where, translate(
            "fsdm", "weight {term!r} is not one of FSDM's terms ({terms})").format(
                term=term[:20], terms=", ".join(TERMS))))
    if direction.lower() not in _SIGNS:
        raise LoadError(Problem(where, translate(
            "fsdm", "direction {direction!r} is neither Positive nor Negative").format(
                direction=direction[:20])))
    return _SIGNS[direction.lower()] * TERMS[term]


def _notes(files: dict[str, Path], unlisted: list[str]) -> list[Problem]:
    """What the import read from which file, what it did not keep, and the variables the
    relations name that the concepts file does not list (``unlisted``)."""
    terms = ", ".join(f"{term} {value:g}" for term, value in TERMS.items())
    if "concepts" in files:
        read = translate("fsdm", "an FSDM model: its concepts from {concepts}, its relations "
                                 "from {relations}; each concept's range of values was not "
                                 "kept").format(concepts=files["concepts"].name,
                                                relations=files["relations"].name)
    else:
        read = translate("fsdm", "an FSDM model's relations, without its concepts file: the "
                                 "variables are the labels, and the concepts' names, "
                                 "descriptions and groups were not read")
    notes = [Problem("", read), Problem("", translate(
        "fsdm", "FSDM's terms became weights as FSDM's model run reads them ({terms}), "
                "negative where the direction is Negative").format(terms=terms))]
    if unlisted:
        notes.append(Problem("", translate(
            "fsdm", "the relations name {count} variable{s} that the concepts file does not "
                    "list, added with the variable as the label: {names}").format(
                        count=len(unlisted), s="s" if len(unlisted) != 1 else "",
                        names=", ".join(repr(n[:40]) for n in unlisted[:5])
                        + (", ..." if len(unlisted) > 5 else ""))))
    return notes
