"""The Translations sheet: a model's text in other languages, one text per row.

Model workbooks, results workbooks and folders of CSV tables carry the model's original
text in their Nodes, Edges, Scenarios, Objectives and Sources sheets, and its translations
(windtunnel.model.translations) in this long table, so that a re-import brings them back
and a reader can filter it by language::

    Kind       ID          From   To    Field   Language  Text
    model                               title   ja        AI輸出管理、2026年6月
    node       misuse-risk              label   ja        悪用リスク
    edge                   ban    vpn   rationale  zh-HK  禁令迫使用戶轉用繞道方法。
    group      China              name    ja        中国

Edges are named by their From and To node ids, the model's own title, description and time
unit (kind ``model``) by nothing, a group of nodes (kind ``group``, field ``name``) by the
group as the nodes write it in the ID column, everything else (participants too) by its ID.
A group is matched as the edges match a node's label: as written, else without case and
Unicode form (:func:`~windtunnel.io.naming.loose_key`: "Économie" typed on one system
and "E\u0301conomie" written by another are one group), when that fits one group alone. The sheet is
written only for a model that has translations (every other workbook stays as it was).
Reading checks every row against the model the other sheets built: an unknown element,
a field without translations, a bad tag or text, or a text given twice is a problem with
its sheet, row and column, and refuses the import like any other.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import TRANSLATABLE, Model, Translations
from ..model.integrity import group_translation_problems
from ..language import translate
from ..model.textcheck import short_repr
from ..model.vocabulary import MAX_LABEL, MAX_TEXT
from .cells import cell_text
from .naming import loose_key
from .tables import Table

if TYPE_CHECKING:   # rows imports the sheet layout, which writes this sheet
    from .rows import Reader

__all__ = ["TRANSLATIONS_SHEET", "TRANSLATION_HEADER", "translation_rows", "read_translations"]

TRANSLATIONS_SHEET = "Translations"
TRANSLATION_HEADER = ["Kind", "ID", "From", "To", "Field", "Language", "Text"]
_STYLES = ["text", "text", "text", "text", "text", "text", "wrap"]
_KINDS = {"node": "nodes", "edge": "edges", "scenario": "scenarios", "objective": "objectives",
          "source": "sources", "participant": "participants"}
_MODEL = "model"
_GROUP = "group"
_GROUP_FIELD = "name"


def translation_rows(model: Model) -> tuple[list[str], list[str], list[list]] | None:
    """The sheet as (header, column styles, rows), or None when the model has no translation."""
    rows = [[_MODEL, None, None, None, name, tag, text]
            for tag, name, text in model.translations.entries]
    rows += [[_GROUP, group, None, None, _GROUP_FIELD, tag, text]
             for tag, group, text in model.group_translations.entries]
    for kind, plural in _KINDS.items():
        for element in getattr(model, plural):
            for tag, name, text in element.translations.entries:
                if kind == "edge":
                    rows.append([kind, None, element.source, element.target, name, tag, text])
                else:
                    rows.append([kind, element.id, None, None, name, tag, text])
    return (TRANSLATION_HEADER, _STYLES, rows) if rows else None


def read_translations(table: Table, model: Model, reader: Reader) -> Model:
    """Put the sheet's translations on ``model`` (built from the other sheets); every bad
    row is a located problem in ``reader`` and leaves the model untouched."""
    columns = {header.strip().casefold(): i for i, header in enumerate(table.header)
               if isinstance(header, str)}
    missing = [h for h in TRANSLATION_HEADER if h.casefold() not in columns]
    if missing:
        reader.problem(table, table.header_row, None, translate(
            "translations_sheet", "a Translations sheet needs the columns {columns} (missing: "
                                  "{missing})").format(columns=", ".join(TRANSLATION_HEADER),
                                                      missing=", ".join(missing)))
        return model
    found: dict[tuple[str, object], list[tuple[str, str, str]]] = {}
    rows: dict[tuple[str, object, str, str], int] = {}
    groups = _groups(model)
    for number, row in zip(table.numbers, table.rows):
        data = {h: _text(row, columns[h.casefold()]) for h in TRANSLATION_HEADER}
        if not any(data.values()):
            continue
        kind = data["Kind"].strip().casefold()
        if kind not in _KINDS and kind not in (_MODEL, _GROUP):
            reader.problem(table, number, "Kind", translate(
                "elements", "{value} is not one of {choices}").format(
                    value=short_repr(data["Kind"]), choices=", ".join((_MODEL, _GROUP, *_KINDS))))
            continue
        if kind == _GROUP and data["Field"].strip().casefold() != _GROUP_FIELD:
            reader.problem(table, number, "Field", translate(
                "translations_sheet", "a group has only a {field} to translate, not "
                                      "{written}").format(field=_GROUP_FIELD,
                                                          written=short_repr(data["Field"])))
            continue
        key = ((data["From"].strip(), data["To"].strip()) if kind == "edge"
               else None if kind in (_MODEL, _GROUP) else data["ID"].strip())
        if key is not None and model.get(kind, key) is None:
            reader.problem(table, number, "From" if kind == "edge" else "ID",
                           _no_element(kind, key))
            continue
        # a group's texts are the model's, the group in place of a field
        field = (_group(data["ID"].strip(), groups, table, number, reader) if kind == _GROUP
                 else data["Field"].strip())
        if field is None:
            continue
        entry = (kind, key, data["Language"].strip(), field)
        if entry in rows:
            message = (translate("translations_sheet", "the group {field} in {language} is "
                                                       "also given in row {row}")
                       if kind == _GROUP else
                       translate("translations_sheet", "the {field} of this {kind} in "
                                                       "{language} is also given in row {row}"))
            reader.problem(table, number, "Text", message.format(
                field=short_repr(field) if kind == _GROUP else field, kind=kind,
                language=entry[2], row=rows[entry]))
            continue
        rows[entry] = number
        found.setdefault((kind, key), []).append((entry[2], field, data["Text"]))
    own = found.pop((_MODEL, None), None)
    if own is not None:
        _read_own(table, model, own, rows, reader)
    groups = found.pop((_GROUP, None), None)
    if groups is not None:
        _read_groups(table, model, groups, rows, reader)
    for (kind, key), entries in found.items():
        element = model.get(kind, key)
        translated = replace(element, translations=Translations(
            tuple(element.translations.entries) + tuple(entries),
            element.translations.to_review))
        problems = [(where, message) for where, message in translated.problems()
                    if where.startswith("translations")]
        for where, message in problems:
            number = _row_of(where, kind, key, rows)
            column = "Language" if where == "translations" else "Text"
            reader.problem(table, number, column, _located(where, message))
        if not problems and not reader.problems:
            model.replace(kind, translated)
    return model


def _no_element(kind: str, key) -> str:
    """What a row naming an element the model does not have says (``key``: an edge's
    (From, To), another element's id)."""
    if kind == "edge":
        return translate("translations_sheet", "the model has no edge from {source} to "
                                               "{target}").format(source=key[0], target=key[1])
    messages = {
        "node": translate("translations_sheet", "the model has no node {id}"),
        "scenario": translate("translations_sheet", "the model has no scenario {id}"),
        "objective": translate("translations_sheet", "the model has no objective {id}"),
        "source": translate("translations_sheet", "the model has no source {id}"),
        "participant": translate("translations_sheet", "the model has no participant {id}"),
    }
    return messages[kind].format(id=short_repr(key))


def _located(where: str, message: str) -> str:
    """A translation's problem with its place in the element (``translations.ja.label``)."""
    return translate("rows", "{location}: {message}").format(location=where, message=message)


def _read_own(table: Table, model: Model, entries, rows: dict, reader: Reader) -> None:
    """The model's own title, description and time unit in other languages."""
    translations = Translations(tuple(model.translations.entries) + tuple(entries))
    problems = translations.problems(TRANSLATABLE["Model"], {"title": MAX_LABEL,
                                                             "description": MAX_TEXT,
                                                             "time_unit": 40})
    for where, message in problems:
        reader.problem(table, _row_of(where, _MODEL, None, rows), "Text",
                       _located(where, message))
    if not problems and not reader.problems:
        model.set_info(translations=translations)


def _read_groups(table: Table, model: Model, entries, rows: dict, reader: Reader) -> None:
    """The names of the nodes' groups in other languages (``Model.group_translations``)."""
    translations = Translations(tuple(model.group_translations.entries) + tuple(entries))
    problems = group_translation_problems(translations)
    for problem in problems:
        reader.problem(table, _row_of(problem.location, _GROUP, None, rows), "Text",
                       _located(problem.location, problem.message))
    if not problems and not reader.problems:
        model.set_group_translations(translations)


def _groups(model: Model) -> dict[str, list[str]]:
    """The nodes' groups by :func:`loose_key`, each as its nodes write it."""
    out: dict[str, list[str]] = {}
    for group in dict.fromkeys(node.group for node in model.nodes if node.group):
        out.setdefault(loose_key(group), []).append(group)
    return out


def _group(name: str, groups: dict[str, list[str]], table: Table, number: int,
           reader: Reader) -> str | None:
    """The nodes' group a row's ID names (see the module docstring): as written, the one
    group alike, or ``name`` when no group is (a group's names may come before its nodes);
    None, with a located problem, when several groups are alike."""
    alike = groups.get(loose_key(name), [])
    if name in alike or not alike:
        return name
    if len(alike) == 1:
        return alike[0]
    reader.problem(table, number, "ID", translate(
        "translations_sheet", "{name!r} names {count} groups ({groups}), whose names differ "
                              "at most by case; write the group as its nodes do").format(
        name=name, count=len(alike), groups=", ".join(map(repr, alike[:4]))))
    return None


def _text(row: list, index: int) -> str:
    value = row[index] if index < len(row) else None
    return "" if value is None else cell_text(value)


def _row_of(where: str, kind: str, key, rows: dict) -> int | None:
    """The sheet row a problem of ``translations.<tag>.<field>`` comes from."""
    parts = where.split(".")
    if len(parts) == 3:
        return rows.get((kind, key, parts[1], parts[2]))
    return next((n for (k, e, _t, _f), n in rows.items() if (k, e) == (kind, key)), None)

