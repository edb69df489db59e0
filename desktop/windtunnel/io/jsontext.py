"""Other tools' JSON files read as text and parsed, every failure located.

Mental Modeler's projects and Kumu's blueprints are JSON: UTF-8 (with or without a mark)
or, saved by Windows Notepad as "Unicode", UTF-16 with its mark. Numbers no double holds
and lone surrogates are found as in model files (:func:`windtunnel.model.jsonscan.load_json`)
and refused by their JSON path; text that is not JSON is refused at its line and column.
"""

from __future__ import annotations

import codecs
import json

from ..errors import LoadError, Problem
from ..language import translate
from ..model import jsonscan

__all__ = ["UTF16_MARKS", "json_text", "parsed_json"]

#: The byte-order marks of UTF-16 text (little- and big-endian).
UTF16_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def json_text(data: bytes) -> str:
    """A JSON file's text: UTF-16 after its mark, else UTF-8 (a mark dropped). Bytes that
    are not that text are refused at the first bad byte, as broken UTF-16 when the file
    starts with its mark (not as "not UTF-8 text", which it never claimed to be)."""
    utf16 = data.startswith(UTF16_MARKS)
    try:
        return data.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as exc:
        message = (translate("jsontext", "the file starts with a UTF-16 byte-order mark but "
                                         "is not valid UTF-16 text") if utf16 else
                   translate("jsontext", "the file is not UTF-8 text"))
        raise LoadError(Problem(translate("locations", "byte {byte}").format(byte=exc.start),
                                message)) from None


def parsed_json(text: str, *, decoded: bool = False) -> object:
    """The JSON value of ``text``; LoadError at the place it stops being JSON, or naming
    each value no model can hold by its path. ``decoded``: the text came from
    :func:`json_text` (a strict decoder), so only escapes may hold a lone surrogate."""
    try:
        raw, unfit = jsonscan.load_json(text, decoded=decoded)
    except json.JSONDecodeError as exc:
        raise LoadError(jsonscan.refusal(exc, text, translate(
            "jsontext", "not valid JSON ({msg})"))) from None
    except RecursionError:
        raise LoadError(Problem("", translate("jsontext", "not valid JSON (nested too "
                                                          "deeply)"))) from None
    if unfit:                           # lone surrogates, huge numbers: by JSON path
        raise LoadError(unfit)
    return raw
