"""The model's sheets: which columns they have, and a model written as rows.

One layout serves the model workbook, the model part of the results workbook, the CSV
export and, through the header aliases, the import of tables made by people and by other
tools. A :class:`Column` names its header, the element field it holds, how its cells are
parsed (``parse``), the cell style it is written with, and the other header spellings the
importer accepts (``From``/``Source``/``Cause`` all mean an edge's source node).

Sheets (row = one element, in document order):

- **Model**: ``Field | Value`` rows: ``title``, ``description``, every engine setting (a
  choice by its name, ``Modified Kosko``; the reader takes the id ``modified_kosko`` too),
  and ``version``: the .wtm format version whose meaning the sheets follow (from 7, a
  rating of 0 is a view even where absent ratings are left out; :mod:`.participants_sheet`).
- **Nodes**: ID, Label, Kind, Group, Initial, Lever, X, Y, Tags, Sources, Description.
- **Edges**: From, To, Weight, Delay, Confidence, Low, High, Rationale, Sources; and, for
  a model with participants, Own weight, Own low and Own high: the weight and bounds the
  map gave an edge before participants rated it (blank for an edge no one rates; read as
  written, in [-1, 1]). Weight matrices everywhere point row = source, column = target;
  here each row is one edge. This sheet doubles as the assumption register: every
  influence with its reason, its confidence and its evidence.
- **Scenarios**: ID, Label, Description; their **Interventions** (Scenario, Node, Mode,
  Value, Start, End) and weight **Overrides** (Scenario, From, To, Weight) have sheets of
  their own, one row each, so that they can be filtered and edited in place.
- **Objectives**: ID, Label, Node, Direction, Threshold, Importance.
- **Sources**: ID, Title, Publisher, Date, Citation, Note.
- **Participants** and their **Ratings** (only for a model with participants): who rated
  the map and each rating, one row each; **Own nodes** (only when a participant drew
  concepts of their own): Participant and the Nodes columns.
- **Translations** (only for a model whose text has translations): Kind, ID, From, To,
  Field, Language, Text (see :mod:`windtunnel.io.translations_sheet`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..model import FORMAT_VERSION, Model, Settings
from ..model.choice_words import choice_name
from ..model.setting_names import SETTING_CHOICES
from .translations_sheet import TRANSLATIONS_SHEET, translation_rows
from .values import join_tags

__all__ = ["Column", "SHEETS", "MODEL_SHEET_NAMES", "model_rows", "SETTING_FIELDS",
           "UNRATED_FIELDS"]

#: An edge's weight and bounds from before participants rated it: the Edges sheet's Own
#: weight columns, written only for a model with participants.
UNRATED_FIELDS = ("unrated_weight", "unrated_low", "unrated_high")


@dataclass(frozen=True)
class Column:
    """One column of a model sheet."""

    header: str
    field: str
    parse: str = "text"       # text | id | ids | tags | number | weight | whole | bool | choice
    style: str = "text"
    aliases: tuple[str, ...] = ()


SHEETS: dict[str, tuple[Column, ...]] = {
    "Nodes": (
        Column("ID", "id", "id", aliases=("id", "node id", "key", "code", "concept id")),
        Column("Label", "label", aliases=("label", "name", "title", "node", "concept",
                                          "node name", "element", "concept name")),
        Column("Kind", "kind", aliases=("kind", "type", "element type", "category",
                                                  "role")),
        Column("Group", "group", aliases=("group", "cluster", "region", "country", "layer")),
        Column("Initial", "initial", "number", "level",
               aliases=("initial", "initial value", "initial level", "initial state",
                        "start value", "level", "value", "state")),
        Column("Lever", "lever", "bool", aliases=("lever", "is lever", "policy lever")),
        Column("X", "x", "number", "number", aliases=("x", "pos x", "position x")),
        Column("Y", "y", "number", "number", aliases=("y", "pos y", "position y")),
        Column("Tags", "tags", "tags", aliases=("tags", "tag", "keywords")),
        Column("Sources", "sources", "ids", aliases=("sources", "source ids", "references",
                                                     "evidence", "citations")),
        Column("Description", "description", style="wrap",
               aliases=("description", "notes", "note", "comment", "comments", "definition")),
    ),
    "Edges": (
        Column("From", "source", "id", aliases=("from", "source", "source id", "source node",
                                                "cause", "origin", "tail", "start node")),
        Column("To", "target", "id", aliases=("to", "target", "target id", "target node",
                                              "effect", "destination", "head", "end node")),
        Column("Weight", "weight", "weight", "change",
               aliases=("weight", "strength", "influence", "value", "w", "edge weight",
                        "tfn", "fuzzy weight", "triangular weight")),
        Column("Type", "sign", "sign", aliases=("type", "sign", "polarity", "connection type",
                                                "effect type", "relationship")),
        Column("Delay", "delay", "whole", "int", aliases=("delay", "lag", "time delay")),
        Column("Confidence", "confidence", "choice",
               aliases=("confidence", "certainty", "confidence level")),
        Column("Low", "low", "number", "change", aliases=("low", "lower", "min", "minimum",
                                                          "low bound")),
        Column("High", "high", "number", "change", aliases=("high", "upper", "max", "maximum",
                                                            "high bound")),
        Column("Rationale", "rationale", style="wrap",
               aliases=("rationale", "description", "notes", "note", "comment", "comments",
                        "why", "justification", "reason")),
        Column("Sources", "sources", "ids", aliases=("sources", "source ids", "references",
                                                     "evidence", "citations")),
        Column("Own weight", "unrated_weight", "number", "change",
               aliases=("own weight", "unrated weight")),
        Column("Own low", "unrated_low", "number", "change", aliases=("own low", "unrated low")),
        Column("Own high", "unrated_high", "number", "change",
               aliases=("own high", "unrated high")),
    ),
    "Scenarios": (
        Column("ID", "id", "id", aliases=("id", "scenario id", "key")),
        Column("Label", "label", aliases=("label", "name", "title", "scenario")),
        Column("Description", "description", style="wrap",
               aliases=("description", "notes", "note", "comment")),
    ),
    "Interventions": (
        Column("Scenario", "scenario", "id", aliases=("scenario", "scenario id")),
        Column("Node", "node", "id", aliases=("node", "node id", "lever", "target")),
        Column("Mode", "mode", "choice", aliases=("mode", "type", "kind")),
        Column("Value", "value", "number", "level", aliases=("value", "level", "setting")),
        Column("Start", "start", "whole", "int", aliases=("start", "start step", "from step")),
        Column("End", "end", "whole", "int", aliases=("end", "end step", "to step", "until")),
    ),
    "Overrides": (
        Column("Scenario", "scenario", "id", aliases=("scenario", "scenario id")),
        Column("From", "source", "id", aliases=("from", "source", "source id")),
        Column("To", "target", "id", aliases=("to", "target", "target id")),
        Column("Weight", "weight", "weight", "change", aliases=("weight", "new weight", "value")),
    ),
    "Objectives": (
        Column("ID", "id", "id", aliases=("id", "objective id", "key")),
        Column("Label", "label", aliases=("label", "name", "title", "objective")),
        Column("Node", "node", "id", aliases=("node", "node id", "outcome", "indicator")),
        Column("Direction", "direction", "choice", aliases=("direction", "goal", "wanted")),
        Column("Threshold", "threshold", "number", "level",
               aliases=("threshold", "minimum change")),
        Column("Importance", "importance", "number", "number", aliases=("importance", "weight",
                                                                        "priority")),
    ),
    "Sources": (
        Column("ID", "id", "id", aliases=("id", "source id", "key")),
        Column("Title", "title", aliases=("title", "name", "label", "document")),
        Column("Publisher", "publisher", aliases=("publisher", "author", "organisation",
                                                  "organization")),
        Column("Date", "date", aliases=("date", "published", "year")),
        Column("Citation", "citation", style="wrap", aliases=("citation", "reference")),
        Column("URL", "url", aliases=("url", "link", "web address", "web page")),
        Column("Note", "note", style="wrap", aliases=("note", "notes", "comment", "description")),
    ),
    "Participants": (
        Column("ID", "id", "id", aliases=("id", "participant id", "key")),
        Column("Label", "label", aliases=("label", "name", "participant", "expert")),
        Column("Role", "role", aliases=("role",)),
        Column("Group", "group", aliases=("group", "stakeholder group")),
        Column("Date", "date", aliases=("date",)),
        Column("Credibility", "credibility", "number", "number",
               aliases=("credibility", "weight", "credibility weight")),
    ),
    "Ratings": (
        Column("Participant", "participant", "id", aliases=("participant", "participant id",
                                                            "expert")),
        Column("From", "source", "id", aliases=("from", "source", "source id")),
        Column("To", "target", "id", aliases=("to", "target", "target id")),
        Column("Weight", "weight", "number", "change", aliases=("weight", "value")),
        Column("Term", "term", aliases=("term", "linguistic term")),
        Column("Low", "low", "number", "change", aliases=("low", "lower", "low bound")),
        Column("High", "high", "number", "change", aliases=("high", "upper", "high bound")),
        Column("Confidence", "confidence", "choice", aliases=("confidence",)),
        Column("Rationale", "rationale", style="wrap",
               aliases=("rationale", "why", "comment", "comments", "note")),
        Column("Sources", "sources", "ids", aliases=("sources", "source ids", "references",
                                                     "evidence")),
    ),
}
#: Concepts only one participant drew: whose they are, then the Nodes columns. Read before
#: the Ratings, which may join them to the shared nodes.
SHEETS["Own nodes"] = (Column("Participant", "participant", "id",
                              aliases=("participant", "participant id", "expert")),
                       *SHEETS["Nodes"])

#: The sheets of who rated the map, written for a model with participants.
PARTICIPANT_SHEETS = ("Participants", "Ratings", "Own nodes")

#: Sheet names of the model part of a workbook, in the order they are written.
MODEL_SHEET_NAMES = ("Model",) + tuple(SHEETS)

#: The Settings fields, in order, as they appear on the Model sheet.
SETTING_FIELDS = tuple(f.name for f in fields(Settings))


def model_rows(model: Model) -> dict[str, tuple[list[str], list[str], list[list]]]:
    """Every model sheet as (header, column styles, rows), in :data:`MODEL_SHEET_NAMES` order.

    Values are plain Python values (text, numbers, bools, None for blank), ready for a
    workbook or a CSV file. The Type column of Edges is import-only and not written, and
    its Own weight columns are written only for a model with participants; the
    Participants and Ratings sheets only when the model has participants (as a .wtm file
    writes no participants section without them), Own nodes only when one of them has some.
    """
    out = {"Model": (["Field", "Value"], ["bold", "text"], _model_info_rows(model))}
    for name, columns in SHEETS.items():
        if name in PARTICIPANT_SHEETS and not model.participants:
            continue
        if name == "Own nodes" and not any(p.nodes for p in model.participants):
            continue
        written = [c for c in columns if c.field != "sign"
                   and (model.participants or c.field not in UNRATED_FIELDS)]
        header = [c.header for c in written]
        styles = [c.style for c in written]
        out[name] = (header, styles, [[_cell(item, c) for c in written]
                                      for item in _items(model, name)])
    translations = translation_rows(model)
    if translations is not None:
        out[TRANSLATIONS_SHEET] = translations
    return out


def _model_info_rows(model: Model) -> list[list]:
    rows = [["title", model.title], ["description", model.description]]
    for name in SETTING_FIELDS:
        value = getattr(model.settings, name)
        if isinstance(value, tuple):
            value = ", ".join(value)
        elif isinstance(value, bool):
            value = _yes_no(value)
        elif name in SETTING_CHOICES:
            value = choice_name(value)
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2**53:
            value = str(value)  # beyond a spreadsheet's exact whole numbers: keep the digits
        rows.append([name, value])
    rows.append(["version", FORMAT_VERSION])
    return rows


def _items(model: Model, sheet: str) -> list:
    if sheet == "Interventions":
        return [(s.id, item) for s in model.scenarios for item in s.interventions]
    if sheet == "Overrides":
        return [(s.id, item) for s in model.scenarios for item in s.overrides]
    if sheet == "Ratings":
        return [(p.id, item) for p in model.participants for item in p.ratings]
    if sheet == "Own nodes":
        return [(p.id, item) for p in model.participants for item in p.nodes]
    return list(getattr(model, sheet.lower()))


def _cell(item, column: Column):
    if isinstance(item, tuple):  # (scenario or participant id, its intervention, ...)
        owner, item = item
        if column.field in ("scenario", "participant"):
            return owner
    if column.field in ("x", "y"):
        return item.position["xy".index(column.field)]
    if column.field == "lever":       # a lever as the app counts them: every restriction too
        return _yes_no(item.is_lever)
    value = getattr(item, column.field)
    if column.parse == "tags":
        return join_tags(value) or None
    if column.parse == "ids":
        return ", ".join(value) or None
    if isinstance(value, bool):
        return _yes_no(value)
    if value == "":
        return None
    return value


def _yes_no(value: bool) -> str:
    """Booleans are written as yes/no text: LibreOffice saves boolean cells as formulas."""
    return "yes" if value else "no"
