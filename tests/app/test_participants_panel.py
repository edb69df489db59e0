"""The Participants dock: who rated the map, every rating of the selected edge, and its
disagreement, following the selection, the model and document changes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from windtunnel.app.document import Document
from windtunnel.engine.linguistic import term_weight
from windtunnel.model import Participant, Rating, load
from windtunnel.paths import bundled_model

VOICES = "ai-export-controls-2026-voices.wtm"


def _show(window, model):
    window.set_document(Document(model))
    QApplication.processEvents()
    return window.extensions["participants"]


def _cells(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_the_dock_lists_the_participants_and_every_rating_of_the_selected_edge(window):
    panel = _show(window, load(bundled_model(VOICES)))
    assert panel.people.rowCount() == 5
    model = window.document.model
    rated = {r.key for p in model.participants for r in p.ratings} & {e.key for e in model.edges}
    assert (f"5 participants. The {len(rated)} of the map's {len(model.edges)} edges that they "
            "rated weigh the "
            "mean of their ratings (absent ratings are left out); the others keep the map's "
            "own weights.") in panel.method.text()
    window.scene.select(edges=[("restricted-access", "misuse-risk")])
    assert "3 of 5 rated it: 3 raise, 0 lower" in panel.edge_summary.text()
    terms = dict(zip(_cells(panel.ratings, 0), _cells(panel.ratings, 2)))
    assert terms["US security view (as reported)"] == "+H"
    assert terms["Hong Kong hub argument (Dr. Ruby Tong)"] == "+VL"
    assert "(not rated)" in _cells(panel.ratings, 5)
    window.scene.select(nodes=["misuse-risk"])
    assert panel.ratings.rowCount() == 0 and "Select one edge" in panel.edge_heading.text()


def test_anonymous_mode_hides_names_roles_and_groups(window):
    panel = _show(window, load(bundled_model(VOICES)))
    panel.anonymous.setChecked(True)
    assert _cells(panel.people, 0) == [f"Participant {i}" for i in range(1, 6)]
    assert set(_cells(panel.people, 1)) == {""}
    window.scene.select(edges=[("export-controls", "restricted-access")])
    assert _cells(panel.ratings, 0)[0] == "Participant 1"


def test_a_participant_removed_while_anonymous_is_undone_by_number(window):
    """Removing someone from an anonymous room leaves the Edit menu offering to undo the
    removal of "Participant 2", not of the person by name."""
    panel = _show(window, load(bundled_model(VOICES)))
    panel.anonymous.setChecked(True)
    panel.people.selectRow(1)
    panel.remove.click()
    undo = window.document.undo_stack.undoText()
    assert undo == 'Remove participant "Participant 2"', undo



def test_a_role_set_before_the_room_went_anonymous_is_undone_without_the_role(window, qtbot):
    """An edit of a participant's role or name says who they are ('Set the role of "Hawk"
    to "Ministry"'): once Anonymous is ticked, the Edit menu offers to undo an edit of
    "Participant 1" instead, and the whole wording is back when it is unticked."""
    panel = _show(window, load(bundled_model(VOICES)))
    item = panel.people.item(0, 1)
    item.setText("Ministry of Trade")
    stack = window.document.undo_stack
    qtbot.waitUntil(lambda: "Ministry of Trade" in stack.undoText(), timeout=30_000)
    panel.anonymous.setChecked(True)
    assert stack.undoText() == 'Edit participant "Participant 1"', stack.undoText()
    panel.anonymous.setChecked(False)
    assert "Ministry of Trade" in stack.undoText()


def test_the_dock_follows_a_changed_rating_and_a_sign_conflict_shows(window, qtbot):
    model = load(bundled_model(VOICES))
    panel = _show(window, model)
    window.scene.select(edges=[("export-controls", "restricted-access")])
    assert "sign conflict" not in panel.edge_summary.text()
    voice = model.participant("china-daily-op")
    ratings = tuple(replace(r, term="+M") if r.key == ("export-controls", "restricted-access")
                    else r for r in voice.ratings)
    model.update_participant("china-daily-op", ratings=ratings)   # not an undo step:
    qtbot.waitUntil(lambda: "1 raise, 3 lower" in panel.edge_summary.text())  # next turn
    assert "sign conflict" in panel.edge_summary.text()


def test_a_model_without_participants_says_how_to_bring_them_in(window, qtbot):
    panel = window.extensions["participants"]
    assert panel.people.rowCount() == 0
    assert "no participants" in panel.method.text()
    assert "File &gt; Import Participants' Maps" in panel.method.text()   # the menu first
    assert panel.method.text().index("Import Participants") < \
        panel.method.text().index("windtunnel aggregate")
    window.scene.select(edges=[window.document.model.edges[0].key])
    assert panel.ratings.rowCount() == 0
    key = window.document.model.edges[0].key
    window.document.model.add_participant(Participant("p", "P", ratings=(Rating(*key, 0.3),)))
    qtbot.waitUntil(lambda: panel.people.rowCount() == 1 and panel.ratings.rowCount() == 1)
    # one edge rated: it alone takes the aggregate, and the dock does not say otherwise
    edges = len(window.document.model.edges)
    assert panel.method.text().startswith(
        f"1 participant. The one edge of the map's {edges} that they rated weighs the mean")
    assert "the others keep the map's own weights" in panel.method.text()


def test_rating_an_edge_for_a_participant_reaggregates_and_undoes_in_one_step(window):
    model = load(bundled_model(VOICES))
    panel = _show(window, model)
    before = model.copy()
    key = ("restricted-access", "misuse-risk")
    window.scene.select(edges=[key])
    panel.rater.setCurrentIndex(3)                       # the "incumbency shield" blog
    assert panel.rater.currentData() == "incumbency-blog"
    assert panel.term.isEnabled() and panel.term.currentText() == "(not rated)"
    panel.term.setCurrentIndex(1 + 0)                    # -VH
    panel.term.activated.emit(1)
    rating = next(r for r in model.participant("incumbency-blog").ratings if r.key == key)
    assert rating.term == "-VH"
    terms = [t for t in _cells(panel.ratings, 2) if t]
    assert sorted(terms) == ["+H", "+L", "+VL", "-VH"]
    assert model.edge(*key).weight == pytest.approx(sum(map(term_weight, terms)) / 4)
    assert "4 of 5 rated it: 3 raise, 1 lower" in panel.edge_summary.text()
    assert "sign conflict" in panel.edge_summary.text()
    stack = window.document.undo_stack
    assert stack.count() == 1 and "incumbency" not in stack.undoText()   # label, not id
    stack.undo()
    assert model == before
    stack.redo()
    panel.term.setCurrentIndex(0)
    panel.term.activated.emit(0)                         # clear it again
    assert model.edge(*key).weight == pytest.approx(before.edge(*key).weight)
    assert all(r.key != key for r in model.participant("incumbency-blog").ratings)


def test_the_inspector_stays_in_front_of_the_participants_tab(window, qtbot):
    panel = window.extensions["participants"]
    qtbot.waitUntil(lambda: not window.inspector_dock.visibleRegion().isEmpty(), timeout=3000)
    assert panel.dock.visibleRegion().isEmpty()


def _counting_people_fills(monkeypatch, panel) -> list:
    """Every rebuild of ``panel``'s table of people, from now on."""
    from windtunnel.app import participants_people

    fills, fill = [], participants_people.fill_table

    def counted(table, *args, **kwargs):
        if table is panel.people:
            fills.append(table.rowCount())
        fill(table, *args, **kwargs)
    monkeypatch.setattr(participants_people, "fill_table", counted)
    return fills


def test_one_add_rebuilds_the_people_table_once(window, qtbot, monkeypatch):
    """Adding a participant re-aggregates the map (dozens of edges change, each a model
    signal): the table of people is rebuilt once, when the whole step is done, and so is it
    on undo."""
    from windtunnel.engine import apply_working_weights

    model = load(bundled_model(VOICES))
    model.set_settings(replace(model.settings, aggregation_zeros="include"))
    apply_working_weights(model)
    panel = _show(window, model)
    fills = _counting_people_fills(monkeypatch, panel)
    changed = []
    model.edge_changed.connect(lambda *args: changed.append(args))
    panel.add.click()
    assert len(changed) > 20                     # the aggregate of many edges moved
    assert panel.people.rowCount() == 6          # at once, for the name to be typed
    QApplication.processEvents()                 # nothing left for later either
    assert len(fills) == 1
    panel.people.closePersistentEditor(panel.people.item(5, 0))
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert len(fills) == 2 and panel.people.rowCount() == 5


def test_a_refresh_while_a_name_is_typed_keeps_the_typing(window, qtbot):
    """The map changes while a participant's new name is being typed (a rating given in the
    Inspector): the typing stays, Enter renames, and the table then shows the change."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from windtunnel.app.commands import execute
    from windtunnel.app.participants_rating import rate

    model = load(bundled_model(VOICES))
    panel = _show(window, model)
    first, second = model.participants[0], model.participants[1]
    key = next(e.key for e in model.edges if all(r.key != e.key for r in first.ratings))
    panel.people.editItem(panel.people.item(1, 0))
    editor = panel.people.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Trade min")
    execute(window.document.undo_stack, rate(model, first.id, key, weight=0.5))
    window.scene.select(edges=[key])
    QApplication.processEvents()
    assert editor.text() == "Trade min"
    qtbot.keyClicks(editor, "istry")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: model.participant(second.id).label == "Trade ministry",
                    timeout=5000)
    QApplication.processEvents()
    assert _cells(panel.people, 0)[1] == "Trade ministry"
    assert _cells(panel.people, 4)[0] == str(len(first.ratings) + 1)   # the new rating


def _seen_in(widget, area) -> bool:
    """Whether all of ``widget`` shows in ``area``'s viewport (a scroll area's or a
    table's)."""
    from PySide6.QtCore import QPoint, QRect

    shown = QRect(widget.mapTo(area, QPoint(0, 0)), widget.size())
    return widget.isVisible() and area.rect().contains(shown)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_add_in_a_short_dock_brings_the_new_name_into_view(window, qtbot, size):
    """Add opened the new participant's name for typing in a row below the end of a short
    dock: the table scrolled to the row, but the table itself sat out of view. The dock
    now scrolls to it too (here scrolled down to the edge's ratings, as a user leaves it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    panel = _show(window, load(bundled_model(VOICES)))
    window.resize(*size)
    panel.dock.raise_()
    qtbot.waitUntil(lambda: not panel.dock.visibleRegion().isEmpty())
    window.resizeDocks([panel.dock], [200], Qt.Vertical)
    area = panel.dock.widget()
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)    # the dock is short
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    assert not _seen_in(panel.people, area.viewport())
    panel.add.click()
    editor = panel.people.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Participant 6"
    qtbot.waitUntil(lambda: _seen_in(editor, panel.people.viewport())
                    and _seen_in(editor, area.viewport()), timeout=2000)


def _type_into(qtbot, table, row, column, text, typed=""):
    """Open cell (row, column) for typing with F2, as a user does, and enter ``text``
    (``typed``: text an input method puts in, which key clicks cannot)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key_F2)
    editor = next((e for e in table.findChildren(QLineEdit) if e.isVisible()), None)
    assert editor is not None, "the cell does not open for typing"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    if typed:
        editor.setText(typed)
    qtbot.keyClick(editor, Qt.Key_Return)
    QApplication.processEvents()


def test_credibility_typed_in_the_dock_weighs_the_aggregate_in_one_undo_step(window, qtbot):
    """Credibility weighs a participant's ratings in the mean: an analyst sets it in the
    dock; the map re-aggregates at once, and one undo puts everything back."""
    import numpy as np

    from windtunnel.engine import rating_table

    model = load(bundled_model(VOICES))
    panel = _show(window, model)
    before = model.copy()
    key = ("restricted-access", "misuse-risk")
    _type_into(qtbot, panel.people, 0, 3, "3")
    assert model.participant("us-security").credibility == 3.0
    assert _cells(panel.people, 3)[0] == "3"
    table = rating_table(model)
    column = table.weights[:, table.edges.index(key)]
    rated = ~np.isnan(column)
    credibility = np.array([p.credibility for p in model.participants])
    assert rated[0] and rated.sum() > 1
    assert model.edge(*key).weight == pytest.approx(
        np.average(column[rated], weights=credibility[rated]))
    assert model.edge(*key).weight != pytest.approx(before.edge(*key).weight)
    stack = window.document.undo_stack
    assert stack.count() == 1 and "US security view" in stack.undoText()
    stack.undo()
    assert model == before


@pytest.mark.parametrize("typed", ["150", "-1", "a lot"])
def test_a_credibility_the_model_refuses_says_why_and_changes_nothing(window, qtbot, typed):
    model = load(bundled_model(VOICES))
    panel = _show(window, model)
    before = model.copy()
    shown = []
    window.show_problem = lambda title, exc: shown.append(str(exc))
    _type_into(qtbot, panel.people, 1, 3, typed)
    assert len(shown) == 1 and ("outside [0, 100]" in shown[0] or "not a number" in shown[0])
    assert model == before and window.document.undo_stack.count() == 0
    qtbot.waitUntil(lambda: _cells(panel.people, 3)[1] == "1", timeout=5000)


def test_role_and_group_are_edited_in_the_dock_each_one_undo_step(window, qtbot):
    model = load(bundled_model(VOICES))
    panel = _show(window, model)
    before = model.copy()
    _type_into(qtbot, panel.people, 2, 1, "Think tank")
    _type_into(qtbot, panel.people, 2, 2, "Asia")
    who = model.participant("hk-hub")
    assert (who.role, who.group) == ("Think tank", "Asia")
    assert _cells(panel.people, 1)[2] == "Think tank" and _cells(panel.people, 2)[2] == "Asia"
    stack = window.document.undo_stack
    assert stack.count() == 2
    stack.undo()
    assert model.participant("hk-hub").group == "Hong Kong"
    stack.undo()
    assert model == before


def test_a_role_longer_than_the_model_allows_says_why_and_changes_nothing(window, qtbot):
    model = load(bundled_model(VOICES))
    panel = _show(window, model)
    before = model.copy()
    shown = []
    window.show_problem = lambda title, exc: shown.append(str(exc))
    panel.people.item(0, 1).setText("x" * 400)      # as a paste into the cell
    assert len(shown) == 1 and "role" in shown[0]
    assert model == before and window.document.undo_stack.count() == 0


def test_monte_carlo_over_participants_is_offered_only_when_there_are_maps(window, qtbot):
    results = window.extensions["participants"].results
    assert window.document.model.participants == ()
    assert not results.monte_carlo.isEnabled() and not results.with_weights.isEnabled()
    assert "no participants' maps" in results.monte_carlo.toolTip()
    key = window.document.model.edges[0].key
    window.document.model.add_participant(Participant("p", "P", ratings=(Rating(*key, 0.3),)))
    qtbot.waitUntil(results.monte_carlo.isEnabled)
    assert results.with_weights.isEnabled()
    assert "each sample is one participant's map" in results.monte_carlo.toolTip()


def test_results_per_participant_say_there_is_nobody_instead_of_drawing_empty_axes(
        window, qtbot):
    results = window.extensions["participants"].results
    assert window.document.model.participants == ()
    assert not results.nobody.isHidden() and results.plot.isHidden()
    assert "Import Participants' Maps" in results.nobody.text()
    key = window.document.model.edges[0].key
    window.document.model.add_participant(Participant("p", "P", ratings=(Rating(*key, 0.3),)))
    qtbot.waitUntil(lambda: results.nobody.isHidden() and not results.plot.isHidden())


def test_no_tab_bar_is_left_standing_behind_the_map(window, qtbot):
    """Joining the Participants, then the Sources, to the Inspector's tabs gives the group a
    new tab bar each time; the old one Qt leaves where it was (over the map, shown through
    the gaps between docks and in pictures of the window) is hidden after the first paint:
    each tab bar on show holds its group's open docks, and no dock has two."""
    from PySide6.QtWidgets import QTabBar

    qtbot.waitUntil(lambda: window.painted)
    titled = {dock.windowTitle(): dock for dock in window.panels}
    seen = []
    for bar in window.findChildren(QTabBar, options=Qt.FindDirectChildrenOnly):
        if bar.isHidden():
            continue
        docks = [titled[bar.tabText(k)] for k in range(bar.count())]
        group = {docks[0], *window.tabifiedDockWidgets(docks[0])}
        assert set(docks) == {dock for dock in group if not dock.isHidden()}, [
            dock.windowTitle() for dock in docks]
        seen += docks
    assert len(seen) == len(set(seen)) and window.inspector_dock in seen


def _add_named(qtbot, panel, name: str) -> None:
    """Press Add and type ``name`` into the row it opens, then Enter, as a user does."""
    from PySide6.QtWidgets import QLineEdit

    panel.add.click()
    editor = panel.people.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key_Return)


def test_adding_a_participant_with_their_name_is_one_undo_step(window, qtbot):
    """Add opens the new row's name for typing: the name entered joins the adding, one
    undo step named by it, as a node is added with its name; a later rename stays its own
    step."""
    model = load(bundled_model(VOICES))
    panel = _show(window, model)
    stack = window.document.undo_stack
    before = stack.count()
    _add_named(qtbot, panel, "Alice")
    qtbot.waitUntil(lambda: "Alice" in [p.label for p in model.participants], timeout=5000)
    assert stack.count() == before + 1
    assert stack.undoText() == 'Add participant "Alice"'
    _type_into(qtbot, panel.people, 5, 0, "Alicia")
    assert model.participants[5].label == "Alicia" and stack.count() == before + 2
    stack.undo()
    stack.undo()
    assert len(model.participants) == 5 and stack.count() - stack.index() == 2
    stack.redo()
    assert model.participants[5].label == "Alice"


def test_participants_named_in_chinese_and_japanese_take_their_numbers_as_ids(window, qtbot):
    """A name without Latin letters, typed as the participant is added (as an input method
    puts it in), gives the id ``participant-`` and their number, the one their generated
    name had, not ``item-`` and a digest; renaming them later keeps it."""
    from PySide6.QtWidgets import QLineEdit

    model = load(bundled_model(VOICES))
    panel = _show(window, model)
    for name in ("\u5f20\u4f1f", "\u4f50\u85e4 \u82b1\u5b50"):            # 张伟, 佐藤 花子
        panel.add.click()
        editor = next(e for e in panel.people.findChildren(QLineEdit) if e.isVisible())
        editor.setText(name)
        qtbot.keyClick(editor, Qt.Key_Return)
        qtbot.waitUntil(lambda: model.participants[-1].label == name, timeout=5000)
    assert [p.id for p in model.participants[5:]] == ["participant-6", "participant-7"]
    _type_into(qtbot, panel.people, 5, 0, "Zhang Wei")
    assert model.participants[5].id == "participant-6"


def test_a_participant_named_as_they_are_added_takes_an_id_from_the_name(window, qtbot):
    """Their id is made from the name typed, not from the generated "Participant 6", so the
    workbook's Ratings sheet and the command line's outputs say who rated; the id stays
    when they are renamed later, and the rating box keeps them chosen."""
    from PySide6.QtWidgets import QLineEdit

    from windtunnel.io.sheets import model_rows

    model = load(bundled_model(VOICES))
    panel = _show(window, model)
    key = ("restricted-access", "misuse-risk")
    window.scene.select(edges=[key])
    panel.add.click()
    editor = panel.people.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Alice Chen")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: model.participants[5].label == "Alice Chen", timeout=5000)
    assert model.participants[5].id == "alice-chen"
    assert panel.rater.currentData() == "alice-chen"
    stack = window.document.undo_stack
    assert stack.undoText() == 'Add participant "Alice Chen"'
    panel.term.setCurrentIndex(1)                        # -VH, rated as Alice
    panel.term.activated.emit(1)
    header, _styles, rows = model_rows(model)["Ratings"]
    who = header.index("Participant")
    assert ("alice-chen", "-VH") in {(row[who], row[header.index("Term")]) for row in rows}
    _type_into(qtbot, panel.people, 5, 0, "Alicia Chen")
    assert model.participants[5].id == "alice-chen"      # a later rename keeps the id
    stack.undo()
    stack.undo()
    stack.undo()
    assert len(model.participants) == 5
    stack.redo()
    assert model.participants[5].id == "alice-chen" and model.participants[5].ratings == ()


def test_a_participant_named_in_japanese_keeps_the_name_in_every_language(window, qtbot,
                                                                           tmp_path):
    """A participant named as they are added takes the typed name as their original, in
    whatever language the interface is in (it stayed "参加者 6" in every other language,
    the name kept only as the Japanese translation); a later rename in Japanese is the
    Japanese translation; the generated "参加者 7" of one never named is no original: each
    language reads its own wording. All of it survives saving and reopening."""
    from PySide6.QtWidgets import QLineEdit

    from windtunnel.app.translations import apply_language
    from windtunnel.model import save, translated

    model = load(bundled_model(VOICES))
    panel = _show(window, model)
    apply_language("ja")
    try:
        panel.add.click()
        editor = panel.people.findChild(QLineEdit)
        assert editor is not None and editor.text() == "参加者 6"
        editor.setText("李さん")                  # typed with an input method
        qtbot.keyClick(editor, Qt.Key_Return)
        qtbot.waitUntil(lambda: model.participants[5].label == "李さん", timeout=5000)
        panel.add.click()                        # left with its generated name
        qtbot.keyClick(panel.people.findChild(QLineEdit), Qt.Key_Return)
        QApplication.processEvents()
        assert "参加者 7" in window.document.undo_stack.undoText()    # as the dock names them
        _type_into(qtbot, panel.people, 4, 0, "", typed="別名")   # an existing one: translated
        path = tmp_path / "voices.wtm"
        save(model, path)
        reopened = load(path)
        named, unnamed, existing = (reopened.participants[5], reopened.participants[6],
                                    reopened.participants[4])
        assert translated(named) == "李さん" and translated(unnamed) == "参加者 7"
        assert translated(existing) == "別名"
    finally:
        apply_language("en")
    assert named.label == "李さん" and not named.translations
    assert unnamed.label == translated(unnamed) == "Participant 7"
    assert existing.label == model.participants[4].label != "別名"
    assert translated(existing, language="zh-CN") != "別名"


def test_the_entropy_says_that_those_who_did_not_rate_count_as_no_causality(window):
    """FCMpy's entropy counts a participant who did not rate the edge as the answer "no
    causality": one rating among three reads 0.92, which the line explains beside it, so it
    is not read as dissent; once everyone rated, the figure stands alone."""
    from windtunnel.model import Edge, Model, Node

    one_rated = [Participant("a", "Ana", ratings=(Rating("x", "y", term="+H"),)),
                 Participant("b", "Ben"), Participant("c", "Cai")]
    model = Model.from_elements(nodes=[Node("x", "X"), Node("y", "Y")],
                                edges=[Edge("x", "y", 0.3)], participants=one_rated)
    panel = _show(window, model)
    window.scene.select(edges=[("x", "y")])
    assert ("1 of 3 rated it: 1 raise, 0 lower, 0 no effect. Spread 0.00, range 0.00, "
            "entropy 0.92 (counting the 2 who did not rate it as \u201cno causality\u201d).") \
        in panel.edge_summary.text()
    everyone = [replace(p, ratings=(Rating("x", "y", term="+H"),)) for p in one_rated]
    panel = _show(window, Model.from_elements(nodes=[Node("x", "X"), Node("y", "Y")],
                                              edges=[Edge("x", "y", 0.3)],
                                              participants=everyone))
    window.scene.select(edges=[("x", "y")])
    assert "entropy 0.00. " in panel.edge_summary.text()
    assert "no causality" not in panel.edge_summary.text()


def test_a_name_typed_into_a_new_row_while_anonymous_shows_as_its_number(window, qtbot):
    """With Anonymous ticked, the name typed for a participant just added shows while it
    is typed; entered, their row reads "Participant 6" like the others, and so does the
    Edit menu's step, never the name (it read 'Add participant "Ana Lima"')."""
    panel = _show(window, load(bundled_model(VOICES)))
    panel.anonymous.setChecked(True)
    _add_named(qtbot, panel, "Ana Lima")
    model = window.document.model
    qtbot.waitUntil(lambda: model.participants[-1].label == "Ana Lima", timeout=5000)
    qtbot.waitUntil(lambda: _cells(panel.people, 0)[-1] == "Participant 6", timeout=5000)
    assert "Ana Lima" not in {panel.people.item(5, c).toolTip() for c in range(5)}
    assert window.document.undo_stack.undoText() == 'Add participant "Participant 6"'
    panel.anonymous.setChecked(False)
    assert window.document.undo_stack.undoText() == 'Add participant "Ana Lima"'
