"""The weight label a selected or hovered edge shows on the map: its delay counted in the
model's time unit, in the interface's language, as the Inspector counts it."""

from __future__ import annotations

import pytest

from windtunnel.app.canvas import weight_text
from windtunnel.app.translations import apply_language
from windtunnel.model import Edge


@pytest.mark.parametrize("tag, words", [("en", ("delay 1 month", "delay 12 months")),
                                        ("ja", ("遅延 1 か月", "遅延 12 か月")),
                                        ("zh-CN", ("延迟 1 月", "延迟 12 月")),
                                        ("zh-HK", ("延遲 1 月", "延遲 12 月"))])
def test_the_delay_reads_in_the_interfaces_language_with_the_time_unit(qapp, tag, words):
    units = {"en": "month", "ja": "か月", "zh-CN": "月", "zh-HK": "月"}
    try:
        apply_language(tag)
        for delay, wanted in zip((1, 12), words):
            edge = Edge("a", "b", weight=0.3, delay=delay)
            assert weight_text(edge, units[tag]) == f"+0.30  {wanted}"
        assert weight_text(Edge("a", "b", weight=-0.25), units[tag]) == "\u22120.25"
    finally:
        apply_language("en")
