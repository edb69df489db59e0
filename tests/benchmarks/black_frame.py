"""Does the window ever show black before its first paint, on a real X display?

Starts a private Xvfb with the openbox window manager (the root window painted a known
colour), launches ``python -m windtunnel`` on the bundled model with a fresh settings
folder, grabs the whole screen every 50 ms (xwd) until the window has painted and settled,
then reads every frame: the share of the window's area that is pure black (#000000), frame
by frame. A window that maps before it paints shows up as a frame whose window area is
mostly black. Prints the frames' figures and a verdict; never asserts.

    .venv/bin/python tests/benchmarks/black_frame.py [--seconds 8]

Needs Xvfb, openbox, xsetroot, xwd, xwininfo and ImageMagick's convert (Debian packages).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))

import smoke  # noqa: E402

ROOT_COLOUR = "#3366aa"
TOOLS = ("Xvfb", "openbox", "xsetroot", "xwd", "xwininfo", "convert")


def window_geometry(display: str) -> tuple[int, int, int, int] | None:
    """(x, y, width, height) of the Windtunnel window on ``display``, or None."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True).stdout
    for line in tree.splitlines():
        match = re.search(r'"[^"]*Windtunnel[^"]*".*?(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)',
                          line)
        if match and int(match[1]) > 200:
            w, h, x, y = map(int, match.groups())
            return x, y, w, h
    return None


def shares(png: Path, box: tuple[int, int, int, int]) -> tuple[float, float]:
    """The shares of ``box`` in the picture that are pure black, and the root window's
    colour (a window mapped but not painted yet shows what is behind it), sampled every
    4th pixel."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    root = int(ROOT_COLOUR[1:], 16)
    x0, y0, w, h = box
    black = behind = total = 0
    for y in range(max(0, y0), min(image.height(), y0 + h), 4):
        for x in range(max(0, x0), min(image.width(), x0 + w), 4):
            pixel = image.pixel(x, y) & 0xFFFFFF
            total += 1
            black += pixel == 0
            behind += pixel == root
    return (black / total, behind / total) if total else (0.0, 0.0)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=15.0, help="how long to grab (default 15 s)")
    parser.add_argument("--keep", help="a folder to copy every frame into (PNG)")
    args = parser.parse_args(argv)
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        print("missing tools: " + ", ".join(missing))
        return 1
    print("load " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    with smoke.virtual_display() as display, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        xenv = {**os.environ, "DISPLAY": display}
        wm = subprocess.Popen(["openbox"], env=xenv, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        time.sleep(1.0)                    # openbox takes the screen before the app maps
        subprocess.run(["xsetroot", "-solid", ROOT_COLOUR], env=xenv, check=True)
        env = smoke.app_environment(display, home=folder / "home")
        started = time.monotonic()
        app = subprocess.Popen([sys.executable, "-m", "windtunnel"], env=env, cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        frames = []
        try:
            while time.monotonic() - started < args.seconds:
                at = time.monotonic() - started
                dump = folder / f"frame{len(frames):04d}.xwd"
                subprocess.run(["xwd", "-root", "-silent", "-out", str(dump)], env=xenv)
                frames.append((at, dump))
                time.sleep(max(0.0, 0.05 - (time.monotonic() - started - at)))
            box = window_geometry(display)     # where the window is (it does not move)
        finally:
            app.terminate()
            app.wait(20)
            wm.terminate()
            wm.wait(20)
        if box is None:
            print("the window never appeared")
            return 1
        worst = 0.0
        for at, dump in frames:
            png = dump.with_suffix(".png")
            subprocess.run(["convert", str(dump), str(png)], check=True)
            share, behind = shares(png, box)
            worst = max(worst, share)
            print(f"{at:5.2f} s  black {share:6.1%}, the desktop behind {behind:6.1%} of the "
                  "window's place", flush=True)
            if args.keep:
                shutil.copy(png, Path(args.keep) / png.name)
        print(f"{len(frames)} frames grabbed, window {box[2]}x{box[3]} at {box[0]},{box[1]}; "
              f"the most black in one frame: {worst:.1%} of the window "
              f"({'a black frame' if worst > 0.5 else 'no black frame'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
