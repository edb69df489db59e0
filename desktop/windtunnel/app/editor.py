"""Editor: the user's editing intents on the map, each turned into one undo command.

The window's actions, the scene's intent signals and the docks all call these methods;
each builds one command from the model API (:mod:`windtunnel.app.commands`) and runs it
with :func:`~windtunnel.app.commands.execute`, so an invalid edit raises ModelError and
changes nothing. The editor knows the document and the scene (for the selection), never
widgets, so it is tested without a window.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF

from .. import language
from ..model import (DEFAULT_WEIGHT, Edge, Node, edits_original, group_name, needs_review,
                     reviewed, slugify, translated, with_text)
from ..model.label_lines import one_line
from . import layout
from .canvas import CanvasScene
from .clipboard import fragment, paste_command
from .commands import (InsertCommand, MacroCommand, ModelCommand, MoveNodesCommand,
                       RemoveCommand, ReplaceCommand, SetGroupTranslationsCommand,
                       SetInfoCommand, Wording,
                       describe, execute, remove_command)
from .document import Document
from .wording import listed

__all__ = ["Editor"]


def _align_text(how: str) -> str:
    """The undo text of an alignment."""
    return {"left": QCoreApplication.translate("editor", "Align left"),
            "centre": QCoreApplication.translate("editor", "Align centre"),
            "right": QCoreApplication.translate("editor", "Align right"),
            "top": QCoreApplication.translate("editor", "Align top"),
            "middle": QCoreApplication.translate("editor", "Align middle"),
            "bottom": QCoreApplication.translate("editor", "Align bottom")}[how]

#: The weight of an edge drawn with the mouse: "moderate positive", edited afterwards.


#: How an undo text names a translatable text of an element (the model's field names).
_FIELDS = {
    "label": lambda: QCoreApplication.translate("Editor", "label"),
    "title": lambda: QCoreApplication.translate("Editor", "title"),
    "description": lambda: QCoreApplication.translate("Editor", "description"),
    "rationale": lambda: QCoreApplication.translate("Editor", "rationale"),
    "note": lambda: QCoreApplication.translate("Editor", "note"),
    "publisher": lambda: QCoreApplication.translate("Editor", "publisher"),
    "role": lambda: QCoreApplication.translate("Editor", "role"),
    "time_unit": lambda: QCoreApplication.translate("Editor", "time unit"),
}


class Editor:
    """Editing operations on one document, shown in one scene."""

    def __init__(self, document: Document, scene: CanvasScene, edge_rules=()) -> None:
        self.document = document
        self.scene = scene
        #: ``rule(model, command)`` -> the command to run to draw new edges (the window's
        #: :meth:`~.mainwindow.MainWindow.add_edge_rule`), applied in order.
        self.edge_rules = edge_rules

    @property
    def model(self):
        return self.document.model

    def run(self, command: ModelCommand) -> None:
        execute(self.document.undo_stack, command)

    # -- nodes and edges --------------------------------------------------------------------

    def add_node(self, position: tuple[float, float] | QPointF, *, kind: str = "factor",
                 label: str = "New node", group: str | None = None) -> str:
        """Add a node at ``position``, or at the free spot nearest to it when another node
        is there; return its id (made from the label, then fixed).

        The group defaults to that of the selected node, so a cluster grows quickly.
        """
        if isinstance(position, QPointF):
            position = (position.x(), position.y())
        position = layout.free_spot([n.position for n in self.model.nodes], position)
        if group is None:
            selected = self.scene.selected_node_ids()
            group = self.model.node(selected[0]).group if selected else ""
        node_id = slugify(label, {n.id for n in self.model.nodes})
        node = Node(node_id, label, kind=kind, group=group,
                    position=(round(position[0], 2), round(position[1], 2)))
        self.run(InsertCommand(self.model, "node", node))
        self.scene.select([node_id])
        return node_id

    def rename_node(self, node_id: str, label: str) -> bool:
        """Give a node a new label (its id stays: scenarios and files refer to it); False
        when the label is the same. An invalid label raises ModelError."""
        return self.set_text("node", node_id, "label", label.strip())

    def set_text(self, kind: str, key, field: str, text: str) -> bool:
        """Set a text of an element (a label, a description, a rationale) in the current
        language: the original in English, else its translation, which an empty text
        removes (windtunnel.model.with_text). One undo step; False when nothing changes (the
        text is the one shown); ModelError when the text is refused."""
        old = self.model.get(kind, key)
        if field == "label":
            text = one_line(text)           # a label is one line, in every language
        if old is None or text == translated(old, field):
            return False
        original, tag, model = edits_original(), language.current(), self.model

        def what() -> str:          # in the language the history is read in
            if original and field == "label":
                wording = QCoreApplication.translate("Editor", 'Rename {element} to "{text}"')
            elif original:
                wording = QCoreApplication.translate("Editor", "Edit the {field} of {element}")
            else:
                wording = QCoreApplication.translate("Editor", "Translate the {field} of "
                                                               "{element} ({language})")
            return wording.format(element=describe(kind, old, model), text=text,
                                  field=_FIELDS.get(field, lambda: field)(), language=tag)

        self.run(ReplaceCommand(self.model, kind, old, with_text(old, field, text), text=what))
        return True

    def mark_reviewed(self, kind: str, key, *fields: str) -> bool:
        """Take away the mark "may be out of date" from the translations of an element's
        ``fields`` that the current language shows (their original was edited since they
        were written; windtunnel.model.reviewed); ``kind`` "model" (``key`` None): of the
        model's own title, description or time unit. One undo step; False when none had
        the mark."""
        model = self.model
        old = model if kind == "model" else model.get(kind, key)
        fields = tuple(f for f in fields if old is not None and needs_review(old, f))
        if not fields:
            return False
        tag = language.current()

        def what() -> str:          # in the language the history is read in
            return QCoreApplication.translate(
                "Editor", "Mark the {language} {field} of {element} as reviewed").format(
                language=language.LANGUAGES.get(tag, tag),
                field=listed(_FIELDS.get(f, lambda f=f: f)() for f in fields),
                element=QCoreApplication.translate("Editor", "the model") if kind == "model"
                else describe(kind, old, model))

        if kind == "model":
            translations = model.translations
            for field in fields:
                translations = translations.reviewed(translations.found_tag(tag, field), field)
            self.run(SetInfoCommand(model, model.title, model.description, what,
                                    translations=translations))
        else:
            new = old
            for field in fields:
                new = reviewed(new, field)
            self.run(ReplaceCommand(model, kind, old, new, text=what))
        return True

    def set_group(self, node_ids, group: str) -> bool:
        """Put nodes in ``group`` (free text, as the nodes write it), one undo step; False
        when they are all in it already; ModelError when the group is refused.

        A group's names in other languages belong to the model and are kept by the group's
        name. When the move empties the nodes' old group and ``group`` is a new name without
        translations of its own, the move is a rename: the old group's translations go with
        it. Otherwise they stay with the old name (other nodes may still be in it, or it
        may be filled again)."""
        model = self.model
        old = [model.node(i) for i in node_ids if model.node(i) is not None]
        moved = [n for n in old if n.group != group]
        if not moved:
            return False
        parts: list[ModelCommand] = [ReplaceCommand(model, "node", n, replace(n, group=group))
                                     for n in moved]
        leaving = {n.group for n in moved} - {""}
        moving = {m.id for m in moved}
        staying = {n.group for n in model.nodes if n.id not in moving}
        translations = model.group_translations
        if (group and len(leaving) == 1 and not leaving & staying and group not in staying
                and group not in {name for _, name, _ in translations.entries}):
            renamed = translations.renamed(leaving.pop(), group)
            if renamed != translations:
                parts.append(SetGroupTranslationsCommand(model, renamed))

        def what() -> str:
            return QCoreApplication.translate("Editor", 'Move %n node(s) to the group '
                                                        '"{group}"', "", len(moved)).format(
                group=group_name(model, group))
        self.run(MacroCommand(model, what, parts))
        return True

    def translate_group(self, group: str, text: str) -> bool:
        """Name ``group`` in the current language (an empty text removes the translation,
        the original name shows again), one undo step for every node of the group; False
        when nothing changes; ModelError when refused (English edits no translation: the
        group's original name is what its nodes write, changed by :meth:`set_group`)."""
        tag, model = language.current(), self.model
        if edits_original(tag) or not group:
            return False
        text = text.strip()
        if text == group_name(model, group, tag):     # the name shown: nothing to change
            return False
        translations = model.group_translations.with_text(tag, group, text)
        if translations == model.group_translations:
            return False

        def what() -> str:
            return QCoreApplication.translate("Editor", 'Translate the group "{group}" '
                                                        '({language})').format(
                group=group, language=tag)
        self.run(SetGroupTranslationsCommand(model, translations, what))
        return True

    def connect(self, source: str, target: str, weight: float = DEFAULT_WEIGHT) -> tuple[str, str]:
        """Add the edge ``source -> target``; return its key."""
        self._draw_edges(InsertCommand(self.model, "edge", Edge(source, target, weight)))
        self.scene.select(edges=[(source, target)])
        return (source, target)

    def connect_selected(self) -> list[tuple[str, str]]:
        """Join the selected nodes in a chain, in the order selected: A then B gives A -> B."""
        ids = self.scene.selected_node_ids_in_order()
        pairs = [(a, b) for a, b in zip(ids, ids[1:]) if self.model.edge(a, b) is None]
        if not pairs:
            return []
        parts = [InsertCommand(self.model, "edge", Edge(a, b, DEFAULT_WEIGHT)) for a, b in pairs]
        text = ((lambda: QCoreApplication.translate("editor", "Connect nodes"))
                if len(parts) > 1 else parts[0].wording)
        self._draw_edges(MacroCommand(self.model, text, parts))
        self.scene.select(edges=pairs)
        return pairs

    def _draw_edges(self, command: ModelCommand) -> None:
        """Run a command that adds edges, as the edge rules make it."""
        for rule in self.edge_rules:
            command = rule(self.model, command)
        self.run(command)

    def reverse_selected(self) -> list[tuple[str, str]]:
        """Swap the direction of the selected edges (each keeps its place in the order)."""
        keys = self.scene.selected_edge_keys()
        parts = []
        for key in keys:
            edge = self.model.edge(*key)
            index = self.model.index_of("edge", key)
            parts.append(RemoveCommand(self.model, "edge", key))
            parts.append(InsertCommand(self.model, "edge", replace(
                edge, source=edge.target, target=edge.source), index))
        if not parts:
            return []
        self.run(MacroCommand(self.model, lambda: QCoreApplication.translate(
            "editor", "Reverse %n edge(s)", "", len(keys)), parts))
        flipped = [(t, s) for s, t in keys]
        self.scene.select(edges=flipped)
        return flipped

    def deletion(self) -> MacroCommand | None:
        """The command that deletes the selected nodes and edges as one step, not yet run
        (None: nothing is selected); its ``along`` says what goes with them."""
        nodes, edges = self.scene.selected_node_ids(), self.scene.selected_edge_keys()
        if not nodes and not edges:
            return None
        return remove_command(self.model, nodes=nodes, edges=edges)

    def delete_selection(self) -> MacroCommand | None:
        """Delete the selected nodes and edges as one step; the command run (None: nothing
        was selected)."""
        command = self.deletion()
        if command is not None:
            self.run(command)
        return command

    def replace(self, kind: str, new, *, merge_key: str = "") -> None:
        """Replace an element by an edited copy (same id); merge_key merges slider steps."""
        key = new.key if kind == "edge" else new.id
        old = self.model.get(kind, key)
        if old is None or old == new:
            return
        self.run(ReplaceCommand(self.model, kind, old, new, merge_key=merge_key))

    def update(self, kind: str, key, /, *, merge_key: str = "", **changes) -> None:
        """Change fields of one element (field names may be ``kind`` or ``key`` too)."""
        old = self.model.get(kind, key)
        if old is not None:
            self.replace(kind, replace(old, **changes), merge_key=merge_key)

    # -- placement --------------------------------------------------------------------------

    def move(self, before: dict, after: dict, text: Wording = "") -> None:
        if after and after != before:
            self.run(MoveNodesCommand(self.model, before, after, text))

    def _positions(self, node_ids) -> dict[str, tuple[float, float]]:
        return {n: self.model.node(n).position for n in node_ids}

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selected nodes by (dx, dy)."""
        before = self._positions(self.scene.selected_node_ids())
        self.move(
            before,
            {n: (x + dx, y + dy) for n, (x, y) in before.items()},
            lambda: QCoreApplication.translate("editor", "Nudge nodes"),
        )

    def align(self, how: str) -> None:
        before = self._positions(self.scene.selected_node_ids())
        self.move(before, layout.align(before, how), lambda: _align_text(how))

    def distribute(self, axis: str) -> None:
        before = self._positions(self.scene.selected_node_ids())
        self.move(
            before,
            layout.distribute(before, axis),
            lambda: QCoreApplication.translate("editor", "Distribute nodes"),
        )

    def auto_layout(self) -> None:
        """Lay out the selected nodes, or every node when fewer than two are selected."""
        from ..engine.layout import auto_layout   # the engine loads when first used

        chosen = self.scene.selected_node_ids()
        ids = chosen if len(chosen) >= 2 else [n.id for n in self.model.nodes]
        after = auto_layout(self.model, ids)
        self.move(self._positions(ids), after,
                  lambda: QCoreApplication.translate("editor", "Auto-layout"))

    def layered_layout(self) -> None:
        """Lay out the selected nodes (or all) in columns from levers to outcomes."""
        from ..engine.layout import layered_layout

        chosen = self.scene.selected_node_ids()
        ids = chosen if len(chosen) >= 2 else [n.id for n in self.model.nodes]
        after = layered_layout(self.model, ids)
        self.move(
            self._positions(ids), after,
            lambda: QCoreApplication.translate("editor", "Layered layout")
        )

    # -- clipboard --------------------------------------------------------------------------

    def copy_selection(self):
        """The selected nodes as a fragment model (None when nothing is selected)."""
        ids = self.scene.selected_node_ids()
        return fragment(self.model, ids) if ids else None

    def paste(self, piece) -> list[str]:
        command, new_ids = paste_command(self.model, piece)
        if not command.parts:
            return []
        self.run(command)
        self.scene.select(new_ids)
        return new_ids

    # -- sources ----------------------------------------------------------------------------

    def cite(self, source_id: str, *, cited: bool = True) -> int:
        """Attach (or detach) a source to every selected node and edge; return how many changed."""
        parts = []
        targets = [("node", self.model.node(n)) for n in self.scene.selected_node_ids()]
        targets += [("edge", self.model.edge(*k)) for k in self.scene.selected_edge_keys()]
        for kind, element in targets:
            has = source_id in element.sources
            if has == cited:
                continue
            sources = (element.sources + (source_id,) if cited
                       else tuple(s for s in element.sources if s != source_id))
            parts.append(ReplaceCommand(self.model, kind, element, replace(element, sources=sources)))
        if parts:
            source = self.model.source(source_id)

            def text() -> str:
                name = translated(source, "title") if source is not None else source_id
                wording = (QCoreApplication.translate("editor", "Cite source \"{name}\"")
                           if cited else
                           QCoreApplication.translate("editor", "Uncite source \"{name}\""))
                return wording.format(name=name)

            self.run(MacroCommand(self.model, text, parts))
        return len(parts)
