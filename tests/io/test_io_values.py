"""Cell parsers: forgiving about spelling, strict about meaning, never evaluating formulas."""

from __future__ import annotations

import pytest

from windtunnel.io import values as v
from windtunnel.io.cells import ErrorCell, FormulaCell


@pytest.mark.parametrize("raw, expected", [
    (0.5, 0.5), (1, 1.0), ("0.25", 0.25), ("0,5", 0.5), ("50%", 0.5), (" -1 ", -1.0),
    ("\u22120.3", -0.3), (None, None), ("", None), ("0,250", 0.25), ("-12,5", -12.5),
    ("1,2345", 1.2345),
    # full-width, as a Chinese or Japanese input method types them into a text file
    ("\uff10\uff0e\uff15", 0.5), ("\uff0d\uff10\uff0e\uff13", -0.3),
    ("\uff15\uff10\uff05", 0.5), ("\uff11\uff45\uff0d\uff13", 0.001),
    ("0e5", 0.0), ("0.000", 0.0), ("5e-324", 5e-324),
])
def test_numbers(raw, expected):
    assert v.number(raw) == expected


@pytest.mark.parametrize("raw", ["lots", "1,000,000", True, "nan", "inf",
                                 FormulaCell("=1/3"), ErrorCell("#DIV/0!"),
                                 "\uff4e\uff41\uff4e", "\u0660\u066b\u0665", "0.5\u00b2",
                                 "1e-400", "0.001e-999"])      # read as 0: no edge
def test_not_numbers(raw):
    with pytest.raises(v.CellProblem):
        v.number(raw)


@pytest.mark.parametrize("raw, expected", [
    (0.89, True), ("0.89", True), ("0,89", True), ("75%", True), (-1, True),
    (None, False), ("", False), ("  ", False), ("M+", False), ("high", False), (True, False),
    ("nan", False), ("1,000,000", False), (FormulaCell("=1/3"), False), (ErrorCell("#N/A"), False),
])
def test_one_rule_says_which_cells_are_numbers(raw, expected):
    """The rule the matrix reader and the Edges sheet's Confidence column share: a cell
    :func:`number` reads, never a blank (the matrix counts blanks as no edge itself)."""
    assert v.reads_as_number(raw) is expected


@pytest.mark.parametrize("raw, thousands, decimal", [
    ("1,000", "1000", "1.000"), ("-12,500", "-12500", "-12.500"), ("250,000%", "250000", "250.000"),
])
def test_a_comma_that_may_group_thousands_is_refused_not_read_as_a_decimal_comma(raw, thousands,
                                                                                 decimal):
    """Found trying an English Excel CSV of counts: "1,000" was read as 1.0, and after the
    rescale an edge of a thousand was weaker than one of 250."""
    with pytest.raises(v.CellProblem) as refused:
        v.number(raw)
    assert str(refused.value) == (f"{raw!r} could be {thousands} (a comma between thousands) "
                                  f"or {decimal} (a decimal comma); write it without the comma, "
                                  "or with a decimal point")


def test_formulas_are_refused_with_advice():
    with pytest.raises(v.CellProblem, match=r"formula \(=A1\*2\).*Paste Special > Values"):
        v.number(FormulaCell("=A1*2"))


def test_weights_accept_mental_modeler_labels():
    assert [v.weight(x) for x in ("H+", "m-", "L+", "+++", "--", "0.3")] == [
        1.0, -0.62, 0.25, 1.0, -0.62, 0.3]


def test_signs_and_booleans():
    assert v.sign("Negative") == -1 and v.sign("+") == 1 and v.sign(None) is None
    with pytest.raises(v.CellProblem, match="not a sign"):
        v.sign("sideways")
    assert v.boolean("Yes") and not v.boolean("no") and v.boolean(1) and v.boolean(True)
    assert v.boolean(FormulaCell("=TRUE()")) is True      # how LibreOffice saves booleans
    assert v.boolean(FormulaCell("=FALSE()")) is False
    with pytest.raises(v.CellProblem, match="formula"):
        v.boolean(FormulaCell("=A1>0"))


def test_whole_numbers_keep_every_digit():
    assert v.whole("12345678901234567891") == 12345678901234567891
    assert v.whole(3.0) == 3
    with pytest.raises(v.CellProblem, match="not a whole number"):
        v.whole(2.5)


def test_tags_and_ids():
    assert v.tag_list("a; b | c") == ("a", "b", "c")
    assert v.tag_list('["x;y", " z "]') == ("x;y", " z ")
    assert v.join_tags(("x;y", " z ")) == '["x;y", " z "]'
    assert v.join_tags(("a", "b")) == "a; b"
    assert v.id_list("s1, s2;s3") == ("s1", "s2", "s3")
    assert v.new_id("US Labs", {"us-labs"}) == "us-labs-2"


def test_formula_text_is_inert_text():
    assert v.text(FormulaCell('=HYPERLINK("x")')) == '=HYPERLINK("x")'
    assert v.text(3.0) == "3"


def test_csv_cells_past_the_text_limit_are_refused_and_the_csv_module_is_left_alone():
    import csv

    from windtunnel.errors import LoadError
    from windtunnel.io import Limits
    from windtunnel.io.csv import parse_csv

    before = csv.field_size_limit()
    with pytest.raises(LoadError, match="line 2: a cell holds more than 50 characters"):
        parse_csv(b"From,To\n" + b"a" * 100 + b",b\n", limits=Limits(cell_text=50))
    assert csv.field_size_limit() == before
    table = parse_csv("Von;Nach;Gewicht\nA;B;0,5\n".encode("cp1252"))
    assert table.header == ["Von", "Nach", "Gewicht"] and table.rows == [["A", "B", "0,5"]]


@pytest.mark.parametrize("data, line", [
    (b'Source,Target,Weight\n"a,b,0.5\nc,d,0.2\n', 2),
    (b'From,To\nx,y\n"p\nq","r\n', 4),
    (b'From,To\r\nx,"y\r\n\r\nz\r\n', 2),
    (b'From,To\rx,y\r"z\r\r', 3),
    (b'"From,To', 1),
    # after Excel's separator line, lines are still the file's, in the first record too
    (b'sep=,\n"From,To\nx,y\n', 2),
    (b'sep=;\nFrom;To\n"x;y\nz;w\n', 3),
])
def test_a_quote_never_closed_is_blamed_on_the_line_it_opens_on(data, line):
    from windtunnel.errors import LoadError
    from windtunnel.io.csv import parse_csv

    with pytest.raises(LoadError, match=f"^line {line}: a quote .* never closed"):
        parse_csv(data)


def test_quotes_the_reader_takes_as_text_or_closed_are_not_refused():
    from windtunnel.io.csv import parse_csv

    assert parse_csv(b'a,b\nab"",c\n"x"y"z,"q""",w\n').rows == [['ab""', "c"],
                                                                 ['xy"z', 'q"', "w"]]


def test_a_gephi_dynamic_value_is_the_one_in_effect_at_the_end():
    """Intervals (closed or open bounds), timestamps, dates and an open end: the value of
    the interval that ends last, or of the latest timestamp; a plain cell is none."""
    from windtunnel.io.dynamic_values import final_value

    assert final_value("<[2005, 2010, -0.5]; [2000, 2005, 0.25]>") == "-0.5"
    assert final_value("<[2000, 0.5]; [2005, 0.7]; [2001, 0.9]>") == "0.7"
    assert final_value("<(1, Infinity, 1]; [1, 3, 4]>") == "1"
    assert final_value("<[2001-01-01, 2002-06-30, 'low']; [2002-07-01, 2003-01-01, 'high']>"
                       ) == "high"
    assert final_value("0.5") is None
    with pytest.raises(ValueError):
        final_value("<[2000, 2005, 0.5]; [2005")


@pytest.mark.parametrize("weights, separator", [
    (["0.5", "1e-400", "0.2"], ","),                     # a column read at once
    (["0.5", "1e-400", "0.2", "0.5"], ","),              # and by its distinct texts
    (["0,5", "0,0001e-400", "0,2"], ";"),                 # decimal commas
])
def test_a_number_nearer_0_than_any_double_is_refused_in_a_whole_column_too(tmp_path, weights,
                                                                               separator):
    """A column of numbers is read at once when every cell is plain: 1e-400 there became
    weight 0, an edge the file weighs turned into none, without a word."""
    from windtunnel.errors import LoadError
    from windtunnel.io import import_model

    names = "abcd"
    rows = [separator.join((names[i], names[(i + 1) % 4], weight))
            for i, weight in enumerate(weights)]
    path = tmp_path / "edges.csv"
    path.write_text("\n".join([separator.join(("From", "To", "Weight")), *rows]) + "\n",
                    encoding="utf-8")
    with pytest.raises(LoadError, match=r"edges.csv: row 3, column Weight: '[0-9,e-]+' is "
                                        "nearer 0 than any number"):
        import_model(path)
