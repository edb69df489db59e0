"""Platform icons from the one SVG source, resources/appicon/windtunnel.svg, at build time.

Rasterised with Qt's own SVG renderer (QtSvg is already a dependency), so no image tool is
needed. Writes into a build folder, never into the source tree:

- ``windtunnel-<size>.png`` for 16 ... 1024 px (Linux hicolor theme, the window icon);
- ``windtunnel.ico`` (Windows): the 16 ... 256 px images, PNG-compressed, which Windows
  Vista and later read;
- ``windtunnel.icns`` (macOS): the PNG-based entries icp4 ... ic10 (16 ... 1024 px), which
  macOS 10.7 and later read.

Both containers are simple enough to write directly with :mod:`struct`, which keeps the
build free of extra packages (Pillow or iconutil, which exists only on macOS).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

__all__ = ["PNG_SIZES", "ICO_SIZES", "ICNS_TYPES", "render_png", "write_icons", "ico_bytes",
           "icns_bytes"]

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns element types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08",
              512: b"ic09", 1024: b"ic10"}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` x ``size`` PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication(sys.argv[:1])  # kept alive for later calls
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (ICONDIR, one ICONDIRENTRY per image, the data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: the 'icns' header, then one (type, length, PNG data) element per size."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for size in sorted(pngs) if size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(svg: Path, folder: Path) -> list[Path]:
    """Render every size and both containers into ``folder``; return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(svg, size) for size in PNG_SIZES}
    written = []
    for size, data in pngs.items():
        path = folder / f"windtunnel-{size}.png"
        path.write_bytes(data)
        written.append(path)
    for name, data in (("windtunnel.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
                       ("windtunnel.icns", icns_bytes(pngs))):
        (folder / name).write_bytes(data)
        written.append(folder / name)
    return written


if __name__ == "__main__":
    source = Path(__file__).resolve().parent.parent / "resources" / "appicon" / "windtunnel.svg"
    for written_path in write_icons(source, Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(written_path)
