"""Expert-rating files (FCMpy's format): one sheet per expert, one row per pair of concepts.

Each sheet (or, in the JSON form, each ``"Expert_N": [...]`` list) has ``From`` and ``To``
columns and one column per linguistic term, ``-VH -H -M -L -VL NA +VL +L +M +H +VH``; the
expert puts a 1 under the term they chose (or shares 1 between two terms when unsure).
FCMpy's first releases headed the columns without signs (``VL L M H VH``) and put the sign
in the cell: ``-1`` under ``VH`` is ``-VH``. The JSON form may list only the terms its
experts use, or give each row only its own term: FCMpy joins the experts' rows into one
table, so a term no row names is a term nobody chose (:func:`_json_header`).

The weights are computed as FCMpy does by default (windtunnel.engine.linguistic): every
term is a triangular fuzzy number on [-1, 1]; for each pair, a term's share of the experts
(the sum of its column divided by the number of experts) caps its triangle (Mamdani's
min), the capped triangles are combined by their maximum, and the weight is the centroid
of the result. Pairs whose weight is 0 (no expert drew an edge, or only ``NA``) are no
edge; rows that pair a concept with itself are skipped with a note (Windtunnel models
self-influence with the inference rule's memory term).

Every expert becomes a participant of the model (``participants="keep"``, the default),
each row a rating by its term, and the model's aggregation is the linguistic pipeline,
so the map's weights stay the experts' aggregate as ratings change. An expert unsure
between two terms (a 1 shared between them) is kept as the term with the larger share,
read as the shares' mean weight; the imported weights count the split as FCMpy does, and
the note says how many such ratings there were. With ``participants="aggregate"`` only
the weights are imported; naming one sheet imports only that expert's ratings.

FCMpy's CSV form is read too: one column per pair of concepts, headed
``antecedent -> consequent (+)`` or ``(-)`` (the polarity), one row per expert, each cell
a term without its sign (``VH``, ``H``, ``M``, ``L``, ``VL``, ``NA``) or ``no causality``
(no rating); the rows become the experts ``Expert1``, ``Expert2``, ...

FCMpy's matrix form is read too: one sheet per expert, a square matrix of the concepts
(labels across the top and down the side, as FCMpy's first releases read an expert's
sheet), each cell the term the expert chose for the row's influence on the column's
concept, signed or not (``VH``, ``-M``; blank for none).

FCMpy drops the ``Unsure`` column (an ``unsure`` cell of the CSV form) before it computes
the weights, and nothing else: a row marked Unsure with no term is a rating left out (the
expert still counts among the experts), and one that also puts a 1 under a term is read
as that term, as FCMpy reads it. The note counts each kind.
"""

from __future__ import annotations

import re

import numpy as np

from ..engine.linguistic import TERMS as SCALE
from ..engine.linguistic import linguistic_weights, term_weight
from ..errors import LoadError, ModelError, Problem
from ..language import translate
from ..model import LINGUISTIC_TERMS, Edge, Model, Node, Rating, Settings
from . import values as v
from .jsontext import json_text, parsed_json
from .importing import AGGREGATE, ASK, KEEP, ChoiceNeeded, Imported, ImportOptions
from .matrix_shape import shape_of
from .participants import with_participants
from .tables import Table
from .tabular import placed

__all__ = ["TERMS", "ratings_sheets", "ratings_to_model", "ratings_json_to_model",
           "looks_like_ratings_json", "pair_column_sheets", "term_matrix_sheets"]

#: FCMpy's default linguistic terms as the files' column heads spell them (lower case):
#: (low, peak, high) of each triangle.
TERMS = {term.lower(): corners for term, corners in SCALE.items()}
_ENDS = ({"from", "source"}, {"to", "target"})


#: The terms without their sign, as FCMpy's first releases headed the columns (the sign
#: was the cell's: ``-1`` under ``VH`` is a negative very high influence).
_UNSIGNED = {term[1:] for term in TERMS if term[0] in "+-"}


def _columns(table: Table) -> tuple[int, int, dict[str, int]] | None:
    header = [v.normal_header(h) for h in table.header]
    starts = [i for i, h in enumerate(header) if h in _ENDS[0]]
    ends = [i for i, h in enumerate(header) if h in _ENDS[1]]
    terms = {h: i for i, h in enumerate(header) if h in TERMS}
    if len(terms) < 3:
        terms = {h: i for i, h in enumerate(header) if h in _UNSIGNED or h == "na"}
    if not starts or not ends or len(terms) < 3:
        return None
    return starts[0], ends[0], terms


def ratings_sheets(tables: dict[str, Table]) -> dict[str, Table]:
    """The tables that are expert-rating sheets (From, To and linguistic-term columns),
    the experts' sheets of a table in FCMpy's CSV form (one column per pair), or those of
    a workbook of FCMpy's matrices of terms (one per expert)."""
    found = {name: t for name, t in tables.items() if _columns(t) is not None}
    if found:
        return found
    for table in tables.values():
        if _pairs(table) is not None:
            return pair_column_sheets(table)
    return term_matrix_sheets(tables)


#: A term typed between quotes, as FCMpy's first matrix sheets hold them (``"VH"``).
_QUOTED = re.compile(r'\s*["\u201c](.*)["\u201d]\s*\Z')


def _matrix_term(cell) -> str | None:
    """The term a cell of FCMpy's matrix form holds (``VH`` is ``+VH``, and so is
    ``"VH"`` typed with its quotes), "" for a blank cell, None for anything else."""
    text = v.text(cell).strip().lower() if not v.is_blank(cell) else ""
    quoted = _QUOTED.match(text)
    text = quoted[1].strip() if quoted else text
    if not text or text in TERMS:
        return text
    return f"+{text}" if text in _UNSIGNED else None


def term_matrix_sheets(tables: dict[str, Table]) -> dict[str, Table]:
    """FCMpy's matrix form (module docstring) as one From/To/terms sheet per expert, when
    every table is a square matrix whose filled cells are all terms and one term at least
    is there; else none."""
    terms = list(TERMS)
    sheets = {}
    for name, table in tables.items():
        # a square matrix has about as many rows as columns: a long edge list is let go
        square = 0 < len(table.rows) <= 2 * len(table.header)
        shape = shape_of(table) if square else None
        if shape is None or shape.unlabelled:
            return {}
        sheet = Table(name=name, header=["From", "To", *terms], row_word="pair")
        for number, row, source in shape.node_rows(table):
            for target, j in shape.columns.items():
                term = _matrix_term(row[j] if j < len(row) else None)
                if term is None:
                    return {}
                if term:
                    sheet.rows.append([source, target, *(1 if t == term else 0 for t in terms)])
                    sheet.numbers.append(number)
        sheets[name] = sheet
    return sheets if any(sheet.rows for sheet in sheets.values()) else {}


_PAIR = re.compile(r"\s*(.+?)\s*->\s*(.+?)\s*\(\s*([+-])\s*\)\s*\Z")
_NO_RATING = ("", "no causality", "none")
_UNSURE = "unsure"


def _pairs(table: Table) -> list[tuple[str, str, str]] | None:
    """(antecedent, consequent, sign) of each column of FCMpy's CSV form, or None."""
    if not table.header:
        return None
    found = [_PAIR.match(v.text(h)) for h in table.header]
    if not all(found):
        return None
    return [m.groups() for m in found]


def pair_column_sheets(table: Table) -> dict[str, Table]:
    """FCMpy's CSV form (module docstring) as one From/To/terms sheet per expert; a cell
    that is no term is refused with its row and column."""
    pairs = _pairs(table) or []
    terms = list(TERMS)
    sheets, problems = {}, []
    for index, (number, row) in enumerate(zip(table.numbers, table.rows), start=1):
        sheet = Table(name=f"Expert{index}", header=["From", "To", *terms, _UNSURE],
                      row_word="pair")
        for k, (source, target, sign) in enumerate(pairs):
            cell = v.text(row[k] if k < len(row) else None).strip()
            if cell.casefold() in _NO_RATING:
                continue
            if cell.casefold() == _UNSURE:
                sheet.rows.append([source, target, *(0 for _t in terms), 1])
                sheet.numbers.append(number)
                continue
            term = cell.lower() if cell[0] in "+-" or cell.casefold() == "na" else \
                (sign + cell).lower()
            if term not in TERMS:
                problems.append(Problem(table.where(number, table.header[k]),
                                        translate("ratings", "{cell!r} is not a term (VH, H, M, L, "
                                                             "VL, NA or 'no causality')").format(
                                            cell=cell[:40])))
                continue
            sheet.rows.append([source, target, *(1 if t == term else 0 for t in terms), 0])
            sheet.numbers.append(number)
        sheets[sheet.name] = sheet
    if problems:
        raise LoadError(problems)
    return sheets


def ratings_to_model(tables: dict[str, Table], *, title: str = "Expert ratings",
                     options: ImportOptions | None = None) -> Imported:
    """Build a model from expert-rating sheets; see the module docstring."""
    options = options or ImportOptions()
    sheets = ratings_sheets(tables)
    if not sheets:
        raise LoadError(Problem("", translate("ratings", "found no expert-rating sheet (From, To "
                                                         "and term columns such as -VH ... +VH)")))
    notes = []
    if options.participants == ASK and len(sheets) > 1:
        raise ChoiceNeeded("participants", Problem("", translate("ratings", "{count} expert sheets ({sheets})").format(
                                                           count=len(sheets), sheets=', '.join(sheets))),
                           (KEEP, AGGREGATE, *sheets))
    if options.participants not in (KEEP, AGGREGATE, ASK):
        wanted = options.participants.strip().casefold()
        chosen = {k: t for k, t in sheets.items() if k.strip().casefold() == wanted}
        if not chosen:
            raise LoadError(Problem("", translate("ratings", "no expert sheet called {participants!r} "
                                                             "(sheets: {sheets})").format(
                                            participants=options.participants, sheets=', '.join(sheets))))
        notes.append(Problem("", translate("ratings", "{count} expert sheets: imported only "
                                                      "{next!r}, as asked").format(
                                     count=len(sheets), next=next(iter(chosen)))))
        sheets = chosen
    shares, order, loops, choices, (left_out, termed) = _shares(sheets)
    keep = options.participants == KEEP and len(sheets) > 1
    if len(sheets) > 1:
        kept = (translate("ratings", "each expert is a participant of the model") if keep else
                translate("ratings", "the experts were not kept as participants (import the "
                                     "file again and choose \u201cEvery sheet as a "
                                     "participant\u201d when Windtunnel asks about the sheets)")
                if options.asked else
                translate("ratings", "the experts were not kept as participants (import with "
                                     "--participants keep)"))
        notes.append(Problem("", translate("ratings", "{count} expert sheets "
                                                      "({sheets}{sheets2}): weights are "
                                                      "FCMpy's aggregate (term triangles "
                                                      "capped by each term's share of the "
                                                      "experts, combined by their maximum, "
                                                      "centroid); {kept}").format(
                                     count=len(sheets), sheets=', '.join(list(sheets)[:6]), sheets2=', ...' if len(sheets) > 6 else '', kept=kept)))
    if left_out:
        notes.append(Problem("", translate("ratings", "left out {count} rating{s} marked "
                                                      "Unsure, as FCMpy does (each of those "
                                                      "experts still counts in the terms' "
                                                      "shares)").format(
                                     count=left_out, s='s' if left_out != 1 else '')))
    if termed:
        notes.append(Problem("", translate("ratings", "read {count} rating{s} marked Unsure "
                                                      "that also chose a term as that term, "
                                                      "as FCMpy does (it leaves out the Unsure "
                                                      "mark, not the term)").format(
                                     count=termed, s='s' if termed != 1 else '')))
    if loops:
        notes.append(Problem("", translate("ratings", "skipped {loops} rating{s} of a "
                                                      "concept's influence on itself").format(
                                     loops=loops, s='s' if loops != 1 else '')))
    taken = v.TakenIds()
    ids, nodes = {}, []
    for label in order:
        ids[label] = v.new_id(label, taken)
        taken.add(ids[label])
        nodes.append(Node(ids[label], label))
    edges, cancelled = [], 0
    for ((source, target), share), weight in zip(shares.items(), _defuzzify(list(shares.values()))):
        weight = round(float(weight), 4)
        if abs(weight) >= 0.001:
            edges.append(Edge(ids[source], ids[target], weight))
        elif any(term != "na" for term in share):
            cancelled += 1
    if cancelled:
        notes.append(Problem("", translate("ratings", "{cancelled} rated pair{s} came "
                                                      "to 0 (the experts' ratings cancel out): "
                                                      "no edge").format(
                                     cancelled=cancelled, s='s' if cancelled != 1 else '')))
    try:
        model = Model.from_elements(title=title[:300], nodes=placed(nodes, edges),
                                    edges=edges,
                                    settings=Settings(aggregation="linguistic") if keep else None)
        if keep:
            voices, unsure = _voices(choices, ids)
            weights = {e.key: e.weight for e in model.edges}
            with_participants(model, voices)
            for key, weight in weights.items():       # FCMpy's figures, unsure splits counted
                model.update_edge(*key, weight=weight)
            if unsure:
                notes.append(Problem("", translate("ratings", "{unsure} rating{s} shared between "
                                                              "terms: each expert keeps the term with "
                                                              "the larger share, so the map's weights "
                                                              "change slightly if the aggregate is "
                                                              "recomputed").format(
                                             unsure=unsure, s='s' if unsure != 1 else '')))
    except ModelError as exc:
        raise LoadError(exc.problems) from None
    return Imported(model, tuple(notes), "ratings")


def _voices(choices: dict[str, dict], ids: dict[str, str]):
    """Each expert's ratings (one per pair, by the term with the larger share) and how many
    ratings were shared between terms."""
    voices, unsure = [], 0
    for sheet, pairs in choices.items():
        ratings = []
        for (source, target), chosen in pairs.items():
            if not chosen:
                continue
            term = max(chosen, key=chosen.get).upper()
            weight = None
            if len(chosen) > 1:
                unsure += 1
                total = sum(chosen.values())
                weight = sum(term_weight(t.upper()) * s for t, s in chosen.items()) / total
                weight = max(-1.0, min(1.0, weight))
            ratings.append(Rating(ids[source], ids[target], weight, term=term))
        voices.append((sheet, ratings))
    return voices, unsure


def _shares(sheets: dict[str, Table]):
    """(source, target) -> {term: share of the experts}; concepts in order; self-ratings;
    each sheet's (source, target) -> {term: value}; the ratings marked Unsure without a
    term (left out) and with one (read as it)."""
    totals: dict[tuple[str, str], dict[str, float]] = {}
    order: dict[str, None] = {}
    choices: dict[str, dict] = {}
    problems, loops, unsure = [], 0, [0, 0]
    for name, table in sheets.items():
        mine = choices.setdefault(name, {})
        start, end, terms = _columns(table)
        marks = [i for i, h in enumerate(table.header) if v.normal_header(h) == _UNSURE]
        for number, row in zip(table.numbers, table.rows):
            source = v.text(row[start] if start < len(row) else None).strip()
            target = v.text(row[end] if end < len(row) else None).strip()
            if not source or not target:
                if any(not v.is_blank(c) for c in row):
                    problems.append(Problem(table.where(number), translate("ratings", "has no From or To concept")))
                continue
            order.setdefault(source)
            order.setdefault(target)
            chosen = {}
            for term, index in terms.items():
                try:
                    value = v.number(row[index] if index < len(row) else None, default=0.0)
                except v.CellProblem as exc:
                    problems.append(Problem(table.where(number, table.header[index]), str(exc)))
                    continue
                if value and term in _UNSIGNED:
                    chosen[("+" if value > 0 else "-") + term] = abs(value)
                elif value:
                    chosen[term] = value
            if source == target:
                loops += any(term != "na" for term in chosen)
                continue
            if any(not v.is_blank(row[i]) and v.text(row[i]).strip() not in ("0", "0.0")
                   for i in marks if i < len(row)):
                unsure[bool(chosen)] += 1       # no term: left out; a term: read as it
            bucket = totals.setdefault((source, target), {})
            mine[(source, target)] = chosen
            for term, value in chosen.items():
                bucket[term] = bucket.get(term, 0.0) + value
    if problems:
        raise LoadError(problems)
    count = len(sheets)
    shares = {key: {t: s / count for t, s in terms.items()} for key, terms in totals.items()}
    return shares, list(order), loops, choices, unsure


def _defuzzify(shares: list[dict[str, float]]) -> np.ndarray:
    """FCMpy's default weight (Mamdani, max, centroid) of each pair's term shares."""
    table = np.zeros((len(shares), len(LINGUISTIC_TERMS)))
    for row, share in enumerate(shares):
        for term, value in share.items():
            table[row, LINGUISTIC_TERMS.index(term.upper())] = min(value, 1.0)
    return linguistic_weights(table)


#: A key naming one of FCMpy's signed terms (or NA), as its JSON form writes it.
_TERM_KEY = re.compile(rb'"\s*(?:[+-]\s*(?:vh|h|m|l|vl)|na)\s*"\s*:')


def looks_like_ratings_json(head: bytes) -> bool:
    """Whether the start of a .json file looks like FCMpy's expert ratings: ``from`` and
    ``to`` keys and a term's key (``+M``), whichever terms the file lists."""
    head = head.lower()
    return b'"from"' in head and b'"to"' in head and bool(_TERM_KEY.search(head))


def ratings_json_to_model(data: bytes, *, title: str = "Expert ratings",
                          options: ImportOptions | None = None) -> Imported:
    """FCMpy's JSON form: ``{"Expert_1": [{"from": ..., "to": ..., "+M": 1, ...}], ...}``."""
    raw = parsed_json(json_text(data), decoded=True)
    if not isinstance(raw, dict) or not all(isinstance(x, list) for x in raw.values()):
        raise LoadError(Problem("", translate("ratings", "not FCMpy expert ratings (expected "
                                                         "{expert: [rows]})")))
    header = _json_header(raw)
    tables = {}
    for expert, rows in raw.items():
        table = Table(name=str(expert), header=header, row_word="entry")
        for number, row in enumerate(rows, start=1):
            if isinstance(row, dict):
                table.rows.append([row.get(k) for k in header])
                table.numbers.append(number)
        tables[str(expert)] = table
    return ratings_to_model(tables, title=title, options=options)


def _json_header(raw: dict) -> list[str]:
    """The columns of every expert's sheet in FCMpy's JSON form: every key any row of any
    expert has (FCMpy joins the experts' rows into one table), and FCMpy's other signed
    terms when the file lists only those it uses (``+M``, ``-VL``): a term no row names is
    a term no expert chose, as FCMpy counts it. Unsigned terms (``VH`` with a sign in the
    cell) are FCMpy's first releases', read as they are."""
    header = list(dict.fromkeys(str(key) for rows in raw.values() for row in rows
                                if isinstance(row, dict) for key in row))
    present = {v.normal_header(key) for key in header}
    if present & _UNSIGNED or not present & TERMS.keys():
        return header
    return header + [term.upper() for term in TERMS if term not in present]
