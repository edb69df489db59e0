"""``windtunnel compare A B``: how alike two maps are, and B's edges against A's.

Nodes are matched by normalised label (case, spacing and punctuation do not count), as
Mental Modeler's compare module matches them. Prints the edge-set Jaccard index, the
weighted similarity, and Mental Modeler's score of B against A as the reference (correctly
signed minus extra and missing edges), with the lists of extra, missing, wrongly signed
and reversed edges. ``windtunnel compare MODEL`` with one model of participants prints the
similarity of every pair of participants and of each to the room, over what each
participant rated: a participant's map is the edges they rated (an edge they did not rate
is not theirs, whatever the aggregation fills in for it when their map is run). The
Jaccard index says how much of the shared map they drew; the weighted similarity compares
their weights with the others' aggregate (the shared map without them, by the model's
method) on the edges another participant rated too (against the shared map itself, their
own rating would pull it towards theirs, and an edge only they rated would agree with
itself); a pair's is on the edges both rated.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..engine import compare as score, jaccard, rating_table, weighted_similarity
from ..engine.aggregation import aggregate_without
from ..errors import LoadError, Problem
from ..io.participant_files import read_map
from ..io.participants import normal_label
from ..language import translate
from .arguments import COUNT
from .text import clip, printable, table
from .summaries import command_parser

NAME = "compare"

__all__ = ["NAME", "add_parser", "run"]


def add_parser(subparsers) -> None:
    parser = command_parser(subparsers, NAME, translate(
        "compare", "Compare map B with map A (the reference): similarity and the edges that "
                   "differ. With one model of participants, compare the participants."))
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help=translate("compare", "the reference map A and the map B (any "
                                                  "format Windtunnel reads), or one model "
                                                  "with participants"))
    parser.add_argument("--top", type=COUNT, default=20, metavar="N",
                        help=translate("compare", "edges listed per kind of difference "
                                                  "(default 20)"))
    parser.set_defaults(run=run)


def _edges(model) -> tuple[dict, dict]:
    """The map's edges keyed by normalised labels, and those keys' labels as written."""
    key = {n.id: normal_label(n.label) for n in model.nodes}
    shown = {normal_label(n.label): n.label for n in model.nodes}
    return {(key[e.source], key[e.target]): e.weight for e in model.edges}, shown


def run(args) -> int:
    if len(args.files) > 2:
        raise LoadError(Problem("", translate("compare", "{count} files given; compare takes two "
                                                         "maps or one model with participants").format(
                                        count=len(args.files))))
    models = [read_map(Path(f)) for f in args.files]
    if len(models) == 1:
        print(_participants_report(models[0]))
        return 0
    (a, shown_a), (b, shown_b) = _edges(models[0]), _edges(models[1])
    shown = {**shown_b, **shown_a}
    result = score(b, a, nodes=tuple(shown_b), reference_nodes=tuple(shown_a))
    name_a, name_b = (printable(Path(f).name) for f in args.files)
    lines = [translate("compare", "{b} against {a} (the reference):").format(b=name_b, a=name_a),
             translate("compare", "  edge-set Jaccard     {value}").format(
                 value=f"{jaccard(a, b):.3f}"),
             translate("compare", "  weighted similarity  {value}").format(
                 value=f"{weighted_similarity(a, b):.3f}"),
             translate("compare", "  Mental Modeler score {score} (correctly signed {correct} - "
                                  "extra {extra} - missing {missing})").format(
                 score=result.score, correct=len(result.correctly_signed),
                 extra=len(result.extra), missing=len(result.missing))]
    for title, keys in ((translate("compare", "extra edges (in B only)"), result.extra),
                        (translate("compare", "missing edges (in A only)"), result.missing),
                        (translate("compare", "wrongly signed edges"), result.wrongly_signed),
                        (translate("compare", "reversed edges (B has A's edge the other way)"),
                         result.reversed)):
        if keys:
            lines += ["", f"{title}: {len(keys)}"]
            rows = [[clip(shown[s], 30), clip(shown[t], 30),
                     _weight(a.get((s, t))), _weight(b.get((s, t)))]
                    for s, t in keys[:args.top]]
            lines += table([translate("compare", "source"), translate("compare", "target"),
                            "A", "B"], rows)
    for title, names in ((translate("compare", "concepts in B only"), result.extra_nodes),
                         (translate("compare", "concepts in A only"), result.missing_nodes)):
        if names:
            lines += ["", f"{title}: " + ", ".join(clip(shown[n], 40) for n in names[:args.top])]
    print("\n".join(lines))
    return 0


def _weight(value) -> str:
    return "" if value is None else f"{value:+.2f}"


def _on(keys, weights: dict) -> dict:
    """``weights`` on ``keys`` (0 where it has none)."""
    return {k: weights.get(k, 0.0) for k in keys}


def _alike(a: dict, b: dict) -> str:
    """The weighted similarity of two participants on the edges both rated; a dash when
    they rated none in common (nothing to compare)."""
    both = a.keys() & b.keys()
    return f"{weighted_similarity(_on(both, a), _on(both, b)):.2f}" if both else "-"


def _against_others(table, index: int, mine: dict, settings) -> str:
    """Participant ``index``'s weights against the others' aggregate on the edges another
    participant rated too; a dash when there is none."""
    others = np.delete(table.weights, index, axis=0)
    rated = ~np.isnan(others).all(axis=0)          # an explicit 0 is a rating too
    theirs = dict(zip(table.edges, aggregate_without(table, index, settings)))
    common = [k for k, r in zip(table.edges, rated) if r and k in mine]
    if not common:
        return "-"
    return f"{weighted_similarity(_on(common, mine), _on(common, theirs)):.2f}"


def _participants_report(model) -> str:
    """Each participant against the shared map and the others, and each pair, over what
    they rated (the module docstring)."""
    if len(model.participants) < 2:
        raise LoadError(Problem("", translate("compare", "one model compares its participants "
                                                         "only when it has two or more; give two "
                                                         "maps to compare them")))
    ratings = rating_table(model)
    maps = [{k: w for k, w in zip(ratings.edges, row) if w == w and w != 0}
            for row in ratings.weights]
    shared = {e.key: e.weight for e in model.edges}       # drawn, if the ratings cancel out
    rows = [[f"{i + 1} {clip(ratings.labels[i], 30)}",
             f"{len(m.keys() & shared.keys())} / {len(shared)}", f"{jaccard(m, shared):.2f}",
             _against_others(ratings, i, m, model.settings)]
            + [_alike(m, other) for other in maps]
            for i, m in enumerate(maps)]
    lines = [translate("compare", "{count} participants, over the edges each rated (an edge a "
                                  "participant did not rate never counts as agreeing):").format(
                 count=len(maps)),
             translate("compare", "  rated     the shared map's edges they rated"),
             translate("compare", "  Jaccard   their edges against the shared map's (1 = they "
                                  "rated every edge and no other)"),
             translate("compare", "  others    their weights against the others' aggregate "
                                  "on the edges another rated too (1 = the same weights; - : "
                                  "none)"),
             translate("compare", "  1, 2, ... the weighted similarity of each pair on the edges "
                                  "both rated (- : none in common)"), ""]
    header = ([translate("compare", "participant"), translate("compare", "rated"), "Jaccard",
               translate("compare", "others")] + [str(i + 1) for i in range(len(maps))])
    return "\n".join(lines + table(header, rows))
