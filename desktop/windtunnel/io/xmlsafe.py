"""The one safe way imports parse XML: defusedxml with DTDs forbidden.

Entity expansion ("billion laughs"), external entities and DTD tricks are refused before any
element is built; no interchange format Windtunnel reads (GraphML, GEXF, Mental Modeler)
needs a DTD. A malformed file is refused with the line and column the parser stopped at.

Two things the XML parser lets through are refused or handled here too:

- elements nested deeper than :data:`MAX_DEPTH` (no tool's graph nests so deep; the
  readers after the parse, networkx's among them, walk nested elements by recursion);
- a file that declares a multi-byte encoding (``Shift_JIS``, ``GB18030``, ``UTF-32``),
  which the XML parser does not decode itself: the bytes are decoded by Python's codec
  and parsed as text; an encoding no codec knows is refused by its name.
"""

from __future__ import annotations

import codecs
import re

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from ..errors import LoadError, Problem
from ..language import translate
from .tables import byte_place

__all__ = ["parse_xml", "MAX_DEPTH"]

#: The deepest nesting of elements a file may have (a yEd map with groups ten deep nests
#: about 70 elements).
MAX_DEPTH = 256
_DECLARED = re.compile(rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']{1,40})["']""")


def parse_xml(data: bytes | str, kind: str):
    """The root element of ``data``; LoadError naming ``kind`` (e.g. "GEXF") when unsafe,
    not XML, or nested deeper than :data:`MAX_DEPTH`."""
    root = _parsed(data, kind)
    _check_depth(root)
    return root


def _parsed(data: bytes | str, kind: str):
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:      # a DTD, an entity or an external reference declared
        raise LoadError(Problem("", translate(
            "xmlsafe", "refused unsafe XML (a DTD or entity declaration): {kind} files do not "
                       "need one").format(kind=kind))) from None
    except SafeET.ParseError as exc:
        _refuse_undeclared_encoding(data)
        raise LoadError(Problem(translate("locations", "line {line}, column {column}").format(
                                    line=exc.position[0], column=exc.position[1]),
                                translate("xmlsafe", "not valid XML"))) from None
    except (ValueError, LookupError):     # an encoding the XML parser does not decode
        if not isinstance(data, bytes):
            raise LoadError(Problem("", translate("xmlsafe", "not valid XML"))) from None
        return _parsed(_decoded(data), kind)


def _refuse_undeclared_encoding(data: bytes | str) -> None:
    """Refuse, at its byte, a file that declares no encoding (so is UTF-8, as XML says)
    and is not UTF-8: saved by an editor in a Windows code page, its accented letters are
    bytes no UTF-8 reader takes, which the XML parser calls only "not valid XML"."""
    if not isinstance(data, bytes) or _DECLARED.match(data) or data.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LoadError(Problem(byte_place(data, exc.start),
                                translate("xmlsafe", "the file declares no encoding, so it "
                                                     "is UTF-8, and this byte is not: save it "
                                                     "as UTF-8, or name its encoding in its "
                                                     "first line (<?xml version=\"1.0\" "
                                                     "encoding=\"windows-1252\"?>)"))) from None


def _decoded(data: bytes) -> str:
    """The text of ``data`` in the encoding its XML declaration names, the declaration
    left without it (the text is parsed as text)."""
    declared = _DECLARED.match(data)
    name = declared.group(1).decode("ascii", "replace") if declared else "?"
    try:
        codecs.lookup(name)
        text = data.decode(name)
    except LookupError:         # unknown, or a codec of bytes, not text (base64, zlib)
        raise LoadError(Problem("", translate("xmlsafe", "the file declares the encoding {name!r}, "
                                                         "which is not one Windtunnel knows; "
                                                         "save it as UTF-8").format(
                                        name=name[:40]))) from None
    except UnicodeError as exc:  # a decoding error has a place; idna's errors have none
        raise LoadError(Problem(translate("locations", "byte {byte}").format(byte=exc.start)
                                if isinstance(exc, UnicodeDecodeError) else "",
                                translate("xmlsafe", "not valid {name} text, though the file "
                                                     "declares that encoding").format(
                                    name=name[:40]))) from None
    return re.sub(r"""\A(\ufeff?\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""", r"\1",
                  text, count=1)


def _check_depth(root) -> None:
    """Refuse elements nested deeper than :data:`MAX_DEPTH` (walked level by level, without
    recursion)."""
    level, depth = [root], 1
    while level:
        if depth > MAX_DEPTH:
            raise LoadError(Problem("", translate("xmlsafe", "elements are nested more than "
                                                             "{max_depth} deep; no graph file "
                                                             "nests so deep").format(
                                            max_depth=MAX_DEPTH)))
        level = [child for element in level for child in element]
        depth += 1
