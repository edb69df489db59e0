"""Participants from several maps in the GUI: importing one map per participant (Mental
Modeler projects, mtoolr's list of every participant's edges, CSV edge lists), the review of
concepts that nearly match across maps, and what is merged only when the user chooses it."""

from __future__ import annotations

from pathlib import Path

import pytest

REAL = Path(__file__).parents[1] / "data" / "real"
PROJECTS = [REAL / f"mm_compare_{n}.mmp" for n in
            ("project_Reference_Model", "project_3", "project_4", "project_5")]


def _notes(monkeypatch):
    from windtunnel.app.mainwindow import MainWindow
    shown = []
    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: shown.append(
        (title, [str(n) for n in notes])))
    return shown


@pytest.mark.parametrize("merge", [False, True])
def test_importing_several_maps_reviews_near_matches_and_merges_only_what_is_chosen(
        window, qtbot, monkeypatch, merge):
    from windtunnel.app.participants_import import NearMatchReview
    notes = _notes(monkeypatch)
    importer = window.extensions["participants"].importer
    assert importer.action in window.menus.file.actions()
    reviewed = []

    def review(proposals, concepts, extras=(), shown_maps=None):
        dialog = NearMatchReview(proposals, window, concepts, extras, shown_maps)
        reviewed.append([(p.label, p.concept_label) for p in proposals])
        assert all(not merged for merged in (c.currentData() for c in dialog.choices))
        if merge:
            dialog.choices[0].setCurrentIndex(1)
        return dialog.merged()

    monkeypatch.setattr(importer, "review", review)
    opened = importer.run([str(p) for p in PROJECTS])
    assert reviewed == [[("Sneezing or coughing", "Sneezing / coughing")]]
    model = opened.document.model
    assert len(model.participants) == 4 and opened.document.path is None
    asked = []
    opened.ask_save_changes = lambda: asked.append("asked") or "cancel"
    assert not opened.maybe_save() and asked      # unsaved work: closing asks, as any import
    labels = [n.label for n in model.nodes]
    assert ("Sneezing or coughing" in labels) is not merge
    assert len(model.nodes) == (26 if merge else 27)
    assert notes and notes[-1][0] == "Imported 4 participants"
    opened.ask_save_changes = lambda: "discard"
    opened.close()


def test_importing_mtoolrs_list_of_every_participants_edges_opens_one_participant_each(
        window, qtbot, monkeypatch):
    """Import Participants' Maps reads MToolR's one edge list (a User_ID column) as one map
    per participant who drew; the file was refused."""
    notes = _notes(monkeypatch)
    importer = window.extensions["participants"].importer
    monkeypatch.setattr(importer, "review", lambda proposals, concepts, extras=(), shown=None: {})
    problems = []
    monkeypatch.setattr(window, "show_problem", lambda title, exc: problems.append(str(exc)))
    path = Path(__file__).parents[1] / "data" / "real" / "mtoolr_example_export.csv"
    opened = importer.run([str(path)])
    assert problems == []
    assert len(opened.document.model.participants) == 53
    assert notes and notes[-1][0] == "Imported 53 participants"
    assert any(note.startswith("53 participants combined: ") for note in notes[-1][1])
    opened.ask_save_changes = lambda: "discard"
    opened.close()


def test_one_workbook_of_participants_sheets_counts_its_participants_not_its_file(
        window, qtbot, monkeypatch):
    """pyfcm's workbook of 13 participants' matrices is one map of 13 participants: the
    notes' title and count say 13 participants (they said "1 maps")."""
    notes = _notes(monkeypatch)
    importer = window.extensions["participants"].importer
    monkeypatch.setattr(importer, "review", lambda proposals, concepts, extras=(), shown=None: {})
    opened = importer.run([str(REAL / "pyfcm_AllParticipants_Adjacency_Matrix_Example.xlsx")])
    assert len(opened.document.model.participants) == 13
    title, said = notes[-1]
    assert title == "Imported 13 participants"
    assert any(note.startswith("13 participants combined: ") for note in said), said
    assert not any("1 maps" in note for note in said)
    opened.ask_save_changes = lambda: "discard"
    opened.close()


def test_the_review_merges_a_concept_with_any_concept_of_an_earlier_map(
        window, qtbot, monkeypatch):
    from windtunnel.app.participants_import import NearMatchReview
    _notes(monkeypatch)
    importer = window.extensions["participants"].importer
    chosen = []

    def review(proposals, concepts, extras=(), shown_maps=None):
        dialog = NearMatchReview(proposals, window, concepts, extras, shown_maps)
        choice = dialog.choices[0]
        texts = [choice.itemText(i) for i in range(choice.count())]
        assert texts[:2] == ["Keep apart", "Merge with Sneezing / coughing"]
        assert "Merge with Fatality rate" in texts          # any concept of the maps before
        assert "Merge with People dying or getting sick" not in texts   # that map has it
        choice.setCurrentIndex(texts.index("Merge with Fatality rate"))
        chosen.append(choice.currentData())
        dialog.set_all(False)
        assert dialog.merged() == {}
        choice.setCurrentIndex(texts.index("Merge with Fatality rate"))
        return dialog.merged()

    monkeypatch.setattr(importer, "review", review)
    opened = importer.run([str(p) for p in PROJECTS])
    model = opened.document.model
    who = model.participants[1]                               # project_3's map
    labels = {n.id: n.label for n in model.nodes}
    rated = {labels[end] for r in who.ratings for end in r.key}
    assert "Fatality rate" in rated and "Sneezing or coughing" not in rated
    assert chosen == [next(n.id for n in model.nodes if n.label == "Fatality rate")]
    opened.ask_save_changes = lambda: "discard"
    opened.close()


def test_the_review_keeps_a_plain_maps_extra_concept_as_its_participants_own(
        window, qtbot, monkeypatch):
    """Each concept a plain map has beyond the others gets a row: added to the shared map
    by default, or kept as that participant's own node (with their edges to it)."""
    from windtunnel.app.participants_import import NearMatchReview
    from windtunnel.io.participant_files import read_map
    from windtunnel.io.participants import normal_label
    _notes(monkeypatch)
    importer = window.extensions["participants"].importer
    picked = []

    def review(proposals, concepts, extras=(), shown_maps=None):
        dialog = NearMatchReview(proposals, window, concepts, extras, shown_maps)
        proposed = {(p.map_index, p.node) for p in proposals}
        assert len(dialog.own_choices) == len([e for e in extras if e[:2] not in proposed]) > 0
        assert all(c.currentData() is None for c in dialog.own_choices)   # shared by default
        drawn = [{normal_label(n.label) for n in read_map(p).nodes} for p in PROJECTS]
        row = next(k for k, (_i, _n, label, _m) in enumerate(extras)   # no other map has it
                   if sum(normal_label(label) in labels for labels in drawn) == 1)
        choice = dialog.own_choices[row]
        texts = [choice.itemText(i) for i in range(choice.count())]
        assert texts == ["Add to the shared map", f"Keep as {extras[row][3]}'s own"]
        choice.setCurrentIndex(1)
        dialog.set_all(True)                        # Merge all leaves the own rows alone
        assert choice.currentIndex() == 1
        dialog.set_all(False)
        picked.append(extras[row])
        return dialog.merged()

    monkeypatch.setattr(importer, "review", review)
    opened = importer.run([str(p) for p in PROJECTS])
    (_index, _node, label, name), = picked
    model = opened.document.model
    assert label not in [n.label for n in model.nodes]
    who = next(p for p in model.participants if p.label == name)
    own = next(n.id for n in who.nodes if n.label == label)
    assert any(own in r.key for r in who.ratings)
    assert not any(own in e.key for e in model.edges)
    opened.ask_save_changes = lambda: "discard"
    opened.close()


def test_the_review_merges_one_maps_second_spelling_of_a_concept(window, qtbot, monkeypatch,
                                                                 tmp_path):
    """Bob's map names Chip smuggling twice ("chip smuggling", "Chip-smuggling"): its row
    says what it may be, and offers to merge it (the review showed it only as an extra
    concept, to add to the shared map or keep as bob's own)."""
    from windtunnel.app.participants_import import NearMatchReview
    _notes(monkeypatch)
    (tmp_path / "alice.csv").write_text("From,To,Weight\nExport controls,Chip smuggling,0.6\n"
                                        "Chip smuggling,Misuse risk,0.4\n", encoding="utf-8")
    (tmp_path / "bob.csv").write_text("From,To,Weight\nexport controls,chip smuggling,0.3\n"
                                      "Chip-smuggling,Misuse risk,-0.4\n", encoding="utf-8")
    importer = window.extensions["participants"].importer
    seen = []

    def review(proposals, concepts, extras=(), shown_maps=None):
        dialog = NearMatchReview(proposals, window, concepts, extras, shown_maps)
        seen.append([dialog.table.item(0, column).text() for column in range(4)])
        choice = dialog.choices[0]
        seen.append([choice.itemText(i) for i in range(choice.count())])
        assert dialog.own_choices == []          # one row for the node, not two
        dialog.set_all(True)
        return dialog.merged()

    monkeypatch.setattr(importer, "review", review)
    opened = importer.run([str(tmp_path / "alice.csv"), str(tmp_path / "bob.csv")])
    assert seen == [["bob", "Chip-smuggling", "Chip smuggling",
                     "another spelling of a concept this map also names"],
                    ["Keep apart", "Merge with Chip smuggling", "Keep as bob's own"]]
    model = opened.document.model
    assert [n.label for n in model.nodes] == ["Export controls", "Chip smuggling",
                                              "Misuse risk"]
    assert {r.key: r.weight for r in model.participants[1].ratings} == {
        ("export-controls", "chip-smuggling"): 0.3, ("chip-smuggling", "misuse-risk"): -0.4}
    opened.ask_save_changes = lambda: "discard"
    opened.close()


def test_a_broken_map_among_several_is_named_and_nothing_opens(window, tmp_path,
                                                               monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_problem", lambda title, exc: shown.append(str(exc)))
    broken = tmp_path / "broken.wtm"
    broken.write_text("{ not json", encoding="utf-8")
    importer = window.extensions["participants"].importer
    count = len(window.workspace.windows)
    assert importer.run([str(PROJECTS[0]), str(broken)]) is None
    assert "broken.wtm" in shown[-1] and len(window.workspace.windows) == count
    assert importer.run([str(PROJECTS[0])]) is None          # one map: nothing to combine
    assert "at least two" in shown[-1]




def test_an_anonymous_room_s_import_names_the_maps_by_number_and_stays_anonymous(
        window, qtbot, monkeypatch):
    """With Anonymous ticked, the review of the near matches names each map by the number
    its participant takes ("Participant 3"), in its rows and its choices, never by its
    name (a person's, on the projector); the combined model opens anonymous too, its title
    and the import's notes naming the maps by number."""
    from windtunnel.app.participants_import import NearMatchReview
    notes = _notes(monkeypatch)
    panel = window.extensions["participants"]
    panel.anonymous.setChecked(True)
    importer = panel.importer
    shown = []

    def review(proposals, concepts, extras=(), shown_maps=None):
        dialog = NearMatchReview(proposals, window, concepts, extras, shown_maps)
        table = dialog.table
        shown.extend(table.item(r, 0).text() for r in range(table.rowCount()))
        shown.extend(box.itemText(k) for box in dialog.choices + dialog.own_choices
                     for k in range(box.count()))
        return dialog.merged()

    monkeypatch.setattr(importer, "review", review)
    opened = importer.run([str(p) for p in PROJECTS])
    names = [p.label for p in opened.document.model.participants]
    assert shown and "Participant 2" in shown, shown
    assert not [text for text in shown for name in names if name in text], shown
    assert opened.extensions["participants"].anonymous.isChecked()
    title = opened.document.model.title                 # the window's title shows it
    assert title.startswith("Aggregate of 4 maps: Participant 1, Participant 2"), title
    assert not any(Path(p).stem in title for p in PROJECTS), title
    said = "\n".join(notes[-1][1])                      # and the import's notes
    assert "Participant 2: skipped 1 scenario" in said, said
    assert not any(Path(p).stem in said for p in PROJECTS), said
    assert opened.extensions["participants"].people.item(0, 0).text() == "Participant 1"
    opened.ask_save_changes = lambda: "discard"
    opened.close()


def test_the_review_shows_every_column_and_its_choices_on_a_laptop(
        window, qtbot, monkeypatch):
    """On a 1366-pixel screen the review's rows show whole, the choices too: at 760 pixels
    the table scrolled its Choice column out of sight."""
    from windtunnel.app.participants_import import NearMatchReview
    _notes(monkeypatch)
    importer = window.extensions["participants"].importer
    scrolled = []

    def review(proposals, concepts, extras=(), shown_maps=None):
        dialog = NearMatchReview(proposals, window, concepts, extras, shown_maps)
        dialog.show()
        qtbot.waitExposed(dialog)
        scrolled.append(dialog.table.horizontalScrollBar().maximum())
        dialog.close()
        return {}

    monkeypatch.setattr(importer, "review", review)
    opened = importer.run([str(p) for p in PROJECTS])
    assert scrolled == [0]
    opened.ask_save_changes = lambda: "discard"
    opened.close()
