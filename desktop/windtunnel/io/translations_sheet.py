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
        reader.problem(table, table.header_row, None,
                       "a Translations sheet needs the columns " + ", ".join(TRANSLATION_HEADER)
                       + " (missing: " + ", ".join(missing) + ")")
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
            reader.problem(table, number, "Kind", f"{data['Kind']!r} is not one of "
                                                  + ", ".join((_MODEL, _GROUP, *_KINDS)))
            continue
        if kind == _GROUP and data["Field"].strip().casefold() != _GROUP_FIELD:
            reader.problem(table, number, "Field", f"a group has only a {_GROUP_FIELD} to "
                                                   f"translate, not {data['Field']!r}")
            continue
        key = ((data["From"].strip(), data["To"].strip()) if kind == "edge"
               else None if kind in (_MODEL, _GROUP) else data["ID"].strip())
        if key is not None and model.get(kind, key) is None:
            what = "edge from {} to {}".format(*key) if kind == "edge" else f"{kind} {key!r}"
            reader.problem(table, number, "From" if kind == "edge" else "ID",
                           f"the model has no {what}")
            continue
        # a group's texts are the model's, the group in place of a field
        field = (_group(data["ID"].strip(), groups, table, number, reader) if kind == _GROUP
                 else data["Field"].strip())
        if field is None:
            continue
        entry = (kind, key, data["Language"].strip(), field)
        if entry in rows:
            what = f"the group {field!r}" if kind == _GROUP else f"the {field} of this {kind}"
            reader.problem(table, number, "Text", f"{what} in {entry[2]} is also given in row "
                                                  f"{rows[entry]}")
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
            tuple(element.translations.entries) + tuple(entries)))
        problems = [(where, message) for where, message in translated.problems()
                    if where.startswith("translations")]
        for where, message in problems:
            number = _row_of(where, kind, key, rows)
            column = "Language" if where == "translations" else "Text"
            reader.problem(table, number, column, f"{where}: {message}")
        if not problems and not reader.problems:
            model.replace(kind, translated)
    return model


def _read_own(table: Table, model: Model, entries, rows: dict, reader: Reader) -> None:
    """The model's own title, description and time unit in other languages."""
    translations = Translations(tuple(model.translations.entries) + tuple(entries))
    problems = translations.problems(TRANSLATABLE["Model"], {"title": MAX_LABEL,
                                                             "description": MAX_TEXT,
                                                             "time_unit": 40})
    for where, message in problems:
        reader.problem(table, _row_of(where, _MODEL, None, rows), "Text", f"{where}: {message}")
    if not problems and not reader.problems:
        model.set_info(translations=translations)


def _read_groups(table: Table, model: Model, entries, rows: dict, reader: Reader) -> None:
    """The names of the nodes' groups in other languages (``Model.group_translations``)."""
    translations = Translations(tuple(model.group_translations.entries) + tuple(entries))
    problems = group_translation_problems(translations)
    for problem in problems:
        reader.problem(table, _row_of(problem.location, _GROUP, None, rows), "Text",
                       f"{problem.location}: {problem.message}")
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

