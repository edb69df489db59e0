"""The brief's page on the participants: **where the participants disagree**.

The brief's map under the disagreement lens (:mod:`windtunnel.app.participants_lens`: amber
bands as wide as the spread of the ratings, a ± ring on each sign conflict) with the
lens's legend under the map (when the map has pages of its own, because its labels would
print too small here, those pages show the lens and this page says where), and the edges
the participants disagree on most (sign conflicts first, then by spread), with how many
rated each, which way, and each one's rating. Each edge's line wraps
onto as many lines as it takes, so that its figures and a sign conflict, at its end, are
never cut off by a long label; edges that no longer fit the page are left out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTextOption

from ...engine import disagreement, rating_table
from ...model import translated
from ..choices import choice_text
from ..formats import number
from ..participant_names import shown_names
from .colours import run_span
from .map_pages import paint_map_note
from .pages import change_at, heading, page_font, paint_map, paint_title

__all__ = ["paint_lens_page", "DISAGREED"]

#: Edges the participants' page lists (the most disagreed first).
DISAGREED = 12

#: Qt's catalogue lookup, by the name lupdate looks for (context "Brief").
translate = QCoreApplication.translate


def paint_lens_page(painter: QPainter, page: QRectF, snapshot, map_note: str = "", *,
                    anonymous: bool = False) -> None:
    """The brief's page on the participants: the map under the disagreement lens with its
    legend, and the most disagreed edges (see the module docstring); ``map_note``, given
    when the map's labels are too small here, says where the map with the lens is readable
    instead, and the edges take the page's width; ``anonymous``: the ratings are by
    numbered participants, not by name (the Participants dock's Anonymous)."""
    model, results = snapshot.model, snapshot.results
    title_h = paint_title(painter, page, translate(
        "Brief", "{title}: where the participants disagree").format(title=results.title))
    s = model.settings
    painter.setFont(page_font(9))
    sub_h = painter.fontMetrics().height()
    painter.setPen(QColor("#555555"))
    zeros = (translate("Brief", "absent ratings count as zero")
             if s.aggregation_zeros == "include" else
             translate("Brief", "absent ratings are left out"))
    painter.drawText(QRectF(page.left(), page.top() + title_h + 2, page.width(), sub_h),
                     int(Qt.AlignLeft | Qt.AlignVCenter),
                     translate(
                         "Brief", "%n participant(s) \u00b7 the map's weights are the "
                         "{method} of their ratings; {zeros} \u00b7 map tinted by {scenario} "
                         "at {unit} {step}", None, len(model.participants)).format(
                         method=choice_text(s.aggregation), zeros=zeros,
                         scenario=snapshot.result.label, unit=results.settings.time_unit,
                         step=snapshot.step))
    top = page.top() + title_h + sub_h + 14
    body = QRectF(page.left(), top, page.width(), page.bottom() - top)
    if map_note:                      # the map's labels would print too small beside the list
        under_note = paint_map_note(painter, body, top - 10, map_note) + 14
        _disagreed(painter, QRectF(body.left(), under_note, body.width(),
                                   body.bottom() - under_note), model, anonymous)
        return
    left = QRectF(body.left(), body.top(), body.width() * 0.56, body.height())
    right = QRectF(left.right() + 18, body.top(), body.right() - left.right() - 18,
                   body.height())
    span = run_span(results, snapshot.change)
    paint_map(painter, left, snapshot, span,
              (span, change_at(results.settings.time_unit, snapshot.step)), lens=True)
    _disagreed(painter, right, model, anonymous)


def _disagreed(painter: QPainter, rect: QRectF, model, anonymous: bool) -> None:
    """The edges the participants disagree on most: sign conflicts, then by spread."""
    table = rating_table(model)
    names = shown_names(table.labels, anonymous)
    found = disagreement(table)
    labels = {n.id: translated(n) for n in model.nodes}
    for participant in model.participants:
        labels.update((n.id, translated(n)) for n in participant.nodes)
    rated = [j for j in range(len(table.edges)) if found.raters[j] > 1]
    rated.sort(key=lambda j: (not found.conflict[j], -found.spread[j]))
    y = heading(painter, rect, translate("Brief", "The edges they disagree on most"))
    painter.setFont(page_font(8.5))
    h = painter.fontMetrics().height() + 3
    if not rated:
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(rect.left(), y, rect.width(), h), int(Qt.AlignLeft),
                         translate("Brief", "No edge is rated by two or more participants."))
        return
    wrapped = QTextOption(Qt.AlignLeft | Qt.AlignTop)
    wrapped.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)   # a long word too
    for j in rated[:DISAGREED]:
        source, target = table.edges[j]
        edge = f"{labels.get(source, source)} \u2192 {labels.get(target, target)}"
        if j >= table.shared:
            edge = translate("Brief", "{edge} (not on the shared map)").format(edge=edge)
        text = translate(
            "Brief", "{edge}: %n rated, {up} raise, {down} lower, spread {spread}", None,
            int(found.raters[j])).format(edge=edge, up=int(found.positive[j]),
                                         down=int(found.negative[j]),
                                         spread=f"{found.spread[j]:.2f}")
        if found.conflict[j]:
            text += " \u00b7 " + translate("Brief", "sign conflict")
        text += " \u00b7 " + translate("Brief", "ratings: {ratings}").format(
            ratings=QLocale().createSeparatedList(     # "A, B and C", "A、B、C"
                [f"{name} {number(weight, 2, signed=True)}"
                 for name, weight in zip(names, table.weights[:, j]) if weight == weight]))
        room = QRectF(rect.left(), y, rect.width(), rect.bottom() - y)
        needed = painter.boundingRect(room, text, wrapped)
        if needed.height() > room.height():
            break
        painter.setPen(QColor("#a34a12" if found.conflict[j] else "#1a1a1a"))
        painter.drawText(room, text, wrapped)
        y += needed.height() + 3
