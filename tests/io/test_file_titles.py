"""The title a Mental Modeler or GEXF file gives its map becomes the model's, said in the
import's note (real files other tools wrote); a file without one is titled by its name, and
a title given to the import comes before the file's (it was overridden without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest

from windtunnel.io import import_model

REAL = Path(__file__).parents[1] / "data" / "real"
IO = Path(__file__).parents[1] / "data" / "io"


def _notes(imported) -> str:
    return " | ".join(map(str, imported.notes))


@pytest.mark.parametrize(("path", "title"), [
    (REAL / "mm_compare_project_3.mmp", "Cool things this summer"),    # web version, JSON
    (REAL / "mm_compare_test001_a.mmp", "Fundamentalism"),             # XML
    (IO / "wetland_legacy.mmp", "Wetland workshop"),                   # the Flash version
    (REAL / "graphology_basic.gexf", "Basic Graph"),                   # <meta><title>
    (REAL / "gephilite_les_miserables.gexf", "Les Miserables.gexf")])  # Gephi Lite's
def test_the_files_own_title_is_the_models_and_the_note_says_so(path, title):
    imported = import_model(path)
    assert imported.model.title == title
    assert f"titled {title!r} as the file names its map" in _notes(imported)


def test_a_file_without_a_title_is_titled_by_its_name_and_no_note_says_otherwise():
    imported = import_model(REAL / "gephi_basic.gexf")
    assert imported.model.title == "gephi_basic"
    assert "titled" not in _notes(imported)


@pytest.mark.parametrize("path", [REAL / "mm_compare_project_3.mmp",
                                  REAL / "graphology_basic.gexf"])
def test_a_title_given_to_the_import_comes_before_the_files(path):
    imported = import_model(path, title="Workshop map")
    assert imported.model.title == "Workshop map"
    assert "titled" not in _notes(imported)


def test_a_title_written_over_lines_becomes_one_line(tmp_path):
    path = tmp_path / "wrapped.gexf"
    path.write_text('<gexf xmlns="http://gexf.net/1.3" version="1.3"><meta><title>\n  Export '
                    'controls,\n  second draft\n</title></meta><graph defaultedgetype="directed">'
                    '<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" '
                    'target="b" weight="0.5"/></edges></graph></gexf>', encoding="utf-8")
    assert import_model(path).model.title == "Export controls, second draft"
