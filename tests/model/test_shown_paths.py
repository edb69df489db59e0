"""How every message names a path: whole when short; else its start, an ellipsis and its
file name (a long file name cut in its middle, its extension kept)."""

from __future__ import annotations

from windtunnel.errors import SHOWN_PATH_CHARS, LoadError, Problem, shown_path


def test_a_short_path_is_shown_whole():
    assert shown_path("/home/ana/maps/export controls.wtm") == "/home/ana/maps/export controls.wtm"


def test_a_long_path_keeps_its_start_and_its_file_name():
    path = "/home/ana/" + "/".join(["folder" * 30] * 25) + "/results.xlsx"
    shown = shown_path(path)
    assert shown.startswith("/home/ana/folderfolder") and shown.endswith("…/results.xlsx")
    assert len(shown) <= SHOWN_PATH_CHARS


def test_a_long_file_name_is_cut_in_its_middle_keeping_its_extension():
    shown = shown_path("/tmp/" + "a" * 150 + "z" * 150 + ".csv")
    assert shown.startswith("/tmp/aaaa") and shown.endswith("zzzz.csv") and "…" in shown
    assert len(shown) <= SHOWN_PATH_CHARS


def test_a_windows_path_is_cut_at_its_backslashes():
    shown = shown_path("C:\\Users\\ana\\" + "\\".join(["d" * 100] * 10) + "\\map.wtm")
    assert shown.startswith("C:\\Users\\ana\\ddd") and shown.endswith("…\\map.wtm")


def test_a_load_error_names_its_source_so():
    error = LoadError(Problem("", "cannot read the file"), source="/x/" + "d" * 3000 + "/m.wtm")
    assert str(error).endswith("…/m.wtm: cannot read the file") and len(str(error)) < 250


def test_a_long_folder_path_ending_in_a_separator_keeps_the_folder_s_name():
    """A folder's path may end in its separator; on Windows as elsewhere, the message
    still names the folder (the name was lost, leaving 'C:\\ddd…\\')."""
    for folder, separator in (("C:\\Users\\ana", "\\"), ("/home/ana", "/")):
        path = separator.join([folder, "d" * 300, "exports"]) + separator
        shown = shown_path(path)
        assert shown.endswith(f"…{separator}exports") and len(shown) <= SHOWN_PATH_CHARS
