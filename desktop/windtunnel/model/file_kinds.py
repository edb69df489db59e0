"""Files that are not text, named by what they are, before a text format reads them (a
model file, or an import's CSV, GraphML, GEXF, Mental Modeler or JSON).

A workbook renamed ``.csv`` or ``.wtm``, an old ``.xls`` or a PDF saved under a map's
name, an image or a compressed file: read as text, each was refused for its bytes, with
advice about encodings that did not apply ("byte 0x85 is not UTF-8 ... a character in
another encoding was pasted in?", "byte 12: the file is not UTF-8 text"). Their first bytes say what they are, so the refusal says it,
and what to do.
"""

from __future__ import annotations

from ..errors import LoadError, Problem
from ..language import translate

__all__ = ["refuse_binary"]


def _kinds() -> tuple[tuple[bytes, str, str], ...]:
    """(first bytes, what the file is, what to do), in the current language."""
    workbook = translate("file_kinds", "if it is a workbook, give it the .xlsx extension "
                                       "and import it again")
    office = translate("file_kinds", "open it in Excel and save it as an .xlsx workbook or "
                                     "as CSV UTF-8, then import that")
    return (
        (b"PK\x03\x04", translate("file_kinds", "a zip archive (as an Excel .xlsx workbook "
                                                "is)"), workbook),
        (b"PK\x05\x06", translate("file_kinds", "an empty zip archive"), workbook),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
         translate("file_kinds", "an old-style Office file (an Excel .xls workbook, or a "
                                 "workbook protected by a password)"), office),
        (b"%PDF-", translate("file_kinds", "a PDF document"),
         translate("file_kinds", "export the map from the program that made it as a table "
                                 "or a graph file")),
        (b"\x89PNG\r\n\x1a\n", translate("file_kinds", "a PNG image"),
         translate("file_kinds", "a picture of a map holds no nodes to read")),
        (b"\xff\xd8\xff", translate("file_kinds", "a JPEG image"),
         translate("file_kinds", "a picture of a map holds no nodes to read")),
        (b"\x1f\x8b", translate("file_kinds", "a compressed (gzip) file"),
         translate("file_kinds", "uncompress it and import the file inside")),
    )


def refuse_binary(head: bytes, read_as: str) -> None:
    """Refuse a file whose first bytes ``head`` show it is no text (a zip archive, an old
    Office file, a PDF, an image, a gzip file), naming what it is; ``read_as`` is the
    text its name promised (its extension, such as ``.csv``; "" for none)."""
    for start, kind, advice in _kinds():
        if not head.startswith(start):
            continue
        if read_as:
            message = translate("file_kinds", "is {kind}, not the {read_as} text its name "
                                              "says: {advice}")
        else:
            message = translate("file_kinds", "is {kind}, not text: {advice}")
        raise LoadError(Problem("", message.format(kind=kind, read_as=read_as,
                                                   advice=advice)))
