"""Inspector: edit every field of the selected node or edge, or of the model itself.

One page per selection: a node, an edge, several items (a count), or nothing selected
(the model's title, description and engine settings). Edits become undo commands through
the :class:`~windtunnel.app.editor.Editor` (:mod:`.inspector_edits`, with how a refused
edit shows under the form). The pages follow model changes (undo, edits made
elsewhere) while they are shown, but a text being typed stays until Enter unless the change
is to that very value (fields.FieldForm.load).

Texts in several languages: the node's label and description, the edge's rationale and the
model's title, description and time unit show in the current language
(windtunnel.language), and editing one edits the text of that language: with English
chosen, the original; with another language, its translation (emptying it brings back the
original), while a line above the form, scrolling with it, shows the original (cut to one
line until its arrow unfolds it, so the translated fields come first).
Each such edit is one undo step (windtunnel.model.with_text is the rule). A translation
whose original was edited after it was written shows "Translation may be out of date" under
it, with a button that marks it reviewed (:mod:`.translation_review`).

A node's group is the model's: the Group box lists the groups by their names in the current
language (choosing one, or typing its name in either language, moves the node into it; a
new text makes a new group, :meth:`Editor.set_group`), and in a language other than English
a row below it names the node's group in that language for every node of the group
(:meth:`Editor.translate_group`, one undo step; emptied, the original name shows again).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QLabel, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout,
                               QWidget)

from .. import language
from ..model import (ACTIVATIONS, CONFIDENCES, DRIVER_MODES, NODE_KINDS, RULES, START_VECTORS,
                     TRANSLATABLE, edits_original, group_name, translated)
from ..model.natural_order import natural_key
from ..model.vocabulary import MAX_SAMPLES, MAX_STEPS
from .elided import ElidedLabel
from .fields import FieldForm
from .formats import time_units
from .initial_level import fit_initial_level
from .inspector_edits import InspectorEdits
from .model_language import language_relay
from .original_text import OriginalText
from .translation_review import add_review_notices, show_review_notices, stale_fields

__all__ = ["Inspector"]


class Inspector(InspectorEdits, QWidget):
    """The contents of the Inspector dock (its edits reach the model through
    :class:`~.inspector_edits.InspectorEdits`)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = None
        self._shown: tuple[str, object] = ("model", None)
        # two lines at most, however long the label, whole on hover: an edge's heading names
        # both its ends ("Edge: Chip smuggling via third countries → Restricted actors' access"
        # lost its target to the ellipsis in a laptop's Inspector on one line)
        self.heading = ElidedLabel(lines=2)
        self.heading.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self._refused: tuple[FieldForm, str] | None = None   # the field the refusal is about
        #: By kind ("node", "edge"), the notices under its translated texts, by field.
        self.review_notices: dict[str, dict] = {}
        # above a translation being edited, on one line until unfolded: the fields first
        self.original = OriginalText(folded=True)
        self.stack = QStackedWidget()
        self.model_form, self.settings_form = self._model_forms()
        self.many = QLabel(alignment=Qt.AlignTop | Qt.AlignLeft, wordWrap=True,
                           textFormat=Qt.PlainText)
        self._model_page = model_page = QWidget()
        model_layout = QVBoxLayout(model_page)
        model_layout.setContentsMargins(0, 0, 0, 0)
        model_layout.addWidget(self.model_form)
        settings_title = QLabel(self.tr("Engine settings"))
        settings_title.setStyleSheet("font-weight: 600; margin-top: 8px;")
        model_layout.addWidget(settings_title)
        model_layout.addWidget(self.settings_form)
        model_layout.addStretch(1)
        for page in (model_page, self.many):
            self.stack.addWidget(page)
        self.stack.currentChanged.connect(self._fit_stack)
        self._fit_stack()
        # the original text, the form and the extensions' footer scroll together: the
        # footer (an edge's weight in the scenario, a participant's rating) adds nothing to
        # the dock's minimum height, so a short screen keeps the panels below in view, and
        # an original text of several lines above the scrolling left a participant's
        # rating 60 pixels of a projector's Inspector
        scrolled = QWidget()
        self._footer = QVBoxLayout(scrolled)
        self._footer.setContentsMargins(0, 0, 0, 0)
        self._footer.addWidget(self.original)
        self._footer.addWidget(self.stack)
        self._footer.addStretch(1)
        self._scroll = scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.NoFrame)
        scroll.setWidget(scrolled)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        language_relay().changed.connect(self._language_changed)

    def _fit_stack(self, _index: int = 0) -> None:
        """Size the page stack to the page shown (not to its tallest page), so the footer
        follows the shown form without a gap."""
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            page.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred
                               if page is self.stack.currentWidget() else QSizePolicy.Ignored)
        self.stack.adjustSize()

    @cached_property
    def node_form(self) -> FieldForm:
        """The node's page, made when first shown or asked for: most windows open on the
        model's page, so the first paint does not wait for the others."""
        return self._new_page(self._with_notices("node", self._node_form()))

    @cached_property
    def edge_form(self) -> FieldForm:
        """The edge's page, made when first shown or asked for (see :attr:`node_form`)."""
        return self._new_page(self._with_notices("edge", self._edge_form()))

    def _with_notices(self, kind: str, form: FieldForm) -> FieldForm:
        """``form`` with a notice under each translated text that may be out of date (see
        :mod:`.translation_review`), kept in ``self.review_notices[kind]``."""
        self.review_notices[kind] = add_review_notices(
            form, TRANSLATABLE[kind.title()], lambda field: self._mark_reviewed(kind, field))
        return form

    def _model_notices(self) -> dict:
        """The notices under the model's title, description and time unit, made when
        first needed (most windows never show one, and the model's page is the first
        painted)."""
        if "model" not in self.review_notices:
            self.review_notices["model"] = {}
            for form, fields in ((self.model_form, ("title", "description")),
                                 (self.settings_form, ("time_unit",))):
                self.review_notices["model"].update(add_review_notices(
                    form, fields, lambda field: self._mark_reviewed("model", field)))
        return self.review_notices["model"]

    def _mark_reviewed(self, kind: str, field: str) -> None:
        if self.editor is not None and self._shown[0] == kind:
            self.editor.mark_reviewed(kind, self._shown[1], field)

    def _new_page(self, page: QWidget) -> QWidget:
        # not shown yet: it takes no room until it is (see _fit_stack)
        page.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Ignored)
        self.stack.addWidget(page)
        return page

    def _language_changed(self, _tag: str) -> None:
        if self.editor is not None:
            self.refresh()

    def add_footer(self, widget: QWidget) -> None:
        """Show ``widget`` at the foot of the Inspector, below the forms and scrolling with
        them (an extension's view of the selection, such as the edge's weight in the
        current scenario)."""
        self._footer.insertWidget(self._footer.count() - 1, widget)     # above the stretch

    def add_strip(self, widget: QWidget) -> None:
        """Show ``widget`` under the forms, out of their scrolling: always in view, however
        short the dock (a link down to a footer, a note of what an edit just did). Below
        the forms, not above them: a note a line taller than the link it replaces moved
        the forms, and the control just used, down under the pointer."""
        self._layout.insertWidget(self._layout.indexOf(self._scroll) + 1, widget)

    def reveal(self, widget: QWidget) -> None:
        """Scroll the forms so that ``widget`` (a footer) is in view, its top first."""
        self._scroll.widget().layout().activate()
        top = widget.mapTo(self._scroll.widget(), widget.rect().topLeft()).y()
        bar = self._scroll.verticalScrollBar()
        bar.setValue(min(top, bar.maximum()))

    # -- forms ------------------------------------------------------------------------------

    def _node_form(self) -> FieldForm:
        form = self._form(lambda f, v, c: self._commit("node", f, v, c))
        form.add_line("id", self.tr("Id"), read_only=True)
        form.add_line("label", self.tr("Label"))
        form.add_choice("kind", self.tr("Kind"), NODE_KINDS)
        form.add_choice("group", self.tr("Group"), [], editable=True)
        form.add_line("group_translation", self.tr("Group name"))
        form.add_number("initial", self.tr("Initial level"), -1.0, 1.0)   # see initial_level
        form.add_check("lever", self.tr("Lever"), self.tr("a policy lever")).setToolTip(
            self.tr("A lever gets a slider in the Levers panel; restrictions always are levers"))
        form.add_text("description", self.tr("Description"))
        form.add_tags("tags", self.tr("Tags"))
        form.add_sources("sources", self.tr("Sources"), lambda: self.editor.model.sources)
        form.name_language("label", "description")
        return form

    def _edge_form(self) -> FieldForm:
        form = self._form(lambda f, v, c: self._commit("edge", f, v, c))
        form.add_weight("weight", self.tr("Weight"))
        form.add_integer("delay", self.tr("Delay"), 0, MAX_STEPS).valueChanged.connect(
            self._name_delay_unit)
        form.add_choice("confidence", self.tr("Confidence"), CONFIDENCES)
        form.add_number("low", self.tr("Low bound"), -1.0, 1.0, optional=True)
        form.add_number("high", self.tr("High bound"), -1.0, 1.0, optional=True)
        form.add_text("rationale", self.tr("Rationale"))
        form.add_sources("sources", self.tr("Sources"), lambda: self.editor.model.sources)
        form.name_language("rationale")
        return form

    def _model_forms(self) -> tuple[FieldForm, FieldForm]:
        info = self._form(self._commit_info)
        info.add_line("title", self.tr("Title"))
        info.add_text("description", self.tr("Description"))
        info.name_language("title", "description")
        settings = self._form(self._commit_settings)
        settings.add_integer("steps", self.tr("Steps"), 1, MAX_STEPS)
        settings.add_line("time_unit", self.tr("Time unit"))
        settings.name_language("time_unit")
        settings.add_choice("rule", self.tr("Rule"), RULES)
        settings.add_choice("activation", self.tr("Activation"), ACTIVATIONS)
        settings.add_number(
            "steepness", self.tr("Steepness (\u03bb)"), 0.001, 1000.0, step=0.1, decimals=3
        )
        settings.add_choice("start", self.tr("Start vector"), START_VECTORS)
        settings.add_choice("drivers", self.tr("Driver nodes"), DRIVER_MODES)
        settings.add_number("tolerance", self.tr("Tolerance"), 0.0, 1.0, step=1e-5, decimals=6)
        settings.add_check("strict", "", self.tr("strict (< tolerance)"))
        settings.add_check("stop_early", "", self.tr("stop at convergence"))
        settings.add_check("count_initial", "", self.tr("initial state counts as a step"))
        settings.add_tags("convergence_nodes", self.tr("Convergence nodes"))
        settings.add_integer("samples", self.tr("Monte Carlo samples"), 0, MAX_SAMPLES)
        settings.add_integer("seed", self.tr("Seed"), 0, 2**31 - 1)
        return info, settings

    # -- binding ----------------------------------------------------------------------------

    def set_editor(self, editor) -> None:
        """Show the document of ``editor`` (and follow its model and scene); None stops
        following (the window closes, and the model may outlive it)."""
        if self.editor is not None:
            self._follow(self.editor, False)
        self.editor = editor
        if editor is not None:
            self._follow(editor, True)
            self.show_selection()

    def _follow(self, editor, on: bool) -> None:
        model = editor.model
        signals = [model.node_changed, model.edge_changed, model.node_removed,
                   model.edge_removed, model.settings_changed, model.info_changed,
                   model.source_added, model.source_removed, model.source_changed]
        for signal in signals:
            signal.connect(self._model_changed) if on else signal.disconnect(self._model_changed)
        scene = editor.scene
        if on:
            scene.selectionChanged.connect(self.show_selection)
        else:
            scene.selectionChanged.disconnect(self.show_selection)

    def _model_changed(self, *args) -> None:
        self.refresh()

    def show_selection(self) -> None:
        """Pick the page for the scene's selection and fill it."""
        scene = self.editor.scene
        nodes, edges = scene.selected_node_ids(), scene.selected_edge_keys()
        if len(nodes) == 1 and not edges:
            self._shown = ("node", nodes[0])
        elif len(edges) == 1 and not nodes:
            self._shown = ("edge", edges[0])
        elif nodes or edges:
            self._shown = ("many", (len(nodes), len(edges)))
        else:
            self._shown = ("model", None)
        self._report(None)
        self.refresh()

    def refresh(self) -> None:
        """Fill the shown page from the model (after any change)."""
        kind, key = self._shown
        model = self.editor.model
        if kind == "node" and model.node(key) is not None:
            node = model.node(key)
            fit_initial_level(self.node_form.editors["initial"], node.initial,
                              model.settings.activation)
            with self.node_form.cursor_kept():      # refilling the Group box empties it
                self._fill_groups(model)
                self.node_form.load(_InLanguage(node, group=group_name(model, node.group),
                                                lever=node.is_lever), key)
            self.node_form.editors["lever"].setEnabled(node.kind != "restriction")
            self.heading.set_full_text(self.tr("Node: {label}").format(label=translated(node)))
            self._show_original(node, self.node_form)
            show_review_notices(self.review_notices["node"], node)
            self.stack.setCurrentWidget(self.node_form)
        elif kind == "edge" and model.edge(*key) is not None:
            edge = model.edge(*key)
            self.edge_form.load(_InLanguage(edge), key)
            ends = {"source": translated(model.node(edge.source)),
                    "target": translated(model.node(edge.target))}
            # where both ends do not fit after "Edge:", they go without it
            self.heading.set_full_text(self.tr("Edge: {source} \u2192 {target}").format(**ends),
                                       ("{source} \u2192 {target}".format(**ends),))
            self._show_original(edge, self.edge_form)
            show_review_notices(self.review_notices["edge"], edge)
            self._name_delay_unit()
            self.stack.setCurrentWidget(self.edge_form)
        elif kind == "many":
            self.original.hide()
            n, e = key
            self.heading.set_full_text(self.tr("Selection"))
            self.many.setText(self.tr("{nodes} and {edges} selected.\n\nUse Arrange to align, "
                                      "distribute or lay them out; Delete removes them.").format(
                nodes=self.tr("%n node(s)", "", n), edges=self.tr("%n edge(s)", "", e)))
            self.stack.setCurrentWidget(self.many)
        else:
            self._shown = ("model", None)
            self._show_original(model, self.model_form, self.settings_form)
            self.model_form.load(_Info(translated(model, "title"),
                                       translated(model, "description")))
            self.settings_form.load(replace(model.settings,
                                            time_unit=translated(model, "time_unit")))
            if "model" in self.review_notices or stale_fields(model, TRANSLATABLE["Model"]):
                show_review_notices(self._model_notices(), model)
            self.heading.set_full_text(self.tr("Model"))
            self.stack.setCurrentWidget(self._model_page)

    def _name_delay_unit(self) -> None:
        """Count the edge's delay in the model's time unit ("1 month", "12 months"), as the
        time bar and the charts do, and say in its tooltip when a change arrives: a change
        of the source at step s reaches the target at step s + delay + 1, and a lever set
        from step 0 at step 1 whatever the delay (a node's past is its step-0 level)."""
        delay = self.edge_form.editors["delay"]
        unit = translated(self.editor.model, "time_unit")
        steps = delay.value()
        delay.setSuffix(" " + time_units(unit, steps))
        delay.setToolTip(self.tr(
            "The edge's end node feels its start node as it was {delay} earlier (a step is "
            "one {unit}): a change of the start node at step s reaches the end node at step "
            "s + {arrival}. A lever set from step 0 counts as set before the run began (every "
            "node's past is its step-0 level), so it reaches the end node at step 1 whatever "
            "the delay; start it at step 1 for the delay to show.").format(
            delay=f"{steps} {time_units(unit, steps)}", unit=unit, arrival=steps + 1))

    def _fill_groups(self, model) -> None:
        """The Group box's list: the model's groups named in the current language (the
        name as the nodes write it in each item's data and tooltip), and the translation
        row shown in a language other than English."""
        combo = self.node_form.editors["group"]
        groups = sorted(((group_name(model, g), g) for g in dict.fromkeys(
            n.group for n in model.nodes) if g), key=lambda named: natural_key(named[0]))
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] != groups:
            line = combo.lineEdit()
            typed, typing = line.text(), line.isModified()
            combo.blockSignals(True)
            combo.clear()
            for shown, group in groups:
                combo.addItem(shown, group)
                combo.setItemData(combo.count() - 1, group, Qt.ToolTipRole)
            if typing:          # a group name being typed stays (see fields.FieldForm.load)
                combo.setEditText(typed)
                line.setModified(True)
            combo.blockSignals(False)
        row = self.node_form.editors["group_translation"]
        translating = not edits_original()
        self.node_form.form.setRowVisible(row, translating)
        if translating:
            self.node_form.form.labelForField(row).setText(
                self.tr("Group in {language}").format(
                    language=language.LANGUAGES.get(language.current(), language.current())))
            row.setToolTip(self.tr("The group's name in this language, for every node of "
                                   "the group (empty: the original name)"))

    def _show_original(self, element, *forms: FieldForm) -> None:
        """Above a translation, the original text it translates, each named by its
        caption in ``forms`` (hidden in English): a node's, an edge's, or the model's own
        title, description and time unit."""
        if edits_original():
            self.original.hide()
            return
        captions = {name: caption for form in forms for name, caption in form.captions().items()}
        self.original.show_fields([(captions[name], getattr(element, name))
                                   for name in TRANSLATABLE[type(element).__name__]])

class _Info:
    """The model's title and description, as an element-like value for the form."""

    def __init__(self, title: str, description: str) -> None:
        self.title, self.description = title, description


class _InLanguage:
    """An element as the Inspector's form shows it: its translatable texts in the current
    language (falling back to the original), every other field as it is. A node's group
    (``group``: its name in the current language) shows in the Group box and in the row
    that translates it; a node's Lever box shows whether it is a lever (``lever``), so a
    restriction, always one, shows it ticked."""

    def __init__(self, element, group: str | None = None, lever: bool | None = None) -> None:
        self._element = element
        self._texts = {name: translated(element, name)
                       for name in TRANSLATABLE[type(element).__name__]}
        if group is not None:
            self._texts["group"] = self._texts["group_translation"] = group
        if lever is not None:
            self._texts["lever"] = lever

    def __getattr__(self, name: str):
        texts = self.__dict__["_texts"]
        return texts[name] if name in texts else getattr(self.__dict__["_element"], name)
