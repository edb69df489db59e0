"""``windtunnel sensitivity FILE --scenario S --objective O``: what moves an objective most.

Prints the tornado (each edge weight set to its low and high bound: the objective value at
each end and the swing, widest first) and the levers' effects and elasticities, for one
objective in one scenario. The objective value is the change from baseline of the
objective's node at the last step (what the scorecard judges). ``--out FILE.csv`` writes
every tornado bar. A progress bar goes to stderr.
"""

from __future__ import annotations

from pathlib import Path

from ..engine import lever_elasticities, tornado, tornado_frame
from ..errors import WindtunnelError
from ..io.csv import table_csv_bytes
from ..language import translate
from ..model import load
from ..model.atomic import atomic_write
from ..model.output_paths import writable_output
from .run import add_preset_option, preset_settings
from .arguments import COUNT, add_model_file, output_name
from .text import ARROW, ProgressBar, printable, table
from .summaries import command_parser

NAME = "sensitivity"

__all__ = ["NAME", "add_parser", "run", "report"]


def add_parser(subparsers) -> None:
    parser = command_parser(subparsers, NAME, translate(
        "sensitivity", "Tornado of edge weights (each at its low and high bound) and lever "
                       "elasticities for one objective in one scenario."))
    add_model_file(parser)
    parser.add_argument("--scenario", "-s", required=True, metavar="NAME",
                        help=translate("sensitivity", "a scenario id or label"))
    parser.add_argument("--objective", "-o", required=True, metavar="NAME",
                        help=translate("sensitivity", "an objective id or label"))
    parser.add_argument("--top", type=COUNT, default=15, metavar="N",
                        help=translate("sensitivity", "tornado bars and levers listed (default "
                                                      "15)"))
    add_preset_option(parser)
    parser.add_argument("--out", metavar="FILE.csv", type=output_name,
                        help=translate("sensitivity", "also write every tornado bar as a CSV "
                                                      "table"))
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.out and Path(args.out).suffix.lower() != ".csv":
        raise WindtunnelError(translate("sensitivity", "--out {out}: the tornado is written as "
                                                       ".csv").format(out=args.out))
    if args.out:
        writable_output(args.out)
    model = load(args.file)
    settings = preset_settings(model, args.preset)
    with ProgressBar(translate("sensitivity", "tornado")) as bar:
        bars = tornado(model, args.scenario, args.objective, settings=settings,
                       progress=bar.update)
    with ProgressBar(translate("sensitivity", "levers")) as bar:
        levers = lever_elasticities(model, args.scenario, args.objective, settings=settings,
                                    progress=bar.update)
    print(report(args.scenario, args.objective, bars, levers, top=args.top))
    if args.out:
        atomic_write(Path(args.out), table_csv_bytes(tornado_frame(bars), ["source", "target"]))
        print(translate("sensitivity", "wrote {out}").format(out=printable(args.out)))
    return 0


def report(scenario: str, objective: str, bars, levers, *, top: int) -> str:
    """The readable text the command prints (in the current language)."""
    base = bars[0].base if bars else None
    lines = [translate("sensitivity", "objective {objective} in scenario {scenario}: change "
                                      "from baseline at the last step {change}").format(
        objective=printable(objective), scenario=printable(scenario),
        change="-" if base is None else f"{base:+.4f}")]
    lines += ["", translate("sensitivity", "tornado (edge weight at its low and high bound, "
                                           "widest swing first):")]
    if not bars:
        lines.append("  " + translate("sensitivity", "the model has no edges"))
    else:
        lines += table([translate("sensitivity", "edge"), translate("sensitivity", "weight"),
                        translate("sensitivity", "range"),
                        translate("sensitivity", "value at low"),
                        translate("sensitivity", "value at high"),
                        translate("sensitivity", "swing")],
                        [[b.source + ARROW + b.target, f"{b.weight:+.3f}",
                          f"[{b.low:+.3f}, {b.high:+.3f}]", f"{b.value_low:+.4f}",
                          f"{b.value_high:+.4f}", f"{b.swing:.4f}"] for b in bars[:top]])
        if len(bars) > top:
            lines.append("  " + translate("sensitivity", "... and {count} more edges (--top, or "
                                                         "--out FILE.csv)").format(
                count=len(bars) - top))
    lines += ["", translate("sensitivity", "levers (slope of the objective value per unit of "
                                           "lever value):")]
    if not levers:
        lines.append("  " + translate("sensitivity", "the model has no levers (restriction "
                                                     "nodes)"))
    else:
        lines += table([translate("sensitivity", "lever"), translate("sensitivity", "value"),
                        translate("sensitivity", "effect"),
                        translate("sensitivity", "elasticity")],
                        [[e.lever, f"{e.value:+.3f}", f"{e.effect:+.4f}",
                          "-" if e.elasticity is None else f"{e.elasticity:+.3f}"]
                         for e in levers[:top]])
    return "\n".join(lines)
