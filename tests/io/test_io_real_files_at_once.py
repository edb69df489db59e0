"""The real-file corpus read through every at-once path of the import (columns converted
whole, edges checked and built a column at a time, names found apart all together, edges-only
names made into nodes all together) and
through the reading they stand in for (cell by cell, edge by edge, name by name): the same
model and notes, or the same refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import columns as columns_module
from windtunnel.io import edges_sheet, import_model, node_resolver
from windtunnel.io.importing import ChoiceNeeded
from windtunnel.model import document

from io_helpers import REAL

REAL_FILES = sorted(p for p in REAL.iterdir() if p.is_file() and p.name != "PROVENANCE")


def _read(path: Path):
    """The import's model and notes, the question it asks, or its refusal."""
    try:
        imported = import_model(path)
    except ChoiceNeeded as question:
        return "asks", question.question, [(p.location, p.message) for p in question.problems]
    except LoadError as exc:
        return "refused", [(p.location, p.message) for p in exc.problems]
    return imported.model, [(n.location, n.message) for n in imported.notes]


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_a_real_file_reads_alike_at_once_and_one_by_one(path, monkeypatch):
    at_once = _read(path)
    monkeypatch.setattr(columns_module, "_parsed",
                        lambda cells, kind: ([columns_module._SLOW] * len(cells), False))
    monkeypatch.setattr(edges_sheet, "edges_at_once", lambda *args: None)
    monkeypatch.setattr(document, "fitting_keys", lambda *args: None)
    monkeypatch.setattr(node_resolver, "all_apart", lambda labels: False)
    monkeypatch.setattr(node_resolver.NodeResolver, "created_apart", lambda *args: None)
    assert _read(path) == at_once


def test_the_corpus_takes_the_at_once_paths(monkeypatch):
    """The comparison above is no formality: many of the corpus's tables and graphs are
    read at once."""
    read_at_once, apart, together = [], [], []
    edges_at_once, all_apart = edges_sheet.edges_at_once, node_resolver.all_apart
    created_apart = node_resolver.NodeResolver.created_apart
    monkeypatch.setattr(edges_sheet, "edges_at_once", lambda *args: read_at_once.append(
        edges_at_once(*args)) or read_at_once[-1])
    monkeypatch.setattr(node_resolver, "all_apart", lambda labels: apart.append(
        all_apart(labels)) or apart[-1])
    monkeypatch.setattr(node_resolver.NodeResolver, "created_apart", lambda *args: together.append(
        created_apart(*args)) or together[-1])
    for path in REAL_FILES:
        _read(path)
    assert sum(found is not None for found in read_at_once) >= 50
    assert sum(apart) >= 10
    assert sum(made is not None for made in together) >= 10
