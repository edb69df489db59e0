"""Rounded parts that still add up: the figures a table of contributions shows.

:func:`rounded_parts` (from the engine, which the command line shares) rounds the parts
so that the shown figures add up to the shown total exactly, to :func:`decimals_for`'s
decimals; :func:`signed` writes them in the interface's language (and
:func:`~windtunnel.app.formats.percent` their shares, in whole percent units / 100).
"""

from __future__ import annotations

from ...engine.rounding import decimals_for, rounded_parts
from ..formats import number

__all__ = ["rounded_parts", "signed", "decimals_for"]


def signed(units: int, decimals: int) -> str:
    """Integer units of 10^-decimals as a signed number: ``+0.076``, ``\u22120.004``,
    ``0.000`` (as :func:`~windtunnel.app.formats.number` writes figures)."""
    return number(units / 10 ** decimals, decimals, signed=units != 0)

