"""Rounded parts that still add up: the figures a table of contributions shows.

:func:`rounded_parts` (from the engine, which the command line shares) rounds the parts
so that the shown figures add up to the shown total exactly, to :func:`decimals_for`'s
decimals; :func:`signed` and
:func:`percent` write them in the interface's language.
"""

from __future__ import annotations

from ...engine.rounding import decimals_for, rounded_parts
from ..formats import count, number

__all__ = ["rounded_parts", "signed", "percent", "decimals_for"]


def signed(units: int, decimals: int) -> str:
    """Integer units of 10^-decimals as a signed number: ``+0.076``, ``\u22120.004``,
    ``0.000`` (as :func:`~windtunnel.app.formats.number` writes figures)."""
    return number(units / 10 ** decimals, decimals, signed=units != 0)


def percent(units: int) -> str:
    """Whole percent units as ``48 %`` or ``\u221239 %``."""
    return f"{count(units)} %"
