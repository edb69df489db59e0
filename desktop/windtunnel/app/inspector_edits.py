"""How the Inspector's edits reach the model, and how a refused one shows.

A mixin of :class:`~windtunnel.app.inspector.Inspector`: each field's edit becomes an undo
command through the :class:`~windtunnel.app.editor.Editor` (slider and spin-box steps of one
field merge into one undo step; a translatable text edits the text of the current language,
:mod:`windtunnel.model` ``with_text`` being the rule; a node's group is chosen or made by
its name in either language). When an edit is refused, the reason shows under the form, in
red, naming the field by its caption; the other fields return to the model's values, and a
refused text stays as typed, to be corrected, until the user gives it up with Escape.
It holds no text of its own to translate.
"""

from __future__ import annotations

from dataclasses import replace

from .. import language
from ..errors import ModelError
from ..model import TRANSLATABLE, edits_original, group_name, translated
from .activation_question import settings_commands
from .commands import MacroCommand, SetInfoCommand
from .fields import FieldForm
from .wording import refusal

__all__ = ["InspectorEdits"]


class InspectorEdits:
    """The Inspector's edits and refusals (see the module docstring). The Inspector makes
    ``editor``, ``error`` (the refusal's label), ``_refused``, ``_shown``, its forms and
    ``stack``, and ``refresh``."""

    def _form(self, on_commit) -> FieldForm:
        """A form whose text rows, given up with Escape, also take away the refusal shown
        under it when it is about that row (an emptied label's "is empty": Escape is the way
        back); a refusal about another row stays."""
        form = FieldForm(on_commit)
        form.reverted.connect(lambda field: self._reverted(form, field))
        return form

    def _reverted(self, form: FieldForm, field: str) -> None:
        if self._refused == (form, field):
            self._report(None)

    def _report(self, exc: ModelError | None, form: FieldForm | None = None,
                field: str = "") -> None:
        """Show why the edit of ``field`` in ``form`` was refused (None: hide the refusal)."""
        self._refused = None if exc is None else (form, field)
        if exc is None:
            self.error.hide()
            return
        self.error.setText(refusal(exc, self._captions()))
        self.error.show()
        self.refresh()

    def _captions(self) -> dict[str, str]:
        """The shown forms' captions of their fields, to name a field in a refusal."""
        shown = self.stack.currentWidget()
        forms = [self.model_form, self.settings_form, *([shown] if isinstance(shown, FieldForm)
                                                        else [])]
        return {name: caption for form in forms for name, caption in form.captions().items()}

    def _commit(self, kind: str, field: str, value, continuous: bool) -> None:
        if self.editor is None:        # the window has closed (its edits were committed)
            return
        _, key = self._shown
        try:
            if kind == "node" and field == "group":
                self.editor.set_group([key], _group_named(self.editor.model, value.strip()))
            elif kind == "node" and field == "group_translation":
                self.editor.translate_group(self.editor.model.node(key).group, value)
            elif field in TRANSLATABLE[kind.title()]:   # in the current language
                self.editor.set_text(kind, key, field, value.strip() if field == "label"
                                     else value)
            else:
                self.editor.update(kind, key, merge_key=field if continuous else "",
                                   **{field: value})
        except ModelError as exc:
            form = self.node_form if kind == "node" else self.edge_form
            self._report(exc, form, field)
            if isinstance(value, str):      # the typed text stays, to be corrected
                form.show_typed(field, value)
            return
        self._report(None)

    def _commit_info(self, field: str, value, continuous: bool) -> None:
        if self.editor is None:        # the window has closed (its edits were committed)
            return
        model = self.editor.model
        if not edits_original():          # the text of the chosen language: a translation
            self._translate_info(field, value)
            return
        title = value if field == "title" else model.title
        description = value if field == "description" else model.description
        if (title, description) == (model.title, model.description):
            return
        try:
            self.editor.run(SetInfoCommand(model, title, description))
        except ModelError as exc:
            self._report(exc, self.model_form, field)
            return
        self._report(None)

    def _translate_info(self, field: str, value: str) -> None:
        """The model's title, description or time unit in the chosen language (emptied:
        the original shows again), as one undo step."""
        model = self.editor.model
        if value == translated(model, field):
            return
        translations = model.translations.with_text(language.current(), field,
                                                    value if value.strip() else "")
        try:
            self.editor.run(SetInfoCommand(model, model.title, model.description,
                                           translations=translations))
        except ModelError as exc:
            self._report(exc, self.settings_form if field == "time_unit" else self.model_form,
                         field)
            return
        self._report(None)

    def _commit_settings(self, field: str, value, continuous: bool) -> None:
        model = self.editor.model
        if field == "time_unit" and not edits_original():
            self._translate_info(field, value)
            return
        settings = replace(model.settings, **{field: value})
        if settings == model.settings:
            return
        parts = settings_commands(self, model, settings)   # asks of levers out of range
        if parts is None:                    # cancelled: the form shows the model's again
            self.refresh()
            return
        command = parts[0] if len(parts) == 1 else MacroCommand(model, parts[0].wording, parts)
        if field == "time_unit":     # its translations may no longer say the same
            command = MacroCommand(model, command.wording, [command, SetInfoCommand(
                model, model.title, model.description,
                translations=model.translations.marked_for_review("time_unit"))])
        try:
            self.editor.run(command)
        except ModelError as exc:
            self._report(exc, self.settings_form, field)
            return
        self._report(None)


def _group_named(model, text: str) -> str:
    """The group ``text`` names: a group whose name in the current language it is, else a
    group as the nodes write it, else a new group of that name."""
    groups = dict.fromkeys(n.group for n in model.nodes if n.group)
    return next((g for g in groups if group_name(model, g) == text), text)
