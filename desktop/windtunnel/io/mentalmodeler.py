"""Mental Modeler project files (.mmp), in both of the forms that tool has written.

- **JSON** (the web version): ``{"info": {"name": ...}, "groupNames": {"0": ...},
  "concepts": [{"id", "name", "notes", "units", "group", "x", "y", "preferredState",
  "relationships": [{"id", "confidence", "influence", "notes"}]}], "scenarios": [{"name",
  "concepts": [{"id", "selected", "influence"}]}]}``; numbers may be strings.
- **XML** (the Flash version and the web app's export): ``<mentalModeler>`` or
  ``<mentalmodeler>`` (both spellings occur) holding ``<info>``, ``<groupNames>``,
  ``<concepts><concept>...<relationships><relationship>`` and ``<scenarios><scenario>
  <concepts><concept>``; only the direct ``<concepts>`` child is read as the map, so a
  scenario's list of concepts is never mistaken for a second map.

Mapping (documented in resources/help/spreadsheets.md):

- a concept becomes a factor node: name -> label (``Concept <id>`` when blank, with a
  note naming what a relationship to it calls it), notes
  (and units, after ``Units:``) -> description, group index -> the group's name, x/y ->
  position (concepts without one, or on one spot, are separated as
  :mod:`windtunnel.io.placing` says);
- a relationship becomes an edge source -> target; its influence is a number or a label:
  ``H+`` 1, ``M+`` 0.62, ``L+`` 0.25 and the negative ones alike (Mental Modeler's own
  values); a blank or ``undefined`` influence (old files) becomes weight 0 (the line is
  kept, with a note); influences outside [-1, 1] are rescaled or refused as every format's;
  an influence followed by a stray ``>`` (the Flash version wrote some as
  ``<![CDATA[0.95]]>>``, which it read back as 0.95) is read as the value, with a note;
- relationship confidence (-3..3 in the web version, -2..2 in the Flash one) -> ``low``
  below 0, ``medium`` at 0, ``high`` above 0;
- a scenario becomes a Windtunnel scenario of clamp interventions: each of its concepts
  with an influence value is held at that value (labels as above) for the whole run;
  concepts it only selects for display are not interventions, and a scenario that clamps
  nothing is skipped with a note;
- a preferred state (``preferredState`` above 0: increase, below 0: decrease, or the words)
  becomes an objective on that node;
- self-influences (which Windtunnel models with the rule's memory term) and relationships
  to concepts that do not exist are skipped with a note.

XML is parsed with defusedxml with DTDs forbidden, so entity-expansion files are refused,
and decoded as its declaration says (``ISO-8859-1``, UTF-16 with its byte-order mark); the
JSON form is UTF-8, or UTF-16 with its mark (Windows Notepad's "Unicode").

The words the import adds to the model (``Units:``, ``Concept 3`` for a concept without a
name, ``Scenario 2``, ``Increase Tax``, a scenario's description) are in the language of the
interface at import time, as the analyst's own notes around them most likely are; they are
then the model's text like any other, and do not change with the interface language later.
"""

from __future__ import annotations

import re
from dataclasses import replace


from ..errors import LoadError, ModelError, Problem
from ..language import translate
from ..model import Edge, Intervention, Model, Node, Objective, Scenario
from ..model.vocabulary import MAX_LABEL, MAX_TEXT
from . import values as v
from .importing import Imported, ImportOptions, weight_scale
from .jsontext import UTF16_MARKS, json_text, parsed_json
from .placing import separated
from .xmlsafe import parse_xml

__all__ = ["mmp_to_model", "parse_mmp", "INFLUENCE_LABELS"]

#: Mental Modeler's influence labels (CMapConstants in its source).
INFLUENCE_LABELS = {k: w for k, w in v.WEIGHT_LABELS.items() if k[0] in "hml"}


def parse_mmp(data: bytes | str) -> dict:
    """The raw project as a dict in the JSON form, from either the JSON or the XML text."""
    decoded = isinstance(data, bytes)
    if decoded:
        if _is_xml(data):
            return _xml_to_raw(data)        # in the encoding its declaration names
        data = json_text(data)
    stripped = data.lstrip()
    if stripped.startswith("{"):
        raw = parsed_json(stripped, decoded=decoded)
        if not isinstance(raw, dict) or not isinstance(raw.get("concepts"), list):
            raise LoadError(Problem("", translate("mentalmodeler", "not a Mental Modeler project (no list "
                                                                   "of concepts)")))
        return raw
    if stripped.startswith("<"):
        return _xml_to_raw(stripped)
    raise LoadError(Problem("", translate("mentalmodeler", "not a Mental Modeler project (neither "
                                                           "JSON nor XML)")))


def _is_xml(data: bytes) -> bool:
    """Whether the bytes are XML, which the parser decodes as the file declares (a
    Windows tool's ``ISO-8859-1``, UTF-16 with its mark), rather than as UTF-8. Text
    after a UTF-16 mark is decoded in full to see (:func:`json_text` refuses broken
    UTF-16 at its byte, which the XML parser would call "not valid XML")."""
    if data.startswith(UTF16_MARKS):
        return json_text(data).lstrip().startswith("<")
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def _xml_to_raw(text: str | bytes) -> dict:
    root = parse_xml(text, "Mental Modeler")
    if root.tag.lower() != "mentalmodeler":
        raise LoadError(Problem("", translate("mentalmodeler", "the XML root is <{tag}>, not "
                                                               "<mentalModeler>").format(
                                        tag=root.tag)))
    info = root.find("info")
    groups = {g.get("index", ""): (g.text or "").strip() for g in root.iter("groupName")}
    concepts = []
    for concept in _children(root, "concepts", "concept"):
        item = {name: _child(concept, name) for name in ("id", "name", "notes", "units",
                                                         "group", "x", "y", "preferredState")}
        item["relationships"] = [{name: _child(r, name) for name in ("id", "notes",
                                                                    "confidence", "influence")}
                                 for r in _children(concept, "relationships", "relationship")]
        concepts.append(item)
    scenarios = [{"name": _child(scenario, "name"),
                  "concepts": [{name: _child(c, name) for name in ("id", "name", "selected",
                                                                   "influence")}
                               for c in _children(scenario, "concepts", "concept")]}
                 for scenario in _children(root, "scenarios", "scenario")]
    name = _child(info, "name") if info is not None else ""
    description = _child(info, "description") if info is not None else ""
    return {"info": {"name": name, "description": description}, "groupNames": groups,
            "concepts": concepts, "scenarios": scenarios}


def _child(element, name: str) -> str:
    found = element.find(name)
    return (found.text or "").strip() if found is not None else ""


def _children(element, block: str, name: str) -> list:
    """The ``name`` elements of ``element``'s own ``block`` child (not of deeper blocks)."""
    found = element.find(block)
    return found.findall(name) if found is not None else []


def mmp_to_model(data: bytes | str, *, title: str = "Mental Modeler project",
                 options: ImportOptions | None = None) -> Imported:
    """Build a model from the text of a .mmp file (JSON or XML); see the module docstring."""
    options = options or ImportOptions()
    raw = parse_mmp(data)
    info = raw.get("info") if isinstance(raw.get("info"), dict) else {}
    groups = raw.get("groupNames") if isinstance(raw.get("groupNames"), dict) else {}
    problems, notes = [], []
    nodes, ids, preferred = [], {}, []
    taken = v.TakenIds()
    unplaced: set[str] = set()
    unnamed: dict[str, str] = {}
    for i, concept in enumerate(raw["concepts"]):
        where = _concept(i + 1)
        if not isinstance(concept, dict):
            problems.append(Problem(where, translate("mentalmodeler", "is not an object")))
            continue
        key = v.text(concept.get("id")).strip()
        label = v.text(concept.get("name")).strip()
        if not label:
            label = translate("mentalmodeler", "Concept {key}").format(key=key or i + 1)
            unnamed[key] = label
        if key in ids:
            problems.append(Problem(where, translate("mentalmodeler", "a second concept with id {key!r}").format(
                                               key=key)))
            continue
        node_id = v.new_id(label, taken)
        taken.add(node_id)
        ids[key] = node_id
        try:
            position = (v.number(concept.get("x"), default=0.0),
                        v.number(concept.get("y"), default=0.0))
        except v.CellProblem as exc:
            problems.append(Problem(_concept(i + 1, label, "x/y"), str(exc)))
            continue
        notes_text = v.text(concept.get("notes")).strip()
        units = v.text(concept.get("units")).strip()
        description = _fitted(notes_text + ("\n\n" + translate("mentalmodeler", "Units: {units}")
                                            .format(units=units) if units else ""),
                              MAX_TEXT, _concept(i + 1, label, "notes"), notes)
        group = v.text(groups.get(v.text(concept.get("group")).strip(), "")).strip()
        nodes.append(Node(node_id, label, group=group, description=description,
                          position=position))
        if v.is_blank(concept.get("x")) or v.is_blank(concept.get("y")):
            unplaced.add(node_id)
        direction = _direction(concept.get("preferredState"))
        if direction:
            preferred.append(Objective(v.new_id(f"{direction} {label}", set()),
                                       _objective_label(direction, label)[:200], node_id,
                                       direction))
    edges, blank, skipped, edge_places, stray = [], 0, [], [], []
    for i, concept in enumerate(raw["concepts"]):
        if not isinstance(concept, dict):
            continue
        source = ids.get(v.text(concept.get("id")).strip())
        relationships = concept.get("relationships") or []
        if not isinstance(relationships, list):
            problems.append(Problem(_concept(i + 1), translate("mentalmodeler",
                                                               "relationships is not a list")))
            continue
        for number, relationship in enumerate(relationships, start=1):
            if not isinstance(relationship, dict):     # a null left by a deleted link
                problems.append(Problem(_concept(i + 1), translate(
                    "mentalmodeler", "relationship {number} is not an object").format(
                        number=number)))
                continue
            # a relationship naming no id names no concept, not one whose id is blank
            target = ids.get(v.text(relationship.get("id")).strip() or None)
            where = translate("mentalmodeler", "{concept}, relationship to {target!r}").format(
                concept=_concept(i + 1, v.text(concept.get("name")).strip()),  # not the id
                target=relationship.get("id"))
            if source is None or target is None or source == target:
                skipped.append(where)
                continue
            influence = relationship.get("influence")
            if _stray_mark(influence):
                influence = influence.strip()[:-1]
                stray.append(where)
            try:
                weight = _influence(influence)
            except v.CellProblem as exc:
                problems.append(Problem(where, translate("mentalmodeler", "influence {exc}").format(
                                                   exc=exc)))
                continue
            if weight is None:
                blank += 1
                weight = 0.0
            edge_places.append(where)
            edges.append(Edge(source, target, weight, confidence=_confidence(
                relationship.get("confidence")), rationale=v.text(relationship.get("notes"))))
    scenarios = _scenarios(raw.get("scenarios"), ids, problems, notes)
    if problems:
        raise LoadError(problems)
    scale, scale_note = weight_scale([e.weight for e in edges], options)
    if scale_note:
        notes.append(scale_note)
        edges = [replace(e, weight=e.weight / scale) for e in edges]
    if blank:
        notes.append(Problem("", translate("mentalmodeler", "{blank} relationship{blank2} no "
                                                            "influence value; imported with weight 0").format(
                                     blank=blank, blank2='s have' if blank != 1 else ' has')))
    if stray:
        notes.append(Problem("", translate(
            "mentalmodeler", "read {count} influence(s) written with a stray '>' after the "
                             "value (<![CDATA[0.95]]>>, as Mental Modeler's Flash version "
                             "wrote some and read them back) as the value: {places}").format(
            count=len(stray), places="; ".join(stray[:5]) + ("; ..." if len(stray) > 5 else ""))))
    if skipped:
        notes.append(Problem("", translate("mentalmodeler", "skipped {count} self-influence or "
                                                            "dangling relationship{s}: "
                                                            "{skipped2}").format(
                                     count=len(skipped), s='s' if len(skipped) != 1 else '', skipped2="; ".join(skipped[:5]))))
    if unnamed:
        notes.append(_unnamed_note(unnamed, raw["concepts"]))
    if preferred:
        notes.append(Problem("", translate("mentalmodeler", "{count} preferred state{s} "
                                                            "became objective{s}").format(
                                     count=len(preferred), s='s' if len(preferred) != 1 else '')))
    nodes, placing_notes = separated(nodes, edges, unplaced)
    notes.extend(Problem("", note) for note in placing_notes)
    objectives = _unique_ids(preferred)
    name = _fitted(v.text(info.get("name")).strip() or title, MAX_LABEL,
                   translate("mentalmodeler", "info, name"), notes)
    description = _fitted(v.text(info.get("description")), MAX_TEXT,
                          translate("mentalmodeler", "info, description"), notes)
    try:
        model = Model.from_elements(title=name, nodes=nodes, edges=edges,
                                    scenarios=scenarios, objectives=objectives,
                                    description=description)
    except ModelError as exc:
        raise LoadError([_in_project(p, edge_places) for p in exc.problems]) from None
    return Imported(model, tuple(notes), "mentalmodeler")


def _unnamed_note(unnamed: dict[str, str], concepts: list) -> Problem:
    """The note on concepts without a name, each with the label it was given and, where a
    relationship to it carries a name (the JSON form copies the concept's name into each
    relationship), that name, so the analyst can tell which concept it was."""
    called: dict[str, str] = {}
    for concept in concepts:
        relationships = concept.get("relationships") if isinstance(concept, dict) else None
        for relationship in relationships if isinstance(relationships, list) else ():
            if isinstance(relationship, dict):
                key = v.text(relationship.get("id")).strip()
                name = v.text(relationship.get("name")).strip()
                if key in unnamed and name:
                    called.setdefault(key, name)
    names = [translate("mentalmodeler", "{label!r} (a relationship to it calls it {name!r})")
             .format(label=label, name=called[key]) if key in called else repr(label)
             for key, label in unnamed.items()]
    return Problem("", translate("mentalmodeler", "{count} concept{s} without a name, "
                                                  "labelled by id: {names}").format(
                       count=len(unnamed), s="s" if len(unnamed) != 1 else "",
                       names="; ".join(names[:5]) + ("; ..." if len(names) > 5 else "")))


def _fitted(text: str, limit: int, where: str, notes: list) -> str:
    """``text`` cut to ``limit`` characters, with a note when it was longer: Mental Modeler
    sets no limit, a model does (and a model that refuses its own import helps no one)."""
    if len(text) <= limit:
        return text
    notes.append(Problem(where, translate("mentalmodeler", "{count:,} characters, cut to the "
                                                           "{limit:,} a model holds").format(
                                    count=len(text), limit=limit)))
    return text[:limit]


_ELEMENT = re.compile(r"(nodes|edges)\[(\d+)\]\.?(.*)\Z")


def _in_project(problem: Problem, edge_places: list[str]) -> Problem:
    """A problem the model found, placed in the project: ``nodes[3].label`` is concept 4's
    name (every concept became a node, in order), ``edges[i]`` the i-th relationship."""
    match = _ELEMENT.match(problem.location)
    if not match:
        return problem
    kind, index, field = match.group(1), int(match.group(2)), match.group(3)
    if kind == "nodes":
        place = _concept(index + 1)
    else:
        place = edge_places[index] if index < len(edge_places) else translate(
            "mentalmodeler", "relationship {number}").format(number=index + 1)
    return Problem(translate("locations", ", ").join((place, field)) if field else place,
                   problem.message)


def _stray_mark(value) -> bool:
    """Whether an influence is a value with one stray ``>`` after it (``0.95>``, from a
    file that wrote ``<![CDATA[0.95]]>>``): the value before it reads as an influence."""
    if not isinstance(value, str) or not value.strip().endswith(">"):
        return False
    try:
        return _influence(value.strip()[:-1]) is not None
    except v.CellProblem:
        return False


def _influence(value) -> float | None:
    """A relationship's or a scenario's influence; None when blank or ``undefined``."""
    if isinstance(value, str) and value.strip().lower() in ("undefined", "null", "nan"):
        return None
    return v.weight(value, default=None)


def _direction(value) -> str:
    """increase / decrease / "" from a concept's preferred state."""
    word = v.text(value).strip().lower()
    if word in ("increase", "up", "+", "higher", "more"):
        return "increase"
    if word in ("decrease", "down", "-", "lower", "less"):
        return "decrease"
    try:
        number = v.number(value, default=0.0)
    except v.CellProblem:
        return ""
    return "increase" if number > 0 else "decrease" if number < 0 else ""


def _scenarios(raw, ids: dict[str, str], problems: list, notes: list) -> list[Scenario]:
    """Mental Modeler scenarios as clamp scenarios; those that clamp nothing are noted."""
    if not isinstance(raw, list):
        return []
    out, empty, taken = [], [], set()
    for i, scenario in enumerate(raw):
        if not isinstance(scenario, dict):
            continue
        label = v.text(scenario.get("name")).strip() or translate(
            "mentalmodeler", "Scenario {number}").format(number=i + 1)
        interventions = []
        concepts = scenario.get("concepts")
        for concept in concepts if isinstance(concepts, list) else []:
            if not isinstance(concept, dict):
                continue
            node = ids.get(v.text(concept.get("id")).strip())
            try:
                value = _influence(concept.get("influence"))
            except v.CellProblem as exc:
                problems.append(Problem(_scenario_concept(label, concept),
                                        translate("mentalmodeler", "influence {exc}").format(
                                            exc=exc)))
                continue
            if node is None or value is None:
                continue
            if not -1 <= value <= 1:
                problems.append(Problem(_scenario_concept(label, concept),
                                        translate("mentalmodeler", "clamp value {value:g} is outside [-1, 1]").format(
                                            value=value)))
                continue
            interventions.append(Intervention(node, "clamp", value))
        if not interventions:
            empty.append(label)
            continue
        scenario_id = v.new_id(label, taken)
        taken.add(scenario_id)
        out.append(Scenario(scenario_id, label[:200], translate(
            "mentalmodeler", "From Mental Modeler: the concepts it clamped are held for the "
                             "whole run."), tuple(interventions)))
    if out:
        notes.append(Problem("", translate("mentalmodeler", "{count} scenario{s} became clamp "
                                                            "scenarios (each clamped concept held at "
                                                            "its value)").format(
                                     count=len(out), s='s' if len(out) != 1 else '')))
    if empty:
        notes.append(Problem("", translate("mentalmodeler", "skipped {count} scenario{s} with "
                                                            "no concept clamped: {e}").format(
                                     count=len(empty), s='s' if len(empty) != 1 else '', e=translate("naming", ", ").join(repr(e) for e in empty[:5]))))
    return out


def _concept(number: int, label: str = "", field: str = "") -> str:
    """Where in the project a concept's problem is: ``concept 3``, ``concept 3 (Tax)``,
    ``concept 3 (Tax), notes``."""
    place = (translate("mentalmodeler", "concept {number} ({label})").format(
                 number=number, label=label[:40]) if label else
             translate("mentalmodeler", "concept {number}").format(number=number))
    return translate("locations", ", ").join((place, field)) if field else place


def _scenario_concept(label: str, concept: dict) -> str:
    return translate("mentalmodeler", "scenario {label!r}, concept {concept!r}").format(
        label=label, concept=concept.get("id"))


def _objective_label(direction: str, label: str) -> str:
    """The label of the objective a preferred state becomes, in the language of the import."""
    return (translate("mentalmodeler", "Increase {label}") if direction == "increase" else
            translate("mentalmodeler", "Decrease {label}")).format(label=label)


def _unique_ids(objectives: list[Objective]) -> list[Objective]:
    taken: set[str] = set()
    out = []
    for objective in objectives:
        new = v.new_id(objective.id, taken)
        taken.add(new)
        out.append(replace(objective, id=new))
    return out


def _confidence(value) -> str:
    try:
        level = v.number(value, default=0.0)
    except v.CellProblem:
        return "medium"
    return "low" if level < 0 else "high" if level > 0 else "medium"
