"""A model's own text in several languages: translations by language tag, the original the fallback.

A node's label and description, an edge's rationale, a scenario's label and description,
an objective's label, a source's title, publisher and note, a participant's name (``label``) and
role, and the model's own title, description and name of its time step (``time_unit``,
which lives in the settings) may carry translations. Each element holds them in one
immutable :class:`Translations` value (``translations`` field; the model's in
``Model.translations``); in a .wtm file they are an object keyed by BCP 47 language tag,
then by field::

    "translations": {"zh-CN": {"label": "出口管制"}, "ja": {"label": "輸出管理"}}

The original text stays in the element's own field and is what every tool that does not
know a language shows. :func:`translated` is the one way to read a text in a language:
the exact tag first, then the tag cut back subtag by subtag (RFC 4647 "lookup":
``zh-Hant-HK`` -> ``zh-Hant`` -> ``zh``), then the original. ``zh-HK`` never falls back to
``zh-CN``: the scripts differ, and a reader in Hong Kong is better served by the original
than by the other script.

Tags are written in their canonical case (``zh-HK``, ``ja``, ``zh-Hant-HK``); texts are
non-empty Unicode without control characters (a tab and, outside labels, a line break
are fine), as long as the original field allows. A translation equal to "no translation"
is simply absent: :meth:`Translations.with_text` with an empty text removes it.

A translation may be marked as needing review (``Translations.to_review``): its original
was edited after it was written, so it may no longer say the same. :func:`with_text` marks
every translation of a text whose original it changes, and an edit of a translation (or
:func:`reviewed`) takes its mark away. Since version 5 a file writes the marks beside the
element's translations, as the fields of each language still to review::

    "translations_to_review": {"ja": ["label"]}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..language import LANGUAGES, ORIGINAL, current, translate
from .textcheck import lone_surrogate, short_repr, surrogate_message

__all__ = ["DEFAULT_TIME_UNIT", "Translations", "TRANSLATABLE", "translated", "edits_original",
           "with_text", "named", "is_generated", "with_default_name", "needs_review", "reviewed", "is_valid_tag", "MAX_LANGUAGES", "language_rank", "group_name",
           "group_key_problems", "edge_names"]

#: The time unit of a model whose author named none (the engine settings' default).
DEFAULT_TIME_UNIT = "month"

#: The texts each kind of element may carry translations of, in the order files write them.
TRANSLATABLE: dict[str, tuple[str, ...]] = {
    "Node": ("label", "description"),
    "Edge": ("rationale",),
    "Scenario": ("label", "description"),
    "Objective": ("label",),
    "Source": ("title", "publisher", "note"),
    "Participant": ("label", "role"),
    "Model": ("title", "description", "time_unit"),
}
_FIELD_ORDER = ("label", "title", "publisher", "description", "rationale", "note", "role", "time_unit")

#: At most this many languages per element: enough for any workshop, bounded for hostile files.
MAX_LANGUAGES = 40

# BCP 47 in canonical case: language (2-3 letters), optional script (Titlecase, 4 letters),
# optional region (2 capitals or 3 digits), optional variants (5-8 alphanumerics or a digit
# and 3). Private use and extensions are not model languages.
_TAG = re.compile(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?"
                  r"(-(?:[0-9a-z]{5,8}|[0-9][0-9a-z]{3}))*\Z")
# C0 and C1 control characters other than tab and line feed, and DEL.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def is_valid_tag(tag: object) -> bool:
    """A well-formed BCP 47 language tag written in canonical case (``zh-HK``, ``ja``)."""
    return isinstance(tag, str) and len(tag) <= 35 and bool(_TAG.match(tag))


def _canonical_hint(tag: str) -> str:
    """``zh-hk`` -> ``zh-HK``, ``zh_HK`` -> ``zh-HK``: how a near-miss tag is written."""
    parts = tag.replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2:
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


#: Each product language's place in the menu, and each translatable field's in a file;
#: sort keys read them for every entry of every element a file holds.
_LANGUAGE_RANKS = {tag: i for i, tag in enumerate(LANGUAGES)}
_FIELD_RANKS = {name: i for i, name in enumerate(_FIELD_ORDER)}


def language_rank(tag: str) -> tuple[int, str]:
    """Sort key of tags: the product's languages in their menu order, then the others by name."""
    return (_LANGUAGE_RANKS.get(tag, len(_LANGUAGE_RANKS)), tag)


def _field_rank(name: str) -> tuple[int, str]:
    return (_FIELD_RANKS.get(name, len(_FIELD_RANKS)), name)


def _sort_key(entry) -> tuple:
    tag, name, _ = entry
    return (language_rank(str(tag)), _field_rank(str(name)))


def _review_key(mark) -> tuple:
    tag, name = mark
    return (language_rank(str(tag)), _field_rank(str(name)))


@dataclass(frozen=True)
class Translations:
    """The translated texts of one element: ``(tag, field, text)`` entries in canonical order.

    Immutable and hashable like the elements that hold it; two values with the same
    entries are equal whatever order they were given in. Build one from the file form with
    :meth:`from_dict`, change one with :meth:`with_text`; :meth:`problems` checks it
    against the fields its element allows. ``to_review`` holds the ``(tag, field)`` of the
    translations whose original was edited since they were written (see the module
    docstring).
    """

    entries: tuple[tuple[str, str, str], ...] = ()
    to_review: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        for name, key in (("entries", _sort_key), ("to_review", _review_key)):
            value = getattr(self, name)
            if value == ():
                continue
            try:
                ordered = tuple(sorted(dict.fromkeys(value), key=key))
            except (TypeError, ValueError):  # not a sequence of tuples: problems() says so
                continue
            object.__setattr__(self, name, ordered)

    @classmethod
    def from_dict(cls, data: dict) -> "Translations":
        """From the file form ``{tag: {field: text}}`` (already known to be objects)."""
        return cls(tuple((tag, name, text) for tag, texts in data.items()
                         for name, text in texts.items()))

    def to_dict(self) -> dict[str, dict[str, str]]:
        """The file form, languages and fields in their canonical order."""
        out: dict[str, dict[str, str]] = {}
        for tag, name, text in self.entries:
            out.setdefault(tag, {})[name] = text
        return out

    def __bool__(self) -> bool:
        return bool(self.entries)

    @property
    def languages(self) -> tuple[str, ...]:
        """The tags that carry at least one text, in canonical order."""
        return tuple(dict.fromkeys(tag for tag, _, _ in self.entries))

    def get(self, tag: str, name: str) -> str | None:
        """The text of field ``name`` in exactly ``tag``, or None."""
        for entry_tag, entry_name, text in self.entries:
            if entry_tag == tag and entry_name == name:
                return text
        return None

    def lookup(self, tag: str, name: str) -> str | None:
        """The text of ``name`` for a reader of ``tag`` (RFC 4647 lookup), or None."""
        found = self.found_tag(tag, name)
        return None if found is None else self.get(found, name)

    def with_text(self, tag: str, name: str, text: str) -> "Translations":
        """A copy with ``name`` in ``tag`` set to ``text`` (removed when ``text`` is empty),
        reviewed: written for the original as it is now."""
        kept = tuple(e for e in self.entries if (e[0], e[1]) != (tag, name))
        return Translations(kept + ((tag, name, text),) if text else kept,
                            tuple(m for m in self.to_review if m != (tag, name)))

    def renamed(self, old: str, new: str) -> "Translations":
        """A copy whose texts of ``old`` are texts of ``new`` (a group renamed), replacing
        any ``new`` had in the same language."""
        moved = {tag for tag, name, _ in self.entries if name == old}
        return Translations(tuple(
            (tag, new if name == old else name, text) for tag, name, text in self.entries
            if not (name == new and tag in moved)), tuple(
            (tag, new if name == old else name) for tag, name in self.to_review
            if not (name == new and tag in moved)))

    def without_field(self, name: str) -> "Translations":
        """A copy with every language's text of ``name`` removed (its original renamed
        anew, which no translation was written for)."""
        return Translations(tuple(e for e in self.entries if e[1] != name),
                            tuple(m for m in self.to_review if m[1] != name))

    def without_language(self, tag: str) -> "Translations":
        """A copy with every text of ``tag`` removed."""
        return Translations(tuple(e for e in self.entries if e[0] != tag),
                            tuple(m for m in self.to_review if m[0] != tag))

    # -- review marks -----------------------------------------------------------------------

    def found_tag(self, tag: str, name: str) -> str | None:
        """The tag whose text of ``name`` a reader of ``tag`` sees (:meth:`lookup`), or None."""
        while tag:
            if self.get(tag, name) is not None:
                return tag
            tag = tag.rpartition("-")[0]
        return None

    def marked_for_review(self, name: str) -> "Translations":
        """A copy with every translation of ``name`` marked as needing review (its original
        was edited)."""
        return replace(self, to_review=self.to_review + tuple(
            (tag, entry_name) for tag, entry_name, _ in self.entries if entry_name == name))

    def reviewed(self, tag: str, name: str) -> "Translations":
        """A copy whose translation of ``name`` in ``tag`` is no longer marked."""
        return replace(self, to_review=tuple(m for m in self.to_review if m != (tag, name)))

    def review_dict(self) -> dict[str, list[str]]:
        """The file form of the marks: ``{tag: [field, ...]}``, in canonical order."""
        out: dict[str, list[str]] = {}
        for tag, name in self.to_review:
            out.setdefault(tag, []).append(name)
        return out

    def problems(self, allowed: tuple[str, ...], limits: dict[str, int]) -> list[tuple[str, str]]:
        """(location, message) pairs for bad tags, fields or texts, located as in the file
        (``translations.zh-HK.label``)."""
        if not isinstance(self.entries, tuple) or not all(
                isinstance(e, tuple) and len(e) == 3 for e in self.entries):
            return [("translations", translate("translations", "is not a set of translations"))]
        if len(self.to_review) > len(self.entries):     # a hostile file's thousands
            return [("translations_to_review", translate(
                "translations", "marks {count:,} translations for review, more than the "
                                "{total:,} it has").format(count=len(self.to_review),
                                                          total=len(self.entries)))]
        out: list[tuple[str, str]] = [
            (f"translations_to_review.{str(tag)[:40]}.{str(name)[:40]}",
             translate("translations", "has no translation to review"))
            for tag, name in self.to_review if self.get(tag, name) is None]
        tags = dict.fromkeys(tag for tag, _, _ in self.entries)
        if len(tags) > MAX_LANGUAGES:
            return [("translations", translate("translations", "has {count:,} languages, more "
                                                               "than {most}").format(
                count=len(tags), most=MAX_LANGUAGES))]
        valid = {tag for tag in tags if is_valid_tag(tag)}     # each tag checked once
        out.extend(("translations", _tag_message(tag)) for tag in tags if tag not in valid)
        seen: set = set()
        for tag, name, text in self.entries:
            if tag not in valid:
                continue
            # the location is written only for an entry with a problem (most have none)
            if (tag, name) in seen:
                out.append((_location(tag, name), translate("translations",
                                                            "is translated twice")))
                continue
            seen.add((tag, name))
            if name not in allowed:
                out.append((_location(tag, name), translate(
                    "translations", "{field} has no translations here (only {fields})").format(
                    field=short_repr(name), fields=", ".join(allowed))))
                continue
            found = _text_problems(text, limits[name])
            if found:
                out.extend((_location(tag, name), m) for m in found)
        return out


def _location(tag: str, name: object) -> str:
    """Where a translation sits in the file: ``translations.zh-HK.label``."""
    return f"translations.{tag}.{name}"


def _tag_message(tag: object) -> str:
    if not isinstance(tag, str) or not tag:
        return translate("translations", "{tag} is not a language tag").format(
            tag=short_repr(tag))
    hint = _canonical_hint(tag)
    if hint != tag and is_valid_tag(hint):
        return translate("translations", "{tag} is not a language tag as files write it: "
                                         "write {hint!r}").format(tag=short_repr(tag), hint=hint)
    return translate("translations", "{tag} is not a BCP 47 language tag (such as 'zh-CN', "
                                     "'zh-HK', 'ja')").format(tag=short_repr(tag))


def _text_problems(text: object, limit: int) -> list[str]:
    if not isinstance(text, str):
        return [translate("elements", "{value} is not text").format(value=short_repr(text))]
    if len(text) > limit:
        return [translate("elements", "text of {count:,} characters is longer than "
                                      "{limit:,}").format(count=len(text), limit=limit)]
    if not text.strip():
        return [translate("translations", "is empty (leave the language out to show the "
                                          "original)")]
    if (position := lone_surrogate(text)) is not None:
        return [surrogate_message(text, position)]
    control = _CONTROL.search(text)
    if control is not None:
        return [translate("translations", "holds the control character {code} at character "
                                          "{position}; translations are plain text").format(
            code=f"U+{ord(control.group()):04X}", position=control.start() + 1)]
    return []


def translated(element, name: str = "label", language: str | None = None) -> str:
    """``element``'s text ``name`` in ``language`` (default: the current language), falling
    back to the original. The one way every view, export and message reads a model's text."""
    translations = getattr(element, "translations", None)
    if translations:
        text = translations.lookup(current() if language is None else language, name)
        if text is not None:
            return text
    text = getattr(element, name)
    if name == "time_unit" and text == DEFAULT_TIME_UNIT and language is None:
        # the unit a new model gets, not one its author wrote: the interface's own word
        return translate("units", "month")
    return text


def edge_names(model):
    """A function naming the edge ``(source, target)`` "label → label" in the current
    language: the model's nodes translated, a participant's own node (one the model does
    not have) as the participant named it, an unknown node by its id."""
    names = {n.id: n.label for p in model.participants for n in p.nodes}
    names.update({n.id: translated(n) for n in model.nodes})
    return lambda source, target: (f"{names.get(source, source)} \u2192 "
                                   f"{names.get(target, target)}")


def group_name(model, group: str, language: str | None = None) -> str:
    """The name of the nodes' group ``group`` in ``language`` (default: the current one),
    falling back to the group as the nodes write it. A group's translations belong to the
    model (``Model.group_translations``, the group in place of a field), so every node of
    the group, the legend and every export read the same name."""
    translations = getattr(model, "group_translations", None)
    if translations and group:
        text = translations.lookup(current() if language is None else language, group)
        if text is not None:
            return text
    return group


def group_key_problems(name: object, limit: int) -> list[str]:
    """What is wrong with ``name`` as the group a translation is of (a node's group is
    free text of at most ``limit`` characters, never empty when it has a name)."""
    if isinstance(name, str) and not name.strip():
        return [translate("translations", "has no name: only a named group has translations")]
    return _text_problems(name, limit)


def edits_original(language: str | None = None) -> bool:
    """Whether editing a text in ``language`` (default: the current one) edits the original:
    the product's original language (English) edits the element's own field, any other
    language its translation."""
    return (current() if language is None else language) == ORIGINAL


def with_text(element, name: str, text: str, language: str | None = None):
    """A copy of ``element`` whose text ``name`` reads ``text`` in ``language`` (default:
    the current language): the original field when :func:`edits_original`, else the
    translation, which an empty or blank ``text`` removes (the original shows again).
    The one rule by which every editor (the Inspector, the scenario list) edits a text.

    An edit of the original that changes it marks its translations as needing review. An
    original that is still the name the app generated ("Participant 6", "New scenario":
    :func:`is_generated`) is no author's text: a name typed in any language replaces it,
    and the generated wording's translations go (:func:`named`).
    """
    tag = current() if language is None else language
    if (text.strip() and text not in (getattr(element, name), translated(element, name, tag))
            and is_generated(element, name)):
        return named(element, name, text)
    if edits_original(tag):
        if text == getattr(element, name):
            return element
        return replace(element, **{name: text},
                       translations=element.translations.marked_for_review(name))
    translations = element.translations.with_text(tag, name, text if text.strip() else "")
    return replace(element, translations=translations)


def is_generated(element, name: str) -> bool:
    """Whether ``element``'s original text ``name`` is still the name the app gave it when
    it was added without one (its class's ``GENERATED_LABEL`` pattern)."""
    generated = getattr(type(element), "GENERATED_LABEL", None) if name == "label" else None
    return generated is not None and generated.fullmatch(getattr(element, name)) is not None


def named(element, name: str, text: str):
    """A copy of a new ``element`` (just added, not yet named by its author) whose text
    ``name`` is ``text`` in every language: the original, typed in whatever language the
    interface is in, with no translation of the generated name it replaces left behind.

    The rule of naming, beside :func:`with_text`'s rule of editing: an element named as it
    is added (a node, a source, an objective, a scenario, a participant) takes the name it is
    given as its original; once named, an edit in a language other than the original is a
    translation.
    """
    return replace(element, **{name: text}, translations=element.translations.without_field(name))


def with_default_name(element, name: str, original: str, shown: str):
    """A copy of a new ``element`` given the generated name ``original`` (in the product's
    original language, "Participant 6") and ``shown``, the same name in the interface's
    language ("参加者 6"), as that language's translation: a generated name is no author's
    text, so each language reads its own wording until the element is named."""
    element = replace(element, **{name: original})
    tag = current()
    if edits_original(tag):
        return element
    return replace(element, translations=element.translations.with_text(tag, name, shown))


def needs_review(element, name: str, language: str | None = None) -> bool:
    """Whether the translation of ``element``'s text ``name`` a reader of ``language``
    (default: the current one) sees is marked as needing review; False where that reader
    sees the original."""
    translations = element.translations
    tag = translations.found_tag(current() if language is None else language, name)
    return tag is not None and (tag, name) in translations.to_review


def reviewed(element, name: str, language: str | None = None):
    """A copy of ``element`` whose translation of ``name`` that a reader of ``language``
    (default: the current one) sees is no longer marked as needing review."""
    translations = element.translations
    tag = translations.found_tag(current() if language is None else language, name)
    return element if tag is None else replace(element,
                                               translations=translations.reviewed(tag, name))
