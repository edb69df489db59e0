"""Turn an authoring script's tables into a checked model that starts at its steady state.

The authoring scripts write nodes and edges as rows of plain tuples (easy to read and to
diff); :func:`model_from_tables` turns them into elements, builds the model through the
model API (so every invariant is checked) and settles it.

Settling: under the Kosko rule a computed node's level is set by its inputs, so whatever
``initial`` a map-maker writes for it is overwritten at the first step and the baseline
"moves" even though no policy changes: a chart of the status quo would show, say, US labs
falling from +0.6 to -0.4 in one month. :func:`settle` starts every computed node at the
level the baseline settles to, which makes the status quo a steady state (a flat baseline)
and gives levels one reading: 0 is where a node sits with every lever at 0 (no policy in
force), and a computed node's initial level is where today's enforcement holds it. Driver
nodes (no incoming edges; in the bundled models, the levers) keep the levels their tables
give; computed nodes write :data:`SETTLED` in their ``initial`` column.
"""

from __future__ import annotations

from dataclasses import replace

from windtunnel.engine import run
from windtunnel.model import Edge, Model, Node

__all__ = ["SETTLED", "settle", "model_from_tables"]

#: Placeholder ``initial`` in node tables for computed nodes: :func:`settle` fills it in.
SETTLED = 0.0


def settle(model: Model, *, digits: int = 3) -> Model:
    """A copy of ``model`` whose computed nodes start at the baseline's steady state.

    Levels are rounded to ``digits`` decimals so that files diff well; the baseline then
    moves by less than half a unit in the last digit before it settles. Raises
    ``RuntimeError`` when the baseline does not converge (there is no steady state).
    """
    results = run(model, scenarios=[])
    if results.baseline_verdict.kind != "converged":
        raise RuntimeError(f"{model.title}: the baseline {results.baseline_verdict}; "
                           "a model without a steady state cannot be settled")
    targets = {edge.target for edge in model.edges}
    final = results.baseline[-1]
    nodes = [replace(node, initial=round(float(final[i]), digits) + 0.0)
             if node.id in targets else node for i, node in enumerate(model.nodes)]
    return Model.from_elements(title=model.title, description=model.description,
                               translations=model.translations,
                               group_translations=model.group_translations,
                               settings=model.settings, sources=model.sources, nodes=nodes,
                               edges=model.edges, scenarios=model.scenarios,
                               objectives=model.objectives, participants=model.participants)


def model_from_tables(*, title: str, description: str, settings, sources, nodes, edges,
                      scenarios, objectives, grid: tuple[float, float],
                      lever_factors: frozenset[str] = frozenset()) -> Model:
    """Build and settle a model from table rows.

    ``nodes`` rows: (id, label, kind, group, (column, row), initial, sources, description);
    positions are grid cells scaled by ``grid`` = (column pitch, row pitch) in scene pixels.
    ``edges`` rows: (source, target, weight, delay, confidence, sources, rationale).
    ``lever_factors`` are ids of non-restriction nodes that are levers. Raises ModelError
    listing every problem.
    """
    column, row = grid
    node_elements = [
        Node(node_id, label, kind=kind, group=group, initial=initial, description=text,
             sources=cited, position=(col * column, line * row),
             lever=node_id in lever_factors)
        for node_id, label, kind, group, (col, line), initial, cited, text in nodes]
    edge_elements = [
        Edge(source, target, weight, delay=delay, confidence=confidence, rationale=rationale,
             sources=cited)
        for source, target, weight, delay, confidence, cited, rationale in edges]
    return settle(Model.from_elements(title=title, description=description, settings=settings,
                                      sources=sources, nodes=node_elements,
                                      edges=edge_elements, scenarios=scenarios,
                                      objectives=objectives))
