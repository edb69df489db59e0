"""Participants brought in: several maps combined with their concepts aligned, and
workbooks of several participants kept as participants.

The maps are Mental Modeler's own comparison examples (tests/data/real/PROVENANCE:
mentalmodeler/mm-compare, MIT): four people's maps of one topic, written with different
case and punctuation.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from windtunnel.engine import rating_table, working_weights
from windtunnel.engine.aggregation import term_shares
from windtunnel.engine.linguistic import linguistic_weights
from windtunnel.errors import LoadError
from windtunnel.io import import_model
from windtunnel.io.participant_files import read_maps
from windtunnel.io.participants import combine_maps, normal_label, variant_label
from windtunnel.model import Edge, Model, Node, Participant, Rating, Settings, dumps, loads

from io_helpers import write_workbook

REAL = Path(__file__).parent.parent / "data" / "real"
PROJECTS = ["project_Reference_Model", "project_3", "project_4", "project_5"]


def _maps(names):
    return [(name, import_model(REAL / f"mm_compare_{name}.mmp").model) for name in names]


def test_labels_match_whatever_their_case_spacing_and_punctuation():
    assert normal_label(" Misuse  RISK.") == normal_label("misuse-risk") == "misuse risk"
    assert normal_label("Ｃａｆé") == "café"


def test_real_maps_align_by_label_and_the_near_match_is_only_proposed():
    maps = _maps(PROJECTS)
    combined = combine_maps(maps)
    model = combined.model
    labels = [n.label for n in model.nodes]
    # "gathering in large groups" (project 4) is the reference's "Gathering in large groups"
    assert sum(normal_label(x) == "gathering in large groups" for x in labels) == 1
    (proposal,) = combined.proposals
    assert (proposal.label, proposal.concept_label) == ("Sneezing or coughing",
                                                        "Sneezing / coughing")
    assert "Sneezing or coughing" in labels              # kept apart: nothing merged silently
    assert [p.label for p in model.participants] == PROJECTS
    # every participant's edges are their map's edges
    for (name, source), participant in zip(maps, model.participants):
        assert len(participant.ratings) == len(source.edges)


def test_accepting_the_proposals_merges_the_concepts():
    combined = combine_maps(_maps(PROJECTS), accept=True)
    labels = [normal_label(n.label) for n in combined.model.nodes]
    assert "sneezing or coughing" not in labels and "sneezing coughing" in labels
    assert len(combined.model.nodes) == len(combine_maps(_maps(PROJECTS)).model.nodes) - 1


def test_a_near_match_can_be_merged_with_any_concept_of_an_earlier_map():
    maps = _maps(PROJECTS)
    first = combine_maps(maps)
    (proposal,) = first.proposals
    earlier = [(cid, label) for cid, label, origin, joined in first.concepts
               if origin < proposal.map_index and cid != proposal.concept
               and proposal.map_index not in joined]
    assert len(earlier) >= 10              # every concept before that map it does not join
    other, other_label = earlier[0]
    combined = combine_maps(maps, accept={proposal.key: other})
    model = combined.model
    who = model.participants[PROJECTS.index(proposal.participant)]
    own_label = {n.id: n.label for n in model.nodes}
    assert not any(own_label[end] == "Sneezing or coughing" for r in who.ratings
                   for end in r.key)                     # that map's node is merged away
    source = dict(maps)[proposal.participant]
    drawn = {e.key for e in source.edges if proposal.node in e.key}
    rated = {r.key for r in who.ratings if other in r.key}
    assert len(rated) >= len(drawn) > 0                  # its edges now rate the chosen one
    assert any("merged, as accepted" in n.message for n in combined.notes)


def test_a_chosen_concept_that_is_not_there_keeps_the_node_apart_with_a_note():
    maps = _maps(PROJECTS)
    (proposal,) = combine_maps(maps).proposals
    combined = combine_maps(maps, accept={proposal.key: "no-such-concept"})
    assert "Sneezing or coughing" in [n.label for n in combined.model.nodes]
    assert any("cannot be merged with the concept chosen" in n.message
               for n in combined.notes)
    joined = next(cid for cid, _label, _origin, maps_of in combine_maps(maps).concepts
                  if proposal.map_index in maps_of)     # that map already joins it
    combined = combine_maps(maps, accept={proposal.key: joined})
    assert "Sneezing or coughing" in [n.label for n in combined.model.nodes]


def test_a_participants_own_nodes_and_edges_come_along_as_theirs():
    from windtunnel.model import Participant, Rating
    room = Model.from_elements(
        nodes=[Node("a", "Alpha"), Node("b", "Beta")], edges=[Edge("a", "b", 0.5)],
        participants=[
            Participant("p", "Pat", ratings=(Rating("a", "b", 0.5), Rating("a", "x", 0.4),
                                             Rating("y", "b", -0.3)),
                        nodes=(Node("x", "Extra worry"), Node("y", "Gamma"))),
            Participant("q", "Quinn", ratings=(Rating("a", "b", 0.2),))])
    other = Model.from_elements(nodes=[Node("g", "gamma"), Node("b", "Beta")],
                                edges=[Edge("g", "b", -0.6)])
    combined = combine_maps([("room", room), ("other", other)])
    model = combined.model
    pat = model.participant("pat")
    assert [n.label for n in pat.nodes] == ["Extra worry"]            # only theirs
    assert "Extra worry" not in [n.label for n in model.nodes]
    own = pat.nodes[0].id
    gamma = next(n.id for n in model.nodes if n.label == "gamma")    # another map drew it
    assert {r.key for r in pat.ratings} == {("a", "b"), ("a", own), (gamma, "b")}
    assert ("a", own) not in {e.key for e in model.edges}            # their own edge
    assert (gamma, "b") in {e.key for e in model.edges}              # shared now
    table = rating_table(model)
    assert ("a", own) in table.edges[table.shared:]
    assert loads(dumps(model)) == model


def test_a_plain_maps_extra_concept_can_stay_its_participants_own():
    """An extra concept of a plain map is listed; added to the shared map by default, or,
    when the caller keeps it, that map's participant's own node, its edges their own."""
    first = Model.from_elements(nodes=[Node("a", "Alpha"), Node("b", "Beta")],
                                edges=[Edge("a", "b", 0.5)])
    second = Model.from_elements(
        nodes=[Node("1", "alpha"), Node("2", "Beta"), Node("3", "Worry")],
        edges=[Edge("1", "2", 0.3), Edge("3", "2", -0.4), Edge("1", "3", 0.6)])
    shared = combine_maps([("ann", first), ("bo", second)])
    assert shared.extras == ((1, "3", "Worry", "bo"),)
    assert "Worry" in [n.label for n in shared.model.nodes]
    kept = combine_maps([("ann", first), ("bo", second)], own={(1, "3")})
    model = kept.model
    assert kept.extras == shared.extras
    assert [n.label for n in model.nodes] == ["Alpha", "Beta"]
    bo = model.participant("bo")
    assert [n.label for n in bo.nodes] == ["Worry"]
    worry = bo.nodes[0].id
    assert {r.key: r.weight for r in bo.ratings} == {("a", "b"): 0.3, (worry, "b"): -0.4,
                                                     ("a", worry): 0.6}
    assert {e.key for e in model.edges} == {("a", "b")}               # their own edges
    assert model.edge("a", "b").weight == pytest.approx(0.4)          # mean of the two
    assert loads(dumps(model)) == model


def _matrix_sheet(book, name, labels, cells):
    sheet = book.create_sheet(name)
    sheet.append(["", *labels])
    for label in labels:
        sheet.append([label, *(cells.get((label, other), 0) for other in labels)])


def test_a_workbook_sheet_naming_other_concepts_offers_them_as_its_participants_own(
        tmp_path):
    """One matrix sheet per participant, one sheet with a concept the others lack: each
    sheet is a map of its own, the extra concept is listed under its sheet's name, and
    kept, it is that participant's own node with their own edges."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    _matrix_sheet(book, "Ann", ["Alpha", "Beta"], {("Alpha", "Beta"): 0.5})
    _matrix_sheet(book, "Bo", ["Alpha", "Beta", "Worry"],
                  {("Alpha", "Beta"): 0.3, ("Worry", "Beta"): -0.4})
    path = tmp_path / "all participants.xlsx"
    book.save(path)
    maps = read_maps([path])
    assert [m.name for m in maps] == ["Ann", "Bo"]
    shared = combine_maps(maps)
    assert [(index, label, name) for index, _id, label, name in shared.extras] == [
        (1, "Worry", "Bo")]
    worry_id = shared.extras[0][1]
    model = combine_maps(maps, own={(1, worry_id)}).model
    assert [n.label for n in model.nodes] == ["Alpha", "Beta"]
    bo = model.participant("bo")
    assert [n.label for n in bo.nodes] == ["Worry"]
    assert {e.key for e in model.edges} == {(model.nodes[0].id, model.nodes[1].id)}
    assert loads(dumps(model)) == model


def test_the_shared_weights_are_the_recorded_aggregate_and_the_model_saves():
    maps = _maps(["test001_a", "test001_b", "test001_c", "test001_d"])
    for zeros in ("include", "ignore"):
        for method in ("mean", "median"):
            settings = Settings(aggregation=method, aggregation_zeros=zeros)
            model = combine_maps(maps, settings=settings).model
            weights = working_weights(model)
            assert {e.key: e.weight for e in model.edges} == pytest.approx(weights)
            assert loads(dumps(model)) == model
    table = rating_table(model)
    assert table.weights.shape == (4, len(model.edges))


def test_one_map_is_not_enough_to_aggregate():
    with pytest.raises(LoadError, match="1 map given; aggregating needs at least two"):
        combine_maps(_maps(["test001_a"]))


def test_same_id_with_another_label_is_proposed_never_merged():
    a = Model.from_elements(nodes=[Node("1", "Export controls"), Node("2", "Smuggling")],
                            edges=[Edge("1", "2", 0.5)])
    b = Model.from_elements(nodes=[Node("1", "Tariffs"), Node("2", "Smuggling")],
                            edges=[Edge("1", "2", -0.5)])
    combined = combine_maps([("A", a), ("B", b)])
    assert [n.label for n in combined.model.nodes] == ["Export controls", "Smuggling",
                                                       "Tariffs"]
    (proposal,) = combined.proposals
    assert proposal.reason == "same id, another label"


def test_a_workbook_of_participants_keeps_them_with_their_terms():
    imported = import_model(REAL / "fcmpy_data_test.xlsx")
    model = imported.model
    assert len(model.participants) == 6 and model.settings.aggregation == "linguistic"
    assert all(r.term for p in model.participants for r in p.ratings)
    for key, weight in working_weights(model).items():
        if model.edge(*key) is not None:
            assert model.edge(*key).weight == pytest.approx(weight, abs=1e-4)
    aggregate_only = import_model(REAL / "fcmpy_data_test.xlsx", participants="aggregate").model
    assert aggregate_only.participants == ()
    assert [e.weight for e in aggregate_only.edges] == [e.weight for e in model.edges]


def test_fcmpys_csv_form_gives_six_experts_and_its_documented_build():
    """FCMpy's unit-test CSV (one column per pair, one row per expert): six participants
    with their terms; under Larsen's implication the working weights are FCMpy's documented
    build (expert_fcm.md: -0.722442, 0.610116, 0.541304, 0.130328)."""
    from dataclasses import replace

    model = import_model(REAL / "fcmpy_data_test.csv").model
    assert [p.label for p in model.participants] == [f"Expert{i}" for i in range(1, 7)]
    assert [r.term for r in model.participants[0].ratings] == ["-VH", "+H", "+H", "+VL"]
    assert len(model.participants[5].ratings) == 2            # two "no causality" cells
    table = rating_table(model)
    ids = {n.label: n.id for n in model.nodes}
    order = [table.edges.index((ids[a], ids[b]))
             for a, b in (("C1", "C2"), ("C2", "C1"), ("C3", "C1"), ("C3", "C4"))]
    fcmpy_universe = np.round(np.arange(-1, 1.05, 0.05), 10)
    exact = linguistic_weights(term_shares(table), implication="larsen",
                               universe=fcmpy_universe)[order]
    assert exact.tolist() == pytest.approx([-0.722442, 0.610116, 0.541304, 0.130328],
                                           abs=1e-6)
    # the model's own working weights use the finer universe (steps of 0.001)
    model.set_settings(replace(model.settings, implication="larsen"))
    weights = working_weights(model)
    fine = [weights[table.edges[j]] for j in order]
    assert fine == pytest.approx(exact.tolist(), abs=0.025)


def test_a_bad_cell_in_fcmpys_csv_form_is_refused_where_it_is(tmp_path):
    path = tmp_path / "experts.csv"
    path.write_text("A -> B (+);B -> C (-)\nVH;H\nM;VERY\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"experts.csv.*row 3.*B -> C \(-\).*'VERY' is not a term"):
        import_model(path)


def test_a_folder_of_maps_reads_every_kind_of_file_the_import_reads(tmp_path):
    """A folder of maps reads GEXF, a tab-separated table and a macro workbook as the
    single-map import does: these used to be skipped, the folder's maps silently fewer.
    A .txt file beside them is taken for a note, not a map."""
    import shutil

    import openpyxl

    from windtunnel.io.participant_files import MAP_SUFFIXES
    from windtunnel.io.suffixes import IMPORT_SUFFIXES

    assert set(IMPORT_SUFFIXES) - set(MAP_SUFFIXES) == {".txt"}
    shutil.copy(REAL / "gephi_data.gexf", tmp_path / "gephi.gexf")
    (tmp_path / "tabbed.tsv").write_text("From\tTo\tWeight\nAlpha\tBeta\t0.5\n",
                                         encoding="utf-8")
    book = openpyxl.Workbook()
    book.active.title = "Edges"
    book.active.append(["From", "To", "Weight"])
    book.active.append(["Alpha", "Gamma", -0.25])
    book.save(tmp_path / "macro.xlsm")
    (tmp_path / "read me.txt").write_text("Maps of the March workshop", encoding="utf-8")
    maps = read_maps([tmp_path])
    assert [m.name for m in maps] == ["gephi", "macro", "tabbed"]
    assert [len(m.model.edges) for m in maps[1:]] == [1, 1]


def test_a_folder_of_maps_carries_each_files_notes_naming_the_file(tmp_path):
    """The notes a single-file import gives (the code page a CSV was told to be in, weights
    divided to fit) were dropped when the file was one of a folder of maps: each is
    carried, naming its file."""
    (tmp_path / "alice.csv").write_bytes(
        "From,To,Weight\r\n出口管制,人工智能实验室,-0.5\r\n人工智能实验室,安全研究,0.4\r\n"
        .encode("gb18030"))
    (tmp_path / "bob.csv").write_bytes(
        "From,To,Weight\r\n出口管制,人工智能實驗室,-5\r\n人工智能實驗室,安全研究,2\r\n"
        .encode("cp950"))
    combined = combine_maps(read_maps([tmp_path]))
    notes = [str(note) for note in combined.notes]
    for name, code_page in (("alice.csv", "GBK (Simplified Chinese Windows)"),
                            ("bob.csv", "Big5 (Traditional Chinese Windows)")):
        assert notes[[n.split(":")[0] for n in notes].index(name)] == (
            f"{name}: not UTF-8: read as {code_page}, the one code page its text reads "
            "plausibly in")         # each file's first note
    assert "bob.csv: weights ranged up to 5: all were divided by 5 to fit [-1, 1] " \
           "(strongest edge = 1)" in notes
    assert sorted(n.label for n in combined.model.nodes) == sorted(
        ["出口管制", "人工智能实验室", "安全研究", "人工智能實驗室"])


def test_an_edge_list_of_participants_in_a_code_page_is_noted_once(tmp_path):
    """MToolR's list of every participant's edges, saved in Shift_JIS: its maps carry the
    code page's note once, naming the file, and the list's own note once."""
    path = tmp_path / "workshop.csv"
    path.write_bytes("User_ID,From,To,Weight\r\n田中,需要,供給,0.5\r\n佐藤,需要,供給,-0.5\r\n"
                     .encode("cp932"))
    maps = read_maps([path])
    assert [m.name for m in maps] == ["田中", "佐藤"]
    assert [str(note) for m in maps for note in m.notes] == [
        "workshop.csv: not UTF-8: read as Shift_JIS (Japanese Windows), the one code page "
        "its text reads plausibly in",
        "workshop.csv, column User_ID: the edges of 2 participants in one list: each "
        "participant's rows became their map"]


def test_mtoolrs_list_of_every_participants_edges_is_one_map_per_participant():
    """MToolR's export (one edge list, a User_ID column; a participant who drew nothing has
    a row without From and To) was refused ("row 5, column From: is empty"): it is one map
    per participant who drew, each edge weighted as the independent reading says (one
    participant's repeated rows averaged, the whole list divided by its largest weight)."""
    import pandas as pd

    path = REAL / "mtoolr_example_export.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    drawn = frame[frame["From"] != ""].assign(Weight=lambda f: f["Weight"].astype(float))
    largest = drawn["Weight"].abs().max()
    wanted = {user: (rows.groupby(["From", "To"])["Weight"].mean() / largest).to_dict()
              for user, rows in drawn.groupby("User_ID", sort=False)}
    maps = read_maps([path])
    # in the order the file first names them (a participant's empty row counts)
    assert [m.name for m in maps] == [
        user for user in dict.fromkeys(frame["User_ID"]) if user in wanted]
    for name, model, _notes in maps:
        label = {n.id: n.label for n in model.nodes}
        got = {(label[e.source], label[e.target]): e.weight for e in model.edges}
        assert got == pytest.approx(wanted[name])
    assert "the edges of 56 participants in one list: each participant's rows became their " \
           "map; 3 of them drew no edge and were left out" in maps[0].model.description
    combined = combine_maps(maps)
    assert len(combined.model.participants) == len(wanted) == 53
    assert {n.label for n in combined.model.nodes} == set(drawn["From"]) | set(drawn["To"])


def test_spellings_of_one_concept_share_a_variant_and_lookalikes_do_not():
    """Case, hyphens, spacing, English plurals, accents and full-width letters leave the
    variant label alike; a different word does not."""
    assert (variant_label("Export controls") == variant_label("export-control")
            == variant_label("ＥＸＰＯＲＴ  Controls.") == "export control")
    assert variant_label("Café policies") == variant_label("cafe policy")
    assert variant_label("Taxes") == variant_label("Tax") and variant_label("Boxes") == "box"
    assert variant_label("Class status analysis") == "class status analysis"   # not plurals
    assert variant_label("Import controls") != variant_label("Export controls")


def _room(tmp_path):
    """Three participants' CSV maps; bob names two concepts two ways each in his one file."""
    files = {"alice": "From,To,Weight\nExport controls,Chip smuggling,0.6\n"
                      "Chip smuggling,Misuse risk,0.4\nExport controls,Misuse risk,-0.5\n",
             "bob": "From,To,Weight\nexport controls,chip smuggling,0.3\n"
                    "Chip-smuggling,Misuse risk,-0.4\nExport control,Misuse risk,-0.7\n",
             "carol": "Source,Target,Strength (1-10)\nExport controls,Chip smuggling,8\n"
                      "Chip smuggling,Misuse Risk,5\n"}
    for name, text in files.items():
        (tmp_path / f"{name}.csv").write_text(text, encoding="utf-8")
    return read_maps([tmp_path])


def test_one_map_spelling_a_concept_two_ways_is_proposed_and_merged_when_accepted(tmp_path):
    """Bob's "Chip-smuggling" beside his "chip smuggling" (and "Export control" beside
    "export controls") was never proposed (his map already joined the concept), so his
    negative rating of Chip smuggling -> Misuse risk stood apart and hid a sign conflict."""
    from windtunnel.engine import disagreement

    maps = _room(tmp_path)
    combined = combine_maps(maps)
    assert [(p.participant, p.label, p.concept_label, p.spelled_twice)
            for p in combined.proposals] == [("bob", "Chip-smuggling", "Chip smuggling", True),
                                             ("bob", "Export control", "Export controls", True)]
    assert len(combined.model.nodes) == 5                      # nothing merged silently
    merged = combine_maps(maps, accept=True)
    model = merged.model
    assert [n.label for n in model.nodes] == ["Export controls", "Chip smuggling",
                                              "Misuse risk"]
    found = disagreement(rating_table(model))
    conflicted = [found.edges[j] for j in np.flatnonzero(found.conflict)]
    assert conflicted == [("chip-smuggling", "misuse-risk")]
    bob = model.participants[1]
    assert {r.key: r.weight for r in bob.ratings} == {
        ("export-controls", "chip-smuggling"): 0.3, ("chip-smuggling", "misuse-risk"): -0.4,
        ("export-controls", "misuse-risk"): -0.7}


def test_an_edge_rated_under_both_spellings_keeps_the_first_rating_with_a_note():
    a = Model.from_elements(nodes=[Node("a", "Tariffs"), Node("b", "Smuggling")],
                            edges=[Edge("a", "b", 0.5)])
    b = Model.from_elements(nodes=[Node("a", "Tariffs"), Node("b", "Smuggling"),
                                   Node("c", "tariff")],
                            edges=[Edge("a", "b", -0.5), Edge("c", "b", 0.9)])
    combined = combine_maps([("A", a), ("B", b)], accept=True)
    assert {r.key: r.weight for r in combined.model.participants[1].ratings} == {
        ("a", "b"): -0.5}
    assert any("1 edge rated again under another spelling of its concepts: the first rating "
               "kept" in n.message for n in combined.notes)


def test_plurals_and_accents_across_maps_are_proposed_and_lookalike_words_only_proposed():
    """"Tax" / "Taxes" (difflib's ratio 0.75) and "Cafe" / "Café" were not proposed; "Import
    controls" is only alike to "Export controls": proposed, kept apart unless accepted."""
    a = Model.from_elements(nodes=[Node("1", "Tax"), Node("2", "Café"),
                                   Node("3", "Export controls")],
                            edges=[Edge("1", "2", 0.5), Edge("3", "2", 0.5)])
    b = Model.from_elements(nodes=[Node("x", "Taxes"), Node("y", "Cafe"),
                                   Node("z", "Import controls")],
                            edges=[Edge("x", "y", 0.5), Edge("z", "y", -0.5)])
    combined = combine_maps([("A", a), ("B", b)])
    assert [(p.label, p.concept_label, p.spelled_twice) for p in combined.proposals] == [
        ("Taxes", "Tax", False), ("Cafe", "Café", False),
        ("Import controls", "Export controls", False)]
    assert combined.proposals[2].reason == "labels 87% alike"
    assert len(combined.model.nodes) == 6
    chosen = {p.key for p in combined.proposals[:2]}
    assert [n.label for n in combine_maps([("A", a), ("B", b)], accept=chosen).model.nodes] == [
        "Tax", "Café", "Export controls", "Import controls"]


def test_a_folder_of_many_edge_lists_notes_each_kind_of_note_once_with_its_maps(tmp_path):
    """Twelve edge lists without a Nodes sheet, three of them with an edge listed twice:
    every map's "created N nodes" note made one note each, twelve in a row. The first
    three are kept whole, then one note counts and names the other maps; the three
    repeated-edge notes, few, stay as they are."""
    for k in range(12):
        rows = ["From,To,Weight", f"Demand,Price,0.{k % 9 + 1}", "Price,Supply,0.4"]
        if k % 4 == 1:
            rows.append("Price,Supply,0.2")
        (tmp_path / f"p{k:02d}.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    notes = combine_maps(read_maps([tmp_path])).notes
    created = [n for n in notes if "created 3 nodes named in the edges" in n.message]
    assert [n.location for n in created] == ["p00.csv", "p01.csv", "p02.csv"]
    assert all("'Demand' (row 2)" in n.message for n in created)      # specifics kept
    summary = [n.message for n in notes if "more maps have a note like" in n.message]
    assert summary == ["9 more maps have a note like those above: p03.csv, p04.csv, p05.csv, "
                       "p06.csv, p07.csv, p08.csv, p09.csv, p10.csv, p11.csv"]
    assert [n.location for n in notes if "listed more than once" in n.message] == [
        "p01.csv", "p05.csv", "p09.csv"]
    assert len(notes) == 3 + 1 + 3 + 1      # and the combination's own note


def test_a_maps_edge_of_weight_0_joins_the_shared_map_without_a_rating():
    """A map cannot tell an edge of weight 0 from one not drawn (Mental Modeler writes a
    relationship without an influence as 0; fcmconfr's matrices likewise): its author
    gives no rating of it, so leaving absent ratings out keeps the other map's view."""
    maps = _maps(["fish_wetland_ozesmi", "fish_wetland"])
    first, second = (m for _name, m in maps)
    key = ("amount-of-wetland", "laws")
    assert first.edge(*key).weight == 0 and second.edge(*key) is None
    plain = [("drew it 0", first), ("other", second)]
    model = combine_maps(plain, settings=Settings(aggregation_zeros="ignore")).model
    assert model.edge(*key) is not None                  # on the shared map, unrated
    assert key not in {r.key for p in model.participants for r in p.ratings}
    assert key not in working_weights(model)
    assert len(model.participants[0].ratings) == len(first.edges) - 1


def test_a_participants_explicit_0_is_kept_when_their_map_is_combined():
    voices = Model.from_elements(
        nodes=[Node("a", "A"), Node("b", "B")], edges=[Edge("a", "b", 0.8)],
        participants=[Participant("p", "P", ratings=(Rating("a", "b", 0.0),)),
                      Participant("q", "Q", ratings=(Rating("a", "b", 0.8),))])
    model = combine_maps([("room", voices)], settings=Settings(aggregation_zeros="ignore")).model
    assert [r.weight for p in model.participants for r in p.ratings] == [0.0, 0.8]
    assert working_weights(model)[("a", "b")] == pytest.approx(0.4)


def test_a_participants_matrix_0_is_no_rating_and_absent_ratings_are_left_out(tmp_path):
    """One matrix sheet per participant (fcmconfr's input): a 0 cell, or a fuzzy cell of
    zeros, is an edge not drawn, so no rating; "left out" then gives fcmconfr's mean of
    the sheets that drew the edge (A -> B: 0.75 from 1 and 0.5)."""
    header = ["", "A", "B"]
    sheets = {"Ann": [header, ["A", 0, 1], ["B", 0, 0]],
              "Bob": [header, ["A", 0, 0], ["B", 0, 0]],
              "Cai": [header, ["A", 0, "(0, 0, 0)"], ["B", 0.4, 0]],
              "Dee": [header, ["A", 0, 0.5], ["B", 0, 0]]}
    path = write_workbook(tmp_path / "four.xlsx", sheets)
    model = import_model(path, participants="keep").model
    rated = {p.label: [r.key for r in p.ratings] for p in model.participants}
    assert rated == {"Ann": [("a", "b")], "Bob": [], "Cai": [("b", "a")], "Dee": [("a", "b")]}
    model.set_settings(Settings(aggregation_zeros="ignore"))
    assert working_weights(model)[("a", "b")] == pytest.approx(0.75)
    model.set_settings(Settings(aggregation_zeros="include"))
    assert working_weights(model)[("a", "b")] == pytest.approx(0.375)


def test_maps_of_participants_named_in_chinese_and_japanese_give_them_their_numbers():
    """Maps named by people in Chinese and Japanese (the files' names) make participants
    ``participant-1``, ``participant-2``, by the order of the maps, as the dock's Add does;
    a Latin name keeps its slug, and the names stay the labels."""
    base = Model.from_elements(nodes=[Node("a", "A"), Node("b", "B")], edges=[Edge("a", "b", 0.5)])
    names = ["\u5f20\u4f1f", "\u4f50\u85e4 \u82b1\u5b50", "Ana Lima"]
    combined = combine_maps([(name, base.copy()) for name in names])
    assert [(p.id, p.label) for p in combined.model.participants] == [
        ("participant-1", names[0]), ("participant-2", names[1]), ("ana-lima", "Ana Lima")]
    assert loads(dumps(combined.model)).participants == combined.model.participants
