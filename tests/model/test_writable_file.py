"""The check that an existing output file may be written opens it for appending and closes
it at once: a file the system keeps read-only by any means (POSIX mode bits, a Windows
access list, a read-only mount or share) is said before the work, and the check leaves the
file exactly as it was (its bytes, its size, its time of change)."""

from __future__ import annotations

import errno
import os
import sys

import pytest

from windtunnel.errors import SaveError
from windtunnel.model.atomic import atomic_write
from windtunnel.model.output_paths import output_target, writable_output
from tests.ordinary_user import as_an_ordinary_user


def _state(path) -> tuple:
    """What a check must not change about a file: its bytes, mode, size and times."""
    info = os.stat(path)
    return open(path, "rb").read(), info.st_mode, info.st_size, info.st_mtime_ns


def test_a_writable_file_passes_and_is_left_as_it_was(tmp_path):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old results")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = _state(path)
    assert writable_output(path) == path
    assert _state(path) == before
    assert os.listdir(tmp_path) == ["out.xlsx"]


def _opening_refused(monkeypatch, error: int) -> list:
    """The mode bits grant the file (``os.access``, as on Windows for a file whose access
    list denies writing, or a share that refuses it), but opening it for writing fails
    with ``error``. Returns the flags of every refused opening."""
    opened = []
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):
        if flags & os.O_WRONLY:
            opened.append(flags)
            raise OSError(error, os.strerror(error))
        return real_open(path, flags, *args, **kwargs)
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: True)
    monkeypatch.setattr(os, "open", refuse)
    return opened


@pytest.mark.parametrize("error", [errno.EACCES, errno.EPERM, errno.EROFS])
def test_a_file_read_only_by_its_access_list_is_refused(tmp_path, monkeypatch, error):
    """``os.access`` reads only the mode bits: on Windows a file its access list keeps
    read-only passed, and the write failed after the work was done."""
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"kept")
    opened = _opening_refused(monkeypatch, error)
    with pytest.raises(SaveError, match=r"out\.xlsx: the file is read-only; nothing was "
                                        r"written \(make it writable, or choose another name\)"):
        writable_output(path)
    with pytest.raises(SaveError, match=r"out\.xlsx: the file is read-only"):
        atomic_write(path, b"new")
    monkeypatch.undo()
    assert path.read_bytes() == b"kept"
    assert opened and all(flags & os.O_APPEND and not flags & (os.O_TRUNC | os.O_CREAT)
                          for flags in opened), "the check must never truncate nor create"


def test_another_failure_to_open_is_said_in_the_systems_words(tmp_path, monkeypatch):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"kept")
    _opening_refused(monkeypatch, errno.ETXTBSY)
    with pytest.raises(SaveError, match=r"out\.xlsx: cannot be written \(Text file busy"):
        writable_output(path)


def test_a_file_gone_between_look_and_open_is_a_new_name(tmp_path, monkeypatch):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")

    def vanished(*args, **kwargs):
        raise FileNotFoundError(errno.ENOENT, "gone")
    monkeypatch.setattr(os, "open", vanished)
    assert output_target(path) == path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_file_is_refused_and_left_as_it_was(tmp_path):
    (tmp_path / "out.xlsx").write_bytes(b"kept")

    def refused():
        os.chmod("out.xlsx", 0o444)
        before = _state("out.xlsx")
        with pytest.raises(SaveError, match=r"out\.xlsx: the file is read-only"):
            output_target("out.xlsx")
        assert _state("out.xlsx") == before

    as_an_ordinary_user(tmp_path, refused)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_writable_file_in_a_read_only_folder_is_refused_by_the_folder(tmp_path):
    """The file may be written, but its replacement is made beside it: the folder says."""
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "out.xlsx").write_bytes(b"kept")
    if hasattr(os, "geteuid") and os.geteuid() == 0:     # the file is the ordinary user's
        os.chown(tmp_path / "locked" / "out.xlsx", 65534, 65534)

    def refused():
        os.chmod("locked", 0o555)
        with pytest.raises(SaveError, match=r"out\.xlsx: the folder locked is read-only"):
            writable_output(os.path.join("locked", "out.xlsx"))
        assert os.listdir("locked") == ["out.xlsx"]
        assert open(os.path.join("locked", "out.xlsx"), "rb").read() == b"kept"

    try:
        as_an_ordinary_user(tmp_path, refused)
    finally:
        (tmp_path / "locked").chmod(0o755)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_write_only_file_may_be_replaced(tmp_path):
    """Writing is what is asked, not reading: a file with no read permission is written."""
    (tmp_path / "out.xlsx").write_bytes(b"old")

    def passes():
        os.chmod("out.xlsx", 0o200)
        assert output_target("out.xlsx").name == "out.xlsx"

    as_an_ordinary_user(tmp_path, passes)


def test_a_folder_named_as_the_output_is_refused_before_any_opening(tmp_path, monkeypatch):
    (tmp_path / "out.xlsx").mkdir()
    opened = _opening_refused(monkeypatch, errno.EACCES)
    with pytest.raises(SaveError, match=r"out\.xlsx: is a folder, not a file"):
        writable_output(tmp_path / "out.xlsx")
    assert opened == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_named_as_the_output_is_refused_without_blocking(tmp_path):
    """Opening a FIFO for writing waits for a reader: it is refused by its kind first."""
    os.mkfifo(tmp_path / "out.xlsx")
    with pytest.raises(SaveError, match=r"out\.xlsx: is a FIFO"):
        writable_output(tmp_path / "out.xlsx")
