"""The one safe way imports parse XML: defusedxml with DTDs forbidden.

Entity expansion ("billion laughs"), external entities and DTD tricks are refused before any
element is built; no interchange format Windtunnel reads (GraphML, GEXF, Mental Modeler)
needs a DTD. A malformed file is refused with the line and column the parser stopped at.
"""

from __future__ import annotations

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from ..errors import LoadError, Problem
from ..language import translate

__all__ = ["parse_xml"]


def parse_xml(data: bytes | str, kind: str):
    """The root element of ``data``; LoadError naming ``kind`` (e.g. "GEXF") when unsafe or
    not XML."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise LoadError(Problem("", translate("xmlsafe", "refused unsafe XML ({name__}): {kind} "
                                                         "files do not need a DTD or entities").format(
                                        name__=type(exc).__name__, kind=kind))) from None
    except SafeET.ParseError as exc:
        raise LoadError(Problem(translate("locations", "line {line}, column {column}").format(
                                    line=exc.position[0], column=exc.position[1]),
                                translate("xmlsafe", "not valid XML"))) from None
