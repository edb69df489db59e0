"""The font families the app draws text with, per language, so that Chinese and Japanese
render everywhere with the right glyphs and never as missing-glyph boxes.

Han characters are shared by Chinese and Japanese, but their shapes differ by region
(the same code point drawn the Simplified Chinese, Hong Kong or Japanese way), so each
language lists its own fonts first: the ones Windows, macOS and Linux ship for that
region (Microsoft YaHei / JhengHei and Yu Gothic or Meiryo on Windows, PingFang and
Hiragino on macOS, Noto Sans CJK, Debian's fonts-noto-cjk, on Linux), then the other
regions' fonts as fallbacks (a Japanese workshop's model may carry a Chinese quotation).
The application's own font stays first, so Latin text keeps the platform's look; Qt
takes each character from the first family in the list that has it
(``QFont.setFamilies``).

Qt caches the engine that draws a family list under a key that tells two lists apart by
their first family and by how many fallbacks follow, not by which (its font cache orders
the keys by the fallbacks' count alone). The three regions' lists share their first
family and, with every CJK font installed, their length: after Japanese, Chinese text
would be drawn by the Japanese list's engine, with Japanese glyph shapes, and a PDF
written then maps part of its glyphs to no character (a reader cannot extract them).
Each region's list therefore carries its own style-strategy flag, part of that key: one
that only the matching of bitmap fonts reads (``PreferMatch``, ``PreferQuality``), so
the outline fonts draw exactly as without it.
"""

from __future__ import annotations

import functools
import operator

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from .. import language

__all__ = ["REGION_FAMILIES", "font_families", "language_font", "follow_language",
           "speaking_font"]

#: The fonts of each language's region, on Windows, macOS and Linux, in that order of
#: preference (what a platform lacks is skipped).
REGION_FAMILIES: dict[str, tuple[str, ...]] = {
    "zh-CN": ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
              "Source Han Sans SC", "WenQuanYi Micro Hei"),
    "zh-HK": ("Microsoft JhengHei UI", "Microsoft JhengHei", "PingFang HK", "PingFang TC",
              "Noto Sans CJK HK", "Noto Sans CJK TC", "Source Han Sans HK"),
    "ja": ("Yu Gothic UI", "Yu Gothic", "Meiryo UI", "Meiryo", "Hiragino Sans",
           "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Source Han Sans JP"),
}
_FOLLOWING = "windtunnelFontFollowsLanguage"
#: The order in which the other regions' fonts follow as fallbacks.
_FALLBACK_ORDER = ("ja", "zh-CN", "zh-HK")
#: Each region's style-strategy flag, which keeps its family list's engine apart in Qt's
#: font cache (see the module's notes); a language without fonts of its own shares the
#: list, and the flag, of the first region in ``_FALLBACK_ORDER``.
_CACHE_FLAGS = {"ja": QFont.StyleStrategy.PreferDefault,
                "zh-CN": QFont.StyleStrategy.PreferMatch,
                "zh-HK": QFont.StyleStrategy.PreferQuality}


def font_families(tag: str | None = None, *, base: str | None = None) -> list[str]:
    """Families for text in language ``tag`` (default: the current language): ``base``
    (default: the family the application font resolves to), then the language's own CJK fonts and
    every other region's that are installed here."""
    tag = tag or language.current()
    installed = set(QFontDatabase.families())
    order = [tag] + [other for other in _FALLBACK_ORDER if other != tag]
    regional = [family for region in order for family in REGION_FAMILIES.get(region, ())
                if family in installed]
    first = base or QFontInfo(QFont()).family()
    return [first] + [family for i, family in enumerate(regional)
                      if family != first and family not in regional[:i]]


def language_font(font: QFont | None = None, tag: str | None = None) -> QFont:
    """``font`` (default: the application font) drawing text in language ``tag`` through
    :func:`font_families`; size, weight and style are kept."""
    out = QFont(font) if font is not None else QFont()
    # the family the font really resolves to ("DejaVu Sans", "Segoe UI"), not an alias
    # such as "Sans Serif", which Qt would skip in a list, drawing Latin text in a CJK font
    tag = tag or language.current()
    out.setFamilies(font_families(tag, base=QFontInfo(out).family()))
    region = tag if tag in _CACHE_FLAGS else _FALLBACK_ORDER[0]
    other_regions = functools.reduce(operator.or_, _CACHE_FLAGS.values())
    out.setStyleStrategy((out.styleStrategy() & ~other_regions) | _CACHE_FLAGS[region])
    return out


def follow_language(app) -> None:
    """Give ``app`` (the QApplication) the current language's font now and whenever the
    language changes; widgets and the canvas's ``QFont()`` inherit it. Once per app."""
    if app.property(_FOLLOWING):
        return
    app.setProperty(_FOLLOWING, True)
    base = app.font()

    def apply(tag: str) -> None:
        global _app_font_tag
        app.setFont(language_font(base, tag))
        _app_font_tag = tag

    apply(language.current())
    language.changed.connect(apply)


#: The language the application's font was last made for (:func:`follow_language`).
_app_font_tag: str | None = None


def speaking_font() -> QFont:
    """The application font; while the views of a window about to be built in another
    language are made ahead (:func:`windtunnel.language.speaking`), that language's font
    made from it, so that their text is measured as the new window will draw it (the
    application's font changes only with the switch itself)."""
    tag = language.current()
    if _app_font_tag is None or tag == _app_font_tag:
        return QFont()
    return QFont(_font_speaking(tag, QFont().key()))


@functools.lru_cache(maxsize=8)
def _font_speaking(tag: str, _app_font: str) -> QFont:
    return language_font(tag=tag)
