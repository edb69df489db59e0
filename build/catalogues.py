"""Compile and refresh the core's message catalogues (resources/translations/core_*.ts).

    python build/catalogues.py update      re-read the Qt-free sources with pyside6-lupdate
    python build/catalogues.py compile [DIR]  compile every core_*.ts to core_*.qm (in DIR)

The core (model, engine, io, session) and the command line mark messages with
``translate("context", "text")`` (windtunnel.language). pyside6-lupdate's Python parser
picks these calls up by the function name alone, qualified (``language.translate``) or
not, and joins adjacent string literals; it needs the context and the text as literals
(an f-string is taken literally, which is why the sources format after translating:
``translate("errors", "{count} problems").format(count=n)``). ``-locations none`` keeps
line numbers out of the .ts files, so a change elsewhere in a file does not touch them.

Run from the checkout with the development environment's Python (it has PySide6).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGE = ROOT / "desktop" / "windtunnel"
#: The Qt-free layers whose messages the core catalogue holds.
CORE_SOURCES = ("errors.py", "language.py", "model", "engine", "io", "session", "cli")
CORE_LANGUAGES = ("zh_CN", "zh_HK", "ja")


def tool(name: str) -> str:
    """The path of a PySide6 tool (``pyside6-lrelease``) beside this Python, or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"catalogues.py: {name} not found (install PySide6)")
    return found


def update() -> None:
    """Refresh core_<lang>.ts from the sources: new messages are added unfinished,
    translations of messages that stayed are kept, vanished ones are marked obsolete."""
    sources = [str(PACKAGE / part) for part in CORE_SOURCES]
    for suffix in CORE_LANGUAGES:
        ts = TRANSLATIONS / f"core_{suffix}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none",
                        "-target-language", suffix, *sources, "-ts", str(ts)], check=True)


def compile_catalogues(output: Path | None = None, pattern: str = "core_*.ts") -> list[Path]:
    """Compile each .ts matching ``pattern`` to a .qm in ``output`` (default: beside it)."""
    made = []
    for ts in sorted(TRANSLATIONS.glob(pattern)):
        qm = (output or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        made.append(qm)
    return made


if __name__ == "__main__":
    if sys.argv[1:2] == ["update"]:
        update()
    elif sys.argv[1:2] == ["compile"]:
        compile_catalogues(Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    else:
        print(__doc__.strip().split("\n\n")[1])
        raise SystemExit(2)
