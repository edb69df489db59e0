"""Build the one-folder Windtunnel app with PyInstaller, then prove it works offline.

    python3 build/dev.py package            the documented command (sets up .venv first)
    .venv/bin/python build/build_app.py     the same, in an environment that has PyInstaller
        --no-build       test and time the existing build only
        --startup-runs N launches per start-up measurement (default 5)

Steps: stage the package in its installed layout (build/bundle.py); draw the icons from the
SVG (build/icons.py); write the version resource; run PyInstaller on build/windtunnel.spec
into build/dist/windtunnel (work files in build/work); on Linux strip debug sections and
symbol tables from the shared libraries, trim ICU's data library to the services Qt calls
(build/icudata.py) and add the desktop integration (share/ and
install-desktop-integration.sh); report the size; run the frozen app's ``--self-test
--offline`` without network, offscreen and (when Xvfb is installed) on an X display; time the
start-up to a painted window; write BUILD-INFO.json.
Exit code 0 only when the build exists and its self-tests pass.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle  # noqa: E402  (build/ is not a package; its modules sit next to this script)
import metadata  # noqa: E402
import smoke  # noqa: E402

SIZE_TARGET_MIB = 180
STARTUP_TARGET_S = 2.0
MIN_PYTHON = (3, 12)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="test the existing build only")
    parser.add_argument("--startup-runs", type=int, default=5, metavar="N")
    args = parser.parse_args(argv)
    app = bundle.DIST / bundle.APP_NAME
    if not args.no_build:
        problem = check_environment()
        if problem:
            print(f"build_app.py: {problem}", file=sys.stderr)
            return 1
        build(app)
    elif not smoke.executable_in(app).exists():
        print(f"build_app.py: no build at {app}; run without --no-build", file=sys.stderr)
        return 1
    total, rows = metadata.size_table(app)
    print_sizes(app, total, rows)
    if sys.platform.startswith("linux") and shutil.which("readelf"):
        print_unlinked(app)
    glibc = metadata.glibc_required(app) if sys.platform.startswith("linux") else None
    if glibc:
        print(f"Runs on Linux with glibc >= {glibc[0]} (needed by {glibc[1]}); build on the "
              f"oldest distribution to support.")
    passed, checks = self_tests(app)
    startup = time_startup(app, runs=args.startup_runs) if passed else {}
    info = metadata.write_build_info(
        app / "BUILD-INFO.json", version=smoke.app_version(smoke.executable_in(app)),
        commit=metadata.git_commit(bundle.ROOT), size_bytes=total,
        size_mib=round(total / metadata.MIB, 1),
        glibc_required=glibc[0] if glibc else None, self_test=checks,
        startup_seconds=startup)
    print(f"\nBuilt {app} ({info['size_mib']} MiB); self-test "
          f"{'passed' if passed else 'FAILED'}; details in {app / 'BUILD-INFO.json'}")
    return 0 if passed else 1


def check_environment() -> str | None:
    """Why this interpreter cannot build the app, or None when it can."""
    if sys.version_info < MIN_PYTHON:
        return (f"Python {sys.version.split()[0]} is too old: the frozen app embeds this "
                f"interpreter, and PySide6 6.12 on Python 3.11 corrupts the reference count of "
                f"None. Use Python 3.12 or later (python3 build/dev.py package picks it).")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return ("PyInstaller is not installed here; run `python3 build/dev.py package`, or "
                "`pip install -e .[package]` in this environment.")
    return None


def build(app: Path) -> None:
    """Stage, draw icons, freeze, and finish the app folder."""
    import icons

    print("build_app.py: staging the package", flush=True)
    bundle.stage_package()
    version = bundle.read_version()
    icons.write_icons(bundle.ROOT / "resources" / "appicon" / "windtunnel.svg", bundle.ICONS)
    (bundle.WORK / "version-info.txt").write_text(metadata.windows_version_resource(version),
                                                  encoding="utf-8")
    print(f"build_app.py: freezing Windtunnel {version} with PyInstaller (a few minutes)",
          flush=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", str(bundle.BUILD / "windtunnel.spec"),
                    "--noconfirm", "--log-level", "WARN", "--distpath", str(bundle.DIST),
                    "--workpath", str(bundle.WORK / "pyinstaller")], check=True, cwd=bundle.ROOT)
    if sys.platform.startswith("linux"):
        saved = strip_debug_info(app)
        if saved:
            print(f"build_app.py: stripped debug sections and symbol tables, "
                  f"{saved / metadata.MIB:.1f} MiB saved")
        saved = trim_icu_data(app)
        if saved:
            print(f"build_app.py: ICU data trimmed to the services Qt calls (build/icudata.py), "
                  f"{saved / metadata.MIB:.1f} MiB saved")
        add_linux_desktop_files(app)


def strip_debug_info(app: Path) -> int:
    """Remove what the dynamic loader never reads from the bundled shared libraries and
    extension modules: debug sections and the static symbol table (``strip
    --strip-unneeded``); return the bytes saved.

    Only files with a ``.symtab`` or ``.debug_info`` section are touched (the interpreter
    when Python was built from source has 30 MiB of debug sections; wheels' libraries keep
    symbol tables worth 4 MiB in all). The dynamic symbols that linking and ``dlsym`` use
    stay, and so do Qt's plugin metadata. The executable is left alone: PyInstaller appends
    the Python modules to it, and strip would cut them off.
    """
    strip, readelf = shutil.which("strip"), shutil.which("readelf")
    if not strip or not readelf:
        print("build_app.py: binutils not found, debug sections kept (the app is larger)")
        return 0
    saved = 0
    for path in sorted(app.rglob("*")):
        if not path.is_file() or path.is_symlink() or not is_shared_object(path.name):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        sections = subprocess.run([readelf, "-S", "-W", str(path)], capture_output=True,
                                  text=True).stdout
        if ".symtab" not in sections and ".debug_info" not in sections:
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def trim_icu_data(app: Path) -> int:
    """Rewrite the bundled ICU data library without the data of ICU services Qt never calls
    (see build/icudata.py); return the bytes saved."""
    import icudata

    return sum(icudata.trim_library(path) for path in sorted(app.rglob("libicudata.so*"))
               if path.is_file() and not path.is_symlink())


def is_shared_object(name: str) -> bool:
    """A shared library or extension module by its name (``libfoo.so.6``, ``x.abi3.so``)."""
    return name.endswith(".so") or ".so." in name


def add_linux_desktop_files(app: Path) -> None:
    """share/ (desktop entry, MIME type, hicolor icons) and the script that installs them."""
    share = app / "share"
    if share.exists():
        shutil.rmtree(share)
    source = bundle.ROOT / "resources"
    (share / "applications").mkdir(parents=True)
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(source / "desktop" / "windtunnel.desktop", share / "applications")
    shutil.copy2(source / "desktop" / "windtunnel-mime.xml",
                 share / "mime" / "packages" / "windtunnel.xml")
    for png in sorted(bundle.ICONS.glob("windtunnel-*.png")):
        size = png.stem.split("-")[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(png, target / "windtunnel.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(source / "appicon" / "windtunnel.svg", scalable)
    shutil.copy2(bundle.BUILD / "linux" / "install-desktop-integration.sh", app)


def print_sizes(app: Path, total: int, rows: list[tuple[str, int]]) -> None:
    verdict = "met" if total <= SIZE_TARGET_MIB * metadata.MIB else "NOT met"
    print(f"\nSize of {app}: {total / metadata.MIB:.1f} MiB on disk, {total / 1e6:.1f} MB "
          f"(target <= {SIZE_TARGET_MIB} MiB, as du -sh counts: {verdict})")
    for name, size in rows:
        print(f"  {size / metadata.MIB:7.1f} MiB  {name}")


def print_unlinked(app: Path) -> None:
    """Name the bundled libraries nothing bundled links (candidates for build/bundle.py's
    DROPPED_FILES once the self-test passes without them)."""
    unlinked = metadata.unlinked_libraries(app)
    if not unlinked:
        print("Every bundled library is linked by another bundled file.")
        return
    print(f"Bundled libraries that no bundled file links ({len(unlinked)}; Qt may still "
          f"open some by name, so drop one only when the self-test passes without it):")
    for inside in unlinked:
        print(f"  {metadata.disk_usage(app / inside) / metadata.MIB:7.2f} MiB  {inside}")


def self_tests(app: Path) -> tuple[bool, dict[str, str]]:
    """The frozen self-test without network (offscreen, then on an X display if possible) and
    the headless command line."""
    executable = smoke.executable_in(app)
    outcomes: dict[str, str] = {}
    passed = True
    with smoke.virtual_display() as display:
        for label, where in (("offscreen", None), ("X display (Xvfb)", display)):
            if label != "offscreen" and where is None:
                continue
            result, how = smoke.run_self_test(executable, display=where)
            ok = result.returncode == 0
            passed = passed and ok
            outcomes[label] = f"{'passed' if ok else 'FAILED'}; offline: {how}"
            print(f"\nSelf-test, {label}, offline ({how}): exit {result.returncode}")
            print(result.stdout.rstrip())
            if not ok:
                print(result.stderr.rstrip())
    prefix, how = smoke.offline_prefix()
    print(f"\nCommand line, {'offline (' + how + ')' if prefix else 'network not fenced: ' + how}:")
    for command, ok, output in smoke.run_command_line(executable):
        passed = passed and ok
        outcomes[command] = "passed" if ok else "FAILED"
        print(f"  {'ok  ' if ok else 'FAIL'}  {command}" + ("" if ok else f"\n{output}"))
    return passed, outcomes


def time_startup(app: Path, *, runs: int) -> dict[str, dict[str, float]]:
    """Median seconds from launch to the first painted window (wall and CPU), per display."""
    import os
    import statistics

    figures: dict[str, dict[str, float]] = {}
    with smoke.virtual_display() as display:
        for label, where in (("offscreen", None), ("xvfb", display)):
            if label != "offscreen" and where is None:
                continue
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
            samples = smoke.measure_startup([str(smoke.executable_in(app))], runs=runs,
                                            display=where)
            median = statistics.median(s.wall for s in samples)
            cpus = [s.cpu for s in samples if s.cpu is not None]
            figures[label] = {"median_wall": round(median, 3)} | (
                {"median_cpu": round(statistics.median(cpus), 3)} if cpus else {}) | (
                {"load_average": round(load, 2)} if load is not None else {})
            verdict = "met" if median <= STARTUP_TARGET_S else "NOT met"
            busy = "" if load is None else f"; load average {load:.2f}"
            print(f"Start-up to a painted window, {label}: {smoke.summarise(samples)} "
                  f"(target <= {STARTUP_TARGET_S} s: {verdict}{busy})")
    return figures


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
