"""Regular expressions compiled on first use (``lazyimport.compiled_when_used``) are the
patterns ``re.compile`` makes, compiled once, and not before they are first used."""

from __future__ import annotations

import re
import subprocess
import sys

from windtunnel.lazyimport import compiled_when_used
from windtunnel.model.default_names import english_default_names
from windtunnel.model.participants import Participant


def test_a_pattern_is_compiled_at_its_first_use_and_once():
    text = r"windtunnel-lazy-test-(\d+)\Z"
    pattern = compiled_when_used(text, re.IGNORECASE)
    re.purge()
    assert not any(text in key for key in re._cache)             # not compiled yet
    compiled = pattern()
    assert compiled is pattern()                                  # once, then kept
    assert (compiled.pattern, compiled.flags) == (text, re.compile(text, re.I).flags)
    assert compiled.match("WINDTUNNEL-LAZY-TEST-12")[1] == "12"
    assert compiled.match("windtunnel-lazy-test-12 ") is None


#: The patterns a module imported before the app's first paint compiles when first used:
#: none of them is compiled by importing the package's core and the language module.
_IMPORT_ONLY = """
import re
re.purge()
import windtunnel.language, windtunnel.model, windtunnel.model.atomic, windtunnel.model.output_paths
lazy = ("https?://", "kept", "[^a-z0-9]+", "(?:<[^<>]*>)*", "[A-Za-z_][A-Za-z0-9_]*",
        "u00[0189]", "([^\\\\[\\\\]{}\\\\n]*")
print(sorted(text for key in re._cache for text in lazy if text in str(key[1])))
"""


def test_importing_the_core_compiles_none_of_the_patterns_used_later():
    result = subprocess.run([sys.executable, "-c", _IMPORT_ONLY], capture_output=True,
                            text=True, check=True, timeout=120)
    assert result.stdout.strip() == "[]", result.stdout


def test_participants_named_in_a_shipped_language_still_read_as_generated():
    """The generated participants' names of every shipped language match as before."""
    people = [Participant("p1", "参加者 3"), Participant("p2", "參與者 12"),
              Participant("p3", "Alice"), Participant("p4", "参与者 0")]
    moved = english_default_names(people)
    assert [p.label for p in moved] == ["Participant 3", "Participant 12", "Alice", "参与者 0"]
