"""Rounded parts that still add up: the figures a table of contributions shows.

A change of +0.3012 (shown +0.301) made of three parts of +0.1004 shows +0.100 three times
when each part is rounded alone: the shown parts add up to 0.300, not to the shown total.
:func:`rounded_parts` rounds the parts so that the shown figures add up to the shown total
exactly (the largest-remainder method of seat apportionment, for signed parts: the parts
closest to rounding the other way absorb the difference, one unit each). Shares in whole
percent get the same treatment (they add up to 100%). The app's Why? tab, its brief and
the command line's ``explain`` all round this way, so their figures agree.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["rounded_parts", "decimals_for"]


def rounded_parts(values, total: float, decimals: int) -> list[int]:
    """``values`` rounded to ``decimals`` places, as integer units of 10^-decimals, adjusted
    by at most one unit each so that they add up to ``total`` rounded the same way."""
    scale = 10.0 ** decimals
    scaled = np.asarray(values, dtype=float) * scale
    if not scaled.size:
        return []
    units = np.round(scaled)
    residual = scaled - units                     # how near each is to rounding the other way
    missing = int(round(total * scale) - units.sum())
    if missing:
        order = np.argsort(-residual if missing > 0 else residual, kind="stable")
        step = 1 if missing > 0 else -1
        for k in range(abs(missing)):
            units[order[k % len(order)]] += step
    return [int(u) for u in units]


def decimals_for(total: float, usual: int = 3, most: int = 6) -> int:
    """The decimals to show ``total`` and its parts with: ``usual``, or, for a change that
    would round to zero with them, enough to show two significant digits (-0.00020, not
    0.000 beside parts of 67% and 27% of nothing), up to ``most``; a change that rounds
    to zero even then (rounding noise of 1e-12) keeps ``usual``."""
    if abs(total) >= 0.5 * 10.0 ** -usual or abs(total) < 0.5 * 10.0 ** -most:
        return usual            # enough already, or too small to mean anything: 0.000
    return min(max(usual, 1 - math.floor(math.log10(abs(total)))), most)
