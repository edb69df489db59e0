"""Authoring source of scenarios/blank-template.wtm, the starting point for a new model.

The template holds one node of each kind joined in a chain (restriction -> actor -> factor),
one placeholder source, one scenario and one objective, each with a description that says
what the element means and how to replace it. It passes ``windtunnel check`` with no
warnings, so a user who edits it step by step always has a model that runs.

Run ``python build/models/blank_template.py`` to regenerate the .wtm file (``--check`` only
reports whether the committed file is stale).
"""

from __future__ import annotations

import sys

from blank_template_translations import EDGES as EDGE_TRANSLATIONS
from blank_template_translations import GROUPS
from blank_template_translations import NODES as NODE_TRANSLATIONS
from blank_template_translations import OBJECTIVES as OBJECTIVE_TRANSLATIONS
from blank_template_translations import SCENARIOS as SCENARIO_TRANSLATIONS
from blank_template_translations import SOURCES as SOURCE_TRANSLATIONS
from model_info_translations import BLANK
from seed_sources import write_model
from translating import translate, translate_groups, translate_info

from windtunnel.model import (Edge, Intervention, Model, Node, Objective, Scenario, Settings,
                              Source)

FILE_NAME = "blank-template.wtm"
GROUP = "Your jurisdiction"
SOURCE = "your-source"

SOURCES = [
    Source(SOURCE, "Replace with the title of your evidence",
           publisher="Who published it", date="YYYY-MM-DD",
           citation="A reference a colleague can find: author, outlet, date, page or link.",
           note="One line in your own words on what this source says about the map."),
]

NODES = [
    Node("restriction", "A restriction (lever)", kind="restriction", group=GROUP, initial=0.5,
         position=(0.0, 0.0), sources=(SOURCE,),
         description=(
             "RESTRICTION: a rule or control that a policy can change, such as an export "
             "ban, a licence requirement or a monitoring duty. Restrictions are the levers: "
             "their level is enforcement strength (0 = not in force, 1 = fully enforced) and "
             "'initial' is today's enforcement. Scenarios clamp levers to other levels; "
             "give a lever no incoming arrows so that only scenarios move it.")),
    Node("actor", "An actor", kind="actor", group=GROUP, initial=0.3,
         position=(300.0, 0.0), sources=(SOURCE,),
         description=(
             "ACTOR: a person, organisation or country that responds to the levers, such as "
             "a lab, a user group or a government. Say in this description what its level "
             "measures (its access, its market share, its capability): -1 very low, 0 "
             "middling, +1 very high.")),
    Node("factor", "An outcome factor", kind="factor", group=GROUP, initial=0.3,
         position=(600.0, 0.0), sources=(SOURCE,),
         description=(
             "FACTOR: a condition or outcome that actors and restrictions push up or down, "
             "such as a risk, a cost or a level of trust. Outcomes you care about become "
             "objectives.")),
]

EDGES = [
    Edge("restriction", "actor", -0.5, sources=(SOURCE,),
         rationale="Replace with one sentence saying why a rise in the restriction pushes "
                   "the actor down (negative weight) or up (positive)."),
    Edge("actor", "factor", 0.5, delay=1, confidence="low", sources=(SOURCE,),
         rationale="Replace with one sentence; this edge acts one step later (delay 1) and "
                   "its low confidence widens its uncertainty range."),
]

SCENARIOS = [
    Scenario("enforce", "Example: enforce fully",
             "A scenario is a policy option: it clamps levers to new levels from a chosen "
             "step. This one holds the restriction at 1 from step 1. Rename it, or add your "
             "own options and compare them.",
             (Intervention("restriction", "clamp", 1.0, 1),)),
]

OBJECTIVES = [
    Objective("example-objective", "Example: lower the outcome", "factor", "decrease", 0.05,
              1.0),
]

TITLE = "New model"
DESCRIPTION = (
    "A blank template. It shows the three kinds of node: restrictions (the levers a policy "
    "can move), actors (who respond) and factors (conditions and outcomes). Replace the "
    "examples, cite a source on every arrow, then add scenarios (policy options) and "
    "objectives (what they should achieve). Each element's description says how.")


def build() -> Model:
    """The template, checked by the model API, with its text in every bundled language."""
    model = Model.from_elements(title=TITLE, description=DESCRIPTION,
                                settings=Settings(steps=24, time_unit="month", rule="kosko",
                                                  activation="tanh", tolerance=1e-4),
                                sources=SOURCES, nodes=NODES, edges=EDGES,
                                scenarios=SCENARIOS, objectives=OBJECTIVES)
    translate(model, nodes=NODE_TRANSLATIONS, edges=EDGE_TRANSLATIONS,
              scenarios=SCENARIO_TRANSLATIONS, objectives=OBJECTIVE_TRANSLATIONS,
              sources=SOURCE_TRANSLATIONS)
    translate_groups(model, GROUPS)
    return translate_info(model, BLANK)


if __name__ == "__main__":
    sys.exit(write_model(build(), FILE_NAME, sys.argv))
