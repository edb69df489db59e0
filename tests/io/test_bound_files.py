"""A map's bounds in files of their own, as fcmconfr writes them (``fcm_1_lower.xlsx`` and
``fcm_1_upper.xlsx``, and ``fcm_1_mode.xlsx`` for triangular weights, beside one another):
importing any one of them pairs the others, and says which; a missing sibling or one of
other nodes is said, and the file is imported alone."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from windtunnel.errors import LoadError
from windtunnel.io import import_model

LABELS = ["Tax", "Jobs", "Trade"]
#: One map's bounds, each an R data frame written without row names (as fcmconfr writes
#: them with writexl: the labels across the top, a row of numbers per node in order).
BOUNDS = {"lower": [[0, 0.2, 0], [0, 0, -0.6], [0.1, 0, 0]],
          "mode": [[0, 0.5, 0], [0, 0, -0.3], [0.2, 0, 0]],
          "upper": [[0, 0.6, 0], [0, 0, -0.2], [0.5, 0, 0]]}


def _xlsx(path, rows, labels=LABELS):
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(labels)
    for row in rows:
        sheet.append(row)
    book.save(path)


def _csv(path, rows, labels=LABELS):
    path.write_text("\n".join(",".join(map(str, r)) for r in [labels, *rows]) + "\n",
                    encoding="utf-8")


def _edges(imported):
    return sorted((e.source, e.target, e.weight, e.low, e.high)
                  for e in imported.model.edges)


@pytest.mark.parametrize("opened", ["lower", "upper"])
def test_an_interval_map_s_bound_files_are_paired_from_either(tmp_path, opened):
    for bound in ("lower", "upper"):
        _xlsx(tmp_path / f"fcm_1_{bound}.xlsx", BOUNDS[bound])
    imported = import_model(tmp_path / f"fcm_1_{opened}.xlsx")
    assert _edges(imported) == [("jobs", "trade", pytest.approx(-0.4), -0.6, -0.2),
                                ("tax", "jobs", pytest.approx(0.4), 0.2, 0.6),
                                ("trade", "tax", pytest.approx(0.3), 0.1, 0.5)]
    notes = [str(n) for n in imported.notes]
    assert notes[0] == ("read the files fcm_1_lower.xlsx, fcm_1_upper.xlsx (found beside one "
                        "another, as fcmconfr writes a map's bounds) as the sheets lower, upper "
                        "of one workbook")
    assert notes[1].startswith("sheets lower, upper hold the lower and upper bounds of each "
                               "weight, cell by cell: each edge's weight is the midpoint")


def test_a_triangular_map_s_three_files_are_paired_with_its_mode_as_weight(tmp_path):
    for bound, rows in BOUNDS.items():
        _csv(tmp_path / f"survey_{bound.upper()}.csv", rows)   # any case
    imported = import_model(tmp_path / "survey_MODE.csv")
    assert _edges(imported) == [("jobs", "trade", -0.3, -0.6, -0.2),
                                ("tax", "jobs", 0.5, 0.2, 0.6),
                                ("trade", "tax", 0.2, 0.1, 0.5)]
    assert "survey_LOWER.csv, survey_MODE.csv, survey_UPPER.csv" in str(imported.notes[0])
    assert "each edge's weight is its mode" in str(imported.notes[1])


def test_a_bound_file_without_its_sibling_is_imported_alone_and_says_so(tmp_path):
    _xlsx(tmp_path / "fcm_2_lower.xlsx", BOUNDS["lower"])
    _xlsx(tmp_path / "fcm_2_upper.csv.xlsx", BOUNDS["upper"])   # not its sibling
    imported = import_model(tmp_path / "fcm_2_lower.xlsx")
    assert [(e.weight, e.low, e.high) for e in imported.model.edges if e.source == "tax"] == [
        (0.2, None, None)]
    assert str(imported.notes[0]) == (
        "fcm_2_lower.xlsx holds the lower bounds of a map's weights, and fcm_2_upper.xlsx "
        "is not beside it: imported fcm_2_lower.xlsx alone, its values as the weights, with "
        "no range")


def test_a_sibling_of_other_nodes_is_not_paired_and_the_file_is_imported_alone(tmp_path):
    _csv(tmp_path / "fcm_3_lower.csv", BOUNDS["lower"])
    _csv(tmp_path / "fcm_3_upper.csv", [[0, 0.6], [0, 0]], labels=["Tax", "Jobs"])
    imported = import_model(tmp_path / "fcm_3_lower.csv")
    assert len(imported.model.nodes) == 3
    assert all(e.low is None for e in imported.model.edges)
    notes = [str(n) for n in imported.notes]
    assert notes[:2] == [
        "fcm_3_upper.csv: not paired with fcm_3_lower.csv: it holds no matrix of the same "
        "nodes in the same order, as the bounds of one map's weights do",
        "imported fcm_3_lower.csv alone, its values as the weights, with no range"]


def test_bounds_out_of_order_across_files_are_refused_at_their_cell(tmp_path):
    _csv(tmp_path / "fcm_4_lower.csv", BOUNDS["upper"])      # the files swapped
    _csv(tmp_path / "fcm_4_upper.csv", BOUNDS["lower"])
    with pytest.raises(LoadError) as refused:
        import_model(tmp_path / "fcm_4_lower.csv")
    assert "file fcm_4_upper.csv, row 2" in str(refused.value)
    assert "must be in order (low, weight, high)" in str(refused.value)
