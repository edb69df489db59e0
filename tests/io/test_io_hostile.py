"""Hostile files: zip bombs, entity expansion, formulas, oversized sheets. All refused, located,
quickly and with bounded memory, and nothing is half-imported."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile

import openpyxl
import openpyxl.styles
import pytest

from io_helpers import cells, quote_prefixed_styles, rewrite_part
from windtunnel.errors import LoadError
from windtunnel.io import (Limits, import_model, model_workbook_bytes, read_workbook,
                           write_model_workbook)

LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1
                                                    else b"&lol;") * 10)
                     for i in range(1, 10))
          + b"]>\n")


def _sheet_part(data: bytes, title: str = "Edges") -> str:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    index = book.sheetnames.index(title)
    book.close()
    return f"xl/worksheets/sheet{index + 1}.xml"


@pytest.fixture
def workbook(small_model) -> bytes:
    return model_workbook_bytes(small_model)


def _write(tmp_path, data: bytes, name: str = "hostile.xlsx"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _bomb(data: bytes, part: str, megabytes: int) -> bytes:
    """Replace ``part`` by a highly repetitive sheet of ``megabytes`` MB, streamed."""
    out = io.BytesIO()
    row = b'<row><c t="inlineStr"><is><t>' + b"a" * 200 + b"</t></is></c></row>"
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            if info.filename != part:
                target.writestr(info.filename, source.read(info.filename))
                continue
            with target.open(info.filename, "w", force_zip64=True) as handle:
                handle.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/'
                             b'spreadsheetml/2006/main"><sheetData>')
                chunk = row * (2**20 // len(row))
                for _ in range(megabytes):
                    handle.write(chunk)
                handle.write(b"</sheetData></worksheet>")
    return out.getvalue()


def test_zip_bomb_is_refused_from_the_directory_with_bounded_memory(tmp_path, workbook):
    data = _bomb(workbook, _sheet_part(workbook), 40)
    assert len(data) < 2 * 2**20  # a small file that unpacks to 40 MB
    path = _write(tmp_path, data)
    tracemalloc.start()
    with pytest.raises(LoadError) as caught:
        import_model(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    message = str(caught.value)
    assert "hostile.xlsx" in message and "zip bomb" in message
    assert "xl/worksheets/sheet" in message
    assert peak < len(data) * 3 + 8 * 2**20  # never unpacked


def test_parts_past_the_size_limit_are_refused(tmp_path, workbook):
    path = _write(tmp_path, workbook)
    with pytest.raises(LoadError, match="unpacks to .* the limit is 0 MB"):
        read_workbook(path, limits=Limits(part_bytes=1000))


def test_a_lying_declared_size_cannot_inflate_memory(tmp_path, workbook):
    part = _sheet_part(workbook).encode()
    data = bytearray(_bomb(workbook, part.decode(), 20))
    # Declare the 20 MB part as 2,000 bytes in the central directory and the local header.
    at = data.find(b"PK\x01\x02" + data[data.find(b"PK\x01\x02") + 4:][:0])
    while at != -1:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + name_length]) == part:
            struct.pack_into("<I", data, at + 24, 2000)
            extra = struct.unpack_from("<H", data, at + 30)[0]
            local = struct.unpack_from("<I", data, at + 42)[0]
            if local == 0xFFFFFFFF or extra:  # zip64: sizes live in the extra field
                field = at + 46 + name_length
                struct.pack_into("<Q", data, field + 4, 2000)
            break
        at = data.find(b"PK\x01\x02", at + 4)
    path = _write(tmp_path, bytes(data))
    tracemalloc.start()
    with pytest.raises(LoadError) as caught:
        import_model(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "hostile.xlsx" in str(caught.value)
    assert peak < 64 * 2**20


@pytest.mark.parametrize("part", ["xl/workbook.xml", "sheet"])
def test_billion_laughs_workbook_is_refused(tmp_path, workbook, part):
    name = _sheet_part(workbook) if part == "sheet" else part
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        original = archive.read(name)
    body = original.split(b"?>", 1)[-1] if original.startswith(b"<?xml") else original
    hostile = LAUGHS + body.replace(b"<sheetData>", b"<sheetData>&lol9;", 1)
    path = _write(tmp_path, rewrite_part(workbook, name, hostile))
    with pytest.raises(LoadError) as caught:
        import_model(path)
    message = str(caught.value)
    assert "hostile.xlsx" in message and "DTD" in message and name in message


def test_entities_hidden_after_a_long_comment_are_still_refused(tmp_path, workbook):
    name = _sheet_part(workbook)
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        body = archive.read(name).split(b"?>", 1)[-1]
    hostile = (b'<?xml version="1.0"?>\n<!--' + b"x" * 10_000 + b"-->\n"
               + LAUGHS.split(b"\n", 1)[1] + body.replace(b"<sheetData>", b"<sheetData>&lol9;"))
    path = _write(tmp_path, rewrite_part(workbook, name, hostile))
    with pytest.raises(LoadError, match=f"hostile.xlsx: part {name}: declares a DTD"):
        import_model(path)


def test_defusedxml_is_the_second_line_behind_the_dtd_scan(tmp_path, workbook, monkeypatch):
    from windtunnel.io.xlsx import archive as tables

    monkeypatch.setattr(tables, "_declares_dtd", lambda archive, info: False)
    name = _sheet_part(workbook)
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        body = archive.read(name).split(b"?>", 1)[-1]
    hostile = LAUGHS + body.replace(b"<sheetData>", b"<sheetData>&lol9;")
    path = _write(tmp_path, rewrite_part(workbook, name, hostile))
    with pytest.raises(LoadError, match="hostile.xlsx.*refused unsafe XML"):
        import_model(path)


def test_the_shared_strings_parser_refuses_entities_behind_the_scan_too(tmp_path, workbook,
                                                                        monkeypatch):
    from windtunnel.io.xlsx import archive as tables

    monkeypatch.setattr(tables, "_declares_dtd", lambda archive, info: False)
    hostile = LAUGHS + (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                        b'main"><si><t>&lol9;</t></si></sst>')
    path = _write(tmp_path, rewrite_part(workbook, "xl/sharedStrings.xml", hostile))
    with pytest.raises(LoadError, match="hostile.xlsx: part xl/sharedStrings.xml: refused "
                                        "unsafe XML"):
        import_model(path)


@pytest.mark.parametrize("suffix, body", [
    (".mmp", b"<mentalModeler><concepts>&lol9;</concepts></mentalModeler>"),
    (".graphml", b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>&lol9;'
                 b"</graph></graphml>"),
])
def test_billion_laughs_in_xml_imports_is_refused(tmp_path, suffix, body):
    path = _write(tmp_path, LAUGHS + body, "laughs" + suffix)
    with pytest.raises(LoadError, match="laughs.*unsafe XML") as refused:
        import_model(path)
    assert "DTD or entity declaration" in str(refused.value)
    assert "Forbidden" not in str(refused.value)      # no class name of the parser's


#: An external entity that would read a file of the user's into a label, and a DTD fetched
#: from the network: no import reads either (no network, no file but the one named).
_SECRET = "s3cret-of-the-user"
_OUTSIDE = [b'<!DOCTYPE x [<!ENTITY ext SYSTEM "file://{secret}">]>',
            b'<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">']


@pytest.mark.parametrize("outside", _OUTSIDE, ids=["external entity", "external DTD"])
@pytest.mark.parametrize("suffix, body", [
    (".mmp", b"<mentalModeler><concepts><concept><id>1</id><name>&ext;</name></concept>"
             b"</concepts></mentalModeler>"),
    (".graphml", b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>'
                 b'<node id="a"><data key="label">&ext;</data></node></graph></graphml>'),
    (".gexf", b'<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>'
              b'<node id="a" label="&ext;"/></nodes></graph></gexf>'),
    (".xlsx", b"sheet"),
])
def test_xml_naming_a_file_or_a_dtd_outside_is_refused_unread(tmp_path, workbook, outside,
                                                               suffix, body):
    secret = tmp_path / "secret.txt"
    secret.write_text(_SECRET, encoding="utf-8")
    prolog = b'<?xml version="1.0"?>\n' + outside.replace(b"{secret}", str(secret).encode())
    if suffix == ".xlsx":
        name = _sheet_part(workbook)
        with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
            sheet = archive.read(name).split(b"?>", 1)[-1]
        data = rewrite_part(workbook, name, prolog + sheet.replace(
            b"<sheetData>", b'<sheetData><row r="99"><c t="inlineStr"><is><t>&ext;</t></is>'
                            b"</c></row>", 1))
    else:
        data = prolog + body
    path = _write(tmp_path, data, "outside" + suffix)
    with pytest.raises(LoadError) as caught:
        import_model(path)
    message = str(caught.value)
    assert message.startswith("outside" + suffix) and "DTD" in message
    assert _SECRET not in message


def _edges_workbook(tmp_path, rows, name="edges.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Edges"
    sheet.append(["From", "To", "Weight", "Rationale"])
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_formula_where_a_number_belongs_is_refused_and_located(tmp_path):
    path = _edges_workbook(tmp_path, [["a", "b", 0.5, "ok"], ["b", "c", "=0.2*2", "x"]])
    with pytest.raises(LoadError) as caught:
        import_model(path)
    message = str(caught.value)
    assert "edges.xlsx" in message
    assert "sheet Edges, row 3, column Weight" in message and "formula" in message


def test_error_cells_are_refused_and_located(tmp_path):
    path = _edges_workbook(tmp_path, [["a", "b", "#REF!", "x"]])
    book = openpyxl.load_workbook(path)
    book["Edges"]["C2"].data_type = "e"
    book.save(path)
    with pytest.raises(LoadError, match=r"sheet Edges, row 2, column Weight.*#REF!"):
        import_model(path)


def test_formula_text_becomes_inert_and_never_round_trips_as_a_formula(tmp_path):
    path = _edges_workbook(tmp_path, [["a", "b", 0.5, '=HYPERLINK("http://evil","x")']])
    imported = import_model(path)
    edge = imported.model.edge("a", "b")
    assert edge.rationale == '=HYPERLINK("http://evil","x")'
    assert any("formula" in n.message and "row 2" in n.location for n in imported.notes)
    out = tmp_path / "again.xlsx"
    write_model_workbook(imported.model, out)
    data = out.read_bytes()
    found = cells(data, "Edges")
    kind, style, text = found["H2"]
    assert kind == "inlineStr" and text.startswith("=HYPERLINK")
    assert style in quote_prefixed_styles(data)
    assert not any(k == "formula" for k, _s, _t in found.values())


def test_row_column_and_text_limits_name_the_place(tmp_path):
    path = _edges_workbook(tmp_path, [["a", "b", 0.1, ""]] * 3 + [["a", "c", 0.1, "y" * 50]])
    with pytest.raises(LoadError, match=r"edges.xlsx: sheet Edges, row 4: .*more than 2 data"):
        read_workbook(path, limits=Limits(rows=2))
    with pytest.raises(LoadError, match=r"sheet Edges, row 1, column D: is past the limit of 3"):
        read_workbook(path, limits=Limits(columns=3))
    with pytest.raises(LoadError, match=r"sheet Edges, row 5, column D: holds 50 characters"):
        read_workbook(path, limits=Limits(cell_text=40))


def test_empty_cells_past_the_column_limit_are_passed_over(tmp_path):
    """Formatting a whole row leaves styled cells without a value out to column XFD (and
    a stray space may sit there): the file was refused as "past the limit of 2,000
    columns" though nothing is there; a value there still is."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Edges"
    for row in (["From", "To", "Weight"], ["a", "b", 0.5]):
        sheet.append(row)
    sheet.cell(row=1, column=16_384).font = openpyxl.styles.Font(bold=True)
    sheet.cell(row=2, column=16_384).value = " "
    path = tmp_path / "formatted.xlsx"
    book.save(path)
    model = import_model(path).model
    assert [(e.source, e.target, e.weight) for e in model.edges] == [("a", "b", 0.5)]
    sheet.cell(row=2, column=16_384).value = "x"
    book.save(path)
    with pytest.raises(LoadError, match=r"sheet Edges, row 2, column XFD: is past the limit "
                                        r"of 2,000 columns"):
        import_model(path)


def test_too_many_parts_and_non_workbooks_are_refused(tmp_path, workbook):
    path = _write(tmp_path, workbook)
    with pytest.raises(LoadError, match="parts; a workbook has at most 3"):
        read_workbook(path, limits=Limits(parts=3))
    with pytest.raises(LoadError, match="not.xlsx: not an .xlsx workbook"):
        read_workbook(_write(tmp_path, b"From,To\na,b\n", "not.xlsx"))
    with pytest.raises(LoadError, match=r"old binary Excel file \(.xls\)"):
        read_workbook(_write(tmp_path, b"\xd0\xcf\x11\xe0" + b"\0" * 100, "old.xlsx"))


def test_a_lying_dimension_does_not_pad_rows(tmp_path, workbook):
    name = _sheet_part(workbook)
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        body = archive.read(name)
    import re

    body = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', body)
    path = _write(tmp_path, rewrite_part(workbook, name, body))
    tables = read_workbook(path)
    assert len(tables["Edges"].rows) == 3 and len(tables["Edges"].header) == 9


def test_a_refused_import_changes_nothing(tmp_path, small_model):
    path = _edges_workbook(tmp_path, [["a", "b", 0.5, ""], ["b", "a", "strong", ""]])
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert "sheet Edges, row 3" in str(caught.value) and "'strong'" in str(caught.value)


@pytest.mark.parametrize("fmt", [None, "csv", "workbook"])
def test_an_export_to_an_empty_name_is_refused_and_writes_nothing(tmp_path, monkeypatch, fmt):
    """An empty name is the current folder to ``Path``: CSV tables were written there."""
    from windtunnel.errors import SaveError
    from windtunnel.io import export_model
    from windtunnel.model import Model, Node

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SaveError, match="the output name is empty; nothing was written"):
        export_model(Model.from_elements(nodes=[Node("a", "A")]), "", format=fmt)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["workbook", "graphml", "matrix", "csv"])
def test_an_export_never_replaces_a_model_file(tmp_path, fmt):
    """``export --format workbook -o plan.wtm`` replaced the model with a workbook."""
    from windtunnel.errors import SaveError
    from windtunnel.io import export_model
    from windtunnel.model import Model, Node, load, save

    model = Model.from_elements(nodes=[Node("a", "A")])
    path = tmp_path / "plan.WTM"
    save(model, path)
    before = path.read_bytes()
    with pytest.raises(SaveError, match=r"plan.WTM: an export is not a model file"):
        export_model(model, path, format=fmt)
    (tmp_path / "link.xlsx").symlink_to(path)
    with pytest.raises(SaveError, match=r"link.xlsx: an export is not a model file"):
        export_model(model, tmp_path / "link.xlsx", format=fmt)
    assert path.read_bytes() == before and load(path) == model
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.xlsx", "plan.WTM"]


@pytest.mark.parametrize("fmt, name", [("workbook", "m.xlsx"), ("graphml", "m.graphml"),
                                       ("matrix", "m.csv"), ("csv", "tables")])
def test_an_export_without_force_replaces_no_file(tmp_path, fmt, name):
    """``force=False`` (the command line without --force) refuses a file the export would
    replace, named, before anything is written; a new name is written."""
    from windtunnel.errors import SaveError
    from windtunnel.io import export_model
    from windtunnel.model import Model, Node

    model = Model.from_elements(nodes=[Node("a", "A")])
    path = tmp_path / name
    first = export_model(model, path, format=fmt, force=False)
    before = {p: p.read_bytes() for p in first}
    replaced = first[0]
    with pytest.raises(SaveError, match=f"{replaced.name} exists; use --force to replace it"):
        export_model(model, path, format=fmt, force=False)
    assert {p: p.read_bytes() for p in first} == before
    assert export_model(model, path, format=fmt) == first


def test_the_matrix_notes_name_the_edges_of_weight_0_as_the_matrix_names_their_nodes():
    """Labels when unique, ids otherwise, as the matrix writes them; none without such
    an edge."""
    from windtunnel.io.matrix import matrix_notes, model_to_matrix
    from windtunnel.model import Edge, Model, Node

    nodes = [Node("a", "Tax"), Node("b", "Tax"), Node("c", "Use")]
    model = Model.from_elements(nodes=nodes, edges=[Edge("a", "c", -0.0), Edge("c", "b", 0.4)])
    assert matrix_notes(model) == ["left out 1 edge of weight 0, which a matrix cannot tell "
                                   "from no edge: 'a' \u2192 'c' (export a workbook or CSV "
                                   "tables to keep every edge)"]
    header, rows = model_to_matrix(model)
    assert header[1:] == ["a", "b", "c"] and rows[2][2] == 0.4
    assert matrix_notes(Model.from_elements(nodes=nodes, edges=[Edge("c", "b", 0.4)])) == []


def test_csv_tables_that_cannot_all_be_written_leave_the_folder_as_it_was(tmp_path,
                                                                         monkeypatch):
    """A full disk on the third table: before, the first two were replaced and the rest
    stayed from the earlier export, a set that re-imports as a model nobody made."""
    import errno

    from windtunnel.errors import SaveError
    from windtunnel.io import export_model
    from windtunnel.model import Edge, Model, Node, atomic

    old = Model.from_elements(nodes=[Node("a", "A"), Node("b", "B")],
                              edges=[Edge("a", "b", 0.5)])
    new = Model.from_elements(nodes=[Node("x", "X"), Node("y", "Y")],
                              edges=[Edge("y", "x", -0.5)])
    folder = tmp_path / "tables"
    export_model(old, folder, format="csv")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    real, calls = atomic._write_temp, []

    def full_on_the_third(folder, name, data):
        calls.append(name)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(folder, name, data)

    monkeypatch.setattr(atomic, "_write_temp", full_on_the_third)
    with pytest.raises(SaveError, match="could not write .No space left on device"):
        export_model(new, folder, format="csv")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    calls.clear()
    with pytest.raises(SaveError):
        export_model(new, tmp_path / "fresh", format="csv")
    assert not (tmp_path / "fresh").exists()


@pytest.mark.parametrize("line", [b"a" * 40_000, b'"' + b"a" * 40_000 + b'"',
                                  b"source,target\n'x," + b"b" * 40_000])
def test_a_cell_longer_than_a_cell_may_be_is_named_in_the_products_words(line):
    """Not the CSV reader's own "field larger than field limit (32768)"."""
    from windtunnel.io.csv import parse_csv

    with pytest.raises(LoadError) as caught:
        parse_csv(line)
    assert str(caught.value).endswith("a cell holds more than 32,767 characters, the most a "
                                      "cell may hold")


def test_a_nul_byte_in_a_csv_file_is_refused_at_its_line(tmp_path):
    """A NUL byte (a binary file saved as .csv, a database's export) was refused without a
    place: the refusal names the line of the first one."""
    path = tmp_path / "edges.csv"
    path.write_bytes(b"Source,Target,Weight\nTax,Demand,0.5\nDemand,Pri\x00ce,-0.3\n")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert str(refused.value) == ("edges.csv: line 3: the file holds NUL bytes: it is not a "
                                  "text (CSV) file")
