"""The exploration workbook: which option holds up across the futures, and why, in one .xlsx.

Sheets, in order: About (model, design, seed, sizes), Robustness (the ranking with the
share of futures meeting each objective and every objective, regret; a bar chart of the
shares meeting all), Boxes (PRIM boxes where each option fails: one row per condition,
with the box's sentence, density and coverage), Sobol (first-order and total indices of
each objective to each uncertain weight, largest first; a bar chart per objective of the
largest totals), Experiments (one row per experiment: option, future, lever values, each
objective's value, all met) and Futures (each future's uncertain weights).

A sheet holds at most :data:`MAX_ROWS` rows (Excel's limit is 1,048,576): past that the
Experiments sheet says how many rows it leaves out, and the CSV output (``--out
explore.csv``, :func:`experiments_csv_bytes`) holds every experiment.

The sheets are for people: their headers and cells name options, levers, objectives and
uncertain weights by their labels in the current language (a label two of them share
gets its id in brackets: :func:`_names`); the CSV output is for programs and keeps the
ids. Nothing reads the workbook back, so it needs no ids to re-import. Its numbers are stored
to :data:`~windtunnel.io.xlsx.RESULT_DIGITS` significant digits, as the results workbook's
are (2.65, not the arithmetic's 2.6500000000000004). Text goes through the
Book's cell rules (io/xlsx/writer.py): never a formula, whatever a label starts with.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import datetime, timezone

from openpyxl.chart import BarChart, Reference

from .. import __version__
from ..language import translate
from ..engine.designs import PARTICIPANT
from ..engine.discovery import Discovery, boxes_frame
from ..engine.experiments import Experiments
from ..engine.globalsensitivity import SobolIndices, rough_warning
from ..engine.robustness import Robustness, robustness_frame
from ..model import Model, translated
from ..model.atomic import atomic_write
from .csv import table_csv_bytes
from .xlsx import RESULT_DIGITS, Book, Styled

__all__ = ["explore_workbook_bytes", "write_explore_workbook", "experiments_csv_bytes",
           "MAX_ROWS"]

#: Data rows per sheet at most (below Excel's 1,048,576 with room for headers and notes).
MAX_ROWS = 1_000_000
#: Uncertain weights per objective in the Sobol' charts.
CHART_TOP = 10
#: The Boxes sheet's cell styles by column: a box's shares of futures read as percentages,
#: as its sentence and the Robustness sheet give them, and its bounds as the levels they are.
BOX_STYLES = {"box": "int", "density": "percent", "coverage": "percent",
              "mass": "percent", "at least": "level", "at most": "level"}


def experiments_csv_bytes(experiments: Experiments) -> bytes:
    """Every experiment as one CSV table (option and objective ids are text columns)."""
    return table_csv_bytes(experiments.to_frame(), ["option"])


def explore_workbook_bytes(model: Model, experiments: Experiments, rows: list[Robustness],
                           discoveries: list[Discovery], sobol: SobolIndices | None, *,
                           source: str = "", created: datetime | None = None) -> bytes:
    """The .xlsx bytes of the exploration workbook (pure)."""
    created = (created or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M:%S")
    book = Book()
    options = {row.option: row.label for row in rows}
    objectives = {o.id: translated(o) for o in experiments.objectives}
    warning = rough_warning(sobol, objectives) if sobol is not None else None
    no_box = translate("explorebook", "No box of conditions concentrates an option's "
                                      "failures (or no option fails in some futures and not "
                                      "in others).")
    names = _names(model, experiments)
    with book.rounded(RESULT_DIGITS):
        _about(book, model, experiments, source, created, sobol, options, warning)
        _robustness(book, rows, names)
        _frame_sheet(book, translate("explorebook", "Boxes"), boxes_frame(discoveries),
                     names, note=no_box, styles=BOX_STYLES)
        _sobol(book, sobol, experiments.uncertainty_names(), objectives, warning, names)
        _frame_sheet(book, translate("explorebook", "Experiments"), experiments.to_frame(),
                     names, styles=_experiment_styles(experiments))
        _frame_sheet(book, translate("explorebook", "Futures"), experiments.futures_frame(),
                     names)
    return book.to_bytes()


def _names(model: Model, experiments: Experiments) -> dict[str, str]:
    """How the sheets name each option, explored lever, objective and uncertain weight
    (by its id): its label in the current language, or, for a label that two of them
    share, the label and its id in brackets, so that no two columns read alike."""
    labels = {node.id: translated(node) for node in model.nodes}
    named = ({option.id: option.label for option in experiments.options}
             | {lever.node: labels.get(lever.node, lever.node) for lever in experiments.levers}
             | {objective.id: translated(objective) for objective in experiments.objectives}
             | experiments.uncertainty_names())
    counts = Counter(named.values())
    return {key: label if counts[label] == 1 else
            translate("explorebook", "{label} ({id})").format(label=label, id=key)
            for key, label in named.items()}


def _headers() -> dict[str, str]:
    """The engine's column names (its frames') -> the sheets' headers in the current
    language; the other columns are named by ids (objectives, levers, uncertainties)."""
    return {"rank": translate("explorebook", "rank"),
            "option": translate("explorebook", "option"),
            "label": translate("explorebook", "label"),
            "all met": translate("explorebook", "all met"),
            "regret median": translate("explorebook", "regret median"),
            "regret p90": translate("explorebook", "regret p90"),
            "regret max": translate("explorebook", "regret max"),
            "objective": translate("explorebook", "objective"),
            "box": translate("explorebook", "box"),
            "density": translate("explorebook", "density"),
            "coverage": translate("explorebook", "coverage"),
            "mass": translate("explorebook", "mass"),
            "uncertain weight": translate("explorebook", "uncertain weight"),
            "at least": translate("explorebook", "at least"),
            "at most": translate("explorebook", "at most"),
            "sentence": translate("explorebook", "sentence"),
            "first order": translate("explorebook", "first order"),
            "first 2.5%": translate("explorebook", "first 2.5%"),
            "first 97.5%": translate("explorebook", "first 97.5%"),
            "total": translate("explorebook", "total"),
            "total 2.5%": translate("explorebook", "total 2.5%"),
            "total 97.5%": translate("explorebook", "total 97.5%"),
            "experiment": translate("explorebook", "experiment"),
            "future": translate("explorebook", "future"),
            "participant": translate("explorebook", "participant")}


def _header(column, headers: dict[str, str], names: dict[str, str]) -> str:
    """A frame's column as the sheet heads it: the engine's words translated, an id by
    its name (``names``: :func:`_names`)."""
    column = str(column)
    if column in headers:
        return headers[column]
    if column.startswith("met "):
        return translate("explorebook", "met {objective}").format(
            objective=names.get(column[4:], column[4:]))
    return names.get(column, column)


def write_explore_workbook(path: str | os.PathLike, *args, **kwargs) -> None:
    """Build the workbook in memory and write it atomically to ``path``."""
    atomic_write(path, explore_workbook_bytes(*args, **kwargs))


def _about(book, model, experiments, source, created, sobol, options, warning) -> None:
    sheet = book.sheet(translate("explorebook", "About"), styles=["bold", "wrap", "note"])
    sheet.append([Styled(translated(model, "title"), "title")])
    sheet.append([Styled(translate("explorebook", "Windtunnel exploration workbook"), "note")])
    sheet.append([])
    n_options, n_futures, _ = experiments.outcomes.shape
    levels = translate("explorebook", " ({levels} levels)")
    labels = {node.id: translated(node) for node in model.nodes}
    levers = translate("explorebook", ", ").join(
        f"{labels.get(lever.node, lever.node)} {lever.low:g}..{lever.high:g}"
        + (levels.format(levels=lever.levels) if lever.levels else "")
        for lever in experiments.levers)
    names = experiments.uncertainty_names()
    delays = [names[name] for name in experiments.uncertainties if name.startswith("delay ")]
    participants = experiments.categories.get(PARTICIPANT, ())
    none = translate("explorebook", "none")
    sobol_text = (translate("explorebook", "{option}, {futures} futures").format(
        option=options.get(sobol.option, sobol.option), futures=f"{sobol.futures:,}") if sobol
        else translate("explorebook", "not computed"))
    rows = (
        (translate("explorebook", "Model file"), source or None, ""),
        (translate("explorebook", "Windtunnel version"), __version__, ""),
        (translate("explorebook", "Created (UTC)"), created, ""),
        (translate("explorebook", "Options"), n_options,
         translate("explorebook", "named scenarios and lever points")),
        (translate("explorebook", "Levers explored"), levers or none, ""),
        (translate("explorebook", "Futures"), n_futures,
         translate("explorebook", "uncertain edge weights drawn within their bounds "
                                  "(triangular: low, weight, high)")),
        (translate("explorebook", "Uncertain weights"), len(experiments.uncertainties), ""),
        (translate("explorebook", "Delays varied"),
         translate("explorebook", ", ").join(delays) or none,
         translate("explorebook", "whole steps between the bounds given, each equally "
                                  "likely")),
        (translate("explorebook", "Participants' maps"),
         translate("explorebook", ", ").join(participants)
         or translate("explorebook", "not explored"),
         translate("explorebook", "each future one participant's map, its weights drawn "
                                  "around their ratings")),
        (translate("explorebook", "Experiments"), experiments.count,
         translate("explorebook", "every option in every future")),
        (translate("explorebook", "Sampler"), experiments.sampler, ""),
        (translate("explorebook", "Seed"), experiments.seed,
         translate("explorebook", "the same seed gives the same numbers")),
        (translate("explorebook", "Steps"), experiments.settings.steps, ""),
        (translate("explorebook", "Objective value"),
         translate("explorebook", "change from baseline in the same future at the last step"),
         translate("explorebook", "as the scorecard judges it")),
        (translate("explorebook", "Sobol' indices"), sobol_text, warning or ""))
    for row in rows:
        sheet.append(list(row))


def _experiment_styles(experiments: Experiments) -> dict[str, str]:
    """The Experiments sheet's cell styles by column: the lever values as levels, each
    objective's value as the signed change it is (as the results workbook writes one)."""
    return ({lever.node: "level" for lever in experiments.levers}
            | {objective.id: "change" for objective in experiments.objectives})


#: The engine frames' columns whose cells are ids, written by their names.
NAMED_COLUMNS = ("option", "objective")


def _frame_sheet(book, title, frame, names: dict[str, str], *, note: str = "",
                 styles: dict[str, str] | None = None) -> None:
    """A sheet of ``frame``'s rows under its translated headers, ids by their names
    (``names``); ``styles`` gives a column's cell style by its name in the frame (else a
    number or text as it holds)."""
    headers = _headers()
    columns = [_header(c, headers, names) for c in frame.columns]
    frame = _named_cells(frame, names)
    named = styles or {}
    styles = [named.get(str(c), "number" if frame[c].dtype.kind in "fiu" else "text")
              for c in frame.columns]
    sheet = book.sheet(title, columns, styles=styles)
    values = frame.head(MAX_ROWS).itertuples(index=False, name=None)
    for row in values:
        sheet.append(list(row))
    if len(frame) > MAX_ROWS:
        sheet.append([Styled(translate("explorebook", "{count} more rows left out (a sheet "
                                                      "holds about a million); write .csv for "
                                                      "every row").format(
            count=f"{len(frame) - MAX_ROWS:,}"), "note")])
    if frame.empty and note:
        sheet.append([Styled(note, "note")])


def _named_cells(frame, names: dict[str, str]):
    """``frame`` with the ids of its :data:`NAMED_COLUMNS` replaced by their names."""
    named = [c for c in NAMED_COLUMNS if c in frame.columns]
    if not named or frame.empty:
        return frame
    return frame.assign(**{column: frame[column].map(lambda value: names.get(value, value))
                           for column in named})


def _robustness(book, rows, names: dict[str, str]) -> None:
    """The ranking; its option column keeps each option's id beside its label: the key
    of the CSV output's option column."""
    frame = robustness_frame(rows)
    headers = _headers()
    columns = [_header(c, headers, names) for c in frame.columns]
    styles = ["int", "text", "text"] + ["percent"] * (len(columns) - 6) + ["level"] * 3
    sheet = book.sheet(translate("explorebook", "Robustness"), columns, styles=styles,
                       freeze="D2")
    for row in frame.itertuples(index=False, name=None):
        sheet.append(list(row))
    if rows:
        chart = BarChart()
        chart.type = "bar"
        chart.title = translate("explorebook", "Share of futures meeting every objective")
        chart.y_axis.title = translate("explorebook", "share of futures")
        chart.x_axis.delete = chart.y_axis.delete = False
        chart.legend = None
        chart.height, chart.width = 7.5 + 0.4 * len(rows), 16
        data = Reference(sheet.ws, min_col=4, min_row=1, max_row=len(rows) + 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(sheet.ws, min_col=3, min_row=2, max_row=len(rows) + 1))
        sheet.ws.add_chart(chart, f"{_column(len(columns) + 2)}2")


def _sobol(book, sobol, uncertainties: dict[str, str], objectives: dict[str, str],
           warning: str | None, names: dict[str, str]) -> None:
    """The Sobol sheet: its rows and charts name the objectives and uncertain weights as
    the other sheets do (``names``); ``warning`` (a design too small to read) above them."""
    from ..engine.globalsensitivity import sobol_frame

    headers = _headers()
    title = translate("explorebook", "Sobol")
    if sobol is None:
        sheet = book.sheet(title, [headers[c] for c in ("objective", "uncertain weight",
                                                        "first order", "total")])
        sheet.append([Styled(translate("explorebook", "Not computed (windtunnel explore "
                                                      "--sobol N)"), "note")])
        return
    frame = sobol_frame(sobol)
    frame["uncertain weight"] = [names.get(n, uncertainties.get(n, n))
                                 for n in frame["uncertain weight"]]
    sheet = book.sheet(title, [_header(c, headers, names) for c in frame.columns],
                       styles=["text", "text"] + ["level"] * 6, freeze="C2")
    total = list(frame.columns).index("total") + 1
    first_row = {}
    for index, row in enumerate(frame.itertuples(index=False, name=None), start=2):
        first_row.setdefault(row[0], index)
        sheet.append([names.get(row[0], row[0]), *row[1:]])
    if warning:
        sheet.append([Styled(warning, "note")])
    for number, objective in enumerate(sobol.objectives):
        top = min(CHART_TOP, len(sobol.uncertainties))
        start = first_row[objective]
        chart = BarChart()
        chart.type = "bar"
        chart.title = translate("explorebook", "{objective}: total Sobol' index of the "
                                               "uncertain weights").format(
            objective=objectives.get(objective, objective))
        chart.x_axis.delete = chart.y_axis.delete = False
        chart.legend = None
        chart.height, chart.width = 7.5, 16
        chart.add_data(Reference(sheet.ws, min_col=total, min_row=start,
                                 max_row=start + top - 1))
        chart.set_categories(Reference(sheet.ws, min_col=2, min_row=start,
                                       max_row=start + top - 1))
        sheet.ws.add_chart(chart, f"{_column(len(frame.columns) + 2)}{2 + 16 * number}")


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
