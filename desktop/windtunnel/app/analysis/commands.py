"""Undo commands for scenario and objective edits: one command per user intent, model API
only.

Scenarios and objectives are model elements, so every edit here is one of the map editor's generic
commands (:mod:`windtunnel.app.commands`) built with absolute values: add (insert at an
index), remove (with the model's exact restore), or replace the scenario by an edited copy.
The builders below only compute the new scenario; :func:`~windtunnel.app.commands.execute`
applies it, so an invalid edit raises ModelError and changes nothing.

A *lever setting* in a scenario is the one intervention on that lever's node: a clamp
(hold the node at a value over steps [start, end]) or a pulse (set it once at ``start``).
Setting a lever replaces whatever interventions the scenario had on that node; clearing
it removes them, so the lever follows the model again.

An objective is added or edited only when :func:`~windtunnel.session.objectives.
objective_problems` finds nothing to refuse (an importance of 0, a threshold past what its
node can change, the same wish as another objective): the builder raises ModelError with
the reasons, before any command exists.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from ...errors import ModelError, Problem
from ...model import (Intervention, Model, Objective, Scenario, WeightOverride, edits_original,
                      named, reviewed, slugify, translated, with_default_name, with_text)
from ...model.choice_words import choice_text
from ...model.lever_range import in_lever_range, lever_range
from ...session.levers import default_start, lever_setting
from ...session.objectives import objective_problems
from ..commands import (InsertCommand, MacroCommand, ModelCommand, RemoveCommand, ReplaceCommand,
                        Wording, describe)
from ..formats import number

__all__ = ["add_scenario", "duplicate_scenario", "rename_scenario", "named_anew",
           "review_scenario_name",
           "delete_scenario",
           "set_lever", "clear_lever", "set_override", "clear_override",
           "add_objective", "edit_objective", "delete_objective"]


def _scenario(model: Model, scenario_id: str) -> Scenario:
    scenario = model.scenario(scenario_id)
    if scenario is None:
        raise ModelError(Problem("scenario", f"there is no scenario {scenario_id!r}"))
    return scenario


def _edit(model: Model, old: Scenario, new: Scenario, text: Wording, merge_key: str = ""):
    return ReplaceCommand(model, "scenario", old, new, merge_key=merge_key, text=text)


def add_scenario(model: Model, label: str = "") -> InsertCommand:
    """A new empty scenario at the end (id made from the label). With no label given it is
    "New scenario", a generated name each language reads in its own words
    (:func:`~windtunnel.model.with_default_name`) until the scenario is named."""
    original = label or "New scenario"
    scenario = Scenario(slugify(original, {s.id for s in model.scenarios}), original)
    if not label:
        label = QCoreApplication.translate("analysis_commands", "New scenario")
        scenario = with_default_name(scenario, "label", original, label)
    return InsertCommand(model, "scenario", scenario, text=lambda: QCoreApplication.translate(
        "analysis_commands", "Add scenario \"{name}\"").format(name=label))


def duplicate_scenario(model: Model, scenario_id: str) -> InsertCommand:
    """A copy of a scenario right after it, labelled "... (copy)" in the original and in
    the current language (its other labels are dropped: they would name the original)."""
    old = _scenario(model, scenario_id)
    label = f"{old.label} (copy)"
    copy = replace(named(old, "label", label),
                   id=slugify(label, {s.id for s in model.scenarios}))
    if not edits_original():
        copy = with_text(copy, "label", QCoreApplication.translate(
            "analysis_commands", "{name} (copy)").format(name=translated(old)))
    return InsertCommand(
        model,
        "scenario",
        copy,
        model.index_of("scenario", scenario_id) + 1,
        text=lambda: QCoreApplication.translate("analysis_commands", 'Duplicate scenario "{name}"').format(
            name=translated(old)
        ),
    )


def rename_scenario(model: Model, scenario_id: str, label: str, *, naming: bool = False,
                    filed: frozenset[str] = frozenset()) -> ModelCommand:
    """The scenario's name edited in the current language (a translation outside the
    original language); ``naming``: the name typed for a scenario just added or duplicated,
    its original in every language (:func:`~windtunnel.model.named`). Its id follows a
    new original name while it is one the app made from its old name and not among
    ``filed`` (the ids of the model's file: :func:`named_anew`)."""
    old = _scenario(model, scenario_id)
    return named_anew(
        model, "scenario", old,
        (named if naming else with_text)(old, "label", label.strip()), filed,
        lambda: QCoreApplication.translate(
            "analysis_commands", 'Rename scenario "{old}" to "{new}"'
        ).format(old=translated(old), new=label.strip()),
    )


def named_anew(model: Model, kind: str, old, new, filed: frozenset[str],
               text: Wording) -> ModelCommand:
    """Replace the scenario or objective ``old`` by ``new``, one undo step. Its id is made
    from ``new``'s original name (``"tax-cut"``, unique among the others) when that name
    is another and the id is still the one the app made from the old name (a made-up
    ``new-scenario-3``, or ``tax`` of an unsaved "Tax") and outside ``filed``, the ids of
    the model's file as last opened or saved: an id in the file may be named by a command
    line (``windtunnel run --scenario``), a results workbook or a diff, so it stays."""
    if old.id in filed or new.label == old.label or not _made_from_label(old):
        return ReplaceCommand(model, kind, old, new, text=text)
    others = {e.id for e in getattr(model, f"{kind}s") if e.id != old.id}
    fresh = replace(new, id=slugify(new.label, others))
    if fresh.id == old.id:
        return ReplaceCommand(model, kind, old, new, text=text)
    return MacroCommand(model, text, [RemoveCommand(model, kind, old.id),
                                      InsertCommand(model, kind, fresh,
                                                    model.index_of(kind, old.id))])


def _made_from_label(element) -> bool:
    """Whether ``element``'s id is the one :func:`slugify` makes of its original name (with
    or without the number that kept it unique)."""
    base = slugify(element.label)
    return re.fullmatch(re.escape(base) + r"(-\d+)?", element.id) is not None


def review_scenario_name(model: Model, scenario_id: str) -> ReplaceCommand:
    """Take away the mark "may be out of date" from the scenario's name as the current
    language shows it (its original was renamed since the translation was written)."""
    old = _scenario(model, scenario_id)
    return _edit(model, old, reviewed(old, "label"), lambda: QCoreApplication.translate(
        "analysis_commands", 'Mark the translated name of scenario "{name}" as reviewed'
    ).format(name=translated(old)))


def delete_scenario(model: Model, scenario_id: str) -> RemoveCommand:
    return RemoveCommand(
        model,
        "scenario",
        scenario_id,
        text=lambda: QCoreApplication.translate("analysis_commands", 'Delete scenario "{name}"').format(
            name=translated(_scenario(model, scenario_id))
        ),
    )


def set_lever(model: Model, scenario_id: str, node_id: str, *, value: float | None = None,
              mode: str | None = None, start: int | None = None, end: int | None | str = "keep",
              merge: bool = False) -> ReplaceCommand:
    """Set a lever in a scenario; fields not given keep their current (or default) value.

    ``end`` is ``"keep"`` to leave it, ``None`` for "to the end", or a step. ``merge``
    lets consecutive changes of one lever (spin-box steps) become one undo step.
    """
    old = _scenario(model, scenario_id)
    node = model.node(node_id)
    if node is None:
        raise ModelError(Problem("lever", f"there is no node {node_id!r}"))
    activation = model.settings.activation
    low, high = lever_range(activation)
    if value is not None and not in_lever_range(value, activation):
        raise ModelError(Problem("value", QCoreApplication.translate(
            "analysis_commands", "{value} is outside {low} to {high}, the levels the "
            "{activation} activation gives a node").format(
            value=number(value, 2, signed=True), low=number(low, 0), high=number(high, 0),
            activation=choice_text(activation))))
    current = lever_setting(old, node_id) or Intervention(   # at the node's level, within
        node_id, "clamp", min(max(node.initial, low), high), default_start(old), None)  # range
    new = Intervention(node_id, current.mode if mode is None else mode,
                       current.value if value is None else float(value),
                       current.start if start is None else int(start),
                       current.end if end == "keep" else end)
    index = next((i for i, v in enumerate(old.interventions) if v.node == node_id), None)
    kept = [v for v in old.interventions if v.node != node_id]
    kept.insert(len(kept) if index is None else index, new)
    def text() -> str:
        return QCoreApplication.translate(
            "analysis_commands", "Set lever {lever} to {value} in {scenario}"
        ).format(lever=translated(node), value=number(new.value, 2, signed=True), scenario=translated(old))

    return _edit(model, old, replace(old, interventions=tuple(kept)), text,
                 f"lever:{node_id}" if merge else "")


def clear_lever(model: Model, scenario_id: str, node_id: str) -> ReplaceCommand:
    """Remove the scenario's interventions on a lever (it follows the model again)."""
    old = _scenario(model, scenario_id)
    kept = tuple(v for v in old.interventions if v.node != node_id)
    label = translated(model.node(node_id)) if model.node(node_id) else node_id
    return _edit(
        model,
        old,
        replace(old, interventions=kept),
        lambda: QCoreApplication.translate(
            "analysis_commands", "Release lever {lever} in {scenario}"
        ).format(lever=label, scenario=translated(old)),
    )


def set_override(model: Model, scenario_id: str, source: str, target: str,
                 weight: float, *, merge: bool = False) -> ReplaceCommand:
    """In a scenario, give the edge source -> target another weight."""
    old = _scenario(model, scenario_id)
    if model.edge(source, target) is None:
        raise ModelError(Problem("override", f"there is no edge from {source!r} to {target!r}"))
    items = list(old.overrides)
    new = WeightOverride(source, target, float(weight))
    index = next((i for i, o in enumerate(items) if o.key == (source, target)), None)
    if index is None:
        items.append(new)
    else:
        items[index] = new
    return _edit(
        model,
        old,
        replace(old, overrides=tuple(items)),
        lambda: QCoreApplication.translate(
            "analysis_commands", "Override {edge} ({weight}) in {scenario}"
        ).format(edge=describe("edge", new, model), weight=number(weight, 2, signed=True), scenario=translated(old)),
        f"override:{source}>{target}" if merge else "",
    )


def clear_override(model: Model, scenario_id: str, source: str, target: str) -> ReplaceCommand:
    old = _scenario(model, scenario_id)
    kept = tuple(o for o in old.overrides if o.key != (source, target))
    edge = model.edge(source, target) or WeightOverride(source, target, 0.0)
    return _edit(
        model,
        old,
        replace(old, overrides=kept),
        lambda: QCoreApplication.translate(
            "analysis_commands", "Remove override of {edge} in {scenario}"
        ).format(edge=describe("edge", edge, model), scenario=translated(old)),
    )


def _allowed(model: Model, objective: Objective, replacing: str = "") -> Objective:
    problems = objective_problems(model, objective, replacing)
    if problems:
        raise ModelError([Problem("", text) for text in problems])
    return objective


def add_objective(model: Model, node: str, label: str, *, direction: str = "decrease",
                  threshold: float = 0.0, importance: float = 1.0,
                  shown: str = "") -> InsertCommand:
    """A new objective at the end of the list (id made from the label, which is its
    original text whatever the language, as a new scenario's is); ``shown``: ``label`` a
    generated name, worded so in the interface's language
    (:func:`~windtunnel.model.with_default_name`)."""
    label = label.strip()
    objective = Objective(slugify(label, {o.id for o in model.objectives}), label, node,
                          direction, float(threshold), float(importance))
    if shown:
        objective = with_default_name(objective, "label", label, shown)
    objective = _allowed(model, objective)
    return InsertCommand(model, "objective", objective, text=lambda: QCoreApplication.translate(
        "analysis_commands", 'Add objective "{name}"').format(name=translated(objective)))


def edit_objective(model: Model, objective_id: str, *, label: str, node: str, direction: str,
                   threshold: float, importance: float, reviewed_name: bool = False,
                   filed: frozenset[str] = frozenset()) -> ModelCommand:
    """The objective with new values (its label edited in the current language, as every
    label is: :func:`~windtunnel.model.with_text`); ``reviewed_name``: its translated
    name, marked as possibly out of date, is reviewed. Its id follows a new original name
    as a scenario's does (:func:`named_anew`; ``filed``: the ids of the model's file)."""
    old = model.objective(objective_id)
    if old is None:
        raise ModelError(Problem("objective", f"there is no objective {objective_id!r}"))
    new = replace(old, node=node, direction=direction, threshold=float(threshold),
                  importance=float(importance))
    if label.strip() != translated(old):
        new = with_text(new, "label", label.strip())
    if reviewed_name:
        new = reviewed(new, "label")
    _allowed(model, new, objective_id)
    return named_anew(model, "objective", old, new, filed, lambda: QCoreApplication.translate(
        "analysis_commands", 'Edit objective "{name}"').format(name=translated(new)))


def delete_objective(model: Model, objective_id: str) -> RemoveCommand:
    old = model.objective(objective_id)
    if old is None:
        raise ModelError(Problem("objective", f"there is no objective {objective_id!r}"))
    return RemoveCommand(model, "objective", objective_id, text=lambda: QCoreApplication.translate(
        "analysis_commands", 'Delete objective "{name}"').format(name=translated(old)))
