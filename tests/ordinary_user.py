"""Run a check as an ordinary user, so that permission tests also bite when the tests run
as root (as CI does), for whom read-only files and folders are writable."""

from __future__ import annotations

import os
import stat
import traceback


def as_an_ordinary_user(folder, action) -> None:
    """Run ``action`` in ``folder`` (the current directory, so that it can name its files
    relatively) as an ordinary user: as root, in a child process that has become
    ``nobody``, failing when ``action`` raises there. ``folder``'s files become nobody's;
    its parents stay root's alone, which is why the child moves into it first."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        os.chdir(folder)
        action()
        return
    folder.chmod(stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    for path in folder.iterdir():
        os.chown(path, 65534, 65534)
    child = os.fork()
    if child == 0:                          # pragma: no cover - the child's exit says
        code = 1
        try:
            os.chdir(folder)                # before setuid: the parents are root's alone
            os.setgid(65534)
            os.setuid(65534)
            action()
            code = 0
        except BaseException:               # the parent sees only the exit code: say why
            os.write(2, traceback.format_exc().encode())
        finally:
            os._exit(code)
    assert os.waitpid(child, 0)[1] == 0, "the action failed as an ordinary user"
