"""Balanced wrapping (canvas/wrapping.py): the same lines as a bisection of the width with a
fresh layout at every step, from fewer layouts."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QFontMetricsF, QTextLayout

import windtunnel.app.canvas.wrapping as wrapping
from windtunnel.app.canvas.node_item import NODE_WIDTH
from windtunnel.app.fonts import language_font
from windtunnel.model import load, translated
from windtunnel.paths import bundled_model

TAGS = ("en", "zh-CN", "zh-HK", "ja")


def _bisected(text, font, width, starts) -> list[int]:
    """The balanced wrapping by its definition: the narrowest width (to a pixel, never
    below the widest word that fits the width) that needs no more lines, each step a fresh
    layout."""
    count = len(starts)
    narrow, wide = max(width / count, wrapping.Breaks(text, font).widest_word(up_to=width)), width
    while wide - narrow > 1.0:
        middle = (narrow + wide) / 2
        if len(wrapping.line_starts(text, font, middle, count)) <= count:
            wide = middle
        else:
            narrow = middle
    return wrapping.line_starts(text, font, wide, count)


def _cases(tag: str) -> list[tuple[str, float]]:
    """Every bundled label in ``tag``, and shuffled mixes of their words, each at the
    node's width and at a map label's width (where it takes two to four lines)."""
    labels = sorted({translated(node, language=tag) for node in load(bundled_model()).nodes})
    rng = random.Random(tag)
    words = " ".join(labels).split()
    labels += [" ".join(rng.sample(words, rng.randint(2, 9))) for _ in range(40)]
    return [(label, width) for label in labels for width in (NODE_WIDTH - 18, 90.0)]


class _CountingLayout(QTextLayout):
    """A QTextLayout that counts its layouts (one per wrapping)."""

    count = 0

    def beginLayout(self) -> None:  # noqa: N802 - Qt override
        type(self).count += 1
        super().beginLayout()


@pytest.mark.parametrize("tag", TAGS)
def test_balanced_lines_are_the_bisections_from_fewer_layouts(qapp, monkeypatch, tag):
    font = language_font(tag=tag)
    font.setPointSizeF(9.5)
    cases = []
    for text, width in _cases(tag):
        starts = wrapping.line_starts(text, font, width, 4)
        if 1 < len(starts) <= 4:
            cases.append((text, width, starts))
    assert len(cases) > 20
    monkeypatch.setattr(wrapping, "QTextLayout", _CountingLayout)
    _CountingLayout.count = 0
    expected = [_bisected(text, font, width, starts) for text, width, starts in cases]
    bisection_layouts, _CountingLayout.count = _CountingLayout.count, 0
    assert [wrapping.Breaks(text, font).balanced(width, starts)
            for text, width, starts in cases] == expected
    assert _CountingLayout.count < 0.85 * bisection_layouts


def test_a_breaks_object_wraps_as_fresh_layouts_do(qapp):
    """One text wrapped at many widths, its widest word between: the lines of a fresh
    layout at each width."""
    font = language_font(tag="ja")
    text = "輸出管理とアクセス制御のプロトコル over the frontier models' weights"
    breaks = wrapping.Breaks(text, font)
    metrics = QFontMetricsF(font)
    for width in range(20, int(metrics.horizontalAdvance(text)) + 20, 7):
        assert breaks.starts(width, 9) == wrapping.line_starts(text, font, width, 9)
        assert breaks.widest_word() == wrapping.widest_word(text, font)


@pytest.mark.parametrize("tag", TAGS)
def test_balancing_the_wrapping_it_made_reuses_its_widest_line(qapp, monkeypatch, tag):
    """Balancing the wrapping a Breaks has just made (starts, then balanced, as a label
    is wrapped) gives the bisection's lines, from fewer layouts than balancing the same
    starts on a fresh Breaks (which knows nothing of that wrapping's lines)."""
    font = language_font(tag=tag)
    font.setPointSizeF(9.5)
    monkeypatch.setattr(wrapping, "QTextLayout", _CountingLayout)
    cases, reused, fresh = 0, 0, 0
    for text, width in _cases(tag):
        breaks = wrapping.Breaks(text, font)
        starts = breaks.starts(width, 4)
        if not 1 < len(starts) <= 4:
            continue
        cases += 1
        expected = _bisected(text, font, width, starts)
        other = wrapping.Breaks(text, font)
        breaks.widest_word(), other.widest_word()   # each balancing measures it first
        _CountingLayout.count = 0
        assert breaks.balanced(width, starts) == expected
        reused, _CountingLayout.count = reused + _CountingLayout.count, 0
        assert other.balanced(width, starts) == expected
        fresh += _CountingLayout.count
    assert cases > 20
    assert reused < fresh
