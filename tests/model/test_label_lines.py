"""Line breaks in labels: a label is one line. A model file that holds a label with a
break is read as it is (nothing changes unsaid), with a note saying how such a label
shows; descriptions keep their breaks."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from windtunnel.model import Edge, Model, Node, Translations, dumps
from windtunnel.model.fileformat import load_noted
from windtunnel.model import label_lines
from windtunnel.model.document import _TYPES, KINDS
from windtunnel.model.label_lines import (LABELLED, label_breaks_note, one_line,
                                          one_line_label, single_line_labels)

from conftest import examples


@pytest.mark.parametrize("text, line", [
    ("Tax\nrate", "Tax rate"), ("Tax \r\n  rate", "Tax rate"), ("Tax\n\nrate\n", "Tax rate"),
    ("\u7a0e\u7387\u2028\u4e0a\u6607", "\u7a0e\u7387 \u4e0a\u6607"), ("Tax  rate", "Tax  rate")])
def test_a_break_and_the_blanks_around_it_are_one_space(text, line):
    assert one_line(text) == line


def _model(label: str) -> Model:
    model = Model()
    model.add_node(Node("a", label, description="First line\nsecond line"))
    model.add_node(Node("b", "Jobs"))
    model.add_edge(Edge("a", "b", 0.5, rationale="because\nof this"))
    return model


def test_a_model_file_s_label_with_a_break_is_kept_and_the_note_says_how_it_shows(tmp_path):
    path = tmp_path / "map.wtm"
    path.write_text(dumps(_model("Tax\nrate")), encoding="utf-8")
    model, changes = load_noted(path)
    assert model.node("a").label == "Tax\nrate" and changes == ()     # nothing changed
    assert str(label_breaks_note(model)) == (
        "node 'a': 1 label(s) hold line breaks, kept as the file has them: the map shows "
        "such a label on one line, its breaks as spaces; edit it to make it one line "
        "everywhere")
    assert json.loads(path.read_text("utf-8"))["nodes"][0]["label"] == "Tax\nrate"


def test_a_model_file_without_such_labels_has_no_note(tmp_path):
    path = tmp_path / "map.wtm"
    path.write_text(dumps(_model("Tax rate")), encoding="utf-8")
    assert label_breaks_note(load_noted(path)[0]) is None


def test_the_labelled_kinds_are_those_whose_elements_have_a_label():
    with_label = [kind for kind in KINDS if "label" in _TYPES[kind].__dataclass_fields__]
    assert list(LABELLED) == with_label


def test_the_labels_are_looked_for_without_walking_the_edges(monkeypatch):
    """A model's edges (its most numerous elements) have no label: finding the labels
    with breaks does not look at each edge."""
    looked_at = []
    original = label_lines.one_line_label

    def counting(element, before=None):
        looked_at.append(type(element).__name__)
        return original(element, before)

    monkeypatch.setattr(label_lines, "one_line_label", counting)
    model = _model("Tax\nrate")
    assert label_breaks_note(model) is not None and single_line_labels(model) is not None
    assert "Edge" not in looked_at and "Node" in looked_at


def test_an_imported_model_s_labels_become_one_line_and_its_texts_keep_their_breaks():
    model = _model("Tax\nrate")
    note = single_line_labels(model)
    assert str(note) == ("node 'a': line breaks in 1 label(s) became spaces: a label is one "
                         "line (descriptions keep their breaks)")
    assert model.node("a").label == "Tax rate"
    assert model.node("a").description == "First line\nsecond line"
    assert model.edge("a", "b").rationale == "because\nof this"
    assert single_line_labels(model) is None


def test_only_the_label_texts_an_edit_sets_are_made_one_line():
    kept = Node("a", "Tax\nrate", translations=Translations((("ja", "label", "\u7a0e\n\u7387"),)))
    edited = Node("a", "Tax\nrate", initial=0.3, translations=kept.translations)
    assert one_line_label(edited, kept) is edited                  # another field's edit
    renamed = Node("a", "Tax\nlevel", translations=Translations((
        ("ja", "label", "\u7a0e\n\u7387"), ("zh-CN", "label", "\u7a0e\n\u7387"))))
    made = one_line_label(renamed, kept)
    assert made.label == "Tax level"
    assert set(made.translations.entries) == {("ja", "label", "\u7a0e\n\u7387"),
                                              ("zh-CN", "label", "\u7a0e \u7387")}


LABEL_TEXTS = st.one_of(st.sampled_from(["Tax", "Tax\nrate", "a\rb", "x\u2028y", "p\u2029q",
                                         "tab\there", "\x0bv", "\x0cf", "\x85n", " lone "]),
                        st.text(min_size=1, max_size=6))


@settings(max_examples=examples(300), deadline=None)
@given(labels=st.lists(LABEL_TEXTS, min_size=1, max_size=6),
       translated=st.lists(st.tuples(st.integers(0, 5), LABEL_TEXTS), max_size=2))
def test_labels_searched_as_one_text_find_what_a_walk_finds(labels, translated):
    """The labels of a kind searched at once (and left unwalked when no break can be in
    them) give the broken elements a walk of every element gives."""
    nodes = [Node(f"n{k}", label) for k, label in enumerate(labels)]
    for k, text in translated:
        if k < len(nodes):
            nodes[k] = replace(nodes[k], translations=nodes[k].translations.with_text(
                "ja", "label", text))
    model = Model.from_elements(nodes=[node for node in nodes if not node.problems()])
    walked = [("node", node) for node in model.nodes if one_line_label(node) is not node]
    assert label_lines._broken(model) == walked
