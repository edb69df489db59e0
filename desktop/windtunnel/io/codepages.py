"""Which Windows code page a text file that is not UTF-8 is in, told only where there is
no doubt.

Excel saves "CSV" in the Windows code page: GBK (cp936) on a Simplified Chinese
Windows, Big5 (cp950) on a Traditional Chinese one (Hong Kong, Taiwan), Shift_JIS
(cp932) on a Japanese one, Windows-1252 in Western Europe and the Americas. Nothing in
such a file names its code page, and a wrong guess garbles every label without a word,
so :func:`code_page` decides only when one reading is the file's beyond doubt:

1. A reading is one of GBK (decoded as GB18030, which GBK is a part of), Big5 (cp950)
   or Shift_JIS (cp932), and counts only if it decodes the whole file: many files
   decode in two or three of them, since these encodings share their byte ranges.
2. It must also read as plausible text: at least nine in ten of the file's characters
   outside ASCII (counted where they occur) are among its code page's common ones, and
   every other reading that decodes the file must fall below six in ten, a margin that
   a text in one code page seldom crosses read in another:
   GB2312's first level of characters and its punctuation, full-width and kana rows
   for GBK (so Japanese saved in GBK stays in doubt rather than reading as Big5),
   Big5's frequent characters and symbols for Big5, JIS's first level with the kana,
   punctuation and full-width rows for Shift_JIS. Text read in the wrong one of them
   comes out mostly as rare characters, private-use characters, kana amid Chinese or
   Chinese amid kana, so it falls short.
3. Half-width katakana (ｱｲｳ, one byte each) exist in Shift_JIS alone, and they are
   what Chinese text read as Shift_JIS comes out as, mixed with kanji: they count as
   common only where a run of characters outside ASCII is half-width katakana
   throughout, as a label typed in them is.
4. Hong Kong's Big5 carries the supplementary characters of HKSCS (written Cantonese's
   嘅 and 咗, 𨋢 "lift"), which cp950 refuses: a file Big5 does not decode is read as
   Big5-HKSCS when that decodes it and every character Big5 could not read is one of
   HKSCS's own, in the ranges Big5 leaves free (8740-A0FE, FA40-FEFE; GBK's frequent
   characters decode as Big5-HKSCS too, but at codes in Big5's range), and it is then
   weighed as Big5 is, the Cantonese characters among the common ones. The note names
   the code page Big5-HKSCS. Measured on 3,000 files of random labels of each code
   page's common characters and 2,000 of the bundled labels in each, every GBK, Big5 and
   Shift_JIS file is told (or left undecided) as before Big5-HKSCS was weighed.
5. Windows-1252 reads almost any bytes, so it is weighed too: its reading is
   plausible when every character outside ASCII is a letter (é, ß, Ä) or common
   punctuation (€, –, “), in runs of at most two that are a lone sign or touch a
   Latin letter or digit, as in Western words; a double-byte label reads as a longer
   run of accented letters and symbols (人口 in GBK reads as "ÈË¿Ú"), or as a run of
   two on its own (人 reads as "ÈË").

UTF-8 is read first, as before; but half-width katakana pair into valid UTF-8 too ("ﾂｰ"
is "°"), so a UTF-8 file whose every byte outside ASCII is such a kana and which reads
as words of them in Shift_JIS is in doubt as well (:func:`utf8_in_doubt`), unless its
UTF-8 reading is plausible text of its own: every run of characters outside ASCII a
letter or common sign in a cell that holds an ASCII letter or digit too ("café",
"½ of capacity", "α coefficient", "20°C"), or a word of three letters or more in Greek,
Cyrillic, Hebrew or Arabic ("Сила"). What stays in doubt is a lone letter or sign in a
cell of its own ("°" is ﾂｰ, "μ" is ﾎｼ "star", "һ" is GBK's 一), a two-letter word ("на"
is ﾐｽﾐｰ) and rarer letters or letters of two alphabets run together (ﾏｲﾅｽ reads as
"ϲŽ"). Measured on 2,000 files of one random label each from Western, Greek, Cyrillic,
Hebrew and Arabic words and signs, 607 were in doubt before and 335 now (all of them a
lone letter or sign or a two-letter word); of 41,644 files of one random half-width
katakana label and 32,807 of two that are valid UTF-8, none is read as UTF-8.
GBK and Big5 text is valid UTF-8 too where each character's two bytes are a UTF-8
letter's (小学, 医院, 学习 read as "Сѧ", "ҽԺ", "ѧϰ"), though as no words of kana: a
UTF-8 file whose characters outside ASCII are all of two bytes and whose UTF-8 reading
is not plain text, by the same rule but for a lone character (no Chinese word, but often
a matrix's total, Σ), is in doubt as well when a double-byte code page reads it beyond
doubt. Measured on 3,000 files of two labels of one to four of GB2312's first level's
characters that are valid UTF-8, 1,378 were in doubt before and 2,692 now, the others
read as Cyrillic words, as lone characters or undecided between code pages; of 3,000
files of random Western, Greek, Cyrillic, Hebrew and Arabic words and signs, 241 were in
doubt before and 243 now.

One plausible reading beyond doubt, with Windows-1252's implausible, is the file's
(:class:`Reading`). Anything else in which a double-byte code page decodes the whole
file leaves it undecided (:class:`Undecided`): the caller refuses the file and names
the code pages it may be in, never guessing; but a file whose double-byte readings all
fall below six in ten, and which reads as Western text, is Windows-1252's as before.

Measured on edges tables of random labels from the bundled models' and the interface's
Chinese and Japanese text: a file of one edge is told right seven times in ten in GBK,
nine in ten in Big5, all but always in Shift_JIS, three in four in half-width katakana,
and left undecided otherwise; from ten edges on, all but a few files in a thousand are
told right; no file in its language's own code page was read in another. Traditional
Chinese or Japanese saved in GBK stays undecided nearly always (a file of one short
label was read in another code page a few times in a thousand).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import Problem
from ..language import translate
from ..model.control_text import delete_bytes

__all__ = ["Reading", "Undecided", "code_page", "code_page_name", "code_page_note",
           "utf8_in_doubt"]


@dataclass(frozen=True)
class Reading:
    """The code page a file was told to be in (``codec`` as Python names it) and its text."""

    codec: str
    text: str


@dataclass(frozen=True)
class Undecided:
    """The code pages a file may be in (``codecs``, as Python names them), none beyond doubt."""

    codecs: tuple[str, ...]


def _gbk_common(code: bytes) -> bool:
    """GB2312's punctuation, full-width and kana rows (A1-A5) and its first level (B0-D7)."""
    return len(code) == 2 and code[1] >= 0xA1 and (0xA1 <= code[0] <= 0xA5
                                                   or 0xB0 <= code[0] <= 0xD7)


def _big5_common(code: bytes) -> bool:
    """Big5's symbols (A140-A3BF) and its frequent characters (A440-C67E), and the
    characters of written Cantonese that HKSCS adds (which only a Big5-HKSCS reading
    has)."""
    return len(code) == 2 and (0xA140 <= int.from_bytes(code) <= 0xC67E
                               or code in _CANTONESE_CODES)


#: Characters of written Cantonese that Hong Kong's supplementary set (HKSCS) adds to Big5,
#: in the ranges Big5 leaves free: common in a Hong Kong text, rare in anything else.
_CANTONESE = "嘅咗嘢啲哋喺嚟嘥嗰啱攰瞓嚿冚啩𨋢攞揸嘞啫噃㗎嗱𢳂𠵱𡃁𧨾𢫏𠹌㩒餸鈪孭乸冧䟴踎𠱁𠺝𡁵𢆡㷫䁪"
_CANTONESE_CODES = frozenset(char.encode("big5hkscs") for char in _CANTONESE)


def _hong_kong(text: str) -> bool:
    """Whether every character of ``text`` (read as Big5-HKSCS) whose code Big5 (cp950)
    does not read is one of HKSCS's supplementary characters, in the ranges Big5 leaves
    free (8740-A0FE, FA40-FEFE): Big5 text with Hong Kong's characters, not text of
    another code page that Big5-HKSCS happens to decode (GBK's frequent characters fall
    in C6A1-C8FE too, which Big5 lacks)."""
    for char in set(text):
        if char < "\x80":
            continue
        code = char.encode("big5hkscs", errors="ignore")
        try:
            code.decode("cp950")
        except UnicodeDecodeError:
            value = int.from_bytes(code)
            if not (0x8740 <= value <= 0xA0FE or value >= 0xFA40):
                return False
    return True


def _shift_jis_common(code: bytes) -> bool:
    """JIS's punctuation, full-width letters, kana (8140-8396) and first level (889F-9872)."""
    value = int.from_bytes(code)
    return len(code) == 2 and (0x8140 <= value <= 0x8396 or 0x889F <= value <= 0x9872)


#: The double-byte code pages, each with the test of its common characters' bytes; a file
#: Big5 does not decode may be Big5-HKSCS (:func:`_hong_kong`).
_DOUBLE_BYTE = (("gb18030", _gbk_common), ("cp950", _big5_common),
                ("big5hkscs", _big5_common), ("cp932", _shift_jis_common))

#: How many of a reading's characters outside ASCII must be common ones.
_PLAUSIBLE_SHARE = 0.9
#: How few of them every other reading must have for the plausible one to be beyond doubt.
_DOUBTFUL_SHARE = 0.6

#: A run of characters outside ASCII.
_RUN = re.compile(r"[^\x00-\x7f]+")


#: Windows-1252's punctuation and signs that Western text uses besides its letters.
_WESTERN_SIGNS = frozenset("\xa0¡¢£¥§©«®°±²³´·¹»¼½¾¿×÷–—‘’‚“”„†‡•…‰‹›€™")


def code_page(data: bytes, known: dict[str, tuple[str, float]] | None = None
              ) -> Reading | Undecided | None:
    """The code page ``data`` (not UTF-8) is in beyond doubt, the ones it may be in, or
    None when no double-byte code page decodes it (the caller then reads it as
    Windows-1252 or refuses it as before). ``known`` holds the readings weighed already
    (a codec's text and the share of its common characters), not weighed again."""
    decoded, shares = {}, {}
    for codec, common in _DOUBLE_BYTE:
        if codec == "big5hkscs" and "cp950" in decoded:
            continue                        # Big5 itself reads it
        if known and codec in known:
            decoded[codec], shares[codec] = known[codec]
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "big5hkscs" and not _hong_kong(text):
            continue
        decoded[codec], shares[codec] = text, _common_share(text, codec, common)
    if not decoded:
        return None
    plausible = [codec for codec, share in shares.items() if share >= _PLAUSIBLE_SHARE]
    doubtful = [codec for codec, share in shares.items() if share >= _DOUBTFUL_SHARE]
    western = _western(data)
    if len(doubtful) == 1 and plausible and not western:
        return Reading(plausible[0], decoded[plausible[0]])
    if not doubtful and western:
        return None
    return Undecided(tuple(doubtful or decoded) + (("cp1252",) if western else ()))


def utf8_in_doubt(data: bytes) -> tuple[str, ...]:
    """The code pages ``data``, valid UTF-8 with characters outside ASCII, reads in as
    plausibly, or none, when its UTF-8 reading is not plain text (:func:`_plausible_utf8`):
    when every byte outside ASCII is a Shift_JIS half-width katakana (A1-DF, which UTF-8
    also pairs, ﾂｰ being "°", and GBK too, 一 being "һ") and nine in ten of them make
    words, Shift_JIS and any other plausible reading; when every character is of two
    bytes in UTF-8 (GBK's 小学 being "Сѧ"), the one double-byte code page that reads it
    beyond doubt. A file in UTF-8's CJK has bytes of three; one with UTF-8's byte-order
    mark (Excel's "CSV UTF-8") has EF."""
    known = {}
    if not _NOT_HALF_WIDTH_KANA.search(data):
        text = data.decode("cp932")
        known["cp932"] = (text, _common_share(text, "cp932", _shift_jis_common))
    kana = "cp932" in known and known["cp932"][1] >= _PLAUSIBLE_SHARE
    # a lone character is no Chinese word, but often a matrix's total (Σ) or a unit
    if not (kana or _chinese_pairs(data)) or _plausible_utf8(data.decode("utf-8-sig"),
                                                            lone_letters=not kana):
        return ()
    told = code_page(data, known)
    if kana:
        return (told.codec,) if isinstance(told, Reading) else told.codecs
    return (told.codec,) if isinstance(told, Reading) else ()


#: A byte outside ASCII that is no half-width katakana in Shift_JIS.
_NOT_HALF_WIDTH_KANA = re.compile(rb"[\x80-\xa0\xe0-\xff]")
#: The bytes that are not a character of two bytes in UTF-8 (ASCII, and E0-FF, which
#: start three or four), and those that are not a trail byte of 80-A0.
_NOT_TWO_BYTE_LEADS = bytes(range(0x00, 0xe0))
_ASCII_BYTES = bytes(range(0x80))
_NOT_LOW_TRAILS = bytes([*range(0x00, 0x80), *range(0xa1, 0x100)])


def _chinese_pairs(data: bytes) -> bool:
    """Whether ``data`` (valid UTF-8) may be GBK or Big5 text that happens to be valid
    UTF-8 (小学 is "Сѧ"): every character outside ASCII of two bytes, and nine in ten of
    their second bytes from A1 on, as a common character's are in both (80-A0 is no
    second byte in Big5 and only a rare character's in GBK). Counted in C, so that a
    large Cyrillic or Greek file, whose letters' second bytes are often 80-A0, is let go
    at once."""
    if delete_bytes(data, None, _NOT_TWO_BYTE_LEADS):
        return False
    pairs = len(delete_bytes(data, None, _ASCII_BYTES)) // 2
    return len(delete_bytes(data, None, _NOT_LOW_TRAILS)) <= (1 - _PLAUSIBLE_SHARE) * pairs

#: The alphabets UTF-8 text outside ASCII is mostly written in, with their letters' ranges:
#: Western European accents, modern Greek, Cyrillic, Hebrew, Arabic with Persian's
#: letters. The rarer letters that half-width katakana's bytes make in UTF-8 (Latin's
#: extensions, IPA's, Armenian's, Arabic's extensions, ﾆｺ being "ƺ") belong to none.
_ALPHABETS = {"latin": "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f",
              "greek": "\u0386-\u03ce", "cyrillic": "\u0400-\u045f",
              "hebrew": "\u05d0-\u05ea",
              "arabic": "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc"}
_ALPHABET_WORD = re.compile("|".join(f"(?P<{name}>[{letters}]+)"
                                     for name, letters in _ALPHABETS.items()))
#: A cell of a CSV line, or as much of one as lies between quotes.
_CELL = re.compile(r'[^,;\t"\r\n]+')


#: A cell (as :data:`_CELL` finds them) holding a character outside ASCII and no ASCII
#: letter or digit.
_CELL_WITHOUT_ASCII_WORD = re.compile(r'(?<![^,;\t"\r\n])[^,;\t"\r\n0-9A-Za-z]*'
                                      r'[^\x00-\x7f][^,;\t"\r\n0-9A-Za-z]*(?![^,;\t"\r\n])')


#: How much of a file's start (its whole lines) :func:`_plausible_utf8` weighs first.
_HEAD_CHARACTERS = 1 << 16


def _plausible_utf8(text: str, *, lone_letters: bool = False) -> bool:
    """Whether ``text`` (UTF-8's reading of a file) reads as text of its own: every run of
    characters outside ASCII a word of three letters or more in an alphabet that writes
    whole words outside ASCII (Greek, Cyrillic, Hebrew, Arabic), or letters of one
    alphabet or a common sign beside an ASCII letter or digit somewhere in its cell
    (café, ½ of capacity, α coefficient); with ``lone_letters``, any lone character too.
    Each distinct run is weighed once, by one regular expression, up to the first
    implausible one, and only the cells without an ASCII letter or digit are looked at one
    by one, not every cell of a large file of accented words."""
    anywhere: dict[str, bool] = {}     # each distinct run -> plausible in any cell
    for run in _distinct_runs(text):   # the first implausible one ends it
        if run in anywhere:
            continue
        alphabet = _alphabet(run)
        whole = (alphabet not in (None, "latin") and len(run) >= 3
                 or lone_letters and len(run) == 1)
        if not (whole or alphabet is not None or run in _WESTERN_SIGNS):
            return False
        anywhere[run] = whole
    return all(anywhere.values()) or all(
        all(map(anywhere.__getitem__, _RUN.findall(cell)))
        for cell in _CELL_WITHOUT_ASCII_WORD.findall(text))


def _distinct_runs(text: str) -> Iterator[str]:
    """The runs of characters outside ASCII of ``text``, found in C, those of its first
    lines first (a file that is not text shows it there at once), each distinct run
    once in each of the two."""
    yield from dict.fromkeys(_RUN.findall(text, 0, max(0, text.rfind("\n", 0,
                                                                   _HEAD_CHARACTERS))))
    yield from dict.fromkeys(_RUN.findall(text))


def _alphabet(run: str) -> str | None:
    """The alphabet all of ``run``'s letters are of, or None (one match: the alphabets'
    letters are apart)."""
    found = _ALPHABET_WORD.fullmatch(run)
    return found.lastgroup if found else None


def _common_share(text: str, codec: str, common) -> float:
    """The share of ``text``'s characters outside ASCII that are common ones.

    Counted in C, in one pass of the text's code points, each distinct character then
    weighed once: a large file's reading takes a few hundredths of a second
    (``tests/benchmarks/bench_code_pages.py``)."""
    counts = _wide_counts(text)
    # Big5-HKSCS reads a few codes as a letter and a combining mark, which alone it
    # cannot encode (Ê̄): such a mark is no common character
    usual = sum(count for char, count in counts.items()
                if common(char.encode(codec, errors="ignore")))
    if codec == "cp932":
        usual += sum(map(len, _KANA_WORD_ALONE.findall(text)))
    return usual / max(1, sum(counts.values()))


def _wide_counts(text: str) -> dict[str, int]:
    """How many times each character outside ASCII occurs in ``text``, counted over its
    code points as an array (a Counter makes a string of each character it counts)."""
    import numpy as np                       # loaded with the importers already

    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    counts = np.bincount(points[points >= 0x80])
    return {chr(point): int(counts[point]) for point in np.flatnonzero(counts)}


#: A word in half-width katakana, Shift_JIS's one-byte kana (two or more, starting with a
#: kana, not a sound mark or a small kana, with no punctuation mark ｡｢｣､･ inside) that is a
#: whole run of them with no other character outside ASCII, Latin letter or digit beside
#: it: Chinese text read as Shift_JIS comes out as such kana glued to kanji, letters and
#: one another.
_KANA_WORD_ALONE = re.compile(                # a kana first, so that only kana are tried
    r"[\uff66\uff71-\uff9d](?<![0-9A-Za-z\x80-\U0010ffff][\uff66\uff71-\uff9d])"
    r"[\uff66-\uff9f]+(?![0-9A-Za-z\x80-\U0010ffff])")


def _western(data: bytes) -> bool:
    """Whether ``data`` reads as Western text in Windows-1252: every character outside
    ASCII a letter or common sign, in runs of at most two, each a lone sign or touching
    a Latin letter or digit (as in "Straße", "20°C", "– ")."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return all(_western_run(text, run) for run in _RUN.finditer(text))


def _western_run(text: str, run: re.Match) -> bool:
    chars, (start, end) = run.group(), run.span()
    if len(chars) > 2 or not all(char.isalpha() or char in _WESTERN_SIGNS for char in chars):
        return False
    return (len(chars) == 1 and chars in _WESTERN_SIGNS) or any(
        char.isascii() and char.isalnum() for char in text[start - 1:start] + text[end:end + 1])


def code_page_name(codec: str) -> str:
    """A code page's name as a user knows it, with the Windows that saves in it."""
    return {"gb18030": translate("csv", "GBK (Simplified Chinese Windows)"),
            "cp950": translate("csv", "Big5 (Traditional Chinese Windows)"),
            "big5hkscs": translate("csv", "Big5-HKSCS (Traditional Chinese Windows with Hong "
                                          "Kong's supplementary characters)"),
            "cp932": translate("csv", "Shift_JIS (Japanese Windows)"),
            "cp1252": translate("csv", "Windows-1252 (Western European Windows)")}[codec]


def code_page_note(source: str, codec: str) -> Problem:
    """The note on a file (``source``, its name) read in ``codec``, not UTF-8: the user
    sees that its code page was told, and which one."""
    return Problem(source, translate("csv", "not UTF-8: read as {code_page}, the one code page "
                                            "its text reads plausibly in").format(
        code_page=code_page_name(codec)))
