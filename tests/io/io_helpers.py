"""Helpers for the io tests: the data folders, read sheet XML back, rewrite parts of a zip
archive, write a workbook (:func:`write_workbook`, shared with the hostile corpus), import
a table and list its edges and notes, or write a CSV and list a model's weights by label."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from defusedxml import ElementTree

from windtunnel.io import import_model

from workbooks import write_workbook  # noqa: F401  (the io tests import it from here)

#: Small hand-made files of other tools' formats.
DATA = Path(__file__).parents[1] / "data" / "io"
#: The real-file corpus: files other tools wrote, with their provenance.
REAL = Path(__file__).parents[1] / "data" / "real"
#: Files made to look like other tools' own (see PROVENANCE).
LOOKALIKE = REAL / "lookalike"
#: Parts of real files too large to keep whole (see PROVENANCE).
EXCERPT = REAL / "excerpt"

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def sheet_xml(data: bytes, title: str) -> bytes:
    """The raw XML of the sheet called ``title`` in the .xlsx bytes ``data``."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        for sheet in workbook.iter(f"{MAIN}sheet"):
            if sheet.get("name") == title:
                rid = sheet.get("{http://schemas.openxmlformats.org/officeDocument/2006/"
                                "relationships}id")
                target = targets[rid].lstrip("/")
                return archive.read(target if target.startswith("xl/") else "xl/" + target)
    raise KeyError(title)


def cells(data: bytes, title: str) -> dict[str, tuple[str | None, str | None, str]]:
    """ref -> (type attribute, style index, text or value) for every cell of a sheet."""
    root = ElementTree.fromstring(sheet_xml(data, title))
    out = {}
    for cell in root.iter(f"{MAIN}c"):
        formula = cell.find(f"{MAIN}f")
        if formula is not None:
            out[cell.get("r")] = ("formula", cell.get("s"), formula.text or "")
            continue
        text = "".join(t.text or "" for t in cell.iter(f"{MAIN}t"))
        value = cell.find(f"{MAIN}v")
        out[cell.get("r")] = (cell.get("t"), cell.get("s"),
                              text if cell.get("t") == "inlineStr" else
                              (value.text if value is not None else ""))
    return out


def quote_prefixed_styles(data: bytes) -> set[str]:
    """Indices of the cell formats (cellXfs) that carry quotePrefix."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    xfs = styles.find(f"{MAIN}cellXfs")
    return {str(i) for i, xf in enumerate(xfs) if xf.get("quotePrefix") in ("1", "true")}


def rewrite_part(data: bytes, name: str, content: bytes) -> bytes:
    """A copy of the zip ``data`` with part ``name`` replaced by (or added as) ``content``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, content if info.filename == name
                            else source.read(info.filename))
        if name not in source.namelist():
            target.writestr(name, content)
    return out.getvalue()


def edges_and_notes(path, text: str) -> tuple[list, list[str]]:
    """The edges (source, target, weight) and the notes of importing ``text`` as ``path``."""
    path.write_text(text)
    imported = import_model(path)
    return ([(e.source, e.target, e.weight) for e in imported.model.edges],
            [n.message for n in imported.notes])


def csv_file(tmp_path, text: str, name: str = "edges.csv"):
    """``text`` written as the UTF-8 file ``name`` in ``tmp_path``; its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def weights_by_label(model) -> dict[tuple[str, str], float]:
    """The weight of each edge of ``model``, keyed by its ends' labels."""
    labels = {n.id: n.label for n in model.nodes}
    return {(labels[e.source], labels[e.target]): e.weight for e in model.edges}
