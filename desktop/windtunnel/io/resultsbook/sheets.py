"""The result sheets of the results workbook: About, Summary, Scorecard, Uncertainty,
Explanations, Loops and Metrics (the per-scenario sheets are in :mod:`.scenarios`).

Each ``add_*`` function appends one sheet to a :class:`~windtunnel.io.xlsx.Book` from the
engine's results and analyses; none of them computes anything the engine has not.
Changes are "scenario minus baseline" at the last step unless a column says otherwise.
"""

from __future__ import annotations

import numpy as np
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, IconSetRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from ...language import translate
from ...engine import LoopSearch, ModelStatistics, NodeMetrics, Results
from ...model import Model, group_name, translated
from ..xlsx import Book, Sheet, Styled
from ..words import statistic_name, word, yes_no

__all__ = ["sheet_names", "add_about", "add_summary", "add_scorecard", "add_uncertainty",
           "add_explanations", "add_loops", "add_metrics", "diverging_scale", "sheet_guide",
           "no_scenarios", "ARROW_THRESHOLD"]


def no_scenarios() -> str:
    """What the Summary and Scorecard sheets say for a model without scenarios."""
    return translate("resultsbook", "No scenarios yet: the baseline alone was run. Add a "
                                    "scenario (a policy option as lever settings) to see "
                                    "changes from the baseline.")


#: Changes smaller than this show a sideways arrow (no meaningful change).
ARROW_THRESHOLD = 5e-4
#: Colour-blind-safe diverging colours (ColorBrewer PuOr): decrease, no change, increase.
DECREASE, NEUTRAL, INCREASE = "E66101", "F7F7F7", "5E3C99"
_GOOD, _BAD = PatternFill("solid", fgColor="C6EFCE"), PatternFill("solid", fgColor="FFC7CE")

def sheet_guide() -> tuple[tuple[str, str], ...]:
    """The About sheet's guide to the sheets: (the sheet's key in :func:`sheet_names`, or
    its own name, what it holds), in the current language."""
    return (
        ("About", translate("resultsbook", "what was run: model, version, settings, seed, "
                                           "samples, verdicts, hash")),
        ("Summary", translate("resultsbook", "every node's change from baseline at the end, "
                                             "per scenario, largest first")),
        ("Scorecard", translate("resultsbook", "objectives x scenarios: change, met or not, "
                                               "probability met")),
        (translate("resultsbook", "S1, S2, ..."),
         translate("resultsbook", "one sheet per scenario: charts, then change, scenario and "
                                  "baseline trajectories per node and step")),
        ("Uncertainty", translate("resultsbook", "Monte Carlo percentiles of the final change, "
                                                 "per scenario and node")),
        ("Explanations", translate("resultsbook", "why the objective nodes changed: at most "
                                                  "five reasons and the named rest, and each "
                                                  "lever's share; each adds up to the change")),
        ("Loops", translate("resultsbook", "feedback loops with polarity (reinforcing / "
                                           "balancing)")),
        ("Metrics", translate("resultsbook", "per-node structure: degrees, centrality, role, "
                                             "betweenness")),
        ("Disagreement", translate("resultsbook", "with participants: how their ratings were "
                                                  "aggregated, and each rated edge's "
                                                  "disagreement (spread, range, signs, "
                                                  "entropy)")),
        ("Per participant", translate("resultsbook", "with participants: every scenario's "
                                                     "change on each participant's map, how "
                                                     "many maps say rise or fall, objectives "
                                                     "met per map")),
        ("Model ... Ratings", translate("resultsbook", "the model itself, in the file format's "
                                                       "own words (the Edges sheet is the "
                                                       "assumption register; Participants and "
                                                       "Ratings carry who rated what); edit and "
                                                       "re-import with windtunnel import")),
    )


def sheet_names() -> dict[str, str]:
    """The result sheets' English names (their keys in the code) -> their names in the
    current language. The model sheets keep their English names: they are the file format."""
    return {"About": translate("resultsbook", "About"),
            "Summary": translate("resultsbook", "Summary"),
            "Scorecard": translate("resultsbook", "Scorecard"),
            "Uncertainty": translate("resultsbook", "Uncertainty"),
            "Explanations": translate("resultsbook", "Explanations"),
            "Loops": translate("resultsbook", "Loops"),
            "Metrics": translate("resultsbook", "Metrics"),
            "Disagreement": translate("resultsbook", "Disagreement"),
            "Per participant": translate("resultsbook", "Per participant")}


def diverging_scale(sheet: Sheet, ref: str, limit: float) -> None:
    """A diverging colour scale centred on 0 and direction arrows, on the cells ``ref``."""
    limit = max(float(limit), ARROW_THRESHOLD)
    sheet.ws.conditional_formatting.add(ref, ColorScaleRule(
        start_type="num", start_value=-limit, start_color=DECREASE,
        mid_type="num", mid_value=0, mid_color=NEUTRAL,
        end_type="num", end_value=limit, end_color=INCREASE))
    sheet.ws.conditional_formatting.add(ref, IconSetRule(
        "3Arrows", "num", [-1e9, -ARROW_THRESHOLD, ARROW_THRESHOLD], showValue=None))


def _yes_no_colours(sheet: Sheet, ref: str) -> None:
    """Green for yes, red for no, in the words the cells are written in."""
    for value, fill in ((True, _GOOD), (False, _BAD)):
        sheet.ws.conditional_formatting.add(ref, CellIsRule(
            operator="equal", formula=[f'"{yes_no(value)}"'], fill=fill))


def _verdict_shares(shares: dict[str, float]) -> str:
    return translate("resultsbook", ", ").join(
        translate("resultsbook", "{kind} {share}").format(kind=word(kind), share=f"{share:.0%}")
        for kind, share in shares.items() if share > 0)


def _node_label(model: Model, node_id: str) -> str:
    """A node's label in the model's current language (its id when the model has no such
    node)."""
    node = model.node(node_id)
    return translated(node) if node is not None else node_id


# -- About ----------------------------------------------------------------------------------

def add_about(book: Book, results: Results, model: Model, *, version: str, created: str,
              model_hash: str, source: str = "",
              statistics: ModelStatistics | None = None, trust: dict | None = None) -> None:
    """What was run; the verdicts of the runs with, when given, their trust verdicts
    (``engine.assess``: run id -> Trust)."""
    sheet = book.sheet(sheet_names()["About"], styles=["bold", "wrap", "note"])
    sheet.append([Styled(results.title, "title")])
    sheet.append([Styled(translate("resultsbook", "Windtunnel results workbook"), "note")])
    sheet.append([])
    s = results.settings
    rows = [
        (translate("resultsbook", "Model"), translated(model, "title"), ""),
        (translate("resultsbook", "Description"), translated(model, "description") or None, ""),
        (translate("resultsbook", "Model file"), source or None, ""),
        (translate("resultsbook", "Model hash (SHA-256)"), model_hash,
         translate("resultsbook", "of the model's .wtm text: equal to the file's hash when "
                                  "Windtunnel saved it")),
        (translate("resultsbook", "Windtunnel version"), version, ""), (translate("resultsbook", "Created (UTC)"), created, ""),
        (translate("resultsbook", "Nodes / edges"), f"{len(model.nodes)} / {len(model.edges)}", ""),
        (translate("resultsbook", "Steps"), len(results.time) - 1,
         translate("resultsbook", "time unit: {unit}").format(unit=s.time_unit)),
        (translate("resultsbook", "Inference rule"), word(s.rule), ""),
        (translate("resultsbook", "Activation"), word(s.activation),
         translate("resultsbook", "steepness (lambda) {steepness}").format(
             steepness=f"{s.steepness:g}")),
        (translate("resultsbook", "Start vector"), word(s.start), ""),
        (translate("resultsbook", "Driver nodes"), word(s.drivers), ""),
        (translate("resultsbook", "Convergence"),
         translate("resultsbook", "largest change {relation} {tolerance}").format(
             relation="<" if s.strict else "<=", tolerance=f"{s.tolerance:g}"),
         translate("resultsbook", "judged on {nodes}").format(
             nodes=translate("resultsbook", ", ").join(
                 _node_label(model, node) for node in s.convergence_nodes)
             or translate("resultsbook", "all nodes"))),
        (translate("resultsbook", "Stop early"), yes_no(s.stop_early), ""),
        (translate("resultsbook", "Initial state counts as a step"), yes_no(s.count_initial),
         ""),
        (translate("resultsbook", "Monte Carlo samples"), results.samples,
         translate("resultsbook", "0: no uncertainty analysis")),
        (translate("resultsbook", "Monte Carlo samples draw"), word(results.sampled) or "-",
         translate("resultsbook", "weights: between their bounds; participants: a "
                                  "participant's map, by credibility")),
        (translate("resultsbook", "Seed"), results.seed,
         translate("resultsbook", "the same seed gives the same numbers")),
        (translate("resultsbook", "Monte Carlo arithmetic"),
         s.precision if results.samples else "-",
         translate("resultsbook", "float32 bands agree with float64's within 1e-6")),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.append([])
    sheet.append([Styled(translate("resultsbook", "Verdicts"), "title")])
    sheet.append([Styled(translate("resultsbook", "Run"), "bold"), Styled(translate("resultsbook", "Verdict"), "bold"),
                  Styled(translate("resultsbook", "Monte Carlo verdicts"), "bold"),
                  Styled(translate("resultsbook", "Is the answer the only one?"), "bold"), Styled(translate("resultsbook", "Why"), "bold")])
    trust = trust or {}
    labels = {n.id: translated(n) for n in model.nodes}

    def judged(run_id: str) -> list:
        verdict = trust.get(run_id)
        return [] if verdict is None else [verdict.headline,
                                           verdict.reason(lambda n: labels.get(n, n))]

    baseline = str(results.baseline_verdict)
    sheet.append([translate("resultsbook", "Baseline"), baseline, _verdict_shares(results.baseline_verdict_shares)]
                 + judged("baseline"))
    for result in results.scenarios:
        shares = result.uncertainty.verdict_shares if result.uncertainty else {}
        sheet.append([result.label, str(result.verdict), _verdict_shares(shares)]
                     + judged(result.scenario_id))
    if statistics is not None:
        sheet.append([])
        sheet.append([Styled(translate("resultsbook", "Model statistics"), "title")])
        for name, value in statistics.__dict__.items():
            sheet.append([statistic_name(name), value, ""])
    sheet.append([])
    sheet.append([Styled(translate("resultsbook", "Sheets"), "title")])
    names = sheet_names()
    for name, text in sheet_guide():
        sheet.append([names.get(name, name), text])


# -- Summary --------------------------------------------------------------------------------

def add_summary(book: Book, results: Results, model: Model) -> None:
    """Nodes x scenarios, change at the end, ranked by the largest change in any scenario."""
    labels = [r.label for r in results.scenarios]
    sheet = book.sheet(sheet_names()["Summary"], [translate("resultsbook", "Node ID"), translate("resultsbook", "Label"), translate("resultsbook", "Kind"), translate("resultsbook", "Group"), translate("resultsbook", "Baseline (end)")]
                       + labels + [translate("resultsbook", "Largest |change|")],
                       styles=["text", "text", "text", "text", "level"]
                       + ["change"] * len(labels) + ["level"], freeze="C2")
    finals = np.array([r.final_change for r in results.scenarios],
                      dtype=float).reshape(len(labels), len(results.node_ids))
    largest = np.abs(finals).max(axis=0) if labels else np.zeros(len(results.node_ids))
    if not labels:
        sheet.append([Styled(no_scenarios(), "note")])
    for i in np.argsort(-largest, kind="stable"):
        node = model.node(results.node_ids[i])
        sheet.append([results.node_ids[i], results.labels[i], word(node.kind) if node else None,
                      group_name(model, node.group) if node else None,
                      float(results.baseline[-1, i])]
                     + [float(v) for v in finals[:, i]] + [float(largest[i])])
    if labels and results.node_ids:
        ref = f"F2:{get_column_letter(5 + len(labels))}{len(results.node_ids) + 1}"
        diverging_scale(sheet, ref, float(largest.max()))


# -- Scorecard ------------------------------------------------------------------------------

def add_scorecard(book: Book, results: Results, model: Model) -> None:
    """Objectives x scenarios: change, met (yes/no) and, with samples, probability met."""
    per = 3 if results.samples else 2
    header = [translate("resultsbook", "Objective ID"), translate("resultsbook", "Objective"), translate("resultsbook", "Node"), translate("resultsbook", "Direction"), translate("resultsbook", "Threshold"), translate("resultsbook", "Importance")]
    styles = ["text", "text", "text", "text", "level", "number"]
    for result in results.scenarios:
        header += [translate("resultsbook", "{scenario}: change").format(scenario=result.label),
                   translate("resultsbook", "{scenario}: met").format(scenario=result.label)]
        styles += ["change", "text"]
        if per == 3:
            header.append(translate("resultsbook", "{scenario}: P(met)").format(
                scenario=result.label))
            styles.append("percent")
    sheet = book.sheet(sheet_names()["Scorecard"], header, styles=styles, freeze="C2")
    if not results.scenarios:
        sheet.append([Styled(no_scenarios(), "note")])
    rows = {(r.scenario_id, r.objective_id): r for r in results.scorecard}
    for objective in model.objectives:
        row = [objective.id, translated(objective), _node_label(model, objective.node), word(objective.direction),
               objective.threshold, objective.importance]
        for result in results.scenarios:
            score = rows.get((result.scenario_id, objective.id))
            if score is None:
                row += [None] * per
                continue
            row += [score.change, yes_no(score.met)]
            if per == 3:
                row.append(score.probability)
        sheet.append(row)
    if not model.objectives:
        sheet.append([Styled(translate("resultsbook", "The model has no objectives: add some to "
                                                      "score scenarios."), "note")])
        return
    scores = results.scores()
    total = ["", Styled(translate("resultsbook", "Score: importance-weighted share of "
                                                 "objectives met"), "bold"),
             None, None, None, None]
    for result in results.scenarios:
        total += [None, Styled(scores[result.scenario_id], "percent")] + [None] * (per - 2)
    sheet.append(total)
    for j in range(len(results.scenarios)):
        letter = get_column_letter(7 + j * per + 1)
        _yes_no_colours(sheet, f"{letter}2:{letter}{len(model.objectives) + 1}")


# -- Uncertainty ----------------------------------------------------------------------------

def add_uncertainty(book: Book, results: Results, *, monte_carlo_stale: bool = False) -> None:
    """Final-step percentile bands of the change, per scenario and node, largest first;
    without samples, a note saying why (``monte_carlo_stale``: the Monte Carlo results
    were left out, describing an earlier version of the model)."""
    levels = results.scenarios[0].uncertainty.levels if (
        results.scenarios and results.scenarios[0].uncertainty) else (5, 25, 50, 75, 95)
    sheet = book.sheet(sheet_names()["Uncertainty"], [translate("resultsbook", "Scenario"), translate("resultsbook", "Node ID"), translate("resultsbook", "Label"), translate("resultsbook", "Change")]
                       + [f"P{level}" for level in levels] + [translate("resultsbook", "P(increase)")],
                       styles=["text", "text", "text", "change"] + ["change"] * len(levels)
                       + ["percent"], freeze="D2")
    if not results.samples and monte_carlo_stale:
        sheet.append([Styled(translate("resultsbook", "The Monte Carlo results were left out: "
                                                      "they describe an earlier version of the "
                                                      "model. For uncertainty bands, run Monte "
                                                      "Carlo again (Analysis > Run Monte Carlo) "
                                                      "and export again."), "note")])
        return
    if not results.samples:
        sheet.append([Styled(translate("resultsbook", "No Monte Carlo samples in this run. "
                                                      "For uncertainty bands, run Monte Carlo "
                                                      "(in the app: Analysis > Run Monte Carlo; "
                                                      "on the command line: windtunnel run "
                                                      "--samples 1000) and export again."),
                             "note")])
        return
    for result in results.scenarios:
        u = result.uncertainty
        if u is None:
            continue
        for i in np.argsort(-np.abs(result.final_change), kind="stable"):
            sheet.append([result.label, results.node_ids[i], results.labels[i],
                          float(result.final_change[i])]
                         + [float(band[-1, i]) for band in u.percentiles]
                         + [float(u.p_increase[-1, i])])


# -- Explanations ---------------------------------------------------------------------------

def add_explanations(book: Book, breakdowns, time_unit: str = "step") -> None:
    """Why each explained node changed, at the last step: the reasons (at most five) and
    the named rest, then each lever's Shapley share; each block adds up to the change."""
    sheet = book.sheet(sheet_names()["Explanations"], [translate("resultsbook", "Scenario"), translate("resultsbook", "Node ID"), translate("resultsbook", "Label"), translate("resultsbook", "Change"), translate("resultsbook", "View"),
                                        translate("resultsbook", "Rank"), translate("resultsbook", "Through"), translate("resultsbook", "Contribution"), translate("resultsbook", "Share"), translate("resultsbook", "Routes")],
                       styles=["text", "text", "text", "change", "text", "int", "wrap",
                               "change", "percent", "int"], freeze="D2")
    if not breakdowns:
        sheet.append([Styled(translate("resultsbook", "Nothing to explain: no scenario moved an "
                                                      "objective node."), "note")])
        return
    for b in breakdowns:
        head = [b.scenario, b.node, b.label, b.total]
        for rank, reason in enumerate(b.reasons, start=1):
            sheet.append(head + [word("reason"), rank, reason.text, reason.value, reason.share,
                                 reason.routes])
        sheet.append(head + [word("rest"), None, b.rest.text, b.rest.value, b.rest.share,
                             b.rest.routes])
        values = b.by_lever[b.step]
        for k in np.argsort(-np.abs(values), kind="stable"):
            value = float(values[k])
            sheet.append(head + [word("lever"), None, b.lever_labels[k], value,
                                 value / b.total if b.total else None, None])
    sheet.append([])
    sheet.append([Styled(translate(
        "resultsbook", "Changes at the last {unit}. The reasons and the rest add up to the "
                       "change, and so do the levers' shares (Shapley values: each lever's "
                       "average added change over every order in which the levers could be "
                       "set); the rest names the routes it holds. windtunnel explain shows "
                       "more (by input edge, every route).").format(unit=time_unit), "note")])


# -- Loops and metrics ------------------------------------------------------------------------

def add_loops(book: Book, search: LoopSearch, labels: dict[str, str]) -> None:
    sheet = book.sheet(sheet_names()["Loops"], [translate("resultsbook", "Loop"), translate("resultsbook", "Polarity"), translate("resultsbook", "Length"), translate("resultsbook", "Gain"), translate("resultsbook", "Delay"), translate("resultsbook", "Members"),
                                 translate("resultsbook", "Member IDs")],
                       styles=["int", "text", "int", "change", "int", "wrap", "text"])
    for i, loop in enumerate(search.loops, start=1):
        sheet.append([i, word(loop.polarity), loop.length, loop.gain, loop.delay,
                      " → ".join(labels.get(m, m) for m in loop.members + loop.members[:1]),
                      ", ".join(loop.members)])
    if not search.loops:
        sheet.append([None, Styled(translate("resultsbook", "No feedback loops."), "note")])
    sheet.append([])
    sheet.append([None, Styled(translate("resultsbook", "Search: {note}.").format(
        note=search.note), "note")])


def add_metrics(book: Book, metrics: NodeMetrics, model: Model) -> None:
    sheet = book.sheet(sheet_names()["Metrics"], [translate("resultsbook", "Node ID"), translate("resultsbook", "Label"), translate("resultsbook", "Kind"), translate("resultsbook", "Group"), translate("resultsbook", "In edges"),
                                   translate("resultsbook", "Out edges"), translate("resultsbook", "Indegree"), translate("resultsbook", "Outdegree"), translate("resultsbook", "Centrality"),
                                   translate("resultsbook", "Role"), translate("resultsbook", "Betweenness")],
                       styles=["text", "text", "text", "text", "int", "int", "level",
                               "level", "level", "text", "level"], freeze="C2")
    for i in np.argsort(-metrics.centrality, kind="stable"):
        node = model.node(metrics.node_ids[i])
        sheet.append([metrics.node_ids[i], metrics.labels[i], word(node.kind) if node else None,
                      group_name(model, node.group) if node else None,
                      int(metrics.in_count[i]),
                      int(metrics.out_count[i]), float(metrics.indegree[i]),
                      float(metrics.outdegree[i]), float(metrics.centrality[i]),
                      word(metrics.role[i]), float(metrics.betweenness[i])])
