"""Trim ICU's data library in the frozen Linux app to the data of the ICU services Qt calls.

PySide6's Qt Core on Linux links ICU (libicuuc, libicui18n and libicudata, whose one exported
symbol, ``icudt<NN>_dat``, is ICU's whole data set as one "common data" package: 30 MiB).
The ICU functions Qt imports (``readelf --dyn-syms`` on every bundled library: only
libQt6Core imports any) are collation (``ucol_*``: QCollator, the sorting of Qt's own file
dialog), text encodings beyond Unicode (``ucnv_*``: QStringDecoder, HTML on the clipboard),
calendars and time-zone names (``ucal_*``: QTimeZone) and locale case mapping
(``u_strToUpper``/``u_strToLower``, whose tables are compiled into libicuuc). None of them
reads the data of ICU's other services, which :data:`DROPPED_TREES` names; this module
rewrites the library without them. Everything else (collation, converters, time zones,
locale data, normalisation) stays whole, in every language, since the system locale decides
what Qt asks for. The self-test's ICU check (app/selftest.py) proves the services still
answer in the frozen app.

ICU's common data format: a header (its own size first), then a table of contents (a count,
then per item the offsets of its name and of its data, from the table's start), the names,
and the items, each starting on a 16-byte boundary. Items are sorted by name, because ICU
looks them up by binary search. The library is rewritten as the smallest shared object the
dynamic loader accepts: the data, its one symbol and its soname, nothing to relocate.

Standard library only; ELF64 little-endian (x86-64, AArch64); any other library is left alone.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

__all__ = ["DROPPED_TREES", "read_data_library", "split_common_data", "join_common_data",
           "write_data_library", "trim_library"]

#: Data trees of ICU services Qt never calls: break iteration (with its Chinese, Japanese,
#: Thai, Khmer, Lao and Burmese dictionaries), measurement units', currencies', languages'
#: and regions' display names, transliteration, and rule-based number spelling.
DROPPED_TREES = ("brkitr", "unit", "curr", "lang", "region", "translit", "rbnf")

_SYMBOL = re.compile(rb"icudt\d+_dat")
_ALIGN = 16
_FILL = b"\xaa"  # what ICU's own packaging tools pad with
_PAGE = 0x10000  # segments aligned for the largest page size Linux uses (AArch64's 64 KiB)
# ELF constants: section types, dynamic tags, program header types and flags.
_SHT_PROGBITS, _SHT_STRTAB, _SHT_HASH, _SHT_DYNAMIC, _SHT_DYNSYM = 1, 3, 5, 6, 11
_DT_NULL, _DT_HASH, _DT_STRTAB, _DT_SYMTAB, _DT_STRSZ, _DT_SYMENT, _DT_SONAME = (
    0, 4, 5, 6, 10, 11, 14)
_PT_LOAD, _PT_DYNAMIC, _PT_GNU_STACK = 1, 2, 0x6474E551
_PF_W, _PF_R = 2, 4
_SHF_WRITE, _SHF_ALLOC = 1, 2
_ET_DYN, _GLOBAL_OBJECT = 3, 0x11
_EHDR, _PHDR, _SHDR, _SYM, _DYN = 64, 56, 64, 24, 16


def _pad(size: int, alignment: int) -> int:
    return -size % alignment


def read_data_library(path: Path) -> tuple[str, str, int, bytes] | None:
    """(soname, symbol name, ELF machine, data) of an ICU data library, or None when it is
    not an ELF64 little-endian shared object exporting ``icudt<NN>_dat``."""
    blob = path.read_bytes()
    if blob[:6] != b"\x7fELF\x02\x01" or struct.unpack_from("<H", blob, 16)[0] != 3:
        return None
    machine = struct.unpack_from("<H", blob, 18)[0]
    shoff, = struct.unpack_from("<Q", blob, 40)
    shentsize, shnum = struct.unpack_from("<HH", blob, 58)
    sections = [struct.unpack_from("<IIQQQQIIQQ", blob, shoff + i * shentsize)
                for i in range(shnum)]

    def string(table: int, offset: int) -> bytes:
        start = sections[table][4] + offset
        return blob[start:blob.index(b"\0", start)]

    soname = symbol = data = None
    for _, kind, _, _, offset, size, link, _, _, entsize in sections:
        if kind == _SHT_DYNAMIC:
            for at in range(offset, offset + size, _DYN):
                tag, value = struct.unpack_from("<qQ", blob, at)
                if tag == _DT_SONAME:
                    soname = string(link, value)
        elif kind == _SHT_DYNSYM:
            for at in range(offset + entsize, offset + size, entsize):
                name, _, _, index, value, length = struct.unpack_from("<IBBHQQ", blob, at)
                if _SYMBOL.fullmatch(string(link, name)) and 0 < index < shnum:
                    symbol = string(link, name)
                    home = sections[index]
                    start = home[4] + value - home[3]
                    data = blob[start:start + length]
    if not (soname and symbol and data):
        return None
    return soname.decode(), symbol.decode(), machine, data


def split_common_data(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, item) pairs of an ICU common data package."""
    header_size, magic = struct.unpack_from("<H2s", data, 0)
    if magic != b"\xda\x27":
        raise ValueError("not ICU common data (no 0xda27 magic)")
    count, = struct.unpack_from("<I", data, header_size)
    table = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in table[1:]] + [len(data) - header_size]
    items = []
    for (name_at, data_at), end in zip(table, ends):
        start = header_size + name_at
        name = data[start:data.index(b"\0", start)].decode("ascii")
        items.append((name, data[header_size + data_at:header_size + end]))
    return data[:header_size], items


def join_common_data(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package from its header and (name, item) pairs (sorted by name)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    first = table_size + len(names)
    first += _pad(len(header) + first, _ALIGN)
    table = [struct.pack("<I", len(items))]
    body = bytearray()
    name_at = table_size
    for name, item in items:
        table.append(struct.pack("<II", name_at, first + len(body)))
        name_at += len(name) + 1
        body += item + _FILL * _pad(len(item), _ALIGN)
    layout = header + b"".join(table) + names
    return layout + _FILL * _pad(len(layout), _ALIGN) + bytes(body)


def write_data_library(path: Path, *, soname: str, symbol: str, machine: int,
                       data: bytes) -> None:
    """Write a shared object that exports ``data`` as the object ``symbol``.

    Layout: ELF header, program headers, the symbol hash table, symbols and strings, then the
    data, all in one read-only segment from the file's start; on a page of its own the dynamic
    section (writable: the loader adjusts it in place); then the section names and headers,
    which only tools such as readelf and strip read.
    """
    strings = b"\0" + soname.encode() + b"\0" + symbol.encode() + b"\0"
    names = ["", ".hash", ".dynsym", ".dynstr", ".rodata", ".dynamic", ".shstrtab"]
    name_at = [sum(len(n) + 1 for n in names[:i]) for i in range(len(names))]
    section_names = b"".join(n.encode() + b"\0" for n in names)
    segment_count = 4
    hash_at = _EHDR + segment_count * _PHDR
    hash_table = struct.pack("<5I", 1, 2, 1, 0, 0)  # one bucket holding symbol 1; chains end
    symbols_at = hash_at + len(hash_table)
    strings_at = symbols_at + 2 * _SYM
    data_at = strings_at + len(strings)
    data_at += _pad(data_at, _ALIGN)
    data_end = data_at + len(data)
    dynamic_at = data_end + _pad(data_end, _PAGE)
    dynamic = b"".join(struct.pack("<qQ", tag, value) for tag, value in (
        (_DT_SONAME, 1), (_DT_HASH, hash_at), (_DT_STRTAB, strings_at),
        (_DT_SYMTAB, symbols_at), (_DT_STRSZ, len(strings)), (_DT_SYMENT, _SYM), (_DT_NULL, 0)))
    names_at = dynamic_at + len(dynamic)
    sections_at = names_at + len(section_names)
    sections_at += _pad(sections_at, 8)
    rodata = names.index(".rodata")
    symbols = bytes(_SYM) + struct.pack("<IBBHQQ", 2 + len(soname), _GLOBAL_OBJECT, 0, rodata,
                                        data_at, len(data))
    header = struct.pack("<4s5B7xHHIQQQIHHHHHH", b"\x7fELF", 2, 1, 1, 0, 0, _ET_DYN, machine,
                         1, 0, _EHDR, sections_at, 0, _EHDR, _PHDR, segment_count, _SHDR,
                         len(names), names.index(".shstrtab"))
    dynamic_segment = (dynamic_at, dynamic_at, dynamic_at, len(dynamic), len(dynamic))
    segments = b"".join(struct.pack("<IIQQQQQQ", *segment) for segment in (
        (_PT_LOAD, _PF_R, 0, 0, 0, data_end, data_end, _PAGE),
        (_PT_LOAD, _PF_R | _PF_W, *dynamic_segment, _PAGE),
        (_PT_DYNAMIC, _PF_R | _PF_W, *dynamic_segment, 8),
        (_PT_GNU_STACK, _PF_R | _PF_W, 0, 0, 0, 0, 0, 16)))  # no executable stack
    link = names.index
    section_table = b"".join(struct.pack("<IIQQQQIIQQ", name_at[i], *section)
                             for i, section in enumerate((
        (0, 0, 0, 0, 0, 0, 0, 0, 0),
        (_SHT_HASH, _SHF_ALLOC, hash_at, hash_at, len(hash_table), link(".dynsym"), 0, 8, 4),
        (_SHT_DYNSYM, _SHF_ALLOC, symbols_at, symbols_at, 2 * _SYM, link(".dynstr"), 1, 8,
         _SYM),
        (_SHT_STRTAB, _SHF_ALLOC, strings_at, strings_at, len(strings), 0, 0, 1, 0),
        (_SHT_PROGBITS, _SHF_ALLOC, data_at, data_at, len(data), 0, 0, _ALIGN, 0),
        (_SHT_DYNAMIC, _SHF_ALLOC | _SHF_WRITE, dynamic_at, dynamic_at, len(dynamic),
         link(".dynstr"), 0, 8, _DYN),
        (_SHT_STRTAB, 0, 0, names_at, len(section_names), 0, 0, 1, 0))))
    image = bytearray(header + segments + hash_table + symbols + strings)
    image += bytes(data_at - len(image)) + data
    image += bytes(dynamic_at - len(image)) + dynamic + section_names
    image += bytes(sections_at - len(image)) + section_table
    path.write_bytes(bytes(image))


def _tree(name: str) -> str:
    """The tree of an item ("icudt73l/brkitr/cjdict.dict" -> "brkitr"); "" at the top."""
    parts = name.split("/")
    return parts[1] if len(parts) > 2 else ""


def trim_library(path: Path, *, dropped: tuple[str, ...] = DROPPED_TREES) -> int:
    """Rewrite the ICU data library at ``path`` without the items under the ``dropped`` trees;
    return the bytes saved (0 when ``path`` is not a library this module can read)."""
    found = read_data_library(path)
    if found is None:
        return 0
    soname, symbol, machine, data = found
    header, items = split_common_data(data)
    kept = [(name, item) for name, item in items if _tree(name) not in dropped]
    before = path.stat().st_size
    write_data_library(path, soname=soname, symbol=symbol, machine=machine,
                       data=join_common_data(header, kept))
    return before - path.stat().st_size
