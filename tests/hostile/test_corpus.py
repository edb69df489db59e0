"""The hostile corpus through every command, in-process: each command accepts, refuses
with a located message, or reports a usage error; none prints a traceback, an unexpected
error or a raw control character, and no input file changes. Large cases are slow and run with
WINDTUNNEL_HOSTILE_BIG=1 (run_corpus.py measures them in child processes)."""

from __future__ import annotations

import os

import pytest

from windtunnel.cli import main

from .corpus import CASES, command_lines, judge


#: The large cases take minutes in all: they run when WINDTUNNEL_HOSTILE_BIG is set.
big = [pytest.mark.slow,
       pytest.mark.skipif("WINDTUNNEL_HOSTILE_BIG" not in os.environ,
                          reason="large hostile inputs: set WINDTUNNEL_HOSTILE_BIG=1")]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name, marks=big if c.big else [])
                                  for c in CASES])
def test_every_command_accepts_or_refuses_cleanly(case, tmp_path, capsys):
    case.make(tmp_path)
    inputs = {p: p.read_bytes() for p in tmp_path.iterdir()
              if p.is_file() and not p.is_symlink()}
    for argv in command_lines(case, tmp_path):
        code = main(argv)
        out, err = capsys.readouterr()
        assert judge(code, out, err, argv) is None, (argv, judge(code, out, err, argv), err)
    model = tmp_path / "model.wtm"
    if model in inputs:
        assert model.read_bytes() == inputs[model]
