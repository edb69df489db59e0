"""The archive guard every .xlsx import passes first: zip bombs and DTDs are refused before
anything is unpacked (see :mod:`windtunnel.io.xlsx.reader`).

The DTD scan unpacks every XML part; :class:`UnpackedParts` keeps what it unpacked (up to
:data:`KEPT_BYTES` in all), so that the sheets and the parts around them are read from
those bytes rather than unpacked a second time.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from ...errors import LoadError, Problem
from ...language import translate
from ..tables import LIMITS, Limits

__all__ = ["check_archive", "part_place", "UnpackedParts", "KEPT_BYTES"]

#: The most unpacked bytes :class:`UnpackedParts` keeps; parts past it are unpacked again
#: when read (a workbook a table import reads holds a few megabytes).
KEPT_BYTES = 32 * 2**20


#: What unpacking a damaged part raises.
_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError)


class UnpackedParts:
    """A zip archive read as :class:`zipfile.ZipFile` is (``infolist``, ``namelist``,
    ``open``, ``read``), each part unpacked once: a part opened by its entry (as the DTD
    scan opens each) is unpacked whole and kept while the kept bytes stay within
    :data:`KEPT_BYTES`, and opening it again, by its entry or its name, reads the kept
    bytes. Kept by entry, not name: an archive that names two parts alike has each
    scanned, and a name opens the entry ``zipfile`` opens for it. A part that cannot be
    unpacked whole is not kept: the scan streams it and stops where it did before (at a
    DTD in its first bytes, or at the damage)."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self._kept: dict[zipfile.ZipInfo, bytes] = {}
        self._room = KEPT_BYTES

    def infolist(self) -> list[zipfile.ZipInfo]:
        return self.archive.infolist()

    def namelist(self) -> list[str]:
        return self.archive.namelist()

    def open(self, part: str | zipfile.ZipInfo):
        """A stream of the part's bytes (``KeyError`` for a name the archive lacks)."""
        info = part if isinstance(part, zipfile.ZipInfo) else self.archive.getinfo(part)
        data = self._kept.get(info)
        if data is None and info.file_size <= self._room and part is info:
            try:
                with self.archive.open(info) as handle:
                    data = handle.read()
            except _DAMAGE:        # streamed instead, to fail where the reader reaches
                data = None
            else:
                self._kept[info] = data
                self._room -= len(data)
        return self.archive.open(info) if data is None else io.BytesIO(data)

    def read(self, part: str) -> bytes:
        with self.open(part) as handle:
            return handle.read()


def check_archive(archive: zipfile.ZipFile | UnpackedParts, *,
                  limits: Limits = LIMITS) -> None:
    """Refuse a zip archive whose directory promises more than a spreadsheet holds.

    Sizes come from the central directory, so bombs are refused before anything is
    unpacked; XML parts within the bounds are then scanned for DTDs as a stream.
    """
    infos = archive.infolist()
    if len(infos) > limits.parts:
        raise LoadError(Problem("", translate("archive", "the archive has {count:,} parts; a "
                                                         "workbook has at most {parts:,}").format(
                                        count=len(infos), parts=limits.parts)))
    total = 0
    for info in infos:
        name = info.filename
        if info.file_size > limits.part_bytes:
            raise LoadError(Problem(part_place(name), translate("archive", "unpacks to {file_size:,.0f} MB; the "
                                                                      "limit is {part_bytes} MB").format(
                                                     file_size=info.file_size / 2**20, part_bytes=limits.part_bytes // 2**20)))
        if info.file_size > limits.ratio_from and (
                info.compress_size == 0 or info.file_size / info.compress_size > limits.ratio):
            ratio = info.file_size / max(info.compress_size, 1)
            raise LoadError(Problem(part_place(name), translate("archive", "is compressed {ratio:,.0f} to 1, more "
                                                                      "than any real spreadsheet ({ratio2:.0f} "
                                                                      "to 1): refused as a possible zip bomb").format(
                                                     ratio=ratio, ratio2=limits.ratio)))
        total += info.file_size
        if total > limits.total_bytes:
            raise LoadError(Problem("", translate("archive", "the archive unpacks to more than "
                                                             "{total_bytes} MB; refused").format(
                                            total_bytes=limits.total_bytes // 2**20)))
    for info in infos:
        if info.filename.endswith((".xml", ".rels", ".vml")):
            if _declares_dtd(archive, info):
                raise LoadError(Problem(part_place(info.filename),
                                        translate("archive", "declares a DTD or entities, which "
                                                             "spreadsheets never do: refused "
                                                             "(possible entity-expansion attack)")))


def _declares_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Scan a part (bounded by the checks above) for a DOCTYPE or ENTITY declaration."""
    tail = b""
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(2**20):
                window = tail + chunk
                if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                    return True
                tail = window[-16:]
    except _DAMAGE as exc:
        raise LoadError(Problem(part_place(info.filename), translate("archive", "is damaged ({exc})").format(
                                                          exc=exc))) from None
    return False


def part_place(name: str) -> str:
    """Where a problem of a part of the workbook's archive is (``part xl/workbook.xml``)."""
    return translate("archive", "part {name}").format(name=name)
