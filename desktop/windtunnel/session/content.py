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
from ..model.computed import without_participants

__all__ = ["ComputedOn", "CurrentContent"]


class CurrentContent:
    """The computed content of one live model, worked out at most once per revision (on a
    map of 40,000 edges it takes a tenth of a second), with or without the participants
    (``without_participants``)."""

    def __init__(self) -> None:
        self._key: tuple[int, int] | None = None
        self._contents: dict[bool, tuple] = {}

    def of(self, model: Model, *, participants: bool = True) -> tuple:
        key = (id(model), model.revision)
        if key != self._key:
            self._key, self._contents = key, {True: computed_content(model)}
        return _variant(self._contents, participants)


class ComputedOn:
    """The model as a computation read it: ``matches(model)`` tells whether ``model``
    gives the same numbers now (equal revision, or equal computed content).
    ``participants``: whether the computation read the participants themselves (their
    maps), or only the working weights their ratings make (``without_participants``)."""

    def __init__(self, model: Model, *, participants: bool = True) -> None:
        self._copy = model.copy()
        self._read_at = (id(model), model.revision)
        self.participants = participants
        self._contents: dict[bool, tuple] = {}

    @property
    def content(self) -> tuple:
        return self._content(self.participants)

    def _content(self, participants: bool) -> tuple:
        if True not in self._contents:
            self._contents[True] = computed_content(self._copy)
        return _variant(self._contents, participants)

    def matches(self, model: Model, current: CurrentContent) -> bool:
        return (id(model), model.revision) == self._read_at or \
            self.content == current.of(model, participants=self.participants)

    def only_participants_changed(self, model: Model, current: CurrentContent) -> bool:
        """Whether ``model`` differs from the one read only in its participants or in how
        their ratings are aggregated, the map's weights being the same: results that read
        the participants' maps are out of date for that reason alone."""
        return self.participants and not self.matches(model, current) and \
            self._content(False) == current.of(model, participants=False)


def _variant(contents: dict[bool, tuple], participants: bool) -> tuple:
    """The content with or without the participants, from ``contents``, which holds the
    whole content (read once) and keeps the other once derived from it."""
    if participants not in contents:
        contents[participants] = without_participants(contents[True])
    return contents[participants]
