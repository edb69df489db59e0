"""Two nodes of a graph file that carry one label are kept apart and noted: the file names
nodes by id, so nothing else would tell the user that the map shows two alike."""

from __future__ import annotations

import pytest

from windtunnel.io import export_model, import_model

FILES = {
    "map.gexf": ('<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" '
                 'version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" '
                 'label="Tax"/><node id="b" label="Tax"/><node id="c" label="Jobs"/></nodes>'
                 '<edges><edge source="a" target="b" weight="0.5"/></edges></graph></gexf>'),
    "map.graphml": ('<?xml version="1.0" encoding="UTF-8"?><graphml '
                    'xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" '
                    'attr.name="label" attr.type="string"/><graph edgedefault="directed">'
                    '<node id="a"><data key="l">Tax</data></node><node id="b"><data key="l">'
                    'Tax</data></node><node id="c"><data key="l">Jobs</data></node>'
                    '<edge source="a" target="b"/></graph></graphml>'),
    "map.mmp": ('{"concepts": [{"id": "a", "name": "Tax", "relationships": [{"id": "b", '
                '"influence": 0.5}]}, {"id": "b", "name": "Tax"}, {"id": "c", "name": "Jobs"}]}'),
    "kumu.json": ('{"elements": [{"id": "a", "label": "Tax"}, {"id": "b", "label": "Tax"}, '
                  '{"id": "c", "label": "Jobs"}], "connections": [{"from": "a", "to": "b", '
                  '"weight": 0.5}]}'),
}


@pytest.mark.parametrize("name", FILES)
def test_nodes_of_a_graph_file_sharing_a_label_are_kept_and_noted(tmp_path, name):
    path = tmp_path / name
    path.write_text(FILES[name], encoding="utf-8")
    imported = import_model(path)
    assert sorted(node.label for node in imported.model.nodes) == ["Jobs", "Tax", "Tax"]
    [note] = [n for n in imported.notes if "more than one node" in str(n)]
    tax_ids = sorted(node.id for node in imported.model.nodes if node.label == "Tax")
    assert f"'Tax' (ids {tax_ids[0]}, {tax_ids[1]})" in note.message
    assert note.message.startswith("1 label(s)") and "Jobs" not in note.message


def test_a_windtunnel_workbook_with_shared_labels_reads_back_without_a_note(tmp_path):
    path = tmp_path / "map.gexf"
    path.write_text(FILES["map.gexf"], encoding="utf-8")
    model = import_model(path).model
    export_model(model, tmp_path / "model.xlsx")
    again = import_model(tmp_path / "model.xlsx")
    assert not [n for n in again.notes if "more than one node" in str(n)]
    assert sorted(n.label for n in again.model.nodes) == ["Jobs", "Tax", "Tax"]
