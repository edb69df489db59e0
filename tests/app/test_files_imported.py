"""Files other tools wrote, or that need mending, opened in the window: a workbook or CSV
imported as a new unsaved document, a broken CSV named, a Windows code page read or
refused, control characters mended and said."""

from __future__ import annotations

from conftest import make_small_model

from windtunnel.model import dumps, load


def test_workbook_import_opens_as_a_new_unsaved_document(window, tmp_path):
    from windtunnel.io import write_model_workbook

    book = tmp_path / "exported.xlsx"
    write_model_workbook(make_small_model(), book)
    notes = []
    window.show_notes = lambda title, found: notes.append(found)
    assert window.open_file(str(book))
    imported = window.workspace.windows[-1]
    assert imported.document.path is None and imported.document.modified
    assert [n.id for n in imported.document.model.nodes] == ["ban", "leak", "lab"]
    assert imported.windowTitle().startswith("Imported from exported.xlsx")
    imported.ask_save_path = lambda *a: str(tmp_path / "from-book")
    assert imported.save()
    assert load(tmp_path / "from-book.wtm") == imported.document.model
    assert book.exists()  # the workbook itself is untouched


def test_broken_csv_import_names_the_problem(window, tmp_path):
    bad = tmp_path / "edges.csv"
    bad.write_text("source,target,weight\na,b,heavy\n", encoding="utf-8")
    shown = []
    window.show_problem = lambda title, exc: shown.append(str(exc))
    assert not window.open_file(str(bad))
    assert "edges.csv" in shown[0]
    assert len(window.workspace.windows) == 1


def test_a_csv_in_a_windows_code_page_opens_with_a_note_or_is_refused(window, tmp_path,
                                                                       monkeypatch):
    """A Shift_JIS edges table opens as written, the notes naming the code page; a file
    whose code page cannot be told is refused, naming the candidates, and no window opens."""
    from windtunnel.app.mainwindow import MainWindow

    edges = tmp_path / "edges.csv"
    edges.write_bytes("From,To,Weight\r\n需要,供給,0.5\r\nｱｸﾀｰ,需要,-0.3\r\n".encode("cp932"))
    notes, shown = [], []
    # the import's window (a new one) says what it did: caught on every window, never a
    # dialog waiting for a click
    monkeypatch.setattr(MainWindow, "show_notes",
                        lambda self, title, found: notes.append([str(n) for n in found]))
    window.show_problem = lambda title, exc: shown.append(str(exc))
    assert window.open_file(str(edges))
    imported = window.workspace.windows[-1]
    assert {n.label for n in imported.document.model.nodes} == {"ｱｸﾀｰ", "供給", "需要"}
    assert notes[0][0] == ("edges.csv: not UTF-8: read as Shift_JIS (Japanese Windows), the "
                           "one code page its text reads plausibly in")
    opened = len(window.workspace.windows)
    edges.write_bytes("From,To\r\n上限,x\r\n".encode("gbk"))
    assert not window.open_file(str(edges))
    assert "whether it is GBK (Simplified Chinese Windows) or Shift_JIS (Japanese Windows) " \
           "cannot be told for sure" in shown[0]
    assert "File > Save As, as \"CSV UTF-8 (Comma delimited)\"" in shown[0]
    assert len(window.workspace.windows) == opened


def test_a_model_file_with_control_characters_opens_mended_says_so_and_saves_clean(
        window, tmp_path, monkeypatch):
    """A .wtm edited by hand with a terminal colour code in a label opens with the code
    removed, a dialog naming the node and field, and the document modified; Save writes
    the file without it."""
    from windtunnel.app.mainwindow import MainWindow

    path = tmp_path / "dirty.wtm"
    path.write_text(dumps(make_small_model()).replace('"label": "Access ban"',
                                                      '"label": "Access ban\\u001b[31m"'),
                    encoding="utf-8")
    said = []
    monkeypatch.setattr(MainWindow, "show_notes",
                        lambda self, title, found, imported=True, changed=True:
                        said.append((title, [str(n) for n in found], imported)))
    assert window.open_file(str(path))
    [(title, notes, imported)] = said
    assert title == "Opened dirty.wtm" and imported is False
    assert notes[0].startswith("node 'ban'.label: removed control characters")
    opened = window.workspace.windows[-1]
    assert opened.document.path == path
    assert opened.document.model.node("ban").label == "Access ban[31m"
    assert opened.document.modified and opened.isWindowModified()
    assert opened.actions.save.trigger() is None
    assert "\\u001b" not in path.read_text(encoding="utf-8")
    assert load(path).node("ban").label == "Access ban[31m"


def test_a_model_file_s_label_with_a_line_break_opens_unchanged_and_says_how_it_shows(
        window, tmp_path, monkeypatch):
    """A .wtm written by a script with a line break in a label opens as written (not
    marked modified: nothing changed), and the dialog says how such a label shows."""
    from windtunnel.app.mainwindow import MainWindow

    path = tmp_path / "lines.wtm"
    path.write_text(dumps(make_small_model()).replace('"label": "Access ban"',
                                                      '"label": "Access\\nban"'),
                    encoding="utf-8")
    said = []
    monkeypatch.setattr(MainWindow, "show_notes",
                        lambda self, title, found, imported=True, changed=True:
                        said.append(([str(n) for n in found], imported, changed)))
    assert window.open_file(str(path))
    assert said == [(["node 'ban': 1 label(s) hold line breaks, kept as the file has them: "
                      "the map shows such a label on one line, its breaks as spaces; edit it "
                      "to make it one line everywhere"], False, False)]
    opened = window.workspace.windows[-1]
    assert opened.document.model.node("ban").label == "Access\nban"
    assert not opened.document.modified and not opened.isWindowModified()
