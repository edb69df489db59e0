"""The command line's boundary: text from a stranger's file cannot drive the terminal,
and no exception reaches the user as a traceback."""

from __future__ import annotations

import io
import os
import sys

import pytest

from windtunnel import cli
from windtunnel.cli import gui, main
from windtunnel.cli.text import PrintableStream, printable
from windtunnel.model import (Edge, Intervention, Model, Node, Objective, Scenario, Settings,
                              Source, dumps, save)

# Set the terminal title, clear the screen, fake a green verdict on a line of its own,
# reverse the rest of the line, ring the bell, move the cursor back over the text.
HOSTILE = ("\x1b]0;pwned\x07\x1b[2J\x1b[32m\nAll checks passed\x1b[0m"
           "\u202eevil\u2066\r\b\x9b31m\u2028")
MARKERS = ("\x1b", "\x07", "\u202e", "\u2066", "\r", "\b", "\x9b", "\u2028")


def hostile_model() -> Model:
    return Model.from_elements(
        title="T" + HOSTILE,
        settings=Settings(time_unit="m" + HOSTILE[:30], steps=12),
        sources=[Source("doc", "S" + HOSTILE)],
        nodes=[Node("ban", "Ban" + HOSTILE, kind="restriction", group="G" + HOSTILE,
                    sources=("doc",)),
               Node("leak", "Leak" + HOSTILE, group="G" + HOSTILE, tags=("t" + HOSTILE,)),
               Node("lab", "Lab" + HOSTILE, kind="actor")],
        edges=[Edge("ban", "leak", 0.6, rationale="R" + HOSTILE, sources=("doc",)),
               Edge("leak", "lab", 0.4), Edge("lab", "leak", -0.3)],
        scenarios=[Scenario("strict", "Strict" + HOSTILE, description="D" + HOSTILE,
                            interventions=(Intervention("ban", "clamp", 1.0),))],
        objectives=[Objective("less", "Less" + HOSTILE, "leak")])


@pytest.fixture
def hostile_file(tmp_path):
    """The hostile model's file as another program may write it (Windtunnel's own save
    refuses the control characters)."""
    path = tmp_path / "hostile.wtm"
    path.write_text(dumps(hostile_model()), encoding="utf-8")
    return path


def commands(path, tmp_path):
    """Every command, on the hostile model (import reads the exported workbook back)."""
    book = tmp_path / "book.xlsx"
    return [["check", path], ["run", path, "--samples", "20", "--out", tmp_path / "r.csv"],
            ["explain", path, "-s", "strict", "-n", "leak"], ["loops", path],
            ["structure", path, "--actor", "ban", "--outcome", "lab"],
            ["sensitivity", path, "-s", "strict", "-o", "less"],
            ["export", path, "-o", book],
            ["import", book, "-o", tmp_path / "back.wtm"],
            ["check", tmp_path / "back.wtm"],
            # refusals print user text too
            ["explain", path, "-s", "Strict" + HOSTILE, "-n", "ghost" + HOSTILE],
            ["run", path, "-s", "nope" + HOSTILE]]


def test_every_command_neutralises_escapes_in_what_it_prints(hostile_file, tmp_path, capsys):
    for argv in commands(hostile_file, tmp_path):
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert code == (1 if HOSTILE in str(argv[-1]) or "nope" in str(argv[-1]) else 0), (argv, err)
        for marker in MARKERS:
            assert marker not in out + err, (argv, marker)
        lines = (out + err).splitlines()
        assert not any(line.startswith("All checks passed") for line in lines), argv
    # the text is still there, without its control characters (removed on reading, with
    # a note), its line break and bidi controls visibly escaped
    main(["check", str(hostile_file)])
    out = capsys.readouterr().out
    assert "title:      T]0;pwned[2J[32m\\x0aAll checks passed[0m\\u202eevil" in out
    assert "removed control characters" in out


def test_a_file_name_with_escapes_is_printed_escaped(tmp_path, capsys):
    path = tmp_path / "a\x1b[2Jb.wtm"
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "a\\x1b[2Jb.wtm" in err


def test_printable_escapes_controls_bidi_and_surrogates_and_keeps_the_rest():
    assert printable("Café – 中文 ✓ Ω") == "Café – 中文 ✓ Ω"
    assert printable("a\tb\nc\x00\x7f\x85") == "a\\x09b\\x0ac\\x00\\x7f\\x85"
    assert printable("\u202eabc\u2069\u200f\ud83d") == "\\u202eabc\\u2069\\u200f\\ud83d"


def test_the_stream_keeps_newlines_and_survives_a_narrow_encoding():
    raw = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    stream = PrintableStream(raw)
    stream.write("ok\n\x1b[31mCafé 中\ud83d\n")
    stream.flush()
    raw.seek(0)
    assert raw.buffer.getvalue().decode("ascii") == "ok\n\\x1b[31mCaf\\xe9 \\u4e2d\\ud83d\n"


@pytest.mark.parametrize("encoding, written", [
    ("utf-8", "Ban \u2192 Leak \u2603\n"),
    ("cp936", "Ban \u2192 Leak \\u2603\n"),      # GBK has the arrow, not the snowman
    ("cp1252", "Ban -> Leak \\u2603\n"),         # Windows' Western code page has neither
])
def test_the_arrow_is_written_as_ascii_only_where_the_encoding_lacks_it(encoding, written):
    """What a Windows console redirected to a file writes in: the arrow, else ->."""
    raw = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
    stream = PrintableStream(raw)
    stream.write("Ban \u2192 Leak \u2603\n")
    stream.flush()
    assert raw.buffer.getvalue().decode(encoding) == written


# -- the boundary -------------------------------------------------------------------------

def explode(args):
    raise ZeroDivisionError("a bug in a command")


@pytest.fixture
def broken_check(monkeypatch):
    from windtunnel.cli import check

    monkeypatch.setattr(check, "run", explode)
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)


def test_an_unexpected_error_is_one_located_line_and_exit_1(broken_check, tmp_path, capsys):
    assert main(["check", str(tmp_path / "m.wtm")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"windtunnel check {tmp_path / 'm.wtm'}: unexpected error "
                          "(ZeroDivisionError: a bug in a command); run again with --debug")
    assert "Traceback" not in err


def test_debug_mode_adds_the_traceback(broken_check, tmp_path, capsys, monkeypatch):
    assert main(["--debug", "check", str(tmp_path / "m.wtm")]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err
    monkeypatch.setenv(cli.DEBUG_ENV, "1")
    assert main(["check", str(tmp_path / "m.wtm")]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err


@pytest.mark.parametrize("error", [MemoryError(), RecursionError(), OSError(5, "I/O error")])
def test_resource_errors_are_messages_too(monkeypatch, tmp_path, capsys, error):
    from windtunnel.cli import check

    def fail(args):
        raise error

    monkeypatch.setattr(check, "run", fail)
    assert main(["check", str(tmp_path / "m.wtm")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"windtunnel check {tmp_path / 'm.wtm'}: ") and "Traceback" not in err


def test_the_gui_path_never_lets_an_exception_out_before_the_window(monkeypatch, capsys):
    def fail(argv, **_):
        raise ImportError("libEGL.so.1: cannot open shared object file")

    monkeypatch.setattr(gui, "launch", fail)
    assert main(["model\x1b[2J.wtm"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("windtunnel model\\x1b[2J.wtm: unexpected error (ImportError: libEGL")
    monkeypatch.setattr(sys, "argv", ["windtunnel-gui", "model.wtm"])
    assert cli.gui_main() == 1


@pytest.mark.parametrize("title, message", [
    (" ", "argument --title: a title cannot be blank"),
    ("T" * 400, "argument --title: a title has at most 300 characters, not 400"),
    ("caf\udce9", "argument --title: the title holds a lone surrogate U+DCE9"),
])
def test_import_refuses_a_title_the_model_could_not_hold(tmp_path, capsys, title, message):
    source = tmp_path / "m.csv"
    source.write_text("x,a,b\na,0,1\nb,0,0\n", encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "m.wtm"), "--title", title]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "m.wtm").exists()


# -- output paths -------------------------------------------------------------------------

@pytest.fixture
def model_file(tmp_path, small_model):
    path = tmp_path / "model.wtm"
    save(small_model, path)
    return path


@pytest.mark.parametrize("fmt", ["workbook", "graphml", "matrix"])
def test_export_onto_its_own_input_refuses_and_keeps_the_model(model_file, capsys, fmt):
    """Under its own name (no export is written under a .wtm name) or another (a hard
    link to it)."""
    before = model_file.read_bytes()
    assert main(["export", str(model_file), "-o", str(model_file), "--format", fmt]) == 1
    assert f"{model_file}: an export is not a model file" in capsys.readouterr().err
    link = model_file.with_name("model.out")
    os.link(model_file, link)
    assert main(["export", str(model_file), "-o", str(link), "--format", fmt]) == 1
    err = capsys.readouterr().err
    assert f"{link}: is the input file {model_file}; writing the output there would " \
           "replace it, nothing was written" in err
    assert model_file.read_bytes() == before
    assert sorted(p.name for p in model_file.parent.iterdir()) == ["model.out", "model.wtm"]


def test_an_export_that_replaces_a_file_keeps_a_backup(model_file, tmp_path, capsys):
    book = tmp_path / "book.xlsx"
    book.write_bytes(b"the user's own workbook")
    assert main(["export", str(model_file), "-o", str(book), "--force"]) == 0
    assert (tmp_path / "book.xlsx.bak").read_bytes() == b"the user's own workbook"
    table = tmp_path / "results.csv"
    table.write_bytes(b"earlier results")
    assert main(["run", str(model_file), "--out", str(table)]) == 0
    assert (tmp_path / "results.csv.bak").read_bytes() == b"earlier results"


def test_run_out_onto_a_folder_or_a_fifo_is_refused(model_file, tmp_path, capsys):
    folder = tmp_path / "out.csv"
    folder.mkdir()
    assert main(["run", str(model_file), "--out", str(folder)]) == 1
    assert "out.csv: is a folder, not a file" in capsys.readouterr().err
    if sys.platform != "win32":
        fifo = tmp_path / "metrics.csv"
        os.mkfifo(fifo)
        assert main(["structure", str(model_file), "--out", str(fifo)]) == 1
        assert "metrics.csv: is a FIFO (named pipe), not a file" in capsys.readouterr().err
        assert fifo.is_fifo()


@pytest.mark.parametrize("name, message, code", [
    ("t" * 300, "cannot create the folder", 1),
    ("t\x00ables", "a name with a control character", 2),
    ("t\x00ables.xlsx", "a name with a control character", 2),
    ("notes", "is a file, not a folder; CSV tables are written into a folder", 1),
    *([("/dev/full", "/dev/full: is a device, not a folder", 1)]      # said "is a file"
      if os.path.exists("/dev/full") else []),
])
def test_an_export_to_a_folder_that_cannot_be_is_refused_by_name(
        model_file, tmp_path, capsys, name, message, code):
    """CSV tables into a folder whose name is too long for the file system, holds a NUL
    byte (a usage error) or is a file's: each ended in an unexpected error, or a folder
    that 'cannot be created (File exists)'; the file of that name is kept."""
    (tmp_path / "notes").write_bytes(b"the user's notes")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["export", str(model_file), "-o", str(tmp_path / name)]) == code
    err = capsys.readouterr().err
    assert "windtunnel export: " in err and message in err, err
    assert "unexpected error" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "notes").read_bytes() == b"the user's notes"


def test_debug_mode_shows_the_traceback_of_a_refusal(tmp_path, capsys):
    """A refused file with --debug: the refusal's own traceback (it printed 'NoneType:
    None', the traceback asked for outside the handler)."""
    bad = tmp_path / "m.wtm"
    bad.write_text("{}", encoding="utf-8")
    assert main(["--debug", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "NoneType: None" not in err
    assert "Traceback (most recent call last)" in err and "LoadError" in err


@pytest.mark.parametrize("argv", [
    ["export", "@model", "-o", ""], ["export", "@model", "-o", "book.xlsx."],
    ["export", "@model", "-o", "book.xlsx "], ["export", "@model", "-o", "tables. /"],
    ["run", "@model", "--out", ""], ["run", "@model", "--out", "results.csv."],
    ["structure", "@model", "--out", " "], ["sensitivity", "@model", "-o", "less",
                                              "--out", "bars.csv."],
    ["explore", "@model", "--futures", "8", "--out", ""],
    ["import", "@edges", "-o", ""], ["aggregate", "@model", "-o", "merged.wtm."]])
def test_an_empty_output_name_or_one_ending_in_a_dot_or_space_is_refused(
        argv, model_file, tmp_path, capsys, monkeypatch):
    """An empty name wrote CSV tables into the current folder (export) or quietly nothing
    (--out); a trailing dot made ``book.xlsx.`` a folder of CSV tables here, and is
    dropped by Windows, which writes ``book.xlsx``: each is a usage error, nothing is
    written."""
    edges = tmp_path / "edges.csv"
    edges.write_text("source,target,weight\nban,leak,0.5\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    argv = [{"@model": str(model_file), "@edges": str(edges)}.get(a, a) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "the output name is empty" in err or "a name ending in a dot or a space" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("argv, why", [
    (["export", "@model", "-o", "nul.xlsx"], "Windows keeps this name for a device"),
    (["export", "@model", "-o", "Com1"], "Windows keeps this name for a device"),
    (["run", "@model", "--out", "a:b.csv"], "the character ':' is not allowed"),
    (["structure", "@model", "--out", "what?.csv"], "the character '?' is not allowed"),
    (["export", "@model", "--output=-rf.xlsx"], "a name starting with a dash"),
    (["aggregate", "@model", "-o", "merged\u202emtw.exe"],
     "U+202E RIGHT-TO-LEFT OVERRIDE turns the direction")])
def test_an_output_name_other_systems_cannot_open_or_that_misleads_is_refused(
        argv, why, model_file, tmp_path, capsys, monkeypatch):
    """Names valid on Linux were written as given: a device name or a character Windows
    refuses (colleagues there cannot open the file; ``a:b`` there writes a hidden stream
    of ``a``), a leading dash (taken for options by the next command line), a mark that
    shows the name reversed: each is a usage error naming why, nothing written."""
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    argv = [str(model_file) if a == "@model" else a for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert why in err and "\u202e" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices and FIFOs")
def test_import_refuses_devices_and_fifos_before_reading(tmp_path, capsys):
    fifo = tmp_path / "edges.csv"
    os.mkfifo(fifo)
    for source in ("/dev/zero", str(fifo)):
        assert main(["import", source, "-o", str(tmp_path / "m.wtm")]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"windtunnel import: {source}: is a ")
    assert not (tmp_path / "m.wtm").exists()


def test_a_closed_pipe_ends_quietly(monkeypatch, tmp_path, capsys):
    from windtunnel.cli import check

    def closed(args):
        raise BrokenPipeError(32, "Broken pipe")

    silenced = []
    monkeypatch.setattr(check, "run", closed)
    monkeypatch.setattr(cli, "_silence_stdout", lambda: silenced.append(True))
    assert main(["check", str(tmp_path / "m.wtm")]) == 1
    assert capsys.readouterr().err == "" and silenced == [True]


def test_tables_align_chinese_and_japanese_labels_by_terminal_columns():
    """A CJK character takes two terminal columns: the next column starts at the same
    place on every line, and a clipped label ends within its width."""
    from windtunnel.cli.text import clip, columns, table

    rows = [["外国籍者へのアクセス禁止", "90%"], ["status quo", "0%"], ["能力管控＋中美对话", "100%"]]
    lines = table(["option", "all"], rows)
    second = {columns(line[:line.rindex(row[1])]) for line, row in zip(lines[2:], rows)}
    assert second == {columns(lines[0][:lines[0].rindex("all")])}, lines
    assert columns("外国") == 4 and columns("ab") == 2 and columns("e\u0301") == 1
    clipped = clip("外国籍者へのアクセス禁止", 9)
    assert clipped.endswith("…") and columns(clipped) <= 9
    assert clip("short", 9) == "short"
