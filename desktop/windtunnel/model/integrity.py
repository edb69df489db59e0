"""The model's checks beyond each element's own: references between elements, and the
document's title, description and translations.

An element checks its own fields (:mod:`windtunnel.model.checks`); whether the nodes,
edges and sources it names exist is known only to the model, which asks here with its
collections before any change (see :mod:`windtunnel.model.document` for the invariants).
"""

from __future__ import annotations

from ..errors import Problem
from ..language import translate
from .participants import Participant
from .textcheck import lone_surrogate, short_repr, surrogate_message
from .translations import TRANSLATABLE, Translations, group_key_problems
from .vocabulary import MAX_LABEL, MAX_TEXT

__all__ = ["reference_problems", "participant_problems", "info_problems",
           "info_translation_problems", "group_translation_problems"]


def reference_problems(collections, kind: str, element) -> list[tuple[str, str]]:
    """What ``element`` (of ``kind``, or the settings) mentions that ``collections`` (the
    model's, by kind: ``items`` in order and ``by_key``) lacks."""
    nodes = collections["node"].by_key
    out = []

    def need(collection, field_name, key, what):
        if key not in collections[collection].by_key:
            out.append((field_name, f"{key!r} is not {what}"))

    if kind in ("node", "edge"):
        for i, source_id in enumerate(element.sources):
            need("source", f"sources[{i}]", source_id, "a source")
    if kind == "node":
        for participant in collections["participant"].items:
            if any(own.id == element.id for own in participant.nodes):
                out.append(("id", f"{element.id!r} is already a node of participant "
                                  f"{participant.id!r}'s own"))
    elif kind == "participant":
        out.extend(participant_problems(collections, element))
    if kind == "edge":
        need("node", "source", element.source, "a node")
        need("node", "target", element.target, "a node")
    elif kind == "scenario":
        for i, item in enumerate(element.interventions):
            need("node", f"interventions[{i}].node", item.node, "a node")
        for i, item in enumerate(element.overrides):
            if item.key not in collections["edge"].by_key:
                out.append((f"overrides[{i}]",
                            f"there is no edge from {item.source!r} to {item.target!r}"))
    elif kind == "objective":
        need("node", "node", element.node, "a node")
    elif kind == "settings":
        for i, node_id in enumerate(element.convergence_nodes):
            if node_id not in nodes:
                out.append((f"convergence_nodes[{i}]", f"{node_id!r} is not a node"))
    return out

def participant_problems(collections, participant: Participant) -> list[tuple[str, str]]:
    """Own nodes do not shadow shared ones; ratings join known nodes and cite sources."""
    shared = collections["node"].by_key
    known_sources = collections["source"].by_key
    out = []
    own = set()
    for i, node in enumerate(participant.nodes):
        if node.id in shared:
            out.append((f"nodes[{i}].id", f"{node.id!r} is already a shared node"))
        own.add(node.id)
        out.extend((f"nodes[{i}].sources[{j}]", f"{s!r} is not a source")
                   for j, s in enumerate(node.sources) if s not in known_sources)
    for i, rating in enumerate(participant.ratings):
        for end in ("source", "target"):
            node_id = getattr(rating, end)
            if node_id not in shared and node_id not in own:
                out.append((f"ratings[{i}].{end}", f"{node_id!r} is not a node"))
        out.extend((f"ratings[{i}].sources[{j}]", f"{s!r} is not a source")
                   for j, s in enumerate(rating.sources) if s not in known_sources)
    return out


def info_problems(title, description, translations) -> list[Problem]:
    """Problems of the model's title, description and their translations (and the time
    unit's)."""
    problems = []
    if not isinstance(title, str) or not title.strip() or len(title) > MAX_LABEL:
        problems.append(Problem("title", translate("document", "must be text of 1-{max_label} characters").format(
                                             max_label=MAX_LABEL)))
    if not isinstance(description, str) or len(description) > MAX_TEXT:
        problems.append(Problem("description",
                                translate("document", "must be text of at most {max_text:,} "
                                                      "characters").format(
                                    max_text=MAX_TEXT)))
    for name, text in (("title", title), ("description", description)):
        position = lone_surrogate(text) if isinstance(text, str) else None
        if position is not None:
            problems.append(Problem(name, surrogate_message(text, position)))
    return problems + info_translation_problems(translations)


def info_translation_problems(translations) -> list[Problem]:
    """Problems of the model's own translations (title, description, time unit)."""
    if not isinstance(translations, Translations):
        return [Problem("translations", "is not a set of translations")]
    return [Problem(f, m) for f, m in translations.problems(
        TRANSLATABLE["Model"], {"title": MAX_LABEL, "description": MAX_TEXT, "time_unit": 40})]


def group_translation_problems(translations) -> list[Problem]:
    """Problems of the groups' names in other languages, located as in the file
    (``group_translations.zh-HK.United States``): the groups are free text of at most
    MAX_LABEL characters, as a node's group is, and so are their translations."""
    if not isinstance(translations, Translations):
        return [Problem("group_translations", "is not a set of translations")]
    if not translations:
        return []
    names = tuple(dict.fromkeys(name for _, name, _ in translations.entries
                                if isinstance(name, str)))
    out = [Problem("group_translations" + where[len("translations"):], message)
           for where, message in translations.problems(names, dict.fromkeys(names, MAX_LABEL))]
    for tag, name, _ in translations.entries:
        for message in group_key_problems(name, MAX_LABEL):
            out.append(Problem(f"group_translations.{tag}",
                               f"the group {short_repr(name)} {message}"))
    return list(dict.fromkeys(out))
