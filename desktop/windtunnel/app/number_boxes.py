"""The app's number editors: spin boxes that write a negative number with the minus sign
(U+2212, ``−0.50``), as every figure the app shows does (:mod:`.formats`), and read it
back.

Qt's spin boxes write the language's hyphen-minus (``-0.50``): beside a weight of
``−0.50`` in a table, the Inspector's editor of the same weight showed ``-0.50``. These
write the minus sign and take either sign as typed: a hyphen typed shows as the minus
sign at once (the box's validator returns the text it accepts), and a minus sign pasted
from a table reads as a hyphen does. Every number the app lets a user edit is edited in
one of them (:class:`NumberBox` for decimals, :class:`WholeNumberBox` for counts and
steps; the wheel-guarded ones of :mod:`.wheel_focus` are built on them).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from ..model.vocabulary import MINUS
from .formats import figure

__all__ = ["TypographicMinus", "NumberBox", "WholeNumberBox"]


class TypographicMinus:
    """What makes a Qt spin box write the minus sign and read either sign. Comes before
    the Qt class among the bases."""

    def _as_typed(self, text: str) -> str:
        """``text`` with the minus sign as the language's own sign, which Qt parses."""
        return text.replace(MINUS, self.locale().negativeSign())

    def textFromValue(self, value) -> str:  # noqa: N802 - Qt override
        return figure(super().textFromValue(value), self.locale())

    def valueFromText(self, text: str):  # noqa: N802 - Qt override
        return super().valueFromText(self._as_typed(text))

    def validate(self, text: str, position: int):
        state, accepted, position = super().validate(self._as_typed(text), position)
        sign = self.locale().negativeSign()
        return state, accepted.replace(sign, MINUS) if len(sign) == 1 else accepted, position


class NumberBox(TypographicMinus, QDoubleSpinBox):
    """A spin box of decimals that writes negatives with the minus sign."""


class WholeNumberBox(TypographicMinus, QSpinBox):
    """A spin box of whole numbers that writes negatives with the minus sign."""
