"""The one-line colour scale that the scenario matrix and the workshop's change legend
share (:func:`~windtunnel.app.analysis.colours.paint_scale_strip`): each keeps its own
layout, the matrix's scale at the line's right end, the workshop's right after its title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage

from windtunnel.app.analysis import matrix
from windtunnel.app.analysis.colours import COMPACT_STRIP, STOPS, paint_scale_strip, scale_ends

pytestmark = pytest.mark.usefixtures("qapp")      # fonts need the application

TITLE = "Change from baseline \u00b7 Foreign-national access ban \u00b7 month 36 of 36"


class Recorder:
    """Stands in for a QPainter: keeps the texts and rectangles drawn."""

    def __init__(self) -> None:
        self.texts: list[tuple[QRectF, str]] = []
        self.bars: list[QRectF] = []
        self._pen = "text"

    def pen(self):
        return self._pen

    def setPen(self, pen) -> None:  # noqa: N802 - QPainter's name
        self._pen = pen

    def setBrush(self, brush) -> None:  # noqa: N802 - QPainter's name
        pass

    def drawText(self, rect, flags, text) -> None:  # noqa: N802 - QPainter's name
        assert self._pen == "text", "every text in the caller's pen"
        self.texts.append((QRectF(rect), text))

    def drawRect(self, rect) -> None:  # noqa: N802 - QPainter's name
        self.bars.append(QRectF(rect))


def _laid_out(layout, width: float, title: str = TITLE):
    metrics = QFontMetricsF(QFont())
    ends = scale_ends(1.0)
    painter = Recorder()
    rect = QRectF(0, 0, width, 24)
    paint_scale_strip(painter, rect, title, ends, metrics, layout, 14)
    (title_box, shown), (low_box, low), (high_box, high) = painter.texts
    assert (low, high) == ends
    [bar] = painter.bars
    assert bar.center().y() == pytest.approx(rect.center().y()) and bar.height() == 14
    return metrics, shown, title_box, low_box, bar, high_box


def test_the_matrix_scale_keeps_its_width_at_the_right_end_and_cuts_the_caption_at_its_end():
    layout = matrix._SCALE_LINE
    for width in (420.0, 1000.0):
        metrics, shown, title_box, low_box, bar, high_box = _laid_out(layout, width)
        assert bar.width() == layout.bar
        assert high_box.right() == pytest.approx(width)                  # flush right
        assert bar.left() == pytest.approx(low_box.right() + layout.gap)
        assert high_box.left() == pytest.approx(bar.right() + layout.gap)
        assert title_box.right() + layout.title_gap <= low_box.left() + 0.01
    assert shown == TITLE                                        # 1000 px: whole
    narrow = _laid_out(layout, 420.0)[1]
    assert narrow.endswith("\u2026") and TITLE.startswith(narrow[:-1])


def test_the_workshop_strip_follows_its_title_and_keeps_both_of_its_ends():
    metrics, shown, title_box, low_box, bar, high_box = _laid_out(COMPACT_STRIP, 460.0)
    head, tail = shown.split("\u2026")
    assert head and tail and TITLE.startswith(head) and TITLE.endswith(tail)
    assert COMPACT_STRIP.bar <= bar.width() < COMPACT_STRIP.widest_bar
    assert high_box.right() == pytest.approx(460.0)           # the room the cut title left
    assert low_box.left() == pytest.approx(title_box.right() + COMPACT_STRIP.title_gap)
    metrics, shown, title_box, low_box, bar, high_box = _laid_out(COMPACT_STRIP, 2000.0)
    assert shown == TITLE and bar.width() == COMPACT_STRIP.widest_bar
    assert low_box.left() == pytest.approx(metrics.horizontalAdvance(TITLE)
                                           + COMPACT_STRIP.title_gap)
    assert high_box.right() < 2000.0 - 100                            # room left over


def tint_of(name: str) -> int:
    colour = QColor(name)
    return colour.red() - colour.blue()


def test_the_matrix_scale_bar_paints_its_caption_and_the_map_scale():
    """The widget itself: the bar's reds and blues in its right half, the caption's ink at
    its left."""
    bar = matrix.ScaleBar()
    bar.resize(700, bar.height())
    bar.set_scale(1.0, TITLE)
    image = bar.grab().toImage().convertToFormat(QImage.Format_RGB32)
    row = bar.height() // 2

    def tint(x: int) -> int:
        colour = QColor(image.pixel(x, row))
        return colour.red() - colour.blue()

    fall, rise = (tint_of(STOPS[0]), tint_of(STOPS[-1]))
    reds = [x for x in range(image.width()) if tint(x) > fall / 2]
    blues = [x for x in range(image.width()) if tint(x) < rise / 2]
    assert reds and blues and image.width() / 2 < min(reds) < max(reds) < min(blues)
    background = image.pixel(image.width() // 2, 1)
    assert any(image.pixel(x, y) != background for x in range(2, 40)
               for y in range(image.height()))


class _Painter:
    """Stands in for a QPainter of the change legend: keeps the texts drawn."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def drawText(self, rect, flags, text) -> None:  # noqa: N802 - QPainter's name
        self.texts.append(text)

    def pen(self):
        return None

    def __getattr__(self, name):
        return lambda *args: None                  # save, setPen, drawRoundedRect, ...


def test_a_narrow_strip_drops_change_from_baseline_first_so_the_scenario_shows(bundled, qtbot):
    """A map view under 360 px tall shows the change scale as one strip; where the whole
    title does not fit beside the scale (a narrow map, or 2x scale), "Change from
    baseline" goes, and the scenario's name and the step show whole."""
    from PySide6.QtWidgets import QApplication
    from windtunnel.app.analysis.colours import paint_change_legend

    window, analysis = bundled
    session = analysis.controller.session
    scenario = next(s for s in window.document.model.scenarios if len(s.label) > 20)
    session.set_scenario(scenario.id)
    window.view.setFixedSize(620, 300)
    legend = analysis.map_results.legend
    qtbot.waitUntil(lambda: legend.isVisible() and legend.as_strip()
                    and scenario.label in str(legend.title))
    QApplication.processEvents()
    painter = _Painter()
    paint_change_legend(painter, QRectF(legend.rect()), legend.span, title=legend.title,
                        text=QColor("black"), background=QColor("white"),
                        point_size=legend.point_size, compact=True)
    steps = session.steps
    short = f"{scenario.label} \u00b7 month {steps} of {steps}"
    assert painter.texts == [short, "\u22121.00 fall", "rise +1.00"]
    window.view.setFixedSize(540, 300)        # narrower (as at 2x): the words of the ends go
    qtbot.waitUntil(lambda: legend.width() <= 520)
    painter = _Painter()
    paint_change_legend(painter, QRectF(legend.rect()), legend.span, title=legend.title,
                        text=QColor("black"), background=QColor("white"),
                        point_size=legend.point_size, compact=True)
    assert painter.texts == [short, "\u22121.00", "+1.00"]
    window.view.setFixedSize(420, 300)        # narrower still: the scenario's name is cut
    qtbot.waitUntil(lambda: legend.width() <= 400)
    painter = _Painter()
    paint_change_legend(painter, QRectF(legend.rect()), legend.span, title=legend.title,
                        text=QColor("black"), background=QColor("white"),
                        point_size=legend.point_size, compact=True)
    cut, step = painter.texts[0].split(" \u00b7 ")
    assert cut.endswith("\u2026") and scenario.label.startswith(cut[:-1]) and len(cut) > 4
    assert step == f"month {steps} of {steps}"


def test_a_narrow_caption_keeps_a_few_letters_of_the_scenario_else_drops_the_step():
    from windtunnel.app.analysis.colours import NAME_LETTERS, fitted_title
    from PySide6.QtCore import Qt

    metrics = QFontMetricsF(QFont())
    forms = (TITLE, "Foreign-national access ban \u00b7 month 36 of 36")
    step = " \u00b7 month 36 of 36"
    enough = metrics.horizontalAdvance("Foreign\u2026" + step) + 1
    shown = fitted_title(forms, metrics, enough, Qt.ElideMiddle)
    assert shown.endswith("\u2026" + step) and shown.startswith("Foreign"[:NAME_LETTERS])
    # room for the step and a letter or two of the name: the name alone, cut at its end
    cramped = metrics.horizontalAdvance("Fo\u2026" + step)
    shown = fitted_title(forms, metrics, cramped, Qt.ElideMiddle)
    assert "month" not in shown and shown.endswith("\u2026")
    assert len(shown) - 1 > NAME_LETTERS and forms[1].startswith(shown[:-1])
