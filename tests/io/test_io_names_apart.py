"""The names of an Edges table without a Nodes sheet resolved all together
(:meth:`NodeResolver.created_apart`) against one at a time: the same ids, nodes, rows,
notes and refusals, whatever the names hold (case, spaces, full-width letters, CJK,
control characters, blanks, names too long for a label, names whose slugs collide)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from windtunnel.errors import LoadError
from windtunnel.io.importing import ImportOptions
from windtunnel.io.node_resolver import NodeResolver
from windtunnel.io.rows import Reader
from windtunnel.io.tables import Table
from windtunnel.io.tabular import tables_to_model
from windtunnel.model.vocabulary import MAX_LABEL

from conftest import examples

#: Names that each take a turn of their own: told apart only by case, space, width or
#: Unicode form; CJK; a control character; blank; too long; slugs that collide
#: (``a b``, ``a-b``, ``A_B``) or that name no Latin letter (``---``, ``item``).
HOSTILE = ["Tax", "TAX", "tax", " Tax", "Tax ", "Ｔａｘ", "Cafe\u0301", "Café", "出口管制",
           "AI 治理", "a b", "a-b", "A_B", "a  b", "---", "item", "item-2", "x\x01y", "\x1f",
           "", " ", "\t", "n" * MAX_LABEL, "n" * (MAX_LABEL + 1), "Node 7", "node-7", "7",
           "3.0", "a\nb", "\u200b", "ß", "SS", "x" * 70, "x" * 61 + "-2"]
NAMES = st.one_of(st.sampled_from(HOSTILE), st.from_regex(r"[A-Za-z][A-Za-z0-9 ]{0,8}",
                                                          fullmatch=True),
                  st.text(max_size=5))


def _import(rows: list[list], at_once: bool, monkeypatch):
    """The import's model and notes, or its refusal; names resolved all together or not."""
    with monkeypatch.context() as patched:
        if not at_once:
            patched.setattr(NodeResolver, "created_apart", lambda *args: None)
        table = Table("Edges", ["From", "To", "Weight"], rows=[list(r) for r in rows],
                      numbers=list(range(2, len(rows) + 2)), source="edges.csv")
        try:
            imported = tables_to_model({"Edges": table}, options=ImportOptions())
        except LoadError as exc:
            return "refused", [(p.location, p.message) for p in exc.problems]
    return imported.model, [(n.location, n.message) for n in imported.notes]


@settings(max_examples=examples(400), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(NAMES, NAMES, st.sampled_from(["0.5", "-0.25", "1"])),
                     max_size=10))
def test_names_resolved_together_read_as_one_at_a_time(rows, monkeypatch):
    together, in_turn = _import(rows, True, monkeypatch), _import(rows, False, monkeypatch)
    assert together[1] == in_turn[1]
    assert together[0] == in_turn[0]


def _state(resolver: NodeResolver) -> tuple:
    return (resolver.created, resolver.first, resolver.known, resolver.by_text,
            resolver.spellings, set(resolver.ids), resolver.ids.suffixes, resolver.refused)


@settings(max_examples=examples(400), deadline=None)
@given(names=st.lists(NAMES, unique=True, max_size=12))
def test_a_resolver_is_left_as_by_names_in_turn(names):
    """Whenever the names are resolved together, the resolver is left as resolving each
    in turn leaves it; when they are not, it is left untouched."""
    places = [(2 + k, "From") for k in range(len(names))]
    together, in_turn = NodeResolver([]), NodeResolver([])
    untouched = _state(NodeResolver([]))
    made = together.created_apart(list(names), places)
    if made is None:
        assert _state(together) == untouched
        return
    table = Table("Edges", ["From", "To"], rows=[], numbers=[])
    reader = Reader()
    assert made == [in_turn(name, table, number, reader, column)
                    for name, (number, column) in zip(names, places)]
    assert not reader.problems and not reader.notes
    assert _state(together) == _state(in_turn)


def test_plain_names_are_resolved_together():
    """The comparisons above are no formality: plain names, slugs apart, take the path."""
    names = ["Export controls", "Chip smuggling", "US Labs", "node 7"]
    assert NodeResolver([]).created_apart(names, [(2, "From")] * 4) == [
        "export-controls", "chip-smuggling", "us-labs", "node-7"]
    assert NodeResolver([]).created_apart(["a b", "a-b"], [(2, "From")] * 2) == [
        "a-b", "a-b-2"]                              # slugs that collide, made in turn
    for apart in (["Tax", "TAX"], [" Tax"], ["出口管制"], ["n" * (MAX_LABEL + 1)], [""]):
        assert NodeResolver([]).created_apart(apart, [(2, "From")] * len(apart)) is None
