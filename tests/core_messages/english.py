"""What an export in Chinese or Japanese may still write in Latin letters, and a finder of
the English words left in it (the untranslated-strings checks of the workbooks and the
command line)."""

from __future__ import annotations

import re

from windtunnel.model import Model, translated

#: An ASCII word of three letters or more standing alone (not inside an id such as
#: ``misuse-risk``, a hash, ``float32`` or an option such as ``--samples``).
WORD = re.compile(r"(?<![\w\-.])[A-Za-z]{3,}(?![\w\-])")
#: Names in every language: the product and its commands, methods and functions named
#: after people or maths, units, file types, and the model sheets (the file format).
NAMES = {"Windtunnel", "windtunnel", "run", "explain", "explore", "import", "PRIM", "Sobol",
         "Shapley", "Kosko", "sigmoid", "tanh", "lambda", "SHA", "UTC", "wtm", "csv", "xlsx",
         "lhs", "Model", "Nodes", "Edges", "Scenarios", "Interventions", "Overrides",
         "Objectives", "Sources", "Participants", "Ratings", "Own", "nodes", "Translations"}


def model_words(model: Model) -> set[str]:
    """The words of the model's own text in the current language, and its ids."""
    texts = [model.title, translated(model, "title"), translated(model, "description")]
    for kind in (model.nodes, model.scenarios, model.objectives, model.participants):
        for element in kind:
            texts += [element.id, translated(element)]
    texts += [node.group for node in model.nodes]
    texts += [source.title for source in model.sources] + [model.settings.time_unit]
    return {word for text in texts for word in re.findall(r"[A-Za-z]+", text or "")}


def english(text, allowed: set[str]) -> list[str]:
    """The English words of ``text`` that are neither names nor ``allowed`` (model text)."""
    if not isinstance(text, str):
        return []
    return [w for w in WORD.findall(text) if w not in NAMES and w not in allowed]
