"""One sheet per scenario: native line charts of the top outcomes over a trajectory table.

Layout: row 1 names the scenario and its verdict; the charts are stacked below it; the
table starts at :data:`TABLE_ROW` with one row per node and series and one column per step:

- ``change`` rows (scenario minus baseline), nodes ranked by the size of the final change;
- ``scenario`` rows (the scenario's levels) and ``baseline`` rows, in the same node order;
- with Monte Carlo, ``change P5`` and ``change P95`` rows for the charted nodes.

Printed, the sheet shows the charts and then every node's final change (the columns up
to Final); the step-by-step columns and the scenario and baseline rows are in the sheet,
and drawn in the charts, but outside the print area (forty steps across would print
unreadably small or over dozens of pages).

Charts: the change of the top outcomes (the nodes that move most, levers held by the
scenario left out), their scenario and baseline levels, and, with Monte Carlo, the 5-95%
band of the top outcome. Columns A-B (node id and label) stay frozen while scrolling
through the steps.
"""

from __future__ import annotations

import re

import numpy as np
from openpyxl.chart import LineChart, Reference, Series
from openpyxl.utils import get_column_letter

from ...engine import Results, ScenarioResult
from ...language import translate
from ...model import Model, translated
from ..cells import xml_text
from ..xlsx import Book, Styled
from .sheets import diverging_scale
from ..words import word

__all__ = ["add_scenario_sheet", "scenario_sheet_title", "TABLE_ROW", "TOP_OUTCOMES"]

TOP_OUTCOMES = 6
#: Chart size (cm) and places: stacked one above the other in the columns that print on
#: the first page, so that no chart is cut by a page edge; the table starts below them.
CHART_WIDTH, CHART_HEIGHT, CHART_ROWS = 18, 8, 17
CHART_ANCHORS = tuple(f"C{2 + k * CHART_ROWS}" for k in range(3))
TABLE_ROW = 2 + 3 * CHART_ROWS + 1
#: The last column the charts cover (the print area of the charts' page).
CHART_LAST_COLUMN = "J"
#: How many columns come before the steps (node id, label, kind, series, final).
FIXED_COLUMNS = 5
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


def _fixed_headers() -> list[str]:
    return [translate("resultsbook", "Node ID"), translate("resultsbook", "Label"),
            translate("resultsbook", "Kind"), translate("resultsbook", "Series"),
            translate("resultsbook", "Final")]


def scenario_sheet_title(index: int, label: str) -> str:
    """``S1 Strict ban``: numbered (never clashing with other sheets), at most 31 characters;
    the characters a sheet's name cannot hold become one space with the spaces beside them
    (``Ban: chips`` is ``S1 Ban chips``, not ``S1 Ban  chips``)."""
    legal = " ".join(_BAD_TITLE.sub(" ", label).split())
    return xml_text(f"S{index} {legal}".strip(" '")[:31].rstrip())


def _top_outcomes(result: ScenarioResult, model: Model, node_ids, count: int) -> list[int]:
    held = {i.node for s in model.scenarios if s.id == result.scenario_id
            for i in s.interventions}
    order = np.argsort(-np.abs(result.final_change), kind="stable")
    chosen = [i for i in order if node_ids[i] not in held
              and abs(result.final_change[i]) > 0][:count]
    return chosen or [int(i) for i in order[:count]]


def _verdict_note(verdict: str, description: str) -> str:
    """The run's verdict as a sentence, then the scenario's description, with the
    language's own full stop ("Converged at step 21.", "在第 21 步收敛。")."""
    if description:
        return translate("resultsbook", "{verdict}. {description}").format(
            verdict=verdict, description=description)
    return translate("resultsbook", "{verdict}.").format(verdict=verdict)


def add_scenario_sheet(book: Book, index: int, result: ScenarioResult, results: Results,
                       model: Model) -> None:
    steps = [int(t) for t in results.time]
    title = scenario_sheet_title(index, result.label)
    sheet = book.sheet(title, styles=["text", "text", "text", "text", "change"]
                       + ["change"] * len(steps))
    sheet.ws.freeze_panes = "C1"
    description = next((translated(s, "description") for s in model.scenarios
                        if s.id == result.scenario_id), "")
    sheet.append([Styled(result.label, "title"), None, None, None, None,
                  Styled(_verdict_note(str(result.verdict), description), "note")])
    while len(sheet.rows) < TABLE_ROW - 1:
        sheet.append([])
    header_row = sheet.header(_fixed_headers() + [
        translate("resultsbook", "Step {step}").format(step=t) for t in steps])
    order = np.argsort(-np.abs(result.final_change), kind="stable")
    kinds = {n.id: n.kind for n in model.nodes}
    ids, labels = results.node_ids, results.labels
    first_change = header_row + 1

    def block(series: str, values: np.ndarray, nodes) -> None:
        for i in nodes:
            sheet.append([ids[i], labels[i], word(kinds.get(ids[i], "")) or None, word(series),
                          float(values[-1, i])]
                         + values[:, i].tolist())

    block("change", result.change, order)
    sheet.print_ranges = (f"A1:{CHART_LAST_COLUMN}{TABLE_ROW - 1}",
                          f"A{TABLE_ROW}:{get_column_letter(FIXED_COLUMNS)}{len(sheet.rows)}")
    first_scenario = len(sheet.rows) + 1
    block("scenario", result.states, order)
    first_baseline = len(sheet.rows) + 1
    block("baseline", results.baseline, order)
    top = _top_outcomes(result, model, ids, TOP_OUTCOMES)
    position = {int(i): k for k, i in enumerate(order)}
    band_rows = {}
    if result.uncertainty is not None:
        u = result.uncertainty
        for level in (5, 95):
            band_rows[level] = len(sheet.rows) + 1
            block(translate("resultsbook", "change P{level}").format(level=level),
                  u.band(level), top[:1])
    last_column = FIXED_COLUMNS + len(steps)
    if ids:
        end = first_change + len(ids) - 1
        diverging_scale(sheet, f"E{first_change}:E{end}",
                        float(np.abs(result.final_change).max()))
    rows_of = {"change": lambda i: first_change + position[i],
               "scenario": lambda i: first_scenario + position[i],
               "baseline": lambda i: first_baseline + position[i]}
    _charts(sheet.ws, header_row, last_column, top, rows_of, band_rows, labels, results)


def _line_chart(title: str, y_title: str, x_title: str) -> LineChart:
    chart = LineChart()
    chart.title = xml_text(title)            # chart XML cannot carry control characters
    chart.y_axis.title = xml_text(y_title)
    chart.x_axis.title = xml_text(x_title)
    chart.height, chart.width = CHART_HEIGHT, CHART_WIDTH
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    return chart


def _series(ws, row: int, last_column: int, title: str, *, dashed: bool = False) -> Series:
    values = Reference(ws, min_col=FIXED_COLUMNS + 1, max_col=last_column, min_row=row)
    series = Series(values, title=xml_text(title[:60]))
    series.smooth = False
    series.marker.symbol = "none"
    if dashed:
        series.graphicalProperties.line.dashStyle = "dash"
    return series


def _charts(ws, header_row, last_column, top, rows_of, band_rows, labels, results) -> None:
    """Up to three charts above the table: change, levels, and the band of the top node."""
    if not top:
        return
    unit = results.settings.time_unit
    steps_ref = Reference(ws, min_col=FIXED_COLUMNS + 1, max_col=last_column, min_row=header_row)
    change = _line_chart(translate("resultsbook", "Change from baseline: top outcomes"),
                         word("change"), unit)
    for i in top:
        change.series.append(_series(ws, rows_of["change"](i), last_column, labels[i]))
    charts = [change]
    levels = _line_chart(translate("resultsbook", "Levels: scenario (solid) and baseline "
                                                  "(dashed)"), translate("resultsbook", "level"),
                         unit)
    for i in top[:3]:
        levels.series.append(_series(ws, rows_of["scenario"](i), last_column, labels[i]))
        levels.series.append(_series(ws, rows_of["baseline"](i), last_column,
                                     translate("resultsbook", "{node} (baseline)").format(
                                         node=labels[i]), dashed=True))
    charts.append(levels)
    if band_rows:
        i = top[0]
        band = _line_chart(translate("resultsbook", "{node}: change with its 5-95% band").format(
            node=labels[i]), word("change"), unit)
        band.series.append(_series(ws, rows_of["change"](i), last_column, word("change")))
        for level, row in band_rows.items():
            band.series.append(_series(ws, row, last_column, f"P{level}", dashed=True))
        charts.append(band)
    for chart, anchor in zip(charts, CHART_ANCHORS):
        chart.set_categories(steps_ref)  # after the series: openpyxl sets it on each series
        ws.add_chart(chart, anchor)


def column_of_step(step: int) -> str:
    """The column letter of a step in the table (for tests and formulas)."""
    return get_column_letter(FIXED_COLUMNS + 1 + step)
