"""``windtunnel loops FILE``: the feedback loops of a model, strongest first.

Lists each loop's polarity (reinforcing or balancing), length, gain (the product of its
weights), total delay and members, and says what the bounded search left out. A progress
bar goes to stderr while the search runs.
"""

from __future__ import annotations

from ..engine import compiled_model, find_loops
from ..errors import WindtunnelError
from ..model import load
from .text import ProgressBar, clip, printable, table

NAME = "loops"

__all__ = ["NAME", "add_parser", "run"]


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME, help="list the feedback loops of a model",
        description="List the feedback loops of a model with their polarity, length and "
                    "gain, strongest first.")
    parser.add_argument("file", help="a model file (.wtm)")
    parser.add_argument("--max-length", type=int, default=12, metavar="N",
                        help="longest loop searched, in nodes (default 12)")
    parser.add_argument("--limit", type=int, default=10_000, metavar="N",
                        help="stop after this many loops (default 10000)")
    parser.add_argument("--top", type=int, default=50, metavar="N",
                        help="loops printed (default 50)")
    parser.set_defaults(run=run)


def run(args) -> int:
    for name in ("max_length", "limit", "top"):
        if getattr(args, name) < 1:
            raise WindtunnelError(f"--{name.replace('_', '-')}: must be at least 1")
    model = load(args.file)
    with ProgressBar("loops") as bar:
        search = find_loops(compiled_model(model), max_length=args.max_length,
                            max_loops=args.limit, progress=bar.update)
    loops = search.loops
    reinforcing = sum(lp.polarity == "reinforcing" for lp in loops)
    print(f"{printable(args.file)}: {len(loops)} feedback loop{'s' if len(loops) != 1 else ''} "
          f"({reinforcing} reinforcing, {len(loops) - reinforcing} balancing); {search.note}")
    if loops:
        rows = [[str(i + 1), lp.polarity, str(lp.length), f"{lp.gain:+.4f}", str(lp.delay),
                 clip(" -> ".join(lp.members) + f" -> {lp.members[0]}", 100)]
                for i, lp in enumerate(loops[:args.top])]
        print("\n".join(table(["#", "polarity", "length", "gain", "delay", "members"], rows)))
        if len(loops) > args.top:
            print(f"  ... and {len(loops) - args.top} more (--top to list more)")
    return 0
