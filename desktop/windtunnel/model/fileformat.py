"""The .wtm file format: UTF-8 JSON, read as parse -> migrate -> build.

A file is ``{"format": "windtunnel-model", "version": N, "title": ..., "settings": {...},
"sources": [...], "nodes": [...], "edges": [...], "scenarios": [...], "objectives": [...],
"participants": [...]}`` (see ``resources/schema/windtunnel-model-v7.schema.json``; each
older version has its schema beside it). Since version 3, nodes, edges, scenarios,
objectives and sources may carry ``translations`` of their text by language tag (see
:mod:`windtunnel.model.translations`); since version 4, participants (their name and role)
and the model itself (a top-level ``translations`` of its title, description and
``time_unit``) may too, and so may the groups of the nodes (a top-level
``group_translations``, ``{tag: {group: text}}``: a group is free text on each node, so
its names in other languages belong to the model) and a source's publisher. Those last
two were added within version 4, before any release wrote version 4: files of the
released versions (1 to 3) cannot hold them, and each is optional, so the version stays 4.
Since version 5, an element's translations whose original was edited after they were
written are marked as needing review (``translations_to_review``, ``{tag: [field]}``,
written right after the element's ``translations``). Since version 6 a source may hold a
web address (``url``), an edge that participants rate keeps the map's own weight and bounds
from before the first rating (``unrated_weight``, ``unrated_low``, ``unrated_high``), and
the model's own title, description and time unit have their marks too (a top-level
``translations_to_review``). Since version 7, where absent ratings are left out of the
aggregate, a rating of weight 0 counts as 0 (a version-6 file's ratings of 0 that version
left out are read as no rating: :mod:`windtunnel.model.migrations`). Keys are written in a fixed
order with two-space indentation and fields equal to their default left out, so that files
diff well in git.

Loading either returns a complete :class:`Model` or raises one :class:`LoadError` that
lists every problem with its location (``edges[12].weight: 1.7 is outside [-1, 1]``).
Nothing is ever evaluated or unpickled; sizes and nesting are bounded; text must be valid
Unicode and numbers must fit a double (see :mod:`windtunnel.model.jsonscan`).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import MISSING, fields, replace
from functools import cache
from pathlib import Path

from ..errors import (LoadError, ModelError, Problem, Problems, SaveError, TooManyProblems,
                      shown_path)
from ..language import translate
from ..lazyimport import compiled_when_used
from . import jsonscan, migrations
from .columns_reading import build_many
from .element_reading import (NESTED, REVIEW_KEY, build_element, read_review_marks,
                              read_translations)
from .atomic import atomic_write
from .file_kinds import refuse_binary
from .output_paths import refuse_a_link_to_another_kind
from .control_text import control_refusal, may_spell_control, without_controls
from .default_names import (english_default_names, english_objective_names,
                            english_scenario_names)
from .regular_files import NotAFile, read_regular
from .document import KINDS, UNTITLED, Model
from .textcheck import short_repr
from .vocabulary import MAX_TEXT
from .elements import Edge, Node, Objective, Scenario, Settings, Source
from .participants import Participant
from .translations import Translations

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "MAX_FILE_BYTES", "load", "load_noted", "loads",
           "loads_noted", "save", "dumps", "model_to_dict", "model_from_dict"]

FORMAT_NAME = "windtunnel-model"
FORMAT_VERSION = migrations.FORMAT_VERSION
MAX_FILE_BYTES = 64 * 1024 * 1024
#: The most groups one language of ``group_translations`` may name (a map has far fewer).
MAX_TRANSLATED_GROUPS = 10_000

_SECTIONS = (("sources", Source), ("nodes", Node), ("edges", Edge),
             ("scenarios", Scenario), ("objectives", Objective),
             ("participants", Participant))
_TOP_KEYS = ("format", "version", "title", "description", "translations", REVIEW_KEY,
             "group_translations",
             "settings") + tuple(
    name for name, _ in _SECTIONS)


# -- writing --------------------------------------------------------------------------------

def _element_to_dict(element) -> dict:
    out = {}
    for name, default, nested in _written_fields(type(element)):
        value = getattr(element, name)
        if isinstance(value, Translations):
            if value:                         # no translations: the key is left out
                out[name] = value.to_dict()
            if value.to_review:
                out[REVIEW_KEY] = value.review_dict()
            continue
        if default is not MISSING and value == default and (name != "weight" or value is None):
            continue
        if nested is not None:
            value = [_element_to_dict(item) for item in value]
        elif isinstance(value, tuple):
            value = list(value)
        out[name] = value
    return out


@cache
def _written_fields(cls) -> tuple[tuple[str, object, type | None], ...]:
    """Each field of an element class as (name, default or MISSING, the class of its nested
    elements or None), read once per class: a model of 100,000 edges asks 100,000 times."""
    return tuple((f.name, f.default, NESTED.get((cls.__name__, f.name))) for f in fields(cls))


def model_to_dict(model: Model) -> dict:
    """The file form of a model, keys in their fixed order."""
    data = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "title": model.title}
    if model.description:
        data["description"] = model.description
    if model.translations:
        data["translations"] = model.translations.to_dict()
    if model.translations.to_review:
        data[REVIEW_KEY] = model.translations.review_dict()
    if model.group_translations:
        data["group_translations"] = model.group_translations.to_dict()
    data["settings"] = _element_to_dict(model.settings)
    for name, _ in _SECTIONS:
        elements = getattr(model, name)
        if elements or name != "participants":   # a map without participants says nothing
            data[name] = [_element_to_dict(e) for e in elements]
    return data


# A list of scalars as json.dumps(indent=2) writes it. JSON strings cannot hold a raw newline,
# so "[" followed by a newline is always structure, never text.
_SCALAR_LIST = compiled_when_used(r"\[\n\s+([^\[\]{}\n]*(?:,\n\s+[^\[\]{}\n]*)*)\n\s*\]")


def _one_line(match: re.Match) -> str:
    collapsed = "[" + re.sub(r",\n\s+", ", ", match.group(1)) + "]"
    return collapsed if len(collapsed) <= 100 else match.group(0)


def dumps(model: Model) -> str:
    """The text of a .wtm file for ``model``: short lists of scalars stay on one line."""
    text = json.dumps(model_to_dict(model), indent=2, ensure_ascii=False, allow_nan=False)
    return _SCALAR_LIST().sub(_one_line, text) + "\n"


def save(model: Model, path: str | os.PathLike, *, backup: bool = True) -> None:
    """Write ``model`` to ``path`` atomically, keeping the previous file as ``.bak``.

    A model whose file would pass :data:`MAX_FILE_BYTES`, or that holds a control
    character (:func:`~windtunnel.model.control_text.control_refusal`), is refused
    (SaveError, nothing written): Windtunnel never writes a model file that it would then
    refuse to read or change on reading. So is a link named ``.wtm`` that leads to a file
    of another name (:func:`~.output_paths.refuse_a_link_to_another_kind`)."""
    refuse_a_link_to_another_kind(path)
    refusal = control_refusal(model)
    if refusal is not None:
        raise SaveError(translate("fileformat", "{path}: {problem}; nothing was written").format(
            path=shown_path(path), problem=refusal))
    data = dumps(model).encode("utf-8")  # cannot fail: models hold only valid Unicode
    if len(data) > MAX_FILE_BYTES:
        raise SaveError(translate("fileformat", "{path}: the model file would be {data:,.1f} "
                                                "MB, more than the {max_file_bytes} MB a "
                                                "model file may have; nothing was written "
                                                "(split the model, or shorten its texts)").format(
                            path=shown_path(path), data=len(data) / 2**20,
                            max_file_bytes=MAX_FILE_BYTES // 2**20))
    atomic_write(path, data, backup=backup)


# -- reading --------------------------------------------------------------------------------

def load(path: str | os.PathLike) -> Model:
    """Read a .wtm file; raise LoadError (naming the file) when it is not a valid model.
    What reading changed is in the model's description (see :func:`loads_noted`)."""
    return load_noted(path)[0]


def load_noted(path: str | os.PathLike) -> tuple[Model, tuple[Problem, ...]]:
    """:func:`load`'s model, with the notes on what reading it changed."""
    path = Path(path)
    try:
        data, size = read_regular(path, MAX_FILE_BYTES)  # a FIFO or a device: refused
    except NotAFile as exc:
        raise LoadError(Problem("", translate("fileformat", "is {kind}, not a model file").format(
                                        kind=exc.kind)), source=str(path)) from None
    except ValueError:                          # a NUL byte in the name
        raise LoadError(Problem("", translate("fileformat", "is not a valid file name")), source=ascii(str(path))) from None
    except OSError as exc:
        raise LoadError(Problem("", translate("fileformat", "cannot read the file ({strerror})").format(
                                        strerror=exc.strerror or exc)),
                        source=str(path)) from exc
    if size > MAX_FILE_BYTES:
        raise LoadError(Problem("", translate("fileformat", "the file is {size:.0f} MB; models are "
                                                            "at most {max_file_bytes} MB").format(
                                        size=size / 2**20, max_file_bytes=MAX_FILE_BYTES // 2**20)), source=str(path))
    try:
        return loads_noted(data)
    except LoadError as exc:
        raise LoadError(exc.problems, source=str(path)) from None


def loads(data: bytes | str) -> Model:
    """Build a model from the text of a .wtm file (parse -> migrate -> build)."""
    return loads_noted(data)[0]


def loads_noted(data: bytes | str) -> tuple[Model, tuple[Problem, ...]]:
    """:func:`loads`'s model, with the notes on what reading it changed: control
    characters in its texts (a file edited by hand or written by a script) are removed as
    every import removes them, and the note saying where is added to the model's
    description too, so that no caller changes its text unsaid; a text holding nothing
    else is refused (:func:`~windtunnel.model.control_text.without_controls`). Labels
    holding line breaks are read as they are: no change, so no note here (a caller says
    how they show with :func:`~windtunnel.model.label_lines.label_breaks_note`)."""
    raw, text = _parse(data)
    version = _check_header(raw)
    model = model_from_dict(migrations.migrate(raw, version))
    note = without_controls(model) if may_spell_control(text) else None
    if note is None:
        return model, ()
    said = translate("fileformat", "Read with control characters removed: {note}.").format(
        note=note)
    text = f"{model.description}\n\n{said}" if model.description else said
    model.set_info(description=text[:MAX_TEXT])
    return model, (note,)


def _parse(data: bytes | str) -> tuple[dict, str]:
    """The parsed file, and its text."""
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(Problem("", translate("fileformat", "the text is longer than "
                                                            "{max_file_bytes} MB").format(
                                        max_file_bytes=MAX_FILE_BYTES // 2**20)))
    decoded = isinstance(data, bytes)
    if decoded:
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            refuse_binary(data[:16], ".wtm")    # a workbook renamed .wtm, a zip, a PDF
            if data.startswith((b"\xff\xfe", b"\xfe\xff")):    # Notepad's "Unicode"
                raise LoadError(Problem("", translate(
                    "fileformat", "the file is UTF-16 text (saved as \"Unicode\" by a text "
                                  "editor?), and a model file is UTF-8: save it as UTF-8 and "
                                  "open it again"))) from None
            raise LoadError(Problem(translate("locations", "byte {byte}").format(byte=exc.start), translate("fileformat", "the file is not UTF-8 text"))) from None
    if not data.strip():
        raise LoadError(Problem("", translate("fileformat", "the file is empty")))
    try:
        raw, unfit = jsonscan.load_json(data, decoded=decoded)
    except json.JSONDecodeError as exc:
        raise LoadError(jsonscan.refusal(exc, data, translate(
            "fileformat", "not valid JSON ({msg})"))) from None
    except RecursionError:
        raise LoadError(Problem("", translate("fileformat", "the JSON is nested too deeply to be a "
                                                            "model"))) from None
    except ValueError as exc:  # e.g. an integer literal with thousands of digits
        raise LoadError(Problem("", translate("fileformat", "not valid JSON ({exc})").format(
                                        exc=exc))) from None
    if not isinstance(raw, dict):
        raise LoadError(Problem("", translate("fileformat", "the file does not hold a JSON object")))
    if unfit:
        raise LoadError(unfit)
    return raw, data


def _check_header(raw: dict) -> int:
    if raw.get("format") != FORMAT_NAME:
        raise LoadError(Problem("format", translate("fileformat", "expected {format_name!r}, found {get}: "
                                                                  "not a Windtunnel model").format(
                                              format_name=FORMAT_NAME, get=_short(raw.get('format')))))
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise LoadError(Problem("version", translate("fileformat", "{version} is not a format version number").format(
                                               version=_short(version))))
    if version > migrations.FORMAT_VERSION:
        raise LoadError(Problem("version", translate("fileformat", "the file has format version {version}, "
                                                                   "which needs a newer Windtunnel (this "
                                                                   "one reads versions {oldest_version} to "
                                                                   "{format_version})").format(
                                               version=_short(version), oldest_version=migrations.OLDEST_VERSION, format_version=migrations.FORMAT_VERSION)))
    if version < migrations.OLDEST_VERSION:
        raise LoadError(Problem("version", translate("fileformat", "format version {version} is older than "
                                                                   "any Windtunnel release and cannot be "
                                                                   "read").format(
                                               version=_short(version))))
    return version


def model_from_dict(raw: dict) -> Model:
    """Build a model from the current file form; raise LoadError listing every problem
    (the first :data:`~windtunnel.errors.MAX_PROBLEMS` of a file that has more)."""
    problems = Problems()
    try:
        return _model_from_dict(raw, problems)
    except TooManyProblems:
        raise LoadError(problems.stopped()) from None


def _model_from_dict(raw: dict, problems: Problems) -> Model:
    for key in raw:
        if key not in _TOP_KEYS:
            problems.append(Problem(str(key)[:60], translate("fileformat", "is not a known key")))
    title = raw.get("title", UNTITLED)
    description = raw.get("description", "")
    for name, value in (("title", title), ("description", description)):
        if not isinstance(value, str):
            problems.append(Problem(name, translate("fileformat", "{value} is not text").format(
                                              value=_short(value))))
    translations = (read_translations(raw["translations"], "translations", problems)
                    if "translations" in raw else Translations())
    if REVIEW_KEY in raw:
        translations = replace(translations, to_review=read_review_marks(
            raw[REVIEW_KEY], REVIEW_KEY, problems))
    groups = (_group_translations(raw["group_translations"], problems)
              if "group_translations" in raw else Translations())
    settings = build_element(Settings, raw.get("settings", {}), "settings", problems)
    sections = {}
    for name, cls in _SECTIONS:
        items = raw.get(name, [])
        if not isinstance(items, list):
            problems.append(Problem(name, translate("fileformat", "is not a list")))
            items = []
        sections[name] = build_many(cls, items, name, problems)
    if problems:
        raise LoadError(problems)
    sections["participants"] = (english_default_names(sections["participants"])
                                or sections["participants"])
    sections["scenarios"] = english_scenario_names(sections["scenarios"]) or sections["scenarios"]
    sections["objectives"] = (english_objective_names(sections["objectives"], sections["nodes"])
                              or sections["objectives"])
    try:
        model = Model.from_elements(settings=settings, group_translations=groups,
                                    checked=KINDS, **sections)
        model.set_info(title=title, description=description, translations=translations)
    except ModelError as exc:
        raise LoadError(exc.problems) from None
    return model


def _group_translations(value, problems) -> Translations:
    """The top-level ``group_translations``, ``{tag: {group: text}}``: the names of the
    nodes' groups in other languages (checked with the model, as its own translations
    are). At most :data:`MAX_TRANSLATED_GROUPS` groups per language, so a hostile file
    is refused before it is sorted."""
    where = "group_translations"
    if isinstance(value, dict):
        for tag, texts in value.items():
            if isinstance(texts, dict) and len(texts) > MAX_TRANSLATED_GROUPS:
                problems.append(Problem(f"{where}.{str(tag)[:40]}", translate(
                    "fileformat", "translates {count:,} groups, more than {limit:,}").format(
                        count=len(texts), limit=MAX_TRANSLATED_GROUPS)))
                return Translations()
    return read_translations(value, where, problems)


_short = short_repr
