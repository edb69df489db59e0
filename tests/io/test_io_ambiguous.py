"""Files whose meaning an import could get wrong without a word: each is read faithfully
(with a note when something was interpreted) or refused with a message naming the file and
the place. Never a silently different model, never a traceback."""

from __future__ import annotations

import io
import re
import time
import zipfile

import openpyxl
import pytest

from io_helpers import rewrite_part, write_workbook
from windtunnel.errors import LoadError
from windtunnel.io import import_model, matrix as matrix_module, parse_csv
from windtunnel.io.tables import Limits


def _book(tmp_path, sheets: dict[str, list[list]], name: str = "book.xlsx"):
    return write_workbook(tmp_path / name, sheets)


def _refusal(path, **options) -> str:
    with pytest.raises(LoadError) as caught:
        import_model(path, **options)
    return str(caught.value)


NODES = [["ID", "Label"], ["tax", "Tax"], ["jobs", "Jobs"]]


# -- sheets ---------------------------------------------------------------------------------

def test_a_second_edge_sheet_is_refused_naming_both(tmp_path):
    path = _book(tmp_path, {"Nodes": NODES, "Edges": [["Source", "Target", "Weight"],
                                                      ["tax", "jobs", 0.5]],
                            "Links": [["Source", "Target", "Weight"], ["jobs", "tax", -0.5]]})
    message = _refusal(path)
    assert "book.xlsx" in message and "'Edges'" in message and "'Links'" in message


def test_an_empty_second_edge_sheet_does_not_count(tmp_path):
    path = _book(tmp_path, {"Nodes": NODES, "Edges": [["Source", "Target", "Weight"],
                                                      ["tax", "jobs", 0.5]], "Links": []})
    assert [(e.source, e.target) for e in import_model(path).model.edges] == [("tax", "jobs")]


def test_two_sheets_of_one_name_are_refused(tmp_path):
    path = _book(tmp_path, {"Nodes": NODES, "Edges": [["Source", "Target"], ["tax", "jobs"]],
                            "Other": [["Source", "Target"], ["jobs", "tax"]]})
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        workbook = archive.read("xl/workbook.xml")
    path.write_bytes(rewrite_part(data, "xl/workbook.xml",
                                  workbook.replace(b'name="Other"', b'name="EDGES"')))
    message = _refusal(path)
    assert "sheets 2 and 3" in message and "'EDGES'" in message


def test_an_encrypted_workbook_is_named_as_such(tmp_path):
    # the start of an OLE compound file and the stream an encrypted workbook keeps in it
    data = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000
            + "EncryptedInfo".encode("utf-16-le") + b"\x00" * 50
            + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1000)
    path = tmp_path / "secret.xlsx"
    path.write_bytes(data)
    message = _refusal(path)
    assert "secret.xlsx" in message and "encrypted" in message and ".xls)" not in message


# -- names that fit several nodes -------------------------------------------------------------

def test_labels_differing_only_by_case_never_make_a_phantom_node(tmp_path):
    path = _book(tmp_path, {"Nodes": [["ID", "Label"], ["a", "Tax"], ["b", "TAX"], ["c", "Jobs"]],
                            "Edges": [["Source", "Target"], ["Tax", "Jobs"], ["TAX", "jobs"],
                                      ["tax", "Jobs"]]})
    message = _refusal(path)
    assert "row 4" in message and "'tax' names 2 nodes" in message
    assert "write the node's id" in message


def test_exact_labels_win_and_a_case_match_is_noted(tmp_path):
    path = _book(tmp_path, {"Nodes": [["ID", "Label"], ["a", "Tax"], ["b", "TAX"], ["c", "Jobs"]],
                            "Edges": [["Source", "Target"], ["Tax", "jobs"], ["TAX", "Jobs"]]})
    imported = import_model(path)
    assert {(e.source, e.target) for e in imported.model.edges} == {("a", "c"), ("b", "c")}
    assert len(imported.model.nodes) == 3
    assert any("'jobs' as 'Jobs'" in str(n) for n in imported.notes)


def test_edges_only_names_differing_by_case_become_one_node_with_a_note(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text("Source,Target\nTax,Jobs\ntax,Growth\n", encoding="utf-8")
    imported = import_model(path)
    assert sorted(n.label for n in imported.model.nodes) == ["Growth", "Jobs", "Tax"]
    assert any("'tax' as 'Tax'" in str(n) for n in imported.notes)


# -- cells ------------------------------------------------------------------------------------

def test_a_formula_in_a_tags_cell_is_refused_not_split_into_tags(tmp_path):
    path = _book(tmp_path, {"Nodes": [["ID", "Label", "Tags"], ["tax", "Tax", "=A1|B1;C1"],
                                      ["jobs", "Jobs", "plain"]]})
    message = _refusal(path)
    assert "sheet Nodes, row 2, column Tags" in message and "formula" in message


def test_an_error_value_in_a_text_column_is_refused(tmp_path):
    path = _book(tmp_path, {"Nodes": NODES + [["gdp", "#REF!"]]})
    book = openpyxl.load_workbook(path)
    book["Nodes"]["B4"].data_type = "e"
    book.save(path)
    message = _refusal(path)
    assert "row 4, column Label" in message and "#REF!" in message


def test_a_formula_in_a_text_column_stays_inert_text_with_a_note(tmp_path):
    path = _book(tmp_path, {"Nodes": NODES + [["gdp", '=HYPERLINK("http://x","GDP")']]})
    imported = import_model(path)
    assert imported.model.node("gdp").label == '=HYPERLINK("http://x","GDP")'
    assert any("row 4" in str(n) and "formula" in str(n) for n in imported.notes)


@pytest.mark.parametrize("text", ["0.2_5", "1_0", "nan", "Infinity", "\u0661\u0662", "0x10",
                                  "1e99999"])
def test_numbers_python_reads_but_no_spreadsheet_writes_are_refused(tmp_path, text):
    path = tmp_path / "edges.csv"
    path.write_text(f"Source,Target,Weight\na,b,{text}\n", encoding="utf-8")
    message = _refusal(path)
    assert "edges.csv" in message and "row 2, column Weight" in message


def test_ordinary_number_spellings_still_read(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text("Source;Target;Weight\na;b;0,5\nb;c;-.25\nc;d;5e-1\nd;e;50%\n",
                    encoding="utf-8")
    weights = [e.weight for e in import_model(path).model.edges]
    assert weights == [0.5, -0.25, 0.5, 0.5]


# -- encodings --------------------------------------------------------------------------------

def test_one_cp1252_byte_in_a_utf8_file_is_refused_with_its_line(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_bytes("Source,Target\nCaf\u00e9,Jobs\n".encode("utf-8")
                     + "Na\u00efve,Jobs\n".encode("cp1252"))
    message = _refusal(path)
    assert "edges.csv" in message and "line 3, byte 3" in message and "0xEF" in message
    assert "UTF-8" in message


def test_a_windows_1252_file_still_reads(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_bytes("Source,Target\nCaf\u00e9,Na\u00efve\n".encode("cp1252"))
    assert sorted(n.label for n in import_model(path).model.nodes) == ["Caf\u00e9", "Na\u00efve"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_csv_files_read_like_utf8_ones(tmp_path, encoding):
    path = tmp_path / "edges.csv"
    path.write_bytes("Source\tTarget\tWeight\nCaf\u00e9\tJobs \u2713\t0.5\n".encode(encoding))
    model = import_model(path).model
    assert sorted(n.label for n in model.nodes) == ["Caf\u00e9", "Jobs \u2713"]
    assert [e.weight for e in model.edges] == [0.5]


# -- sizes ------------------------------------------------------------------------------------

def test_a_matrix_of_too_many_edges_is_refused_before_its_cells_are_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(matrix_module, "LIMITS", Limits(edges=50))
    names = [f"c{i}" for i in range(10)]
    rows = ["," + ",".join(names)] + [n + "," + ",".join("0.1" if j != i else "0"
                                                         for j in range(10))
                                      for i, n in enumerate(names)]
    path = tmp_path / "matrix.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    message = _refusal(path)
    assert "matrix.csv" in message and "10 x 10 matrix has 90 filled cells" in message
    assert "at most 50 edges" in message


def test_a_sparse_matrix_within_the_edge_limit_imports(tmp_path, monkeypatch):
    monkeypatch.setattr(matrix_module, "LIMITS", Limits(edges=50))
    names = [f"c{i}" for i in range(10)]
    rows = ["," + ",".join(names)] + [n + "," + ",".join("0.1" if j == (i + 1) % 10 else "0"
                                                         for j in range(10))
                                      for i, n in enumerate(names)]
    path = tmp_path / "matrix.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert len(import_model(path).model.edges) == 10


def test_a_sheet_over_the_cell_limit_is_refused_at_its_row():
    data = ("\n".join(",".join(["1"] * 100) for _ in range(100)) + "\n").encode()
    with pytest.raises(LoadError) as caught:
        parse_csv(data, limits=Limits(cells=5_000))
    assert re.search(r"row 51\b.*more than 5,000 cells", str(caught.value))


@pytest.mark.slow
def test_a_1999_square_matrix_is_refused_in_seconds(tmp_path):
    names = [f"c{i}" for i in range(1_999)]
    with open(tmp_path / "matrix.csv", "w", encoding="utf-8") as handle:
        handle.write("," + ",".join(names) + "\n")
        for i, name in enumerate(names):
            handle.write(name + "," + ",".join("0.1" if j != i else "0"
                                               for j in range(1_999)) + "\n")
    started = time.perf_counter()
    message = _refusal(tmp_path / "matrix.csv")
    elapsed = time.perf_counter() - started
    assert "3,994,002 filled cells" in message
    print(f"refused in {elapsed:.1f} s")


# -- damaged sheet XML ------------------------------------------------------------------------

SHEET = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Source</t></is></c>'
         '<c r="B1" t="inlineStr"><is><t>Target</t></is></c>'
         '<c r="C1" t="inlineStr"><is><t>Weight</t></is></c></row>{rows}</sheetData></worksheet>')


def _damaged(tmp_path, rows: str, styles: bytes | None = None):
    path = _book(tmp_path, {"Edges": [["x"]]})
    data = rewrite_part(path.read_bytes(), "xl/worksheets/sheet1.xml",
                        SHEET.format(rows=rows).encode())
    if styles is not None:
        data = rewrite_part(data, "xl/styles.xml", styles)
    path.write_bytes(data)
    return path


def _edge_row(weight_cell: str, r: str = "2") -> str:
    return (f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>a</t></is></c>'
            f'<c r="B{r}" t="inlineStr"><is><t>b</t></is></c>{weight_cell}</row>')


@pytest.mark.parametrize("cell, words", [
    ('<c r="C2"><v>' + "9" * 400 + "</v></c>", "not a finite number"),
    ('<c r="C2"><v>' + "9" * 5000 + "</v></c>", "not a finite number"),
    ('<c r="C2"><v>1_0</v></c>', "holds '1_0' in a cell the workbook marks as a number: the "
                                 "workbook is damaged"),
    ('<c r="C2"><v>abc</v></c>', "holds 'abc' in a cell the workbook marks as a number"),
    ('<c r="C2" t="b"><v>2</v></c>', "holds '2' in a cell the workbook marks as TRUE or FALSE"),
    ('<c r="C2"><v>NaN</v></c>', "'NaN' is not a number"),      # quoted as written, not
    ('<c r="C2"><v>-1E400</v></c>', "-1E400 is not a finite number"),   # "nan" or "-inf"
])
def test_numbers_no_double_holds_are_refused_at_their_cell(tmp_path, cell, words):
    message = _refusal(_damaged(tmp_path, _edge_row(cell)))
    assert "book.xlsx" in message and "row 2, column Weight" in message and words in message


def test_a_row_number_of_5000_digits_is_refused(tmp_path):
    message = _refusal(_damaged(tmp_path, _edge_row('<c r="C2"><v>0.5</v></c>', "9" * 5000)))
    assert "book.xlsx" in message and "a row number '99999999999999999999...'" in message


def test_a_million_letter_cell_reference_is_refused_at_once(tmp_path):
    started = time.perf_counter()
    message = _refusal(_damaged(tmp_path, _edge_row('<c r="' + "A" * 1_000_000
                                                    + '2"><v>0.5</v></c>')))
    assert "past the limit of 2,000 columns" in message
    assert time.perf_counter() - started < 30        # it took minutes, letter by letter


def test_nan_in_a_date_cell_and_a_non_numeric_format_id_do_not_break_the_read(tmp_path):
    styles = (b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              b'<numFmts count="1"><numFmt numFmtId="abc" formatCode="yyyy-mm-dd"/></numFmts>'
              b'<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="x1"/>'
              b'</cellXfs></styleSheet>')
    path = _damaged(tmp_path, _edge_row('<c r="C2" s="1"><v>NaN</v></c>')
                    + _edge_row('<c r="C3" s="2"><v>0.5</v></c>', "3"), styles)
    message = _refusal(path)
    assert "row 2, column Weight: 'NaN' is not a number" in message


def test_a_whole_number_past_a_double_is_a_cell_problem_not_an_overflow():
    from windtunnel.io import values

    with pytest.raises(values.CellProblem, match="about 401 digits"):
        values.number(10**400)


def test_the_layout_of_a_huge_import_stays_within_the_coordinates_a_model_holds():
    from windtunnel.io.tabular import placed
    from windtunnel.model import Node
    from windtunnel.model.vocabulary import MAX_COORDINATE

    nodes = [Node(f"n{i}", f"N{i}") for i in range(50_000)]
    positions = [n.position for n in placed(nodes, [])]
    assert max(max(abs(x), abs(y)) for x, y in positions) <= MAX_COORDINATE
    assert len(set(positions)) == len(nodes)          # spread out, not piled up


@pytest.mark.slow
def test_a_results_workbook_of_250_scenarios_imports_back(tmp_path):
    from windtunnel.engine import run
    from windtunnel.io import write_results_workbook
    from windtunnel.model import Edge, Intervention, Model, Node, Scenario, Settings

    model = Model.from_elements(
        title="Many", settings=Settings(steps=4),
        nodes=[Node("a", "A", kind="restriction"), Node("b", "B")], edges=[Edge("a", "b", 0.5)],
        scenarios=[Scenario(f"s{i}", f"Scenario {i}", interventions=(
            Intervention("a", value=i / 250),)) for i in range(250)])
    path = tmp_path / "results.xlsx"
    write_results_workbook(run(model), model, path)
    book = openpyxl.load_workbook(path, read_only=True)
    assert len(book.sheetnames) > 250
    assert [s.id for s in import_model(path).model.scenarios] == [f"s{i}" for i in range(250)]


def test_a_type_column_without_a_weight_column_and_a_blank_type_gets_the_default(tmp_path):
    """Found by the import fuzzer: the note about blank weights named a Weight column the
    table does not have."""
    path = tmp_path / "edges.csv"
    path.write_text("From,To,Type\na,b\n", encoding="utf-8")
    imported = import_model(path)
    assert [e.weight for e in imported.model.edges] == [0.5]
    assert any("no weight" in n.message for n in imported.notes)


def test_names_that_differ_only_in_unicode_form_are_one_node(tmp_path):
    """"Café" with its accent as one character and as two (as macOS writes it) look the
    same and are the same text: they made two nodes of one visible label, and an edge
    from the one to the other a loop no one drew."""
    from windtunnel.io import import_model

    composed, decomposed = "Caf\u00e9", "Cafe\u0301"
    edges = tmp_path / "edges.csv"
    edges.write_text(f"source,target,weight\n{composed},Ban,0.5\nＢＡＮ,{decomposed},-0.4\n",
                     encoding="utf-8")
    imported = import_model(edges)
    assert sorted(n.label for n in imported.model.nodes) == ["Ban", composed]
    assert {(e.source, e.target) for e in imported.model.edges} == {
        ("cafe", "ban"), ("ban", "cafe")}
    said = [str(n) for n in imported.notes]
    # what differs is said: not "case" for an accent written apart or full-width letters
    assert any(f"1 name in the edges matched a node whose label differs only in how accents "
               f"are written (as part of the letter or as a character of their own): "
               f"{decomposed!r} as {composed!r}" in note for note in said)
    assert any("1 name in the edges matched a node whose label differs only in case and "
               "letter width (full-width or normal-width): 'ＢＡＮ' as 'Ban'" in note
               for note in said)
    assert not any("only by case" in note for note in said)
    edges.write_text(f"source,target,weight\n{composed},{decomposed},0.5\nBan,{composed},0.2\n",
                     encoding="utf-8")
    looped = import_model(edges)
    assert [(e.source, e.target) for e in looped.model.edges] == [("ban", "cafe")]
    assert any("skipped 1 self-loop, an edge from a node to itself (row 2)" in str(n)
               for n in looped.notes)


def test_a_matrix_cell_refused_comes_before_the_out_of_range_question(tmp_path):
    """A matrix with a weight of 3 in its first row and 'lots' in its last: the import asked
    about the 3 as it met it and refused the file for 'lots' afterwards; now it is refused
    for 'lots' and asks nothing. A second participant's sheet is read before the question
    of the first too."""
    from windtunnel.io.importing import ChoiceNeeded

    rows = [["", "A", "B", "C"], ["A", 0, 3, 0], ["B", 0.5, 0, 0], ["C", 0, "lots", 0]]
    with pytest.raises(LoadError) as refused:
        import_model(_book(tmp_path, {"Matrix": rows}), out_of_range="ask")
    assert not isinstance(refused.value, ChoiceNeeded)
    assert str(refused.value) == ("book.xlsx: sheet Matrix, row 4, column C (B): 'lots' is not "
                                  "a number")
    sound = [row[:] for row in rows]
    sound[3][2] = 0.2
    sheets = {"Ann": sound, "Bob": rows}
    path = _book(tmp_path, sheets, "two.xlsx")
    with pytest.raises(LoadError) as refused:
        import_model(path, out_of_range="ask", participants="keep")
    assert not isinstance(refused.value, ChoiceNeeded)
    assert "sheet Bob, row 4, column C (B): 'lots' is not a number" in str(refused.value)
    with pytest.raises(ChoiceNeeded):
        import_model(_book(tmp_path, {"Ann": sound, "Bob": sound}, "sound.xlsx"),
                     out_of_range="ask", participants="keep")
