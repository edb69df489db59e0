"""Mental Modeler project files (.mmp), in both of the forms that tool has written.

- **JSON** (the web version): ``{"info": {"name": ...}, "groupNames": {"0": ...},
  "concepts": [{"id", "name", "notes", "units", "group", "x", "y", "relationships":
  [{"id", "confidence", "influence", "notes"}]}]}``; numbers may be strings.
- **XML** (the legacy Flash version): ``<mentalModeler><info>...<groupNames><groupName
  index="1">...<concepts><concept><id/><name/><notes/><group/><x/><y/><relationships>
  <relationship><id/><influence/>...``; influences are numbers or labels.

Mapping (documented in resources/help/spreadsheets.md):

- a concept becomes a factor node: name -> label (``Concept <id>`` when blank), notes
  (and units) -> description, group index -> the group's name, x/y -> position;
- a relationship becomes an edge source -> target; its influence is a number in [-1, 1] or
  a label: ``H+`` 1, ``M+`` 0.62, ``L+`` 0.25 and the negative ones alike (Mental
  Modeler's own values); a blank influence becomes weight 0 (the line is kept, with a note);
- relationship confidence (-3..3 in the web version, -2..2 in the Flash one) -> ``low``
  below 0, ``medium`` at 0, ``high`` above 0;
- self-influences (which Windtunnel models with the rule's memory term) and relationships
  to concepts that do not exist are skipped with a note.

XML is parsed with defusedxml with DTDs forbidden, so entity-expansion files are refused.
"""

from __future__ import annotations

import json

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from ..errors import LoadError, ModelError, Problem
from ..model import Edge, Model, Node
from . import values as v
from .frames import Imported

__all__ = ["mmp_to_model", "parse_mmp", "INFLUENCE_LABELS"]

#: Mental Modeler's influence labels (CMapConstants in its source).
INFLUENCE_LABELS = {k: w for k, w in v.WEIGHT_LABELS.items() if k[0] in "hml"}


def parse_mmp(data: bytes | str) -> dict:
    """The raw project as a dict in the JSON form, from either the JSON or the XML text."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise LoadError(Problem(f"byte {exc.start}", "the file is not UTF-8 text")) from None
    stripped = data.lstrip()
    if stripped.startswith("{"):
        try:
            raw = json.loads(stripped)
        except (ValueError, RecursionError) as exc:
            raise LoadError(Problem("", f"not valid JSON ({exc})")) from None
        if not isinstance(raw, dict) or not isinstance(raw.get("concepts"), list):
            raise LoadError(Problem("", "not a Mental Modeler project (no list of concepts)"))
        return raw
    if stripped.startswith("<"):
        return _xml_to_raw(stripped)
    raise LoadError(Problem("", "not a Mental Modeler project (neither JSON nor XML)"))


def _xml_to_raw(text: str) -> dict:
    try:
        root = SafeET.fromstring(text, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise LoadError(Problem("", f"refused unsafe XML ({type(exc).__name__}: a DTD or "
                                    "entities, which Mental Modeler never writes)")) from None
    except SafeET.ParseError as exc:
        raise LoadError(Problem(f"line {exc.position[0]}, column {exc.position[1]}",
                                "not valid XML")) from None
    if root.tag != "mentalModeler":
        raise LoadError(Problem("", f"the XML root is <{root.tag}>, not <mentalModeler>"))

    def child(element, name: str) -> str:
        found = element.find(name)
        return (found.text or "").strip() if found is not None else ""

    info = root.find("info")
    groups = {g.get("index", ""): (g.text or "").strip()
              for g in root.iter("groupName")}
    concepts = []
    for concept in root.iter("concept"):
        relationships = [{name: child(r, name) for name in ("id", "notes", "confidence",
                                                            "influence")}
                         for r in concept.iter("relationship")]
        item = {name: child(concept, name) for name in ("id", "name", "notes", "units",
                                                        "group", "x", "y")}
        item["relationships"] = relationships
        concepts.append(item)
    name = child(info, "name") if info is not None else ""
    description = child(info, "description") if info is not None else ""
    return {"info": {"name": name, "description": description}, "groupNames": groups,
            "concepts": concepts}


def mmp_to_model(data: bytes | str, *, title: str = "Mental Modeler project") -> Imported:
    """Build a model from the text of a .mmp file (JSON or XML); see the module docstring."""
    raw = parse_mmp(data)
    info = raw.get("info") if isinstance(raw.get("info"), dict) else {}
    groups = raw.get("groupNames") if isinstance(raw.get("groupNames"), dict) else {}
    problems, notes = [], []
    nodes, ids = [], {}
    taken: set[str] = set()
    for i, concept in enumerate(raw["concepts"]):
        where = f"concept {i + 1}"
        if not isinstance(concept, dict):
            problems.append(Problem(where, "is not an object"))
            continue
        key = v.text(concept.get("id")).strip()
        label = v.text(concept.get("name")).strip() or f"Concept {key or i + 1}"
        if key in ids:
            problems.append(Problem(where, f"a second concept with id {key!r}"))
            continue
        node_id = v.new_id(label, taken)
        taken.add(node_id)
        ids[key] = node_id
        try:
            position = (v.number(concept.get("x"), default=0.0),
                        v.number(concept.get("y"), default=0.0))
        except v.CellProblem as exc:
            problems.append(Problem(f"{where} ({label}), x/y", str(exc)))
            continue
        notes_text = v.text(concept.get("notes")).strip()
        units = v.text(concept.get("units")).strip()
        description = notes_text + (f"\n\nUnits: {units}" if units else "")
        group = v.text(groups.get(v.text(concept.get("group")).strip(), "")).strip()
        nodes.append(Node(node_id, label, group=group, description=description,
                          position=position))
    edges, blank, skipped = [], 0, []
    for i, concept in enumerate(raw["concepts"]):
        if not isinstance(concept, dict):
            continue
        source = ids.get(v.text(concept.get("id")).strip())
        relationships = concept.get("relationships") or []
        if not isinstance(relationships, list):
            problems.append(Problem(f"concept {i + 1}", "relationships is not a list"))
            continue
        for relationship in relationships:
            if not isinstance(relationship, dict):
                continue
            target = ids.get(v.text(relationship.get("id")).strip())
            where = f"concept {i + 1} ({source}), relationship to {relationship.get('id')!r}"
            if source is None or target is None or source == target:
                skipped.append(where)
                continue
            raw_weight = relationship.get("influence")
            try:
                weight = v.weight(raw_weight, default=None)
            except v.CellProblem as exc:
                problems.append(Problem(where, f"influence {exc}"))
                continue
            if weight is None:
                blank += 1
                weight = 0.0
            if not -1 <= weight <= 1:
                problems.append(Problem(where, f"influence {weight:g} is outside [-1, 1]"))
                continue
            edges.append(Edge(source, target, weight, confidence=_confidence(
                relationship.get("confidence")), rationale=v.text(relationship.get("notes"))))
    if problems:
        raise LoadError(problems)
    if blank:
        notes.append(Problem("", f"{blank} relationship{'s have' if blank != 1 else ' has'} no "
                                 "influence value; imported with weight 0"))
    if skipped:
        notes.append(Problem("", f"skipped {len(skipped)} self-influence or dangling "
                                 f"relationship{'s' if len(skipped) != 1 else ''}: "
                                 + "; ".join(skipped[:5])))
    name = v.text(info.get("name")).strip() or title
    try:
        model = Model.from_elements(title=name[:300], nodes=nodes, edges=edges,
                                    description=v.text(info.get("description")))
    except ModelError as exc:
        raise LoadError(exc.problems) from None
    return Imported(model, tuple(notes), "mentalmodeler")


def _confidence(value) -> str:
    try:
        level = v.number(value, default=0.0)
    except v.CellProblem:
        return "medium"
    return "low" if level < 0 else "high" if level > 0 else "medium"
