"""Properties of the one atomic-write helper over file names: whatever the name (any
script, emoji, combining and direction marks, spaces, dashes, dots, control characters,
up to and past the 255 bytes a name may have), a write either puts exactly the new bytes
at that name, keeping the previous file as ``.bak`` when asked, or raises a SaveError
with the folder as it was; it never leaves a temporary file, never raises anything else,
and never refuses a name the system takes and :func:`check_output_name` lets through."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from windtunnel.errors import SaveError
from windtunnel.model.atomic import atomic_write, backup_path
from windtunnel.model.output_paths import check_output_name

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")

#: Characters users put in names, and those that trip file systems and programs.
_AWKWARD = st.sampled_from(["中", "文", "日", "本", "語", "の", "😀", "\u0301", "\u200f",
                            "\u202e", " ", "-", ".", "..", "~", "'", '"', "\\", "/", "\n",
                            "\t", "\x00", "\x7f", "%", "*", "?", ":", "bak", "tmp"])
NAMES = st.lists(st.one_of(_AWKWARD, st.characters(exclude_categories=("Cs",)),
                           st.text("abc", min_size=1, max_size=90)),
                 min_size=1, max_size=40).map("".join)


def _system_takes(name: str) -> bool:
    """Whether the system allows ``name`` as one file name in a folder."""
    return ("/" not in name and "\x00" not in name and name not in (".", "..")
            and len(os.fsencode(name)) <= 255)


def _contents(folder: str) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in Path(folder).iterdir()}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, backup=st.booleans(), existing=st.booleans())
@example(name="a" * 251 + ".bak", backup=True, existing=True)
@example(name="模" * 83 + ".bak", backup=True, existing=True)
@example(name="-dash \u200f.xlsx", backup=True, existing=True)
@example(name=".hidden.tmp", backup=False, existing=True)
@example(name="中/", backup=False, existing=False)
def test_a_write_is_whole_or_refused_whatever_the_name(name, backup, existing):
    folder = tempfile.mkdtemp(prefix="names-")
    try:
        path = os.path.join(folder, name)
        if existing and _system_takes(name):
            Path(path).write_bytes(b"old")
        before = _contents(folder)
        try:
            atomic_write(path, b"new", backup=backup)
        except SaveError as exc:
            assert str(exc)                       # said, never an empty message
            written = False
        else:
            written = True
        entries = os.listdir(folder)
        assert not [e for e in entries if e.endswith(".tmp") and e not in before]
        if not written:
            assert _contents(folder) == before
            try:
                check_output_name(path)
            except SaveError:
                return                            # refused by name: fine
            assert not _system_takes(name), f"{name!r} was refused though the system takes it"
            return
        assert Path(path).read_bytes() == b"new"
        kept = backup_path(path)
        if backup and name in before:
            assert kept != Path(path) and kept.read_bytes() == b"old"
        assert set(entries) <= set(before) | {os.path.basename(path), kept.name}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
