"""``windtunnel loops FILE``: the feedback loops of a model, strongest first.

Lists each loop's polarity (reinforcing or balancing), length, gain (the product of its
weights), total delay and members, and says what the bounded search left out (length, count
and ``--time-budget``). A progress bar goes to stderr while the search runs.

``--over-time --scenario S`` adds, for each objective's node (or each ``--node``), which
loop dominates its change in the scenario over time (engine/loopscores.py): stretches of
steps with the dominant loop and its share of the loops' absolute scores.
"""

from __future__ import annotations

from ..engine.structure import LONGEST_LOOP
from ..engine import (compile_scenario, compiled_model, find_loops, loop_scores,
                      resolve_scenarios)
from ..errors import WindtunnelError
from ..io.words import word
from ..language import translate
from ..model import load, translated
from .text import ARROW, ProgressBar, clip, printable, table
from .arguments import add_model_file
from .summaries import command_parser

NAME = "loops"

__all__ = ["NAME", "add_parser", "run"]


def add_parser(subparsers) -> None:
    parser = command_parser(subparsers, NAME, translate(
        "loops", "List the feedback loops of a model with their polarity, length and gain, "
                 "strongest first."))
    add_model_file(parser)
    parser.add_argument("--max-length", type=int, default=LONGEST_LOOP, metavar="N",
                        help=translate("loops", "longest loop searched, in nodes (default 12)"))
    parser.add_argument("--limit", type=int, default=10_000, metavar="N",
                        help=translate("loops", "stop after this many loops (default 10000)"))
    parser.add_argument("--top", type=int, default=50, metavar="N",
                        help=translate("loops", "loops printed (default 50)"))
    parser.add_argument("--time-budget", type=float, metavar="SECONDS",
                        help=translate("loops", "stop the loop search after this many "
                                                "seconds (and say so)"))
    parser.add_argument("--over-time", action="store_true",
                        help=translate("loops", "show the dominant loop per node over time "
                                                "in --scenario"))
    parser.add_argument("--scenario", "-s", metavar="NAME",
                        help=translate("loops", "the scenario for --over-time (id or label)"))
    parser.add_argument("--node", "-n", action="append", metavar="NODE",
                        help=translate("loops", "a node for --over-time, by id or label "
                                                "(repeatable; default: the objectives' "
                                                "nodes)"))
    parser.set_defaults(run=run)


def run(args) -> int:
    for name in ("max_length", "limit", "top"):
        if getattr(args, name) < 1:
            raise WindtunnelError(translate("loops", "--{option}: must be at least 1").format(
                option=name.replace("_", "-")))
    if args.time_budget is not None and not args.time_budget > 0:
        raise WindtunnelError(translate("loops", "--time-budget: must be a number of seconds "
                                                 "above 0"))
    if args.over_time and not args.scenario:
        raise WindtunnelError(translate("loops", "--over-time needs --scenario"))
    model = load(args.file)
    with ProgressBar(translate("loops", "loops")) as bar:
        search = find_loops(compiled_model(model), max_length=args.max_length,
                            max_loops=args.limit, progress=bar.update,
                            time_budget=args.time_budget)
    loops = search.loops
    reinforcing = sum(lp.polarity == "reinforcing" for lp in loops)
    print(translate("loops", "{file}: {count} feedback loop{s} ({reinforcing} "
                             "reinforcing, {reinforcing2} balancing); {note}").format(
              file=printable(args.file), count=len(loops), s='s' if len(loops) != 1 else '', reinforcing=reinforcing, reinforcing2=len(loops) - reinforcing, note=search.note))
    if loops:
        rows = [[str(i + 1), word(lp.polarity), str(lp.length), f"{lp.gain:+.4f}", str(lp.delay),
                 clip(ARROW.join(lp.members + lp.members[:1]), 100)]
                for i, lp in enumerate(loops[:args.top])]
        header = ["#", translate("loops", "polarity"), translate("loops", "length"),
                  translate("loops", "gain"), translate("loops", "delay"),
                  translate("loops", "members")]
        print("\n".join(table(header, rows)))
        if len(loops) > args.top:
            print(translate("loops", "  ... and {top} more (--top to list more)").format(
                      top=len(loops) - args.top))
    if args.over_time:
        print(over_time(model, search, args.scenario, args.node))
    return 0


def over_time(model, search, scenario: str, nodes: list[str] | None) -> str:
    """The dominant loop of each node over the scenario's steps, as text."""
    (chosen,) = resolve_scenarios(model, [scenario])
    network = compiled_model(model)
    nodes = nodes or list(dict.fromkeys(o.node for o in model.objectives))
    for node in nodes:
        network.index(node)                                  # a clear error for a typo
    scores = loop_scores(network, compile_scenario(network, chosen), model.settings,
                         search.loops)
    unit = translated(model, "time_unit")
    lines = ["", translate("loops", "dominant loop over time in scenario {id} ({label}); "
                                    "share = the loop's part of the loops' absolute "
                                    "scores:").format(id=chosen.id,
                                                      label=printable(translated(chosen)))]
    for node in nodes:
        lines.append(f"  {node}:")
        for first, last, k, share in scores.dominant(node):
            span = (translate("loops", "{unit}s {first}-{last}") if last > first
                    else translate("loops", "{unit} {first}")).format(
                unit=printable(unit), first=first, last=last)
            if k < 0:
                lines.append(f"    {span}: " + translate("loops", "no loop carries a change"))
            else:
                loop = search.loops[k]
                lines.append(f"    {span}: #{k + 1} {word(loop.polarity)} "
                             f"{clip(ARROW.join(loop.members), 70)} "
                             + translate("loops", "(up to {share})").format(
                                 share=f"{share:.0%}"))
    return "\n".join(lines)
