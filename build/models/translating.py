"""Give a bundled model its Simplified Chinese, Hong Kong Traditional Chinese and Japanese text.

Each model's translations live beside its authoring script (``*_translations.py``), keyed by
element id, each entry a tuple in the order of :data:`LANGUAGES`. :func:`translate` puts
them on the model and refuses a model that would ship with any text untranslated, so a node
or edge added to a table without its translations fails the build, not a workshop.
"""

from __future__ import annotations

from windtunnel.model import Model, Translations

__all__ = ["LANGUAGES", "translate", "translate_info", "translate_groups"]

#: The languages every bundled model carries besides its English original.
LANGUAGES = ("zh-CN", "zh-HK", "ja")

_FIELDS = {"node": ("label", "description"), "scenario": ("label", "description"),
           "source": ("title", "publisher", "note"), "edge": ("rationale",), "objective": ("label",),
           "participant": ("label", "role")}
_ELEMENTS = {"node": "nodes", "edge": "edges", "scenario": "scenarios", "objective": "objectives",
             "source": "sources", "participant": "participants"}


def _key(kind: str, element):
    return element.key if kind == "edge" else element.id


def translate(model: Model, **tables: dict) -> Model:
    """Put the translations in ``tables`` (``nodes=``, ``edges=``, ``scenarios=``,
    ``objectives=``, ``sources=``, ``participants=``) on ``model``, each table for every
    element of its kind; ValueError naming every element without."""
    missing = []
    for kind, plural in _ELEMENTS.items():
        if plural not in tables:
            continue
        table = tables[plural]
        names = _FIELDS[kind]
        for element in getattr(model, plural):
            entry = table.get(_key(kind, element))
            if entry is None or len(entry) != len(LANGUAGES):
                missing.append(f"{kind} {_key(kind, element)}")
                continue
            entries = []
            for tag, texts in zip(LANGUAGES, entry):
                texts = (texts,) if isinstance(texts, str) else texts
                entries.extend((tag, name, text) for name, text in zip(names, texts)
                               if getattr(element, name))   # no translation of an empty text
            model.update(kind, _key(kind, element), translations=Translations(tuple(entries)))
    if missing:
        raise ValueError("no translations for " + ", ".join(missing))
    return model


def translate_groups(model: Model, names: dict[str, tuple[str, str, str]]) -> Model:
    """Name every group of the model's nodes and participants in each language (``names``:
    group -> one name per language; the model keeps them, ``Model.group_translations``);
    ValueError naming every group without."""
    groups = dict.fromkeys(g for g in [n.group for n in model.nodes]
                           + [p.group for p in model.participants] if g)
    missing = [g for g in groups if len(names.get(g, ())) != len(LANGUAGES)]
    if missing:
        raise ValueError("no translations for the groups " + ", ".join(missing))
    model.set_group_translations(Translations(tuple(
        (tag, group, text) for group in groups for tag, text in zip(LANGUAGES, names[group]))))
    return model


def translate_info(model: Model, texts: tuple) -> Model:
    """Put the model's own title, description and time unit in each language (``texts``:
    one (title, description, time unit) per language) on ``model``."""
    if len(texts) != len(LANGUAGES):
        raise ValueError("the model's title, description and time unit need every language")
    entries = tuple((tag, name, text) for tag, row in zip(LANGUAGES, texts)
                    for name, text in zip(("title", "description", "time_unit"), row))
    model.set_info(translations=Translations(entries))
    return model
