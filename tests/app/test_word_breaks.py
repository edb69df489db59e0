"""A word no line holds breaks in balance: both of its parts keep a fair share, so a
German compound reads "Einkaufsmo- / tivation", not "Einkaufsmotivatio- / n"."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from windtunnel.app.canvas.wrapping import HYPHEN, wrapped_lines


@pytest.mark.parametrize("label", ["Einkaufsmotivation", "Bewegungsbedürfnis",
                                   "Exportkontrollbestimmungen"])
def test_a_long_word_breaks_near_its_middle(qapp, label):
    font = QFont("DejaVu Sans", 10)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(label) * 0.8          # the word does not fit
    lines = wrapped_lines(label, font, width, 2, lambda text: text)
    assert len(lines) == 2 and lines[0].endswith(HYPHEN), lines
    assert lines[0][:-1] + lines[1] == label
    first, second = len(lines[0]) - 1, len(lines[1])
    assert min(first, second) >= len(label) // 3, lines
    assert all(metrics.horizontalAdvance(line) <= width + 0.5 for line in lines)


def test_a_word_that_fits_is_never_broken_beside_one_that_must_be(qapp):
    font = QFont("DejaVu Sans", 10)
    metrics = QFontMetricsF(font)
    label = "Einkaufsmotivation Halbleiter"
    width = metrics.horizontalAdvance("Einkaufsmotivation") * 0.8
    assert metrics.horizontalAdvance("Halbleiter") < width
    lines = wrapped_lines(label, font, width, 3, lambda text: text)
    assert "Halbleiter" in lines, lines
    assert [line for line in lines if line.endswith(HYPHEN)] == [lines[0]]
