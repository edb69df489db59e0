"""Whether results computed on a model at one time still describe it now.

A model's revision changes with every edit, a text-only one too; results go out of date
only when what the computation read changed (``model.computed_content``: the numbers and
choices, not the words). :class:`ComputedOn` keeps a copy of the model a computation ran
on (a cheap copy of immutable elements) and works out its content the first time it is
compared; :class:`CurrentContent` works out the live model's content once per revision.
Undoing back to the model the results were computed from, or editing only words, leaves
them current.
"""

from __future__ import annotations

from ..model import Model, computed_content

__all__ = ["ComputedOn", "CurrentContent"]


class CurrentContent:
    """The computed content of one live model, worked out at most once per revision (on a
    map of 40,000 edges it takes a tenth of a second)."""

    def __init__(self) -> None:
        self._key: tuple[int, int] | None = None
        self._content: tuple | None = None

    def of(self, model: Model) -> tuple:
        key = (id(model), model.revision)
        if key != self._key:
            self._key, self._content = key, computed_content(model)
        return self._content


class ComputedOn:
    """The model as a computation read it: ``matches(model)`` tells whether ``model``
    gives the same numbers now (equal revision, or equal computed content)."""

    def __init__(self, model: Model) -> None:
        self._copy = model.copy()
        self._read_at = (id(model), model.revision)
        self._content: tuple | None = None

    @property
    def content(self) -> tuple:
        if self._content is None:
            self._content = computed_content(self._copy)
        return self._content

    def matches(self, model: Model, current: CurrentContent) -> bool:
        return (id(model), model.revision) == self._read_at or \
            self.content == current.of(model)
