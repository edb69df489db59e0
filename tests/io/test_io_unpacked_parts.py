"""A workbook's parts are unpacked once: the DTD scan keeps what it unpacked for the read,
and nothing the scan refused before gets through, or is refused in other words."""

from __future__ import annotations

import io
import zipfile

import pytest

from io_helpers import rewrite_part
from windtunnel.errors import LoadError
from windtunnel.io import import_model, model_workbook_bytes
from windtunnel.io.xlsx import archive as archive_module
from windtunnel.io.xlsx import workbook_tables

LAUGHS = b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n'
SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture
def workbook(small_model) -> bytes:
    return model_workbook_bytes(small_model)


def _unpackings(monkeypatch) -> list[str]:
    """The names of the parts ``zipfile`` opens from now on, in order."""
    opened: list[str] = []
    real = zipfile.ZipFile.open

    def counted(self, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return real(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", counted)
    return opened


def test_each_part_of_a_workbook_is_unpacked_once(workbook, monkeypatch):
    opened = _unpackings(monkeypatch)
    tables = workbook_tables(workbook)
    assert tables["Edges"].rows
    assert sorted(opened) == sorted(set(opened))
    assert SHEET in opened


def test_past_the_kept_bytes_a_part_is_unpacked_again_and_read_alike(workbook, monkeypatch):
    kept = workbook_tables(workbook)
    monkeypatch.setattr(archive_module, "KEPT_BYTES", 0)
    opened = _unpackings(monkeypatch)
    again = workbook_tables(workbook)
    assert opened.count(SHEET) == 2
    assert {name: (t.header, t.rows) for name, t in again.items()} == \
        {name: (t.header, t.rows) for name, t in kept.items()}


def _with_two_parts_named(data: bytes, name: str, first: bytes) -> bytes:
    """The archive with a part named ``name`` holding ``first`` before its own part."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == name:
                target.writestr(name, first)
            target.writestr(info.filename, source.read(info.filename))
    return out.getvalue()


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_two_parts_named_alike_are_each_scanned(workbook, tmp_path):
    """The first of two parts named alike declares a DTD: scanned by its entry, it is
    refused, though a name reads the second."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        body = archive.read(SHEET)
    path = tmp_path / "twice.xlsx"
    path.write_bytes(_with_two_parts_named(workbook, SHEET, LAUGHS + body))
    with pytest.raises(LoadError, match=f"twice.xlsx: part {SHEET}: declares a DTD"):
        import_model(path)


def _damaged_after(data: bytes, name: str, content: bytes) -> bytes:
    """The archive with part ``name`` holding ``content``, its last stored bytes spoilt, so
    that unpacking it fails past its first megabyte."""
    data = rewrite_part(data, name, content)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    end = start + info.compress_size
    return data[:end - 64] + bytes(64) + data[end:]


def test_a_part_declaring_a_dtd_before_its_damage_is_refused_for_the_dtd(workbook, tmp_path):
    """The scan stops at a DTD in a part's first megabyte, as it did before parts were
    kept: the part's damage further on is never reached."""
    filler = b"".join(b"<!-- %d -->" % k for k in range(200_000))   # incompressible enough
    path = tmp_path / "spoilt.xlsx"
    path.write_bytes(_damaged_after(workbook, SHEET, LAUGHS + b"<worksheet/>" + filler))
    with pytest.raises(LoadError, match=f"spoilt.xlsx: part {SHEET}: declares a DTD"):
        import_model(path)
