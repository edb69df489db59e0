"""``windtunnel explore FILE``: which option holds up across thousands of futures.

Runs every option (the model's scenarios, ``--scenario`` to choose some, and points of the
lever space given by ``--lever ID=LOW:HIGH[:LEVELS]``) in ``--futures`` futures of the
uncertain edge weights (and of edges' delays, ``--delay``, and participants' maps,
``--participants``), then prints the robustness table (share of futures meeting each
objective and all of them, regret, rank), the PRIM boxes of conditions under which the
most robust options fail, as sentences, and the uncertain weights that matter most to the
best option (Sobol' indices). ``--out`` writes the exploration workbook (.xlsx: About,
Robustness, Boxes, Sobol, Experiments, Futures, with charts) or every experiment (.csv).
Work runs on a local process pool, or on a dask.distributed cluster with ``--scheduler``.
A progress bar goes to stderr.
"""

from __future__ import annotations

from pathlib import Path

from ..engine import discover, explore, robustness, sobol_indices
from ..engine.designs import SAMPLERS
from ..engine.globalsensitivity import option_point, rough_warning
from ..engine.executors import local_workers
from ..errors import WindtunnelError
from ..io.explorebook import experiments_csv_bytes, write_explore_workbook
from ..language import translate
from ..model import load, translated
from ..model.atomic import atomic_write
from ..model.output_paths import writable_output
from .arguments import (COUNT, add_model_file, add_seed_option, delay_range, lever_range,
                        output_name, whole_number)
from .run import add_preset_option, preset_settings
from .text import ProgressBar, clip, printable, table
from .summaries import command_parser

NAME = "explore"

__all__ = ["NAME", "add_parser", "run", "report"]

#: Futures an exploration may ask for from the command line.
MAX_FUTURES = 10_000_000
OUTPUTS = (".xlsx", ".csv")


def add_parser(subparsers) -> None:
    parser = command_parser(subparsers, NAME, translate(
        "explore", "Run every option (scenarios and lever points) in sampled futures of the "
                   "uncertain edge weights; print the robustness table, the conditions under which "
                   "the most robust options fail (PRIM boxes) and the weights that matter most "
                   "(Sobol' indices)."))
    add_model_file(parser)
    parser.add_argument("--lever", "-l", action="append", type=lever_range, default=[],
                        metavar="ID=LOW:HIGH[:LEVELS]",
                        help=translate("explore", "a lever (restriction node) to explore "
                                                  "from LOW to HIGH, in LEVELS levels when "
                                                  "given (repeat for several)"))
    parser.add_argument("--delay", action="append", type=delay_range, default=[],
                        metavar="SOURCE:TARGET=LOW:HIGH",
                        help=translate("explore", "an edge whose delay varies by future, from "
                                                  "LOW to HIGH whole steps (repeat for "
                                                  "several; each adds batches: keep them few)"))
    parser.add_argument("--participants", action="store_true",
                        help=translate("explore", "each future is one participant's map (a "
                                                  "model with participants), its weights drawn "
                                                  "around their ratings"))
    parser.add_argument("--scenario", "-s", action="append", metavar="NAME",
                        help=translate("explore", "a scenario id or label among the options "
                                                  "(repeat; default: all; --scenario none "
                                                  "for lever points only)"))
    parser.add_argument("--policies", type=whole_number(1, 100_000), default=16, metavar="N",
                        help=translate("explore", "lever points sampled under lhs or sobol "
                                                  "(default 16)"))
    parser.add_argument("--futures", "-n", type=whole_number(1, MAX_FUTURES), default=1000,
                        metavar="N", help=translate("explore", "futures of the uncertain weights "
                                                               "(default 1000)"))
    parser.add_argument("--sampler", choices=SAMPLERS, default="lhs",
                        help=translate("explore", "lhs (Latin hypercube, default), sobol, or "
                                                  "factorial (every combination of the "
                                                  "levers' levels; futures by lhs)"))
    add_seed_option(parser)
    parser.add_argument("--workers", type=whole_number(1, 1024), metavar="N",
                        help=translate("explore", "local processes (default: every core, "
                                                  "{local_workers} here)").format(
                                 local_workers=local_workers()))
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help=translate("explore", "run on a dask.distributed cluster "
                                                  "(tcp://host:8786); needs "
                                                  "windtunnel[cluster] here and on the "
                                                  "workers"))
    parser.add_argument("--boxes", type=whole_number(0, 1000), default=3, metavar="N",
                        help=translate("explore", "options (most robust first) whose failure "
                                                  "boxes are sought (default 3)"))
    parser.add_argument("--sobol", type=whole_number(0, 8192), default=128, metavar="N",
                        help=translate("explore", "Sobol' base sample (16 to 8192; the "
                                                  "design runs N x (weights + 2) futures) "
                                                  "for the most robust option; 0 skips "
                                                  "(default 128)"))
    parser.add_argument("--top", type=COUNT, default=20, metavar="N",
                        help=translate("explore", "options listed (default 20)"))
    add_preset_option(parser)
    parser.add_argument("--out", metavar="FILE", type=output_name,
                        help=translate("explore", "also write the exploration workbook "
                                                  "(.xlsx) or every experiment (.csv)"))
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.out and Path(args.out).suffix.lower() not in OUTPUTS:
        raise WindtunnelError(translate("explore", "--out {out}: unknown file type {suffix}; "
                                                   "use .xlsx or .csv").format(
            out=args.out, suffix=repr(Path(args.out).suffix or translate("explore", "(none)"))))
    if args.out:
        writable_output(args.out)
    if 0 < args.sobol < 16:
        raise WindtunnelError(translate("explore", "--sobol {sobol}: use 16 to 8192, or 0 to "
                                                   "skip").format(sobol=args.sobol))
    model = load(args.file)
    settings = preset_settings(model, args.preset)
    scenarios = [] if args.scenario == ["none"] else args.scenario
    common = dict(seed=args.seed, settings=settings, workers=args.workers,
                  scheduler=args.scheduler, delays=args.delay,
                  participants=args.participants)
    with ProgressBar("explore") as bar:
        experiments = explore(model, scenarios=scenarios, levers=args.lever,
                              policies=args.policies, futures=args.futures,
                              sampler=args.sampler, progress=bar.update, **common)
    rows = robustness(experiments)
    discoveries = [discover(experiments, row.option) for row in rows[:args.boxes]]
    sobol = None
    if args.sobol and experiments.uncertainties:
        with ProgressBar("Sobol'") as bar:
            sobol = sobol_indices(model, base=args.sobol, progress=bar.update,
                                  **option_point(experiments, rows[0].option), **common)
    print(report(translated(model, "title"), experiments, rows, discoveries, sobol, top=args.top))
    if args.out:
        path = Path(args.out)
        if path.suffix.lower() == ".csv":
            atomic_write(path, experiments_csv_bytes(experiments))
        else:
            write_explore_workbook(path, model, experiments, rows, discoveries, sobol,
                                   source=Path(args.file).name)
        print(translate("explore", "wrote {out}").format(out=printable(args.out)))
    return 0


def report(title, experiments, rows, discoveries, sobol, *, top: int) -> str:
    """The readable text the command prints."""
    n_options, n_futures, _ = experiments.outcomes.shape
    goals = [o.id for o in experiments.objectives]
    lines = [translate("explore", "{title}: {options:,} options x {futures:,} futures = "
                                  "{experiments:,} experiments ({sampler}, seed {seed}, "
                                  "{weights} uncertain weights)").format(
                 title=printable(title), options=n_options, futures=n_futures,
                 experiments=experiments.count, sampler=experiments.sampler,
                 seed=experiments.seed, weights=len(experiments.uncertainties)),
             "", translate("explore", "robustness (share of futures meeting each objective and "
                                      "all of them; regret against the best option in each "
                                      "future):")]
    lines += table([translate("explore", "rank"), translate("explore", "option"),
                    translate("explore", "label"), translate("explore", "all")] + goals
                   + [translate("explore", "regret p90"), translate("explore", "max")],
                   [[str(r.rank), r.option, clip(r.label, 36), f"{r.all_met:.0%}"]
                    + [f"{r.met[g]:.0%}" for g in goals]
                    + [f"{r.regret_p90:.3f}", f"{r.regret_max:.3f}"] for r in rows[:top]])
    if len(rows) > top:
        lines.append(translate("explore", "  ... and {count} more options (--top, or --out "
                                          "FILE)").format(count=len(rows) - top))
    if discoveries:
        lines += ["", translate("explore", "where the most robust options fail (PRIM boxes of "
                                           "uncertain weights):")]
        for item in discoveries:
            texts = item.sentences() or [item.summary()]
            lines += [f"  - {printable(text)}" for text in texts]
    if sobol is not None:
        options = {row.option: row.label for row in rows}
        objectives = {o.id: translated(o) for o in experiments.objectives}
        lines += ["", translate("explore", "uncertain weights that matter most to {option} "
                                           "(total Sobol' index, {futures:,} futures):").format(
            option=printable(options.get(sobol.option, sobol.option)), futures=sobol.futures)]
        names = experiments.uncertainty_names()
        for objective in sobol.objectives:
            ranked = sobol.ranked(objective, 3)
            lines.append(f"  {printable(objectives.get(objective, objective))}: "
                         + translate("explore", "; ").join(
                             f"{printable(names.get(name, name))} {total:.2f}"
                             for name, _, total in ranked))
        warning = rough_warning(sobol, objectives)
        if warning:
            lines.append("  " + translate("explore", "warning: {text}").format(
                text=printable(warning)))
    return "\n".join(lines)
