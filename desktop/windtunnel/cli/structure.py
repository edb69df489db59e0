"""``windtunnel structure FILE``: the structure of a map, without running it.

Prints the model statistics (density, complexity, hierarchy index), the most central nodes
with their degrees, role and betweenness (saying when betweenness is an estimate), a
summary of the feedback loops, and, with ``--actor``/``--outcome``, the chokepoints between
them. ``--out FILE.csv`` writes the metrics of every node. A progress bar goes to stderr
for the loop search and betweenness on large maps.
"""

from __future__ import annotations

from pathlib import Path

from ..engine.structure import LONGEST_LOOP
from ..engine import (chokepoints, compiled_model, find_loops, model_statistics,
                      node_metrics)
from ..engine.run import resolve_node
from ..errors import WindtunnelError
from ..io.csv import table_csv_bytes
from ..io.words import statistic_name, word
from ..language import translate
from ..model import load
from ..model.atomic import atomic_write
from ..model.output_paths import writable_output
from .arguments import COUNT, MAX_COUNT, add_model_file, output_name, whole_number
from .text import ARROW, ProgressBar, clip, printable, table
from .summaries import command_parser

PIVOTS = whole_number(2, MAX_COUNT)

NAME = "structure"

__all__ = ["NAME", "add_parser", "run", "write_metrics_csv"]


def add_parser(subparsers) -> None:
    parser = command_parser(subparsers, NAME, translate(
        "structure", "Describe the structure of a model: statistics, the most central nodes, "
                     "feedback loops and (with --actor and --outcome) chokepoints."))
    add_model_file(parser)
    parser.add_argument("--top", type=COUNT, default=15, metavar="N",
                        help=translate("structure", "nodes and loops listed (default 15)"))
    parser.add_argument("--loops-max", type=COUNT, default=10_000, metavar="N",
                        help=translate("structure", "stop the loop search after this many "
                                                    "loops (default 10000)"))
    parser.add_argument("--max-length", type=COUNT, default=LONGEST_LOOP, metavar="N",
                        help=translate("structure", "longest loop searched, in nodes "
                                                    "(default 12)"))
    parser.add_argument("--pivots", type=PIVOTS, metavar="K",
                        help=translate("structure", "estimate betweenness from K source "
                                                    "nodes (default: exact up to 500 nodes, "
                                                    "250 pivots above)"))
    parser.add_argument("--actor", action="append", metavar="NODE",
                        help=translate("structure", "with --outcome: an actor whose positive "
                                                    "paths to the outcome are cut (repeat "
                                                    "for several)"))
    parser.add_argument("--outcome", metavar="NODE",
                        help=translate("structure", "with --actor: the outcome node of the "
                                                    "chokepoint search"))
    parser.add_argument("--out", metavar="FILE.csv", type=output_name,
                        help=translate("structure", "also write every node's metrics as a "
                                                    "CSV table"))
    parser.set_defaults(run=run)


def run(args) -> int:
    if bool(args.actor) != bool(args.outcome):
        raise WindtunnelError(translate("structure", "--actor and --outcome go together"))
    if args.out and Path(args.out).suffix.lower() != ".csv":
        raise WindtunnelError(translate("structure", "--out {out}: the metrics are written as "
                                                     ".csv").format(out=args.out))
    if args.out:
        writable_output(args.out)
    model = load(args.file)
    network = compiled_model(model)
    found = None
    if args.outcome:
        found = chokepoints(network, [resolve_node(model, actor) for actor in args.actor],
                            resolve_node(model, args.outcome))
    with ProgressBar(translate("structure", "loops")) as bar:
        search = find_loops(network, max_length=args.max_length, max_loops=args.loops_max,
                            progress=bar.update)
    with ProgressBar(translate("structure", "betweenness")) as bar:
        metrics = node_metrics(network, pivots=args.pivots, progress=bar.update)
    print(report(args.file, metrics, model_statistics(network, metrics), search, found,
                 top=args.top))
    if args.out:
        write_metrics_csv(metrics, Path(args.out))
        print(translate("structure", "wrote {out}").format(out=printable(args.out)))
    return 0


def report(title, metrics, stats, search, found, *, top: int) -> str:
    """The readable text the command prints (in the current language)."""
    lines = [translate("structure", "{title}: {nodes} nodes, {edges} edges").format(
        title=printable(title), nodes=stats.nodes, edges=stats.edges), ""]
    lines += table([translate("structure", "statistic"), translate("structure", "value")], [
        [statistic_name("density"), f"{stats.density:.4f}"],
        [statistic_name("edges_per_node"), f"{stats.edges_per_node:.2f}"],
        [translate("structure", "drivers / receivers / ordinary"),
         f"{stats.drivers} / {stats.receivers} / {stats.ordinary}"],
        [statistic_name("complexity"), _number(stats.complexity)],
        [statistic_name("hierarchy"), _number(stats.hierarchy)]])
    frame = metrics.to_frame().sort_values(["centrality", "betweenness"], ascending=False,
                                           kind="stable")
    lines += ["", translate("structure", "most central nodes ({note}):").format(
        note=printable(metrics.note))]
    lines += table([translate("structure", "node"), translate("structure", "label"),
                    translate("structure", "in"), translate("structure", "out"),
                    translate("structure", "indegree"), translate("structure", "outdegree"),
                    translate("structure", "centrality"), translate("structure", "role"),
                    translate("structure", "betweenness")],
                    [[node, clip(r.label, 28), str(r.in_edges), str(r.out_edges),
                      f"{r.indegree:.3f}", f"{r.outdegree:.3f}", f"{r.centrality:.3f}",
                      word(r.role), f"{r.betweenness:.4f}"]
                     for node, r in frame.head(top).iterrows()])
    loops = search.loops
    reinforcing = sum(lp.polarity == "reinforcing" for lp in loops)
    lines += ["", translate("structure", "feedback loops: {count} ({reinforcing} reinforcing, "
                                         "{balancing} balancing); {note}").format(
        count=len(loops), reinforcing=reinforcing, balancing=len(loops) - reinforcing,
        note=search.note)]
    if loops:
        lines += table(["#", translate("structure", "polarity"), translate("structure", "length"),
                        translate("structure", "gain"), translate("structure", "members")],
                        [[str(i + 1), word(lp.polarity), str(lp.length), f"{lp.gain:+.4f}",
                          clip(ARROW.join(lp.members + lp.members[:1]), 80)]
                         for i, lp in enumerate(loops[:top])])
        if len(loops) > top:
            lines.append("  " + translate("structure", "... and {count} more (windtunnel loops "
                                                       "lists them)").format(count=len(loops) - top))
    if found is not None:
        lines += ["", _chokepoint_text(found)]
    return "\n".join(lines)


def _chokepoint_text(found) -> str:
    actors = ", ".join(found.actors)
    if not found.connected:
        return translate("structure", "chokepoints: no positive path from {actors} to "
                                      "{outcome}").format(actors=actors, outcome=found.outcome)
    text = translate("structure", "chokepoints from {actors} to {outcome}: {nodes}").format(
        actors=actors, outcome=found.outcome,
        nodes=(", ".join(found.nodes) if found.nodes
               else translate("structure", "none (only direct edges)")))
    if found.direct:
        text += translate("structure", "; direct positive edges that no node removal cuts: "
                                       "from {actors}").format(actors=", ".join(found.direct))
    return text


def _number(value) -> str:
    return "-" if value is None else f"{value:.4f}"


def write_metrics_csv(metrics, path: Path) -> None:
    """Every node's metrics, one row per node, text cells safe for spreadsheets; the
    column ``betweenness_from`` says "all nodes" or how many pivots the estimate used."""
    frame = metrics.to_frame().reset_index()
    frame["betweenness_from"] = ("all nodes" if metrics.betweenness_exact
                                 else f"{metrics.betweenness_pivots} pivots")
    atomic_write(path, table_csv_bytes(frame, ["node", "label", "role"]))
