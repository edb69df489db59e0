"""The hostile import files (:mod:`tests.hostile.import_files`) through ``import_model``
and ``windtunnel import``: each is refused naming the file with the words it must say, or
read as exactly its labels, with its note; none ends in a traceback or an unexpected error,
and a refused file writes nothing."""

from __future__ import annotations

import pytest

from windtunnel.cli import main
from windtunnel.errors import LoadError
from windtunnel.io import import_model

from .corpus import judge
from .import_files import import_files

CASES = import_files()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_file_is_refused_or_read_as_it_says(case, tmp_path):
    path = tmp_path / case.name
    path.write_bytes(case.data)
    if case.labels is None:
        with pytest.raises(LoadError) as refused:
            import_model(path)
        assert str(refused.value).startswith(case.name + ": ")
        assert case.words in str(refused.value), str(refused.value)
        return
    imported = import_model(path)
    assert sorted(node.label for node in imported.model.nodes) == sorted(case.labels)
    notes = " | ".join(map(str, imported.notes))
    assert case.words in notes, notes


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_command_line_accepts_or_refuses_each_cleanly(case, tmp_path, capsys):
    path = tmp_path / case.name
    path.write_bytes(case.data)
    argv = ["import", str(path), "-o", str(tmp_path / "out.wtm")]
    code = main(argv)
    out, err = capsys.readouterr()
    assert judge(code, out, err, argv) is None, (judge(code, out, err, argv), err)
    assert code == (1 if case.labels is None else 0)
    assert (tmp_path / "out.wtm").exists() == (case.labels is not None)
