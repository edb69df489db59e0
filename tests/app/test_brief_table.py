"""The brief's table of largest changes: every column as wide as its widest text, so the
headings never run into each other in a language whose words are wider than English's."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from windtunnel.app.analysis.brief_table import column_edges


def test_each_column_holds_its_widest_text_and_the_node_column_takes_the_rest(qapp):
    metrics = QFontMetrics(QFont("Noto Sans CJK JP", 9))
    header = ["ノード", "ベースライン", "シナリオ", "変化"]
    rows = [["米国モデルへの満たされない需要", "0.327", "0.585", "+0.258"],
            ["中国の自立化", "\u22120.689", "\u22120.866", "\u22120.176"]]
    edges = column_edges(metrics, 400.0, header, rows)
    assert edges[0][0] == 0.0 and edges[-1][1] == 400.0
    for (_a, b), (c, _d) in zip(edges, edges[1:]):
        assert b == c                                      # side by side, no overlap
    for column, (a, b) in list(zip(zip(header, *rows), edges))[1:]:
        assert all(metrics.horizontalAdvance(text) < b - a for text in column), column
    assert edges[0][1] > 400.0 / 2                         # the names keep most of the room
