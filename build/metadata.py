"""What a build says about itself: the Windows version resource, BUILD-INFO.json, sizes.

Standard library only, so that build_app.py can import it before checking the environment.
"""

from __future__ import annotations

import json
import platform
import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path

__all__ = ["version_tuple", "windows_version_resource", "disk_usage", "size_table",
           "write_build_info", "git_commit", "glibc_required", "needed_libraries",
           "unlinked_libraries", "MIB"]

MIB = 1024 * 1024


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"1.2.3rc1" -> (1, 2, 3, 0): the four numbers Windows keeps in a version resource."""
    numbers = [int(re.match(r"\d*", part).group() or 0) for part in version.split(".")[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def windows_version_resource(version: str) -> str:
    """PyInstaller's text form of a VS_VERSIONINFO resource (Explorer's Details tab)."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "Windtunnel",
        "FileDescription": "Windtunnel - wind-tunnel policy options on influence maps",
        "FileVersion": version,
        "InternalName": "windtunnel",
        "OriginalFilename": "windtunnel.exe",
        "ProductName": "Windtunnel",
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})"
                                 for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ]
)
"""


def disk_usage(path: Path) -> int:
    """Bytes ``path`` occupies on disk, as ``du`` counts them (apparent size on Windows)."""
    if path.is_file() or path.is_symlink():
        info = path.lstat()
        return info.st_blocks * 512 if hasattr(info, "st_blocks") else info.st_size
    return sum(disk_usage(child) for child in path.iterdir())


def size_table(app: Path, *, top: int = 15) -> tuple[int, list[tuple[str, int]]]:
    """Total size of the app folder and its ``top`` largest files (paths inside ``app``),
    then one row for all the other files: where a cut would count."""
    entries = [(path.relative_to(app).as_posix(), disk_usage(path))
               for path in app.rglob("*") if path.is_file() or path.is_symlink()]
    entries.sort(key=lambda entry: (-entry[1], entry[0]))
    total = disk_usage(app)
    shown = entries[:top]
    rest = entries[top:]
    if rest:
        shown.append((f"{len(rest)} other files", sum(s for _, s in rest)))
    return total, shown


def glibc_required(app: Path, *, readelf: str = "readelf") -> tuple[str, str] | None:
    """The newest glibc symbol version any bundled ELF file needs, and one file needing it.

    A frozen Linux app runs only where glibc is at least this new (glibc itself is never
    bundled), so this is the oldest Linux the build supports. None without binutils.
    """
    newest: tuple[tuple[int, ...], str] | None = None
    for path in sorted(app.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        try:
            listing = subprocess.run([readelf, "-V", "-W", str(path)], capture_output=True,
                                     text=True, timeout=60).stdout
        except (OSError, subprocess.TimeoutExpired):
            return None
        needs = listing.partition("Version needs section")[2]
        for found in re.findall(r"Name: GLIBC_(\d+(?:\.\d+)+)", needs):
            version = tuple(int(part) for part in found.split("."))
            if newest is None or version > newest[0]:
                newest = (version, path.relative_to(app).as_posix())
    if newest is None:
        return None
    return ".".join(map(str, newest[0])), newest[1]


def _elf_files(app: Path):
    """Every ELF file under ``app`` (symbolic links left out: their targets are listed)."""
    for path in sorted(app.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) == b"\x7fELF":
                yield path


def needed_libraries(path: Path, *, readelf: str = "readelf") -> list[str]:
    """The shared libraries an ELF file names in its dynamic section (DT_NEEDED)."""
    listing = subprocess.run([readelf, "-d", "-W", str(path)], capture_output=True,
                             text=True, timeout=60).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", listing)


def unlinked_libraries(app: Path, *, readelf: str = "readelf") -> list[str]:
    """Bundled shared libraries (``lib*.so*``) that no bundled ELF file links, by path
    inside ``app``: candidates to drop, once the self-test shows nothing loads them by name.

    Python extension modules and Qt plugins are loaded by path at run time, never linked, so
    they are not listed, nor is the Python library, which PyInstaller's bootloader opens by
    name. A library dropped by mistake fails the frozen self-test.
    """
    files = list(_elf_files(app))
    linked = {name for path in files for name in needed_libraries(path, readelf=readelf)}
    # a library is linked by any of its names (libfoo.so.6 -> libfoo.so.6.8.0)
    aliases: dict[Path, set[str]] = {}
    for path in app.rglob("*"):
        if path.is_symlink() and path.resolve().is_file():
            aliases.setdefault(path.resolve(), set()).add(path.name)
    out = []
    for path in files:
        inside = path.relative_to(app).as_posix()
        if (not path.name.startswith("lib") or ".so" not in path.name
                or "/plugins/" in f"/{inside}" or ".cpython-" in path.name
                or ".abi3." in path.name or path.name.startswith("libpython")):
            continue
        if not ({path.name} | aliases.get(path.resolve(), set())) & linked:
            out.append(inside)
    return out


def git_commit(root: Path) -> str:
    """The checkout's commit (with "+changes" when the tree differs), or "unknown"."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=root,
                                capture_output=True, text=True, timeout=20).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=root, capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return (commit or "unknown") + ("+changes" if dirty.strip() else "")


def write_build_info(path: Path, **facts) -> dict:
    """BUILD-INFO.json next to the executable: what was built, from what, how big, how fast."""
    info = {
        "app": "windtunnel",
        "built": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "platform": f"{platform.system()} {platform.machine()}",
        "python": platform.python_version(),
    } | {key: value for key, value in facts.items() if value is not None}
    path.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info
