"""A very long label stays readable: elided in its node and in the Inspector, whole on hover."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFontMetricsF

from windtunnel.app.canvas import label_text
from windtunnel.app.canvas.node_item import node_rect, shown_label
from windtunnel.app.canvas.style import node_font

LONG = ("Share of frontier model weights exfiltrated or leaked to actors outside the "
        "licensing regime, including through cloud rental in third countries, insider "
        "threats at contractors, open publication of distilled checkpoints, and smuggling "
        "of accelerators through transshipment hubs (annual review)!!")


def test_a_long_label_is_elided_in_its_node_never_cut(qapp):
    assert len(LONG) == 294
    shown = shown_label(LONG)
    lines = shown.splitlines()
    assert len(lines) == 4 and lines[-1].endswith("\u2026")
    metrics = QFontMetricsF(node_font())
    _, text_rect = node_rect(LONG)
    assert all(metrics.horizontalAdvance(line) <= text_rect.width() + 0.5 for line in lines)
    assert len(lines) * metrics.lineSpacing() <= text_rect.height() + 1
    # the words shown are the label's own, whole and in order
    assert LONG.startswith(" ".join(" ".join(lines).rstrip("\u2026").split()))
    assert LONG[len(" ".join(" ".join(lines).rstrip("\u2026").split()))] == " "


def test_short_and_four_line_labels_are_shown_as_they_are(qapp):
    assert shown_label("Leakage") == "Leakage"
    assert shown_label("Export ban on advanced chips") == "Export ban on advanced chips"
    assert shown_label("A\nB") == "A\nB"


def test_the_inspector_heading_stays_one_line_with_the_whole_label_on_hover(window, qtbot):
    window.editor.rename_node("lab", LONG)
    window.scene.select(["lab"])
    heading = window.inspector.heading
    assert heading.text().endswith("\u2026") and heading.text().startswith("Node: Share of")
    assert heading.toolTip() == f"Node: {LONG}"
    assert heading.height() < 2.2 * heading.fontMetrics().height()
    window.scene.select(["leak"])
    assert heading.text() == "Node: Leakage" and heading.toolTip() == ""


def test_an_elided_line_keeps_its_hint_on_hover_whether_or_not_it_is_cut(qtbot):
    from windtunnel.app.elided import ElidedLabel

    line = ElidedLabel("Baseline converged at step 6 \u00b7 a long scenario name " * 4)
    qtbot.addWidget(line)
    line.set_hint("What the verdict means.")
    line.resize(120, 20)
    assert line.text().endswith("\u2026") and len(line.text()) < len(line.full_text)
    assert line.toolTip() == line.full_text + "\n\nWhat the verdict means."
    line.set_full_text("Short.")
    assert line.text() == "Short." and line.toolTip() == "What the verdict means."


GERMAN = "Exportkontrollbestimmungen für Halbleiter"


def test_a_word_no_line_holds_breaks_with_a_hyphen_and_a_word_that_fits_never_breaks(window):
    """"Exportkontrollbestimmungen" is wider than a node: its line ends in a hyphen (and
    keeps room for it), the rest of the word starts the next line, and the node draws the
    label so; "Die", "für", "Halbleiter", which fit, are never cut."""
    from windtunnel.app.canvas.wrapping import HYPHEN

    metrics = QFontMetricsF(node_font())
    _, text_rect = node_rect(GERMAN)
    assert metrics.horizontalAdvance("Exportkontrollbestimmungen") > text_rect.width()
    for label in (GERMAN, "Die " + GERMAN, GERMAN + " und Speicherchips"):
        lines = shown_label(label).split("\n")
        broken = [line for line in lines if line.endswith(HYPHEN)]
        assert len(broken) == 1 and broken[0].startswith("Exportkontroll"), lines
        # the words read back whole: the hyphen's line joins the next without a space
        read = "".join(line[:-1] if line in broken else line + " " for line in lines)
        assert read.strip() == label
        assert all(metrics.horizontalAdvance(line) <= text_rect.width() + 0.5 for line in lines)
    window.editor.rename_node("lab", GERMAN)
    item = window.scene.node_items["lab"]
    assert item._label == shown_label(GERMAN)   # drawn as laid out, hyphen and all
    assert shown_label("Misuse risk of distillation") == "Misuse risk of distillation"


def test_labels_cut_to_the_same_text_are_cut_in_the_middle_instead(qapp):
    """Two short names that read alike ("Distill…" for two different nodes) left the room
    unable to tell the nodes apart: cut in the middle, each keeps its name's end, in no
    more width; a label cut alone, or whole, stays as it is."""
    from windtunnel.app.canvas.label_text import shortened, told_apart

    font = node_font()
    metrics = QFontMetricsF(font)
    names = {"a": "Distillation attacks on frontier labs",
             "b": "Distillation detection by providers",
             "c": "Chip smuggling through resellers", "d": "Misuse"}
    shows = {node_id: shortened(name, font, metrics, 120)[0] for node_id, name in names.items()}
    assert shows["a"] == shows["b"] and shows["a"].endswith("\u2026")
    changed = told_apart(shows, names.__getitem__, metrics)
    assert set(changed) == {"a", "b"} and changed["a"] != changed["b"]
    assert changed["a"].endswith("labs"[-2:]) and changed["b"].endswith("rs")
    for node_id in changed:
        assert metrics.horizontalAdvance(changed[node_id]) <= metrics.horizontalAdvance(
            shows[node_id]) + 0.5


def test_names_cut_too_short_to_keep_both_ends_stay_cut_at_their_end(qapp):
    """Labels cut to a node's width ("Mod…" twice) would keep two letters a side cut in
    the middle ("Mo…ls"), which reads as nothing: they stay as they were."""
    from windtunnel.app.canvas.label_text import told_apart

    metrics = QFontMetricsF(node_font())
    names = {"a": "Model export controls", "b": "Models taken offline globally"}
    assert told_apart({"a": "Mod\u2026", "b": "Mod\u2026"}, names.__getitem__, metrics) == {}


_WORDS = ["Model", "Models", "export", "controls", "US-China", "trust", "AI", "dialogue",
          "Distillation", "of", "enforcement", "Res", "Researchers", "Resellers", "HK",
          "中国", "中国的", "模型", "輸出", "規制", "a", "&"]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join),
                      min_size=2, max_size=12),
       short_em=st.integers(min_value=3, max_value=10))
def test_no_two_short_names_read_alike_unless_their_names_do(qapp, names, short_em):
    """Any names, cut short at any width (many sharing their starts, as "Model export
    controls" and "Models taken offline globally" do, too short to cut in the middle):
    once told apart, two labels read alike only where their nodes' names are the same,
    each still reads as its own name (its start, and its end after a middle cut), and the
    most important of those alike keeps its short name where that leaves none alike."""
    from windtunnel.app.canvas.label_text import apart_texts, shortened

    font = node_font()
    metrics = QFontMetricsF(font)
    ids = [f"n{index}" for index in range(len(names))]
    name_of = dict(zip(ids, names)).__getitem__
    width = metrics.averageCharWidth() * short_em
    shows = {node_id: shortened(name_of(node_id), font, metrics,
                                width * label_text.WIDTH_EM / label_text.SHORT_EM)[0]
             for node_id in ids}
    final = shows | apart_texts(shows, name_of, metrics)
    for one in ids:
        for other in ids:
            if one < other and names[ids.index(one)] != names[ids.index(other)]:
                assert final[one] != final[other], (name_of(one), name_of(other), final)
    for node_id, text in final.items():
        name = name_of(node_id)
        head, _cut, tail = text.partition("\u2026")
        assert name.startswith(head) and name.endswith(tail), (name, text)


def test_two_short_names_alike_the_more_important_keeps_its_own(qapp):
    """"Model…" named two nodes on the bundled map at 1024x768 (their names too short to
    cut in the middle in the same width): the first, more important, keeps "Model…";
    the other is cut in the middle in a little more width, keeping its name's end."""
    from windtunnel.app.canvas.label_text import apart_texts, parted

    metrics = QFontMetricsF(node_font())
    names = {"a": "Model export controls", "b": "Models taken offline globally"}
    changed = apart_texts({"a": "Model\u2026", "b": "Model\u2026"}, names.__getitem__,
                          metrics)
    assert set(changed) == {"b"} and changed["b"].endswith("lly")
    assert metrics.horizontalAdvance(changed["b"]) <= 1.5 * metrics.horizontalAdvance(
        "Model\u2026") + 0.5
    # names too alike at the end too keep as much more of their starts as parts them
    assert parted({"a": "Model\u2026", "b": "Model\u2026"}, names.__getitem__) == {
        "a": "Model e\u2026", "b": "Models\u2026"}


def test_a_big_maps_names_alike_are_told_apart_in_proportion_to_them(qapp, monkeypatch):
    """A big map's names alike ("Node 12…" for Node 12, 120 to 129, 1200 to 1299...) were
    each compared with every other of its set: a placement after adding a node spent
    70 ms telling 800 labels apart. Each is now compared with its neighbours in sorted
    order, which share the longest starts with it."""
    from windtunnel.app.canvas.label_text import parted

    compared = []
    real = label_text.commonprefix
    monkeypatch.setattr(label_text, "commonprefix",
                        lambda names: compared.append(names) or real(names))
    names = {f"n{k}": f"Node {k} of Group A" for k in range(1200, 1600)}
    changed = parted({node_id: "Node 1\u2026" for node_id in names}, names.__getitem__)
    assert len(set(changed.values())) == len(names)
    rounds = len({len(text) for text in changed.values()}) + 1
    assert len(compared) <= 3 * len(names) * rounds, len(compared)


def test_names_told_apart_are_worked_out_again_only_when_they_change(qapp, monkeypatch):
    """Each repaint of a window being laid out (three at start-up) told the same names
    apart again: the answer is kept while the names alike, their texts and the font stay,
    and worked out again when one of them changes (a node renamed)."""
    from windtunnel.app.canvas.label_text import apart_texts

    worked = []
    real = label_text.told_apart
    monkeypatch.setattr(label_text, "told_apart",
                        lambda *args: worked.append(args) or real(*args))
    metrics = QFontMetricsF(node_font())
    names = {"a": "Model export controls", "b": "Models taken offline globally",
             "c": "Misuse risk"}
    shows = {"a": "Model\u2026", "b": "Model\u2026", "c": "Misuse risk"}
    memo: dict = {}
    first = apart_texts(shows, names.__getitem__, metrics, memo, "font")
    assert apart_texts(shows, names.__getitem__, metrics, memo, "font") == first
    assert len(worked) == 1 and set(first) == {"b"}
    names["b"] = "Models taken offline in Europe"
    again = apart_texts(shows, names.__getitem__, metrics, memo, "font")
    assert len(worked) == 2 and again != first and again["b"].endswith("ope")
    assert apart_texts(shows, names.__getitem__, metrics, memo, "other font") == again
    assert len(worked) == 3


def test_a_name_cut_in_the_middle_takes_its_short_name_back_when_its_twin_shows_whole(window):
    """The bundled map fitted on a laptop: "Models taken offline globally" was cut in the
    middle ("Mod…lly") to part it from "Model export controls"'s "Model…"; once that one
    shows its whole name, the other reads "Model…" (nothing else reads so), or its whole
    name where the room allows."""
    from PySide6.QtWidgets import QApplication

    from windtunnel.app.files import open_document
    from windtunnel.paths import bundled_model

    window.set_document(open_document(bundled_model())[0])
    window.resize(1366, 768)
    QApplication.processEvents()
    window.view.fit()
    window.view.settle()
    window.view.viewport().grab()
    labels = window.view.map_labels
    shown = {label.node_id: label.text for label in labels.placed}
    assert labels._told["global-takedown"][1] == "Mod\u2026lly"       # parted before placing
    assert shown["export-controls"] == "Model export\ncontrols"
    assert " ".join(shown["global-takedown"].split()) in (
        "Model\u2026", "Models taken offline globally")
    assert len(set(shown.values())) == len(shown)


def test_names_cut_in_the_middle_take_their_short_names_back_one_each():
    """Three names cut to "Model…", the first showing its whole name: the second takes
    "Model…" back, the third stays cut in the middle, which no other label reads as."""
    from windtunnel.app.canvas.label_options import plain_again

    class Node:
        texts = [("Model export controls", 0, 0), ("Model\u2026", 0, 0)]

    told = {"b": (Node, "Mod\u2026lly", None), "c": (Node, "Mod\u2026ers", None)}
    shows = {"a": "Model export\ncontrols", "b": "Mod\u2026lly", "c": "Mod\u2026ers"}
    assert plain_again(shows, told) == {"b": "Model\u2026"}
    assert plain_again(shows | {"a": "Model\u2026"}, told) == {}
    assert plain_again({"b": "Mod\u2026lly", "a": "Model e\u2026"}, told) == {"b": "Model\u2026"}
