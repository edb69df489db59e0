"""Defining objectives in the app: the objective dialog and the editor that opens it.

An objective (what a scenario should do to one node: its direction, threshold, importance
and name) is created, edited and deleted here, each one undo step
(:mod:`.commands`), from wherever an analyst looks for it: *Analysis > New Objective...*,
the Scorecard's buttons (and a double-click on a row), a node's right-click menu on the map
(*Make an Objective of ...*) and the Inspector's box for the selected node. The dialog
reads the values back as the Scorecard will head the row ("decrease Misuse risk by at
least 0.05, weight 3") and says how far the node can change; a refused value (an
importance of 0, a threshold past that, the same wish as another objective) is explained in
the dialog, which stays open, and nothing changes. The name is edited in the interface's
language, as every label is (English edits the original, another language its
translation); a translated name that may be out of date (the original was renamed since)
says so under the name, with a box to tick once it is reviewed. The analysis runs again
after each change, as after any edit, so the Scorecard, Explore and Sensitivity follow.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from ...errors import ModelError
from ...language import filled
from ...model import DIRECTIONS, Objective, edits_original, needs_review, translated
from ...session.objectives import level_range
from . import commands
from .scorecard import objective_heading
from ..commands import execute
from ..choices import fill_choices, select_choice
from ..formats import number
from ..wheel_focus import WheelFocusDoubleSpinBox
from ..wording import in_language

__all__ = ["ObjectiveDialog", "ObjectiveEditor", "NodeObjectivesBox"]


class ObjectiveDialog(QDialog):
    """The values of one objective. ``attempt(values)`` applies them and returns why they
    were refused (None: applied); the dialog closes only once they were applied."""

    def __init__(self, parent, model, objective: Objective, attempt, *, new: bool) -> None:
        super().__init__(parent)
        self.model, self.attempt = model, attempt
        self.setWindowTitle(self.tr("New Objective") if new else self.tr("Edit Objective"))
        self.node = QComboBox()
        for node in sorted(model.nodes, key=lambda n: translated(n).casefold()):
            self.node.addItem(translated(node), node.id)
        self.node.setCurrentIndex(self.node.findData(objective.node))
        self.direction = QComboBox()
        fill_choices(self.direction, DIRECTIONS)
        select_choice(self.direction, objective.direction)
        self.threshold = WheelFocusDoubleSpinBox(minimum=0.0, maximum=2.0, singleStep=0.05,
                                                 decimals=2)
        self.threshold.setValue(objective.threshold)
        self.threshold.setToolTip(self.tr("The least change from baseline at the last step "
                                          "that meets the objective (0: no change the wrong "
                                          "way)"))
        self.importance = WheelFocusDoubleSpinBox(minimum=0.0, maximum=10.0, singleStep=0.5,
                                                  decimals=2)
        self.importance.setValue(objective.importance)
        self.importance.setToolTip(self.tr("How much the objective weighs in a scenario's "
                                           "score"))
        self.label = QLineEdit(translated(objective))
        self.label.setToolTip(self.tr("The objective's name in the interface's language"))
        self._suggested = translated(objective) if new else None
        self.reach = QLabel(wordWrap=True)
        self.reading = QLabel(wordWrap=True)
        self.reading.setTextFormat(Qt.PlainText)
        self.refusal = QLabel(wordWrap=True)
        self.refusal.setTextFormat(Qt.PlainText)
        self.refusal.setStyleSheet("color: #b3261e")
        self.refusal.hide()
        form = QFormLayout()
        form.addRow(self.tr("Node"), self.node)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Threshold"), self.threshold)
        form.addRow("", self.reach)
        form.addRow(self.tr("Importance"), self.importance)
        # a new objective's name is its original, in any language; an existing one's, the
        # translation in a language other than the original
        form.addRow(self.tr("Name") if new else in_language(self.tr("Name")), self.label)
        #: Shown for a translated name that may be out of date: ticked, it is reviewed.
        self.reviewed = None
        if not new and not edits_original() and needs_review(objective, "label"):
            self.reviewed = QCheckBox(self.tr("Translated name may be out of date: "
                                              "reviewed"))
            self.reviewed.setToolTip(self.tr("The original name was changed after this "
                                             "translation was written; tick once the name "
                                             "says what the original says now"))
            form.addRow("", self.reviewed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reading)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)
        for signal in (self.node.currentIndexChanged, self.direction.currentIndexChanged):
            signal.connect(self._suggest_name)
        for signal in (self.node.currentIndexChanged, self.direction.currentIndexChanged,
                       self.threshold.valueChanged, self.importance.valueChanged,
                       self.label.textChanged):
            signal.connect(self._read_back)
        self.setMinimumWidth(480)
        self._read_back()

    def values(self) -> dict:
        """The chosen values, as the objective commands take them."""
        values = {"node": self.node.currentData(), "direction": self.direction.currentData(),
                  "threshold": round(self.threshold.value(), 2),
                  "importance": round(self.importance.value(), 2),
                  "label": self.label.text().strip()}
        if self.reviewed is not None:
            values["reviewed_name"] = self.reviewed.isChecked()
        return values

    def _suggest_name(self) -> None:
        """A new objective's name follows the node and direction until the user writes one."""
        if self._suggested is None or self.label.text() != self._suggested:
            self._suggested = None
            return
        node = self.model.node(self.node.currentData())
        self._suggested = suggested_name(node, self.direction.currentData())
        self.label.setText(self._suggested)

    def _read_back(self, *_) -> None:
        values = self.values()
        node = self.model.node(values["node"])
        if node is None:
            return
        low, high = level_range(self.model, node)
        self.reach.setText(filled(self.tr("{node} stays within [{low}, {high}]: it changes by "
                                          "at most {largest}."),
                                  node=escape(translated(node)), low=number(low, 0),
                                  high=number(high, 0), largest=number(high - low, 0)))
        probe = Objective("probe", values["label"] or "?", values["node"],
                          values["direction"], values["threshold"], values["importance"])
        self.reading.setText(objective_heading(probe, self.model))
        self.refusal.hide()

    def _try(self) -> None:
        refusal = self.attempt(self.values())
        if refusal is None:
            self.accept()
        else:
            self.refusal.setText(refusal)
            self.refusal.show()
            self.adjustSize()                  # room for the reason, the rest unsqueezed


def _without_objective(model):
    """The first node of ``model`` that no objective is about (the first node if every one
    has an objective)."""
    about = {objective.node for objective in model.objectives}
    return next((node for node in model.nodes if node.id not in about), model.nodes[0])


def suggested_name(node, direction: str) -> str:
    """A new objective's name: "Lower Misuse risk" or "Raise Misuse risk"."""
    return (QCoreApplication.translate("ObjectiveDialog", "Raise {node}")
            if direction == "increase" else
            QCoreApplication.translate("ObjectiveDialog", "Lower {node}")).format(
        node=translated(node))


def original_suggestion(node, direction: str) -> str:
    """:func:`suggested_name` in the product's original language, of the node's original
    label: the original of an objective that keeps the name the dialog suggested."""
    return ("Raise {node}" if direction == "increase" else "Lower {node}").format(node=node.label)


class ObjectiveEditor(QObject):
    """Creates, edits and deletes the window's objectives, one undo step each."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller

    @property
    def model(self):
        return self.controller.model

    def ask(self, dialog: ObjectiveDialog) -> bool:
        """Show ``dialog`` until it is answered (tests answer it instead)."""
        return dialog.exec() == QDialog.Accepted

    def new(self, node_id: str | None = None) -> bool:
        """Define a new objective, on ``node_id`` or else on the selected node (else the first
        node that has no objective yet: a second objective on the first node, the one
        already scored, is rarely what is wanted); True when one was added."""
        model = self.model
        if not model.nodes:
            self.controller.message.emit(self.tr("Add a node to the map first: an objective "
                                                 "is about one node."))
            return False
        selected = self.controller.session.selection
        node = model.node(node_id or (selected[0] if selected else "")) or _without_objective(model)
        draft = Objective("new", suggested_name(node, "decrease"), node.id, "decrease", 0.0, 1.0)

        def attempt(values: dict) -> str | None:
            node_id, label = values.pop("node"), values.pop("label")
            chosen = model.node(node_id)
            if chosen is not None and label == suggested_name(chosen, values["direction"]):
                # the generated name: no one's original, each language reads its own
                values["shown"] = label
                label = original_suggestion(chosen, values["direction"])
            return self._run(lambda: commands.add_objective(model, node_id, label, **values))

        return self._answer(ObjectiveDialog(self.controller.window, model, draft, attempt,
                                            new=True))

    def edit(self, objective_id: str) -> bool:
        """Change an objective's values; True when they were changed."""
        model = self.model
        objective = model.objective(objective_id)
        if objective is None:
            return False

        def attempt(values: dict) -> str | None:
            return self._run(lambda: commands.edit_objective(
                model, objective_id, **values,
                filed=self.controller.document.filed_ids("objective")))

        return self._answer(ObjectiveDialog(self.controller.window, model, objective, attempt,
                                            new=False))

    def _answer(self, dialog: ObjectiveDialog) -> bool:
        """Whether ``dialog`` was answered with values applied; it goes once answered."""
        try:
            return self.ask(dialog)
        finally:
            dialog.deleteLater()

    def delete(self, objective_id: str) -> bool:
        """Delete an objective (one undo step, which brings it back in its place)."""
        if self.model.objective(objective_id) is None:
            return False
        return self.controller.run_command(commands.delete_objective(self.model, objective_id))

    def _run(self, build) -> str | None:
        """Build and apply a command; the reasons it was refused, or None."""
        try:
            execute(self.controller.document.undo_stack, build())
        except ModelError as exc:
            return "\n".join(str(problem) for problem in exc.problems)
        return None

    def contribute(self, menu, kind: str, key) -> None:
        """The map's right-click menu on a node: make an objective of it."""
        if kind != "node" or self.model.node(key) is None:
            return
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(self.tr("Make an &Objective of \u201c{node}\u201d\u2026").format(
            node=translated(self.model.node(key)).replace("&", "&&")), lambda: self.new(key))


class NodeObjectivesBox(QGroupBox):
    """Under the Inspector, for the one node selected: the objectives about it (each with
    a link that edits it) and a button that makes a new one."""

    def __init__(self, editor: ObjectiveEditor) -> None:
        super().__init__()
        self.setTitle(self.tr("Objectives"))
        self.editor = editor
        controller = editor.controller
        self.node_id: str | None = None
        self.text = QLabel(wordWrap=True)
        self.text.setTextFormat(Qt.RichText)
        self.text.linkActivated.connect(editor.edit)
        # short: the Inspector is a narrow column (on a 1024-pixel screen, 230 px)
        self.make = QPushButton(self.tr("Make an Objective\u2026"))
        self.make.setToolTip(self.tr("Define what a scenario should do to this node"))
        self.make.clicked.connect(lambda: editor.new(self.node_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.make, 0, Qt.AlignLeft)
        controller.selection_changed.connect(self.refresh)
        controller.results_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_) -> None:
        controller = self.editor.controller
        model, nodes = controller.model, controller.session.selection
        if len(nodes) != 1 or controller.session.selected_edges or model.node(nodes[0]) is None:
            self.node_id = None
            self.hide()
            return
        self.node_id = nodes[0]
        about = [o for o in model.objectives if o.node == self.node_id]
        if about:
            edit = escape(self.tr("Edit\u2026"))
            self.text.setText("<br>".join(
                f'{escape(objective_heading(o, model))} <a href="{escape(o.id)}">{edit}</a>'
                for o in about))
        else:
            self.text.setText(self.tr("No objective is about this node: the Scorecard scores "
                                      "scenarios by their objectives."))
        self.show()
