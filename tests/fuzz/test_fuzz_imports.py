"""Fuzzing every import format: CSV bytes in any encoding, the XML of a workbook's sheet,
Mental Modeler JSON and XML, GraphML (plain, yEd and yEd Live), GEXF. Each input is imported (and the model then saves
and loads back unchanged) or refused with a LoadError that names the file and places every
problem; never another exception, under a deadline and a memory cap."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import make_small_model
from windtunnel.errors import LoadError
from windtunnel.io import import_model, model_workbook_bytes
from windtunnel.model import dumps, loads

from .conftest import FUZZ_LONG, FUZZ_SHORT, MEMORY_CAP, long_run, measured, tally

#: Cell texts and number spellings that have broken readers.
TOKENS = ["\ud83d", "a\udc00", "\x00", "\x01", "\x1b[2J", "\u202e", "=A1|B1", "#REF!",
          "0.2_5", "1_0", "nan", "-Infinity", "1e999", "9" * 400, "9" * 5000, "H+", "m-",
          "(0.2, 0.5, 0.8)", "[0.9, 0.1]", "Caf\u00e9", "TAX", "tax", " ", "", "'=1+1",
          "\u0661\u0662", "0x10", "50%", "0,5", "x" * 300]
#: Ordinary cells, so that a share of the inputs is accepted and read back.
PLAIN = ["a", "b", "c", "Tax", "Jobs", "0.5", "-0.3", "1", "0", "M+", "yes"]
token = st.one_of(st.sampled_from(PLAIN), st.sampled_from(PLAIN), st.sampled_from(TOKENS),
                  st.text(max_size=12))
WORKBOOK = model_workbook_bytes(make_small_model())


def _csv_bytes(rows: list[list[str]], encoding: str, stray: bytes) -> bytes:
    text = "\n".join(",".join(cells) for cells in rows) + "\n"
    data = text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    return data + stray


@st.composite
def csv_files(draw):
    header = draw(st.sampled_from([["Source", "Target", "Weight"], ["From", "To", "Type"],
                                   ["", "a", "b"], ["Source", "Target", "Tags"]]))
    rows = [header] + draw(st.lists(st.lists(token, min_size=1, max_size=4), max_size=6))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]))
    stray = draw(st.sampled_from([b"", b"\xe9", b"\xff\xfe", b"\x00", b"\x81"]))
    return "edges.csv", _csv_bytes(rows, encoding, stray)


def _cell(ref: str, kind: str, style: str, value: str) -> str:
    from xml.sax.saxutils import escape, quoteattr

    attrs = f' r={quoteattr(ref)}' if ref else ""
    attrs += f' t={quoteattr(kind)}' if kind else ""
    attrs += f' s={quoteattr(style)}' if style else ""
    body = (f"<is><t>{escape(value)}</t></is>" if kind == "inlineStr"
            else f"<v>{escape(value)}</v>")
    return f"<c{attrs}>{body}</c>"


@st.composite
def workbooks(draw):
    import io
    import zipfile

    refs = st.one_of(st.sampled_from(["", "A2", "C2", "XFD2", "A" * 5000 + "2",
                                      "B" + "9" * 5000, "ZZZZ2", "c2"]), st.just("A3"))
    cells = st.builds(_cell, refs, st.sampled_from(["", "n", "s", "b", "e", "str",
                                                     "inlineStr", "d"]),
                      st.sampled_from(["", "0", "1", "99", "x", "9" * 50]), token)
    rows = "".join(f'<row r="{r}">' + "".join(draw(st.lists(cells, max_size=4))) + "</row>"
                   for r in draw(st.sampled_from([["2"], ["2", "3"], ["9" * 400], ["x"]])))
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c>'
             '<c r="B1" t="inlineStr"><is><t>Label</t></is></c></row>'
             + rows + "</sheetData></worksheet>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(WORKBOOK)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        first = next(n for n in source.namelist() if n.startswith("xl/worksheets/sheet"))
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == first:
                data = sheet.encode("utf-8", "surrogatepass")
            target.writestr(info.filename, data)
    return "book.xlsx", out.getvalue()


raw_json = st.sampled_from(['"\\ud83d"', "1e999", "NaN", "9" * 5000, "1" * 400, "null",
                            "[]", "{}", '"H+"', '"undefined"', "-0.5", '"0.2_5"', "true"])


@st.composite
def mental_modeler_files(draw):
    values = [draw(raw_json) for _ in range(5)]
    text = ('{"info": {"name": %s}, "concepts": [{"id": %s, "name": %s, "x": %s, '
            '"relationships": [{"id": "2", "influence": %s}]}, {"id": "2", "name": "B"}]}'
            % tuple(values))
    if draw(st.booleans()):
        name = draw(st.sampled_from(["R &#xD83D;", "a&#1;b", "&amp;", "9" * 500, "<x/>", "]]>"]))
        text = ("<mentalmodeler><info><name>M</name></info><concepts><concept><id>1</id>"
                f"<name>{name}</name><x>{draw(st.sampled_from(['1e999', '5', 'NaN', '']))}</x>"
                "<relationships><relationship><id>2</id><influence>"
                f"{draw(st.sampled_from(['H+', '9' * 5000, '0.5', 'x']))}</influence>"
                "</relationship></relationships></concept><concept><id>2</id><name>B</name>"
                "</concept></concepts></mentalmodeler>")
    return "map.mmp", text.encode("utf-8", "surrogatepass")


@st.composite
def graphml_files(draw):
    kind = draw(st.sampled_from(["double", "long", "int", "string", "boolean"]))
    node = st.sampled_from(['<node id="a"/>', '<node id="b"/>', "<node/>", '<node id=""/>',
                            '<node id="a b"/>', '<node id="\u202e"/>',
                            '<node id="c"><data key="w">x&#xD83D;</data></node>'])
    value = st.sampled_from(["0.5", "9" * 5000, "1" * 400, "NaN", "1e999", "true", "", "M+"])
    edge = st.builds(lambda s, t, v: f'<edge source="{s}" target="{t}"><data key="w">{v}'
                                     "</data></edge>",
                     st.sampled_from(["a", "b", "z", ""]), st.sampled_from(["a", "b", "y"]),
                     value)
    body = "".join(draw(st.lists(node, max_size=4))) + "".join(draw(st.lists(edge, max_size=4)))
    direction = draw(st.sampled_from(["directed", "undirected"]))
    text = ('<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing'
            f'.org/xmlns"><key id="w" for="all" attr.name="weight" attr.type="{kind}"/>'
            f'<graph edgedefault="{direction}">{body}</graph></graphml>')
    return "net.graphml", text.encode("utf-8")


NUMBERS = ["0", "-0", "12.5", "NaN", "nan", "1e309", "-1e309", "1e300", "", "x", "9" * 400]
#: Label texts: markup yEd writes, markup that is not, and text that breaks readers.
LABELS = ["Tax", "&lt;html&gt;&lt;b&gt;Tax&lt;/b&gt;&lt;br&gt;rate&lt;/html&gt;",
          "&lt;br&gt;&lt;br&gt;", "a &lt; b", "&lt;script&gt;x&lt;/script&gt;",
          "&lt;img src=&quot;http://example.invalid/x&quot;&gt;", "&lt;b&gt;" * 50,
          "&lt;p&gt;" + "L" * 400, "&#xD83D;", "", "  ", "‮", "Tax|Jobs"]


@st.composite
def yed_files(draw):
    """yEd and yEd Live GraphML: labels (markup or not) in a NodeLabel, a Label.Text or a
    Label's Text attribute, boxes with any numbers, groups kept as nodes, nesting."""
    y, yl = "http://www.yworks.com/xml/graphml", "http://www.yworks.com/xml/yfiles-common/3.0"
    label, x, yy = draw(st.sampled_from(LABELS)), *draw(st.lists(st.sampled_from(NUMBERS),
                                                                  min_size=2, max_size=2))
    shapes = [
        f'<y:ShapeNode><y:Geometry x="{x}" y="{yy}"/><y:NodeLabel>{label}</y:NodeLabel>'
        "</y:ShapeNode>",
        f'<yl:Label Text="{label}"/><yl:RectD X="{x}" Y="{yy}"/>',
        f"<yl:Label><yl:Label.Text>{label}</yl:Label.Text></yl:Label>",
        '<y:ProxyAutoBoundsNode><y:Realizers active="'
        + draw(st.sampled_from(["0", "1", "9", "x", ""]))
        + f'"><y:GroupNode><y:Geometry x="{x}" y="{yy}"/><y:NodeLabel>{label}</y:NodeLabel>'
        "</y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode>"]
    nodes = []
    for i in range(draw(st.integers(1, 4))):
        inner = ('<graph edgedefault="directed"><node id="n%d::a"/></graph>' % i
                 if draw(st.booleans()) else "")
        nodes.append(f'<node id="n{i}"><data key="d">{draw(st.sampled_from(shapes))}</data>'
                     f"{inner}</node>")
    ends = st.sampled_from(["n0", "n1", "n0::a", "zz", ""])
    edges = "".join(f'<edge source="{draw(ends)}" target="{draw(ends)}"><data key="e">'
                    f"<y:PolyLineEdge><y:EdgeLabel>{draw(st.sampled_from(LABELS + ['0.5']))}"
                    "</y:EdgeLabel></y:PolyLineEdge></data></edge>"
                    for _ in range(draw(st.integers(0, 3))))
    depth = draw(st.sampled_from([0, 0, 300]))
    text = ('<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing'
            f'.org/xmlns" xmlns:y="{y}" xmlns:yl="{yl}"><key id="d" for="node" '
            'yfiles.type="nodegraphics"/><key id="e" for="edge" yfiles.type="edgegraphics"/>'
            '<graph edgedefault="directed">' + "".join(nodes) + edges + "<data key='d'>"
            + "<y:x>" * depth + "</y:x>" * depth + "</data></graph></graphml>")
    encoding = draw(st.sampled_from(["utf-8", "shift_jis", "latin-1", "x-bogus"]))
    if encoding != "utf-8":
        text = text.replace('encoding="UTF-8"', f'encoding="{encoding}"')
    data = text.encode("utf-8" if encoding == "x-bogus" else encoding, "replace")
    cut = draw(st.sampled_from([None, None, None, 0.5]))
    return "map.graphml", data[:int(len(data) * cut)] if cut else data


@st.composite
def gexf_files(draw):
    """GEXF with positions, weights and attributes of any spelling, nesting and ends."""
    number = st.sampled_from(NUMBERS)
    ids = st.sampled_from(["a", "b", "", "a b", "zz"])
    nodes = "".join(f'<node id="{draw(ids)}" label="{draw(st.sampled_from(LABELS))}">'
                    f'<viz:position x="{draw(number)}" y="{draw(number)}"/></node>'
                    for _ in range(draw(st.integers(0, 4))))
    edges = "".join(f'<edge id="{draw(st.sampled_from(["e1", "", "7"]))}" source="{draw(ids)}" '
                    f'target="{draw(ids)}" weight="{draw(number)}" type="'
                    f'{draw(st.sampled_from(["directed", "undirected", "mutual", "x"]))}"/>'
                    for _ in range(draw(st.integers(0, 4))))
    nested = draw(st.sampled_from(["", '<node id="g" label="G"><nodes><node id="g1"/></nodes>'
                                       "</node>", "".join(f"<node id='d{i}'><nodes>" for i in range(300))
                                   + "</nodes></node>" * 300]))
    text = ('<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" '
            'xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="'
            f'{draw(st.sampled_from(["directed", "undirected"]))}"><nodes>{nodes}{nested}'
            f"</nodes><edges>{edges}</edges></graph></gexf>")
    return "map.gexf", text.encode("utf-8")


inputs = st.one_of(csv_files(), workbooks(), mental_modeler_files(), graphml_files(),
                   yed_files(), gexf_files())


def check_one(name: str, data: bytes, nodes: tuple[str, bytes] | None = None) -> str:
    """'accepted' or 'refused'; fails the test on anything else. ``nodes`` is a nodes
    table's name and bytes, imported with the file (as Gephi's two tables are)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        nodes_path = None
        if nodes is not None:
            nodes_path = Path(folder) / nodes[0]
            nodes_path.write_bytes(nodes[1])
        imported, error, peak, seconds = measured(
            lambda: import_model(path, nodes=nodes_path), LoadError)
    assert peak < MEMORY_CAP, peak
    kind = name.rsplit(".", 1)[1]
    if error is not None:
        message = str(error)
        message.encode("utf-8")                     # printable anywhere
        assert error.source in (name, nodes and nodes[0]), message   # names the file
        assert error.problems and all(str(p).strip() for p in error.problems), message
        assert len(message) < 20_000
        outcome = "refused"
    else:
        model = imported.model
        assert loads(dumps(model)) == model         # what imports, saves and loads back
        assert "None" not in {n.label for n in model.nodes}
        outcome = "accepted"
    tally(f"import {kind}").add(outcome, peak=peak, seconds=seconds)
    return outcome


@settings(max_examples=FUZZ_SHORT, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.too_slow])
@given(inputs)
def test_every_import_format_accepts_or_refuses_with_a_place(case):
    check_one(*case)


@pytest.mark.slow
@long_run
@settings(max_examples=FUZZ_LONG, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.too_slow])
@given(inputs)
def test_every_import_format_accepts_or_refuses_with_a_place_long(case):
    check_one(*case)
