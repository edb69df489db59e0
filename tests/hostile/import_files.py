"""Hostile files for the importers, each with what importing it must give: refused with a
message holding given words (and naming the file), or read as given labels with a note
holding given words. Damaged workbooks (cut short, shared texts missing or misnumbered, a
sheet's cells missing, a million rows declared), CSV text with NUL bytes, old Mac line
ends, byte-order marks in the middle, runaway quotes, huge cells and rows, numbers no map
holds (NaN, infinities, negative or huge delays), invisible labels, Mental Modeler files
with repeated or missing ids and numbers as strings, GraphML and GEXF edges to nodes never
declared, GEXF's dynamic attributes, Kumu, graphology and FCMpy JSON with null fields,
and JSON nested deep inside a rating.

:func:`import_files` builds them all; ``tests/hostile/test_import_files.py`` runs them
through ``import_model`` and ``windtunnel import``, ``tests/app/test_hostile_imports.py``
through the app's Open.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from dataclasses import dataclass

__all__ = ["HostileImport", "import_files"]


@dataclass(frozen=True)
class HostileImport:
    """A file to import: its name and bytes, and what importing it gives: refused with a
    message holding ``words``, or (``labels`` given) read as exactly those node labels,
    with a note holding ``words`` when they are not empty."""

    name: str
    data: bytes
    words: str
    labels: tuple[str, ...] | None = None


# -- workbooks written part by part, so that each part can be damaged on its own ----------

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '</Types>')
_ROOT_RELS = (f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Type="http://schemas.'
              'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
              'Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (f'<workbook xmlns="{_MAIN}" xmlns:r="http://schemas.openxmlformats.org/'
             'officeDocument/2006/relationships"><sheets><sheet name="Edges" sheetId="1" '
             'r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Type="http://'
                  'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                  'Target="worksheets/sheet1.xml"/></Relationships>')
_TEXTS = ["Source", "Target", "Weight", "Tax", "Demand", "Price"]
_SHARED = (f'<sst xmlns="{_MAIN}">' + "".join(f"<si><t>{t}</t></si>" for t in _TEXTS)
           + "</sst>")


def _sheet(*, dimension: str = "A1:C3", tax: str = "3", more: str = "") -> str:
    """The Edges sheet Tax → Demand 0.5, Demand → Price -0.3, its texts shared."""
    return (f'<worksheet xmlns="{_MAIN}"><dimension ref="{dimension}"/><sheetData>'
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
            '<c r="C1" t="s"><v>2</v></c></row>'
            f'<row r="2"><c r="A2" t="s"><v>{tax}</v></c><c r="B2" t="s"><v>4</v></c>'
            '<c r="C2"><v>0.5</v></c></row>'
            '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c>'
            f'<c r="C3"><v>-0.3</v></c></row>{more}</sheetData></worksheet>')


def _workbook(sheet: str | None = None, shared: str | None = _SHARED) -> bytes:
    parts = {"[Content_Types].xml": _TYPES, "_rels/.rels": _ROOT_RELS,
             "xl/workbook.xml": _WORKBOOK, "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
             "xl/worksheets/sheet1.xml": _sheet() if sheet is None else sheet,
             "xl/sharedStrings.xml": shared}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            if text is not None and (name != "xl/worksheets/sheet1.xml" or sheet != ""):
                archive.writestr(name, text)
    return out.getvalue()


def _part_changed(part: str, old: str, new: str) -> bytes:
    """The good workbook with ``old`` replaced by ``new`` in its ``part``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_workbook())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data.replace(old.encode(), new.encode()) if name == part
                            else data)
    return out.getvalue()


_EDGES = ("Tax", "Demand", "Price")
_DAMAGED = "the workbook is damaged; open it in Excel and save it again"
_GRAPHML = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" '
            'attr.name="weight" attr.type="double"/><graph edgedefault="directed">{}</graph>'
            '</graphml>')
_GEXF = ('<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph '
         'mode="dynamic" defaultedgetype="directed">{}</graph></gexf>')


def _json(value) -> bytes:
    return json.dumps(value).encode("utf-8")


def import_files() -> list[HostileImport]:
    good = _workbook()
    return [
        # -- damaged workbooks ------------------------------------------------------------
        HostileImport("cut_in_half.xlsx", good[:len(good) // 2], "the workbook is cut short"),
        HostileImport("end_cut_off.xlsx", good[:-30], "its zip archive has no end"),
        HostileImport("no_shared_texts.xlsx", _workbook(shared=None),
                      "sheet Edges, row 1, column A: refers to the workbook's shared texts, "
                      "and the workbook has none"),
        HostileImport("shared_text_past_the_end.xlsx", _workbook(_sheet(tax="999")),
                      "row 2, column A: refers to text '999' of the workbook's shared texts, "
                      "which has 6: " + _DAMAGED),
        HostileImport("shared_text_minus_one.xlsx", _workbook(_sheet(tax="-1")),
                      "refers to text '-1'"),          # was read as the last text, "Price"
        HostileImport("shared_text_not_a_number.xlsx", _workbook(_sheet(tax="x")),
                      "refers to text 'x'"),
        HostileImport("one_cell_twice.xlsx", _workbook(_sheet(more=(     # read as -0.5
            '<row r="4"><c r="A4" t="s"><v>5</v></c><c r="B4" t="s"><v>3</v></c>'
            '<c r="C4"><v>0.5</v></c><c r="C4"><v>-0.5</v></c></row>'))),
            "sheet Edges, row 4, column C: is written twice in the sheet: " + _DAMAGED),
        HostileImport("one_row_twice.xlsx", _workbook(_sheet(more=(   # read as two edges
            '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="s"><v>3</v></c>'
            '<c r="C3"><v>0.9</v></c></row>'))),
            "sheet Edges, row 3: is written twice in the sheet: " + _DAMAGED),
        HostileImport("text_in_a_number_cell.xlsx", _workbook(_sheet().replace(
            "<v>0.5</v>", "<v>50%</v>")),                     # said "#NUMBER(50%)"
            "row 2, column Weight: holds '50%' in a cell the workbook marks as a number"),
        HostileImport("weight_nearer_0_than_a_double.xlsx", _workbook(_sheet().replace(
            "<v>0.5</v>", "<v>1e-400</v>")),                  # read as 0 without a word
            "row 2, column Weight: '1e-400' is nearer 0 than any number Windtunnel holds"),
        HostileImport("cell_of_another_row.xlsx", _workbook(_sheet().replace(  # read into row 2
            '<c r="A2" t="s">', '<c r="A5" t="s">')),
            "sheet Edges, row 2, column A: holds the cell A5, which is on another row: "
            + _DAMAGED),
        HostileImport("rows_out_of_order.xlsx", _workbook(_sheet().replace(    # read as written
            '<row r="2">', '<row r="9">').replace('r="A2"', 'r="A9"').replace(
            'r="B2"', 'r="B9"').replace('r="C2"', 'r="C9"')),
            "'Demand' (row 3), 'Price' (row 3), 'Tax' (row 9)", _EDGES),  # as LibreOffice
        HostileImport("weights_past_a_double.xlsx", _workbook(_sheet().replace(
            "<v>0.5</v>", "<v>1e400</v>").replace("<v>-0.3</v>", "<v>NaN</v>")),
            "row 2, column Weight: 1e400 is not a finite number"),   # was quoted as "inf"
        HostileImport("nan_weight.xlsx", _workbook(_sheet().replace(
            "<v>-0.3</v>", "<v>NaN</v>")), "row 3, column Weight: 'NaN' is not a number"),
        HostileImport("row_zero.xlsx", _workbook(_sheet().replace(    # read as row 2
            '<row r="2">', '<row r="0">').replace('r="A2"', 'r="A0"').replace(
            'r="B2"', 'r="B0"').replace('r="C2"', 'r="C0"')),
            "sheet Edges: a row number '0' that no sheet has"),
        HostileImport("row_past_excel.xlsx", _workbook(_sheet(more=(   # read as it was
            '<row r="2000000"><c r="A2000000" t="s"><v>5</v></c><c r="B2000000" t="s">'
            '<v>3</v></c></row>'))), "a row number '2000000' that no sheet has"),
        HostileImport("formula_looking_label.xlsx", _workbook(_sheet(more=(
            '<row r="4"><c r="A4" t="inlineStr"><is><t>=HYPERLINK("http://x","y")</t></is></c>'
            '<c r="B4" t="s"><v>3</v></c><c r="C4"><v>0.2</v></c></row>'))),
            "", (*_EDGES, '=HYPERLINK("http://x","y")')),      # text, never a formula
        HostileImport("sheet_outside_the_archive.xlsx", _part_changed(   # was "holds no nodes"
            "xl/_rels/workbook.xml.rels", "worksheets/sheet1.xml", "../../../../etc/passwd"),
            "sheet Edges: its cells (../../../etc/passwd) are missing from the workbook"),
        HostileImport("sheet_name_of_5000.xlsx", _part_changed(     # every note held it whole
            "xl/workbook.xml", 'name="Edges"', 'name="Edges' + "E" * 4995 + '"'),
            "sheet Edges" + "E" * 35 + "...: created 3 nodes", _EDGES),
        HostileImport("sheet_cells_missing.xlsx", _workbook(""),
                      "sheet Edges: its cells (xl/worksheets/sheet1.xml) are missing"),
        HostileImport("million_rows_declared.xlsx",
                      _workbook(_sheet(dimension="A1:XFD1048576")), "", _EDGES),
        HostileImport("last_row_of_excel.xlsx", _workbook(_sheet(more=(
            '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Late</t></is></c>'
            '<c r="B1048576" t="s"><v>3</v></c><c r="C1048576"><v>0.1</v></c></row>'))),
            "'Late' (row 1048576)", (*_EDGES, "Late")),
        HostileImport("200000_empty_rows.xlsx", _workbook(_sheet(more="".join(
            f'<row r="{r}"/>' for r in range(4, 200_004)))), "", _EDGES),
        HostileImport("column_past_excel.xlsx", _workbook(_sheet(more=(
            '<row r="4"><c r="ZZZZ4" t="inlineStr"><is><t>x</t></is></c></row>'))),
            "is past the limit of 2,000 columns"),
        # -- files of another kind under a text format's name (were refused for their
        # bytes, with advice about encodings) ---------------------------------------------
        HostileImport("workbook_renamed.csv", good, "is a zip archive (as an Excel .xlsx "
                      "workbook is), not the .csv text its name says: if it is a workbook, "
                      "give it the .xlsx extension and import it again"),
        HostileImport("workbook_renamed.json", good, "is a zip archive"),
        HostileImport("workbook_renamed.graphml", good, "not the .graphml text its name says"),
        HostileImport("old_excel.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)),
                      "is an old-style Office file (an Excel .xls workbook, or a workbook "
                      "protected by a password)"),
        HostileImport("document.gexf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF document"),
        HostileImport("picture.mmp", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image"),
        HostileImport("compressed.tsv", gzip.compress(b"Source\tTarget\nTax\tDemand\n"),
                      "is a compressed (gzip) file, not the .tsv text its name says: "
                      "uncompress it and import the file inside"),
        # -- CSV text ---------------------------------------------------------------------
        HostileImport("nul_in_header.csv", b"Sou\x00rce,Target\nTax,Demand\n",
                      "holds NUL bytes"),
        HostileImport("only_nul.csv", b"\x00" * 64, "holds NUL bytes"),
        HostileImport("old_mac_line_ends.csv", b"Source,Target,Weight\rTax,Demand,0.5\r"
                      b"Demand,Price,-0.3\r", "", _EDGES),
        HostileImport("mark_in_the_middle.csv", "Source,Target,Weight\nTax,Demand,0.5\n"
                      "\ufeffDemand,Price,-0.3\n".encode(), "taken out of line 3", _EDGES),
        HostileImport("two_files_joined.csv", "\ufeffSource,Target,Weight\nTax,Demand,0.5\n"
                      "\ufeffSource,Target,Weight\nDemand,Price,-0.3\n".encode(),
                      "row 3, column Weight: 'Weight' is not a number"),   # a second header
        HostileImport("runaway_quote.csv", b'Source,Target\n"Tax,Demand\nDemand,Price\n',
                      "is never closed"),
        HostileImport("label_of_100000.csv", b"Source,Target\n" + b"L" * 100_000
                      + b",Demand\n", "more than 32,767 characters"),
        HostileImport("10003_columns.csv", (",".join(["Source", "Target"] + [
            f"c{i}" for i in range(10_001)]) + "\nTax,Demand\n").encode(), "the limit is 2,000"),
        HostileImport("nan_and_inf_weights.csv", b"Source,Target,Weight\nTax,Demand,NaN\n"
                      b"Demand,Price,-inf\n", "'NaN' is not a number"),
        HostileImport("negative_delay.csv", b"Source,Target,Weight,Delay\nTax,Demand,0.5,-1\n",
                      "row 2, column Delay: -1 is outside [0, 10000]"),
        HostileImport("delay_of_a_billion.csv", b"Source,Target,Weight,Delay\n"
                      b"Tax,Demand,0.5,1e9\n", "1000000000 is outside [0, 10000]"),
        HostileImport("nan_confidence.csv", b"Source,Target,Weight,Confidence\n"
                      b"Tax,Demand,0.5,NaN\n", "row 2, column Confidence"),
        HostileImport("half_in_utf8.csv", "Source,Target,Weight\nTax,Demand,0.5\n"  # named no
                      "\u00bd,Price,0.2\n".encode(), "row 3, column Source: '\u00bd' (U+00BD), "
                      "the first character outside ASCII: the file reads as UTF-8 text and "
                      "as GBK"),                                           # character
        HostileImport("noncharacters_in_a_label.csv",      # each export wrote U+FFFD for them
                      "Source,Target\nA\ufffeB,C\uffff\n".encode(),
                      "removed control characters", ("AB", "C")),
        HostileImport("arabic_hebrew_chinese_labels.csv", "Source,Target,Weight\n\u0645\u0635\u0631,"
                      "\u05e2\u05d1\u05e8\u05d9\u05ea,0.5\n\u4e2d\u6587,\u0645\u0635\u0631,0.2\n"
                      .encode(), "", ("\u0645\u0635\u0631", "\u05e2\u05d1\u05e8\u05d9\u05ea",
                                      "\u4e2d\u6587")),
        HostileImport("invisible_labels.csv", "Source,Target\n\u200b,Demand\nTax,\u2060\ufeff\n"
                      .encode(), "holds only invisible characters"),
        # -- Mental Modeler ---------------------------------------------------------------
        HostileImport("one_id_twice.mmp", _json({"concepts": [
            {"id": "1", "name": "A", "relationships": [{"id": "1", "influence": 0.5}]},
            {"id": "1", "name": "B"}]}), "concept 2: a second concept with id '1'"),
        HostileImport("numbers_as_strings.mmp", _json({"concepts": [
            {"id": "1", "name": "A", "x": "100", "y": "x", "relationships": [
                {"id": "2", "influence": "0.5"}]}, {"id": "2", "name": "B"}]}),
            "concept 1 (A), x/y: 'x' is not a number"),
        HostileImport("null_relationship.mmp", _json({"concepts": [
            {"id": None, "name": None}, {"id": "2", "name": "B", "relationships": [None]}]}),
            "concept 2: relationship 1 is not an object"),
        HostileImport("influence_of_a_half.mmp", _json({"concepts": [   # said "concept 1 (tax)"
            {"id": "1", "name": "Tax", "relationships": [{"id": "2", "influence": "\u00bd"}]},
            {"id": "2", "name": "Demand"}]}),
            "concept 1 (Tax), relationship to '2': influence '\u00bd' is not a number"),
        HostileImport("link_to_a_blank_id.mmp", _json({"concepts": [
            {"id": None, "name": "Nameless"}, {"id": "2", "name": "B", "relationships": [
                {"id": None, "influence": 0.5}]}]}),       # was linked to "Nameless"
            "dangling relationship", ("Nameless", "B")),
        # -- graph files ------------------------------------------------------------------
        HostileImport("edge_to_an_undeclared_node.graphml", _GRAPHML.format(
            '<node id="a"/><edge source="a" target="ghost"><data key="w">0.5</data></edge>'
        ).encode(), "had no <node> element and were added: 'ghost'", ("a", "ghost")),
        HostileImport("edge_with_a_blank_source.graphml", _GRAPHML.format(
            '<node id="a"/><edge source="" target="a"/>').encode(), "has no source"),
        HostileImport("nan_weight.graphml", _GRAPHML.format(
            '<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">NaN</data>'
            '</edge>').encode(), "weight: 'NaN' is not a number"),     # was quoted as "nan"
        HostileImport("dynamic_attributes.gexf", _GEXF.format(
            '<attributes class="node" mode="dynamic"><attribute id="0" title="group" '
            'type="string"/></attributes><nodes><node id="a" label="A"><attvalues>'
            '<attvalue for="0" value="1" start="2000" end="2005"/><attvalue for="0" value="5"'
            ' start="2005"/></attvalues></node><node id="b" label="B"/></nodes><edges><edge '
            'source="a" target="b" weight="0.5"><spells><spell start="2000" end="2001"/>'
            '</spells></edge></edges>').encode(), "change over time", ("A", "B")),
        HostileImport("edge_to_an_undeclared_node.gexf", _GEXF.format(
            '<nodes><node id="a"/></nodes><edges><edge source="a" target="ghost" '
            'weight="0.5"/></edges>').encode(), "'ghost'", ("a", "ghost")),
        HostileImport("nan_weight.gexf", _GEXF.format(
            '<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" '
            'weight="NaN"/></edges>').encode(), "'NaN' is not a number"),
        HostileImport("node_id_twice.gexf", _GEXF.format(
            '<nodes><node id="a" label="A"/><node id="a" label="B"/></nodes><edges><edge '
            'source="a" target="a" weight="0.5"/></edges>').encode(), "node 'a': is listed twice"),
        HostileImport("blank_title.gexf", _GEXF.replace("<graph", "<meta><title>\n\t </title>"
                                                        "</meta><graph").format(
            '<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge '
            'source="a" target="b" weight="0.5"/></edges>').encode(), "", ("A", "B")),
        HostileImport("title_over_lines.gexf", _GEXF.replace("<graph", "<meta><title>Export\n"
                                                             "  controls</title></meta><graph").format(
            '<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge '
            'source="a" target="b" weight="0.5"/></edges>').encode(),
            "titled 'Export controls' as the file names its map", ("A", "B")),
        HostileImport("nodes_inside_a_node.gexf", _GEXF.format(
            '<nodes><node id="a" label="A"><nodes><node id="a1" label="A1"/></nodes></node>'
            '<node id="b" label="B"/></nodes><edges><edge source="a1" target="b" '
            'weight="0.5"/></edges>').encode(),          # its note spoke of a yEd group
            "1 node holding other nodes (a yEd group, a GEXF node with nodes inside)",
            ("A1", "B")),
        HostileImport("name_and_label_disagree.gexf", _GEXF.format(    # was shown 'Apple', 'b'
            '<attributes class="node"><attribute id="0" title="name" type="string"/>'
            '</attributes><nodes><node id="a" label="Alpha"><attvalues><attvalue for="0" '
            'value="Apple"/></attvalues></node><node id="b" label="Beta"/></nodes><edges>'
            '<edge source="a" target="b" weight="0.5"/></edges>').encode(),
            "ignored node attribute 'name' where attribute 'label' is given: both name the "
            "same, and they differ for 1 node (node 'Alpha' (id a): 'Apple' where 'Alpha' is "
            "shown); the map shows 'label'", ("Alpha", "Beta")),
        HostileImport("weight_attribute_against_weight.gexf", _GEXF.format(  # read 0.5 only
            '<attributes class="edge"><attribute id="w" title="weight" type="double"/>'
            '</attributes><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>'
            '<edges><edge source="a" target="b" weight="0.5"><attvalues><attvalue for="w" '
            'value="-0.9"/></attvalues></edge></edges>').encode(),
            "ignored edge attribute 'weight (attvalue)' where attribute 'weight' is given: "
            "both name the same, and they differ for 1 edge (edge a → b: '-0.9' where '0.5' "
            "is shown); the map shows 'weight'", ("A", "B")),
        HostileImport("name_without_label.gexf", _GEXF.format(
            '<attributes class="node"><attribute id="n" title="name" type="string"/>'
            '</attributes><nodes><node id="a"><attvalues><attvalue for="n" value="Apple"/>'
            '</attvalues></node><node id="b" label="Beta"/></nodes><edges><edge source="a" '
            'target="b" weight="0.5"/></edges>').encode(),
            "1 node without attribute 'label' took 'name' as 'label'", ("Apple", "Beta")),
        HostileImport("mutual_edge.gexf", _GEXF.format(
            '<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" '
            'type="mutual" weight="0.5"/></edges>').encode(), "became an edge each way",
            ("a", "b")),
        HostileImport("directed_zero.graphml", _GRAPHML.format(      # was read as directed
            '<node id="a"/><node id="b"/><edge source="a" target="b" directed="0"/>').encode(),
            "became an edge each way", ("a", "b")),
        HostileImport("directed_maybe.graphml", _GRAPHML.format(     # was read as directed
            '<node id="a"/><node id="b"/><edge id="e1" source="a" target="b" '
            'directed="maybe"/>').encode(),
            "edge 'e1' (a → b): directed='maybe' is neither true nor false"),
        HostileImport("edge_default_capitalised.graphml", _GRAPHML.replace(  # was directed
            'edgedefault="directed"', 'edgedefault="Undirected"').format(
            '<node id="a"/><node id="b"/><edge source="a" target="b"/>').encode(),
            "became an edge each way", ("a", "b")),
        HostileImport("edge_default_unknown.graphml", _GRAPHML.replace(
            'edgedefault="directed"', 'edgedefault="mixed"').format(
            '<node id="a"/>').encode(),
            "the <graph>'s edgedefault: 'mixed' is neither directed nor undirected"),
        HostileImport("labels_alike_but_for_accents.gexf", _GEXF.format(    # no note said so
            '<nodes><node id="1" label="Caf\u00e9"/><node id="2" label="Cafe\u0301"/></nodes>'
            '<edges><edge source="1" target="2" weight="0.5"/></edges>').encode(),
            "kept as separate nodes that look alike on the map: 'Caf\u00e9' (ids 1, 2)",
            ("Caf\u00e9", "Cafe\u0301")),
        HostileImport("labels_alike_but_for_a_zero_width_space.graphml", _GRAPHML.replace(
            "<graph ", '<key id="l" for="node" attr.name="label" attr.type="string"/><graph ')
            .format('<node id="a"><data key="l">Jobs</data></node><node id="b"><data key="l">'
                    'Jobs\u200b</data></node><edge source="a" target="b"/>').encode(),
            "look alike on the map: 'Jobs' (ids a, b)", ("Jobs", "Jobs\u200b")),
        HostileImport("labelled_in_utf_16.gexf", b"\xff\xfe" + _GEXF.replace(
            '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').format(
            '<nodes><node id="a" label="\u00c4"/><node id="b" label="\u4e2d"/></nodes><edges>'
            '<edge source="a" target="b" weight="0.5"/></edges>').encode("utf-16-le"), "",
            ("\u00c4", "\u4e2d")),
        HostileImport("graph_in_utf_16.graphml", b"\xfe\xff" + _GRAPHML.format(
            '<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">0.5</data>'
            '</edge>').encode("utf-16-be"), "", ("a", "b")),
        HostileImport("entity_declared.gexf", ('<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY x '
                      'SYSTEM "file:///etc/passwd">]>' + _GEXF.split("?>", 1)[1].format(
                          '<nodes><node id="a" label="&x;"/></nodes>')).encode(),
                      "refused unsafe XML (a DTD or entity declaration)"),
        HostileImport("nodes_nested_300_deep.gexf", _GEXF.format(
            '<nodes>' + '<node id="n"><nodes>' * 300 + '</nodes></node>' * 300 + '</nodes>')
            .encode(), "elements are nested more than 256 deep"),
        HostileImport("weights_at_a_double_s_ends.csv", b"Source,Target,Weight\n"
                      b"A,B,1.7976931348623157e308\nB,C,-1.7976931348623157e308\n",
                      "all were divided by 1.79769e+308", ("A", "B", "C")),
        HostileImport("weight_minus_zero.gexf", _GEXF.format(
            '<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" '
            'weight="-0"/></edges>').encode(), "", ("a", "b")),
        HostileImport("ids_differing_by_case.graphml", _GRAPHML.format(     # two nodes, as
            '<node id="A"/><node id="a"/><edge source="A" target="a"><data key="w">0.5</data>'
            '</edge>').encode(), "", ("A", "a")),                            # ids are exact
        HostileImport("three_line_ends.csv", b"Source,Target,Weight\r\nA,B,0.5\nB,C,0.2\r"
                      b"C,A,0.1\r\n", "", ("A", "B", "C")),
        HostileImport("text_in_utf_32.csv", "\ufeffSource,Target,Weight\nA,B,0.5\n"
                      .encode("utf-32-le"), "", ("A", "B")),
        HostileImport("edge_type_of_gexf_1_0.gexf", _GEXF.format(      # was read as directed
            '<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" '
            'type="sim" weight="0.5"/></edges>').encode(), "became an edge each way",
            ("a", "b")),
        HostileImport("edge_type_misspelt.gexf", _GEXF.format(          # was read as directed
            '<nodes><node id="a"/><node id="b"/></nodes><edges><edge id="e1" source="a" '
            'target="b" type="undirectd" weight="0.5"/></edges>').encode(),
            "edge 'e1' (a → b): type 'undirectd' is not a GEXF edge type (directed, "
            "undirected or mutual)"),
        HostileImport("default_edge_type_capitalised.gexf", _GEXF.replace(    # was directed
            'defaultedgetype="directed"', 'defaultedgetype="Undirected"').format(
            '<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" '
            'weight="0.5"/></edges>').encode(), "became an edge each way", ("a", "b")),
        HostileImport("default_edge_type_unknown.gexf", _GEXF.replace(
            'defaultedgetype="directed"', 'defaultedgetype="both"').format(
            '<nodes><node id="a"/></nodes>').encode(),
            "the <graph>'s defaultedgetype: type 'both' is not a GEXF edge type"),
        HostileImport("key_twice_for_nothing.graphml", _GRAPHML.replace(
            'for="edge"', 'for=""').replace("<graph ", '<key id="w" for="" attr.name="strength"'
                                           ' attr.type="double"/><graph ').format(
            '<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">0.5</data>'
            '</edge>').encode(),             # was "is declared twice for <> elements"
            "key 'w': is declared twice with for=\"\" (which names no kind of element; "
            "GraphML's are node, edge, graph and all): which of the two a value means cannot "
            "be told; give each key an id of its own"),
        HostileImport("key_twice_without_for.graphml", _GRAPHML.replace(
            ' for="edge"', "").replace("<graph ", '<key id="w" attr.name="strength" '
                                       'attr.type="double"/><graph ').format(
            '<node id="a"/>').encode(),      # was "is declared twice for <all> elements"
            "key 'w': is declared twice for every kind of element (for=\"all\", or no for "
            "attribute)"),
        HostileImport("key_for_nothing.graphml", _GRAPHML.replace('for="edge"', 'for=""').format(
            '<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">0.5</data>'
            '</edge>').encode(), "", ("a", "b")),
        HostileImport("hyperedge.graphml", _GRAPHML.format(
            '<node id="a"/><node id="b"/><hyperedge><endpoint node="a"/><endpoint node="b"/>'
            '</hyperedge>').encode(), "left out 1 hyperedge", ("a", "b")),
        HostileImport("label_of_100000.graphml", _GRAPHML.format(
            '<key id="l" for="node" attr.name="label" attr.type="string"/><node id="a">'
            '<data key="l">' + "L" * 100_000 + "</data></node>").encode(),
            "text of 100,000 characters is longer than 300"),
        HostileImport("label_of_100000.kumu.json", _json({
            "elements": [{"label": "L" * 100_000}], "connections": []}),
            "text of 100,000 characters is longer than 300"),
        HostileImport("direction_nested_deep.kumu.json", b'{"elements": [{"label": "A"}, '
                      b'{"label": "B"}], "connections": [{"from": "A", "to": "B", '
                      b'"direction": ' + b"[" * 3000 + b"]" * 3000 + b"}]}",
                      "is not a direction Windtunnel reads"),
        HostileImport("matrix_of_signs.csv", b",A,B\nA,0,+\nB,-,0\n",   # read as 0.25, unsaid
                      "weights written as labels were read with Mental Modeler's numbers (high "
                      "1, medium 0.62, low 0.25): '+' = 0.25, '-' = -0.25", ("A", "B")),
        HostileImport("weights_as_labels.csv", b"Source,Target,Weight\nA,B,H-\nB,C,++\n",
                      "column Weight: weights written as labels were read with Mental "
                      "Modeler's numbers (high 1, medium 0.62, low 0.25): '++' = 0.62, "
                      "'H-' = -1", ("A", "B", "C")),
        HostileImport("matrix_row_label_left_out.csv", b",A,B,C\nA,0,0.5,0\n,0.2,0,0\nC,0,0.1,0\n",
                      "row 3: a blank label among the row headers"),   # "has neither an ID..."
        HostileImport("matrix_label_twice.csv", b",A,A,B\nA,0,0.5,0\nA,0.2,0,0\nB,0,0,0\n",
                      "the label 'A' heads 2 columns"),
        HostileImport("matrix_missing_a_row.csv", b",A,B,C\nA,0,0.5,0\nB,0.2,0,0\n",
                      "no row is labelled 'C'"),
        HostileImport("separator_line_of_a_pipe.csv", b"sep=|\nSource|Target|Weight\n"
                      b"A|B|0.5\n", "", ("A", "B")),
        HostileImport("weight_signed_twice.csv", b"Source,Target,Weight\nA,B, +0.5 \n"
                      b"B,C,--0.2\n", "row 3, column Weight: '--0.2' is not a number"),
        # -- JSON with nulls and nesting --------------------------------------------------
        HostileImport("null_fields.kumu.json", _json({
            "elements": [{"label": None, "type": None}, {"label": "B"}],
            "connections": [{"from": None, "to": "B"}]}), "has no 'from'"),
        HostileImport("element_id_twice.kumu.json", _json({     # its connections joined the
            "elements": [{"id": "x", "label": "A"}, {"id": "x", "label": "B"}],   # first, unsaid
            "connections": [{"from": "A", "to": "x"}]}),
            "element 2 (elements[1]): a second element with id 'x'"),
        HostileImport("null_elements.kumu.json", _json({
            "elements": None, "connections": [{"from": "A", "to": "B"}]}),
            "not a Kumu blueprint"),
        HostileImport("null_keys.graphology.json", _json({
            "attributes": None, "options": {"type": "directed"},
            "nodes": [{"key": None}, {"key": "b", "attributes": None}],
            "edges": [{"source": None, "target": "b"}]}), "has no \"key\""),
        HostileImport("type_capitalised.graphology.json", _json({   # was read as directed
            "options": {"type": "Undirected"}, "nodes": [{"key": "a"}, {"key": "b"}],
            "edges": [{"source": "a", "target": "b"}]}), "became an edge each way", ("a", "b")),
        HostileImport("type_unknown.graphology.json", _json({        # was read as directed
            "options": {"type": "both"}, "nodes": [{"key": "a"}], "edges": []}),
            "options.type: is \"both\", which is not a graphology graph type"),
        HostileImport("undirected_as_text.graphology.json", _json({  # "yes" read as directed
            "nodes": [{"key": "a"}, {"key": "b"}],
            "edges": [{"source": "a", "target": "b", "undirected": "yes"}]}),
            "edge 1 (edges[0]): \"undirected\" is \"yes\", not JSON's true or false"),
        HostileImport("null_expert.ratings.json", _json({
            "Expert_1": None, "Expert_2": [{"from": "A", "to": "B", "+M": 1}]}),
            "not FCMpy expert ratings"),
        HostileImport("nan_terms.ratings.json", b'{"Expert_1": [{"from": "A", "to": "B", '
                      b'"+M": NaN, "-L": 1e999}]}', "NaN is not a JSON number"),
        HostileImport("deep_rating.ratings.json", b'{"Expert_1": [{"from": "A", "to": "B", '
                      b'"+M": ' + b"[" * 5000 + b"]" * 5000 + b"}]}", "is not a number"),
        HostileImport("numbers_and_nulls_as_concepts.ratings.json", b'{"Expert_1": [{"from": 1,'
                      b' "to": 2.5, "+M": 1}, {"from": true, "to": null, "+L": 1}]}',
                      "entry 2: has no From or To concept"),
    ]
