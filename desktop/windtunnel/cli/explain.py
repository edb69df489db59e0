"""``windtunnel explain FILE --scenario S --node NODE [--step T]``: why a node changed (the
scenario and the node each by id or label).

Prints the node's change from baseline at the step (default the last), then the short
answer: at most five reasons (routes from the levers, or the routes arriving through one
node grouped as "via X") and the named rest, which add up to the change; then the same
change by lever (Shapley values) and by incoming edge, each adding up too. ``--routes K``
also lists the K largest single routes.
"""

from __future__ import annotations

import numpy as np

from ..engine import breakdown
from ..engine.run import resolve_node
from ..engine.rounding import rounded_parts
from ..errors import WindtunnelError
from ..language import translate
from ..model import load
from .run import add_preset_option, preset_settings
from .text import ARROW, clip, printable, table
from .arguments import add_model_file
from .summaries import command_parser

NAME = "explain"

__all__ = ["NAME", "add_parser", "run", "report"]


def add_parser(subparsers) -> None:
    parser = command_parser(subparsers, NAME, translate(
        "explain", "Explain the change of one node in one scenario at one step: at most five "
                   "reasons that add up to it with a named rest, then the same change by lever "
                   "(Shapley values) and by incoming edge."))
    add_model_file(parser)
    parser.add_argument("--scenario", "-s", required=True, metavar="NAME",
                        help=translate("explain", "a scenario id or label"))
    parser.add_argument("--node", "-n", required=True, metavar="NODE",
                        help=translate("explain", "a node id or label"))
    parser.add_argument("--step", type=int, metavar="T",
                        help=translate("explain", "the step to explain (default: the last)"))
    parser.add_argument("--routes", type=int, default=0, metavar="K",
                        help=translate("explain", "also list the K largest single routes "
                                                  "(default 0)"))
    add_preset_option(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.routes < 0:
        raise WindtunnelError(translate("explain", "--routes: must be at least 0"))
    model = load(args.file)
    result = breakdown(model, args.scenario, resolve_node(model, args.node), step=args.step,
                       settings=preset_settings(model, args.preset))
    print(report(result, routes=args.routes))
    return 0


#: Changes smaller than this are shown as "no change" (the tables print 4 decimals).
NEGLIGIBLE = 5e-5


def report(b, *, routes: int = 0) -> str:
    """The readable text the command prints (in the current language)."""
    total = b.total
    lines = [translate("explain", "{node} ({label}) in scenario {scenario}: change {change} at "
                                  "step {step}").format(
        node=b.node, label=printable(b.label), scenario=b.scenario_id, change=f"{total:+.4f}",
        step=b.step)]
    if not b.levers:
        lines.append(translate("explain", "the scenario has no interventions or overrides"))
        return "\n".join(lines)
    if abs(total) < NEGLIGIBLE and not np.any(np.abs(b.by_lever[b.step]) >= NEGLIGIBLE):
        lines.append(translate("explain", "no lever or override moves {node} in this "
                                          "scenario").format(node=b.node))
        return "\n".join(lines)
    listed = [*b.reasons, b.rest] if b.rest.routes or b.rest.value else list(b.reasons)
    # the figures rounded so that they add up to the change and to 100 % as printed (a
    # change of about nothing, its levers' pulls cancelling, has no shares)
    values = rounded_parts([r.value for r in listed], total, 4)
    shares = (rounded_parts([100.0 * r.value / total for r in listed], 100.0, 0)
              if abs(total) >= NEGLIGIBLE else [None] * len(listed))
    carried = (f"{sum(shares[:len(b.reasons)])}%" if abs(total) >= NEGLIGIBLE else "-")
    carry = (translate("explain", "1 reason carries {share} of the change") if len(b.reasons) == 1
             else translate("explain", "{count} reasons carry {share} of the change"))
    lines += ["", translate("explain", "why ({carry}; with the rest they add up to it):").format(
        carry=carry.format(count=len(b.reasons), share=carried))]
    change, share = translate("explain", "change"), translate("explain", "share")
    rows = [[str(i + 1) if r is not b.rest else "", f"{v / 1e4:+.4f}",
             "-" if p is None else f"{p:+d}%",
             clip(r.text, 110) if r is not b.rest else r.text]
            for i, (r, v, p) in enumerate(zip(listed, values, shares))]
    lines += table(["#", change, share, translate("explain", "reason")], rows)
    if b.reasons and b.reasons[0].kind != "lever":
        lines.append(f"  ({b.route_note})")
    lines += ["", translate("explain", "by lever ({method}):").format(method=b.lever_method)]
    at = b.by_lever[b.step]
    lines += table([translate("explain", "lever"), change, share],
                   [[label, f"{v:+.4f}", _share(v, total)]
                    for label, v in sorted(zip(b.lever_labels, at), key=lambda x: -abs(x[1]))
                    if abs(v) >= NEGLIGIBLE]
                   or [[translate("explain", "(none moves it visibly)"), "", ""]])
    inputs = b.by_input[b.step]
    order = np.argsort(-np.abs(inputs), kind="stable")
    named = {"memory": translate("explain", "memory"),
             "intervention": translate("explain", "intervention")}
    rows = [[named.get(b.inputs[i], b.inputs[i]), f"{inputs[i]:+.4f}", _share(inputs[i], total)]
            for i in order if abs(inputs[i]) >= NEGLIGIBLE]
    if rows:
        lines += ["", translate("explain", "by input at step {step}:").format(step=b.step)]
        lines += table([translate("explain", "input"), change, share], rows)
    if routes:
        lines += ["", translate("explain", "largest routes ({count} in all):").format(
            count=len(b.routes))]
        lines += table([change, share, translate("explain", "route")],
                       [[f"{r.value:+.4f}", _share(r.value, total),
                         clip(ARROW.join(r.nodes) + _route_end(r), 110)]
                        for r in b.routes[:routes]])
    return "\n".join(lines)


def _route_end(route) -> str:
    """What ends a listed route: the override it starts from, or that it was cut short."""
    if route.origin == "override":
        edge = ARROW.join(route.source.removesuffix(" (override)").split(" -> "))
        return "  [" + translate("explain", "the changed weight of {edge}").format(edge=edge) + "]"
    if route.origin == "open":
        return "  [" + translate("explain", "not followed further") + "]"
    return ""


def _share(value: float, total: float) -> str:
    return f"{value / total:+.0%}" if total else "-"
