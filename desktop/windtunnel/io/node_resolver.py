"""Finding the node an edge's From or To names (:class:`NodeResolver`): by what the file
writes first (an id its Nodes sheet writes, a label as written, the same whole number, a
label without case), then by the id made for a row without one; creating the nodes a
table names only in its edges (see :mod:`windtunnel.io.tabular`)."""

from __future__ import annotations

import re
from datetime import date
from itertools import chain
from operator import attrgetter

from ..language import translate
from ..model import Node
from ..model.bulk import new_node
from ..model.checks import check_text
from ..model.vocabulary import MAX_LABEL, slugs
from . import values as v
from .cells import cell_text
from .alike import Slips, all_apart
from .date_names import retyped_end_note, typed_one
from .lookalikes import explained
from .naming import bounded, loose_differences, loose_key, node_name, short_name
from .rows import Reader, header_of
from .tables import Table

__all__ = ["NodeResolver", "whole_number"]


#: A whole number as a tool writes it, in an id: ``3``, or ``3.0`` from a column of
#: numbers read as floats (pandas writes a column with a blank in it so).
_WHOLE = re.compile(r"(-?(?:0|[1-9][0-9]*))(?:\.0+)?")


def whole_number(text: str) -> str | None:
    """The whole number an id writes (``3`` for ``3`` and ``3.0``), None for any other id
    (``03``, a code, is not the number 3)."""
    match = _WHOLE.fullmatch(text.strip())
    return match[1] if match else None


class NodeResolver:
    """Find the node an edge names: by the id its row writes, then by its exact label, by
    the same whole number as a written id (:func:`whole_number`: ``3`` names the id
    ``3.0``), by its label compared without case and Unicode form (:func:`loose_key`),
    and last by the id made for a row without one (``made``), creating it when no node
    has it. What a file writes comes before what the import made up: an edge naming
    ``beta-gamma`` means the row labelled so, whatever id was made for another row.
    A name that is one row's written id and another's label goes to the id, with a note
    naming both rows.

    A name that fits several nodes (two nodes labelled alike, or labels that differ only
    by case, such as "Tax" and "TAX", when neither is written exactly so) is a located
    problem asking for the id, never a new node: a guess would wire the edge to the wrong
    node, and a new node would be a phantom third one. Names matched without case, or
    edges-only names merged without case, are noted. A name no node could be labelled
    (longer than a label may be) is a problem where the edge names it, once."""

    def __init__(self, nodes: list[Node], renamed: dict[str, str] | None = None,
                 listed: frozenset[str] | None = None, made: set[str] = frozenset()) -> None:
        self.made = {n.id for n in nodes} & made      # ids made for rows without one
        self.given = {n.id for n in nodes} - self.made    # the ids the file writes
        self.numbers: dict[str, list[str]] = {}   # a whole number -> the ids writing it
        for node_id in self.given:
            if whole_number(node_id) is not None:
                self.numbers.setdefault(whole_number(node_id), []).append(node_id)
        self.nodes = nodes
        self.index = {n.id: i for i, n in enumerate(nodes)}   # where each node's row is
        #: a name taken as one node's id that is another node's label -> the id, that node
        self.shadowed: dict[str, tuple[str, Node]] = {}
        self.as_numbers: dict[str, str] = {}  # a name matched as a whole number -> the id
        self.renamed = renamed or {}          # another tool's invalid ids -> the ids made
        self.ids = v.TakenIds(self.given | self.made)
        self.exact: dict[str, list[Node]] = {}
        self.folded: dict[str, list[Node]] = {}
        for node in nodes:
            self.exact.setdefault(node.label.strip(), []).append(node)
            self.folded.setdefault(loose_key(node.label.strip()), []).append(node)
        self.created: list[Node] = []
        self.by_text: dict[str, Node] = {}    # an edges-only name, without case -> its node
        self.spellings: dict[str, str] = {}   # a name matched without case -> the label
        self.known: dict[str, str] = {}       # a name resolved before -> its node's id
        self.refused: set[str] = set()        # names that cannot be a node's label
        #: The names (ids and labels, :func:`loose_key`) a Nodes sheet writes, None without
        #: one: with one, an edge may name no other node (see :meth:`_unlisted`).
        self.listed = listed
        self.first: dict[str, tuple[int, str | None]] = {}   # created id -> row, column
        self.slips: Slips | None = None       # the given labels, once a name is missing
        #: A table and its rows' indexes by row number, once a name that may be a date's
        #: text is missing (see :meth:`_cell`).
        self.rows_of: tuple[Table, dict[int, int]] | None = None
        self.date_messages: dict[date, str] = {}   # the problem of each date so named
        #: a date named by no node -> the id of the one listed node typed as it, or None
        self.typed: dict[date, str | None] = {}
        #: a date read as a listed node's id -> (its first row, column), as each was read
        self.dates_read: dict[date, tuple[int, str | None]] = {}

    def __call__(self, name: str, table: Table, number: int, reader: Reader,
                 column: str | None = None) -> str | None:
        """The id of the node ``name`` names (the same every time a name comes again), or
        None with a located problem."""
        found_id = self.known.get(name)
        if found_id is None and name not in self.refused:
            found_id = self._resolve(name, table, number, reader, column)
            if found_id is not None:
                self.known[name] = found_id
        return found_id

    def created_apart(self, names: list[str], places: list[tuple[int, str | None]]
                      ) -> list[str] | None:
        """The ids of the nodes made for ``names`` (distinct, in the order the edges first
        give them, each with the row and column that first gives it), all made at once,
        when the edges name nodes of their own only (no node is known, no Nodes sheet) and
        every name is one a node may be labelled as written and none is another's without
        case: ASCII, no space around it, no longer than a label. Each then names a new
        node labelled so, as calling this resolver on each in turn makes it (the same ids,
        nodes, rows and no note). None, recording nothing, for any other names: the caller
        then resolves each in turn, which names each problem."""
        if self.nodes or self.renamed or self.listed is not None or self.known \
                or self.refused or self.by_text:
            return None
        if not names or set(map(type, names)) != {str} or not "".join(names).isascii() \
                or min(map(len, names)) == 0 or max(map(len, names)) > MAX_LABEL \
                or list(map(str.strip, names)) != names:
            return None
        keys = list(map(str.lower, names))         # loose_key of ASCII text
        if len(set(keys)) != len(keys):
            return None
        ids = slugs(names, self.ids)
        created = list(map(new_node, ids, names))
        self.by_text.update(zip(keys, created))
        self.created.extend(created)
        self.first.update(zip(ids, places))
        self.known.update(zip(names, ids))
        return ids

    def existing(self, name: str, table: Table, number: int, reader: Reader,
                 column: str | None = None) -> str | None:
        """The id of the node ``name`` names among the nodes there are, by the rules above
        (none is created): ``name`` itself when no node has it, None with a located
        problem when several do. How another sheet (a scenario's interventions) names a
        node the way the edges may."""
        found, node_id = self._known(name, table, number, reader, column)
        return node_id if found else name

    def name_nodes(self, data: dict, fields: tuple[str, ...], table: Table, number: int,
                   columns: dict[str, int], reader: Reader) -> bool:
        """Put in ``data`` (row ``number`` read) the id of the node each of its ``fields``
        names (:meth:`existing`); False, with a located problem, when a name fits several."""
        for name in fields:
            if isinstance(data.get(name), str):
                node_id = self.existing(data[name], table, number, reader,
                                        header_of(table, columns, name))
                if node_id is None:
                    return False
                data[name] = node_id
        return True

    def _known(self, name: str, table: Table, number: int, reader: Reader,
               column: str | None) -> tuple[bool, str | None]:
        """(True, the id) of the node ``name`` names among the nodes known so far, or
        (True, None) with a located problem when it fits several; (False, None) when it
        names none."""
        text = name.strip()
        by_id = name if name in self.given else self.renamed.get(name)
        if by_id is not None:
            labelled = [n for n in self.exact.get(text, ()) if n.id != by_id]
            if labelled:
                self.shadowed.setdefault(name, (by_id, labelled[0]))
            return True, by_id
        same = self.numbers.get(whole_number(name), []) if self.numbers else ()
        if len(same) == 1 and text not in self.exact:   # 3 names the node 3.0: one number
            self.as_numbers[name] = same[0]
            return True, same[0]
        for found in (self.exact.get(text), self.folded.get(loose_key(text))):
            if found and len(found) == 1:
                if found[0].label.strip() != text:
                    self.spellings.setdefault(text, found[0].label)
                return True, found[0].id
            if found:
                reader.problem(table, number, column, translate(
                    "nodes_sheet", "{name!r} names {count} nodes ({nodes}), whose labels "
                                   "differ at most by case; write the node's id, or its label "
                                   "exactly as its row writes it").format(
                        name=short_name(text), count=len(found), nodes=", ".join(
                            node_name(n.id, n.label) for n in found[:4])))
                return True, None
        if name in self.made:
            return True, name
        return False, None

    def _resolve(self, name: str, table: Table, number: int, reader: Reader,
                 column: str | None) -> str | None:
        found, node_id = self._known(name, table, number, reader, column)
        if found:
            return node_id
        text = name.strip()
        key = loose_key(text)
        if self.listed is not None:
            return self._unlisted(text, key, table, number, reader, column)
        if key not in self.by_text:
            label = text or name
            wrong: list[tuple[str, str]] = []
            # the label's own rule only: the model checks each whole node once, as it takes it
            check_text(wrong, "label", label, MAX_LABEL, required=True)
            if wrong:
                self.refused.add(name)
                reader.problem(table, number, column, translate(
                    "nodes_sheet", "{name!r} cannot name a new node: {problem}").format(
                        name=short_name(text), problem=wrong[0][1]))
                return None
            node = new_node(v.new_id(label, self.ids), label)
            self.ids.add(node.id)
            self.by_text[key] = node
            self.created.append(node)
            self.first[node.id] = (number, column)
        node = self.by_text[key]
        if node.label != text:
            self.spellings.setdefault(text, node.label)
        return node.id

    def typed_node(self, value: date) -> str | None:
        """The id of the one node of the Nodes sheet whose id or label a spreadsheet may
        have turned into the date ``value`` as it was typed (``3-5``, ``Mar-21``), when no
        node is named by the date's text; None without a Nodes sheet, or when no node or
        several were typed so."""
        if value not in self.typed:
            names = chain(((node_id, node_id) for node_id in self.given),
                          self.renamed.items(),           # ids as written, made valid
                          ((label, node.id) for label, found in self.exact.items()
                           for node in found))
            self.typed[value] = (typed_one(value, names) if self.listed is not None
                                 and loose_key(cell_text(value)) not in self.listed else None)
        return self.typed[value]

    def _unlisted(self, text: str, key: str, table: Table, number: int, reader: Reader,
                  column: str | None) -> str | None:
        """Refuse, at its cell, a name the file's Nodes sheet does not list: the sheet is
        the map's list of nodes, and a name outside it is a slip (``Chip smugling``,
        ``xx``) far more often than a node meant to be made without a row; a node made
        silently would change the map. A name the sheet writes on a row refused for its
        own problems is refused there, not again here. A date that was one node's name as
        typed (:meth:`typed_node`) names that node, noted (:meth:`note_spellings`)."""
        if key in self.listed:
            return None
        value = self._cell(table, number, column) if _DATE_TEXT.match(text) else None
        if isinstance(value, date):
            node_id = self.typed_node(value)
            if node_id is not None:
                self.dates_read.setdefault(value, (number, column))
                return node_id
            if value not in self.date_messages:           # each date's message once
                self.date_messages[value] = _date_message(value)
            reader.problem(table, number, column, self.date_messages[value])
            return None
        if self.slips is None:
            self.slips = Slips(self.exact)
        near = self.slips.near(text)
        message = (translate("nodes_sheet", "{name!r} is not a node of the Nodes sheet (is it "
                                            "{near!r}?): correct the name, or add a row for it "
                                            "to the Nodes sheet") if near is not None else
                   translate("nodes_sheet", "{name!r} is not a node of the Nodes sheet: "
                                            "correct the name, or add a row for it to the "
                                            "Nodes sheet"))
        message = message.format(name=short_name(text), near=short_name(near or ""))
        reader.problem(table, number, column,
                       message if near is None else explained(message, text, near))
        return None

    def _cell(self, table: Table, number: int, column: str | None):
        """The cell of row ``number`` under the header ``column`` as read, None when the
        table has no such row or column (its rows indexed once per table, so that a
        sheet of such names is not searched once for each)."""
        if self.rows_of is None or self.rows_of[0] is not table:
            self.rows_of = (table, {n: i for i, n in enumerate(table.numbers)})
        index = self.rows_of[1].get(number)
        if column not in table.header or index is None:
            return None
        row, j = table.rows[index], table.header.index(column)
        return row[j] if j < len(row) else None

    def near_pairs(self) -> list[tuple[Node, str]]:
        """Each node made from a name one typing slip from another node's label (a given
        node's, or one made earlier): ``Chip smugling`` beside ``Chip smuggling``, with the
        label it is close to (:class:`~windtunnel.io.alike.Slips`); settled at once when
        all the labels are apart (:func:`~windtunnel.io.alike.all_apart`)."""
        if all_apart(chain(self.exact, map(attrgetter("label"), self.created))):
            return []
        slips, pairs = Slips(self.exact), []
        for node in self.created:
            near = slips.add(node.label)
            if near is not None:
                pairs.append((node, near))
        return pairs

    def note_spellings(self, table: Table, reader: Reader) -> None:
        """Note the names matched otherwise than as written: as the same whole number
        (``3`` as the id ``3.0``), or as a label without case, width or Unicode form, one
        note for each thing that differs (:func:`~windtunnel.io.naming.loose_differences`)."""
        differing: dict[tuple[str, ...], dict[str, str]] = {}
        for name, label in self.spellings.items():
            differing.setdefault(loose_differences(name, label), {})[name] = label
        notes = [(self.as_numbers, translate("nodes_sheet", "{count} name{s} in the edges "
                                                            "matched a node id writing the "
                                                            "same whole number: {pairs}"))]
        for differences, matched in sorted(differing.items()):
            notes.append((matched, translate("nodes_sheet", "{count} name{s} in the edges "
                                                            "matched a node whose label "
                                                            "differs only by case: {pairs}")
                          if differences == ("case",) else
                          translate("nodes_sheet", "{count} name{s} in the edges matched a "
                                                   "node whose label differs only in {what}: "
                                                   "{pairs}").format(
                              what=_differing(differences), count="{count}", s="{s}",
                              pairs="{pairs}")))
        for matched, message in notes:
            if not matched:
                continue
            pairs = list(matched.items())
            reader.note(table, None, None, message.format(
                count=len(pairs), s="s" if len(pairs) != 1 else "",
                pairs=translate("naming", ", ").join(translate("nodes_sheet",
                                                               "{name!r} as {label!r}").format(
                    name=short_name(a), label=short_name(b)) for a, b in pairs[:6])
                + (", ..." if len(pairs) > 6 else "")))
        for value, (number, column) in self.dates_read.items():
            node = self.nodes[self.index[self.typed[value]]]
            reader.notes.append(retyped_end_note(table.where(number, column), value,
                                                 node_name(node.id, node.label)))
        self._note_shadowed(table, reader)

    def _note_shadowed(self, table: Table, reader: Reader) -> None:
        """Note the names taken as one node's id that are another node's label: one note,
        naming both rows of each (the first six, then how many more). A graph file's edges
        (GraphML, GEXF: their rows are edges) name nodes by id and by nothing else, so
        there a label is never meant and nothing is noted."""
        if table.row_word == "edge":
            return
        if len(self.shadowed) == 1:
            ((name, (node_id, labelled)),) = self.shadowed.items()
            reader.note(table, None, None, translate(
                "nodes_sheet", "{name!r} in the edges is the id of one node ({id_place}) and "
                               "the label of another ({label_place}): the edges were joined "
                               "to the node with that id; write {other!r} to mean the "
                               "other").format(
                name=short_name(name), id_place=self._place(node_id, reader),
                label_place=self._place(labelled.id, reader), other=short_name(labelled.id)))
        elif self.shadowed:
            pairs = [translate("nodes_sheet", "{name!r} (the id at {id_place}; the label at "
                                              "{label_place}, whose id is {other!r})").format(
                         name=short_name(name), id_place=self._place(node_id, reader),
                         label_place=self._place(labelled.id, reader),
                         other=short_name(labelled.id))
                     for name, (node_id, labelled) in list(self.shadowed.items())[:6]]
            reader.note(table, None, None, translate(
                "nodes_sheet", "{count} names in the edges are the id of one node and the "
                               "label of another: {pairs}; the edges were joined to the nodes "
                               "with those ids; write the other node's id to mean it").format(
                count=len(self.shadowed), pairs=bounded(pairs, 6, len(self.shadowed))))

    def _place(self, node_id: str, reader: Reader) -> str:
        """Where the node ``node_id`` was read (``sheet Nodes, row 3``), else its id."""
        found = reader.origin.get(("Nodes", self.index.get(node_id)))
        return found[0].where(found[1]) if found else repr(short_name(node_id))


def _differing(differences: tuple[str, ...]) -> str:
    """What tells apart the names and labels of a note, in words (``case and letter width
    (full-width or normal-width)``)."""
    words = {"case": translate("nodes_sheet", "case"),
             "width": translate("nodes_sheet", "letter width (full-width or normal-width)"),
             "form": translate("nodes_sheet", "how accents are written (as part of the "
                                              "letter or as a character of their own)")}
    what = words[differences[0]]
    for difference in differences[1:]:
        what = translate("nodes_sheet", "{left} and {right}").format(left=what,
                                                                    right=words[difference])
    return what


#: The text a date cell reads as (``2026-03-05``, a time after it maybe).
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date_message(value: date) -> str:
    """The problem of an edge's end that holds a date no node is named by, nor was typed
    as (:meth:`NodeResolver.typed_node`): most likely a name a spreadsheet turned into a
    date as it was typed."""
    return translate("nodes_sheet", "holds the date {date}, which is not a node of the Nodes "
                                    "sheet: a spreadsheet turns a name typed as 3-5 or Jan 2 "
                                    "into a date; write the name again as text (with an "
                                    "apostrophe before it), or add a row for it to the Nodes "
                                    "sheet").format(date=cell_text(value))
