"""Translations in and out of workbooks, CSV tables and GraphML; the results workbook and the
command line in the chosen language."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from windtunnel import language
from windtunnel.cli import main
from windtunnel.io import export_model, import_model
from windtunnel.model import LoadError, dumps, group_name, load
from windtunnel.paths import bundled_model

TEACHING = "first-steps-access-controls.wtm"


@pytest.fixture(autouse=True)
def original_language():
    yield
    language.set_current(language.ORIGINAL)


@pytest.fixture(scope="module")
def teaching():
    return load(bundled_model(TEACHING))


@pytest.mark.parametrize("name", ["model.xlsx", "tables"])
def test_a_workbook_and_csv_tables_bring_every_translation_back(tmp_path, teaching, name):
    export_model(teaching, tmp_path / name)
    back = import_model(tmp_path / name)
    assert back.model == teaching
    assert not back.notes


def test_graphml_carries_node_and_edge_translations_as_attributes(tmp_path, teaching):
    path = tmp_path / "map.graphml"
    export_model(teaching, path)
    assert 'attr.name="label@zh-HK"' in path.read_text("utf-8")
    back = import_model(path).model
    for node in teaching.nodes:
        assert back.node(node.id).translations == node.translations
    for edge in teaching.edges:
        assert back.edge(*edge.key).translations == edge.translations


def test_groups_and_publishers_travel_in_the_translations_sheet_and_graphml(tmp_path, teaching):
    assert teaching.group_translations.get("zh-HK", "United States") == "美國"
    export_model(teaching, tmp_path / "model.xlsx")
    rows = list(load_workbook(tmp_path / "model.xlsx")["Translations"].iter_rows(values_only=True))
    assert ("group", "China", None, None, "name", "ja", "中国") in rows
    assert ("source", "china-daily", None, None, "publisher", "zh-CN",
            "中国日报（观点·中国视角）") in rows
    nodes = list(load_workbook(tmp_path / "model.xlsx")["Nodes"].iter_rows(values_only=True))
    assert "United States" in {row[3] for row in nodes}, "the Nodes sheet keeps the original"
    graphml = tmp_path / "map.graphml"
    export_model(teaching, graphml)
    assert 'attr.name="group@zh-CN"' in graphml.read_text("utf-8")
    assert import_model(graphml).model.group_translations == teaching.group_translations


def _workbook_with_translations(tmp_path, teaching, rows):
    path = tmp_path / "model.xlsx"
    export_model(teaching, path)
    book = load_workbook(path)
    sheet = book["Translations"]
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("row, expected", [
    (["node", "ghost", None, None, "label", "ja", "幽霊"],
     "sheet Translations, row {n}, column ID: the model has no node 'ghost'"),
    (["edge", None, "misuse-risk", "access-ban", "rationale", "ja", "逆"],
     "sheet Translations, row {n}, column From: the model has no edge from misuse-risk to "
     "access-ban"),
    (["robot", "access-ban", None, None, "label", "ja", "x"],
     "sheet Translations, row {n}, column Kind: 'robot' is not one of"),
    (["node", "access-ban", None, None, "label", "zh_HK", "存取禁令"],
     "column Language: translations: 'zh_HK' is not a language tag as files write it: "
     "write 'zh-HK'"),
    (["node", "access-ban", None, None, "group", "fr", "États-Unis"],
     "row {n}, column Text: translations.fr.group: 'group' has no translations here"),
    (["node", "access-ban", None, None, "label", "fr", "x" * 400],
     "row {n}, column Text: translations.fr.label: text of 400 characters is longer than 300"),
    (["node", "access-ban", None, None, "label", "ja", "二度目"],
     "row {n}, column Text: the label of this node in ja is also given in row"),
    (["group", "China", None, None, "label", "ja", "中華"],
     "row {n}, column Field: a group has only a name to translate, not 'label'"),
    (["group", "China", None, None, "name", "ja", "二度目"],
     "row {n}, column Text: the group 'China' in ja is also given in row"),
    (["group", "China", None, None, "name", "ko", "중\x85국"],
     "row {n}, column Text: group_translations.ko.China: holds the control character U+0085"),
    (["group", "China", None, None, "name", "zh_TW", "中國"],
     "column Text: group_translations: 'zh_TW' is not a language tag as files write it"),
])
def test_a_bad_translation_row_refuses_the_import_with_its_place(tmp_path, teaching, row,
                                                                 expected):
    path = _workbook_with_translations(tmp_path, teaching, [row])
    rows = load_workbook(path)["Translations"].max_row
    with pytest.raises(LoadError) as info:
        import_model(path)
    assert expected.format(n=rows) in str(info.value), str(info.value)


def _grouped_model():
    """Two nodes in the group "Économie", written composed (NFC) by the nodes."""
    from windtunnel.model import Edge, Model, Node

    return Model.from_elements(nodes=[Node("a", "A", group="\u00c9conomie"),
                                      Node("b", "B", group="\u00c9conomie"),
                                      Node("c", "C", group="SOCIAL"),
                                      Node("d", "D", group="Social")],
                               edges=[Edge("a", "b", 0.5)])


@pytest.mark.parametrize("name", ["model.xlsx", "tables"])
def test_a_group_translated_in_another_unicode_form_is_the_nodes_group(tmp_path, name):
    """The Translations sheet writes the group decomposed (NFD: E and a combining accent,
    as macOS and some tools write it), the nodes composed: it is their group."""
    path = tmp_path / name
    export_model(_grouped_model(), path)
    row = ["group", "E\u0301conomie", None, None, "name", "ja", "経済"]
    if name == "model.xlsx":
        book = load_workbook(path)
        book.create_sheet("Translations").append(
            ["Kind", "ID", "From", "To", "Field", "Language", "Text"])
        book["Translations"].append(row)
        book.save(path)
    else:
        with open(path / "translations.csv", "w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows([["Kind", "ID", "From", "To", "Field", "Language",
                                        "Text"], row])
    model = import_model(path).model
    assert model.group_translations.to_dict() == {"ja": {"\u00c9conomie": "経済"}}
    assert group_name(model, "\u00c9conomie", "ja") == "経済"


def test_a_group_translation_alike_to_several_groups_is_refused(tmp_path):
    path = tmp_path / "model.xlsx"
    export_model(_grouped_model(), path)
    book = load_workbook(path)
    book.create_sheet("Translations").append(
        ["Kind", "ID", "From", "To", "Field", "Language", "Text"])
    book["Translations"].append(["group", "social", None, None, "name", "ja", "社会"])
    book.save(path)
    with pytest.raises(LoadError, match=r"sheet Translations, row 2, column ID: 'social' names "
                                        r"2 groups \('SOCIAL', 'Social'\), whose names differ "
                                        r"at most by case"):
        import_model(path)


def test_a_translations_sheet_without_its_columns_is_refused(tmp_path, teaching):
    path = tmp_path / "model.xlsx"
    export_model(teaching, path)
    book = load_workbook(path)
    book.remove(book["Translations"])
    sheet = book.create_sheet("Translations")
    sheet.append(["Kind", "ID", "Text"])
    book.save(path)
    with pytest.raises(LoadError, match="needs the columns .*missing: From, To, Field, "
                                        "Language"):
        import_model(path)


def test_the_results_workbook_speaks_the_chosen_language_and_reimports_the_model(tmp_path):
    out = tmp_path / "results.xlsx"
    assert main(["run", str(bundled_model(TEACHING)), "--language", "ja",
                 "--out", str(out)]) == 0
    book = load_workbook(out, read_only=True)
    summary = [row for row in book["Summary"].iter_rows(values_only=True)]
    assert "悪用リスク" in [row[1] for row in summary]
    scorecard = [row[1] for row in book["Scorecard"].iter_rows(values_only=True)]
    assert "悪用リスクを抑える" in scorecard
    assert "米国" in [row[3] for row in summary], "the Summary names groups in the language"
    nodes = [row[1] for row in book["Nodes"].iter_rows(values_only=True)]
    assert "Misuse risk" in nodes, "the model sheets keep the original"
    assert "禁止を強化" in book.sheetnames[3] or any("禁止を強化" in n for n in book.sheetnames)
    language.set_current("en")
    assert import_model(out).model == load(bundled_model(TEACHING))


def test_the_csv_results_and_the_weight_matrix_follow_the_language(tmp_path, capsys):
    table = tmp_path / "results.csv"
    assert main(["run", str(bundled_model(TEACHING)), "--language", "zh-HK",
                 "--out", str(table)]) == 0
    with open(table, encoding="utf-8") as handle:
        labels = {row["label"] for row in csv.DictReader(handle)}
    assert "濫用風險" in labels and "Misuse risk" not in labels
    assert "收緊禁令" in capsys.readouterr().out
    matrix = tmp_path / "matrix.csv"
    assert main(["export", str(bundled_model(TEACHING)), "-o", str(matrix),
                 "--language", "zh-CN"]) == 0
    assert "滥用风险" in matrix.read_text("utf-8-sig")


def test_an_unknown_language_is_a_usage_error(tmp_path, capsys):
    assert main(["run", str(bundled_model(TEACHING)), "--language", "klingon"]) == 2
    assert "klingon" in capsys.readouterr().err
    assert language.current() == "en"


def test_the_file_of_a_translated_model_is_unchanged_by_the_chosen_language(teaching):
    text = dumps(teaching)
    language.set_current("ja")
    assert dumps(teaching) == text
    assert json.loads(text)["nodes"][0]["label"] == "Access ban"

