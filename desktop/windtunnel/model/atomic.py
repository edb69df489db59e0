"""The one atomic-write helper behind every file Windtunnel writes.

A reader (or a crash) only ever sees the old file or the new one, never a mix: the data
goes to a temporary file in the same folder, is flushed and fsynced, and then replaces the
target in one ``os.replace``; the folder itself is fsynced so the rename survives a power
cut. With ``backup=True`` the previous file is first kept as ``<name>.bak`` (itself
replaced atomically). On Windows a replace can fail while another program (a virus
scanner, a sync client) holds the file open, so it is retried a few times. The written file
has the permissions of the file it replaces, or those the user's umask gives a new file
(:func:`file_mode`).
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
import time
from pathlib import Path

from ..errors import SaveError

__all__ = ["atomic_write", "backup_path", "file_mode"]

_RETRIES = 5
_RETRY_PAUSE = 0.1


def backup_path(path: str | os.PathLike) -> Path:
    """Where :func:`atomic_write` keeps the previous version of ``path``."""
    path = Path(path)
    return path.with_name(path.name + ".bak")


def atomic_write(path: str | os.PathLike, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; raise SaveError (old file intact) on failure."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        temp = _write_temp(folder, path.name, data)
    except OSError as exc:
        raise SaveError(f"{path}: could not write ({exc.strerror or exc})") from exc
    try:
        if backup and path.exists():
            _keep_backup(path)
        _replace(temp, path)
        _fsync_folder(folder)
    except OSError as exc:
        _discard(temp)
        raise SaveError(f"{path}: could not replace the file ({exc.strerror or exc}); "
                        "the previous version is intact") from exc


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        mode = file_mode(folder / name)
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _discard(Path(temp))
        raise
    return Path(temp)


def file_mode(path: Path) -> int | None:
    """The permissions a written file gets: those of the file it replaces, or for a new
    file what the user's umask gives any new file (``0o666 & ~umask``), not the private
    0600 of a temporary file, so colleagues on a shared folder can open the exports.
    None on Windows, where files carry no such mode."""
    if sys.platform == "win32":
        return None
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: read it by setting it, then put it back at once
    os.umask(mask)
    return mask


def _keep_backup(path: Path) -> None:
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".bak.tmp", dir=path.parent)
    os.close(fd)
    temp = Path(temp)
    try:
        shutil.copy2(path, temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        _replace(temp, backup_path(path))
    except BaseException:
        _discard(temp)
        raise


def _replace(source: Path, target: Path) -> None:
    for attempt in range(_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == _RETRIES - 1:
                raise
            time.sleep(_RETRY_PAUSE * (attempt + 1))


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return  # folders cannot be opened for fsync on Windows; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _discard(temp: Path) -> None:
    try:
        temp.unlink()
    except OSError:
        pass
