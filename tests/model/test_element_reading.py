"""One JSON object of a model file -> one element: what reading promises whatever the
element's own checks are."""

from __future__ import annotations

from dataclasses import dataclass

from windtunnel.model.element_reading import build_element


@dataclass(frozen=True)
class _Stricter:
    """An element whose check refuses the value normalisation makes of a sound one (an int
    becomes a float here), which no element of the model does today."""

    weight: float

    def problems(self) -> list[tuple[str, str]]:
        return [("weight", "is a float")] if type(self.weight) is float else []


def test_an_element_refused_is_never_dropped_without_a_problem():
    """A refused element is None with its problem recorded: None alone would leave the
    model built without it (or fail building it), with nothing said."""
    problems = []
    assert build_element(_Stricter, {"weight": 1}, "items[0]", problems) is None
    assert [(p.location, p.message) for p in problems] == [("items[0].weight", "is a float")]
