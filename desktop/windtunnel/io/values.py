"""Turn imported cell values into model values, forgivingly but never silently.

Each parser takes a raw cell (None, str, number, bool, date, FormulaCell, ErrorCell) and
returns the model value or raises :class:`CellProblem` with a message for the user; the
importers add the location. Forgiving means: numbers may come as text (``"0,5"`` with a
decimal comma, ``"50%"``; ``"1,000"``, which could be a thousand or 1.000, is refused),
booleans as yes/no/true/false/1/0, weights as Mental Modeler
labels (:data:`WEIGHT_LABELS`) and signs as words (:data:`SIGN_WORDS`).

Formulas are never evaluated: a formula where a number is wanted is refused (the user is
told to paste values); where text is wanted it becomes inert text and the importer notes
it (:func:`text`).
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime, time

from ..language import translate
from ..model import slugify
from ..model.vocabulary import MINUS, TakenIds
from .cells import ErrorCell, FormulaCell, MistypedCell, cell_text

__all__ = ["CellProblem", "is_blank", "text", "number", "reads_as_number", "whole", "boolean",
           "identifier", "id_list", "tag_list", "join_tags", "weight", "fuzzy_weight", "sign",
           "readings",
           "WEIGHT_LABELS", "SIGN_WORDS", "normal_header", "new_id", "TakenIds"]

#: Mental Modeler's influence labels and the weights it gives them (its CMapConstants:
#: high 1, medium 0.62, low 0.25), also accepted as ``+++``, ``++`` and ``+``.
WEIGHT_LABELS = {
    "h+": 1.0, "m+": 0.62, "l+": 0.25, "h-": -1.0, "m-": -0.62, "l-": -0.25,
    "+++": 1.0, "++": 0.62, "+": 0.25, "---": -1.0, "--": -0.62, "-": -0.25,
}

#: Words that give an edge's sign in a Kumu-style Type column (and the numbers 1 and -1,
#: which a GraphML ``type`` or ``sign`` attribute holds).
SIGN_WORDS = {
    **{w: 1 for w in ("+", "1", "+1", "positive", "pos", "increase", "increases", "reinforcing",
                      "reinforces", "promotes", "supports", "enables", "same")},
    **{w: -1 for w in ("-", "-1", "negative", "neg", "decrease", "decreases", "balancing",
                       "inhibits", "reduces", "opposes", "prevents", "hinders", "opposite")},
}

# LibreOffice writes boolean cells as these formulas; they are constants, read as such.
_CONSTANTS = {"=TRUE()": True, "=FALSE()": False, "=TRUE": True, "=FALSE": False}
_TRUE = {"true", "yes", "y", "1", "x", "lever", "wahr", "vrai"}
_FALSE = {"false", "no", "n", "0", "", "falsch", "faux"}
_SPACES = re.compile(r"[\s_]+")
_INTEGER = re.compile(r"\s*[-+]?\d{1,30}\s*\Z", re.ASCII)
#: A number as spreadsheets and people write it: ``-0.5``, ``.5``, ``1e-3``. Python's
#: float() also takes ``0.2_5``, ``1_0``, ``nan``, ``infinity`` and non-ASCII digits, which
#: no spreadsheet writes for a number: such text is refused, never read as 0.25 or 10.
_DECIMAL = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d{1,4})?\Z", re.ASCII)
#: A number whose digits before its exponent are not all 0: read as 0 (``1e-400``), it
#: would turn an edge the file gives a weight into none.
_NONZERO_MANTISSA = re.compile(r"[-+]?0*\.?0*[1-9]", re.ASCII)
#: Full-width digits, signs, points and letters (U+FF01 to U+FF5E), as a Chinese or
#: Japanese input method types ``０．５`` or ``－０．３`` into a text file: the number their
#: ASCII forms write (other non-ASCII digits are refused, as above).
_FULL_WIDTH = re.compile("[\uff01-\uff5e]")


def lost_to_zero(text: str) -> bool:
    """Whether a number's text, which ``float`` reads as 0, writes a number that is not 0
    (``1e-400``, nearer 0 than any double): read as 0, it would turn an edge the file gives
    a weight into none. The decimal comma's text (``1,5e-400``) is read alike."""
    return _NONZERO_MANTISSA.match(text.replace(",", ".")) is not None


def _ascii_form(full_width: re.Match) -> str:
    return chr(ord(full_width.group()) - 0xFEE0)


#: ``1,000`` or ``-12,500``: a comma that may group thousands (English Excel's ``#,##0``
#: format, quoted in a CSV file) or mark decimals (a European 1.000): refused, not guessed.
_GROUPED = re.compile(r"[-+]?[1-9]\d{0,2},\d{3}\Z", re.ASCII)


class CellProblem(ValueError):
    """A cell that cannot become the value its column needs; the message says why."""


def normal_header(value: object) -> str:
    """Header text for matching: lower case, spaces and underscores collapsed."""
    return _SPACES.sub(" ", cell_text(value).strip().lower())


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def mistyped_message(cell: MistypedCell) -> str:
    """Why a cell whose text is not the type its cell is marked with is refused."""
    if cell.marked == "boolean":
        message = translate("values", "holds {text!r} in a cell the workbook marks as TRUE or "
                                      "FALSE: the workbook is damaged, or the program that "
                                      "wrote it slipped; type the cell again in Excel")
    else:
        message = translate("values", "holds {text!r} in a cell the workbook marks as a "
                                      "number: the workbook is damaged, or the program that "
                                      "wrote it slipped; type the cell again in Excel")
    return message.format(text=cell.text)


def _refuse_formula(value, wanted: str) -> None:
    if isinstance(value, FormulaCell):
        raise CellProblem(translate("values", "is a formula ({text}); Windtunnel never "
                                              "evaluates formulas: replace it by its "
                                              "{wanted} (Paste Special > Values)").format(
                              text=_short(value.text), wanted=wanted))
    if isinstance(value, MistypedCell):
        raise CellProblem(mistyped_message(value))
    if isinstance(value, ErrorCell):
        raise CellProblem(translate("values", "holds the error value {text}, not a {wanted}").format(
                              text=value.text, wanted=wanted))


def text(value: object) -> str:
    """Any cell as text; a formula or error value becomes its inert text."""
    if type(value) is str:      # most cells, so the cheapest test first
        return value
    if isinstance(value, (FormulaCell, ErrorCell)):
        return value.text
    return cell_text(value)


def number(value: object, *, default: float | None = None) -> float | None:
    """A finite number, from a number or from text such as ``0.5``, ``0,5`` or ``50%``."""
    if is_blank(value):
        return default
    _refuse_formula(value, "number")
    if isinstance(value, bool):
        raise CellProblem(translate("values", "{text} is not a number").format(
                              text=text(value)))
    if isinstance(value, (date, time)):
        raise CellProblem(_date_problem(value))
    if isinstance(value, (int, float)):
        try:
            result = float(value)
        except OverflowError:            # a whole number past a double's range
            digits = int(value.bit_length() * 0.30103) + 1   # str() of it may be refused
            raise CellProblem(translate("values", "a whole number of about {digits:,} digits "
                                                  "is past the largest number Windtunnel "
                                                  "holds (about 1e308)").format(digits=digits)) from None
    else:
        raw = cell_text(value).strip()
        written = (raw if raw.isascii() else _FULL_WIDTH.sub(_ascii_form, raw)).replace(
            MINUS, "-")
        percent = written.endswith("%")
        cleaned = written.rstrip("%").strip()
        if "," in cleaned and "." not in cleaned and cleaned.count(",") == 1:
            if _GROUPED.match(cleaned):
                raise CellProblem(translate(
                    "values", "{raw!r} could be {thousands} (a comma between thousands) or "
                              "{decimal} (a decimal comma); write it without the comma, or "
                              "with a decimal point").format(
                        raw=raw, thousands=cleaned.replace(",", ""),
                        decimal=cleaned.replace(",", ".")))
            cleaned = cleaned.replace(",", ".")
        if not _DECIMAL.match(cleaned):
            raise CellProblem(translate("values", "{raw!r} is not a number").format(
                                  raw=_short(raw)))
        result = float(cleaned)
        if result == 0 and lost_to_zero(cleaned):
            raise CellProblem(translate("values", "{raw!r} is nearer 0 than any number "
                                                  "Windtunnel holds: write 0, or a number it "
                                                  "can hold").format(
                                  raw=_short(raw)))
        if percent:
            result /= 100
    if not math.isfinite(result):
        raise CellProblem(translate("values", "{text} is not a finite number").format(
                              text=text(value)))
    return result


#: The days a workbook counts its dates from (1900 and 1904 systems): a date cell on one
#: of them holds a time alone, a number below 1 formatted as a time of day.
_EPOCHS = (date(1899, 12, 30), date(1904, 1, 1))
#: A date fewer days than this from an epoch (before March 1900 or 1904) is a small number
#: formatted as a date (a weight of 1 to 10, or below 0, in a column of dates), not a
#: date anyone typed.
_NUMBER_DAYS = 60


def _date_problem(value: date | time) -> str:
    """Why a date or time cell is no number, showing it as a spreadsheet does: a time of
    day (a number below 1 formatted as a time, kept: its number is given) or a date (a
    weight such as ``1/2`` that Excel turned into 2 January, lost: it must be typed again),
    but for a date within :data:`_NUMBER_DAYS` of an epoch, a small number formatted as a
    date (kept: its number is given). Any number column says so (a weight, an initial
    value, a position)."""
    if isinstance(value, datetime) and value.date() in _EPOCHS:
        value = value.time()
    if isinstance(value, date):
        moment = (value.replace(tzinfo=None) if isinstance(value, datetime)
                  else datetime.combine(value, time()))
        days = [(moment - datetime.combine(epoch, time())).total_seconds() / 86_400
                for epoch in _EPOCHS]
        near = [number for number in days if abs(number) < _NUMBER_DAYS]
        if near:
            return translate("values", "is the number {number:g} formatted as a date: format "
                                       "the column as Number").format(number=round(near[0], 6))
    if isinstance(value, time):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return translate("values", "holds the time {time}, not a number (the number {number:g} "
                                   "formatted as a time): format the column as Number").format(
            time=value.strftime("%H:%M:%S" if value.second else "%H:%M"),
            number=round(seconds / 86_400, 6))
    shown = cell_text(value).replace("T", " ")
    return translate("values", "holds the date {date}, not a number (a spreadsheet turns 1/2 "
                               "typed into a cell into a date, and shows any number in a "
                               "column formatted as dates as one): format the column as Number "
                               "and type the value again").format(date=shown)


def readings(value: object) -> tuple[float, ...]:
    """The numbers a cell may mean: the one :func:`number` reads, or both that a comma
    which may group thousands or mark decimals gives (``1,083``: 1083 or 1.083, which
    :func:`number` refuses), for a reader that can tell them apart (a total, by the sum it
    should hold); CellProblem for anything else."""
    try:
        return (number(value),)
    except CellProblem:
        raw = cell_text(value).strip()
        written = raw if raw.isascii() else _FULL_WIDTH.sub(_ascii_form, raw)
        if not _GROUPED.match(written.replace(MINUS, "-")):
            raise
        return number(written.replace(",", "")), number(written.replace(",", "."))


def reads_as_number(value: object) -> bool:
    """Whether a cell holds a number :func:`number` reads (``0.89``, ``0,89``, ``75%``):
    blank cells, weight labels (``H+``), formulas and other text are not numbers."""
    try:
        return number(value) is not None
    except CellProblem:
        return False


def whole(value: object, *, default: int | None = None) -> int | None:
    """A whole number (``3``, ``3.0``, ``"3"``; digits in text are read exactly)."""
    if isinstance(value, str) and _INTEGER.match(value):
        return int(value)
    result = number(value, default=None)
    if result is None:
        return default
    if not result.is_integer():
        raise CellProblem(translate("values", "{text} is not a whole number").format(
                              text=text(value)))
    return int(result)


def boolean(value: object, *, default: bool = False) -> bool:
    """True or false, from a boolean cell, a number 1/0, or a word (yes/no, true/false)."""
    if value is None:
        return default
    if isinstance(value, FormulaCell) and value.text.replace(" ", "").upper() in _CONSTANTS:
        return _CONSTANTS[value.text.replace(" ", "").upper()]  # a literal, not a calculation
    _refuse_formula(value, "true/false value")
    if isinstance(value, bool):
        return value
    word = cell_text(value).strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise CellProblem(translate("values", "{word!r} is not yes/no or true/false").format(
                          word=_short(word)))


def identifier(value: object) -> str:
    """An id as written (stripped); validity is checked by the model."""
    _refuse_formula(value, "id")
    return cell_text(value).strip()


def id_list(value: object) -> tuple[str, ...]:
    """Ids separated by commas, semicolons or ``|`` (``doc-1; doc-2``)."""
    if is_blank(value):
        return ()
    _refuse_formula(value, "list of ids")
    return tuple(part.strip() for part in re.split(r"[,;|]", cell_text(value)) if part.strip())


def tag_list(value: object) -> tuple[str, ...]:
    """Tags separated by ``;`` or ``|``, or a JSON list (how tags holding those are written).

    A formula is refused: split on its ``|`` or ``;`` it would become tags it never meant."""
    if is_blank(value):
        return ()
    _refuse_formula(value, "list of tags")
    raw = text(value)
    if raw.startswith("["):
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = None
        if isinstance(parsed, list) and all(isinstance(t, str) for t in parsed):
            return tuple(parsed)
    return tuple(part.strip() for part in re.split(r"[;|]", raw) if part.strip())


def join_tags(tags: tuple[str, ...]) -> str:
    """The cell text for tags: ``a; b``, or a JSON list when that would not read back."""
    if any(";" in t or "|" in t or t != t.strip() for t in tags) or (
            tags and tags[0].startswith("[")):
        return json.dumps(list(tags), ensure_ascii=False)
    return "; ".join(tags)


def weight(value: object, *, default: float | None = None) -> float | None:
    """An edge weight: a number, or a label such as ``M+`` / ``H-`` / ``++``."""
    if isinstance(value, str) and value.strip().lower() in WEIGHT_LABELS:
        return WEIGHT_LABELS[value.strip().lower()]
    if isinstance(value, str) and value.strip().startswith("<["):
        raise CellProblem(translate("values", "{strip!r} is a weight that changes over time "
                                              "(Gephi's dynamic weight); Windtunnel needs "
                                              "one number per edge").format(
                              strip=_short(value.strip())))
    return number(value, default=default)


#: A fuzzy weight written in one cell: ``(low, mode, high)`` (a triangular number, as GFCM
#: and fcmconfr write them) or ``[low, high]`` (an interval); brackets of either kind, and
#: commas or semicolons between the numbers.
_FUZZY = re.compile(r"\s*[(\[{]\s*([^()\[\]{}]*?)\s*[)\]}]\s*\Z")
#: A triangle written without brackets, as GFCM's workbooks keep it under a TFN header:
#: three numbers, each comma or semicolon between them followed by a space (so that no
#: decimal comma, ``0,5``, and no thousands separator, ``1,234,567``, reads as one).
_BARE_TRIANGLE = re.compile(r"\s*([^,;\s]+)[;,]\s+([^,;\s]+)[;,]\s+([^,;\s]+)\s*\Z")


def fuzzy_weight(value: object) -> tuple[float, float, float] | None:
    """``(weight, low, high)`` from a triangular or interval cell; None for anything else.

    A triangle ``(l, m, u)`` (or ``l, m, u``) gives weight m; an interval ``[l, u]`` gives
    its midpoint.
    The bounds become the edge's ``low``/``high`` (its Monte Carlo range), so the fuzziness
    is kept rather than flattened.
    """
    if not isinstance(value, str):
        return None
    match = _FUZZY.match(value)
    bare = None if match else _BARE_TRIANGLE.match(value)
    if not match and not (bare and all(reads_as_number(p) for p in bare.groups())):
        return None
    parts = list(bare.groups()) if bare else [
        p for p in re.split(r"\s*[;,]\s*|\s+", match.group(1)) if p]
    if len(parts) not in (2, 3):
        return None
    numbers = [number(p) for p in parts]
    if sorted(numbers) != numbers:
        raise CellProblem(translate("values", "{value!r}: the bounds of a fuzzy weight must "
                                              "be in order (low, weight, high)").format(
                              value=_short(value)))
    middle = numbers[1] if len(numbers) == 3 else (numbers[0] + numbers[1]) / 2
    return middle, numbers[0], numbers[-1]


def sign(value: object) -> int | None:
    """+1 or -1 from a Type/Sign/Polarity cell; None when blank."""
    if is_blank(value):
        return None
    _refuse_formula(value, "sign")
    word = cell_text(value).strip().lower()
    if word in SIGN_WORDS:
        return SIGN_WORDS[word]
    raise CellProblem(translate("values", "{word!r} is not a sign (positive/negative, +/-)").format(
                          word=_short(word)))


def new_id(label: str, taken: set[str]) -> str:
    """A fresh id for an imported item, made from its label (``"US Labs"`` -> ``us-labs``);
    an importer making ids row after row gives a :class:`TakenIds` (many rows of one
    label then cost no more than as many different labels)."""
    return slugify(label, taken)


def _short(value: object) -> str:
    raw = str(value)
    return raw if len(raw) <= 50 else raw[:47] + "..."
