"""``windtunnel compare A B``: how alike two maps are, and B's edges against A's.

Nodes are matched by normalised label (case, spacing and punctuation do not count), as
Mental Modeler's compare module matches them. Prints the edge-set Jaccard index, the
weighted similarity, and Mental Modeler's score of B against A as the reference (correctly
signed minus extra and missing edges), with the lists of extra, missing, wrongly signed
and reversed edges. ``windtunnel compare MODEL`` with one model of participants prints the
similarity of every pair of participants and of each to the shared map.
"""

from __future__ import annotations

from pathlib import Path

from ..engine import compare as score, jaccard, participant_weights, weighted_similarity
from ..errors import LoadError, Problem
from ..io.participants import normal_label, read_map
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


def _participants_report(model) -> str:
    """Pairwise similarity of the participants' maps, and each against the shared map."""
    if len(model.participants) < 2:
        raise LoadError(Problem("", translate("compare", "one model compares its participants "
                                                         "only when it has two or more; give two "
                                                         "maps to compare them")))
    voices = participant_weights(model)
    maps = [{k: w for k, w in zip(voices.edges, row) if w != 0} for row in voices.weights]
    shared = {e.key: e.weight for e in model.edges if e.weight != 0}
    rows = [[f"{i + 1} {clip(voices.labels[i], 30)}", f"{jaccard(m, shared):.2f}",
             f"{weighted_similarity(m, shared):.2f}"]
            + [f"{weighted_similarity(m, other):.2f}" for other in maps]
            for i, m in enumerate(maps)]
    lines = [translate("compare", "{count} participants: each against the shared map (Jaccard "
                                  "of edge sets, weighted similarity), then the weighted "
                                  "similarity of each pair (columns numbered as the rows; 1 = "
                                  "the same map)").format(count=len(maps)), ""]
    header = ([translate("compare", "participant"), "Jaccard", translate("compare", "weighted")]
              + [str(i + 1) for i in range(len(maps))])
    return "\n".join(lines + table(header, rows))
