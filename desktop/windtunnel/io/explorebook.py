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
explore.csv``, :func:`experiments_csv_bytes`) holds every experiment. Text goes through the
Book's cell rules (io/xlsx/writer.py): never a formula, whatever a label starts with.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

from openpyxl.chart import BarChart, Reference

from .. import __version__
from ..engine.designs import PARTICIPANT
from ..engine.discovery import Discovery, boxes_frame
from ..engine.experiments import Experiments
from ..engine.globalsensitivity import SobolIndices
from ..engine.robustness import Robustness, robustness_frame
from ..model import Model
from ..model.atomic import atomic_write
from .csv import table_csv_bytes
from .xlsx import Book, Styled

__all__ = ["explore_workbook_bytes", "write_explore_workbook", "experiments_csv_bytes",
           "MAX_ROWS"]

#: Data rows per sheet at most (below Excel's 1,048,576 with room for headers and notes).
MAX_ROWS = 1_000_000
#: Uncertain weights per objective in the Sobol' charts.
CHART_TOP = 10


def experiments_csv_bytes(experiments: Experiments) -> bytes:
    """Every experiment as one CSV table (option and objective ids are text columns)."""
    return table_csv_bytes(experiments.to_frame(), ["option"])


def explore_workbook_bytes(model: Model, experiments: Experiments, rows: list[Robustness],
                           discoveries: list[Discovery], sobol: SobolIndices | None, *,
                           source: str = "", created: datetime | None = None) -> bytes:
    """The .xlsx bytes of the exploration workbook (pure)."""
    created = (created or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M:%S")
    book = Book()
    _about(book, model, experiments, source, created, sobol)
    _robustness(book, rows)
    _frame_sheet(book, "Boxes", boxes_frame(discoveries),
                 note="No box of conditions concentrates an option's failures (or no option "
                      "fails in some futures and not in others).")
    _sobol(book, sobol)
    _frame_sheet(book, "Experiments", experiments.to_frame())
    _frame_sheet(book, "Futures", experiments.futures_frame())
    return book.to_bytes()


def write_explore_workbook(path: str | os.PathLike, *args, **kwargs) -> None:
    """Build the workbook in memory and write it atomically to ``path``."""
    atomic_write(path, explore_workbook_bytes(*args, **kwargs))


def _about(book, model, experiments, source, created, sobol) -> None:
    sheet = book.sheet("About", styles=["bold", "wrap", "note"])
    sheet.append([Styled(model.title, "title")])
    sheet.append([Styled("Windtunnel exploration workbook", "note")])
    sheet.append([])
    n_options, n_futures, _ = experiments.outcomes.shape
    levers = ", ".join(f"{lever.node} {lever.low:g}..{lever.high:g}"
                       + (f" ({lever.levels} levels)" if lever.levels else "")
                       for lever in experiments.levers)
    delays = [name for name in experiments.uncertainties if name.startswith("delay ")]
    participants = experiments.categories.get(PARTICIPANT, ())
    for row in (("Model file", source or None, ""), ("Windtunnel version", __version__, ""),
                ("Created (UTC)", created, ""),
                ("Options", n_options, "named scenarios and lever points"),
                ("Levers explored", levers or "none", ""),
                ("Futures", n_futures, "uncertain edge weights drawn within their bounds "
                                       "(triangular: low, weight, high)"),
                ("Uncertain weights", len(experiments.uncertainties), ""),
                ("Delays varied", ", ".join(delays) or "none",
                 "whole steps between the bounds given, each equally likely"),
                ("Participants' maps", ", ".join(participants) or "not explored",
                 "each future one participant's map, its weights drawn around their "
                 "ratings"),
                ("Experiments", experiments.count, "every option in every future"),
                ("Sampler", experiments.sampler, ""),
                ("Seed", experiments.seed, "the same seed gives the same numbers"),
                ("Steps", experiments.settings.steps, ""),
                ("Objective value", "change from baseline in the same future at the last "
                                    "step", "as the scorecard judges it"),
                ("Sobol' indices", f"{sobol.option}, {sobol.futures:,} futures" if sobol
                 else "not computed", "")):
        sheet.append(list(row))


def _frame_sheet(book, title, frame, *, note: str = "") -> None:
    columns = [str(c) for c in frame.columns]
    styles = ["number" if frame[c].dtype.kind in "fiu" else "text" for c in frame.columns]
    sheet = book.sheet(title, columns, styles=styles)
    values = frame.head(MAX_ROWS).itertuples(index=False, name=None)
    for row in values:
        sheet.append(list(row))
    if len(frame) > MAX_ROWS:
        sheet.append([Styled(f"{len(frame) - MAX_ROWS:,} more rows left out (a sheet holds "
                             "about a million); write .csv for every row", "note")])
    if frame.empty and note:
        sheet.append([Styled(note, "note")])


def _robustness(book, rows) -> None:
    frame = robustness_frame(rows)
    columns = list(frame.columns)
    styles = ["int", "text", "text"] + ["percent"] * (len(columns) - 6) + ["level"] * 3
    sheet = book.sheet("Robustness", columns, styles=styles, freeze="D2")
    for row in frame.itertuples(index=False, name=None):
        sheet.append(list(row))
    if rows:
        chart = BarChart()
        chart.type = "bar"
        chart.title = "Share of futures meeting every objective"
        chart.y_axis.title = "share of futures"
        chart.x_axis.delete = chart.y_axis.delete = False
        chart.legend = None
        chart.height, chart.width = 7.5 + 0.4 * len(rows), 16
        data = Reference(sheet.ws, min_col=4, min_row=1, max_row=len(rows) + 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(sheet.ws, min_col=3, min_row=2, max_row=len(rows) + 1))
        sheet.ws.add_chart(chart, f"{_column(len(columns) + 2)}2")


def _sobol(book, sobol) -> None:
    from ..engine.globalsensitivity import sobol_frame

    if sobol is None:
        sheet = book.sheet("Sobol", ["objective", "uncertain weight", "first order", "total"])
        sheet.append([Styled("Not computed (windtunnel explore --sobol N)", "note")])
        return
    frame = sobol_frame(sobol)
    sheet = book.sheet("Sobol", list(frame.columns),
                       styles=["text", "text"] + ["level"] * 6, freeze="C2")
    total = list(frame.columns).index("total") + 1
    first_row = {}
    for index, row in enumerate(frame.itertuples(index=False, name=None), start=2):
        first_row.setdefault(row[0], index)
        sheet.append(list(row))
    for number, objective in enumerate(sobol.objectives):
        top = min(CHART_TOP, len(sobol.uncertainties))
        start = first_row[objective]
        chart = BarChart()
        chart.type = "bar"
        chart.title = f"{objective}: total Sobol' index of the uncertain weights"
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
