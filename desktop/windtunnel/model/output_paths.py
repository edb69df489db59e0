"""What an output path may be, judged before and at every write of Windtunnel's.

:func:`output_target`, applied by :mod:`.atomic` to every write, says which file a write
to a path replaces:

- a regular file or a new name: written (atomically, by :mod:`.atomic`);
- a symbolic link: written *through* the link: the file it points to is replaced (its
  temporary file and ``.bak`` sit in that file's folder) and the link stays a link;
- a folder, a device node (``/dev/sda``, ``/dev/null``), a FIFO or a socket: refused
  with a SaveError, nothing written (Windtunnel writes regular files only); so is a name
  ending in a separator (``book.xlsx/`` names a folder, not the file ``book.xlsx``);
- a file the user may not write (read-only by its mode bits, a Windows access list, a
  read-only mount or share; tried by opening it, which leaves it as it was): refused,
  nothing written. Replacing it by a rename would succeed on POSIX systems and fail on
  Windows, and a file marked read-only is one its owner means to keep;
- inside :func:`guarded_writes`: one of the command's input files (under any name, link
  or hard link) is refused, and any existing file that a write replaces is first kept as
  ``<name>.bak``: what the command line does for every export.

:func:`writable_output` checks an output path before the work that produces it: the
above, and also a name ending in a separator, a folder that is missing, not a folder
or read-only. Every command of the command line checks its outputs so, first.
:func:`check_output_name` judges the name a user typed (the command line's outputs and
every save dialog of the app); :func:`names_a_model_file` is the rule that no export is
written over a model file, :func:`refuse_a_link_to_another_kind` that no model is written
through a link named as one over a file that is none.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import unicodedata
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from ..errors import SaveError, shown_path
from ..language import translate
from ..lazyimport import compiled_when_used
from .regular_files import special_kind

__all__ = ["output_target", "writable_output", "check_output_name", "names_a_model_file",
           "is_windows_device_name", "DIRECTION_MARKS", "WINDOWS_REFUSED_CHARACTERS",
           "WINDOWS_DEVICE_NAMES",
           "guarded_writes", "guard_keeps_backup", "no_folder", "not_a_file_name",
           "refuse_a_link_to_another_kind", "refuse_existing"]

#: Control characters (a line break, a tab, a NUL byte): no written file's name holds one.
_CONTROL = compiled_when_used("[\x00-\x1f\x7f]")
#: Marks that turn the direction of text (the bidi embeddings, overrides, isolates and
#: marks): in a file name they can show its end reversed (a name ending in ``.exe`` shown
#: as one ending in ``.xlsx``).
DIRECTION_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
#: The printable characters Windows refuses in a file name (the separators aside).
WINDOWS_REFUSED_CHARACTERS = '<>:"|?*'
_WINDOWS_REFUSES = compiled_when_used(f"[{re.escape(WINDOWS_REFUSED_CHARACTERS)}]")
#: Names Windows keeps for devices, whatever the extension (compared in lower case).
WINDOWS_DEVICE_NAMES = frozenset({
    "con", "prn", "aux", "nul", "conin$", "conout$",
    *(f"{port}{n}" for port in ("com", "lpt") for n in "123456789\u00b9\u00b2\u00b3")})


def not_a_file_name(path: str | os.PathLike) -> SaveError:
    """Why ``path`` cannot be written: it holds a NUL byte, which no system takes (shown
    escaped, as the character cannot be printed)."""
    return SaveError(translate("output_paths", "{path}: is not a valid file name").format(
                         path=shown_path(ascii(os.fspath(path)))))


def _cannot_be_written(path: str | os.PathLike, exc: OSError) -> SaveError:
    """Why ``path`` cannot be written, in the system's words (a name too long for it, a
    folder that may not be read, a link loop)."""
    return SaveError(translate("output_paths", "{path}: cannot be written ({strerror})").format(
                         path=shown_path(path), strerror=exc.strerror or exc))


def no_folder(path: Path, folder: Path) -> SaveError:
    """Why ``path`` cannot be written: its folder ``folder`` does not exist."""
    return SaveError(translate("output_paths", "{path}: the folder {folder} does not exist; "
                                               "nothing was written").format(
                         path=shown_path(path), folder=shown_path(folder)))


class _Guard:
    """The inputs of one command (as (device, inode)) and whether replaced files get a .bak."""

    def __init__(self, inputs, backup: bool) -> None:
        self.backup = backup
        self.inputs: dict[tuple[int, int], str] = {}
        for name in inputs:
            try:
                info = os.stat(name)
            except (OSError, ValueError):
                continue            # a missing input is the reader's business
            self.inputs[(info.st_dev, info.st_ino)] = str(name)


_guard: ContextVar[_Guard | None] = ContextVar("windtunnel_write_guard", default=None)


@contextmanager
def guarded_writes(*, inputs=(), backup: bool = True):
    """While the block runs, every :func:`atomic_write` refuses to replace any file of
    ``inputs`` (by identity: another name, a link or a hard link to it is the same file)
    and, with ``backup``, keeps an existing file it replaces as ``<name>.bak``."""
    token = _guard.set(_Guard(inputs, backup))
    try:
        yield
    finally:
        _guard.reset(token)


def names_a_model_file(path: str | os.PathLike) -> bool:
    """Whether ``path``, or the file a link at ``path`` leads to, has a model file's name
    (``.wtm``): an export written there would replace a model with a file that is none, so
    no export is written there (the command line's and the app's alike). A name that
    names no file at all (a NUL byte in it) is judged by its suffix alone: writing it is
    then refused as a file name that cannot be."""
    try:
        target = os.path.realpath(path)
    except ValueError:
        target = path
    return ".wtm" in (Path(path).suffix.lower(), Path(target).suffix.lower())


def refuse_a_link_to_another_kind(path: str | os.PathLike) -> None:
    """SaveError when ``path`` is a symbolic link named as a model file (``.wtm``) that
    leads to a file named otherwise (``data.csv``): a model written through it would
    replace that file with one of another kind, where Save As typed ``data.csv`` writes
    ``data.csv.wtm`` beside it. The converse of :func:`names_a_model_file`."""
    link = Path(path)
    try:
        if not link.is_symlink() or link.suffix.lower() != ".wtm":
            return
        target = Path(os.path.realpath(link))
    except (OSError, ValueError):
        return                  # refused, in its own words, by the write
    if target.suffix.lower() != ".wtm":
        raise SaveError(translate("output_paths", "{path}: is a link to {target}, which is not "
                                                  "named as a model file (.wtm): a model saved "
                                                  "through the link would be written there; "
                                                  "nothing was written (choose another name)").format(
                            path=shown_path(link), target=shown_path(target)))


def _refuse_a_folder_name(path: str | os.PathLike) -> None:
    """SaveError when ``path`` ends in a separator: it names a folder (``results.xlsx/``
    is not the file ``results.xlsx``, though a Path made of it drops the separator)."""
    text = os.fspath(path)
    if text.endswith(tuple(filter(None, ("/", os.sep, os.altsep)))):
        raise SaveError(translate("output_paths", "{path}: names a folder (it ends in a "
                                                  "separator); give a file name; nothing was "
                                                  "written").format(
                            path=shown_path(text)))


def output_target(path: str | os.PathLike) -> Path:
    """The file a write to ``path`` replaces (a symbolic link's target), or SaveError when
    ``path`` must not be written: a name ending in a separator, a folder, a device, a FIFO,
    a socket, a link loop, or an input of the running command (see
    :func:`guarded_writes`)."""
    _refuse_a_folder_name(path)
    path = Path(path)
    try:
        if path.is_symlink():
            try:
                path = path.resolve(strict=False)
            except (OSError, RuntimeError) as exc:
                raise SaveError(translate("output_paths", "{path}: is a symbolic link that leads "
                                                          "nowhere it can be written ({exc}); "
                                                          "nothing was written").format(
                                    path=shown_path(path), exc=exc)) from None
        info = path.stat()
    except FileNotFoundError:
        return path
    except ValueError:          # a NUL byte in the name
        raise not_a_file_name(path) from None
    except OSError as exc:      # a name too long for the system, a folder we may not read
        raise _cannot_be_written(path, exc) from None
    kind = special_kind(info.st_mode)
    if kind:
        raise SaveError(translate("output_paths", "{path}: is {kind}, not a file; Windtunnel "
                                                  "writes only regular files, nothing was "
                                                  "written").format(
                            path=shown_path(path), kind=kind))
    if not _try_opening_for_writing(path):
        return path             # gone since it was looked at: a new name
    guard = _guard.get()
    if guard is not None and (info.st_dev, info.st_ino) in guard.inputs:
        raise SaveError(translate("output_paths", "{path}: is the input file {inputs}; writing "
                                                  "the output there would replace it, nothing was "
                                                  "written (choose another output name)").format(
                            path=shown_path(path),
                            inputs=shown_path(guard.inputs[(info.st_dev, info.st_ino)])))
    return path


def _try_opening_for_writing(path: Path) -> bool:
    """SaveError naming ``path`` unless the existing file there may be written: it is
    opened for appending (never created, never truncated, nothing written) and closed at
    once, so the file is left exactly as it was. Asking the system for its permissions
    instead (``os.access``) reads only the POSIX mode bits: on Windows a file its access
    list keeps read-only, or one on a network share that refuses writing, passed that and
    the write failed only after the work. False when the file has gone meanwhile."""
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return False
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            raise SaveError(translate("output_paths", "{path}: the file is read-only; nothing "
                                                      "was written (make it writable, or choose "
                                                      "another name)").format(
                                path=shown_path(path))) from None
        raise _cannot_be_written(path, exc) from None
    os.close(fd)
    return True


def check_output_name(path: str | os.PathLike) -> None:
    """SaveError naming ``path`` when the name it gives the file to write (its last part)
    is one that is not written as given, or that the file's readers on another system
    could not open or would misread; checked before anything is written, by the command
    line's outputs and every save dialog of the app, and said with the character at fault
    and why:

    - a control character (a line break, a tab: Windows refuses them, and elsewhere they
      break a listing of the folder), or a NUL byte anywhere (no system takes one);
    - a mark that turns the direction of text (U+202E RIGHT-TO-LEFT OVERRIDE and its
      kin): the name shows other than it is, an ending read backwards;
    - a character Windows refuses in a name (``< > : " | ? *``; ``a:b`` on Windows
      writes a hidden stream of a file ``a``): a colleague there cannot open or copy it;
    - a device name of Windows (``CON``, ``nul.xlsx``, ``COM1``, ``LPT1``, in any case and
      with any extension): opening it there opens the device, not the file;
    - a leading dash (``-rf.xlsx``): command-line tools and scripts take it for options;
    - a dot or a space at the end (Windows drops them, so ``book.xlsx.`` would be written
      as ``book.xlsx``; the app would make it ``book.xlsx..xlsx``);
    - an extension alone (``.xlsx``): a hidden file with no extension at all (the export
      wrote CSV tables into a hidden folder ``.xlsx``; the app wrote ``.xlsx.csv``).

    Only the name is judged: the folders on the way exist already, named as the system
    allows (on Windows a drive, ``C:``, is no part of the name)."""
    text = os.fspath(path)
    name = os.path.splitdrive(text)[1].rstrip("/\\").replace("\\", "/").rpartition("/")[2]
    shown = repr(shown_path(text))      # quoted, a line break escaped: the end is seen
    if "\x00" in text or _CONTROL().search(name):
        raise SaveError(translate("output_paths", "{name}: a name with a control character (a "
                                                  "line break, a tab) is not written (Windows "
                                                  "refuses them, and elsewhere they break a "
                                                  "listing of the folder); remove "
                                                  "it").format(name=shown))
    if mark := DIRECTION_MARKS.search(name):
        raise SaveError(translate("output_paths", "{name}: the character {character} turns the "
                                                  "direction of the text after it, so the name "
                                                  "shows other than it is (its ending read "
                                                  "backwards); remove it").format(
                            name=shown, character=_character(mark.group())))
    if refused := _WINDOWS_REFUSES().search(name):
        raise SaveError(translate("output_paths", "{name}: the character {character} is not "
                                                  "allowed in a file name on Windows (nor are "
                                                  "< > : \" | ? *), so colleagues there could "
                                                  "not open or copy the file; remove "
                                                  "it").format(
                            name=shown, character=_character(refused.group())))
    if is_windows_device_name(name):
        raise SaveError(translate("output_paths", "{name}: Windows keeps this name for a device "
                                                  "(CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to "
                                                  "LPT9, whatever the extension), so the file "
                                                  "could not be opened there; choose another "
                                                  "name").format(name=shown))
    if name.startswith("-"):
        raise SaveError(translate("output_paths", "{name}: a name starting with a dash is taken "
                                                  "for options by command-line tools and "
                                                  "scripts that are given it; rename "
                                                  "it").format(name=shown))
    if name.startswith(".") and "." not in name[1:] and name != ".":
        raise SaveError(translate("output_paths", "{name}: is an extension with no name before "
                                                  "it, which makes a hidden file of no type (a "
                                                  "name starting with a dot is hidden, and that "
                                                  "dot starts no extension); give it a name, "
                                                  "such as results{suffix}").format(
                            name=shown, suffix=name))
    if name.endswith((".", " ")) and name not in (".", ".."):
        raise SaveError(translate("output_paths", "{name}: a name ending in a dot or a space is "
                                                  "not written (Windows drops them, so the file "
                                                  "written would not be the one named); remove "
                                                  "them").format(
                            name=shown))


def is_windows_device_name(name: str) -> bool:
    """Whether Windows takes the file name ``name`` for a device: its part before the
    first dot, spaces at its end aside, is one of :data:`WINDOWS_DEVICE_NAMES` in any
    case (``nul.xlsx``, ``Com1.tar.gz``, ``CON .txt``)."""
    return name.split(".")[0].rstrip(" ").lower() in WINDOWS_DEVICE_NAMES


def _character(character: str) -> str:
    """A character as a message names it: quoted, and by its Unicode name when it is one
    that cannot be seen (``U+202E RIGHT-TO-LEFT OVERRIDE``)."""
    if character.isprintable():
        return repr(character)
    return f"U+{ord(character):04X} {unicodedata.name(character, '')}".rstrip()


def writable_output(path: str | os.PathLike) -> Path:
    """Check, before the work that produces it, that a file can be written at ``path``;
    return the file a write replaces (:func:`output_target`). A command checks its output
    this way first, so that a slip in the name is said at once, not after a long run.

    Refused with a SaveError naming the path, nothing written: a name ending in a path
    separator (it names a folder: ``results.xlsx/`` is not the file ``results.xlsx``);
    everything :func:`output_target` refuses (an existing folder, a device, a read-only
    file, an input of the command); a folder that does not exist or is not a folder; a
    folder the user may not write into (tried by making a file there, not by the mode bits)."""
    _refuse_a_folder_name(path)
    folder = Path(path).parent
    try:
        folder_mode = folder.stat().st_mode
    except (FileNotFoundError, NotADirectoryError, ValueError):
        raise no_folder(Path(path), folder) from None
    except OSError as exc:      # a folder's name too long for the system, or a link loop
        raise _cannot_be_written(path, exc) from None
    if not stat.S_ISDIR(folder_mode):
        raise SaveError(translate("output_paths", "{path}: {folder} is not a folder; nothing was "
                                                  "written").format(
                            path=shown_path(path), folder=shown_path(folder)))
    target = output_target(path)
    folder = target.parent      # a link's target may sit in another folder
    if not folder.is_dir():     # a link leading into a folder that is not there
        raise SaveError(translate("output_paths", "{path}: is a symbolic link to {target}, whose "
                                                  "folder {folder} does not exist; nothing was "
                                                  "written").format(
                            path=shown_path(path), target=shown_path(target),
                            folder=shown_path(folder)))
    _try_a_file_in(folder, path)
    return target


def _try_a_file_in(folder: Path, path: str | os.PathLike) -> None:
    """SaveError naming ``path`` unless a file can be made in ``folder``: one is made
    there and removed at once, as the atomic write makes its temporary file. Asking the
    system for the folder's permissions instead (``os.access``) reads only the POSIX mode
    bits: on Windows a folder its access list keeps read-only passes that, and the write
    failed only after the work. The file is named as a temporary file of the atomic write,
    so that a crash between making and removing it leaves nothing the next write does
    not clean."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".windtunnel-check.", suffix=".tmp", dir=folder)
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            raise SaveError(translate("output_paths", "{path}: the folder {folder} is read-only; "
                                                      "nothing was written (choose another "
                                                      "folder)").format(
                                path=shown_path(path), folder=shown_path(folder))) from None
        raise _cannot_be_written(path, exc) from None
    os.close(fd)
    try:
        os.unlink(probe)
    except OSError:
        pass            # a leftover of the atomic write's name: the next write cleans it


def refuse_existing(path: str | os.PathLike, *, force: bool) -> None:
    """SaveError naming ``path`` when something exists there and ``force`` (the command
    line's ``--force``) was not given: ``import``, ``aggregate`` and ``export`` replace a
    file only when asked to, and say so before any work."""
    if os.path.exists(path) and not force:
        raise SaveError(translate("arguments", "{output} exists; use --force to replace it").format(
                            output=shown_path(path)))


def guard_keeps_backup(path: Path) -> bool:
    """Whether a write replacing ``path`` keeps its old file as ``<name>.bak`` because
    the running :func:`guarded_writes` asks so (and there is an old file)."""
    guard = _guard.get()
    return guard is not None and guard.backup and path.exists()
