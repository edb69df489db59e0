"""Ids made for labels without a Latin letter (Chinese, Japanese, Arabic, Cyrillic) come
from the label itself: the rows of a Nodes sheet in any order give every node the same
id, so two imports of one map, or two participants' maps, line up."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from windtunnel.io import import_model
from windtunnel.model import is_valid_id

#: Letters of scripts a slug cannot spell (no Latin letter, no digit), and a space.
_LETTERS = "出口管制数据中心輸規アジアのかんじمرحباسلامРоссияΕλλάδα "
_LATIN = ["Tax", "Export controls", "Café", "Demand"]


def _compared(label: str) -> str:
    return " ".join(unicodedata.normalize("NFC", label).casefold().split())


_labels = st.lists(st.text(_LETTERS, min_size=1, max_size=6).map(str.strip).filter(bool),
                   min_size=1, max_size=10, unique_by=_compared)


def _ids(tmp_path, name: str, labels: list[str]) -> dict[str, str]:
    path = tmp_path / name
    path.write_text("Label,Kind\n" + "".join(f"{label},factor\n" for label in labels),
                    encoding="utf-8")
    return {n.label: n.id for n in import_model(path).model.nodes}


@settings(max_examples=examples(40), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(labels=_labels, shuffle=st.randoms(use_true_random=False))
def test_reordered_rows_keep_every_made_id(tmp_path, labels, shuffle):
    rows = labels + _LATIN
    ids = _ids(tmp_path, "nodes.csv", rows)
    shuffle.shuffle(rows)
    assert _ids(tmp_path, "shuffled.csv", rows) == ids
    assert all(is_valid_id(node_id) for node_id in ids.values())
    assert len(set(ids.values())) == len(ids)
    # a Latin label's id is its words, as ever
    assert [ids[label] for label in _LATIN] == ["tax", "export-controls", "cafe", "demand"]


def test_a_label_gets_one_id_whatever_else_the_sheet_holds(tmp_path):
    alone = _ids(tmp_path, "alone.csv", ["出口管制"])
    among = _ids(tmp_path, "among.csv", ["数据中心", "輸出規制", "出口管制"])
    assert among["出口管制"] == alone["出口管制"]


_MIXED = ["AI 治理", "AI 安全", "GPU 輸出規制", "ＡＩ 倫理", "Россия tax"]


def test_labels_mixing_latin_and_another_script_keep_their_ids_when_rows_move(tmp_path):
    ids = _ids(tmp_path, "mixed.csv", _MIXED)
    assert _ids(tmp_path, "reversed.csv", _MIXED[::-1]) == ids
    assert _ids(tmp_path, "alone.csv", ["AI 安全"])["AI 安全"] == ids["AI 安全"]
    assert len(set(ids.values())) == len(_MIXED)
    # the Latin words stay readable in the id, the rest of the label is in its digest
    assert ids["AI 治理"].startswith("ai-") and ids["GPU 輸出規制"].startswith("gpu-")
    assert ids["Россия tax"].startswith("tax-")
    assert all(is_valid_id(node_id) for node_id in ids.values())
