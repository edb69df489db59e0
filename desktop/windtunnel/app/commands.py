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

Every command that sets a text (an element inserted or replaced, the model's details, its
group names, the settings) takes its new value through
:func:`~windtunnel.model.control_text.typed_value`: control characters a paste brings (a
terminal colour code) never reach the model, whichever text box the user typed in. A label
an inserted or replaced element sets is made one line
(:func:`~windtunnel.model.label_lines.one_line_label`): a pasted line break is a space.

A command's undo text may be given as a function that writes it (a :data:`Wording`): the
history then reads in a language chosen later too (:func:`retranslate_history`, called
when the window is rebuilt in another language).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..errors import ModelError, Problem
from ..model import Model, Settings, translated
from ..model.control_text import typed_value
from ..model.label_lines import one_line_label
from .wording import menu_text

if TYPE_CHECKING:
    from .taken_along import TakenAlong

__all__ = ["ModelCommand", "InsertCommand", "RemoveCommand", "ReplaceCommand",
           "MoveNodesCommand", "SetInfoCommand", "SetGroupTranslationsCommand",
           "SetSettingsCommand", "MacroCommand",
           "execute", "remove_command", "describe", "set_command_text", "Wording",
           "retranslate_history"]

#: Command ids for merging: consecutive edits of one field of one element become one step.
_REPLACE_ID = 1001


def describe(kind: str, element, model: Model | None = None) -> str:
    """A short name for an element in undo texts, by label (ids mean little to a user):
    ``node "Leakage"``, ``edge "Export ban" -> "Leakage"``."""
    if kind == "edge":
        return QCoreApplication.translate("commands", "edge {source} \u2192 {target}").format(
            source=_label(model, element.source), target=_label(model, element.target))
    name = (translated(element) if hasattr(element, "label") else None) or getattr(
        element, "title", None) or element.id
    return _KINDS.get(kind, lambda: kind + ' "{name}"')().format(name=name)


#: How an undo text names an element of each kind (``{name}`` is its label or title).
_KINDS = {
    "node": lambda: QCoreApplication.translate("commands", "node \"{name}\""),
    "scenario": lambda: QCoreApplication.translate("commands", "scenario \"{name}\""),
    "objective": lambda: QCoreApplication.translate("commands", "objective \"{name}\""),
    "source": lambda: QCoreApplication.translate("commands", "source \"{name}\""),
    "participant": lambda: QCoreApplication.translate("commands",
                                                      "participant \"{name}\""),
}


def _label(model: Model | None, node_id: str) -> str:
    node = model.node(node_id) if model is not None else None
    return f'"{translated(node)}"' if node is not None else node_id


def set_command_text(command: QUndoCommand, text: str) -> None:
    """Give ``command`` its undo text: shown as is in undo lists, and with "&" doubled in
    the Undo / Redo menu items, where a lone "&" would become a mnemonic and vanish (Qt
    takes the part after a line break as ``actionText()``)."""
    command.setText(f"{text}\n{menu_text(text)}")


#: An undo text as written, or a function that writes it in the current language.
Wording = str | Callable[[], str]


def retranslate_history(stack: QUndoStack) -> None:
    """Write again, in the current language, the undo texts of ``stack``'s commands that
    were given as functions (the others keep the words they were recorded with); the Edit
    menu's Undo and Redo items read the new texts at once."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, ModelCommand):
            command.retranslate()
    stack.undoTextChanged.emit(stack.undoText())     # Qt says so only when the index moves
    stack.redoTextChanged.emit(stack.redoText())


class ModelCommand(QUndoCommand):
    """Base: subclasses implement ``apply()`` and ``revert()`` on the model."""

    def __init__(self, model: Model, text: Wording) -> None:
        super().__init__()
        self.wording = text
        self.retranslate()
        self.model = model
        self._skip_redo = False

    def retranslate(self) -> None:
        """Set the undo text from :attr:`wording`, in the current language."""
        wording = self.wording
        set_command_text(self, wording() if callable(wording) else wording)

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

    def changes_nothing(self) -> bool:
        """True when applying this command would leave the model as it is (such commands
        are never pushed: no undo entry, no "modified" mark)."""
        return False


class InsertCommand(ModelCommand):
    """Add an element at ``index`` (None: at the end of its collection)."""

    def __init__(self, model: Model, kind: str, element, index: int | None = None,
                 text: Wording = "") -> None:
        super().__init__(model, text or (lambda: QCoreApplication.translate(
            "commands", "Add {what}").format(what=describe(kind, element, model))))
        self.kind, self.element, self.index = kind, typed_value(one_line_label(element)), index

    def apply(self) -> None:
        count = len(getattr(self.model, self.kind + "s"))
        self.model.insert(self.kind, count if self.index is None else self.index, self.element)

    def revert(self) -> None:
        key = self.element.key if self.kind == "edge" else self.element.id
        self.model.remove(self.kind, key)


class RemoveCommand(ModelCommand):
    """Remove an element and what mentions it; undo restores all of it in place."""

    def __init__(self, model: Model, kind: str, key, text: Wording = "") -> None:
        element = model.get(kind, key)
        if element is None:
            raise ModelError(Problem(kind, f"there is no {kind} {key!r}"))
        super().__init__(model, text or (lambda: QCoreApplication.translate(
            "commands", "Delete {what}").format(what=describe(kind, element, model))))
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
                 text: Wording = "") -> None:
        super().__init__(model, text or (lambda: QCoreApplication.translate(
            "commands", "Edit {what}").format(what=describe(kind, new, model))))
        self.kind, self.old, self.merge_key = kind, old, merge_key
        self.new = typed_value(one_line_label(new, old))

    def apply(self) -> None:
        self.model.replace(self.kind, self.new)

    def revert(self) -> None:
        self.model.replace(self.kind, self.old)

    def changes_nothing(self) -> bool:
        return self.old == self.new

    def id(self) -> int:
        return _REPLACE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take over ``other``'s new value; a drag that came back where it started leaves a
        command that changes nothing, which the stack then drops (Qt's obsolete flag)."""
        if not (isinstance(other, ReplaceCommand) and other.merge_key == self.merge_key
                and other.kind == self.kind and _same_key(self.kind, self.new, other.old)):
            return False
        self.new = other.new
        self.wording = other.wording
        self.retranslate()
        self.setObsolete(self.changes_nothing())
        return True


def _same_key(kind: str, a, b) -> bool:
    return (a.key == b.key) if kind == "edge" else (a.id == b.id)


class MoveNodesCommand(ModelCommand):
    """Move nodes to absolute positions (a whole drag, an alignment, a layout)."""

    def __init__(self, model: Model, before: dict[str, tuple[float, float]],
                 after: dict[str, tuple[float, float]], text: Wording = "") -> None:
        count = len(after)
        super().__init__(model, text or (lambda: QCoreApplication.translate(
            "commands", "Move %n node(s)", "", count)))
        self.before, self.after = dict(before), dict(after)

    def changes_nothing(self) -> bool:
        return self.before == self.after

    def apply(self) -> None:
        self.model.move_nodes(self.after)

    def revert(self) -> None:
        self.model.move_nodes(self.before)


class SetInfoCommand(ModelCommand):
    """Change the model's title and description, and their translations (and the time
    unit's): ``translations`` None keeps them, those of a title or description changed
    marked as needing review (as an element's are when its original is edited,
    windtunnel.model.with_text)."""

    def __init__(self, model: Model, title: str, description: str, text: Wording = "", *,
                 translations=None) -> None:
        super().__init__(model, text or (lambda: QCoreApplication.translate(
            "commands", "Edit model details")))
        self.before = (model.title, model.description, model.translations)
        if translations is None:
            translations = model.translations
            for name, old, new in (("title", model.title, title),
                                   ("description", model.description, description)):
                if new != old:
                    translations = translations.marked_for_review(name)
        self.after = typed_value((title, description, translations))

    def changes_nothing(self) -> bool:
        return self.before == self.after

    def apply(self) -> None:
        title, description, translations = self.after
        self.model.set_info(title=title, description=description, translations=translations)

    def revert(self) -> None:
        title, description, translations = self.before
        self.model.set_info(title=title, description=description, translations=translations)


class _SetModelValueCommand(ModelCommand):
    """Replace one of the model's own values: a subclass names the attribute that holds it
    and the model's setter for it."""

    attribute = setter = ""

    def __init__(self, model: Model, value, text: Wording) -> None:
        super().__init__(model, text)
        self.before, self.after = getattr(model, self.attribute), typed_value(value)

    def changes_nothing(self) -> bool:
        return self.before == self.after

    def apply(self) -> None:
        getattr(self.model, self.setter)(self.after)

    def revert(self) -> None:
        getattr(self.model, self.setter)(self.before)


class SetGroupTranslationsCommand(_SetModelValueCommand):
    """Replace the names of the nodes' groups in other languages (the model's)."""

    attribute, setter = "group_translations", "set_group_translations"

    def __init__(self, model: Model, translations, text: Wording = "") -> None:
        super().__init__(model, translations, text or (lambda: QCoreApplication.translate(
            "commands", "Translate group names")))


class SetSettingsCommand(_SetModelValueCommand):
    """Replace the engine settings."""

    attribute, setter = "settings", "set_settings"

    def __init__(self, model: Model, settings: Settings, text: Wording = "") -> None:
        super().__init__(model, settings, text or (lambda: QCoreApplication.translate(
            "commands", "Edit engine settings")))


class MacroCommand(ModelCommand):
    """Several commands as one undo step: applied in order, reverted in reverse.

    When a part fails, the parts already applied are reverted before the error propagates,
    so a macro too either applies completely or changes nothing.
    """

    def __init__(self, model: Model, text: Wording, parts: Sequence[ModelCommand]) -> None:
        super().__init__(model, text)
        self.parts = list(parts)

    def changes_nothing(self) -> bool:
        return all(part.changes_nothing() for part in self.parts)

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
                   edges: Iterable[tuple[str, str]] = (), text: Wording = "") -> MacroCommand:
    """Delete nodes (with their edges) and edges as one step, whose undo text names what
    went with them: 'Delete node "Misuse risk" with 12 edges and 1 objective'.

    Edges go first, then nodes, so each ``Removal`` records positions as they were at its
    turn and the reverse replay restores the original order exactly.
    """
    node_ids = [n for n in dict.fromkeys(nodes) if model.node(n) is not None]
    gone = set(node_ids)
    edge_keys = [k for k in dict.fromkeys(edges)
                 if model.edge(*k) is not None and not gone.intersection(k)]
    parts: list[ModelCommand] = [RemoveCommand(model, "edge", k) for k in edge_keys]
    parts += [RemoveCommand(model, "node", n) for n in node_ids]
    from .taken_along import taken_along    # a deletion's, not the first paint's

    along = taken_along(model, node_ids, edge_keys)
    command = MacroCommand(model, text or _removal_wording(model, node_ids, along), parts)
    #: What the model removes besides the nodes and edges chosen: the window asks before
    #: a deletion that takes objectives, scenarios' settings, ratings or convergence nodes
    #: with it, and says so beside the map.
    command.along = along
    command.takes_along = along.beyond_the_map
    return command


def _removal_wording(model: Model, node_ids: list[str], along: TakenAlong) -> Wording:
    """The undo text of a deletion: the nodes (by name when one) and edges chosen, and what
    the model removes with them (:func:`.taken_along.taken_along`)."""
    attached, chosen_edges = along.attached, along.chosen_edges
    objectives, scenarios, ratings = len(along.objectives), len(along.scenarios), along.ratings
    convergence = along.convergence
    named = model.node(node_ids[0]) if len(node_ids) == 1 else None

    def wording() -> str:
        translate = QCoreApplication.translate
        nodes = (describe("node", named) if named is not None
                 else translate("commands", "%n node(s)", "", len(node_ids)))
        edges = translate("commands", "%n edge(s)", "", chosen_edges + attached)
        if node_ids and chosen_edges:
            what = translate("commands", "{nodes} and {edges}").format(nodes=nodes, edges=edges)
        else:
            what = nodes if node_ids else edges
        taken = [text for count, text in (
            (attached if not chosen_edges else 0, edges),
            (objectives, translate("commands", "%n objective(s)", "", objectives)),
            (scenarios, translate("commands", "settings in %n scenario(s)", "", scenarios)),
            (ratings, translate("commands", "%n participant rating(s)", "", ratings)),
            (convergence, translate(
                "commands", "the convergence nodes, so convergence is judged on every node")
             if convergence < 0 else
             translate("commands", "%n of the convergence nodes", "", convergence)))
            if count]
        if not node_ids and not chosen_edges:
            return translate("commands", "Delete")
        if not taken:
            return translate("commands", "Delete {what}").format(what=what)
        return translate("commands", "Delete {what} with {along}").format(
            what=what, along=QLocale().createSeparatedList(taken))

    return wording


def execute(stack: QUndoStack, command: ModelCommand) -> bool:
    """Apply ``command`` and push it: a ModelError leaves the model and stack untouched.

    A command that would change nothing is not pushed (False): an edit that ends where it
    began leaves no undo entry and does not mark the document modified."""
    if command.changes_nothing():
        return False
    command.apply()
    command._skip_redo = True
    stack.push(command)
    return True
