"""The one atomic-write helper behind every file Windtunnel writes.

A reader (or a crash) only ever sees the old file or the new one, never a mix: the data
goes to a temporary file in the same folder, is flushed and fsynced, and then replaces the
target in one ``os.replace``; the folder itself is fsynced so the rename survives a power
cut. With ``backup=True`` the previous file is first kept as ``<name>.bak`` (itself
replaced atomically). On Windows a replace can fail while another program (a virus
scanner, a sync client) holds the file open, so it is retried a few times. The written file
has the permissions of the file it replaces, or those the user's umask gives a new file
(:func:`file_mode`). :func:`atomic_write_all` writes several files (the CSV tables of an
export) as one set: all are written before any is replaced, so a full disk leaves them all
as they were; and when replacing one of them fails (a file another program holds open on
Windows), the files of the set already replaced are put back as they were (each old file
was kept aside, as a hard link where the file system allows, before it was replaced), so
the set is all old or all new, and the message names the file that failed.

Every write first asks :mod:`.output_paths` which file it replaces
(:func:`~.output_paths.output_target`: links written through; folders, devices, FIFOs, a
read-only file and the inputs of a :func:`~.output_paths.guarded_writes` refused).

A crash between creating the temporary file and the rename leaves a hidden
``.<name>.XXXXXXXX.tmp`` behind; the next write into that folder removes such files of
ours once they are :data:`STALE_AFTER` seconds old (younger ones may belong to a save
still running in another process). An old file kept aside by :func:`atomic_write_all` is
named ``.<name>.XXXXXXXX.<seconds>.kept.tmp``, the time it was kept aside in its name:
as a hard link it has the old file's times (on Windows even its creation time), and it is
what a failed set puts back, so the cleaning judges it by the time in its name and leaves
it for :data:`KEPT_STALE_AFTER`, not a minute: a write that stalls (a computer put to
sleep half-way, a file held open by another program) can still put its set back.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import Sequence

from ..errors import SaveError, shown_path
from ..language import translate
from ..lazyimport import compiled_when_used
from .output_paths import guard_keeps_backup, no_folder, output_target

__all__ = ["atomic_write", "atomic_write_all", "backup_path", "file_mode", "clean_stale_temps",
           "STALE_AFTER", "KEPT_STALE_AFTER"]

#: Age in seconds after which a temporary file of ours is a crash's leftover, not a save
#: in progress (a save touches its temporary file at least every few milliseconds).
STALE_AFTER = 60.0
#: Age in seconds, by the time in its name, after which an old file kept aside for a set
#: (:func:`atomic_write_all`) is a crash's leftover, not the way back of a write running.
KEPT_STALE_AFTER = 24 * 3600.0
# What tempfile.mkstemp(prefix=".<name>.", suffix=".tmp" or ".bak.tmp") names a file.
_TEMP_NAME = compiled_when_used(r"\..+\.[a-z0-9_]{8}(\.bak)?\.tmp\Z")
# What _kept_aside names a file: mkstemp's name with suffix ".<seconds>.kept.tmp".
_KEPT_NAME = compiled_when_used(r"\..+\.[a-z0-9_]{8}\.(\d{1,12})\.kept\.tmp\Z")

#: The most bytes of the target's name a temporary file's name repeats: with the dots,
#: mkstemp's 8 random characters and ".bak.tmp" it stays within the 255 bytes of a name.
_PREFIX_BYTES = 200
#: The most bytes a file name may have (NAME_MAX of Linux and macOS file systems).
_NAME_BYTES = 255

_RETRIES = 5
_RETRY_PAUSE = 0.1


def backup_path(path: str | os.PathLike) -> Path:
    """Where :func:`atomic_write` keeps the previous version of ``path``: ``<name>.bak``,
    the name cut short when it would pass the 255 bytes a file name may have (the name
    itself may have all 255), and cut once more when the cut gave ``path``'s own name (a
    name of 255 bytes that ends in ``.bak``): the backup is never the file it keeps."""
    path = Path(path)
    name = path.name
    while len(os.fsencode(name + ".bak")) > _NAME_BYTES or name + ".bak" == path.name:
        name = name[:-1]
    return path.with_name(name + ".bak")


def atomic_write(path: str | os.PathLike, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; raise SaveError (old file intact) on failure.

    ``path`` goes through :func:`output_target` first (links written through; folders,
    devices, FIFOs and guarded inputs refused)."""
    atomic_write_all([(path, data)], backup=backup)


def atomic_write_all(files: Sequence[tuple[str | os.PathLike, bytes]], *,
                     backup: bool = False) -> None:
    """Write each ``(path, data)`` of ``files`` as :func:`atomic_write` does, as one set:
    every file's data is written and synced (and every backup kept) before any file is
    replaced, so a write that fails (a full disk, a folder gone) leaves every file as it
    was, never a set of new and old files that do not belong together."""
    targets = [output_target(path) for path, _ in files]
    folders = list(dict.fromkeys(path.parent if str(path.parent) else Path(".")
                                 for path in targets))
    for folder in folders:
        clean_stale_temps(folder)
    temps: list[Path] = []
    try:
        for path, (_, data) in zip(targets, files):
            try:
                temps.append(_write_temp(path.parent if str(path.parent) else Path("."),
                                         path.name, data))
            except OSError as exc:
                raise _not_written(path, exc) from exc
        for path in targets:
            try:
                if (backup or guard_keeps_backup(path)) and path.exists():
                    _keep_backup(path)
            except OSError as exc:
                raise _not_replaced(path, exc) from exc
        _replace_all(targets, temps)
        for folder in folders:
            try:
                _fsync_folder(folder)
            except OSError as exc:
                raise _not_written(folder, exc) from exc
    finally:
        for temp in temps:
            _discard(temp)      # gone already when replaced


def _replace_all(targets: list[Path], temps: list[Path]) -> None:
    """Replace each target by its temporary file, as one set: when a replace fails, the
    targets replaced before it get their old files back (a target that did not exist is
    removed again), and the SaveError names the file that failed."""
    kept: list[Path | None] = []
    try:
        for index, (path, temp) in enumerate(zip(targets, temps)):
            try:
                if len(targets) > 1:
                    kept.append(_kept_aside(path))
                _replace(temp, path)
            except OSError as exc:
                if len(targets) == 1:
                    raise _not_replaced(path, exc) from exc
                raise _set_not_replaced(path, exc, _put_back(targets[:index], kept)) from exc
    finally:
        for old in kept:
            if old is not None:
                _discard(old)


def _kept_aside(path: Path) -> Path | None:
    """A hidden second name for ``path``'s current file (a hard link, else a copy), so that
    it can be put back after ``path`` is replaced; None when there is no such file. The
    name carries the time it was made, which :func:`clean_stale_temps` reads instead of
    the file's own (the old file's)."""
    if not path.exists():
        return None
    fd, temp = tempfile.mkstemp(prefix=_temp_prefix(path.name),
                                suffix=f".{int(time.time())}.kept.tmp", dir=path.parent)
    os.close(fd)
    temp = Path(temp)
    try:
        try:
            temp.unlink()
            os.link(path, temp)
        except OSError:                  # no hard links here (FAT, some network shares)
            shutil.copy2(path, temp)
    except BaseException:
        _discard(temp)
        raise
    return temp


def _put_back(replaced: list[Path], kept: list[Path | None]) -> list[Path]:
    """Give each replaced file its old file back (remove it where there was none); return
    the files that could not be put back."""
    failed = []
    for path, old in zip(replaced, kept):
        try:
            if old is None:
                path.unlink()
            else:
                _replace(old, path)
        except OSError:
            failed.append(path)
    return failed


def _set_not_replaced(path: Path, exc: OSError, not_put_back: list[Path]) -> SaveError:
    if not not_put_back:
        return SaveError(translate("atomic", "{path}: could not replace the file ({strerror}); "
                                             "every file of the set is as it was").format(
                             path=shown_path(path), strerror=exc.strerror or exc))
    return SaveError(translate("atomic", "{path}: could not replace the file ({strerror}); "
                                         "these files of the set were written already and "
                                         "could not be put back: {files}").format(
                         path=shown_path(path), strerror=exc.strerror or exc,
                         files=", ".join(shown_path(p) for p in not_put_back)))


def _not_written(path: Path, exc: OSError) -> SaveError:
    """Why ``path`` was not written: a folder that does not exist is named (a typing slip
    in a folder's name is the usual cause, and the system's "No such file or directory"
    does not say which part is missing)."""
    folder = path.parent
    if isinstance(exc, FileNotFoundError) and not folder.is_dir():
        return no_folder(path, folder)
    return SaveError(translate("atomic", "{path}: could not write ({strerror})").format(
                         path=shown_path(path), strerror=exc.strerror or exc))


def _not_replaced(path: Path, exc: OSError) -> SaveError:
    return SaveError(translate("atomic", "{path}: could not replace the file ({strerror}); the "
                                         "previous version is intact").format(
                         path=shown_path(path), strerror=exc.strerror or exc))


def _temp_prefix(name: str) -> str:
    """The start of a temporary file's name beside ``name``: ``.<name>.``, the name cut
    to :data:`_PREFIX_BYTES` bytes, so that the temporary file of a name as long as the
    system allows (255 bytes) is still a name the system allows."""
    while len(os.fsencode(name)) > _PREFIX_BYTES:
        name = name[:-1]
    return f".{name}."


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    fd, temp = tempfile.mkstemp(prefix=_temp_prefix(name), suffix=".tmp", dir=folder)
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
    fd, temp = tempfile.mkstemp(prefix=_temp_prefix(path.name), suffix=".bak.tmp",
                                dir=path.parent)
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


def clean_stale_temps(folder: Path, *, older_than: float | None = None) -> list[Path]:
    """Remove the temporary files that a crashed write of ours left in ``folder`` (hidden
    ``.<name>.XXXXXXXX.tmp`` regular files not touched for ``older_than`` seconds, default
    :data:`STALE_AFTER`; old files kept aside for a set once the time in their name is
    :data:`KEPT_STALE_AFTER` seconds past); return what was removed. Never raises."""
    limit = STALE_AFTER if older_than is None else older_than
    removed = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        kept = _KEPT_NAME().match(entry.name)
        if not kept and not _TEMP_NAME().match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if kept:
                age, stale = now - int(kept.group(1)), KEPT_STALE_AFTER
            else:
                # ctime too: copying a backup sets the temporary file's mtime to the old file's
                age, stale = now - max(info.st_mtime, info.st_ctime), limit
            if stat.S_ISREG(info.st_mode) and age >= stale:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
