"""The product's translations: update the .ts sources, compile the .qm catalogues, and
list what is left to translate.

    python build/translations.py update    lupdate: collect every tr() / translate() of
                                           desktop/windtunnel/app into windtunnel_*.ts and
                                           every translate() of the Qt-free layers into
                                           core_*.ts (new strings arrive unfinished;
                                           vanished ones are dropped), then compile and
                                           report
    python build/translations.py compile   lrelease: every resources/translations/*.ts
                                           into its .qm beside it (what the app loads)
    python build/translations.py report    per language, how many entries are finished and
                                           which are not (exit 1 when any is unfinished)

``python3 build/dev.py translations`` runs ``update`` with the project's environment; the
test, start and package commands of dev.py run ``compile`` first, so that a fresh clone
runs in every language. The tools are the ones the PySide6 wheel ships (pyside6-lupdate,
pyside6-lrelease). The .qm files are build products: never edited, never committed.

The Qt-free layers (model, engine, io, session, cli) mark their messages with
``windtunnel.language.translate("context", "text")``; pyside6-lupdate's Python parser picks
these calls up by the function name alone and needs the context and the text as literals
(which is why the sources format after translating). Their catalogues are ``core_*.ts``.
``windtunnel_en.ts`` holds only the English plural forms ("1 node", "2 nodes") of the
strings written with ``%n``: English needs no other translation.

Standard library only: it runs with the Python of the environment that has PySide6.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
PACKAGE = ROOT / "desktop" / "windtunnel"
SOURCES = PACKAGE / "app"
#: The Qt-free layers whose messages the core catalogues hold.
CORE_SOURCES = ("errors.py", "language.py", "model", "engine", "io", "session", "cli")
#: The interface's catalogues, by Qt's suffix; "en" carries plural forms only.
LANGUAGES = ("zh_CN", "zh_HK", "ja")


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (in a virtual environment's bin or Scripts)."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (it comes with PySide6)")
    return found


def update() -> None:
    """Bring every windtunnel_*.ts up to date with the sources."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    common = [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none",
              "-no-obsolete", str(SOURCES)]
    for suffix in LANGUAGES:
        _run([*common, "-target-language", suffix, "-ts",
              str(FOLDER / f"windtunnel_{suffix}.ts")])
    _run([*common, "-pluralonly", "-target-language", "en", "-ts",
          str(FOLDER / "windtunnel_en.ts")])
    core = [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
            *(str(PACKAGE / part) for part in CORE_SOURCES)]
    for suffix in LANGUAGES:
        _run([*core, "-target-language", suffix, "-ts", str(FOLDER / f"core_{suffix}.ts")])
    for ts in FOLDER.glob("*.ts"):
        ts.write_text(_NOT_FOR_TRANSLATORS.sub("", ts.read_text("utf-8")), "utf-8")


#: lupdate reads a Python ``#:`` comment above a string as a note for translators; ours
#: document attributes (Sphinx's convention), so they are taken out of the sources.
_NOT_FOR_TRANSLATORS = re.compile(r"[ \t]*<extracomment>.*?</extracomment>\n", re.DOTALL)


def compile_catalogues(output: Path | None = None, pattern: str = "*.ts") -> list[Path]:
    """Compile each .ts matching ``pattern`` whose .qm (in ``output``, default beside it) is
    missing or older; return the .qm files.

    A .qm is written beside its final name and then renamed over it: a running app maps
    its catalogues into memory, and a file rewritten in place under it ends that app with
    a bus error; a renamed one leaves the old file to it. The file written first is named
    after this process, so that two apps started at once from a source tree, each
    compiling, never rename each other's file away (one of them failed, and ran in
    English); each renames a whole catalogue over the other's."""
    made = []
    for ts in sorted(FOLDER.glob(pattern)):
        qm = (output or ts.parent) / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            partial = qm.with_name(f".{qm.name}.{os.getpid()}.partial")
            try:
                _run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(partial)])
                os.replace(partial, qm)
            finally:
                partial.unlink(missing_ok=True)
        made.append(qm)
    return made


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry of ``ts`` that is unfinished or empty."""
    left = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                left.append((name, message.findtext("source")))
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if not all(text.strip() for text in texts):
                left.append((name, message.findtext("source")))
    return left


def report(out=sys.stdout) -> int:
    """Print, per catalogue, finished and unfinished entries; return how many are left."""
    total = 0
    for ts in sorted(FOLDER.glob("*.ts")):
        left = unfinished(ts)
        entries = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        print(f"{ts.name}: {entries - len(left)} of {entries} finished", file=out)
        for context, source in left:
            print(f"  unfinished [{context}] {source!r}", file=out)
        total += len(left)
    return total


def _run(command: list[str]) -> None:
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if done.returncode != 0:
        raise SystemExit(f"translations: {' '.join(command[:2])} failed:\n{done.stderr}")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
        compile_catalogues()
        return 1 if report() else 0
    if command == "compile":
        compile_catalogues()
        return 0
    if command == "report":
        return 1 if report() else 0
    print(__doc__.strip().split("\n\n")[1])
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
