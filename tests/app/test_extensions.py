"""A window's extensions: built after its first paint, or at once when asked for."""

from __future__ import annotations

import pytest

from windtunnel.app.extensions import Extensions


def test_nothing_is_built_until_asked_and_asking_builds_all_in_order():
    built, extensions = [], Extensions()
    extensions.add("first", lambda: built.append("first") or "one")
    extensions.add("second", lambda: built.append("second") or "two")
    assert built == [] and not extensions.complete
    assert extensions["second"] == "two"             # builds the first one too, before it
    assert built == ["first", "second"] and extensions.complete
    assert dict(extensions) == {"first": "one", "second": "two"}
    assert built == ["first", "second"]              # each is built once


def test_an_extension_built_reads_only_those_built_before_it():
    extensions, seen = Extensions(), {}
    extensions.add("analysis", lambda: seen.setdefault("analysis", extensions.get("later")))
    extensions.add("later", lambda: "later")
    extensions.build_pending()
    assert seen == {"analysis": None} and extensions["later"] == "later"


def test_a_failing_extension_leaves_the_others_to_be_built():
    extensions = Extensions()
    extensions.add("broken", lambda: 1 / 0)
    extensions.add("fine", lambda: "fine")
    with pytest.raises(ZeroDivisionError):
        extensions.build_pending()
    assert extensions["fine"] == "fine" and "broken" not in extensions


def test_discarded_extensions_are_never_built():
    built, extensions = [], Extensions()
    extensions.add("analysis", lambda: built.append("analysis"))
    extensions.discard_pending()
    assert len(extensions) == 0 and built == [] and extensions.complete
