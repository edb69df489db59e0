"""Imports of Kumu's files (its connections and elements tables, blueprints, exports) told from
a project backup and from Cytoscape.js JSON, each refused with the way round."""

from __future__ import annotations

import json

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import DEFAULT_WEIGHT, import_model

from io_helpers import DATA, write_workbook


def test_kumu_connections_with_elements():
    imported = import_model(DATA / "kumu_connections.csv", nodes=DATA / "kumu_elements.csv")
    model = imported.model
    assert [n.label for n in model.nodes][:2] == ["Export controls", "Chip smuggling"]
    controls = model.node("export-controls")
    assert controls.kind == "restriction" and controls.tags == ("hardware", "US")
    assert model.node("domestic-chip-industry").kind == "actor"
    assert model.node("cloud-compute-rental").tags == ("cloud", "Activity")
    assert model.edge("export-controls", "cloud-compute-rental").weight == -0.3  # Type negative
    assert model.edge("chip-smuggling", "model-access-abroad").weight == DEFAULT_WEIGHT
    assert model.edge("export-controls", "chip-smuggling").rationale.startswith("Controls")
    notes = [str(n) for n in imported.notes]
    assert any("kumu_elements.csv, row 5, column Type" in n and "Activity" in n for n in notes)
    assert len(model.edges) == 5 and not any("Direction" in n for n in notes)  # all directed
    assert any("column Strength: 1 edge had no weight (row 4)" in n for n in notes)


def test_a_kumu_project_backup_is_refused_naming_the_export_to_use(tmp_path):
    """The backup holds every map and view and the project's trash: which elements are on
    the map one means, and which were deleted, it does not say."""
    path = tmp_path / "project.json"
    path.write_text('{"name": "Map", "proxyImages": true, "defaultMap": "map-1", '
                    '"defaultPerspective": null, "elements": [{"_id": "elem-1", '
                    '"attributes": {"label": "A"}}], "connections": []}', encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert str(caught.value).startswith("project.json: a Kumu project backup (Export to "
                                        "JSON) is not read")
    assert "in Kumu, open that map, choose Export to XLSX with nothing selected" in str(
        caught.value)


def test_a_kumu_blueprint_imports_by_the_rules_of_kumu_s_workbook(tmp_path):
    """Kumu's JSON blueprint (its help's own example, with a mutual connection) was met with
    'cannot tell the format of a .json file'."""
    path = tmp_path / "blueprint.json"
    path.write_text(json.dumps({
        "elements": [{"label": "A", "type": "Policy", "description": "This is A",
                      "tags": ["one", "two"]},
                     {"label": "B", "type": "Person", "Favorite Dessert": "shave ice"}],
        "connections": [{"from": "A", "to": "B", "type": "negative"},
                        {"from": "B", "to": "C", "direction": "mutual"}]}), encoding="utf-8")
    imported = import_model(path)
    model = imported.model
    assert imported.format == "kumu"
    assert [(n.id, n.label, n.kind) for n in model.nodes] == [
        ("a", "A", "restriction"), ("b", "B", "actor"), ("c", "C", "factor")]
    assert model.node("a").tags == ("one", "two") and model.node("a").description == "This is A"
    assert {(e.source, e.target): e.weight for e in model.edges} == {
        ("a", "b"): -0.5, ("b", "c"): 0.5, ("c", "b"): 0.5}
    notes = [str(n) for n in imported.notes]
    assert any("added 1 node that only connections name, no element: 'C' (id c)" in n
               for n in notes)
    assert any("ignored node attribute 'Favorite Dessert'" in n for n in notes)
    assert any("1 undirected edge became an edge each way" in n for n in notes)


def test_kumu_s_exported_elements_read_by_their_attributes_and_ids(tmp_path):
    """As Kumu's export writes an element: an internal ``_id`` (connections name it) and its
    fields in ``attributes``; the node's id is made from its label."""
    path = tmp_path / "export.json"
    path.write_text(json.dumps({
        "elements": [{"_id": "elem-QPD", "attributes": {
                          "label": "Qualité de la définition", "element type": "Policy"}},
                     {"_id": "elem-NM", "attributes": {"label": "Number of changes"}}],
        "connections": [{"_id": "conn-1", "direction": "directed", "delayed": False,
                         "reversed": False, "from": "elem-QPD", "to": "elem-NM",
                         "attributes": {"connection type": "-", "strength": 0.8}}]}),
        encoding="utf-8")
    imported = import_model(path)
    assert [(n.id, n.kind) for n in imported.model.nodes] == [
        ("qualite-de-la-definition", "restriction"), ("number-of-changes", "factor")]
    assert [(e.source, e.target, e.weight) for e in imported.model.edges] == [
        ("qualite-de-la-definition", "number-of-changes", -0.8)]
    assert not any("ignored" in str(n) for n in imported.notes)


def test_a_kumu_connection_naming_a_label_two_elements_share_is_refused_not_guessed(tmp_path):
    """Two elements labelled alike: a connection naming that label could join either, so
    it is refused where it is (as a table's edge naming two nodes' label is), and nothing
    is written; named by their ids, the same elements import."""
    elements = [{"label": "Cloud access", "Region": "Global"},
                {"label": "Cloud access", "Region": "China"}, {"label": "Chips"}]
    path = tmp_path / "shared.json"
    path.write_text(json.dumps({"elements": elements, "connections": [
        {"from": "Chips", "to": "Cloud access"}]}), encoding="utf-8")
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert ("edge Chips \u2192 Cloud access: 'to' names 'Cloud access', the label of 2 elements "
            "('Cloud access' (id cloud-access), 'Cloud access' (id cloud-access-2))") in str(refused.value)
    elements[0]["id"], elements[1]["id"] = "global", "china"
    path.write_text(json.dumps({"elements": elements, "connections": [
        {"from": "Chips", "to": "china"}]}), encoding="utf-8")
    model = import_model(path).model
    assert [(e.source, e.target) for e in model.edges] == [("chips", "china")]


def test_kumu_s_reversed_and_delayed_connections_are_read_for_what_they_mean(tmp_path):
    """Kumu's ``reversed`` (its arrow points from ``to`` to ``from``) and ``delayed`` (its
    delay marking) were listed as ignored columns, the reversed edge drawn the wrong way:
    the ends are swapped, a delayed connection gets a one-step delay (unless it has a
    Delay field of its own), and the note counts both."""
    path = tmp_path / "export.json"
    path.write_text(json.dumps({
        "elements": [{"label": "Tax"}, {"label": "Prices"}, {"label": "Demand"}],
        "connections": [
            {"from": "Tax", "to": "Prices", "reversed": True, "delayed": False},
            {"from": "Prices", "to": "Demand", "delayed": True, "reversed": False,
             "type": "-"},
            {"from": "Demand", "to": "Tax", "delayed": True, "attributes": {"Delay": 3}}]}),
        encoding="utf-8")
    imported = import_model(path)
    assert [(e.source, e.target, e.delay) for e in imported.model.edges] == [
        ("prices", "tax", 0), ("prices", "demand", 1), ("demand", "tax", 3)]
    notes = [str(n) for n in imported.notes]
    assert "1 connection marked reversed (Kumu's reverse direction) became an edge from its " \
           "'to' element to its 'from' element, the way its arrow points" in notes
    assert "1 connection marked delayed (Kumu's delay marking, which gives no length) got a " \
           "delay of 1 step, the shortest: set a longer delay on the edges where the effect " \
           "takes longer" in notes
    assert not any("ignored" in n for n in notes)
    path.write_text(json.dumps({"elements": [{"label": "A"}, {"label": "B"}], "connections": [
        {"id": "c1", "from": "A", "to": "B", "delayed": "sometimes"}]}), encoding="utf-8")
    with pytest.raises(LoadError, match=r"edge 'c1' \(A → B\): its 'delayed' flag: 'sometimes' is not "
                                        r"yes/no or true/false"):
        import_model(path)


def test_kumu_fields_named_as_the_graph_library_s_arguments_stay_fields(tmp_path):
    """A field may be called anything: one named ``node_for_adding`` raised a TypeError
    (a traceback), and two connections with a ``key`` field of one value between the
    same elements kept only the last, silently."""
    path = tmp_path / "blueprint.json"
    path.write_text(json.dumps({
        "elements": [{"label": "A", "node_for_adding": "x"}, {"label": "B"}],
        "connections": [{"from": "A", "to": "B", "key": "k", "strength": 0.2},
                        {"from": "A", "to": "B", "key": "k", "strength": 0.3}]}),
        encoding="utf-8")
    imported = import_model(path)
    assert [(e.source, e.target, e.weight) for e in imported.model.edges] == [("a", "b", 0.5)]
    notes = [str(n) for n in imported.notes]
    assert any("ignored node attribute 'node_for_adding'" in n for n in notes)
    assert any("a → b (2 times)" in n for n in notes)


@pytest.mark.parametrize("text, why", [
    ('{"elements": {"nodes": [{"data": {"id": "a"}}], "edges": []}}',
     "Cytoscape.js JSON files are not read: in Cytoscape, export the network as GraphML"),
    ('{"elements": [{"data": {"id": "a"}}, {"data": {"id": "e", "source": "a", "target": '
     '"a"}}]}', "Cytoscape.js JSON files are not read"),                # Cytoscape.js's list of elements
    ('{"elements": {"elem-1": "Tax"}, "connections": []}', "not a Kumu blueprint"),
    # Cytoscape.js writes its elements as one list: read as Kumu's, each edge became a node
    ('{"elements": [{"data": {"id": "a"}}, {"data": {"id": "b"}}, '
     '{"data": {"source": "a", "target": "b"}, "classes": "bezier"}]}',
     "Cytoscape.js JSON files are not read"),
    ('{"elements": [], "connections": []}', "not a Kumu blueprint"),
    ('{"elements": [{"label": "A"}], "connections": [{"from": "A"}]}',
     "edge A → ?: has no 'to'"),
    ('{"elements": [{"label": "A"}], "connections": [{"id": "c1", "from": "A", "to": "A", '
     '"direction": "sideways"}]}', "edge 'c1' (A → A): 'sideways' is not a direction"),
    ('{"elements": [{"label": "A"}, 3], "connections": []}', "element 2 (elements[1]): is not an object"),
    ('{"elements": [{"label": "A"}, ', "line 1, column 30: the file ends early"),
    ('{"elements": [{"label": "A"} "x"]}', "line 1, column 30: not valid JSON"),
])
def test_json_that_is_not_a_kumu_blueprint_is_refused_where_and_why(tmp_path, text, why):
    path = tmp_path / "map.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        import_model(path, format="kumu")
    assert str(caught.value).startswith("map.json: ") and why in str(caught.value)


def test_a_list_of_cytoscape_js_elements_is_refused_as_cytoscape_js_json(tmp_path):
    path = tmp_path / "network.json"
    path.write_text('\ufeff [{"data": {"id": "a"}}, {"data": {"source": "a", "target": "a"}}]',
                    encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        import_model(path)
    assert str(caught.value) == (
        "network.json: Cytoscape.js JSON files are not read: in Cytoscape, export the network "
        "as GraphML (File > Export > Network to File) and import that")


def _kumu_files(tmp_path):
    (tmp_path / "elements.csv").write_text(
        "Label,Type,Group,Tags\n"
        "Export controls,Policy|Regulation,Trade|Security,hardware|US\n"
        "Chip smuggling,Issue,,\n"
        "Commerce Dept,Organization | Government,Security,\n"
        "Fab capacity,,Industry||Trade,\n", encoding="utf-8")
    (tmp_path / "connections.csv").write_text(
        "From,To,Type\nExport controls,Chip smuggling,positive\n"
        "Commerce Dept,Export controls,positive\n", encoding="utf-8")
    return tmp_path / "connections.csv", tmp_path / "elements.csv"


def test_kumu_values_written_a_bar_b_give_the_first_as_kind_or_group_and_all_as_tags(tmp_path):
    edges, nodes = _kumu_files(tmp_path)
    imported = import_model(edges, nodes=nodes)
    model = imported.model
    controls = model.node("export-controls")
    assert controls.kind == "restriction" and controls.group == "Trade"
    assert controls.tags == ("hardware", "US", "Policy", "Regulation", "Trade", "Security")
    commerce = model.node("commerce-dept")
    assert commerce.kind == "actor" and commerce.group == "Security"
    assert commerce.tags == ("Organization", "Government")
    fab = model.node("fab-capacity")
    assert fab.group == "Industry" and fab.tags == ("Industry", "Trade")
    assert model.node("chip-smuggling").tags == ()     # one value, a kind word: as before
    notes = [str(n) for n in imported.notes]
    assert any(n.startswith("file elements.csv, column Type: cells holding several values "
                            "separated by | (as Kumu writes them: row 2, row 4)") for n in notes)
    assert any(n.startswith("file elements.csv, column Group: cells holding several values "
                            "separated by | (as Kumu writes them: row 2, row 5)") for n in notes)


def test_a_windtunnel_workbook_keeps_a_group_that_holds_a_bar(tmp_path):
    """Windtunnel's own workbook (it has a Model sheet) is not another tool's: its group
    text is the group, bars and all."""
    from conftest import make_small_model
    from windtunnel.io import model_workbook_bytes

    model = make_small_model()
    model.update_node("ban", group="Trade|Security")
    path = tmp_path / "model.xlsx"
    path.write_bytes(model_workbook_bytes(model))
    back = import_model(path).model.node("ban")
    assert back.group == "Trade|Security" and back.tags == model.node("ban").tags


def test_cytoscape_s_json_export_is_told_from_kumu_s(tmp_path):
    """Cytoscape's JSON (as networkx's writer of it, the format of Cytoscape's File > Export
    > Network to File > Cytoscape.js JSON, writes it) is named as Cytoscape's; a Kumu
    blueprint whose elements and connections are objects keyed by id is Kumu's, and read."""
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_edge("Tax", "Jobs", weight=0.5)
    cytoscape = tmp_path / "network.json"
    cytoscape.write_text(json.dumps(nx.cytoscape_data(graph)), encoding="utf-8")
    with pytest.raises(LoadError, match="Cytoscape.js JSON files are not read"):
        import_model(cytoscape)
    kumu = tmp_path / "kumu.json"
    kumu.write_text(json.dumps({
        "elements": {"elem-6WdX": {"attributes": {"label": "Tax", "element type": "Policy"}},
                     "elem-BbwU": {"attributes": {"label": "Jobs"}}},
        "connections": {"conn-3FYG": {"direction": "directed", "from": "elem-6WdX",
                                      "to": "elem-BbwU",
                                      "attributes": {"connection type": "-"}}}}),
        encoding="utf-8")
    imported = import_model(kumu)
    assert imported.format == "kumu"
    assert sorted(n.label for n in imported.model.nodes) == ["Jobs", "Tax"]
    [edge] = imported.model.edges
    assert (edge.source, edge.target, edge.weight) == ("tax", "jobs", -0.5)


@pytest.mark.parametrize("head, cytoscape", [
    (b'[{"data": {"id": "a"}}, {"data": {"source": "a", "target": "a"}}]', True),
    (b'\xef\xbb\xbf [\n  {\n    "data" : {"id": "a"}}]', True),
    (b'[{"name": "data", "value": 0.5}]', False),        # a list naming a variable "data"
    (b'[{"id": "x", "data": {"id": "a"}}]', False),
    (b'{"elements": [{"data": {"id": "a"}}]}', False),    # Kumu's reader tells this one
])
def test_only_a_list_of_data_objects_reads_as_cytoscape_elements(head, cytoscape):
    """A JSON list with "data" anywhere near its start (an FSDM file's variable called
    data) was refused as Cytoscape.js's before its own format was tried."""
    from windtunnel.io.cytoscape import looks_like_cytoscape_elements

    assert looks_like_cytoscape_elements(head) is cytoscape


_ELEMENTS = [["Label", "Type"], ["Tax", "Policy"], ["Jobs", "Outcome"]]
_OLD_TIES = [["From", "To", "Type"], ["Jobs", "Tax", "+"], ["Old plan", "Tax", "+"]]


@pytest.mark.parametrize("names", [("Elements", "Connections", "Connections (ignore)"),
                                   ("People", "Ties", "Ties (Ignore)")])
def test_a_sheet_kumu_marks_ignored_is_not_read_and_the_note_says_so(tmp_path, names):
    """Kumu skips a sheet with "(ignore)" in its name (notes, an old version kept in the
    workbook): it was read as data, adding its edges and nodes, or refused as a second
    edge list beside the real one."""
    path = write_workbook(tmp_path / "kumu.xlsx", {
        names[0]: _ELEMENTS, names[1]: [["From", "To", "Type"], ["Tax", "Jobs", "-"]],
        names[2]: _OLD_TIES})
    imported = import_model(path)
    label = {node.id: node.label for node in imported.model.nodes}
    assert sorted(label.values()) == ["Jobs", "Tax"]
    assert [(label[e.source], label[e.target]) for e in imported.model.edges] == [
        ("Tax", "Jobs")]
    assert (f"not read: {names[2]!r}, marked \u201c(ignore)\u201d in the name, Kumu's mark "
            "for a sheet that stays in the workbook but is not imported") in [
        note.message for note in imported.notes]


def test_a_workbook_whose_every_sheet_kumu_marks_ignored_is_refused_naming_them(tmp_path):
    path = write_workbook(tmp_path / "kumu.xlsx", {"Elements (ignore)": _ELEMENTS,
                                                   "Connections (ignore)": _OLD_TIES})
    with pytest.raises(LoadError) as refused:
        import_model(path)
    assert str(refused.value) == (
        "kumu.xlsx: every sheet is marked \u201c(ignore)\u201d in its name ('Elements "
        "(ignore)', 'Connections (ignore)'), so there is nothing to import: take the mark out "
        "of the names of the sheets to read")


def test_a_kumu_connection_names_an_element_by_its_id_before_another_s_label(tmp_path):
    """"A" is the id of one element and the label of another listed first: the connection
    joins the element whose id it is (it was read as the other, a self-loop, and skipped)."""
    path = tmp_path / "map.json"
    path.write_text(json.dumps({
        "elements": [{"id": "x", "label": "A"}, {"id": "A", "label": "B"}],
        "connections": [{"from": "A", "to": "x", "type": "+"}]}), encoding="utf-8")
    imported = import_model(path)
    assert [(e.source, e.target) for e in imported.model.edges] == [("A", "x")]
    assert not [n for n in imported.notes if "self-loop" in str(n)]
