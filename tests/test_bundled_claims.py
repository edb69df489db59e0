"""Every directional and comparative claim of the five seed documents, as the flagship model
reproduces it: the claims table in resources/help/bundled-models.md, checked row by row.

Each row names a scenario and a test over final changes from baseline (the last step):
``node > 0``, ``node < 0``, or a comparison of two terms, where a term is a node id, optionally
negated (``-restricted-access``: the access restricted actors *lose*) and optionally taken in
another scenario (``misuse-risk@access-suspension``). A claim holds when the difference of
the two sides has the claimed sign and a size of at least :data:`MARGIN`, and the row's
"Model" column shows the engine's figures (two decimals). The test fails when any claim
stops holding or when the table's figures go stale.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from windtunnel.engine import run
from windtunnel.model import load
from windtunnel.paths import bundled_model

HELP = Path(__file__).resolve().parents[1] / "resources" / "help" / "bundled-models.md"
#: The smallest difference that counts as a change in the claimed direction. Results show
#: changes to two decimals on the [-1, 1] scale, so anything under 0.02 could read as 0.00
#: or 0.01 and be lost in rounding; the objectives' thresholds (0.05) are larger still.
MARGIN = 0.02
TERM = re.compile(r"^(-?)([a-z0-9][a-z0-9-]*?)(?:@([a-z0-9-]+))?$")


def claim_rows(text: str) -> list[dict]:
    """The claims table's rows: number, document, gist, scenario id, test, model figures."""
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and re.fullmatch(r"C\d+", cells[0]):
            scenario = re.search(r"`([a-z0-9-]+)`", cells[3])
            test = re.fullmatch(r"`(.+)`", cells[4])
            rows.append({"id": cells[0], "document": cells[1], "gist": cells[2],
                         "scenario": scenario.group(1) if scenario else "",
                         "test": test.group(1) if test else cells[4], "model": cells[5]})
    return rows


def evaluate(test: str, scenario: str, final) -> tuple[float, float, str]:
    """(left, right, operator) of a claim's test; ``final(scenario, node)`` is a change."""
    left, op, right = re.fullmatch(r"(\S+) ([<>]) (\S+)", test).groups()

    def value(term: str) -> float:
        if term == "0":
            return 0.0
        sign, node, other = TERM.fullmatch(term).groups()
        return (-1.0 if sign else 1.0) * final(other or scenario, node)

    return value(left), value(right), op


def holds(left: float, right: float, op: str) -> bool:
    difference = left - right if op == ">" else right - left
    return difference >= MARGIN


def figures(left: float, right: float, test: str) -> str:
    """The "Model" column: the left side, and the right side when it is not 0."""
    return f"{left:+.2f}" if test.endswith(" 0") else f"{left:+.2f} vs {right:+.2f}"


@pytest.fixture(scope="module")
def final():
    model = load(bundled_model("ai-export-controls-2026.wtm"))
    results = run(model)

    def change(scenario: str, node: str) -> float:
        return float(results.scenario(scenario).final_change[results.node_index(node)])

    return change


ROWS = claim_rows(HELP.read_text(encoding="utf-8"))


def test_the_table_covers_the_five_documents():
    assert len(ROWS) >= 40
    assert {r["document"] for r in ROWS} == {"Inside AI", "China Daily", "Security essay",
                                             "Whack-a-mole", "Ban blog"}
    assert [r["id"] for r in ROWS] == [f"C{i + 1}" for i in range(len(ROWS))]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_claim_holds_and_its_figures_are_current(row, final):
    left, right, op = evaluate(row["test"], row["scenario"], final)
    assert holds(left, right, op), (f"{row['id']} ({row['gist']}): {row['test']} in "
                                    f"{row['scenario']} gives {left:+.3f} vs {right:+.3f}")
    assert row["model"] == figures(left, right, row["test"])


def test_contradicting_readings_are_both_scenarios(final):
    """Where the documents disagree, each reading is a scenario and each holds in its own:
    loophole closing raises misuse (the critics) or lowers it (the security reading)."""
    assert final("whack-a-mole", "misuse-risk") >= MARGIN
    assert final("reading-security", "misuse-risk") <= -MARGIN
    assert final("licensing-distillation", "misuse-risk") <= -MARGIN
    assert final("reading-incumbency", "misuse-risk") >= MARGIN


def test_a_claim_that_stops_holding_fails():
    """The checker itself: a wrong direction or a change under the margin does not hold."""
    values = {("s", "a"): 0.3, ("s", "b"): -0.01, ("t", "a"): 0.29}
    final = lambda scenario, node: values[(scenario, node)]  # noqa: E731
    assert holds(*evaluate("a > 0", "s", final))
    assert not holds(*evaluate("a < 0", "s", final))
    assert not holds(*evaluate("b < 0", "s", final))            # under the margin
    assert not holds(*evaluate("a > a@t", "s", final))          # 0.01 apart
    assert holds(*evaluate("-b < a", "s", final))
