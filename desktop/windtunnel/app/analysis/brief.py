"""The one-page PDF brief: the map with results, the top changes, the scorecard, one chart.

A4 landscape (the page, the fonts and the tinted map are :mod:`.pages`'). The page, for
the current scenario:

- a title (model and scenario) and a line on how the numbers were made (rule, activation,
  steps, the run's verdict, Monte Carlo samples and seed when there are bands, the date);
- left: the map tinted by change at the last step, with the colour scale and the key to
  its shapes and edge colours (:mod:`.pages`);
- right: the largest changes from baseline (with 5-95% bands after Monte Carlo; the
  names whole, :mod:`.brief_table`), the objectives scorecard for this scenario (each
  objective's row whole, over as many lines as it takes, wrapped as the map's labels
  are), why the main outcomes changed (the Why? panel's reasons and named rest for up to
  :data:`EXPLAINED` objective nodes, or the most changed node; the shown figures add up
  to the shown change; each heading and reason whole, over as many lines as it takes, a
  route broken after its arrows), and a chart of the three most changed nodes
  (:mod:`.brief_chart`; under the map when it leaves the room). Only text that the
  column's foot leaves no room for is cut.

A map whose node labels would print too small to read on the first page follows on
**map pages** of its own, at a readable size (:mod:`.map_pages`); the first page's map
stays as the overview and says where. A model with participants then gets a page,
**where the participants disagree** (:mod:`.disagreement_page`); its map pages show the
disagreement lens. The **sources** the pages cite follow on pages of their own
(:mod:`.sources_page`).

The explanations take a batch of runs (:func:`brief_breakdowns`, on a worker); the pages
themselves are painted on the GUI thread (the map is a scene). Every word the pages paint
of their own is translated (context "Brief") into the current language; the model's text
comes through :func:`windtunnel.model.translated`.
"""

from __future__ import annotations

import datetime as _dt

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from ... import __version__
from ...engine import breakdown_plan, compiled_model, lever_shares
from ...engine.compile import compile_scenario
from ...engine.reasons import ROUTE_STEP
from ...session import ResultsSnapshot, describe_levers
from ..choices import choice_text
from ..formats import percent
from .brief_chart import paint_chart
from .brief_table import paint_top_changes
from .colours import run_span
from .disagreement_page import paint_lens_page
from .figures import rounded_parts, signed
from .map_pages import MapPages, paint_map_note
from .pages import (change_at, heading, page_font, page_lines, page_rect, paint_map,
                    paint_title, pdf_document, tinted_scene)
from .scorecard import change_text
from .sources_page import SourcesLayout, cited_sources

__all__ = ["brief_pdf_bytes", "brief_breakdowns", "first_page_columns", "fitted_reason",
           "reason_lines", "EXPLAINED"]

#: Outcomes whose change the brief explains (objective nodes first).
EXPLAINED = 2
#: Changes smaller than this are not worth a line in the brief.
MIN_CHANGE = 5e-4
#: A step of a route shortened to fit its line keeps at least this many characters.
MIN_STEP_CHARACTERS = 3
#: The chart goes under the map when the map leaves at least this much of its column.
CHART_MIN_HEIGHT = 150
#: The share of the first page's width its map column takes, and the gap (page pixels)
#: between that column and the figures'.
MAP_COLUMN, COLUMN_GAP = 0.56, 18

#: Qt's catalogue lookup, by the name lupdate looks for (context "Brief").
translate = QCoreApplication.translate


def brief_breakdowns(snapshot: ResultsSnapshot, *, progress=None, cancel=None) -> list:
    """Why the snapshot's main outcomes changed by its step: the engine's breakdowns of up
    to :data:`EXPLAINED` objective nodes that changed (else of the most changed node)."""
    results, current = snapshot.results, snapshot.result
    model, step = snapshot.model, snapshot.step
    scenario = model.scenario(snapshot.scenario_id)
    if current is None or scenario is None:
        return []
    moved = [n for n in dict.fromkeys(o.node for o in model.objectives)
             if n in results.node_ids
             and abs(current.change[step, results.node_index(n)]) >= MIN_CHANGE]
    if not moved:
        moved = [results.node_ids[i] for i in _outcomes(snapshot, results, current)[:1]]
    if not moved:
        return []
    network = compiled_model(model, results.settings)
    plan = compile_scenario(network, scenario)
    shares = lever_shares(network, plan, results.settings, progress=progress, cancel=cancel)
    return [breakdown_plan(network, plan, results.settings, network.index(n), step=step,
                           shares=shares) for n in moved[:EXPLAINED]]


def brief_pdf_bytes(snapshot: ResultsSnapshot, breakdowns=(), *,
                    monte_carlo_stale: bool = False, anonymous: bool = False) -> bytes:
    """The brief of a snapshot's scenario, as PDF bytes (the map at the snapshot's step),
    with ``breakdowns`` (:func:`brief_breakdowns`) as its "why" section; with
    ``monte_carlo_stale``, its heading says the Monte Carlo results were left out as out of
    date; with ``anonymous``, its page on the participants numbers them instead of naming
    them."""
    results, current = snapshot.results, snapshot.result
    if current is None:
        raise ValueError("the brief needs results of a scenario")
    title = translate("Brief", "{title}: {scenario}").format(title=results.title,
                                                             scenario=current.label)
    sources = SourcesLayout(cited_sources(snapshot.model), page_rect(), results.title,
                            bool(snapshot.model.participants))
    span = run_span(results, snapshot.change)
    participants = bool(snapshot.model.participants)
    with tinted_scene(snapshot, span, lens=participants) as scene:
        maps = MapPages(scene, snapshot, span, page_rect(), title, lens=participants)
        lens = 1 + maps.pages                   # the disagreement page, if any
        pages = lens + (1 if participants else 0)

        def paint_page(painter, page, number):
            if number == 0:
                _paint(painter, page, title, snapshot, results, current, breakdowns,
                       monte_carlo_stale, maps.where(2) if maps.pages else "")
            elif number < lens:
                maps.paint(painter, page, number - 1)
            elif number < pages:
                paint_lens_page(painter, page, snapshot,
                                maps.where(2, lens=True) if maps.pages else "",
                                anonymous=anonymous)
            else:
                sources.paint(painter, page, number - pages)
        return pdf_document(title, pages + sources.pages, paint_page)


def _paint(painter: QPainter, page: QRectF, title: str, snapshot, results, current,
           breakdowns, monte_carlo_stale: bool, map_note: str = "") -> None:
    """The first page, under ``title``; ``map_note`` (under the map) says where the map
    is readable when its labels are too small here."""
    s = results.settings
    title_h = paint_title(painter, page, title)
    uncertainty = snapshot.uncertainty
    parts = [translate(
                 "Brief", "Change from baseline over %n step(s) of one {unit}", None,
                 len(results.time) - 1).format(unit=s.time_unit),
             translate("Brief", "rule {rule}, {activation} \u03bb={steepness}").format(
                 rule=choice_text(s.rule), activation=choice_text(s.activation),
                 steepness=f"{s.steepness:g}"),
             translate("Brief", "scenario {verdict}").format(verdict=current.verdict)]
    if uncertainty is not None:
        parts.append(translate(
            "Brief", "Monte Carlo: %n sample(s), seed {seed}", None,
            uncertainty.samples).format(seed=snapshot.monte_carlo.seed))
    elif monte_carlo_stale:
        parts.append(translate("Brief", "Monte Carlo left out: its results describe an "
                                        "earlier version of the model"))
    line = " \u00b7 ".join([*parts, _dt.date.today().isoformat()])
    painter.setFont(page_font(9))
    sub_h = painter.fontMetrics().height()
    painter.setPen(QColor("#555555"))
    painter.drawText(QRectF(page.left(), page.top() + title_h + 2, page.width(), sub_h),
                     int(Qt.AlignLeft | Qt.AlignVCenter), line)
    levers = _levers_text(snapshot, results)
    painter.drawText(QRectF(page.left(), page.top() + title_h + 2 + sub_h, page.width(), sub_h),
                     int(Qt.AlignLeft | Qt.AlignVCenter),
                     painter.fontMetrics().elidedText(levers, Qt.ElideRight, int(page.width())))
    top = page.top() + title_h + 2 * sub_h + 14
    body = QRectF(page.left(), top, page.width(), page.bottom() - top - sub_h - 6)
    left, right = first_page_columns(body)
    change = snapshot.change
    span = run_span(results, change)
    scale = (span, change_at(s.time_unit, snapshot.step))
    frame = paint_map(painter, left, snapshot, span, scale)
    outcomes = _outcomes(snapshot, results, current)
    y = paint_top_changes(painter, right, results, current, uncertainty, span, outcomes)
    y = _scorecard(painter, QRectF(right.left(), y + 10, right.width(), right.bottom() - y),
                   snapshot, results, current)
    y = _why(painter, QRectF(right.left(), y + 10, right.width(), right.bottom() - y - 10),
             breakdowns, s.time_unit)
    under_map = paint_map_note(painter, left, frame.bottom(), map_note) if map_note \
        else frame.bottom()
    below_map = left.bottom() - under_map - 16
    room = (QRectF(left.left(), under_map + 16, left.width(), below_map)
            if below_map >= CHART_MIN_HEIGHT else
            QRectF(right.left(), y + 12, right.width(), right.bottom() - y - 12))
    paint_chart(painter, room, results, current, uncertainty, outcomes[:3])
    painter.setFont(page_font(7.5))
    painter.setPen(QColor("#777777"))
    painter.drawText(QRectF(page.left(), page.bottom() - sub_h, page.width(), sub_h),
                     int(Qt.AlignLeft | Qt.AlignVCenter),
                     f"Windtunnel {__version__} \u00b7 " + translate(
                         "Brief", "blue = rise, red = fall from baseline (ColorBrewer RdBu, "
                         "colour-blind safe) \u00b7 a fuzzy-cognitive-map simulation: "
                         "directions and relative sizes, not forecasts"))


def first_page_columns(body: QRectF) -> tuple[QRectF, QRectF]:
    """The first page's two columns in its ``body``: the map's (and, under it when it has
    the room, the chart's), and the figures'."""
    left = QRectF(body.left(), body.top(), body.width() * MAP_COLUMN, body.height())
    return left, QRectF(left.right() + COLUMN_GAP, body.top(),
                        body.right() - left.right() - COLUMN_GAP, body.height())


def _levers_text(snapshot, results) -> str:
    scenario = snapshot.model.scenario(snapshot.scenario_id)
    return translate("Brief", "Levers: {levers}").format(
        levers=describe_levers(snapshot.model, scenario, results.settings.time_unit))


def _outcomes(snapshot, results, current) -> list[int]:
    """Nodes by |final change|, largest first, leaving out the nodes the scenario sets."""
    scenario = snapshot.model.scenario(current.scenario_id)
    forced = {v.node for v in scenario.interventions} if scenario is not None else set()
    order = np.argsort(-np.abs(current.final_change), kind="stable")
    return [int(i) for i in order if results.node_ids[i] not in forced
            and abs(current.final_change[i]) >= 5e-4]


def _scorecard(painter, rect, snapshot, results, current) -> float:
    rows = [r for r in results.scorecard if r.scenario_id == current.scenario_id]
    if not rows:
        return rect.top()
    y = heading(painter, rect, translate("Brief", "Objectives"))
    mc = snapshot.monte_carlo
    probability = ({r.objective_id: r.probability for r in mc.scorecard
                    if r.scenario_id == current.scenario_id} if mc is not None else {})
    painter.setFont(page_font(8.5))
    h = painter.fontMetrics().height() + 3
    for row in rows:
        mark = ("\u2714 " + translate("Brief", "met") if row.met else
                "\u2718 " + translate("Brief", "not met"))
        p = probability.get(row.objective_id)
        text = translate("Brief", "{objective}: {change}, {mark}").format(
            objective=row.objective, change=change_text(row.change), mark=mark) + (
            f" (P {percent(p)})" if p is not None else "")
        painter.setPen(QColor("#1f5f99" if row.met else "#a34a12"))
        for line in page_lines(painter, text, rect.width(), _lines_left(rect, y, h)):
            painter.drawText(QRectF(rect.left(), y, rect.width(), h),
                             int(Qt.AlignLeft | Qt.AlignVCenter), line)
            y += h
    score = results.scores().get(current.scenario_id)
    if score is not None and score == score:
        painter.setPen(QColor("#1a1a1a"))
        painter.setFont(page_font(8.5, True))
        painter.drawText(QRectF(rect.left(), y, rect.width(), h), int(Qt.AlignLeft | Qt.AlignVCenter),
                         translate("Brief", "Score (importance-weighted share met): {score}")
                         .format(score=percent(score)))
        y += h
    return y


def _why(painter, rect, breakdowns, unit: str) -> float:
    """Why the main outcomes changed: each one's reasons and named rest, the shown figures
    adding up to the shown change. Returns the y below the section."""
    if not breakdowns:
        return rect.top()
    y = heading(painter, rect, translate("Brief", "Why they changed (the parts add up)"))
    painter.setFont(page_font(8.5))
    h = painter.fontMetrics().height() + 2
    figures = rect.width() * 0.25
    for b in breakdowns:
        if y + 2 * h > rect.bottom():
            break
        painter.setFont(page_font(8.5, True))
        painter.setPen(QColor("#1a1a1a"))
        total = round(b.total * 1000)
        for line in reason_lines(painter.fontMetrics(), translate(
                "Brief", "{node} {change} by {unit} {step}: {covered} in %n reason(s)", None,
                len(b.reasons)).format(node=b.label, change=signed(total, 3), unit=unit,
                                       step=b.step, covered=percent(b.carried)),
                int(rect.width()), most=_lines_left(rect, y, h)):
            painter.drawText(QRectF(rect.left(), y, rect.width(), h),
                             int(Qt.AlignLeft | Qt.AlignVCenter), line)
            y += h
        painter.setFont(page_font(8.5))
        items = [r for r in (*b.reasons, b.rest) if r.kind != "rest" or r.value or r.routes]
        units = rounded_parts([r.value for r in items], b.total, 3)
        shares = (rounded_parts([100 * r.value / b.total for r in items], 100, 0)
                  if b.total else [None] * len(items))
        for reason, unit_value, share in zip(items, units, shares):
            if y + h > rect.bottom():
                break
            painter.setPen(QColor("#1f5f99" if reason.value >= 0 else "#a34a12"))
            painter.drawText(QRectF(rect.left() + 8, y, figures * 0.55, h),
                             int(Qt.AlignRight | Qt.AlignVCenter), signed(unit_value, 3))
            painter.drawText(QRectF(rect.left() + 8 + figures * 0.55, y, figures * 0.45, h),
                             int(Qt.AlignRight | Qt.AlignVCenter),
                             "" if share is None else percent(share / 100))
            painter.setPen(QColor("#1a1a1a"))
            left, width = rect.left() + figures + 16, rect.width() - figures - 16
            lines = reason_lines(painter.fontMetrics(), reason.title, int(width), b.label,
                                 _lines_left(rect, y, h))
            for line in lines:
                painter.drawText(QRectF(left, y, width, h), int(Qt.AlignLeft | Qt.AlignVCenter),
                                 line)
                y += h
        y += 4
    return y


def reason_lines(metrics, text: str, width: int, explained: str = "",
                 most: int = 3) -> list[str]:
    """``text`` (a reason's title, a heading) on up to ``most`` lines
    of ``width`` pixels, so that it shows whole, and the names of a route's nodes with it
    ("Export restrictions → Reven…" cut the very node explained): broken after a route's
    arrow where one fits, else at a space (in Chinese and Japanese, after any character);
    the last line, only if it is still too long (no room for more lines), is
    :func:`fitted_reason`'s (inner steps shortened first, then cut)."""
    lines, rest = [], text
    while len(lines) < most - 1 and metrics.horizontalAdvance(rest) > width:
        end = len(rest)
        while end > 1 and metrics.horizontalAdvance(rest[:end].rstrip()) > width:
            end -= 1
        arrow = rest.rfind(ROUTE_STEP, 0, end)
        space = rest.rfind(" ", 0, end + 1)
        if arrow > 0 and metrics.horizontalAdvance(rest[:arrow + 2]) <= width:
            end = arrow + 2                                      # "A →" / "B → C"
        elif space > 0 and not any("\u3040" <= c <= "\u9fff" for c in rest[space:end]):
            end = space
        lines.append(rest[:end].rstrip())
        rest = rest[end:].lstrip()
    return lines + [fitted_reason(metrics, rest, width, explained)]


def _lines_left(rect: QRectF, y: float, line: float) -> int:
    """How many lines of ``line`` pixels ``rect`` holds below ``y`` (at least one): the
    most a text of the right column may take before it is cut at the column's foot."""
    return max(1, int((rect.bottom() - y) // line))


def fitted_reason(metrics, text: str, width: int, explained: str = "") -> str:
    """``text`` (a reason's title) in ``width`` pixels. A route (to the ``explained``
    node) too long for its line shortens the names of its inner steps, the longest first,
    until the route up to that node fits, before its end is cut: cut at the end alone, the
    routes that part ways only after their second step read alike ("Model export
    controls → Unmet demand for US model…" four times over)."""
    steps = text.split(ROUTE_STEP)
    tail = ""                           # after the explained node: "(and 54 smaller ...)"
    if explained and len(steps) > 1 and steps[-1].startswith(explained):
        steps[-1], tail = explained, steps[-1][len(explained):]
    kept = [len(step) for step in steps]

    def joined() -> str:
        return ROUTE_STEP.join(step if n == len(step) else step[:n].rstrip() + "…"
                               for step, n in zip(steps, kept))

    while metrics.horizontalAdvance(joined()) > width:
        longest = max(range(1, len(steps) - 1), key=lambda i: kept[i], default=None)
        if longest is None or kept[longest] <= MIN_STEP_CHARACTERS:
            break
        kept[longest] -= 1
    return metrics.elidedText(joined() + tail, Qt.ElideRight, width)
