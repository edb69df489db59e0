"""``windtunnel aggregate``, ``compare`` and ``run --participants``, called in-process on
real maps (Mental Modeler's comparison examples, PyFCM's 13-participant workbook)."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from windtunnel.cli import main
from windtunnel.engine import working_weights
from windtunnel.model import Participant, Rating, load, save
from windtunnel.paths import bundled_model

REAL = Path(__file__).parents[1] / "data" / "real"
PROJECTS = [REAL / f"mm_compare_{n}.mmp" for n in
            ("project_Reference_Model", "project_3", "project_4", "project_5")]
PYFCM = REAL / "pyfcm_AllParticipants_Adjacency_Matrix_Example.xlsx"


def test_aggregate_lists_near_matches_and_merges_them_only_when_accepted(tmp_path, capsys):
    out = tmp_path / "room.wtm"
    assert main(["aggregate", *map(str, PROJECTS), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "near match 1: mm_compare_project_3: 'Sneezing or coughing' may be " \
           "'Sneezing / coughing'" in text
    assert "most disagreed edges" in text
    kept = load(out)
    assert len(kept.participants) == 4 and len(kept.nodes) == 27
    assert main(["aggregate", *map(str, PROJECTS), "-o", str(out), "--force",
                 "--accept-matches", "--method", "median", "--zeros", "ignore"]) == 0
    assert "→ merged" in capsys.readouterr().out
    merged = load(out)
    assert len(merged.nodes) == 26
    assert (merged.settings.aggregation, merged.settings.aggregation_zeros) == ("median",
                                                                                "ignore")
    assert {e.key: e.weight for e in merged.edges} == pytest.approx(working_weights(merged))


def test_aggregate_a_folder_of_maps(tmp_path, capsys):
    folder = tmp_path / "maps"
    folder.mkdir()
    for path in PROJECTS[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "notes.txt").write_text("not a map")
    assert main(["aggregate", str(folder), "-o", str(tmp_path / "f.wtm")]) == 0
    assert [p.label for p in load(tmp_path / "f.wtm").participants] == sorted(
        p.stem for p in PROJECTS[:2])


def _edge_lists(folder: Path, *names: str) -> list[str]:
    """One small edge list per participant, named after them."""
    paths = []
    for k, name in enumerate(names):
        path = folder / f"{name}.csv"
        path.write_text(f"From,To,Weight\nTax,Demand,-0.{k + 4}\nDemand,Prices,0.5\n",
                        encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize(("names", "language", "title"), [
    (("alice", "bob"), "en", "Aggregate of 2 maps: alice, bob"),
    (("alice", "bob", "carol", "dan", "eve"), "en",
     "Aggregate of 5 maps: alice, bob, carol and 2 more"),
    (("alice", "bob"), "ja", "2 枚のマップの集約：alice、bob")])
def test_aggregate_titles_the_room_after_its_maps(names, language, title, tmp_path, capsys):
    """Maps of different titles (each file's name) give a title naming them, in the
    language used, not the first map's alone."""
    out = tmp_path / "room.wtm"
    assert main(["--language", language, "aggregate", *_edge_lists(tmp_path, *names),
                 "-o", str(out)]) == 0
    assert load(out).title == title


def test_aggregate_keeps_the_title_copies_of_one_map_share(tmp_path, capsys):
    model = load(bundled_model("first-steps-access-controls.wtm"))
    for name in ("alice", "bob"):
        save(model, tmp_path / f"{name}.wtm")
    out = tmp_path / "room.wtm"
    assert main(["aggregate", str(tmp_path / "alice.wtm"), str(tmp_path / "bob.wtm"),
                 "-o", str(out)]) == 0
    assert load(out).title == model.title


def test_aggregate_one_workbook_of_participants(tmp_path, capsys):
    out = tmp_path / "pyfcm.wtm"
    assert main(["aggregate", str(PYFCM), "-o", str(out), "--method", "median"]) == 0
    model = load(out)
    assert len(model.participants) == 13 and model.settings.aggregation == "median"
    assert "13 participants; 1 of 82 rated edges have a sign conflict" in capsys.readouterr().out


def test_aggregate_refuses_bad_input_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "x.wtm"
    assert main(["aggregate", str(PROJECTS[0]), "-o", str(out)]) == 1
    assert "needs at least two" in capsys.readouterr().err
    broken = tmp_path / "broken.mmp"
    broken.write_text("{not json")
    assert main(["aggregate", str(PROJECTS[0]), str(broken), "-o", str(out)]) == 1
    assert "broken.mmp" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["aggregate", str(empty), str(PROJECTS[0]), "-o", str(out)]) == 1
    assert "the folder holds no map files" in capsys.readouterr().err
    assert main(["aggregate", *map(str, PROJECTS), "-o", str(tmp_path / "x.csv")]) == 1
    assert not out.exists()
    assert main(["aggregate", *map(str, PROJECTS), "--method", "mode", "-o", str(out)]) == 2


def test_compare_two_maps_with_mental_modelers_score(capsys):
    canonical, drawn = REAL / "mm_compare_test001_canonical.mmp", REAL / "mm_compare_test001_b.mmp"
    assert main(["compare", str(canonical), str(drawn)]) == 0
    text = capsys.readouterr().out
    assert "edge-set Jaccard     1.000" in text
    assert "Mental Modeler score 4 (correctly signed 4 - extra 0 - missing 0)" in text
    assert "wrongly signed edges: 3" in text


def test_compare_the_participants_of_one_model(tmp_path, capsys):
    out = tmp_path / "room.wtm"
    assert main(["aggregate", *map(str, PROJECTS), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["compare", str(out)]) == 0
    text = capsys.readouterr().out
    assert "4 participants" in text
    # project 4 and project 5 are the same map in Mental Modeler's examples
    rows = [line for line in text.splitlines() if line.startswith(("  3 ", "  4 "))]
    assert all(line.split()[-2:] == ["1.00", "1.00"] for line in rows)
    assert main(["compare", str(PROJECTS[0])]) == 1
    assert "two or more" in capsys.readouterr().err
    assert main(["compare", *map(str, PROJECTS[:3])]) == 1


def test_run_per_participant_and_the_workbook_sheets(tmp_path, capsys):
    model = load(bundled_model())
    for i, scale in enumerate((1.0, 0.5, -0.5)):
        model.add_participant(Participant(f"p{i}", f"Voice {i}", ratings=tuple(
            Rating(*e.key, e.weight * scale) for e in model.edges)))
    path = tmp_path / "voices.wtm"
    save(model, path)
    out = tmp_path / "results.xlsx"
    assert main(["run", str(path), "--participants", "-s", model.scenarios[1].id,
                 "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "across 3 participants' maps:" in text and "of 3 maps" in text
    book = openpyxl.load_workbook(out, read_only=True)
    assert {"Participants", "Ratings", "Disagreement", "Per participant"} <= set(
        book.sheetnames)
    header = next(book["Per participant"].iter_rows(max_row=1, values_only=True))
    assert list(header[-3:]) == ["Voice 0", "Voice 1", "Voice 2"]
    assert main(["run", str(bundled_model()), "--participants"]) == 1
    assert "has no participants" in capsys.readouterr().err


def test_check_reports_participants_and_weights_that_drifted_from_their_aggregate(tmp_path,
                                                                                   capsys):
    voices = bundled_model("ai-export-controls-2026-voices.wtm")
    assert main(["check", str(voices)]) == 0
    assert "participants: 5 (50 ratings; weights are the mean, zeros ignored)" in \
        capsys.readouterr().out
    model = load(voices)
    model.update_edge("restricted-access", "misuse-risk", weight=0.9)
    stale = tmp_path / "stale.wtm"
    save(model, stale)
    assert main(["check", str(stale)]) == 0
    assert ("1 edge does not weigh what the participants' aggregate says (first: "
            "\"Restricted actors' access\" (id restricted-access) → 'Misuse risk' (id "
            "misuse-risk) weighs +0.900") in capsys.readouterr().out
    fixed = tmp_path / "fixed.wtm"
    assert main(["aggregate", str(stale), "-o", str(fixed)]) == 0     # keeps the recorded method
    again = load(fixed)
    assert again.settings.aggregation_zeros == "ignore"
    assert again.edge("restricted-access", "misuse-risk").weight == pytest.approx(
        load(voices).edge("restricted-access", "misuse-risk").weight)


def test_run_monte_carlo_over_participants_maps_is_seeded(tmp_path, capsys):
    voices = str(bundled_model("ai-export-controls-2026-voices.wtm"))
    outputs = []
    for _ in range(2):
        out = tmp_path / f"mc{len(outputs)}.csv"
        assert main(["run", voices, "-s", "access-suspension", "--samples", "60",
                     "--sample", "participants", "--seed", "9", "--out", str(out)]) == 0
        assert "60 samples of participants' maps, seed 9" in capsys.readouterr().out
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert main(["run", str(bundled_model()), "--samples", "10", "--sample",
                 "participants"]) == 1
    assert "needs a model with participants" in capsys.readouterr().err


def test_aggregate_proposes_one_maps_second_spelling_and_merges_it_when_accepted(tmp_path,
                                                                                 capsys):
    """Bob's map names Chip smuggling twice ("chip smuggling", "Chip-smuggling"): listed as
    a near match, and merged with --accept-matches, which shows his sign conflict."""
    maps = tmp_path / "maps"
    maps.mkdir()
    (maps / "alice.csv").write_text("From,To,Weight\nExport controls,Chip smuggling,0.6\n"
                                    "Chip smuggling,Misuse risk,0.4\n", encoding="utf-8")
    (maps / "bob.csv").write_text("From,To,Weight\nexport controls,chip smuggling,0.3\n"
                                  "Chip-smuggling,Misuse risk,-0.4\n", encoding="utf-8")
    out = tmp_path / "room.wtm"
    assert main(["aggregate", str(maps), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert ("near match 1: bob: 'Chip-smuggling' may be 'Chip smuggling' (another spelling of "
            "a concept this map also names)\n") in text
    assert "1 near match of concepts kept apart (accept to merge)" in text
    assert "0 of 3 rated edges have a sign conflict" in text
    assert main(["aggregate", str(maps), "-o", str(out), "--force",
                 "--accept-matches"]) == 0
    text = capsys.readouterr().out
    assert "(another spelling of a concept this map also names) → merged" in text
    assert "1 of 2 rated edges have a sign conflict" in text
    assert len(load(out).nodes) == 3


def _spellings(tmp_path):
    """Two maps whose second spells three of the first's concepts otherwise."""
    maps = tmp_path / "maps"
    maps.mkdir()
    (maps / "alice.csv").write_text("From,To,Weight\nExport controls,Chip smuggling,0.6\n"
                                    "Chip smuggling,Misuse risk,0.4\nTax,Misuse risk,0.2\n",
                                    encoding="utf-8")
    (maps / "bob.csv").write_text("From,To,Weight\nexport control,chip smuggling,0.3\n"
                                  "Chip-smuggling,Misuse risk,-0.4\nTaxes,Misuse risk,0.1\n",
                                  encoding="utf-8")
    return maps


def test_aggregate_merges_the_near_matches_chosen_by_number_or_as_listed(tmp_path, capsys):
    """--accept-matches merged every near match listed: the user now names those to merge,
    by the number the list gives or by participant and label as it writes them, and the
    others stay apart; a number means the same near match whatever is accepted."""
    maps, out = _spellings(tmp_path), tmp_path / "room.wtm"
    assert main(["aggregate", str(maps), "-o", str(out)]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines()
              if line.startswith("near match")]
    assert [line.split(" may be ")[0] for line in listed] == [
        "near match 1: bob: 'export control'", "near match 2: bob: 'Chip-smuggling'",
        "near match 3: bob: 'Taxes'"]
    assert len(load(out).nodes) == 7
    for chosen in (["--accept-matches", "1,3"],
                   ["--accept-matches", "bob: 'Taxes'", "--accept-matches", "1"],
                   ["--accept-matches", "3", "--accept-matches", "bob:export control"]):
        assert main(["aggregate", str(maps), "-o", str(out), "--force", *chosen]) == 0
        text = capsys.readouterr().out
        assert [line.endswith("→ merged") for line in text.splitlines()
                if line.startswith("near match")] == [True, False, True], chosen
        labels = {node.label for node in load(out).nodes}
        assert {"Tax", "Export controls", "Chip-smuggling"} <= labels
        assert not {"Taxes", "export control"} & labels
    assert main(["aggregate", str(maps), "-o", str(out), "--force",
                 "--accept-matches", "2"]) == 0
    capsys.readouterr()
    assert len(load(out).nodes) == 6
    for wrong in ("4", "bob: Tax"):
        assert main(["aggregate", str(maps), "-o", str(out), "--force",
                     "--accept-matches", wrong]) == 1
        assert (f"--accept-matches: {wrong!r} names no near match listed (numbers 1-3, "
                "or PARTICIPANT: LABEL as listed)") in capsys.readouterr().err
    # the option took a value before the maps: the map named is not a near match
    assert main(["aggregate", "--accept-matches", str(maps / "bob.csv"), str(maps / "alice.csv"),
                 "-o", str(out), "--force"]) == 1
    assert "is a map, not a near match: give the maps before --accept-matches" in (
        capsys.readouterr().err)


def test_a_near_match_that_merging_brings_is_numbered_and_can_be_accepted(tmp_path, capsys):
    """Carol's "export control" matched Bob's concept exactly until --accept-matches 1
    merged it into Alice's "Export controls": the near match it then becomes had no
    number, so only --accept-matches alone could merge it. It is numbered after the
    listed ones, said to be new, and accepted by that number in the same run."""
    maps, out = tmp_path / "maps", tmp_path / "room.wtm"
    maps.mkdir()
    (maps / "alice.csv").write_text("From,To,Weight\nExport controls,Chip smuggling,0.6\n"
                                    "Tax,Misuse risk,0.2\n", encoding="utf-8")
    (maps / "bob.csv").write_text("From,To,Weight\nexport control,Chip smuggling,0.3\n"
                                  "Taxes,Misuse risk,0.1\n", encoding="utf-8")
    (maps / "carol.csv").write_text("From,To,Weight\nexport control,Chip smuggling,0.5\n",
                                    encoding="utf-8")

    def listed(*chosen):
        assert main(["aggregate", str(maps), "-o", str(out), "--force", *chosen]) == 0
        return [line.split(" may be ")[0] + (" merged" if line.endswith("merged") else "")
                for line in capsys.readouterr().out.splitlines()
                if line.startswith("near match")]

    assert listed() == ["near match 1: bob: 'export control'", "near match 2: bob: 'Taxes'"]
    assert listed("--accept-matches", "1") == [
        "near match 1: bob: 'export control' merged", "near match 2: bob: 'Taxes'",
        "near match 3 (new: it appears once those accepted are merged): carol: "
        "'export control'"]
    for chosen in ("1,3", "3,1"):
        assert listed("--accept-matches", chosen)[2].endswith("'export control' merged")
        assert {n.label for n in load(out).nodes} == {"Export controls", "Chip smuggling",
                                                      "Tax", "Taxes", "Misuse risk"}
    assert listed("--accept-matches", "1", "--accept-matches", "carol: export control")[2] \
        .endswith(" merged")
    assert len(load(out).nodes) == 5
    assert main(["aggregate", str(maps), "-o", str(out), "--force",
                 "--accept-matches", "3"]) == 1      # 3 is there only once 1 is merged
    assert ("--accept-matches: '3' names no near match listed (numbers 1-2, or "
            "PARTICIPANT: LABEL as listed)") in capsys.readouterr().err


def test_compare_counts_only_what_each_participant_rated(tmp_path, capsys):
    """With unrated edges ignored, every participant's map was filled with the aggregate,
    so the five voices all read Jaccard 1.00 and 0.99-1.00 alike: an edge a participant did
    not rate counted as agreeing. Here two voices rate one edge with opposite signs and
    one more edge each."""
    from windtunnel.model import Edge, Model, Node, Settings

    room = Model.from_elements(
        nodes=[Node("a", "Alpha"), Node("b", "Beta"), Node("c", "Gamma")],
        edges=[Edge("a", "b", 0.0), Edge("b", "c", 0.0), Edge("a", "c", 0.0)],
        settings=Settings(aggregation_zeros="ignore"),
        participants=[Participant("p", "Pat", ratings=(Rating("a", "b", 0.5),
                                                       Rating("b", "c", 0.4))),
                      Participant("q", "Quinn", ratings=(Rating("a", "b", -0.5),
                                                         Rating("a", "c", 0.8)))])
    out = tmp_path / "room.wtm"
    assert main(["aggregate", str(_saved(room, tmp_path)), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["compare", str(out)]) == 0
    text = capsys.readouterr().out
    rows = [line.split()[1:] for line in text.splitlines() if line.startswith(("  1 ", "  2 "))]
    # rated, Jaccard, against the other's view, then each pair on the edge both rated
    assert rows == [["Pat", "2", "/", "3", "0.67", "0.00", "1.00", "0.00"],
                    ["Quinn", "2", "/", "3", "0.67", "0.00", "0.00", "1.00"]]
    assert "never counts as agreeing" in text
    voices = load(bundled_model("ai-export-controls-2026-voices.wtm"))
    path = tmp_path / "voices.wtm"
    save(voices, path)
    assert main(["compare", str(path)]) == 0
    found = [re.search(r"(\d+) / 121\s+([\d.]+)\s+([\d.]+)", line)
             for line in capsys.readouterr().out.splitlines()]
    columns = [(int(m[1]), float(m[2]), float(m[3])) for m in found if m]
    assert len(columns) == 5       # each voice rated a few edges: nobody agrees on all of them
    assert all(rated < 20 and jaccard < 0.2 and others < 0.9
               for rated, jaccard, others in columns)


def _saved(model, folder):
    path = folder / "room-in.wtm"
    save(model, path)
    return path
