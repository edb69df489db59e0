"""New ids made from labels: the word kept (accents dropped, not the letters), valid and
unique whatever the script; ids a file already holds never remade."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from windtunnel.io import import_model
from windtunnel.model import Model, Node, is_valid_id, load, save, slugify
from windtunnel.model.vocabulary import TakenIds


def test_an_accented_label_keeps_its_letters_in_the_id():
    """"Qualité" gave ``qualit``: the accented letter was dropped with its accent."""
    assert slugify("Qualité") == "qualite"
    assert slugify("Sécurité de l'État") == "securite-de-l-etat"
    assert slugify("Straße Øresund Łódź") == "strasse-oresund-lodz"
    assert slugify("Ｆｕｌｌｗｉｄｔｈ ﬁnance") == "fullwidth-finance"
    assert slugify("Qualité", {"qualite"}) == "qualite-2"


def test_chinese_and_japanese_labels_give_valid_unique_ids():
    taken: set[str] = set()
    made = []
    for label in ("出口管制", "輸出規制", "数据中心", "出口管制"):
        made.append(slugify(label, taken))
        assert is_valid_id(made[-1]) and made[-1] not in taken
        taken.add(made[-1])
    assert all(re.fullmatch(r"item-[0-9a-f]{8}", made_id) for made_id in made[:3])
    assert len(set(made[:3])) == 3 and made[3] == made[0] + "-2"   # the same label again
    assert slugify("出口管制") == made[0] == slugify(" 出口管制 ")
    assert slugify("") == "item"
    # the Latin part, when there is one, and the digest of the whole label
    assert re.fullmatch(r"chips-2026-[0-9a-f]{8}", slugify("芯片 chips 2026"))


def test_an_import_makes_ids_from_accented_and_chinese_labels(tmp_path):
    edges = tmp_path / "edges.csv"
    edges.write_text("From,To,Weight\nQualité,Sécurité,0.5\n出口管制,Qualité,-0.3\n",
                     encoding="utf-8")
    model = import_model(edges).model
    assert {n.id: n.label for n in model.nodes} == {
        "qualite": "Qualité", "securite": "Sécurité", slugify("出口管制"): "出口管制"}


def test_ids_a_file_holds_never_change_on_load_or_import(tmp_path):
    """An id made the old way (``qualit``) stays what it is: only new ids change."""
    model = Model(title="Ids")
    model.add_node(Node("qualit", "Qualité"))
    model.add_node(Node("item", "出口管制"))
    save(model, tmp_path / "m.wtm")
    assert [n.id for n in load(tmp_path / "m.wtm").nodes] == ["qualit", "item"]
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("ID,Label\nqualit,Qualité\nitem,出口管制\n", encoding="utf-8")
    assert [n.id for n in import_model(nodes).model.nodes] == ["qualit", "item"]


@given(st.lists(st.tuples(st.sampled_from(["Same", "same", "Sâme", "Other", "", "same 2"]),
                          st.booleans()), max_size=30))
def test_taken_ids_make_the_ids_a_search_from_the_start_makes(labels):
    """A TakenIds starts each label's search where its last one stopped; as long as ids are
    only added, the id made is the one a plain set's search from -2 makes. ``keep`` says
    whether the caller took the id made (a caller may make one and not use it)."""
    plain, remembered = {"same-3", "other"}, TakenIds({"same-3", "other"})
    for label, keep in labels:
        made = slugify(label, plain)
        assert slugify(label, remembered) == made
        if keep:
            plain.add(made)
            remembered.add(made)


def test_a_participant_named_in_chinese_or_japanese_gets_their_number_as_id():
    """A participant's id is the slug of their name where it has Latin letters or digits;
    a name written without any (张伟, 佐藤 花子) gave ``item-`` and a digest of the name,
    which says nothing of whom it names: it is ``participant-`` and their number in the
    room, the first free one from there; ids stay what the file format accepts."""
    from windtunnel.model import make_participant_id

    assert make_participant_id("Ana Lima", set(), 3) == "ana-lima"
    assert make_participant_id("Ana Lima", {"ana-lima"}, 3) == "ana-lima-2"
    assert make_participant_id("\u5f20\u4f1f", set(), 6) == "participant-6"              # 张伟
    assert make_participant_id("\u4f50\u85e4 \u82b1\u5b50", {"participant-6"},
                               6) == "participant-7"
    assert make_participant_id("  ", set(), 2) == "participant-2"
    assert make_participant_id("Dr \u5f20", set(), 1).startswith("dr-")        # Latin words kept
    assert all(is_valid_id(make_participant_id(name, set(), 1))
               for name in ("\u5f20\u4f1f", "\u0645\u062d\u0645\u062f", "Ana Lima"))
