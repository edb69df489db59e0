"""Undo commands: one QUndoCommand per user intent, each calling only the model API.

Every command stores absolute values (the element before and after, the positions before
and after), so redo and undo can run any number of times. Qt's ``QUndoStack.push`` runs
``redo()`` at once; because an invalid edit must change nothing and never reach the stack,
edits go through :func:`execute`, which applies the command first (a :class:`ModelError`
propagates to the caller with the model untouched) and only then pushes it, the stack's
first ``redo()`` being skipped.

Composite intents (delete a selection, paste, auto-layout) are one :class:`MacroCommand`
whose parts run in order and undo in reverse, so that a node removed with its edges comes
back exactly where it was (``Model.remove`` / ``Model.restore``).
"""

from __future__ import annotations

from typing import Iterable, Sequence

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..errors import ModelError, Problem
from ..model import Model, Settings

__all__ = ["ModelCommand", "InsertCommand", "RemoveCommand", "ReplaceCommand",
           "MoveNodesCommand", "SetInfoCommand", "SetSettingsCommand", "MacroCommand",
           "execute", "remove_command", "describe"]

#: Command ids for merging: consecutive edits of one field of one element become one step.
_REPLACE_ID = 1001


def describe(kind: str, element) -> str:
    """A short name for an element in undo texts: ``node "Leakage"``, ``edge ban -> leak``."""
    if kind == "edge":
        return f"edge {element.source} -> {element.target}"
    name = getattr(element, "label", None) or getattr(element, "title", None) or element.id
    return f'{kind} "{name}"'


class ModelCommand(QUndoCommand):
    """Base: subclasses implement ``apply()`` and ``revert()`` on the model."""

    def __init__(self, model: Model, text: str) -> None:
        super().__init__(text)
        self.model = model
        self._skip_redo = False

    def apply(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.apply()

    def undo(self) -> None:
        self.revert()


class InsertCommand(ModelCommand):
    """Add an element at ``index`` (None: at the end of its collection)."""

    def __init__(self, model: Model, kind: str, element, index: int | None = None,
                 text: str = "") -> None:
        super().__init__(model, text or f"Add {describe(kind, element)}")
        self.kind, self.element, self.index = kind, element, index

    def apply(self) -> None:
        count = len(getattr(self.model, self.kind + "s"))
        self.model.insert(self.kind, count if self.index is None else self.index, self.element)

    def revert(self) -> None:
        key = self.element.key if self.kind == "edge" else self.element.id
        self.model.remove(self.kind, key)


class RemoveCommand(ModelCommand):
    """Remove an element and what mentions it; undo restores all of it in place."""

    def __init__(self, model: Model, kind: str, key, text: str = "") -> None:
        element = model.get(kind, key)
        if element is None:
            raise ModelError(Problem(kind, f"there is no {kind} {key!r}"))
        super().__init__(model, text or f"Delete {describe(kind, element)}")
        self.kind, self.key = kind, key
        self.removal = None

    def apply(self) -> None:
        self.removal = self.model.remove(self.kind, self.key)

    def revert(self) -> None:
        self.model.restore(self.removal)


class ReplaceCommand(ModelCommand):
    """Replace one element by a new value of it (same id); merges repeated edits of a field.

    ``merge_key`` (for instance ``"weight"``) lets consecutive edits of the same field of the
    same element, such as the steps of a slider drag, become one undo step.
    """

    def __init__(self, model: Model, kind: str, old, new, *, merge_key: str = "",
                 text: str = "") -> None:
        super().__init__(model, text or f"Edit {describe(kind, new)}")
        self.kind, self.old, self.new, self.merge_key = kind, old, new, merge_key

    def apply(self) -> None:
        self.model.replace(self.kind, self.new)

    def revert(self) -> None:
        self.model.replace(self.kind, self.old)

    def id(self) -> int:
        return _REPLACE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, ReplaceCommand) and other.merge_key == self.merge_key
                and other.kind == self.kind and _same_key(self.kind, self.new, other.old)):
            return False
        self.new = other.new
        return True


def _same_key(kind: str, a, b) -> bool:
    return (a.key == b.key) if kind == "edge" else (a.id == b.id)


class MoveNodesCommand(ModelCommand):
    """Move nodes to absolute positions (a whole drag, an alignment, a layout)."""

    def __init__(self, model: Model, before: dict[str, tuple[float, float]],
                 after: dict[str, tuple[float, float]], text: str = "") -> None:
        count = len(after)
        super().__init__(model, text or (f"Move {count} nodes" if count != 1 else "Move node"))
        self.before, self.after = dict(before), dict(after)

    def apply(self) -> None:
        self.model.move_nodes(self.after)

    def revert(self) -> None:
        self.model.move_nodes(self.before)


class SetInfoCommand(ModelCommand):
    """Change the model's title and description."""

    def __init__(self, model: Model, title: str, description: str, text: str = "") -> None:
        super().__init__(model, text or "Edit model details")
        self.before = (model.title, model.description)
        self.after = (title, description)

    def apply(self) -> None:
        self.model.set_info(title=self.after[0], description=self.after[1])

    def revert(self) -> None:
        self.model.set_info(title=self.before[0], description=self.before[1])


class SetSettingsCommand(ModelCommand):
    """Replace the engine settings."""

    def __init__(self, model: Model, settings: Settings, text: str = "") -> None:
        super().__init__(model, text or "Edit engine settings")
        self.before, self.after = model.settings, settings

    def apply(self) -> None:
        self.model.set_settings(self.after)

    def revert(self) -> None:
        self.model.set_settings(self.before)


class MacroCommand(ModelCommand):
    """Several commands as one undo step: applied in order, reverted in reverse.

    When a part fails, the parts already applied are reverted before the error propagates,
    so a macro too either applies completely or changes nothing.
    """

    def __init__(self, model: Model, text: str, parts: Sequence[ModelCommand]) -> None:
        super().__init__(model, text)
        self.parts = list(parts)

    def apply(self) -> None:
        done = []
        try:
            for part in self.parts:
                part.apply()
                done.append(part)
        except ModelError:
            for part in reversed(done):
                part.revert()
            raise

    def revert(self) -> None:
        for part in reversed(self.parts):
            part.revert()


def remove_command(model: Model, *, nodes: Iterable[str] = (),
                   edges: Iterable[tuple[str, str]] = (), text: str = "") -> MacroCommand:
    """Delete nodes (with their edges) and edges as one step.

    Edges go first, then nodes, so each ``Removal`` records positions as they were at its
    turn and the reverse replay restores the original order exactly.
    """
    node_ids = [n for n in dict.fromkeys(nodes) if model.node(n) is not None]
    gone = set(node_ids)
    edge_keys = [k for k in dict.fromkeys(edges)
                 if model.edge(*k) is not None and not gone.intersection(k)]
    parts: list[ModelCommand] = [RemoveCommand(model, "edge", k) for k in edge_keys]
    parts += [RemoveCommand(model, "node", n) for n in node_ids]
    if not text:
        what = []
        if node_ids:
            what.append(f"{len(node_ids)} node{'s' if len(node_ids) != 1 else ''}")
        if edge_keys:
            what.append(f"{len(edge_keys)} edge{'s' if len(edge_keys) != 1 else ''}")
        text = "Delete " + " and ".join(what) if what else "Delete"
    return MacroCommand(model, text, parts)


def execute(stack: QUndoStack, command: ModelCommand) -> None:
    """Apply ``command`` and push it: a ModelError leaves the model and stack untouched."""
    command.apply()
    command._skip_redo = True
    stack.push(command)
