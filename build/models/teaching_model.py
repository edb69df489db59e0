"""Authoring source of scenarios/first-steps-access-controls.wtm, the teaching model.

A 12-node version of the export-controls story for first-time users: two levers, four
actors, six factors, one delay, one reinforcing feedback loop, three scenarios and three
objectives. Each node's description says which of the three kinds it is and how to read
it, so that clicking through the map teaches the vocabulary; the flagship model
(``ai_export_controls.py``) is the full picture.

Run ``python build/models/teaching_model.py`` to regenerate the .wtm file (``--check`` only
reports whether the committed file is stale).
"""

from __future__ import annotations

import sys

from seed_sources import (BAN_BLOG, CHINA_DAILY, INSIDE_AI, SECURITY_ESSAY, SEED_SOURCES,
                          WHACK_A_MOLE, write_model)
from model_info_translations import GROUPS, TEACHING
from seed_sources_translations import SOURCES as SOURCE_TRANSLATIONS
from tables import SETTLED, model_from_tables
from teaching_model_translations import EDGES as EDGE_TRANSLATIONS
from teaching_model_translations import NODES as NODE_TRANSLATIONS
from teaching_model_translations import OBJECTIVES as OBJECTIVE_TRANSLATIONS
from teaching_model_translations import SCENARIOS as SCENARIO_TRANSLATIONS
from translating import translate, translate_groups, translate_info

from windtunnel.model import Intervention, Model, Objective, Scenario, Settings

FILE_NAME = "first-steps-access-controls.wtm"

US, CN, GL = "United States", "China", "Global"
IA, CD, SE, WM, BB = INSIDE_AI, CHINA_DAILY, SECURITY_ESSAY, WHACK_A_MOLE, BAN_BLOG
COLUMN, ROW = 260.0, 150.0

_LEVER = ("A restriction, so a policy lever: its level is how strictly it is enforced "
          "(0 = not at all, 1 = fully). Scenarios move levers; nothing else does. ")
_ACTOR = ("An actor: someone who responds to the levers. Its level is how well it is "
          "doing on the dimension named here. ")
_FACTOR = ("A factor: a condition or outcome that the others push up or down. ")

# id, label, kind, group, (column, row), initial, sources, description
NODES = [
    ("access-ban", "Access ban", "restriction", US, (0, 1), 0.3, (CD, WM),
     _LEVER + "0.3 = the controls in force today. Try the 'Tighten the ban' scenario."),
    ("usage-monitoring", "Usage monitoring", "restriction", US, (0, 3), 0.0, (WM,),
     _LEVER + "Tracks what a model is used for rather than who uses it; not in force (0)."),
    ("official-access", "Official access", "factor", US, (1, 0), SETTLED, (CD,),
     _FACTOR + "How easily users abroad reach US models through the front door."),
    ("workarounds", "Workarounds (VPNs, resellers)", "factor", GL, (1, 2), SETTLED, (WM,),
     _FACTOR + "Proxies, resellers and borrowed accounts. Its edge from the ban has a delay "
               "of 2 months: workarounds take time to appear."),
    ("friction", "Friction for users", "factor", GL, (1, 3), SETTLED, (WM, BB),
     _FACTOR + "Checks and hoops that land on legitimate users."),
    ("sovereign-demand", "Demand for sovereign AI", "factor", GL, (2, 0), SETTLED, (BB,),
     _FACTOR + "Buyers who want models that no foreign ban can switch off. Part of a "
               "reinforcing loop with the rival labs: each pushes the other up."),
    ("restricted-users", "Restricted users' access", "actor", CN, (2, 2), SETTLED, (WM, SE),
     _ACTOR + "The users the ban targets; level = the access they still get, by any route."),
    ("legit-users", "Legitimate users", "actor", GL, (2, 3), SETTLED, (BB, SE),
     _ACTOR + "Researchers, small developers, public institutions, security defenders; "
              "level = their working access."),
    ("rival-labs", "Rival labs abroad", "actor", GL, (3, 0), SETTLED, (BB,),
     _ACTOR + "Labs in Tokyo and Beijing selling sovereign AI; level = their market reach."),
    ("us-lab", "US AI lab", "actor", US, (3, 1), SETTLED, (BB, IA),
     _ACTOR + "A US frontier lab; level = its market position."),
    ("fragmentation", "Fragmentation", "factor", GL, (3, 2), SETTLED, (IA, CD),
     _FACTOR + "Parallel national AI stacks with conflicting rules."),
    ("misuse-risk", "Misuse risk", "factor", GL, (3, 3), SETTLED, (SE, CD),
     _FACTOR + "Risk that AI is used for attacks anywhere. Two objectives watch it."),
]

# source, target, weight, delay, confidence, sources, rationale
EDGES = [
    ("access-ban", "official-access", -0.7, 0, "high", (CD, WM),
     "A ban closes the front door to users abroad."),
    ("access-ban", "restricted-users", -0.5, 0, "high", (SE, WM),
     "Cutting the targets' direct access is what the ban is for."),
    ("access-ban", "friction", 0.5, 0, "high", (WM, BB),
     "Every check meant for the targets also lands on everyone else."),
    ("access-ban", "workarounds", 0.5, 2, "high", (WM,),
     "Determined users find proxies and resellers, after a couple of months."),
    ("access-ban", "sovereign-demand", 0.4, 1, "high", (BB,),
     "Buyers who fear losing access turn to suppliers no foreign ban can reach."),
    ("usage-monitoring", "misuse-risk", -0.5, 1, "medium", (WM, CD),
     "Watching what the model does catches misuse whoever runs it."),
    ("usage-monitoring", "friction", 0.1, 0, "medium", (WM,),
     "Monitoring adds a little overhead but no border checks."),
    ("official-access", "legit-users", 0.6, 0, "high", (BB, SE),
     "Legitimate users abroad depend on the front door."),
    ("official-access", "us-lab", 0.6, 0, "high", (BB,),
     "Customers abroad are a large part of the lab's market."),
    ("workarounds", "restricted-users", 0.5, 0, "high", (WM,),
     "Workarounds give the targets back much of what the ban took."),
    ("friction", "legit-users", -0.5, 0, "high", (BB, WM),
     "Hoops and compliance costs lock out researchers and small developers first."),
    ("sovereign-demand", "rival-labs", 0.6, 1, "high", (BB,),
     "Rival labs sell exactly what the ban made people want."),
    ("sovereign-demand", "fragmentation", 0.5, 2, "high", (IA, CD),
     "Every country buying its own stack splits the ecosystem."),
    ("rival-labs", "sovereign-demand", 0.3, 0, "medium", (BB,),
     "Their marketing feeds the fear of losing access (a reinforcing loop)."),
    ("rival-labs", "us-lab", -0.4, 2, "medium", (BB,),
     "Rival labs win customers from the US lab."),
    ("restricted-users", "misuse-risk", 0.4, 0, "medium", (SE,),
     "Access by the actors the ban targets raises misuse risk."),
    ("legit-users", "misuse-risk", -0.2, 0, "medium", (SE,),
     "Researchers and defenders among the users find flaws before attackers do."),
    ("fragmentation", "misuse-risk", 0.3, 2, "medium", (IA, SE),
     "Parallel stacks are harder to govern and to defend."),
]

SCENARIOS = [
    Scenario("tighten", "Tighten the ban",
             "The access ban fully enforced from month 1. Watch the workarounds arrive two "
             "months later, and the rival labs' loop.",
             (Intervention("access-ban", "clamp", 0.9, 1),)),
    Scenario("monitor", "Monitor use instead",
             "The ban relaxed and usage monitoring introduced from month 1.",
             (Intervention("access-ban", "clamp", 0.1, 1),
              Intervention("usage-monitoring", "clamp", 0.8, 1))),
    Scenario("both", "Ban and monitor",
             "The ban fully enforced and usage monitoring introduced, from month 1.",
             (Intervention("access-ban", "clamp", 0.9, 1),
              Intervention("usage-monitoring", "clamp", 0.8, 1))),
]

OBJECTIVES = [
    Objective("limit-misuse", "Limit misuse risk", "misuse-risk", "decrease", 0.05, 3.0),
    Objective("limit-restricted", "Limit restricted users' access", "restricted-users",
              "decrease", 0.05, 2.0),
    Objective("protect-users", "Do not hurt legitimate users", "legit-users", "increase",
              0.0, 2.0),
]

SETTINGS = Settings(steps=24, time_unit="month", rule="kosko", activation="tanh",
                    tolerance=1e-4, samples=500, seed=2026)

TITLE = "First steps: a border around software"
DESCRIPTION = (
    "A small teaching model. Restrictions are the levers a policy can move; actors "
    "respond; factors are conditions and outcomes (the legend shows each kind's shape). "
    "An arrow says 'a rise here pushes that up' (positive) or 'down' (negative); its width "
    "is the strength, a dashed arrow acts after a delay. Run a scenario and read each "
    "node's change from the "
    "baseline (the model with every lever at its initial level); objectives say which "
    "changes you want. The full picture is the bundled 'AI export controls, June 2026' "
    "model.")


def build() -> Model:
    """The teaching model, built through the model API, settled (tables.py) and translated."""
    model = model_from_tables(title=TITLE, description=DESCRIPTION, settings=SETTINGS,
                              sources=SEED_SOURCES, nodes=NODES, edges=EDGES,
                              scenarios=SCENARIOS, objectives=OBJECTIVES, grid=(COLUMN, ROW))
    translate(model, nodes=NODE_TRANSLATIONS, edges=EDGE_TRANSLATIONS,
              scenarios=SCENARIO_TRANSLATIONS, objectives=OBJECTIVE_TRANSLATIONS,
              sources=SOURCE_TRANSLATIONS)
    translate_groups(model, GROUPS)
    return translate_info(model, TEACHING)


if __name__ == "__main__":
    sys.exit(write_model(build(), FILE_NAME, sys.argv))
