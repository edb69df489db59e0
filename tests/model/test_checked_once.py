"""An element's problems are found once: an importer that places them on rows and the
model that is then built from the elements share the one check."""

from __future__ import annotations

from windtunnel.model import Edge, Model, Node, Settings
from windtunnel.model import elements


def test_an_element_is_checked_once_and_each_caller_gets_its_own_list(monkeypatch):
    calls = []
    original = elements._check_number
    monkeypatch.setattr(elements, "_check_number",
                        lambda out, name, *rest, **options: (calls.append(name),
                                                             original(out, name, *rest,
                                                                      **options)))
    edge = Edge("a", "b", 1.5)
    first = edge.problems()
    assert [field for field, _ in first] == ["weight"]
    first.append(("extra", "a caller's own note"))
    assert edge.problems() == first[:1]               # the caller's change stays its own
    assert calls.count("weight") == 1
    # an equal edge of another type is checked on its own (1 == 1.0 == True)
    assert Edge("a", "b", True).problems() != Edge("a", "b", 1.0).problems()


def test_a_model_built_from_checked_elements_checks_each_once(monkeypatch):
    nodes = [Node("a", "A"), Node("b", "B")]
    edges = [Edge("a", "b", 0.5), Edge("b", "a", -0.25)]
    settings = Settings()
    for element in nodes + edges + [settings]:
        assert element.problems() == []              # as an importer does, row by row
    monkeypatch.setattr(elements, "_check_number", lambda *args: (_ for _ in ()).throw(
        AssertionError("checked twice")))
    model = Model.from_elements(nodes=nodes, edges=edges, settings=settings)
    assert [e.weight for e in model.edges] == [0.5, -0.25]
