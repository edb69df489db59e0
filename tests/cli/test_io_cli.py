"""``windtunnel import`` / ``export`` / ``run --out results.xlsx``, called in-process."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from windtunnel.cli import main
from windtunnel.model import load

DATA = Path(__file__).parents[1] / "data" / "io"


@pytest.mark.parametrize("name, fmt", [("m.xlsx", "workbook"), ("m.graphml", "graphml"),
                                       ("m.csv", "matrix"), ("tables", "csv")])
def test_export_then_import_every_format(model_file, small_model, tmp_path, capsys, name, fmt):
    out = tmp_path / name
    assert main(["export", str(model_file), "-o", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    back = tmp_path / f"back-{fmt}.wtm"
    assert main(["import", str(out), "-o", str(back)]) == 0
    text = capsys.readouterr().out
    assert f"→ {back}" in text and "nodes:      3" in text
    model = load(back)
    assert len(model.edges) == 3
    if fmt in ("workbook", "csv"):
        assert model == small_model


def test_import_from_other_tools(tmp_path, capsys):
    for name in ("wetland_legacy.mmp", "fire_web.mmp", "yed_map.graphml",
                 "gephi_counts.graphml", "matrix_mentalmodeler.csv"):
        out = tmp_path / (name + ".wtm")
        assert main(["import", str(DATA / name), "-o", str(out)]) == 0, name
        assert load(out).edges
    assert "note: " in capsys.readouterr().out


def test_import_with_a_nodes_file(tmp_path, capsys):
    out = tmp_path / "kumu.wtm"
    assert main(["import", str(DATA / "kumu_connections.csv"), "--nodes",
                 str(DATA / "kumu_elements.csv"), "--title", "Chips", "-o", str(out)]) == 0
    model = load(out)
    assert model.title == "Chips" and model.node("export-controls").kind == "restriction"


def test_refused_import_writes_nothing_and_names_the_cell(tmp_path, capsys):
    bad = tmp_path / "edges.csv"
    bad.write_text("From,To,Weight\na,b,0.5\nb,c,7\n")
    out = tmp_path / "out.wtm"
    assert main(["import", str(bad), "-o", str(out), "--weights", "refuse"]) == 1
    err = capsys.readouterr().err
    assert "windtunnel import: edges.csv: row 3, column Weight: 7 is outside [-1, 1]" in err
    assert not out.exists()


def test_import_does_not_overwrite_without_force(model_file, tmp_path, capsys):
    out = tmp_path / "m.xlsx"
    assert main(["export", str(model_file), "-o", str(out)]) == 0
    assert main(["import", str(out), "-o", str(model_file)]) == 1
    assert "use --force" in capsys.readouterr().err
    assert main(["import", str(out), "-o", str(model_file), "--force"]) == 0
    assert Path(str(model_file) + ".bak").exists()
    assert main(["import", str(out), "-o", str(tmp_path / "x.txt")]) == 1
    assert "(.wtm)" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["m.xlsx", "m.graphml", "m.csv"])
def test_export_does_not_overwrite_a_file_without_force(model_file, tmp_path, capsys, name):
    """As import: export replaced an existing file without a word, where import asks for
    --force; with it the old file is kept as .bak."""
    out = tmp_path / name
    out.write_bytes(b"the user's own file")
    assert main(["export", str(model_file), "-o", str(out)]) == 1
    assert f"windtunnel export: {out} exists; use --force to replace it" in \
        capsys.readouterr().err
    assert out.read_bytes() == b"the user's own file"
    assert main(["export", str(model_file), "-o", str(out), "--force"]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    assert Path(f"{out}.bak").read_bytes() == b"the user's own file"
    assert out.read_bytes() != b"the user's own file"


def test_export_does_not_overwrite_csv_tables_without_force(model_file, tmp_path, capsys):
    """A folder's tables are replaced only with --force; the refusal names the first table
    that exists and writes no other (a folder of other files is written into)."""
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "notes.txt").write_bytes(b"kept")
    assert main(["export", str(model_file), "-o", str(folder)]) == 0
    for table in folder.glob("*.csv"):
        table.unlink()
    (folder / "nodes.csv").write_bytes(b"edited by hand")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert main(["export", str(model_file), "-o", str(folder)]) == 1
    assert f"{folder / 'nodes.csv'} exists; use --force to replace it" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert main(["export", str(model_file), "-o", str(folder), "--force"]) == 0
    assert (folder / "edges.csv").is_file() and (folder / "notes.txt").read_bytes() == b"kept"


def test_the_matrix_export_names_the_edges_of_weight_0_it_leaves_out(tmp_path, capsys):
    """A matrix cannot tell an edge of weight 0 from no edge: those edges were dropped
    without a word, where every other export keeps them."""
    from windtunnel.model import Edge, Model, Node, save

    nodes = [Node(f"n{i}", f"Node {i}") for i in range(8)]
    edges = [Edge(f"n{i}", f"n{i + 1}", 0.0) for i in range(7)] + [Edge("n7", "n0", 0.5)]
    model_file = tmp_path / "zeros.wtm"
    save(Model.from_elements(nodes=nodes, edges=edges), model_file)
    assert main(["export", str(model_file), "-o", str(tmp_path / "m.csv")]) == 0
    out = capsys.readouterr().out
    assert ("note: left out 7 edges of weight 0, which a matrix cannot tell from no edge: "
            "'Node 0' \u2192 'Node 1', 'Node 1' \u2192 'Node 2', 'Node 2' \u2192 'Node 3', "
            "'Node 3' \u2192 'Node 4', 'Node 4' \u2192 'Node 5' and 2 more (export a "
            "workbook or CSV tables to keep every edge)") in out
    assert main(["export", str(model_file), "-o", str(tmp_path / "m.xlsx")]) == 0
    assert "note:" not in capsys.readouterr().out


def test_export_refuses_unknown_suffixes(model_file, tmp_path, capsys):
    assert main(["export", str(model_file), "-o", str(tmp_path / "m.pdf")]) == 1
    assert "cannot tell the export format" in capsys.readouterr().err
    assert main(["export", str(model_file), "-o", str(tmp_path / "x.dat"),
                 "--format", "graphml"]) == 0


def test_run_out_writes_the_results_workbook(model_file, tmp_path, capsys):
    out = tmp_path / "results.xlsx"
    assert main(["run", str(model_file), "--samples", "16", "--out", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:4] == ["About", "Summary", "Scorecard", "S1 Strict ban"]
    assert main(["import", str(out), "-o", str(tmp_path / "again.wtm")]) == 0
    assert load(tmp_path / "again.wtm") == load(model_file)


def test_import_choices_are_options(tmp_path, capsys):
    from pathlib import Path

    from windtunnel.model import load

    real = Path(__file__).parents[1] / "data" / "real"
    out = tmp_path / "cliques.wtm"
    graph = real / "gephi_two-cliques.graphml"
    assert main(["import", str(graph), "-o", str(out), "--undirected", "as-written"]) == 0
    model = load(out)
    assert len(model.edges) == 20
    assert "undirected edges: as-written" in model.description
    assert main(["import", str(graph), "-o", str(out), "--force", "--undirected",
                 "refuse"]) == 1
    assert "20 edges are undirected" in capsys.readouterr().err
    sheets = real / "pyfcm_AllParticipants_Adjacency_Matrix_Example.xlsx"
    assert main(["import", str(sheets), "-o", str(tmp_path / "p3.wtm"), "--participants",
                 "P3"]) == 0
    assert "imported only sheet 'P3', as asked" in capsys.readouterr().out


def test_headerless_numbers_are_read_as_the_option_says(tmp_path, capsys):
    """Three rows of three numbers read both as edges and as a matrix: refused without
    --headerless, naming it; read as the edges they are with --headerless edges."""
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("1,2,0.5\n2,3,-0.4\n3,1,0.2\n", encoding="utf-8")
    out = tmp_path / "numbers.wtm"
    assert main(["import", str(numbers), "-o", str(out)]) == 1
    assert "--headerless edges" in capsys.readouterr().err and not out.exists()
    assert main(["import", str(numbers), "-o", str(out), "--headerless", "edges"]) == 0
    assert {(e.source, e.target) for e in load(out).edges} == {("1", "2"), ("2", "3"),
                                                              ("3", "1")}


@pytest.mark.parametrize("name", ["fcmpy_sample_test.xlsx", "n2g_yed_dups_handling.graphml",
                                  "n2g_ospf_drawer_yed_cisco_ios_lsdb.graphml"])
def test_real_files_of_other_tools_import_from_the_command_line(tmp_path, capsys, name):
    """FCMpy's matrix form of expert ratings and N2G's yEd files, from the real corpus."""
    out = tmp_path / "imported.wtm"
    assert main(["import", str(DATA.parent / "real" / name), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert load(out).edges and "imported " in printed and name in printed
