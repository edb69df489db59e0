"""The early check of an output's folder makes a file there and removes it, as the atomic
write would: a folder the system keeps read-only by any means (POSIX mode bits, a Windows
access list, a read-only mount) is said before the work, and the check leaves nothing."""

from __future__ import annotations

import errno
import os
import sys
import tempfile

import pytest

from windtunnel.errors import SaveError
from windtunnel.model.output_paths import writable_output
from tests.ordinary_user import as_an_ordinary_user


def test_the_check_leaves_the_folder_as_it_was(tmp_path):
    (tmp_path / "kept.txt").write_text("kept")
    assert writable_output(tmp_path / "out.xlsx") == tmp_path / "out.xlsx"
    assert os.listdir(tmp_path) == ["kept.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_folder_is_refused_and_left_empty(tmp_path):
    (tmp_path / "locked").mkdir()

    def refused():
        os.chmod("locked", 0o555)
        with pytest.raises(SaveError, match=r"out\.xlsx: the folder locked is read-only"):
            writable_output(os.path.join("locked", "out.xlsx"))
        assert os.listdir("locked") == []

    try:
        as_an_ordinary_user(tmp_path, refused)
    finally:
        (tmp_path / "locked").chmod(0o755)


def _no_file_can_be_made(monkeypatch, error: int) -> None:
    """The system grants the folder by its permissions (``os.access``, as on Windows for a
    folder whose access list denies writing), but making a file there fails with
    ``error``."""
    def refuse(*args, **kwargs):
        raise OSError(error, os.strerror(error))
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: True)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)


@pytest.mark.parametrize("error", [errno.EACCES, errno.EPERM, errno.EROFS])
def test_a_folder_read_only_by_its_access_list_is_refused(tmp_path, monkeypatch, error):
    """``os.access`` reads only the mode bits: on Windows a folder its access list keeps
    read-only passed, and the write failed after the work was done."""
    _no_file_can_be_made(monkeypatch, error)
    with pytest.raises(SaveError, match=r"out\.xlsx: the folder .* is read-only; nothing "
                                        r"was written \(choose another folder\)"):
        writable_output(tmp_path / "out.xlsx")


def test_a_full_disk_is_said_in_the_systems_words(tmp_path, monkeypatch):
    _no_file_can_be_made(monkeypatch, errno.ENOSPC)
    with pytest.raises(SaveError, match=r"out\.xlsx: cannot be written \(No space left"):
        writable_output(tmp_path / "out.xlsx")
