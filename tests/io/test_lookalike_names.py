"""Names told apart only by something a reader cannot see: another script's letter drawn
like a Latin one (``Chinа`` with a Cyrillic ``а``), full-width letters (``ＡＩ Lab``). The
notes and refusals say what differs and where."""

from __future__ import annotations

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.lookalikes import lookalike_letters


def _csv(path, rows):
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return path


def test_a_name_with_a_cyrillic_letter_is_noted_with_the_letter_and_its_place(tmp_path):
    edges = _csv(tmp_path / "edges.csv", [["From", "To", "Weight"], ["China", "UK", "0.5"],
                                          ["Chin\u0430", "U\u041a", "0.3"]])
    said = " ".join(str(n) for n in import_model(edges).notes)
    assert ("'Chin\u0430' (row 3) is close to 'China' (row 2) (letter 5 of 'Chin\u0430' is "
            "the Cyrillic '\u0430', which looks like the Latin 'a')") in said
    # a name of two letters is too short for a typing slip, not for a lookalike letter
    assert "letter 2 of 'U\u041a' is the Cyrillic '\u041a', which looks like the Latin 'K'" \
        in said


def test_a_name_outside_the_nodes_sheet_is_refused_naming_the_greek_letter(tmp_path):
    nodes = _csv(tmp_path / "nodes.csv", [["ID", "Label"], ["cu", "Copper"], ["zn", "Zinc"]])
    edges = _csv(tmp_path / "edges.csv", [["From", "To", "Weight"],
                                          ["C\u03bfpper", "Zinc", "0.5"]])
    with pytest.raises(LoadError) as refused:
        import_model(edges, nodes=nodes)
    assert ("'C\u03bfpper' is not a node of the Nodes sheet (is it 'Copper'?)"
            in str(refused.value))
    assert "letter 2 of 'C\u03bfpper' is the Greek '\u03bf', which looks like the Latin 'o'" \
        in str(refused.value)


def test_only_lookalike_letters_are_named():
    assert lookalike_letters("Chiná", "China") is None          # an accent shows
    assert lookalike_letters("Chine", "China") is None          # another letter shows
    assert lookalike_letters("CHIN\u0410", "china") == (
        "letter 5 of 'CHIN\u0410' is the Cyrillic '\u0410', which looks like the Latin 'A'")


def test_full_width_letters_are_called_so_not_case(tmp_path):
    edges = _csv(tmp_path / "edges.csv", [["From", "To", "Weight"],
                                          ["ＡＩ Lab", "Jobs", "0.5"], ["AI Lab", "jobs", "0.3"]])
    said = [str(n) for n in import_model(edges).notes]
    assert any("1 name in the edges matched a node whose label differs only in letter width "
               "(full-width or normal-width): 'AI Lab' as 'ＡＩ Lab'" in note for note in said)
    assert any("differs only by case: 'jobs' as 'Jobs'" in note for note in said)
