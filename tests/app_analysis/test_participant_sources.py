"""A model combined from participants' maps keeps the files it was read from: no export
of it replaces one, under its name or another."""

from __future__ import annotations

import os

import pytest

from .test_output_names import assert_never_written_over


@pytest.mark.parametrize("output, source", [("results workbook", "first.xlsx"),
                                            ("trajectories csv", "second.csv")])
def test_an_export_never_replaces_a_participants_map_it_was_combined_from(
        workspace, qtbot, monkeypatch, tmp_path, output, source):
    """Import Participants' Maps opened the combined model with no file of its own and no
    record of its maps, so an export chosen over a participant's workbook or CSV replaced
    that participant's data with results; it is refused now, as an imported map's own file
    is, under its name or another (a hard link), the file as it was and no .bak made."""
    from windtunnel.app.mainwindow import MainWindow
    from windtunnel.cli import main
    from windtunnel.paths import bundled_model

    maps = [tmp_path / "first.xlsx", tmp_path / "second.csv"]
    for path in maps:
        assert main(["export", str(bundled_model()), "-o", str(path)]) == 0
    linked = tmp_path / f"same file{os.path.splitext(source)[1]}"
    os.link(tmp_path / source, linked)
    monkeypatch.setattr(MainWindow, "show_notes", lambda self, title, notes: None)
    first = workspace.windows[0]
    importer = first.extensions["participants"].importer
    monkeypatch.setattr(importer, "review", lambda proposals, concepts, extras=(): {})
    window = importer.run([str(path) for path in maps])
    assert window is not None and len(window.document.model.participants) == 2
    qtbot.waitUntil(lambda: window.extensions.complete, timeout=30_000)
    assert_never_written_over(qtbot, window, output, tmp_path / source, linked)
