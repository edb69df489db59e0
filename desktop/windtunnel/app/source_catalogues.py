"""In a source tree, the compiled catalogues follow their ``.ts`` sources.

The ``.qm`` catalogues the app loads are build products (``build/translations.py
compile``), never committed. ``build/dev.py start`` compiles them, but an app started
another way from a source tree (``python -m windtunnel`` after a ``git pull`` that brought
new translations) would load the old ones and show English where the sources are
translated. So, when the app runs from a source tree (the tree's ``build/translations.py``
is beside its package) and a ``.ts`` is newer than its ``.qm`` or has none, that script
compiles them before the catalogues are loaded (two apps started at once may both do it:
each writes a file of its own and renames it, and a compile that failed while the other
made the catalogues current is no failure). An installed or frozen app has no such
script and is never touched; a tree whose catalogues are current costs a few ``stat``
calls.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["compile_stale_catalogues", "stale_sources"]

_HERE = Path(__file__).resolve()
#: The source tree's compiler of catalogues, there when the app runs from a source tree
#: (``desktop/windtunnel/app/`` -> the tree's root).
SOURCE_COMPILER = _HERE.parents[min(3, len(_HERE.parents) - 1)] / "build" / "translations.py"


def stale_sources(folder: Path) -> list[Path]:
    """The ``.ts`` sources in ``folder`` whose ``.qm`` is missing or older."""
    stale = []
    for source in sorted(folder.glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            stale.append(source)
    return stale


def compile_stale_catalogues(folder: Path, compiler: Path = SOURCE_COMPILER) -> list[Path]:
    """Compile the stale catalogues of a source tree with its ``compiler``; return the
    sources that were stale (none outside a source tree). A failed compile is said on
    the error stream and the app goes on with the catalogues it has."""
    if not compiler.is_file():
        return []
    stale = stale_sources(folder)
    if stale:
        names = ", ".join(source.name for source in stale)
        print(f"windtunnel: compiling the translations changed since they were last "
              f"compiled ({names})", file=sys.stderr)
        import subprocess          # only when there is something to compile

        try:
            done = subprocess.run([sys.executable, str(compiler), "compile"],
                                  capture_output=True, text=True, timeout=300, check=False)
            failed = done.returncode != 0 and (done.stderr or done.stdout).strip()
        except (OSError, subprocess.TimeoutExpired) as exc:
            failed = str(exc)
        if failed and stale_sources(folder):   # else another app compiled them meanwhile
            print(f"windtunnel: the translations could not be compiled ({failed}); "
                  f"run: python build/translations.py compile", file=sys.stderr)
    return stale
