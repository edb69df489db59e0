"""Rounded parts that add up to the rounded total (the Why? panel's and the brief's figures)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from windtunnel.app.analysis.figures import rounded_parts, signed

from conftest import examples


def test_the_parts_of_the_example_add_up():
    values = [0.1004, 0.1004, 0.1004]                   # 0.3012 in all
    plain = [round(v * 1000) for v in values]
    assert sum(plain) == 300 != round(sum(values) * 1000)   # rounded alone: 0.300 vs 0.301
    units = rounded_parts(values, sum(values), 3)
    assert sorted(units) == [100, 100, 101]
    assert [signed(u, 3) for u in (76, -4, 0)] == ["+0.076", "\u22120.004", "0.000"]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.floats(-2, 2, allow_nan=False), min_size=1, max_size=40),
       st.integers(0, 4))
def test_rounded_parts_add_up_and_stay_within_a_unit(values, decimals):
    total = sum(values)
    units = rounded_parts(values, total, decimals)
    assert sum(units) == round(total * 10 ** decimals)
    for value, unit in zip(values, units):
        assert abs(unit - value * 10 ** decimals) < 1.5 + 1e-9


def test_no_parts():
    assert rounded_parts([], 0.0, 3) == []
