"""`windtunnel structure` and `windtunnel sensitivity`, called in-process as main([...])."""

from __future__ import annotations

import csv

from windtunnel.cli import main


def _row(out: str, first: str) -> list[str]:
    return next(line.split() for line in out.splitlines() if line.split()[:1] == [first])


def test_structure_prints_statistics_metrics_and_loops(model_file, capsys):
    """ban -> leak 0.6, leak -> lab 0.4, lab -> leak -0.3: density 3 / (3 * 2); leak lies on
    the only shortest path between two other nodes (ban -> lab): betweenness 1 / 2."""
    assert main(["structure", str(model_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{model_file}: 3 nodes, 3 edges")
    assert _row(out, "density") == ["density", "0.5000"]
    assert "drivers / receivers / ordinary    1 / 0 / 2" in out      # leak and lab: ordinary
    assert "most central nodes (betweenness is exact):" in out
    assert _row(out, "leak")[2:] == ["2", "1", "0.900", "0.400", "1.300", "ordinary", "0.5000"]
    assert _row(out, "ban")[-2:] == ["driver", "0.0000"]
    assert "feedback loops: 1 (0 reinforcing, 1 balancing)" in out
    assert "leak → lab → leak" in out


def test_structure_writes_metrics_csv_and_finds_chokepoints(model_file, tmp_path, capsys):
    out_file = tmp_path / "metrics.csv"
    assert main(["structure", str(model_file), "--actor", "ban", "--outcome", "lab",
                 "--pivots", "2", "--out", str(out_file)]) == 0
    out = capsys.readouterr().out
    assert "chokepoints from ban to lab: leak" in out
    assert f"wrote {out_file}" in out
    rows = list(csv.DictReader(out_file.open(encoding="utf-8-sig")))
    assert [r["node"] for r in rows] == ["ban", "leak", "lab"]
    assert rows[1]["role"] == "ordinary" and float(rows[1]["centrality"]) == 1.3
    # 2 pivots of 3 nodes: an estimate, and the file says so
    assert {r["betweenness_from"] for r in rows} == {"2 pivots"}
    assert "estimate from 2 of 3 nodes" in out


def test_structure_rejects_bad_options_and_unknown_nodes(model_file, tmp_path, capsys):
    assert main(["structure", str(model_file), "--actor", "ban", "--outcome", "nowhere"]) == 1
    err = capsys.readouterr().err
    assert "there is no node 'nowhere'; valid nodes: ban (Access ban), leak (Leakage), " \
           "lab (Rival lab)" in err
    assert main(["structure", str(model_file), "--actor", "access ban", "--outcome",
                 "Rival lab"]) == 0                     # nodes by label too, as explain's
    assert "chokepoints" in capsys.readouterr().out.lower()
    assert main(["structure", str(model_file), "--actor", "ban"]) == 1
    assert "--actor and --outcome go together" in capsys.readouterr().err
    assert main(["structure", str(model_file), "--out", str(tmp_path / "m.xlsx")]) == 1
    assert main(["structure", str(model_file), "--top", "0"]) == 2
    assert main(["structure", str(model_file), "--pivots", "1"]) == 2
    assert not (tmp_path / "m.xlsx").exists()


def test_sensitivity_prints_tornado_and_levers(model_file, tmp_path, capsys):
    out_file = tmp_path / "tornado.csv"
    assert main(["sensitivity", str(model_file), "-s", "Strict ban", "-o", "less-leak",
                 "--out", str(out_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("objective less-leak in scenario Strict ban: change from baseline")
    assert "tornado (edge weight at its low and high bound, widest swing first):" in out
    edges = [line.split()[0:3] for line in out.splitlines() if " → " in line]
    assert len(edges) == 3 and all(e[1] == "→" for e in edges)
    assert _row(out, "ban")[0] == "ban"             # the one lever is listed
    rows = list(csv.DictReader(out_file.open(encoding="utf-8-sig")))
    swings = [float(r["swing"]) for r in rows]
    assert len(rows) == 3 and swings == sorted(swings, reverse=True) and swings[0] > 0


def test_sensitivity_names_valid_scenarios_and_objectives(model_file, capsys):
    assert main(["sensitivity", str(model_file), "-s", "nope", "-o", "less-leak"]) == 1
    assert "valid scenarios: strict (Strict ban)" in capsys.readouterr().err
    assert main(["sensitivity", str(model_file), "-s", "strict", "-o", "nope"]) == 1
    assert "valid objectives: less-leak" in capsys.readouterr().err
