"""An import's refusals and notes in Chinese and Japanese carry no English words but the
names of the file, its sheets, columns and nodes: sheet lists, missing columns, Mental
Modeler's places and the notes on names alike (case, width, lookalike letters)."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from windtunnel.errors import LoadError
from windtunnel.io import import_model

from .english import english

#: The names the files below write (sheets, columns, labels, ids).
_NAMES = {"Links", "From", "Weight", "Label", "Node", "Tax", "Jobs", "China", "Chin", "Lab",
          "tax", "jobs", "edges", "mmp", "bad", "wide", "close", "left", "very", "Gephi"}


def _said(path, **options) -> str:
    """Every problem and note of importing ``path``, one per line."""
    try:
        return "\n".join(str(note) for note in import_model(path, **options).notes)
    except LoadError as refused:
        return "\n".join(str(problem) for problem in refused.problems)


def _workbook(path, sheets: dict[str, list[list]]):
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _bad_files(tmp_path) -> dict[str, object]:
    edges = [["From", "To", "Weight"], ["Tax", "Jobs", 0.5]]
    concepts = [{"id": "1", "name": "Tax", "x": "left", "y": 0, "units": "kg",
                 "relationships": [{"id": "2", "influence": "very"}]},
                {"id": "2", "name": "Jobs", "x": 0, "y": 0}]
    mmp = tmp_path / "bad.mmp"
    mmp.write_text(json.dumps({"concepts": concepts, "scenarios": [
        {"name": "Tax", "concepts": [{"id": "1", "influence": 3}]}]}), encoding="utf-8")
    wide = tmp_path / "wide.csv"
    wide.write_text("From,To,Weight\nＡＩ Lab,Tax,0.5\nAI Lab,tax,0.2\n", encoding="utf-8")
    close = tmp_path / "close.csv"
    close.write_text("From,To,Weight\nChina,Tax,0.5\nChin\u0430,Tax,0.2\n", encoding="utf-8")
    return {
        "two edge sheets": _workbook(tmp_path / "two.xlsx", {"Edges": edges, "Links": edges}),
        "no node column": _workbook(tmp_path / "objectives.xlsx", {
            "Edges": edges, "Objectives": [["ID", "Label"], ["o1", "Tax"]]}),
        "Mental Modeler places": mmp, "full width": wide, "lookalike letter": close}


@pytest.mark.parametrize("tag", ["ja", "zh-CN"])
def test_an_import_s_messages_are_all_in_the_chosen_language(tag, tmp_path,
                                                             catalogues_installed):
    from windtunnel.cli import language as cli_language

    files = _bad_files(tmp_path)
    english_said = {name: _said(path) for name, path in files.items()}
    # the English messages say what the translated ones must say too
    assert "sheets 'Edges', 'Links'" in english_said["two edge sheets"]
    assert "has no Node column" in english_said["no node column"]
    assert "concept 1 (Tax), x/y" in english_said["Mental Modeler places"]
    assert "concept 1 (Tax), relationship to '2'" in english_said["Mental Modeler places"]
    assert "letter width" in english_said["full width"]
    assert "Cyrillic" in english_said["lookalike letter"]
    cli_language.install(tag)
    try:
        for name, path in files.items():
            said = _said(path)
            assert said and english(said, _NAMES) == [], (name, said)
    finally:
        cli_language.install("en")


@pytest.mark.parametrize("tag, units", [("en", "Units: kg"), ("ja", "単位：kg"),
                                        ("zh-CN", "单位：kg")])
def test_units_are_written_in_the_language_of_the_import(tag, units, tmp_path,
                                                         catalogues_installed):
    """The words an import adds to a node's description follow the interface language at
    the time of the import (the help says so); the units themselves stay as written."""
    from windtunnel.cli import language as cli_language

    mmp = tmp_path / "units.mmp"
    mmp.write_text(json.dumps({"concepts": [
        {"id": "1", "name": "Tax", "notes": "Rate", "units": "kg", "x": 0, "y": 0}]}),
        encoding="utf-8")
    cli_language.install(tag)
    try:
        assert import_model(mmp).model.nodes[0].description == "Rate\n\n" + units
    finally:
        cli_language.install("en")


def _placed_files(tmp_path) -> dict[str, object]:
    """Files refused at a place an importer names in words of its own: a Kumu element that
    is no object, a Kumu connection without ends, a GEXF node without an id."""
    element = tmp_path / "element.json"
    element.write_text(json.dumps({"elements": [{"label": "Tax"}, 3], "connections": []}),
                       encoding="utf-8")
    connection = tmp_path / "connection.json"
    connection.write_text(json.dumps({"elements": [{"label": "Tax"}],
                                      "connections": [{"direction": "directed"}]}),
                          encoding="utf-8")
    gexf = tmp_path / "node.gexf"
    gexf.write_text('<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3">'
                    '<graph><nodes><node label="Tax"/></nodes><edges/></graph></gexf>',
                    encoding="utf-8")
    return {"Kumu element": element, "Kumu connection": connection, "GEXF node": gexf}


@pytest.mark.parametrize("tag", ["ja", "zh-CN", "zh-HK"])
def test_the_places_an_importer_names_are_in_the_chosen_language(tag, tmp_path,
                                                                 catalogues_installed):
    from windtunnel.cli import language as cli_language
    from windtunnel.io import ImportOptions

    files = _placed_files(tmp_path)
    english_said = {name: _said(path) for name, path in files.items()}
    assert english_said["Kumu element"].startswith("element 2 (elements[1]):")
    assert english_said["Kumu connection"].startswith("connection 1 (connections[0]):")
    assert english_said["GEXF node"].startswith("<node> element 1 of the file, labelled 'Tax':")
    cli_language.install(tag)
    try:
        for name, path in files.items():
            said = _said(path)
            assert said and english(said, _NAMES | {"elements", "connections", "from",
                                                    "node"}) == [], (name, said)
        with pytest.raises(LoadError) as refused:
            ImportOptions(near_names="maybe")
        assert english(str(refused.value.problems[0]), {"create", "refuse", "maybe"}) == []
    finally:
        cli_language.install("en")


_UNWEIGHTED = {
    "map.graphml": '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/'
                   'xmlns"><graph edgedefault="directed"><node id="a"/><node id="b"/>'
                   '<edge source="a" target="b"/></graph></graphml>\n',
    "map.gexf": '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">'
                '<graph defaultedgetype="directed"><nodes><node id="a"/><node id="b"/></nodes>'
                '<edges><edge source="a" target="b"/></edges></graph></gexf>\n',
    "map.json": '{"nodes": [{"key": "a"}, {"key": "b"}], '
                '"edges": [{"source": "a", "target": "b"}]}',
}

#: The note on a graph file with no weights, in each language: an edge attribute, not a
#: table's Weight or Type column (the file has no columns).
_NO_WEIGHT_ATTRIBUTE = {
    "en": "the edges have no weight attribute: every edge got the weight +0.5",
    "ja": "エッジに weight 属性がありません。すべてのエッジに重み +0.5 を与えました",
    "zh-CN": "边没有 weight 属性：每条边的权重都设为 +0.5",
    "zh-HK": "邊沒有 weight 屬性：每條邊的權重都設為 +0.5",
}


@pytest.mark.parametrize("tag", sorted(_NO_WEIGHT_ATTRIBUTE))
@pytest.mark.parametrize("name", sorted(_UNWEIGHTED))
def test_a_graph_file_without_weights_says_its_edges_have_no_weight_attribute(
        tmp_path, name, tag, catalogues_installed):
    """GraphML, GEXF and graphology JSON have edge attributes, not columns: the note that
    every edge got the default weight says so in the file's words, in every language."""
    (tmp_path / name).write_text(_UNWEIGHTED[name], encoding="utf-8")
    from windtunnel.cli import language as cli_language

    assert cli_language.install(tag)
    notes = [note.message for note in import_model(tmp_path / name).notes]
    assert _NO_WEIGHT_ATTRIBUTE[tag] in notes
    assert not any("Weight" in note for note in notes)


@pytest.mark.parametrize("tag, words", [("en", "Imported from close.csv (tables)"),
                                        ("ja", "ノードとエッジの表"),
                                        ("zh-HK", "節點與邊表格")])
def test_the_import_note_is_the_description_in_the_language_it_was_written_in(
        tag, words, tmp_path, catalogues_installed):
    """Written in Japanese or Chinese, an import's note is that language's text of the
    model's description, the original (the file's own description) kept as the file had
    it; in English it is added to the original. The format is named in the note's
    language, not by the reader's id."""
    from windtunnel import language
    from windtunnel.cli import language as cli_language

    close = tmp_path / "close.csv"
    close.write_text("From,To,Weight\nChina,Tax,0.5\nChin\u0430,Tax,0.2\n", encoding="utf-8")
    cli_language.install(tag)
    try:
        model = import_model(close).model
        note = model.translations.get(language.current(), "description")
        if tag == "en":
            assert note is None and model.description.startswith(words)
        else:
            assert model.description == "" and words in note
            assert english(note, _NAMES | {"close", "csv"}) == [], note
    finally:
        cli_language.install("en")
