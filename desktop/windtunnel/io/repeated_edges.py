"""An edge on two or more rows of an Edges sheet (the same From and To; GraphML's and
GEXF's parallel edges come as rows too), merged as the ``repeated`` option says.

The rows fold into the first (:func:`merge_into`: its rows and given weights kept, texts
and sources joined); an edge whose merged texts or sources no edge may hold is refused
before any question (:func:`refuse_unfit_merges`); then :func:`settle_repeats` gives each
the sum or the mean of its rows' weights and bounds, or refuses it, and notes each merged
edge with its rows (see :mod:`windtunnel.io.edges_sheet` for why a sum that leaves
[-1, 1] is refused when every weight as written fits; a graph file's parallel edges, told
apart by a kind, are influences of their own, and their sum is held at the bound with a
note, :mod:`windtunnel.io.parallel_edges` keeping each in the rationale). :func:`row_edge`
is the edge a row's values (or a merged edge's) give. Messages keep the ``edges_sheet``
context, where the catalogues have them.
"""

from __future__ import annotations

from ..errors import Problem
from ..language import translate
from ..model import Edge
from .importing import ASK, ChoiceNeeded, ImportOptions
from .naming import short_name
from .nodes_sheet import rows_text
from .rows import Reader, checked, clean, header_of
from .tables import Table, located

__all__ = ["row_edge", "row_bounds", "merge_into", "refuse_unfit_merges", "settle_repeats"]


def row_edge(data: dict, source: str, target: str) -> Edge:
    """The edge a row's values (or a merged edge's) give, between the resolved ends."""
    return Edge(**(clean(data, Edge) | {"source": source, "target": target,
                                         "weight": data["weight"]}))


def row_bounds(data: dict) -> tuple[float | None, float | None]:
    """A row's low and high bounds of its weight (a fuzzy weight's, or its Low and High
    cells'), None where it gives none."""
    return data.get("low"), data.get("high")


def merge_into(first: dict, data: dict, given: bool, number: int) -> None:
    """Fold a repeated edge into its first row: its row and given weight are kept for
    :func:`settle_repeats`, its texts and sources joined to the first's."""
    first["_rows"].append(number)
    first.setdefault("_delays", {first.get("delay") or 0}).add(data.get("delay") or 0)
    if given:
        first["_weights"].append(data["weight"])
        first["_weighed"].append(number)
        first["row_bounds"].append(row_bounds(data))
    for name in ("rationale",):
        extra = data.get(name) or ""
        if extra and extra not in (first.get(name) or ""):
            first[name] = f"{first[name]}\n{extra}" if first.get(name) else extra
    if data.get("sources"):
        first["sources"] = tuple(dict.fromkeys((*(first.get("sources") or ()),
                                                *data["sources"])))


def refuse_unfit_merges(rows: list[dict], table: Table, columns: dict[str, int],
                         reader: Reader) -> None:
    """Refuse, where its first row is, each repeated edge whose rows merged into one edge
    give it what no edge may hold (rationales joined past the length of a text, more
    sources than an edge cites), before any question is asked: the texts and sources are
    merged whatever the answers, and a user asked about the weights would be refused
    anyway."""
    graph = table.row_word == "edge"     # GraphML or GEXF: parallel edges, not rows
    for row in rows:
        if len(row["_rows"]) < 2:
            continue
        if len(row.get("_delays", ())) > 1:
            _refuse_delays(row, table, columns, reader, graph)
            continue
        edge = row_edge(row, row["source"], row["target"])
        problems = edge.problems(any_scale=True)
        if not problems:
            continue
        row["_refused"] = True
        message = (translate("edges_sheet", "the edge {pair} is listed more than once "
                                            "({rows}), and the one edge its edges merge into "
                                            "would be refused: {problem}; merge them by hand "
                                            "into one that fits") if graph else translate(
            "edges_sheet", "the edge {pair} is listed more than once ({rows}), and the one edge "
                           "its rows merge into would be refused: {problem}; merge them by hand "
                           "into one row that fits"))
        checked(edge, table, row["_row"], "Edges", columns, reader, [
            (name, message.format(pair=_pair_text(row), rows=_listed(row, table), problem=problem))
            for name, problem in problems])


def _refuse_delays(row: dict, table: Table, columns: dict[str, int], reader: Reader,
                   graph: bool) -> None:
    """Refuse a repeated edge whose rows give it different delays: an edge has one delay,
    and adding an immediate influence to a delayed one (keeping the first row's delay)
    would change what the map says."""
    row["_refused"] = True
    delays = ", ".join(str(delay) for delay in sorted(row["_delays"]))
    reader.problem(table, row["_row"], header_of(table, columns, "delay"), (translate(
        "edges_sheet", "the edge {pair} is listed more than once ({rows}) with different "
                       "delays ({delays}); an edge has one delay: merge the edges into one "
                       "by hand") if graph else translate(
        "edges_sheet", "the edge {pair} is listed more than once ({rows}) with different "
                       "delays ({delays}); an edge has one delay: merge the rows into one by "
                       "hand")).format(pair=_pair_text(row), rows=_listed(row, table),
                                       delays=delays))


def settle_repeats(rows: list[dict], table: Table, columns: dict[str, int], reader: Reader,
                    options: ImportOptions) -> None:
    """Give each edge on several rows the weight the ``repeated`` option says (the sum or the
    mean of the weights its rows give; a row without a weight adds nothing), or refuse it;
    note the edges merged. A caller that asks is asked only when the answer matters: when
    some edge has two or more weights. A sum outside [-1, 1] when every weight as written
    fits is refused where the edge's rows are (see the module docstring)."""
    repeated = [row for row in rows if len(row["_rows"]) > 1]
    if not repeated:
        return
    count, plural = len(repeated), "s" if len(repeated) != 1 else ""
    pairs = "; ".join(f"{_pair_text(row)} ({_listed(row, table)})" for row in repeated[:5]) + (
        "; ..." if count > 5 else "")
    contradictions = {id(row): signs for row in repeated if (signs := _signs(row, table))}
    if (options.repeated == ASK and not reader.problems   # a refused row: refused, not asked
            and any(len(row["_weights"]) > 1 for row in repeated)):
        if not contradictions:
            raise ChoiceNeeded("repeated", Problem(table.where(), translate(
                "edges_sheet", "{count} edge{s} listed more than once: {pairs}").format(
                    count=count, s=plural, pairs=pairs)))
        raise ChoiceNeeded("repeated", Problem(table.where(), translate(
            "edges_sheet", "{count} edge{s} listed more than once ({pairs}), {opposite} of "
                           "them with opposite signs, which contradict each other: "
                           "{contradictions}").format(
                count=count, s=plural, pairs=pairs, opposite=len(contradictions),
                contradictions=_contradicted(repeated, contradictions))),
            ("refuse", "add", "mean"))
    header = header_of(table, columns, "weight") if "weight" in columns else None
    graph = table.row_word == "edge"     # GraphML or GEXF: parallel edges, not rows
    if options.repeated == "refuse":
        for row in repeated:
            row["_refused"] = True
            if id(row) in contradictions:
                reader.problem(table, row["_row"], header, translate(
                    "edges_sheet", "the edge {pair} is listed with opposite signs ({signs}), "
                                   "which contradict each other: correct the sign that is "
                                   "wrong, or merge them into one by hand").format(
                        pair=_pair_text(row), signs=contradictions[id(row)]))
                continue
            reader.problem(table, row["_row"], None, _refusal(graph, options.asked).format(
                pair=_pair_text(row), rows=_listed(row, table)))
        return
    adding = options.repeated != "mean"          # "add", or "ask" when nothing differs
    fits = all(abs(value) <= 1 for row in rows
               for value in (*row["_weights"], *(b for pair in row["row_bounds"] for b in pair),
                             row.get("low"), row.get("high"))
               if value is not None)
    for row in repeated:
        if row["_weights"]:
            total = sum(row["_weights"])
            row["weight"] = total if adding else total / len(row["_weights"])
            _merge_bounds(row, adding, fits)
    held = []
    for row in repeated:
        if (fits and abs(row["weight"]) > 1 and adding
                and set(row["_rows"]) <= table.distinct_parallels):
            held.append((row, row["weight"]))
            row["weight"] = max(-1.0, min(1.0, row["weight"]))
        elif fits and abs(row["weight"]) > 1:
            row["_refused"] = True
            reader.problem(table, row["_row"], header, _sum_refusal(graph, options.asked).format(
                pair=_pair_text(row), total=row["weight"], rows=_listed(row, table)))
    if not any(len(row["_weights"]) > 1 for row in repeated):
        message = translate("edges_sheet", "merged {count} edge{s} listed more than once into "
                                           "one each (no edge had two weights, so none were "
                                           "added or averaged): {pairs}")
    elif adding:
        message = translate("edges_sheet", "merged {count} edge{s} listed more than once, "
                                           "adding their weights as Gephi merges parallel "
                                           "edges: {pairs}")
    else:
        message = translate("edges_sheet", "merged {count} edge{s} listed more than once, "
                                           "each with the mean of its weights: {pairs}")
    reader.note(table, None, None, message.format(count=count, s=plural, pairs=pairs))
    for row, total in held:
        reader.note(table, None, None, translate(
            "edges_sheet", "the parallel edges {pair} ({rows}) add up to {total:g}, outside "
                           "[-1, 1]: held at {weight:g}, the strongest influence an edge has; "
                           "its rationale lists each parallel edge with its weight").format(
            pair=_pair_text(row), rows=_listed(row, table), total=total, weight=row["weight"]))
    for row in repeated:
        if id(row) in contradictions and not row.get("_refused"):
            reader.note(table, None, None, (translate(
                "edges_sheet", "the edge {pair} is listed with opposite signs ({signs}), which "
                               "contradict each other: their weights were added, giving "
                               "{weight:g}; check which sign is meant") if adding else translate(
                "edges_sheet", "the edge {pair} is listed with opposite signs ({signs}), which "
                               "contradict each other: the mean of their weights, {weight:g}, "
                               "was kept; check which sign is meant")).format(
                    pair=_pair_text(row), signs=contradictions[id(row)], weight=row["weight"]))


def _signs(row: dict, table: Table) -> str:
    """Where a repeated edge's rows give it opposite signs and which (``row 2: +0.5, row 3:
    -0.5``), or "" when its weights agree in sign: one row saying the source raises the
    target and another that it lowers it is contradictory intent, which a sum (0) or a
    mean would settle without a word."""
    weights = row["_weights"]
    if not (any(weight > 0 for weight in weights) and any(weight < 0 for weight in weights)):
        return ""
    return ", ".join(f"{located(table.row_word, table.places.get(number, number))}: {weight:+g}"
                     for number, weight in zip(row["_weighed"], weights))


def _contradicted(repeated: list[dict], contradictions: dict[int, str]) -> str:
    """The edges with opposite signs as a question lists them, five at the most."""
    listed = [f"{_pair_text(row)} ({contradictions[id(row)]})" for row in repeated
              if id(row) in contradictions]
    return "; ".join(listed[:5]) + ("; ..." if len(listed) > 5 else "")


def _sum_refusal(graph: bool, asked: bool) -> str:
    """The refusal of a repeated edge whose weights add up past [-1, 1], saying how to
    settle it: one row or edge, or the mean (the option on the command line, the answer
    to choose when the app asks). A graph file's parallel edges told apart by a kind are
    held at the bound instead (:func:`settle_repeats`)."""
    if asked:
        return (translate("edges_sheet", "the edge {pair} is listed more than once ({rows}) "
                                         "and its weights add up to {total:g}, outside [-1, 1]; "
                                         "a repeated edge does not rescale the rest of the "
                                         "map: keep one of its edges, with the edge's weight, "
                                         "or import the file again and choose \u201cTake the "
                                         "mean of their weights\u201d when Windtunnel asks")
                if graph else translate(
            "edges_sheet", "the edge {pair} is listed more than once ({rows}) and its weights "
                           "add up to {total:g}, outside [-1, 1]; a repeated edge does not "
                           "rescale the rest of the map: keep one row with the edge's weight, "
                           "or import the file again and choose \u201cTake the mean of their "
                           "weights\u201d when Windtunnel asks"))
    return (translate("edges_sheet", "the edge {pair} is listed more than once ({rows}) and "
                                     "its weights add up to {total:g}, outside [-1, 1]; a "
                                     "repeated edge does not rescale the rest of the map: keep "
                                     "one of its edges, with the edge's weight, or import with "
                                     "--repeated mean to take the mean of its parallel edges")
            if graph else translate(
        "edges_sheet", "the edge {pair} is listed more than once ({rows}) and its weights add "
                       "up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the "
                       "rest of the map: keep one row with the edge's weight, or import with "
                       "--repeated mean to take the mean of its rows"))


def _refusal(graph: bool, asked: bool) -> str:
    """The refusal of an edge listed more than once, saying how to have it merged: the
    option on the command line, the answer to choose when the app asks."""
    if asked:
        return (translate("edges_sheet", "the edge {pair} is listed more than once ({rows}); "
                                         "merge the edges into one, or import the file again "
                                         "and choose \u201cAdd their weights\u201d or \u201cTake "
                                         "the mean of their weights\u201d when Windtunnel "
                                         "asks") if graph else translate(
            "edges_sheet", "the edge {pair} is listed more than once ({rows}); merge the rows "
                           "into one, or import the file again and choose \u201cAdd their "
                           "weights\u201d or \u201cTake the mean of their weights\u201d when "
                           "Windtunnel asks"))
    return (translate("edges_sheet", "the edge {pair} is listed more than once ({rows}); merge "
                                     "the edges into one, or import with --repeated add or "
                                     "mean") if graph else translate(
        "edges_sheet", "the edge {pair} is listed more than once ({rows}); merge the rows into "
                       "one, or import with --repeated add or mean"))


def _merge_bounds(row: dict, adding: bool, fits: bool) -> None:
    """Bound a merged edge's weight as its weight was merged: each row's low (high), or its
    weight where the row gives none, added or averaged, so the weight stays within them
    (a triangular fuzzy weight's sum and mean are taken bound by bound); no bounds when
    no row gives one. In a map whose weights all fit [-1, 1] a sum's bounds are held to
    that range, which no weight leaves."""
    for index, name in enumerate(("low", "high")):
        given = [pair[index] for pair in row["row_bounds"]]
        if all(bound is None for bound in given):
            row[name] = None
            continue
        total = sum(weight if bound is None else bound
                    for bound, weight in zip(given, row["_weights"]))
        value = total if adding else total / len(given)
        row[name] = min(1.0, max(-1.0, value)) if fits else value


def _pair_text(row: dict) -> str:
    """An edge as its first row names its ends: ``Tax → Demand``."""
    source, target = (short_name(name.strip()) for name in row["_names"])
    return f"{source} → {target}"


def _listed(row: dict, table: Table) -> str:
    """Where a repeated edge is listed: its rows in a sheet or CSV file; how many times
    in GraphML or GEXF, whose rows are the reader's own, not lines of the file."""
    if table.row_word == "edge":
        return translate("edges_sheet", "{count} times").format(count=len(row["_rows"]))
    return translate("edges_sheet", "rows {rows}").format(rows=rows_text(row["_rows"]))
