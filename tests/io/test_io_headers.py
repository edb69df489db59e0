"""Headers as analysts write them: a unit or a range after the name, a title above the
table, one weight typed far beyond the rest. Each column is found, a stated range is the
scale, and a weight no division keeps is refused where it is; never every edge +0.5 or
every weight divided into nothing."""

from __future__ import annotations

import sys

import openpyxl
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.headers import header_base, stated_range
from windtunnel.io.importing import (OUTLIER_RATIO, SPREAD_RATIO, ImportOptions,
                                     UnreadableScale, weight_scale)

EXCEL_SEMICOLON = ("\ufeffCause ;Effect;Strength (1-10);Notes\n"
                   "US Export Ban;Chip Smuggling;7;via Malaysia\n"
                   "Chip Smuggling;Misuse Risk;4;\n"
                   "US Export Ban;Domestic R&D (China);9;\"long, quoted; note\"\n"
                   "Domestic R&D (China);Misuse Risk;-3;\n")


def _csv(tmp_path, text: str, name: str = "edges.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _xlsx(tmp_path, rows: list[tuple], name: str = "edges.xlsx"):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def _weights(model) -> dict[tuple[str, str], float]:
    labels = {n.id: n.label for n in model.nodes}
    return {(labels[e.source], labels[e.target]): e.weight for e in model.edges}


def _messages(imported) -> list[str]:
    return [note.message for note in imported.notes]


def test_a_weight_column_headed_with_its_scale_keeps_each_sign_and_divides_by_the_scale(
        tmp_path):
    """Excel's semicolon CSV, ``Strength (1-10)``: the -3 stays a negative influence, and
    every weight is divided by the 10 the header states (9 becomes 0.9, not 1)."""
    imported = import_model(_csv(tmp_path, EXCEL_SEMICOLON))
    assert _weights(imported.model) == {
        ("US Export Ban", "Chip Smuggling"): 0.7, ("Chip Smuggling", "Misuse Risk"): 0.4,
        ("US Export Ban", "Domestic R&D (China)"): 0.9,
        ("Domestic R&D (China)", "Misuse Risk"): -0.3}
    assert ("the column's header Strength (1-10) states the range 1-10: every weight was "
            "divided by 10, so a weight of 10 became 1") in _messages(imported)
    assert not any("ignored" in message for message in _messages(imported))


@pytest.mark.parametrize("header", ["Weight (-1 to 1)", "Weight [-1,1]", "Influence (+/-)",
                                    "Weight, -1..1", "Weight（-1～1）", "weight 【-1，1】",
                                    "Strength (−1 – 1)", "Value [unitless]"])
def test_a_weight_header_with_a_unit_or_range_is_the_weight_column(tmp_path, header):
    path = _xlsx(tmp_path, [("Source", "Target", header), ("Ban", "Smuggling", 0.6),
                            ("Smuggling", "Misuse", 0.4), ("Ban", "Trust", -0.5)])
    imported = import_model(path)
    assert _weights(imported.model) == {("Ban", "Smuggling"): 0.6, ("Smuggling", "Misuse"): 0.4,
                                        ("Ban", "Trust"): -0.5}
    assert _messages(imported) == ["created 4 nodes named in the edges but not in a Nodes sheet: "
                                   "'Ban' (row 2), 'Smuggling' (row 2), 'Misuse' (row 3), "
                                   "'Trust' (row 4)"]


def test_a_bare_range_after_the_name_is_the_scale(tmp_path):
    imported = import_model(_csv(tmp_path, "From,To,Strength 1-5\nA,B,5\nB,C,-2\n"))
    assert _weights(imported.model) == {("A", "B"): 1.0, ("B", "C"): -0.4}


def test_every_column_is_found_with_a_unit_after_its_name(tmp_path):
    imported = import_model(_csv(tmp_path, (
        "From (id),To (id),Weight (-1..1),Delay (steps),Confidence (low/medium/high),"
        "Low [bound],High [bound],Rationale (why)\n"
        "A,B,0.5,2,high,0.2,0.7,evidence\n")))
    edge = imported.model.edges[0]
    assert (edge.weight, edge.delay, edge.confidence, edge.low, edge.high, edge.rationale) == (
        0.5, 2, "high", 0.2, 0.7, "evidence")
    assert not any("ignored" in message for message in _messages(imported))


def test_the_label_column_wins_over_a_name_column_before_it(tmp_path):
    """A nodes table with ``Name`` before ``Label`` (as Gephi's nodes table holds a name
    attribute): the labels are read from Label (Name took over, and a node with no name
    was shown by its id); a blank Label takes the Name, and the note quotes the rows where
    the two disagree."""
    edges = _csv(tmp_path, "Source,Target,Weight\na,b,0.5\nb,c,0.2\n")
    nodes = _csv(tmp_path, "Id,Name,Label\na,Apple,Alpha\nb,,Beta\nc,Cherry,\n", "n.csv")
    imported = import_model(edges, nodes=nodes)
    assert [node.label for node in imported.model.nodes] == ["Alpha", "Beta", "Cherry"]
    assert ("ignored column 'Name' where column 'Label' is filled in: both name the same, "
            "and they differ in 1 row (row 2: 'Apple' where 'Alpha' is shown); the map shows "
            "'Label'") in _messages(imported)


def test_a_header_named_as_written_wins_over_one_named_with_a_suffix(tmp_path):
    """``Weight (old)`` before ``Weight``: the column headed Weight is read, the other
    ignored with a note, whichever comes first."""
    imported = import_model(_csv(tmp_path, "From,To,Weight (old),Weight\nA,B,0.9,-0.2\n"))
    assert _weights(imported.model) == {("A", "B"): -0.2}
    assert ("ignored column 'Weight (old)' where column 'Weight' is filled in: both name "
            "the same, and they differ in 1 row (row 2: '0.9' where '-0.2' is shown); the map "
            "shows 'Weight'") in _messages(imported)


def test_a_years_suffix_is_no_scale(tmp_path):
    """``2019-2020`` does not start at or below 1: it names years, and the weights are
    rescaled by their largest as any others."""
    assert stated_range("Weight 2019-2020") is None
    assert header_base("Weight 2019-2020") == "weight"
    imported = import_model(_csv(tmp_path, "From,To,Weight 2019-2020\nA,B,4\nB,C,2\n"))
    assert _weights(imported.model) == {("A", "B"): 1.0, ("B", "C"): 0.5}


def test_a_weight_beyond_the_stated_range_is_refused_at_its_cell(tmp_path):
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, "From,To,Weight (-1 to 1)\nA,B,0.5\nB,C,-3\nC,A,0.2\n"))
    assert str(refused.value) == (
        "edges.csv: row 3, column Weight (-1 to 1): -3 is outside the range -1 to 1 that the "
        "column's header Weight (-1 to 1) states; correct the weight or the header")


def test_a_stated_scale_is_read_without_asking(tmp_path):
    """The header says the scale, so the app has nothing to ask about rescaling."""
    imported = import_model(_csv(tmp_path, "From,To,Strength (0-10)\nA,B,8\n"),
                            out_of_range="ask")
    assert _weights(imported.model) == {("A", "B"): 0.8}


def test_an_ignored_column_of_signed_weights_is_refused_naming_it(tmp_path):
    """No Weight column, but ``Score`` holds -3: every edge +0.5 would turn it positive."""
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, "From,To,Score,Notes\nA,B,5,x\nB,C,-3,\nC,A,2,\n"))
    assert str(refused.value) == (
        "edges.csv: row 1, column Score: holds signed weights (5, -3, 2) but is not read as "
        "the weights: without a Weight column every edge would get +0.5 and the negative "
        "ones would turn positive; head the column Weight (or Strength, Influence), or "
        "delete it to import every edge with +0.5")


def test_an_ignored_column_of_positive_numbers_leaves_a_structural_map(tmp_path):
    imported = import_model(_csv(tmp_path, "From,To,Year\nA,B,2019\nB,C,2020\n"))
    assert _weights(imported.model) == {("A", "B"): 0.5, ("B", "C"): 0.5}
    assert "ignored column 'Year'" in _messages(imported)


def test_the_header_below_a_title_is_read_with_a_note(tmp_path):
    path = _xlsx(tmp_path, [("Stakeholder workshop map – draft 3",), (None,),
                            ("From", "To", "Weight"), ("Ban", "Smuggling", 0.6),
                            ("Smuggling", "Misuse", -0.4)])
    imported = import_model(path)
    assert _weights(imported.model) == {("Ban", "Smuggling"): 0.6, ("Smuggling", "Misuse"): -0.4}
    assert imported.notes[0].location == "sheet Sheet, row 3"
    assert imported.notes[0].message == (
        "read as the header row: the text above it ('Stakeholder workshop map – draft 3') was "
        "taken for the sheet's title and not read")


def test_a_one_cell_first_row_above_data_is_no_title(tmp_path):
    """Below a one-cell row, a row holding a number is data, not a header: the table is
    read from its first row, and refused there."""
    path = _xlsx(tmp_path, [("Map",), ("Ban", "Smuggling", 0.6)])
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert "sheet Sheet, row 1: has neither an ID nor a Label column" in str(refused.value)


def test_a_table_with_no_header_it_knows_says_which_headers_it_reads(tmp_path):
    """``Influencer``/``Influenced`` is no tool's vocabulary (Mental Modeler, Kumu, Gephi
    and yEd say From/To or Source/Target): refused at the header below the title, naming
    the headers an edge table may have."""
    path = _xlsx(tmp_path, [("Stakeholder workshop map – draft 3", None), (None, None),
                            ("Influencer", "Influenced", "Impact (+/-)"),
                            ("Govt export ban", "Smuggling", "++")])
    with pytest.raises(LoadError) as refused:
        import_model(path)
    message = str(refused.value)
    assert message.startswith("edges.xlsx: sheet Sheet, row 3: has neither an ID nor a Label "
                              "column")
    assert "From/To, Source/Target" in message and "Cause/Effect" in message


def test_a_node_table_without_an_id_or_label_header_is_refused_naming_what_it_has(tmp_path):
    """Two columns of names over three rows, headed Factor and Short name (neither an ID
    nor a Label header): the refusal named only what Windtunnel reads, not what the sheet
    holds, leaving the analyst to guess which header to change."""
    path = _xlsx(tmp_path, [("Factor", "Short name"), ("Tax", "T"), ("Trade", "Tr")],
                 name="factors.xlsx")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    message = str(refused.value)
    assert message.startswith(
        "factors.xlsx: sheet Sheet, row 1: has neither an ID nor a Label column: its columns "
        "are headed 'Factor' (A), 'Short name' (B), and Windtunnel reads node tables (with an "
        "ID or a Label column, headed Id, ")
    assert "edge tables (with From and To columns, headed From/To, Source/Target" in message


def test_one_weight_far_beyond_the_rest_is_refused_at_its_cell(tmp_path):
    """1e308 among weights of about 1: divided by it, every other weight would be about
    5e-309 (a subnormal number, still counted positive)."""
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, "From,To,Weight\nA,B,0.5\nB,C,3\nC,A,1e308\n"))
    assert str(refused.value) == (
        "edges.csv: row 4, column Weight: 1e+308 is more than 1,000 times any other weight "
        "(the next largest is 3): divided by it, every other weight would be nearly 0; "
        "correct it, or rescale the weights yourself")


def test_weights_spread_past_a_million_to_one_are_refused(tmp_path):
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, "From,To,Weight\nA,B,1e-4\nB,C,60\nC,A,200\n"))
    assert "row 4, column Weight: 200 is more than 1,000,000 times the smallest weight " \
           "(0.0001)" in str(refused.value)


def test_counts_with_a_long_tail_are_still_rescaled(tmp_path):
    imported = import_model(_csv(tmp_path, "From,To,Weight\nA,B,1\nB,C,40\nC,A,800\n"))
    assert _weights(imported.model) == {("A", "B"): 1 / 800, ("B", "C"): 0.05, ("C", "A"): 1.0}


@given(st.lists(st.floats(min_value=-sys.float_info.max, max_value=sys.float_info.max,
                          allow_subnormal=False), min_size=1, max_size=6))
@example([60958.0, 72398806.0, 72398806.0])    # two equal largest: neither is an outlier
def test_a_rescale_never_makes_a_weight_subnormal_or_nearly_nothing(weights):
    try:
        scale, _note = weight_scale(weights, ImportOptions())
    except UnreadableScale:
        return
    if scale == 1:
        return                                   # nothing was divided
    for weight in weights:
        if weight:
            assert abs(weight / scale) >= max(1 / SPREAD_RATIO, sys.float_info.min)
    magnitudes = sorted((abs(w) for w in weights if w), reverse=True)
    if len(magnitudes) > 1:        # the largest is never far beyond the next one, its equal too
        assert scale <= OUTLIER_RATIO * magnitudes[1]


@pytest.mark.parametrize("text", ["From,To,Weight\nA,B,800\nB,C,\n",
                                  "From,To,Weight,Type\nA,B,800,+\nB,C,,-\n"])
def test_a_blank_weight_is_no_weight_a_scale_is_checked_against(tmp_path, text):
    """A blank weight's ±0.5 is final: one weight of 800 is the scale, not 1,600 times it
    (read a column at a time, and row by row with a Type column)."""
    imported = import_model(_csv(tmp_path, text))
    assert sorted(_weights(imported.model).values()) == sorted(
        [1.0, -0.5 if "Type" in text else 0.5])


def test_two_equal_weights_far_beyond_the_rest_are_refused_for_their_spread(tmp_path):
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, "From,To,Weight\nA,B,0.5\nB,C,1e308\nC,A,1e308\n"))
    assert str(refused.value).count("1e+308 is more than 1,000,000 times the smallest "
                                    "weight (0.5)") == 2


@pytest.mark.parametrize("text", ["(1, 2, 1),\n(2, 3, -1),\n(3, 1, 1)\n",
                                  "1,2,0.5\n2,3,-0.4\n3,1,0.2\n4,1,0.1\n"])
def test_a_table_that_starts_with_its_data_is_refused_asking_for_a_header_row(tmp_path, text):
    """A list of edges written without a header row (fcm-evolve's (source, target, weight)
    tuples, a script's numbers) was refused for having "neither an ID nor a Label column",
    a list of headers to choose from as if the file had some: the refusal says the first
    row is data and what row to add."""
    with pytest.raises(LoadError) as refused:
        import_model(_csv(tmp_path, text))
    message = str(refused.value)
    assert message.startswith("edges.csv: row 1: holds numbers, not column names ('")
    assert message.endswith("the table starts with its data; add a first row naming its "
                            "columns (From, To and Weight for a list of edges, ID and Label "
                            "for a list of nodes)")


def test_a_header_row_of_names_is_still_read_as_names(tmp_path):
    imported = import_model(_csv(tmp_path, "From,To,2024\nA,B,0.5\n"))
    assert _weights(imported.model) == {("A", "B"): 0.5}


def test_negative_numbers_beside_a_weight_column_of_none_are_named_in_a_note():
    """cognitivemapr's edge lists keep a count of mentions as ``weight`` and the signed
    value as ``edge_value``: the map came in all positive with edge_value among the
    ignored columns, nothing saying the signs were there. The note names the column and
    how to head it; the map is read as headed (the analyst says which column is meant)."""
    from pathlib import Path

    path = Path(__file__).parents[1] / "data" / "real" / "lookalike" / (
        "cognitivemapr_edgelist.csv")
    imported = import_model(path)
    assert all(e.weight > 0 for e in imported.model.edges)
    assert ("row 1, column edge_value: holds negative numbers (-1, -2, -1) but is not read: "
            "the weights come from column 'weight', which holds none, so every edge came in "
            "positive; if this column holds the signed weights, head it Weight and rename the "
            "other") in [str(note) for note in imported.notes]


def test_a_weight_column_with_negative_weights_draws_no_such_note(tmp_path):
    imported = import_model(_csv(tmp_path, "From,To,Weight,Delta\nA,B,-0.5,-2\nB,C,0.5,1\n"))
    assert not any("holds negative numbers" in m for m in _messages(imported))


def test_a_tfn_column_of_bare_triangles_is_the_weight_with_its_bounds(tmp_path):
    """GFCM's workbooks keep each edge's triangular fuzzy number under a TFN header,
    written without brackets (``0.3, 0.5, 0.7``): the column was ignored and every edge
    got +0.5. The triangle's peak is the weight, its ends the edge's bounds, as a
    bracketed triangle's are; a decimal comma or a thousands separator is no triangle."""
    path = _xlsx(tmp_path, [("Source", "Target", "TFN"), ("n1", "n2", "0.3, 0.5, 0.7"),
                            ("n2", "n3", "-0.6; -0.4; -0.1")])
    edges = {(e.source, e.target): (e.weight, e.low, e.high)
             for e in import_model(path).model.edges}
    assert edges == {("n1", "n2"): (0.5, 0.3, 0.7), ("n2", "n3"): (-0.4, -0.6, -0.1)}
    with pytest.raises(LoadError, match="1,234,567"):
        import_model(_xlsx(tmp_path, [("Source", "Target", "TFN"), ("a", "b", "1,234,567")],
                           name="separators.xlsx"))


def test_a_sheet_of_nodes_not_named_nodes_is_found_by_its_columns(tmp_path):
    """GFCM's workbook keeps its concepts in Matrix_I: the edges (Matrix_W, by their
    Source and Target columns) were read, the concepts not, every node named by its id.
    A sheet with ID and Label columns that the edges name is the nodes' sheet, said in a
    note; one whose names no edge uses (a list of participants) is not."""
    rows = {"Matrix_I": [("Concept ID", "Concept Name"), ("n1", "Climate policy"),
                         ("n2", "Emissions")],
            "Matrix_W": [("Source", "Target", "TFN"), ("n1", "n2", "-0.7, -0.5, -0.2")],
            "People": [("ID", "Name"), ("p1", "Ana"), ("p2", "Ben")]}
    from workbooks import write_workbook

    imported = import_model(write_workbook(tmp_path / "gfcm.xlsx", rows))
    assert [(n.id, n.label) for n in imported.model.nodes] == [("n1", "Climate policy"),
                                                               ("n2", "Emissions")]
    assert ("sheet Matrix_I: read as the nodes (no sheet is named Nodes or Elements): its "
            "'Concept Name' column names nodes the edges join") in [str(n) for n in imported.notes]


def test_a_sheet_named_for_another_part_of_a_model_is_never_read_as_the_nodes(tmp_path):
    """An Objectives sheet whose labels are the edges' nodes is the objectives still: without
    its Node column it is refused as objectives, not read as the map's nodes."""
    from workbooks import write_workbook

    rows = {"Edges": [("From", "To", "Weight"), ("Tax", "Jobs", 0.5)],
            "Objectives": [("ID", "Label"), ("o1", "Tax")]}
    with pytest.raises(LoadError, match="has no Node column"):
        import_model(write_workbook(tmp_path / "objectives.xlsx", rows))


def test_cognitivemapr_s_normative_value_is_a_tag_not_a_starting_level():
    """cognitivemapr's node list gives each concept its normative value (1 positive or
    neutral, -1 negative: whether the speaker deems it good or bad) under ``value``, a
    header of the Initial column: every concept deemed bad started every scenario at -1
    and every other at +1."""
    from pathlib import Path

    real = Path(__file__).parents[1] / "data" / "real" / "lookalike"
    imported = import_model(real / "cognitivemapr_edgelist.csv",
                            nodes=real / "cognitivemapr_nodes_table.csv")
    nodes = {n.id: n for n in imported.model.nodes}
    assert {n.initial for n in nodes.values()} == {0.0}
    assert nodes["21"].label == "Euro-crisis" and nodes["21"].tags == ("normative value -1",)
    assert nodes["12"].tags == ("normative value +1",)
    assert ("file cognitivemapr_nodes_table.csv, row 1, column value: holds cognitivemapr's "
            "normative value of each concept (1 positive or neutral, -1 negative: whether the "
            "speaker deems it good or bad), not its starting level: kept as the tags "
            "'normative value +1' and 'normative value -1' (2 valued -1), and every node "
            "starts at its default level") in [str(note) for note in imported.notes]


def test_a_value_column_of_levels_is_still_the_initial_level(tmp_path):
    """A Value column of levels (not only 1 and -1), or without cognitivemapr's node_name,
    is the Initial column it always was."""
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("ID,Label,Value\na,A,0.5\nb,B,-1\n", encoding="utf-8")
    edges = _csv(tmp_path, "From,To,Weight\na,b,0.5\n")
    imported = import_model(edges, nodes=nodes)
    assert [n.initial for n in imported.model.nodes] == [0.5, -1.0]
    # said, as a graph file's value attribute is: a Gephi count of 0s and 1s reads so too
    assert ("file nodes.csv, row 1, column Value: was read as the nodes' initial levels "
            "(every value in it is a number from -1 to 1)") in [str(n) for n in imported.notes]


@pytest.mark.parametrize("header", ["value", "State"])
def test_a_value_column_of_counts_is_an_attribute_left_out_not_refused(tmp_path, header):
    """Gephi's Nodes table writes a graph's ``value`` attribute, often a count, under a
    header of the Initial column: it was refused cell by cell. A Value or State column
    whose values are not all levels is left out, the note naming the first row whose value
    is no level, and every node starts at its default level, as a graph file's ``value``
    attribute is read."""
    nodes = tmp_path / "nodes.csv"
    nodes.write_text(f"Id,Label,{header}\na,A,0.5\nb,B,12\nc,C,37\n", encoding="utf-8")
    edges = _csv(tmp_path, "Source,Target,Weight\na,b,0.5\nb,c,0.5\n")
    imported = import_model(edges, nodes=nodes)
    assert [n.initial for n in imported.model.nodes] == [0.0, 0.0, 0.0]
    assert (f"file nodes.csv, row 3, column {header}: holds '12', not a level from -1 to 1: "
            "the column was not read as the nodes' initial levels, and was left out") in [
        str(note) for note in imported.notes]


def test_a_level_column_is_still_refused_at_a_value_out_of_range(tmp_path):
    """A column headed as a level (Initial, Level) reads as one, a value out of range
    refused at its cell: only the generic headers give way."""
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("ID,Label,Level\na,A,0.5\nb,B,12\n", encoding="utf-8")
    edges = _csv(tmp_path, "From,To,Weight\na,b,0.5\n")
    with pytest.raises(LoadError, match="row 3, column Level: 12"):
        import_model(edges, nodes=nodes)
