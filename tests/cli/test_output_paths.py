"""Every command checks the paths it will write before any work: a missing folder, a
folder named as the file, a read-only folder, a name ending in a separator or an unknown
suffix is refused at once, named, with nothing read, computed or written."""

from __future__ import annotations

import os
import sys

import pytest

from tests.ordinary_user import as_an_ordinary_user
from windtunnel.cli import main

#: Per command: the module whose first step of work is spied on, the name of that step,
#: and the command's arguments before its output path.
COMMANDS = {
    "run": ("windtunnel.cli.run", "load", ["run", "{model}", "--samples", "16", "--out"]),
    "explore": ("windtunnel.cli.explore", "load", ["explore", "{model}", "--futures", "20",
                                                   "--out"]),
    "sensitivity": ("windtunnel.cli.sensitivity", "load",
                    ["sensitivity", "{model}", "-s", "Strict ban", "-o", "less-leak", "--out"]),
    "structure": ("windtunnel.cli.structure", "load", ["structure", "{model}", "--out"]),
    "export": ("windtunnel.cli.export", "load", ["export", "{model}", "-o"]),
    "import": ("windtunnel.cli.import_", "import_model", ["import", "{model}", "-o"]),
    "aggregate": ("windtunnel.cli.aggregate", "read_maps", ["aggregate", "{model}", "-o"]),
}
#: A file name each command writes.
NAMES = {"run": "r.xlsx", "explore": "e.csv", "sensitivity": "t.csv", "structure": "m.csv",
         "export": "x.xlsx", "import": "m.wtm", "aggregate": "a.wtm"}


@pytest.fixture
def no_work(monkeypatch):
    """Make the first step of each command's work fail the test loudly."""
    import importlib

    def started(*args, **kwargs):
        raise AssertionError("the work started before the output was checked")

    for module, step, _ in COMMANDS.values():
        monkeypatch.setattr(importlib.import_module(module), step, started)


def _refused(command, model_file, output, capsys) -> str:
    argv = [a.format(model=model_file) for a in COMMANDS[command][2]] + [output]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "work started" not in captured.err and "unexpected" not in captured.err
    assert output.rstrip("/") in captured.err
    return captured.err


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_folder_is_refused_before_the_work(command, model_file, tmp_path, capsys,
                                                     no_work):
    output = str(tmp_path / "missing" / "dir" / NAMES[command])
    err = _refused(command, model_file, output, capsys)
    assert "does not exist" in err
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_an_existing_folder_is_refused_before_the_work(command, model_file, tmp_path, capsys,
                                                       no_work):
    folder = tmp_path / NAMES[command]
    folder.mkdir()
    err = _refused(command, model_file, str(folder), capsys)
    assert "not a file" in err or "exists" in err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_a_name_ending_in_a_separator_names_a_folder(command, model_file, tmp_path, capsys,
                                                     no_work):
    output = str(tmp_path / NAMES[command]) + "/"
    err = _refused(command, model_file, output, capsys)
    assert "names a folder" in err and "give a file name" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.wtm"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("command", COMMANDS)
def test_a_read_only_folder_is_refused_before_the_work(command, model_file, tmp_path, capsys,
                                                       no_work):
    folder = tmp_path / "locked"
    folder.mkdir()

    def refused():
        os.chmod("locked", 0o555)
        err = _refused(command, model_file.name, os.path.join("locked", NAMES[command]),
                       capsys)
        assert "read-only" in err
        assert os.listdir("locked") == []

    try:
        as_an_ordinary_user(tmp_path, refused)
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unknown_suffix_is_refused_before_the_work(command, model_file, tmp_path, capsys,
                                                      no_work):
    _refused(command, model_file, str(tmp_path / "out.pdf"), capsys)
    assert not (tmp_path / "out.pdf").exists()


def test_export_trailing_separator_writes_no_file(model_file, tmp_path, capsys):
    """``-o x.xlsx/`` is refused, not written as the file ``x.xlsx``; a folder of CSV
    tables may be named with a separator, since that output is a folder."""
    assert main(["export", str(model_file), "-o", f"{tmp_path / 'x.xlsx'}/"]) == 1
    assert "names a folder" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
    assert main(["export", str(model_file), "-o", f"{tmp_path / 'tables'}/"]) == 0
    assert (tmp_path / "tables" / "nodes.csv").is_file()
    assert main(["export", str(model_file), "-o", f"{tmp_path / 'x.xlsx'}/",
                 "--format", "csv"]) == 0
    assert (tmp_path / "x.xlsx" / "nodes.csv").is_file()


def test_run_writes_into_an_existing_folder(model_file, tmp_path, capsys):
    """The check lets a good output through: the results are written."""
    out = tmp_path / "r.csv"
    assert main(["run", str(model_file), "--out", str(out)]) == 0
    assert out.is_file() and f"wrote {out}" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["run", "export", "import"])
def test_a_file_where_the_folder_should_be_is_refused(command, model_file, tmp_path, capsys,
                                                      no_work):
    (tmp_path / "notes").write_text("a file, not a folder")
    err = _refused(command, model_file, str(tmp_path / "notes" / NAMES[command]), capsys)
    assert f"{tmp_path / 'notes'} is not a folder" in err
    assert (tmp_path / "notes").read_text() == "a file, not a folder"


#: An output path of about 5,000 characters under the test's folder: 25 folders of 200
#: characters each, more than a system takes.
def _too_long(tmp_path, name: str) -> str:
    return str(tmp_path.joinpath(*["d" * 200] * 25, name))


@pytest.mark.parametrize("command", COMMANDS)
def test_a_path_too_long_is_named_by_its_start_and_its_file_name(command, model_file,
                                                                  tmp_path, capsys, no_work):
    """The refusal printed the whole path, about 5,000 characters; it shows the start, an
    ellipsis and the file name."""
    output = _too_long(tmp_path, NAMES[command])
    argv = [a.format(model=model_file) for a in COMMANDS[command][2]] + [output]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert len(err) < 400 and "unexpected" not in err
    assert f"{str(tmp_path)[:40]}" in err and f"dddd…{os.sep}{NAMES[command]}" in err


def test_an_input_path_too_long_is_refused_by_its_name_not_a_traceback(tmp_path, capsys):
    """A file to import whose path the system refuses as too long was an unexpected
    error, its text the whole path."""
    assert main(["import", _too_long(tmp_path, "edges.csv"), "-o",
                 str(tmp_path / "m.wtm")]) == 1
    err = capsys.readouterr().err
    assert err.endswith("edges.csv: cannot read the file (File name too long)\n")
    assert len(err) < 400


@pytest.mark.parametrize("command", COMMANDS)
def test_a_link_into_a_missing_folder_names_the_missing_folder(command, model_file, tmp_path,
                                                               capsys, no_work):
    """A dangling link whose target's folder is not there was refused as a "read-only"
    folder; the folder is missing, and the message says so."""
    link = tmp_path / NAMES[command]
    link.symlink_to(tmp_path / "gone" / NAMES[command])
    err = _refused(command, model_file, str(link), capsys)
    assert f"whose folder {tmp_path / 'gone'} does not exist" in err
    assert "read-only" not in err
    assert link.is_symlink() and not (tmp_path / "gone").exists()


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", ["line\nbreak", "tab\there", "bell\x07"])
def test_a_control_character_in_the_name_is_a_usage_error(command, name, model_file, tmp_path,
                                                          capsys, no_work):
    """A line break or a tab in an output's name was written as it came: a file Windows
    refuses and a listing of the folder breaks on. Refused as a usage error, the name
    shown escaped, nothing written."""
    output = str(tmp_path / (name + NAMES[command]))
    argv = [a.format(model=model_file) for a in COMMANDS[command][2]] + [output]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "a name with a control character" in err
    assert repr(name)[1:-1] in err and name not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.wtm"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
@pytest.mark.parametrize("command", ["import", "aggregate"])
@pytest.mark.parametrize("obstacle, says", [("folder", "is a folder, not a file"),
                                            ("fifo", "is a FIFO")])
def test_a_model_output_that_is_no_file_is_said_to_be_none_not_offered_force(
        command, obstacle, says, model_file, tmp_path, capsys, no_work):
    """A folder or a FIFO named as the model to write was said to "exist; use --force to
    replace it", and --force then refused it for what it is: said at once now."""
    output = tmp_path / NAMES[command]
    output.mkdir() if obstacle == "folder" else os.mkfifo(output)
    err = _refused(command, model_file, str(output), capsys)
    assert says in err and "--force" not in err


def test_a_folder_of_tables_named_by_a_link_to_nothing_is_refused_as_that(model_file,
                                                                          tmp_path, capsys):
    """CSV tables into a dangling link: "cannot create the folder (File exists)"."""
    link = tmp_path / "tables"
    link.symlink_to(tmp_path / "gone" / "tables")
    assert main(["export", str(model_file), "-o", str(link)]) == 1
    err = capsys.readouterr().err
    assert f"{link}: is a symbolic link to {tmp_path / 'gone' / 'tables'}, which does not " \
           f"exist" in err
    assert link.is_symlink() and not (tmp_path / "gone").exists()


@pytest.mark.parametrize(("name", "format"), [("map.xlsx", "graphml"), ("book.graphml", "workbook"),
                                              ("weights.xlsx", "matrix")])
def test_an_output_named_for_another_format_is_refused(model_file, tmp_path, capsys, name,
                                                       format):
    """GraphML written into a file named .xlsx (which Excel then refuses as damaged) was
    written without a word; the name and the format asked must agree."""
    assert main(["export", str(model_file), "-o", str(tmp_path / name), "--format", format]) == 1
    assert f"its name ends in {name[name.index('.'):]}, which names the " in capsys.readouterr().err
    assert not (tmp_path / name).exists()
