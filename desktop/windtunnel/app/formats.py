"""Numbers and dates as the interface's language writes them (QLocale).

Every figure the interface shows (values in the Inspector and the tables, chart axes and
tooltips, percentages, the scorecard, counts in status messages, the dates of sources and
participants) is written by these functions, which ask the default QLocale: the one
``translations.apply_language`` sets for the chosen language (``en_US``, ``zh_CN``,
``zh_HK``, ``ja_JP``). So a figure follows the language's decimal point, digit grouping,
percent and signs, and a date its order and words (``June 25, 2026``, ``2026年6月25日``).

A negative figure takes the typographic minus sign (``MINUS``, U+2212, ``−0.12``, one
definition with the Qt-free session's messages) in place of the language's hyphen-minus,
in every figure written here and in the number editors (:mod:`.number_boxes`), so the scorecard, the Why? tab, the
matrix, the hover texts and the chart axes write a fall alike; a plus and a minus are as
wide there. Nothing written here goes into a file: the workbook's cells are numbers, and
the CSV tables and the command line (which users paste into spreadsheets) keep the
hyphen-minus that every spreadsheet reads as a sign.

The Qt-free core (engine verdicts, load errors, the command line) writes its figures
with Python's formatting: digits 0-9, ``.`` for the decimal point, ``,`` between groups of
three, ``%``, and ISO 8601 dates (``2026-06-25``). That is what QLocale gives for each of
the four languages the product speaks (a test keeps it so), so both read alike but for
the minus sign; a language that writes figures otherwise would need the core's figures
passed through here.
"""

from __future__ import annotations

import re

# QDate and QDateTime are read from QtCore when a date is first written: named here, PySide6
# would make their Python types and enums on the way to the first paint, which shows no date
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLocale

from ..model.vocabulary import ISO_DATE, MINUS, is_iso_date, share_decimals

__all__ = ["MINUS", "figure", "number", "percent", "part", "count", "time_units", "date", "read_date",
           "moment"]


def figure(text: str, locale: QLocale | None = None) -> str:
    """A figure QLocale wrote, with the typographic minus in place of the language's
    negative sign (``-0.12`` -> ``−0.12``); any other figure as it is."""
    negative = (locale or QLocale()).negativeSign()
    return MINUS + text[len(negative):] if text.startswith(negative) else text


def number(value: float, decimals: int = 2, *, signed: bool = False) -> str:
    """``value`` with ``decimals`` places; ``signed`` writes a plus sign before a positive
    value (changes, weights) as the minus sign goes before a negative one."""
    locale = QLocale()
    text = figure(locale.toString(float(value), "f", decimals), locale)
    if signed and not text.startswith(MINUS) and value >= 0:
        text = locale.positiveSign() + text
    return text


def percent(share: float, decimals: int = 0) -> str:
    """``share`` (0.25) as a percentage (``25%``)."""
    locale = QLocale()
    return figure(locale.toString(float(share) * 100, "f", decimals), locale) + locale.percent()


def part(share: float) -> str:
    """``share`` as a percentage that reads as what it is: one strictly between 0 and 1
    never as 0% or 100% (``99.8%`` of futures, not ``100%``), whole when that is so."""
    return percent(share, share_decimals(share))


def count(n: int) -> str:
    """A whole number with the language's digit grouping (``12,000``)."""
    return figure(QLocale().toString(int(n)))


def time_units(unit: str, n: int | None = None) -> str:
    """The model's time ``unit`` (its own text, "month") counted: as it is for one, else
    in the plural ("months"; Chinese and Japanese units as they are, having none)."""
    if n == 1:
        return unit
    return QCoreApplication.translate("formats", "{unit}s").format(unit=unit)


def date(text: str) -> str:
    """A model's ISO date (``2026-06-25``, ``2026-06`` or ``2026``) as the language writes
    it; any other text as it is (a model may hold "spring 2026")."""
    found = ISO_DATE.match(text.strip()) if text else None
    if found is None:
        return text
    year, month, day = (int(part) if part else 0 for part in found.groups())
    if not month:
        return str(year)
    locale = QLocale()
    if not day:
        # a year and a month: Qt has no format for it, the catalogue gives the pattern
        pattern = QCoreApplication.translate("formats", "MMMM yyyy",
                                             "QDate pattern of a month and its year")
        when = QtCore.QDate(year, month, 1)
        return locale.toString(when, pattern) if when.isValid() else text
    when = QtCore.QDate(year, month, day)
    if not when.isValid():
        return text
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    return locale.toString(when, _without_weekday(pattern))


def read_date(text: str) -> str | None:
    """``text`` as a model's ISO date: an ISO date as it is, or a date as :func:`date`
    writes it in the language ("June 25, 2026", "2026年6月25日", "June 2026"); None when it
    is neither."""
    text = text.strip()
    if is_iso_date(text):
        return text
    locale = QLocale()
    whole = locale.toDate(text, _without_weekday(locale.dateFormat(QLocale.FormatType.LongFormat)))
    if whole.isValid():
        return whole.toString("yyyy-MM-dd")
    month = locale.toDate(text, QCoreApplication.translate(
        "formats", "MMMM yyyy", "QDate pattern of a month and its year"))
    return month.toString("yyyy-MM") if month.isValid() else None


def _without_weekday(pattern: str) -> str:
    """A long date pattern without its weekday (``dddd, MMMM d, yyyy`` -> ``MMMM d,
    yyyy``; ``yyyy年M月d日dddd`` -> ``yyyy年M月d日``): a source's date needs no weekday."""
    return re.sub(r"^dddd[,，\s]*|[,，\s]*dddd$", "", pattern).strip()


def moment(seconds: float) -> str:
    """A time of day on a date (a file saved, a recovery written), in local time: the
    language's long date without its weekday, then its short time (``December 3, 2026
    6:20 PM``, ``2026年12月3日 18:20``). Never the short date, which leaves the reader
    to guess the order of day and month (``12/3/26``, ``3/12/2026``)."""
    when = QtCore.QDateTime.fromSecsSinceEpoch(int(seconds))
    locale = QLocale()
    day = _without_weekday(locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(when, f"{day} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")
