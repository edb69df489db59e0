"""``windtunnel run FILE``: run scenarios against the baseline and print the largest changes.

Prints, per scenario, a table of the nodes that change most by the last step (with Monte
Carlo bands and probability of increase when ``--samples`` > 0), the verdicts, and the
objectives scorecard; with ``--participants``, every scenario on every participant's map
too (how many maps say each node rises or falls, which objectives hold on whose map).
``--out`` writes the results to a file chosen by its suffix through
:data:`OUTPUT_WRITERS` (``.csv`` here, ``.xlsx`` the results workbook of windtunnel.io). A
progress bar goes to stderr for Monte Carlo runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from ..engine import (Results, VoiceResults, compile_scenario, compiled_model, preset,
                      preset_names, run as run_engine, run_participants)
from ..engine.intervals import bounds, change_bounds
from ..engine.rounding import decimals_for
from ..engine.run import SAMPLE_KINDS
from ..engine.trust import assess
from ..errors import WindtunnelError, shown_path
from ..io.csv import table_csv_bytes
from ..io.words import word
from ..language import translate
from ..model import Model, load, translated
from ..model.atomic import atomic_write
from ..model.lever_range import out_of_range_note
from ..model.output_paths import writable_output
from .arguments import (COUNT, SAMPLES, STEPS, add_language_option, add_model_file,
                        add_seed_option, output_name, use_language)
from .text import ProgressBar, clip, printable, table
from .summaries import command_parser

NAME = "run"

__all__ = ["NAME", "add_parser", "run", "OUTPUT_WRITERS", "write_csv", "write_workbook",
           "report", "participants_report", "add_preset_option", "preset_settings"]


def add_parser(subparsers) -> None:
    parser = command_parser(subparsers, NAME, translate(
        "run", "Run the baseline and scenarios of a model; print the largest changes from "
               "baseline per scenario, the verdicts and the objectives scorecard."))
    add_model_file(parser)
    parser.add_argument("--scenario", "-s", action="append", metavar="NAME",
                        help=translate("run", "a scenario id or label (repeat for several; "
                                              "default: all)"))
    parser.add_argument("--samples", type=SAMPLES, default=0, metavar="N",
                        help=translate("run", "Monte Carlo samples of uncertain edge weights "
                                              "(default 0: none)"))
    parser.add_argument("--sample", choices=SAMPLE_KINDS, default="weights",
                        help=translate("run", "what each Monte Carlo sample draws: the "
                                              "uncertain edge weights (default), one "
                                              "participant's map, drawn by credibility "
                                              "(participants), or such a map with its "
                                              "weights then drawn within bounds (both)"))
    add_seed_option(parser)
    parser.add_argument("--float32", action="store_const", const="float32", dest="precision",
                        help=translate("run", "Monte Carlo in float32: faster for large runs, "
                                              "bands within 1e-6 of float64's (default: the "
                                              "model's setting)"))
    parser.add_argument("--steps", type=STEPS, metavar="N",
                        help=translate("run", "number of steps (default: the model's)"))
    parser.add_argument("--top", type=COUNT, default=10, metavar="N",
                        help=translate("run", "nodes listed per scenario (default 10)"))
    parser.add_argument("--participants", action="store_true",
                        help=translate("run", "also run every scenario on each participant's "
                                              "map and say how many maps agree (the model "
                                              "must have participants)"))
    parser.add_argument("--bounds", action="store_true",
                        help=translate("run", "also print guaranteed ranges of the "
                                              "objectives' nodes for every weight anywhere "
                                              "in its low..high range"))
    add_preset_option(parser)
    parser.add_argument("--out", metavar="FILE", type=output_name,
                        help=translate("run", "also write the results; the suffix picks the "
                                              "format (.csv table, .xlsx workbook)"))
    add_language_option(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    use_language(args)
    if args.out:
        writer = _writer(args.out)
        writable_output(args.out)
    model = load(args.file)
    settings = preset_settings(model, args.preset)
    outside = out_of_range_note(model, settings.activation)   # run as the file says, and said
    if outside is not None:
        print(translate("run", "note: {note}").format(note=printable(str(outside))),
              file=sys.stderr)
    with ProgressBar(translate("run", "Monte Carlo")) as bar:
        results = run_engine(model, scenarios=args.scenario, samples=args.samples,
                             seed=args.seed, steps=args.steps, sample=args.sample,
                             precision=args.precision,
                             settings=settings,
                             progress=bar.update if args.samples else None)
    print(report(results, top=args.top))
    voices = None
    if args.participants:
        voices = run_participants(model, scenarios=args.scenario, settings=results.settings)
        print(participants_report(voices, results, top=args.top))
    print(trust_report(assess(model, scenarios=args.scenario, settings=results.settings)))
    if args.bounds:
        print(bounds_report(model, results))
    if args.out:
        if writer is write_workbook:      # its About sheet names the model's file
            writer(results, model, Path(args.out), voices=voices,
                   source=Path(args.file).name)
        else:
            writer(results, model, Path(args.out))
        print(translate("run", "wrote {out}").format(out=printable(args.out)))
    return 0


def participants_report(voices: VoiceResults, results: Results, *, top: int = 10) -> str:
    """Per scenario, the nodes that change most on the shared map and how many
    participants' maps agree; then the objectives met per map."""
    count = len(voices.participants)
    lines = ["", translate("run", "across {count} participants' maps:").format(count=count)]
    for mine, shared in zip(voices.scenarios, results.scenarios):
        lines += ["", translate("run", "scenario {id} ({label}):").format(
            id=mine.scenario_id, label=printable(mine.label))]
        rises, falls = mine.rises(), mine.falls()
        order = [i for i in np.argsort(-np.abs(shared.final_change), kind="stable")[:top]
                 if abs(shared.final_change[i]) >= 5e-4]
        rows = [[clip(voices.node_labels[i], 32), f"{shared.final_change[i]:+.3f}",
                 _of(rises[i], count), _of(falls[i], count),
                 f"{mine.final[:, i].min():+.3f} .. {mine.final[:, i].max():+.3f}"]
                for i in order]
        lines += table([translate("run", "node"), translate("run", "shared map"),
                        translate("run", "rises on"), translate("run", "falls on"),
                        translate("run", "range")], rows) if rows \
            else ["  " + translate("run", "no node changes on the shared map")]
        if voices.objectives:
            met = voices.met(mine)
            lines += ["  " + translate("run", "{objective}: met on {met} of {count} maps").format(
                          objective=printable(translated(o)), met=int(m.sum()),
                          count=count)
                      + (" " + translate("run", "(not: {names})").format(names=", ".join(
                          clip(voices.labels[p], 20) for p in np.flatnonzero(~m)[:6]))
                         if 0 < m.sum() < count else "")
                      for o, m in zip(voices.objectives, met)]
    return "\n".join(lines)


def _of(part: int, count: int) -> str:
    return translate("run", "{part} of {count}").format(part=part, count=count)


def add_preset_option(parser) -> None:
    parser.add_argument("--preset", choices=preset_names(),
                        help=translate("run", "run with the conventions of another FCM tool "
                                              "instead of the model's settings"))


def preset_settings(model: Model, name: str | None):
    """The model's settings, or the model's settings under a tool's preset."""
    return model.settings if name is None else preset(name, model.settings)


# -- output ---------------------------------------------------------------------------------

def write_csv(results: Results, model: Model, path: Path) -> None:
    """One long table: run, step, node, label, value, change (and bands with samples)."""
    atomic_write(path, table_csv_bytes(results.to_frame("table"), ["run", "node", "label"]))


def write_workbook(results: Results, model: Model, path: Path, **options) -> None:
    """The results workbook (openpyxl loads only when one is written)."""
    from ..io.resultsbook import write_results_workbook

    write_results_workbook(results, model, path, **options)


#: Writers of ``--out`` by file suffix: writer(results, model, path).
OUTPUT_WRITERS = {".csv": write_csv, ".xlsx": write_workbook}


def _writer(path: str):
    suffix = Path(path).suffix.lower()
    if suffix in OUTPUT_WRITERS:
        return OUTPUT_WRITERS[suffix]
    raise WindtunnelError(translate("run", "--out {path}: unknown file type {suffix}; use "
                                           "{known}").format(
        path=shown_path(path), suffix=repr(suffix) if suffix else translate("run", "(none)"),
        known=", ".join(OUTPUT_WRITERS)))


def trust_report(verdicts: dict) -> str:
    """One line per run: whether its answer is the only one (engine/trust.py)."""
    return "\n".join(["", translate("run", "trust (is the answer the only one?):")]
                     + [f"  {word(run) if run == 'baseline' else run}: {verdict}"
                        for run, verdict in verdicts.items()])


def bounds_report(model: Model, results: Results) -> str:
    """Guaranteed ranges at the last step of each objective's node, per run (intervals.py)."""
    network = compiled_model(model, results.settings)
    nodes = list(dict.fromkeys(o.node for o in model.objectives))
    if not nodes:
        return "\n" + translate("run", "no objectives: no guaranteed ranges to show")
    rows = []
    runs = [(None, word("baseline"))] + [(model.scenario(r.scenario_id), r.scenario_id)
                                   for r in results.scenarios]
    for scenario, name in runs:
        plan = compile_scenario(network, scenario)
        level = bounds(network, plan, results.settings)
        change = change_bounds(network, plan, results.settings) if scenario else None
        for node in nodes:
            i = network.index(node)
            rows.append([name, node, f"{level.lower[-1, i]:+.3f} .. {level.upper[-1, i]:+.3f}",
                         f"{change.lower[-1, i]:+.3f} .. {change.upper[-1, i]:+.3f}"
                         if change else ""])
    return "\n".join(["", translate("run", "guaranteed ranges at the last step, for every "
                                           "weight anywhere in its low..high range "
                                           "(conservative):")]
                     + table([translate("run", "run"), translate("run", "node"),
                              translate("run", "level"), translate("run", "change")], rows))


def report(results: Results, *, top: int = 10) -> str:
    """The readable text the command prints (in the current language)."""
    lines = [_settings_line(results),
             translate("run", "baseline: {verdict}").format(verdict=results.baseline_verdict)]
    if not results.scenarios:
        lines.append(translate("run", "no scenarios in this model"))
    for result in results.scenarios:
        lines += ["", translate("run", "scenario {id} ({label}): {verdict}").format(
            id=result.scenario_id, label=printable(result.label), verdict=result.verdict)]
        order = [i for i in np.argsort(-np.abs(result.final_change), kind="stable")[:top]
                 if abs(result.final_change[i]) >= 5e-4]
        if not order:
            lines.append("  " + translate("run", "no node changes from baseline"))
            continue
        rows = []
        for i in order:
            row = [results.node_ids[i], clip(results.labels[i], 32),
                   f"{results.baseline[-1, i]:.3f}", f"{result.states[-1, i]:.3f}",
                   f"{result.final_change[i]:+.3f}"]
            if result.uncertainty is not None:
                u = result.uncertainty
                row += [f"[{u.band(5)[-1, i]:+.3f}, {u.band(95)[-1, i]:+.3f}]",
                        f"{u.p_increase[-1, i]:.0%}"]
            rows.append(row)
        header = [translate("run", "node"), translate("run", "label"), word("baseline"),
                  word("scenario"), translate("run", "change")]
        if result.uncertainty is not None:
            header += ["5-95%", translate("run", "P(up)")]
        lines += table(header, rows)
    if results.scorecard:
        lines += ["", translate("run", "objectives:")]
        met, not_met = translate("run", "met"), translate("run", "not met")
        # a change too small for three decimals gets two significant digits (-0.00020,
        # never a bare -0.000 beside "not met"), no change at all no sign (as the app's
        # scorecard); the threshold says what meets it
        label = dict(zip(results.node_ids, results.labels))
        rows = [[r.scenario_id, r.objective_id,
                 f"{word(r.direction)} {clip(label.get(r.node, r.node), 32)}",
                 f"{r.threshold:g}",
                 f"{r.change:+.{decimals_for(r.change)}f}" if r.change else "0.000",
                 met if r.met else not_met]
                + ([f"{r.probability:.0%}"] if r.probability is not None else [])
                for r in results.scorecard]
        header = [translate("run", "scenario"), translate("run", "objective"),
                  translate("run", "wants"), translate("run", "threshold"),
                  translate("run", "change"),
                  translate("run", "verdict")]
        if results.samples:
            header.append(translate("run", "P(met)"))
        lines += table(header, rows)
    return "\n".join(lines)


def _settings_line(results: Results) -> str:
    """The title, the horizon and the engine's settings (and the samples drawn)."""
    s = results.settings
    line = translate("run", "{title}: {steps} {unit}s, rule {rule}, {activation} (lambda "
                            "{steepness}), start {start}, drivers {drivers}").format(
        title=printable(results.title), steps=len(results.time) - 1,
        unit=printable(s.time_unit), rule=word(s.rule), activation=word(s.activation),
        steepness=f"{s.steepness:g}", start=word(s.start), drivers=word(s.drivers))
    if not results.samples:
        return line
    drawn = {"participants": translate("run", "{samples} samples of participants' maps, seed "
                                              "{seed}"),
             "both": translate("run", "{samples} samples of participants' maps and their "
                                      "weights, seed {seed}")}.get(
        results.sampled, translate("run", "{samples} samples, seed {seed}"))
    return line + translate("run", ", ") + drawn.format(samples=results.samples, seed=results.seed)
