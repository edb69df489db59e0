"""``windtunnel explain FILE --scenario S --node N [--step T]``: why a node changed.

Prints the node's change from baseline at the step (default the last), then the short
answer: at most five reasons (routes from the levers, or the routes arriving through one
node grouped as "via X") and the named rest, which add up to the change; then the same
change by lever (Shapley values) and by incoming edge, each adding up too. ``--routes K``
also lists the K largest single routes.
"""

from __future__ import annotations

import numpy as np

from ..engine import breakdown
from ..errors import WindtunnelError
from ..language import translate
from ..model import load
from .run import add_preset_option, preset_settings
from .text import clip, printable, table
from .arguments import add_model_file
from .summaries import summary_of

NAME = "explain"

__all__ = ["NAME", "add_parser", "run", "report"]


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME, help=summary_of(NAME),
        description=translate("explain", "Explain the change of one node in one scenario at "
                                         "one step: at most five reasons that add up to it "
                                         "with a named rest, then the same change by lever "
                                         "(Shapley values) and by incoming edge."))
    add_model_file(parser)
    parser.add_argument("--scenario", "-s", required=True, metavar="NAME",
                        help=translate("explain", "a scenario id or label"))
    parser.add_argument("--node", "-n", required=True, metavar="NODE", help=translate("explain", "a node id"))
    parser.add_argument("--step", type=int, metavar="T",
                        help=translate("explain", "the step to explain (default: the last)"))
    parser.add_argument("--routes", type=int, default=0, metavar="K",
                        help=translate("explain", "also list the K largest single routes "
                                                  "(default 0)"))
    add_preset_option(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.routes < 0:
        raise WindtunnelError("--routes: must be at least 0")
    model = load(args.file)
    result = breakdown(model, args.scenario, args.node, step=args.step,
                       settings=preset_settings(model, args.preset))
    print(report(result, routes=args.routes))
    return 0


#: Changes smaller than this are shown as "no change" (the tables print 4 decimals).
NEGLIGIBLE = 5e-5


def report(b, *, routes: int = 0) -> str:
    """The readable text the command prints."""
    total = b.total
    lines = [f"{b.node} ({printable(b.label)}) in scenario {b.scenario_id}: change {total:+.4f} "
             f"at step {b.step}"]
    if not b.levers:
        lines.append("the scenario has no interventions or overrides")
        return "\n".join(lines)
    if abs(total) < NEGLIGIBLE and not np.any(np.abs(b.by_lever[b.step]) >= NEGLIGIBLE):
        lines.append(f"no lever or override moves {b.node} in this scenario")
        return "\n".join(lines)
    lines += ["", f"why ({_count(len(b.reasons))} "
                  f"{b.covered:.0%} of the change; with the rest they add up to it):"]
    rows = [[str(i + 1), f"{r.value:+.4f}", _share(r.value, total), clip(r.text, 110)]
            for i, r in enumerate(b.reasons)]
    if b.rest.routes:
        rows.append(["", f"{b.rest.value:+.4f}", _share(b.rest.value, total), b.rest.text])
    lines += table(["#", "change", "share", "reason"], rows)
    if b.reasons and b.reasons[0].kind != "lever":
        lines.append(f"  ({b.route_note})")
    lines += ["", f"by lever ({b.lever_method}):"]
    at = b.by_lever[b.step]
    lines += table(["lever", "change", "share"],
                   [[label, f"{v:+.4f}", _share(v, total)]
                    for label, v in sorted(zip(b.lever_labels, at), key=lambda x: -abs(x[1]))
                    if abs(v) >= NEGLIGIBLE] or [["(none moves it visibly)", "", ""]])
    inputs = b.by_input[b.step]
    order = np.argsort(-np.abs(inputs), kind="stable")
    rows = [[b.inputs[i], f"{inputs[i]:+.4f}", _share(inputs[i], total)]
            for i in order if abs(inputs[i]) >= NEGLIGIBLE]
    if rows:
        lines += ["", f"by input at step {b.step}:"]
        lines += table(["input", "change", "share"], rows)
    if routes:
        lines += ["", f"largest routes ({len(b.routes)} in all):"]
        lines += table(["change", "share", "route"],
                       [[f"{r.value:+.4f}", _share(r.value, total),
                         clip(" -> ".join(r.nodes) + (f"  [{r.source}]" if r.origin == "override"
                                                       else "  [not followed further]"
                                                       if r.origin == "open" else ""), 110)]
                        for r in b.routes[:routes]])
    return "\n".join(lines)


def _count(n: int) -> str:
    return "1 reason carries" if n == 1 else f"{n} reasons carry"


def _share(value: float, total: float) -> str:
    return f"{value / total:+.0%}" if total else "-"
