"""The names a user may give a file to write: a name valid on Linux that colleagues on
Windows could not open, that a command line would take for options, or that shows other
than it is, is refused with the character at fault and why; names that only look alike
are written."""

from __future__ import annotations

import pytest

from windtunnel.errors import SaveError
from windtunnel.model.output_paths import check_output_name


@pytest.mark.parametrize("name", ["CON", "con", "nul.xlsx", "NUL.tar.gz", "Com1.csv",
                                  "lpt9.png", "aux", "PRN.svg", "conin$.txt", "CON .txt",
                                  "com\u00b9.xlsx"])
def test_a_device_name_of_windows_is_refused_whatever_its_case_and_extension(tmp_path, name):
    with pytest.raises(SaveError, match="Windows keeps this name for a device") as refused:
        check_output_name(tmp_path / name)
    assert repr(str(tmp_path / name)) in str(refused.value)


@pytest.mark.parametrize("name, character", [("a<b.xlsx", "'<'"), ("a>b.xlsx", "'>'"),
                                             ("a:b", "':'"), ('say "hi".csv', "'\"'"),
                                             ("a|b.png", "'|'"), ("what?.pdf", "'?'"),
                                             ("all*.svg", "'*'")])
def test_a_character_windows_refuses_is_named(tmp_path, name, character):
    with pytest.raises(SaveError, match="is not allowed in a file name on Windows") as refused:
        check_output_name(tmp_path / name)
    assert f"the character {character} is not allowed" in str(refused.value)


@pytest.mark.parametrize("name", ["-rf.xlsx", "--help", "-"])
def test_a_leading_dash_is_refused(tmp_path, name):
    with pytest.raises(SaveError, match="a name starting with a dash is taken for options"):
        check_output_name(tmp_path / name)


@pytest.mark.parametrize("name", [".xlsx", ".csv", ".wtm", ".graphml"])
def test_an_extension_alone_is_refused(tmp_path, name):
    """``.xlsx`` is a hidden name with no extension: the command line's export wrote CSV
    tables into a hidden folder ``.xlsx``, its run said "unknown file type (none)", the app
    wrote ``.xlsx.csv``."""
    with pytest.raises(SaveError, match=r"is an extension with no name before it") as refused:
        check_output_name(tmp_path / name)
    assert str(refused.value).endswith(f"give it a name, such as results{name}")


@pytest.mark.parametrize("mark, unicode_name", [("\u202e", "RIGHT-TO-LEFT OVERRIDE"),
                                                ("\u202d", "LEFT-TO-RIGHT OVERRIDE"),
                                                ("\u2067", "RIGHT-TO-LEFT ISOLATE"),
                                                ("\u200f", "RIGHT-TO-LEFT MARK")])
def test_a_mark_that_turns_the_name_around_is_named(tmp_path, mark, unicode_name):
    """``report<U+202E>xslx.exe`` shows as ``reportexe.xlsx``: a program passed off as a
    workbook."""
    name = f"report{mark}xslx.exe"
    with pytest.raises(SaveError) as refused:
        check_output_name(tmp_path / name)
    message = str(refused.value)
    assert f"U+{ord(mark):04X} {unicode_name} turns the direction" in message
    assert mark not in message                       # shown escaped, never applied


@pytest.mark.parametrize("name", ["CONTRACT.xlsx", "console.csv", "nullify.png",
                                  "com10.xlsx", "lpt.svg", "my-con.xlsx", "a-b.xlsx",
                                  "book.v2.xlsx", "Résumé 出口管制.xlsx", "AI輸出管理：2026.xlsx",
                                  "عربي\u200dنص.xlsx", ".hidden.xlsx"])
def test_names_that_only_look_alike_are_written(tmp_path, name):
    check_output_name(tmp_path / name)


def test_only_the_name_is_judged_not_its_folders(tmp_path):
    """A folder on the way exists already, however it is named."""
    check_output_name(tmp_path / "-drafts" / "con" / "a:b folder" / "book.xlsx")
