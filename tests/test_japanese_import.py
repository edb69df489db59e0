"""Japanese says インポート for importing a file another tool wrote (File > Import,
``windtunnel import``, an import's notes), as the glossary does: never 取り込む, and never
読み込む, which is reading or opening a file (a .wtm, a sheet), another concept. The help
pages and the catalogues must keep to it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from windtunnel.paths import resource_path

HELP = resource_path("help", "ja")
CATALOGUES = [resource_path("translations", f"{name}_ja.ts") for name in ("windtunnel", "core")]
#: The English word for the concept, in any form (not "importance").
IMPORT = re.compile(r"\bimport(?:s|ed|ing)?\b", re.IGNORECASE)
#: 取り込む in any form; a menu item named 読み込む (the Import menu's old name).
OTHER_WORDS = re.compile(r"取り込|読み込む\s*(?:…|\.\.\.)")


def _messages(catalogue) -> list[tuple[str, str]]:
    """(source, translation) of every message and plural form of ``catalogue``."""
    found = []
    for message in ET.parse(catalogue).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or \
            [translation.text or ""]
        found += [(source, form) for form in forms]
    return found


@pytest.mark.parametrize("page", sorted(HELP.glob("*.md")), ids=lambda p: p.name)
def test_japanese_help_says_import_one_way(page):
    text = page.read_text(encoding="utf-8")
    assert [text[max(m.start() - 20, 0):m.end() + 10] for m in OTHER_WORDS.finditer(text)] == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_japanese_catalogues_say_import_one_way(catalogue):
    messages = _messages(catalogue)
    assert [t for _, t in messages if OTHER_WORDS.search(t)] == []
    # every message about an import names it インポート (an option's value, such as
    # ``--participants``, is no import of its own)
    drifted = [(s, t) for s, t in messages
               if IMPORT.search(re.sub(r"--\S+|windtunnel import", "", s))
               and "インポート" not in t]
    assert drifted == []
