"""Fuzzing the tables and graph attributes users bring from other tools: Gephi's nodes and
edges tables as CSV (any delimiter, byte-order marks, mixed encodings, NUL bytes), the
same as an Excel workbook of Nodes and Edges sheets written by openpyxl (floats at the
ends of their range, -0, NaN, formulas, very long cells, repeated headers), GEXF files
with typed and dynamic attributes, GraphML with keys of any type and name, and Mental
Modeler JSON of any shape. Each input is imported (and the model saves and loads back
unchanged) or refused with a LoadError naming the file and placing every problem, as
``check_one`` checks: never a traceback or a hang.
"""

from __future__ import annotations

import io
import json
import math
from datetime import timedelta

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from .conftest import FUZZ_LONG, FUZZ_SHORT, long_run
from .test_fuzz_imports import check_one

#: Headers of the columns Gephi, Kumu and analysts write, a few of them twice.
HEADERS = ["Id", "Label", "Source", "Target", "Weight", "Type", "Kind", "value", "Value",
           "State", "Level", "Initial", "timeset", "modularity_class", "Group", "X", "Y",
           "Tags", "Description", "Id", "Weight", "", " ", "\ufeffId", "Label\x00"]
#: Cell texts that have broken readers, and the numbers at the ends of a float's range.
CELLS = ["a", "b", "c", "Tax", "0.5", "-0.3", "1", "0", "-0", "-0.0", "1e308", "-1e308",
         "1e309", "NaN", "nan", "Infinity", "-Infinity", "5e-324", "1_000", "0x1F",
         "=SUM(A1:A3)", "=1/0", "#DIV/0!", "'=1+1", "+1", "50%", "0,5", "\x00", "a\x00b",
         "\ufeff", "\ufeffa", "\u202eb", "\ud83d", "Caf\u00e9", "\u6771\u4eac",
         "<[1.0, 2.0, 0.5]; [2.0, 3.0, -0.5]>", "<[2000.0, 3.0]>", "<[1.0, x]>",
         "\"quoted, comma\"", "line\nbreak", "x" * 40_000, "9" * 400, " ", ""]
cell = st.one_of(st.sampled_from(CELLS), st.text(max_size=8))


#: The tables Gephi, Kumu and analysts write: a header and a row maker (row number ->
#: cells), sound before the fuzzer spoils a few cells.
TEMPLATES = [
    (["Id", "Label", "value"], lambda i: [str(i), f"Node {i}", str(i * 7)]),
    (["Id", "Label", "timeset", "modularity_class"],
     lambda i: [f"n{i}", f"N{i}", "<[1.0, 5.0]>", str(i % 2)]),
    (["Source", "Target", "Weight"], lambda i: [f"n{i}", f"n{i + 1}", str(0.25 * i - 0.5)]),
    (["Source", "Target", "Type", "Id", "Label", "Weight"],
     lambda i: [str(i), str(i + 1), "Undirected" if i % 2 else "Directed", str(i), "", "2"]),
    (["From", "To", "Weight", "Tags"], lambda i: ["Tax", f"Jobs {i}", "M+", "a|b"]),
]


@st.composite
def table_rows(draw) -> list[list[str]]:
    """One of the tables other tools write, a few of whose cells (headers too) are
    hostile: a repeated or odd header, a float at the end of its range, a formula, a NUL,
    a very long cell, a row shorter or longer than the header."""
    header, row = draw(st.sampled_from(TEMPLATES))
    rows = [list(header)] + [row(i) for i in range(1, draw(st.integers(1, 6)))]
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(rows) - 1))
        if not rows[at]:
            continue
        column = draw(st.integers(0, len(rows[at]) - 1))
        rows[at][column] = draw(st.sampled_from(HEADERS) if at == 0 else cell)
    if draw(st.booleans()):
        at = draw(st.integers(0, len(rows) - 1))
        rows[at] = rows[at] + [draw(cell)] if draw(st.booleans()) else rows[at][:-1]
    return rows


def _csv_text(rows: list[list[str]], delimiter: str) -> str:
    return "\n".join(delimiter.join(cells) for cells in rows) + "\n"


@st.composite
def csv_tables(draw):
    """A nodes or edges table as CSV text in any of the encodings Excel and Gephi write,
    with a byte-order mark, a stray one in the middle, or lines in another encoding."""
    rows = draw(table_rows())
    text = _csv_text(rows, draw(st.sampled_from([",", ";", "\t", "|"])))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1252",
                                     "gbk", "shift_jis"]))
    data = text.encode(encoding, "replace")
    mix = draw(st.sampled_from(["", "bom-inside", "latin-line", "nul-bytes", "cut"]))
    if mix == "bom-inside":
        data = data + "\ufeffId,Label\n1,x\n".encode("utf-8")
    elif mix == "latin-line":
        data = data + "Z\u00e9,\u00fc\n".encode("cp1252")
    elif mix == "nul-bytes":
        data = data.replace(b",", b"\x00,", 2)
    elif mix == "cut":
        data = data[:max(1, len(data) // 2)]
    name = draw(st.sampled_from(["nodes_table.csv", "edges.csv", "table.txt"]))
    return name, data


def _sheet_value(text: str):
    """A cell as openpyxl writes it: a number where the text reads as a float (its NaN
    and infinities too), else the text (a leading ``=`` is a formula)."""
    try:
        number = float(text)
    except ValueError:
        return text
    return number if math.isfinite(number) or text.lower() in ("nan", "infinity") else text


@st.composite
def workbook_tables(draw):
    """A workbook of a Nodes and an Edges sheet (or one sheet of either) of hostile
    cells, as openpyxl writes them."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title in draw(st.sampled_from([["Nodes", "Edges"], ["Edges"], ["Nodes"],
                                       ["Sheet1"], ["Nodes", "Nodes (2)"]])):
        sheet = book.create_sheet(title)
        for row in draw(table_rows()):
            values = []
            for text in row:
                value = _sheet_value(text)
                if isinstance(value, str):
                    value = "".join(ch for ch in value if ch >= " " or ch in "\t\n")[:32_000]
                    value = value.encode("utf-8", "ignore").decode("utf-8")
                values.append(value)
            sheet.append(values)
    out = io.BytesIO()
    book.save(out)
    return "book.xlsx", out.getvalue()


ATTRIBUTE_VALUES = ["0.5", "-0", "1e308", "1e309", "NaN", "null", "", "x" * 5000, "true",
                    "[1, 2]", "<[1.0, 2.0]>", "\u202e"]


@st.composite
def gexf_attributes(draw):
    """GEXF whose nodes and edges carry declared attributes (typed or not, static or
    given for several times), spells, and ``value`` attributes Gephi's users keep."""
    kinds = st.sampled_from(["double", "float", "integer", "long", "string", "boolean",
                             "liststring", "bogus"])
    titles = st.sampled_from(["value", "weight", "Weight", "group", "kind", "initial",
                              "score", "", "label"])
    declared = [(f"a{i}", draw(titles), draw(kinds)) for i in range(draw(st.integers(0, 3)))]
    attributes = "".join(f'<attribute id="{i}" title="{t}" type="{k}"/>'
                         for i, t, k in declared)
    times = st.sampled_from(["", ' start="2001"', ' start="2001" end="2003"',
                             ' timestamp="x"', ' start="2005" end="2001"'])

    def values() -> str:
        return "".join(f'<attvalue for="{draw(st.sampled_from([i for i, *_ in declared] + ["zz"]))}"'
                       f' value="{draw(st.sampled_from(ATTRIBUTE_VALUES))}"{draw(times)}/>'
                       for _ in range(draw(st.integers(0, 3)))) if declared else ""

    nodes = "".join(f'<node id="n{i}" label="{draw(st.sampled_from(["A", "", "B"]))}"'
                    f"{draw(times)}><attvalues>{values()}</attvalues>"
                    + draw(st.sampled_from(["", '<spells><spell start="1"/></spells>']))
                    + "</node>" for i in range(draw(st.integers(0, 4))))
    ends = st.sampled_from(["n0", "n1", "n2", "zz"])
    edges = "".join(f'<edge source="{draw(ends)}" target="{draw(ends)}"{draw(times)}>'
                    f"<attvalues>{values()}</attvalues></edge>"
                    for _ in range(draw(st.integers(0, 4))))
    mode = draw(st.sampled_from(["static", "dynamic"]))
    text = ('<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" '
            f'version="1.3"><graph mode="{mode}" defaultedgetype="directed">'
            f'<attributes class="node" mode="{mode}">{attributes}</attributes>'
            f'<attributes class="edge" mode="{mode}">{attributes}</attributes>'
            f"<nodes>{nodes}</nodes><edges>{edges}</edges></graph></gexf>")
    return "map.gexf", text.encode("utf-8", "surrogatepass")


@st.composite
def graphml_attributes(draw):
    """GraphML whose keys declare attributes of any type and name (a generic ``value``, a
    weight, a group, a key declared twice or for the wrong element), and whose data give
    them hostile values, on nodes of three that edges join."""
    kinds = st.sampled_from(["double", "float", "int", "long", "string", "boolean", "bogus"])
    names = st.sampled_from(["value", "State", "level", "weight", "group", "kind", "x", "y",
                             "initial", "label", "Modularity Class", ""])
    keys = [(f"k{i}", draw(names), draw(kinds), draw(st.sampled_from(["node", "edge", "all",
                                                                      "graph"])))
            for i in range(draw(st.integers(1, 4)))]
    declared = "".join(f'<key id="{k}" for="{f}" attr.name="{n}" attr.type="{t}"/>'
                       for k, n, t, f in keys)

    def data() -> str:
        return "".join(f'<data key="{draw(st.sampled_from([k for k, *_ in keys] + ["zz"]))}">'
                       f"{draw(st.sampled_from(ATTRIBUTE_VALUES))}</data>"
                       for _ in range(draw(st.integers(0, 3))))

    nodes = "".join(f'<node id="n{i}">{data()}</node>' for i in range(3))
    ends = st.sampled_from(["n0", "n1", "n2", "zz"])
    edges = "".join(f'<edge source="{draw(ends)}" target="{draw(ends)}">{data()}</edge>'
                    for _ in range(draw(st.integers(0, 4))))
    text = ('<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.'
            f'graphdrawing.org/xmlns">{declared}<graph edgedefault="'
            f'{draw(st.sampled_from(["directed", "undirected"]))}">{nodes}{edges}</graph>'
            "</graphml>")
    return "net.graphml", text.encode("utf-8", "surrogatepass")


json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70),
              st.sampled_from([0.5, -0.0, 1e308, -1e308, 5e-324]), st.sampled_from(CELLS)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.sampled_from(["id", "name", "influence", "x",
                                                             "y", "notes", "units"]), inner,
                                            max_size=3)),
    max_leaves=8)


@st.composite
def mental_modeler_json(draw):
    """Mental Modeler JSON of two or three sound concepts joined by relationships, one or
    two of whose fields (an id, a name, a position, an influence, the relationships
    themselves, a scenario's value) take a value of any shape."""
    concepts = [{"id": str(i), "name": f"Concept {i}", "x": 100 * i, "y": 50,
                 "relationships": [{"id": str((i + 1) % 3), "influence": 0.5}]}
                for i in range(3)]
    relations = [concept["relationships"][0] for concept in concepts]
    scenarios = [{"name": "S", "concepts": [{"id": "1", "selected": True, "influence": 0.5}]}]
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, 2))
        field = draw(st.sampled_from(["id", "name", "x", "y", "relationships", "influence",
                                      "target", "scenario"]))
        value = draw(json_value)
        if field == "influence":
            relations[at]["influence"] = value
        elif field == "target":
            relations[at]["id"] = value
        elif field == "scenario":
            scenarios[0]["concepts"][0]["influence"] = value
        else:
            concepts[at][field] = value
    model = {"info": {"name": "M"}, "concepts": concepts, "scenarios": scenarios}
    text = json.dumps(model, allow_nan=True)
    return "map.mmp", text.encode("utf-8", "surrogatepass")


inputs = st.one_of(csv_tables(), workbook_tables(), gexf_attributes(), graphml_attributes(),
                   mental_modeler_json())


@st.composite
def gephi_table_pairs(draw):
    """Gephi's edges table and its nodes table, either or both spoilt, as an analyst
    imports them together (``--nodes``)."""
    edges = [["Source", "Target", "Weight"], ["n1", "n2", "3"], ["n2", "n3", "1"]]
    nodes = [["Id", "Label", draw(st.sampled_from(["value", "State", "Level", "timeset"]))],
             ["n1", "One", draw(cell)], ["n2", "Two", draw(cell)], ["n3", "Three", "4"]]
    for table in draw(st.sampled_from([[edges], [nodes], [edges, nodes]])):
        at = draw(st.integers(0, len(table) - 1))
        table[at][draw(st.integers(0, 2))] = draw(st.sampled_from(HEADERS) if at == 0
                                                  else cell)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return (("edges.csv", _csv_text(edges, ",").encode(encoding, "replace")),
            ("nodes.csv", _csv_text(nodes, ",").encode(encoding, "replace")))


@settings(max_examples=FUZZ_SHORT, deadline=timedelta(seconds=10),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example,
                                 HealthCheck.data_too_large])
@given(inputs)
def test_other_tools_tables_and_attributes_import_or_are_refused_with_a_place(case):
    check_one(*case)


@settings(max_examples=FUZZ_SHORT, deadline=timedelta(seconds=10),
          suppress_health_check=[HealthCheck.too_slow])
@given(gephi_table_pairs())
def test_a_gephi_edges_table_with_its_nodes_table_imports_or_is_refused_with_a_place(pair):
    (name, data), nodes = pair
    check_one(name, data, nodes)


@pytest.mark.slow
@long_run
@settings(max_examples=FUZZ_LONG, deadline=timedelta(seconds=10),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example,
                                 HealthCheck.data_too_large])
@given(inputs)
def test_other_tools_tables_and_attributes_import_or_are_refused_with_a_place_long(case):
    check_one(*case)
