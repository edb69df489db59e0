"""The hostile .wtm files (wtm_files.py) through the library and the command line: each is
refused with a problem located where the file is wrong, or accepted and saved back
unchanged; no command prints a traceback, and no input file changes. A wrong type put at
any field of a sound file is refused at that field's path."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from windtunnel.cli import main
from windtunnel.model import LoadError, dumps, loads

from .corpus import judge
from .wtm_files import ACCEPT, hostile_files, oversized_file, sound_model

FILES = hostile_files()


def test_there_are_many_hostile_files():
    assert len(FILES) >= 60


@pytest.mark.parametrize("hostile", FILES, ids=[f.name for f in FILES])
def test_a_hostile_file_is_refused_where_it_is_wrong_or_kept_as_it_is(hostile):
    if hostile.where is ACCEPT:
        model = loads(hostile.data)
        assert loads(dumps(model)) == model
        return
    with pytest.raises(LoadError) as refused:
        loads(hostile.data)
    problems = refused.value.problems
    assert problems and all(str(p).strip() for p in problems)
    assert any(p.location.startswith(hostile.where) for p in problems), problems
    str(refused.value).encode("utf-8")


@pytest.mark.parametrize("data, words", [
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\x85", "is a zip archive (as an Excel "
     ".xlsx workbook is), not the .wtm text its name says: if it is a workbook, give it the "
     ".xlsx extension and import it again"),
    (b"\x1f\x8b\x08\x00" + bytes(range(128, 256)), "is a compressed (gzip) file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "is a PDF document")])
def test_a_file_of_another_kind_named_wtm_is_refused_saying_what_it_is(tmp_path, capsys,
                                                                        data, words):
    """A workbook renamed .wtm was refused as "byte 12: the file is not UTF-8 text"."""
    path = tmp_path / "model.wtm"
    path.write_bytes(data)
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().err.startswith(f"windtunnel check: {path}: {words}")


def test_a_file_past_the_size_limit_is_refused_by_its_size(tmp_path, capsys):
    hostile = oversized_file()
    path = tmp_path / "model.wtm"
    path.write_bytes(hostile.data)
    assert main(["check", str(path)]) == 1
    assert "MB; models are at most 64 MB" in capsys.readouterr().err
    with pytest.raises(LoadError, match="longer than 64 MB"):
        loads(hostile.data)


@pytest.mark.parametrize("hostile", FILES, ids=[f.name for f in FILES])
def test_every_command_accepts_or_refuses_a_hostile_file_cleanly(hostile, tmp_path, capsys):
    path = tmp_path / "model.wtm"
    path.write_bytes(hostile.data)
    for argv in (["check", str(path)], ["run", str(path)],
                 ["export", str(path), "-o", str(tmp_path / "book.xlsx")]):
        code = main(argv)
        out, err = capsys.readouterr()
        assert judge(code, out, err, argv) is None, (argv, err)
        assert code == (0 if hostile.where is ACCEPT else 1), (argv, err)
    assert path.read_bytes() == hostile.data


SOUND = json.loads(dumps(sound_model()))


def leaf_paths(value, prefix=()):
    """The path of every value in a JSON document, the document's own excepted."""
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, item in items:
        yield prefix + (key,)
        yield from leaf_paths(item, prefix + (key,))


PATHS = [p for p in leaf_paths(SOUND) if p[0] not in ("format", "version")]


def located(path: tuple) -> str:
    """The location a problem at ``path`` is reported at: a JSON path, but a position's
    axes by name (``nodes[1].position.x``)."""
    out = ""
    for before, step in zip((None,) + path, path):
        if before == "position":
            out += ".xy"[0] + "xy"[step]
        else:
            out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PATHS), st.sampled_from([{"x": 1}, [[1]], [{"x": 1}]]))
def test_a_value_of_no_field_s_type_is_refused_at_that_field(path, value):
    """An object, a list of lists or a list of objects: no field of a model holds one
    where a sound file holds a text, a number, a list of ids or an element."""
    document = json.loads(json.dumps(SOUND))
    target = document
    for step in path[:-1]:
        target = target[step]
    if value == [{"x": 1}] and isinstance(target[path[-1]], list) and target[path[-1]] \
            and isinstance(target[path[-1]][0], dict):
        value = [{"x": 1, **target[path[-1]][0]}]       # a list of elements: one bad key
    target[path[-1]] = value
    with pytest.raises(LoadError) as refused:
        loads(json.dumps(document))
    where = located(path)
    assert any(p.location.startswith(where) for p in refused.value.problems), (
        where, refused.value.problems)
