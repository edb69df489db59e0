"""Set up a development environment and start Windtunnel, run its tests, or package it.

    python3 build/dev.py start [FILE]      set up .venv, then open the app (bundled model by default)
    python3 build/dev.py test [PYTEST ARGS] set up .venv with the test extra, then run the test suite
    python3 build/dev.py package [OPTIONS]  set up .venv with PyInstaller, build the one-folder app
                                           in build/dist/windtunnel, smoke-test it offline, report
                                           its size and start-up time (build/build_app.py)
    python3 build/dev.py translations       collect the interface's strings into the .ts sources
                                           in resources/translations, compile them, and list
                                           the entries still unfinished per language

start, test and package compile the translations (.ts -> .qm with the PySide6 tools) first,
so that a fresh clone speaks every language (build/translations.py); test also writes the
app's bytecode first, once, for the many interpreters the suite starts (precompile).

Standard library only.

The virtual environment lives in .venv at the top of the checkout. It is made with the newest
Python 3.12+ found on this machine (PATH, then pyenv), because PySide6 6.12 misbehaves on 3.11;
when there is none, the Python running this script is used (3.11 gets PySide6 < 6.12 through
the markers in pyproject.toml). The project is installed editable and reinstalled only when
pyproject.toml changes.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BUNDLED_MODEL = ROOT / "scenarios" / "ai-export-controls-2026.wtm"
PREFERRED = ("3.13", "3.12")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("start", "test", "package", "translations"):
        print(__doc__.strip().split("\n\n")[1])
        return 2
    command, rest = argv[0], argv[1:]
    python = ensure_environment(extras=command if command in ("test", "package") else "")
    translations = [str(python), str(ROOT / "build" / "translations.py")]
    if command == "translations":
        return subprocess.call([*translations, "update", *rest], cwd=ROOT)
    subprocess.check_call([*translations, "compile"], cwd=ROOT)
    if command == "test":
        precompile(python, ROOT / "desktop")
        return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT)
    if command == "package":
        return subprocess.call([str(python), str(ROOT / "build" / "build_app.py"), *rest],
                               cwd=ROOT)
    target = rest or [str(BUNDLED_MODEL)]
    return subprocess.call([str(python), "-m", "windtunnel", *target], cwd=ROOT)


def ensure_environment(*, extras: str) -> Path:
    """Create .venv when missing and install the project (with ``extras``) when stale."""
    python = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        base = find_python()
        print(f"dev.py: creating {VENV.name} with {base}", flush=True)
        if Path(base) == Path(sys.executable):
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        else:
            subprocess.check_call([base, "-m", "venv", "--clear", str(VENV)])
    wanted = extras.split(",") if extras else []
    stamp = VENV / "windtunnel-setup.txt"
    have = stamp.read_text().split("\n") if stamp.exists() else []
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    installed_extras = have[1].split(",") if len(have) > 1 and have[1] else []
    if not have or have[0] != digest or not set(wanted) <= set(installed_extras):
        target = "." + (f"[{','.join(sorted(set(wanted) | set(installed_extras)))}]"
                        if wanted or installed_extras else "")
        print(f"dev.py: installing {target} into {VENV.name} (first time takes a few minutes)",
              flush=True)
        subprocess.check_call([str(python), "-m", "pip", "install", "--disable-pip-version-check",
                               "-q", "-e", target], cwd=ROOT)
        extras_now = sorted(set(wanted) | set(installed_extras))
        stamp.write_text(f"{digest}\n{','.join(extras_now)}\n")
    return python


def precompile(python: Path, folder: Path) -> None:
    """Write the bytecode of the modules under ``folder`` once, before the tests: the suite
    starts the app or the command line in well over a hundred fresh interpreters (real
    windows, command-line runs, the self-test), and where imports write no bytecode
    (PYTHONDONTWRITEBYTECODE set, as CI machines may have it, or a read-only checkout) each of them
    compiled every module it imported from source again. compileall writes the .pyc files
    whatever that setting says, and imports read them."""
    subprocess.check_call([str(python), "-m", "compileall", "-q", str(folder)], cwd=ROOT)


def find_python() -> str:
    """The newest preferred Python on PATH or under pyenv, else the one running this script."""
    if sys.version_info >= (3, 12):
        return sys.executable
    for version in PREFERRED:
        found = shutil.which(f"python{version}")
        if found and _runs(found):
            return found
        pyenv_root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
        for candidate in sorted(glob.glob(os.path.join(pyenv_root, "versions", f"{version}*",
                                                       "bin", "python3")), reverse=True):
            if _runs(candidate):
                return candidate
    return sys.executable


def _runs(python: str) -> bool:
    try:
        return subprocess.run([python, "-c", "import venv, ensurepip"], capture_output=True,
                              timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
