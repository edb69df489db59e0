"""Removing an element of the model with what mentions it, and putting it all back.

Removing a node also removes its edges (and the scenario overrides of those edges), the
objectives on it, the scenario interventions and participant ratings that name it, and
drops it from the settings' convergence nodes; removing a source drops every citation of
it; removing an edge drops the overrides that name it. :meth:`Removing.remove` does it
through the model's primitives (each emits its signal) and returns a :class:`Removal`
record with which :meth:`Removing.restore` puts everything back exactly where it was
(undo). :class:`~windtunnel.model.document.Model` takes these two methods from
:class:`Removing`; its invariants are checked there, in :mod:`windtunnel.model.document`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .elements import Settings
from .participants import Participant

__all__ = ["Removal", "Removing"]


@dataclass(frozen=True)
class Removal:
    """What a removal took out and rewrote, so that :meth:`Removing.restore` can undo it.

    ``removed`` lists (kind, index, element) in the order they were taken out, indices
    being positions at the moment of removal; ``rewritten`` lists (kind, index, before).
    """

    kind: str
    element: object
    removed: tuple[tuple[str, int, object], ...]
    rewritten: tuple[tuple[str, int, object], ...] = ()
    settings_before: Settings | None = None


class Removing:
    """The model's ``remove`` and ``restore``, on its primitives (``_require``, ``_take``,
    ``_put``, ``_set``, ``_set_settings``), which check nothing: what a removal takes or
    rewrites was sound in the model, and so is what it puts back."""

    def remove(self, kind: str, key) -> Removal:
        """Remove an element and everything that mentions it; return the record for undo."""
        element = self._require(kind, key)
        removed: list[tuple[str, int, object]] = []
        rewritten: list[tuple[str, int, object]] = []
        settings_before = None
        if kind == "node":
            for edge in [e for e in self.edges if key in e.key]:
                removed.extend(self._remove_with_mentions("edge", edge.key, rewritten))
            for objective in [o for o in self.objectives if o.node == key]:
                removed.append(self._take("objective", objective.id))
            for i, scenario in enumerate(self.scenarios):
                kept = tuple(v for v in scenario.interventions if v.node != key)
                if kept != scenario.interventions:
                    rewritten.append(("scenario", i, scenario))
                    self._set("scenario", i, replace(scenario, interventions=kept))
            for i, participant in enumerate(self.participants):
                kept = tuple(r for r in participant.ratings if key not in r.key)
                if kept != participant.ratings:
                    rewritten.append(("participant", i, participant))
                    self._set("participant", i, replace(participant, ratings=kept))
            if key in self._settings.convergence_nodes:
                settings_before = self._settings
                self._set_settings(replace(self._settings, convergence_nodes=tuple(
                    n for n in self._settings.convergence_nodes if n != key)))
            removed.append(self._take("node", key))
        elif kind == "edge":
            removed.extend(self._remove_with_mentions("edge", key, rewritten))
        elif kind == "source":
            for other in ("node", "edge"):
                for i, item in enumerate(self._collections[other].items):
                    if key in item.sources:
                        rewritten.append((other, i, item))
                        self._set(other, i, replace(item, sources=tuple(
                            s for s in item.sources if s != key)))
            for i, participant in enumerate(self.participants):
                uncited = _without_source(participant, key)
                if uncited != participant:
                    rewritten.append(("participant", i, participant))
                    self._set("participant", i, uncited)
            removed.append(self._take("source", key))
        else:
            removed.append(self._take(kind, key))
        return Removal(kind, element, tuple(removed), tuple(rewritten), settings_before)

    def restore(self, removal: Removal) -> None:
        """Undo a :meth:`remove`: reinsert in reverse order, then restore rewritten elements."""
        for kind, index, element in reversed(removal.removed):
            self._put(kind, index, element)
        for kind, index, before in reversed(removal.rewritten):
            self._set(kind, index, before)
        if removal.settings_before is not None:
            self._set_settings(removal.settings_before)

    def _remove_with_mentions(self, kind, key, rewritten):
        """Remove an edge after dropping the scenario overrides that mention it."""
        for i, scenario in enumerate(self.scenarios):
            kept = tuple(o for o in scenario.overrides if o.key != key)
            if kept != scenario.overrides:
                rewritten.append(("scenario", i, scenario))
                self._set("scenario", i, replace(scenario, overrides=kept))
        return [self._take(kind, key)]


def _without_source(participant: Participant, source_id: str) -> Participant:
    """The participant with every citation of ``source_id`` dropped (a source was removed)."""
    def drop(item):
        if source_id not in item.sources:
            return item
        return replace(item, sources=tuple(s for s in item.sources if s != source_id))
    return replace(participant, ratings=tuple(map(drop, participant.ratings)),
                   nodes=tuple(map(drop, participant.nodes)))
