"""Authoring source of scenarios/ai-export-controls-2026.wtm, the flagship bundled model.

The model maps the system that five news and opinion pieces of June 2026 describe around the
US export controls on frontier AI models: who restricts whom, how access leaks, how demand
shifts to sovereign suppliers, who bears the friction, and which alternatives are proposed.
Every node and edge cites the seed documents (see ``seed_sources.py``); every edge carries a
one-sentence rationale in our own words.

Run ``python build/models/ai_export_controls.py`` to regenerate the .wtm file (``--check``
only reports whether the committed file is stale). Edit the tables below, never the .wtm.

Reading guide for editors:

- Restrictions are levers; their ``initial`` is the status-quo enforcement strength (0 =
  not in force, 1 = fully enforced) as of June 2026, before the foreign-national suspension.
  Levers have no incoming edges, so under ``drivers="hold"`` they stay at that level unless
  a scenario clamps them.
- Other nodes are computed (Kosko rule, tanh activation); ``build()`` starts them at the
  steady state of the baseline (``tables.py``), so the status quo is a flat baseline and 0
  means "where the node sits with every lever at 0". Results are read as change from the
  baseline.
- The edges, with their weights, delays, confidence, sources and rationales, are in
  ``ai_export_controls_edges.py``. Delays are months, used where the documents imply a lag
  ("within weeks", "years of pressure", a window that takes time to use).
- Where the documents disagree the edges say "disputed" in their rationale and carry low
  confidence, and three scenarios ("Reading: ...") replay an option under another reading.
"""

from __future__ import annotations

import sys

from ai_export_controls_edges import EDGES
from ai_export_controls_edges_translations import EDGES as EDGE_TRANSLATIONS
from ai_export_controls_translations import NODES as NODE_TRANSLATIONS
from ai_export_controls_translations import OBJECTIVES as OBJECTIVE_TRANSLATIONS
from ai_export_controls_translations import SCENARIOS as SCENARIO_TRANSLATIONS
from seed_sources import (BAN_BLOG, CHINA_DAILY, INSIDE_AI, SECURITY_ESSAY, SEED_SOURCES,
                          WHACK_A_MOLE, write_model)
from model_info_translations import FLAGSHIP, GROUPS
from seed_sources_translations import SOURCES as SOURCE_TRANSLATIONS
from tables import SETTLED, model_from_tables
from translating import translate, translate_groups, translate_info

from windtunnel.model import Intervention, Model, Objective, Scenario, Settings, WeightOverride

FILE_NAME = "ai-export-controls-2026.wtm"

US, CN, JP, HK, SG, EU, GL = ("United States", "China", "Japan", "Hong Kong", "Singapore",
                              "Europe", "Global")
IA, CD, SE, WM, BB = INSIDE_AI, CHINA_DAILY, SECURITY_ESSAY, WHACK_A_MOLE, BAN_BLOG

#: Grid pitch in scene pixels. Columns read left to right: border levers -> first effects ->
#: leakage channels -> other jurisdictions and affected users -> outcomes (the objectives);
#: the alternatives to border controls are levers along the bottom row. Wrapped labels of
#: <= 30 characters fit in a cell. The top-left cells stay empty: the canvas draws its legend
#: there.
COLUMN, ROW = 250.0, 135.0

# -- nodes: id, label, kind, group, (column, row), initial, sources, description ----------

NODES = [
    # Column 0: United States levers that work through borders and access.
    ("access-suspension", "Foreign-national access ban", "restriction", US, (0, 2), 0.0, (CD,),
     "The Commerce Department's demand that a lab suspend access to its most advanced models "
     "for all foreign nationals. 0 = not in force (status quo), 1 = fully enforced."),
    ("export-controls", "Model export controls", "restriction", US, (0, 3), 0.5, (IA, CD, WM),
     "Washington's controls on frontier model access, extended from chips to models, "
     "platforms and talent. Level = enforcement strength; 0.5 = the regime in force in June "
     "2026, before the foreign-national suspension."),
    ("loophole-closing", "Geofencing & loophole closing", "restriction", US, (0, 4), 0.3,
     (WM,),
     "Providers blocking IP ranges, banning accounts tied to restricted institutions and "
     "shutting proxy, reseller and routing loopholes. 0.3 = the routine blocking in place."),
    ("distillation-enforcement", "Distillation enforcement", "restriction", US, (0, 5), 0.0,
     (BB,),
     "Legal action against training models on a frontier model's outputs, which labs are "
     "raising with Congress. 0 = not in force."),
    ("licensing", "Licensing & review boards", "restriction", US, (0, 6), 0.0, (BB, CD),
     "Licences and review boards for frontier model deployment. Read either as safety "
     "scrutiny or as protection of incumbents; the documents disagree."),
    # Column 1: first-order effects in the United States and on access.
    ("official-access", "Official access abroad", "factor", US, (1, 0), SETTLED, (CD, SE),
     "How far legitimate users outside the US reach frontier US models through sanctioned "
     "channels (APIs, products)."),
    ("global-takedown", "Models taken offline globally", "factor", US, (1, 1), SETTLED, (CD,),
     "Withdrawal of frontier models for everyone, because users' nationality, identity and "
     "purpose cannot be verified at scale."),
    ("access-gap", "Unmet demand for US models", "factor", GL, (1, 2.5), SETTLED, (WM, BB, CD),
     "Demand from users cut off from official channels, which looks for workarounds and "
     "alternatives rather than disappearing."),
    ("friction", "Friction for legitimate users", "factor", GL, (1, 4), SETTLED, (WM, BB),
     "Verification hoops, compliance costs and lost access borne by users the controls are "
     "not aimed at."),
    ("safety-credibility", "Credibility of the safety case", "factor", US, (1, 5.5), SETTLED,
     (BB, IA, CD),
     "How far other governments and the public accept that US rules serve safety rather than "
     "market protection."),
    # Column 2: leakage channels.
    ("eu-proxies", "VPNs & API proxies", "factor", EU, (2, 1), SETTLED, (WM,),
     "Proxies and VPN exits in third countries (a proxy in Frankfurt, say) that relay "
     "traffic from restricted locations."),
    ("sg-resellers", "Resellers via Singapore", "factor", SG, (2, 2), SETTLED, (WM,),
     "Third-party resellers and routing tricks that make traffic from Beijing look as if it "
     "came from Singapore."),
    ("shared-credentials", "Borrowed credentials", "factor", US, (2, 3), SETTLED, (WM, IA),
     "Researchers using collaborators' accounts at US institutions; academic partnerships "
     "as a leakage route."),
    ("distillation", "Distillation of US models", "factor", CN, (2, 4), SETTLED, (BB,),
     "Training cheaper models on the outputs of frontier US models, which US labs accuse "
     "Chinese labs of doing."),
    ("open-weight-derivatives", "Open-weight derivatives", "factor", GL, (2, 5), SETTLED,
     (IA, WM, CD),
     "Capabilities that spread through research papers, open repositories and open-weight "
     "derivative models."),
    # Column 3: restricted actors, rival labs and demand.
    ("restricted-access", "Restricted actors' access", "factor", CN, (3, 2), SETTLED,
     (WM, SE),
     "How much frontier capability the actors the controls target (state-linked users in "
     "China above all) still obtain, by any route."),
    ("orchestration", "Orchestration on US models", "factor", GL, (3, 1), SETTLED, (BB,),
     "Rival products that are orchestrators running on top of existing models, US ones "
     "included, rather than independent base models. How common this is is disputed."),
    ("sovereign-demand", "Sovereign AI demand", "factor", GL, (3, 0), SETTLED, (BB, CD),
     "Buyers' demand for domestic models free of export-control risk, whose access no "
     "foreign order can switch off."),
    ("beijing-labs", "Beijing AI labs", "actor", CN, (3, 3), SETTLED, (BB, CD),
     "Chinese labs building and selling frontier models. Level = their capability and "
     "market reach."),
    ("china-self-reliance", "China's self-reliance drive", "factor", CN, (3, 4), SETTLED, (CD,),
     "Localisation, independent training and security-oriented capacity building, forged "
     "under years of external pressure."),
    ("tokyo-labs", "Tokyo AI labs", "actor", JP, (4, 0), SETTLED, (BB,),
     "Japanese labs selling sovereign AI. Level = their capability and market reach."),
    # Rows 5-6 and the top of column 2: who bears the friction.
    ("researchers", "Researchers & academics", "actor", GL, (2, 6), SETTLED, (BB, WM),
     "Academic and independent researchers working with frontier models in good faith. "
     "Level = their working access."),
    ("small-devs", "Small developers", "actor", GL, (3, 6), SETTLED, (BB,),
     "Small companies and independent developers building on frontier models. Level = their "
     "working access."),
    ("public-institutions", "Public institutions", "actor", GL, (3, 5), SETTLED, (BB, SE),
     "Public bodies (agencies, universities, hospitals) using frontier models. Level = their "
     "working access."),
    ("defenders", "Security defenders", "actor", GL, (4, 6), SETTLED, (SE,),
     "Security teams that use frontier models for code auditing and threat detection. Level "
     "= their working access."),
    ("eu-developers", "Allied developers in Europe", "actor", EU, (2, 0), SETTLED, (SE,),
     "Developers in allied regions who build US models' safety layers into their own "
     "frameworks. Level = their working access."),
    ("sg-startups", "Singapore startups", "actor", SG, (4, 3), SETTLED, (WM,),
     "Startups in gray-area jurisdictions, some employing Chinese nationals. Level = their "
     "working access."),
    # Columns 4-5: Hong Kong's third space and system-level factors.
    ("hk-startups", "HK universities & startups", "actor", HK, (4, 4), SETTLED, (IA,),
     "Hong Kong's universities and deep-tech startups, a possible third space between the "
     "US and Chinese stacks. Level = talent and investment they attract."),
    ("less-vetted-use", "Use of less-vetted models", "factor", GL, (4, 2), SETTLED, (SE,),
     "Organisations running open-weight models without rigorous fine-tuning, safety "
     "filters or central patching."),
    ("cross-border-research", "Cross-border research", "factor", GL, (4, 5), SETTLED, (SE, WM, IA),
     "International teams stress-testing models together and sharing findings."),
    ("us-china-trust", "US-China trust", "factor", GL, (5, 4.5), SETTLED, (CD,),
     "Room for China-US scientific and technical cooperation; competition without full "
     "disengagement."),
    ("shared-standards", "Shared safety standards", "factor", GL, (5, 6), SETTLED, (IA, SE, CD),
     "Common, interoperable methods for model evaluation, safety testing and defensive "
     "protocols across jurisdictions."),
    # Bottom row: the alternatives to border controls, all levers.
    ("capability-controls", "Capability-based controls", "restriction", US, (1, 7), 0.0, (CD,),
     "Controls on high-risk model capabilities (evaluations, deployment thresholds) instead of "
     "on users' nationality. Proposed, not in force."),
    ("usage-monitoring", "Usage monitoring & watermarks", "restriction", US, (2, 7), 0.1,
     (WM, CD),
     "Accountability layers that track what a model does rather than who runs it: usage "
     "monitoring, output watermarking, audit trails. 0.1 = providers' current monitoring."),
    ("decentralized-safety", "Decentralised safety protocols", "restriction", GL, (3, 7), 0.1,
     (SE,),
     "Provider-independent safeguards: output verification for any model, hardware-level "
     "protections, community audits sharing telemetry, air-gapped test environments. "
     "0.1 = early industry moves."),
    ("intergov-dialogue", "US-China AI dialogue", "factor", GL, (4, 7), 0.1, (CD,),
     "The intergovernmental AI dialogue both countries agreed to launch, on risk governance, "
     "capability evaluation, model safety and misuse prevention. 0.1 = agreed, barely begun. "
     "A lever though not a restriction: its level is how seriously it is pursued."),
    ("hk-eval-hub", "HK interoperable eval hub", "restriction", HK, (5, 7), 0.0, (IA,),
     "Hong Kong adopting interoperable technical standards for model evaluation and safety "
     "testing instead of mirroring export controls. Proposed; critics doubt the city's "
     "autonomy."),
    # Column 6: outcomes (the objectives).
    ("us-labs", "US frontier labs", "actor", US, (6, 0), SETTLED, (BB, IA),
     "US frontier labs (Anthropic and its peers). Level = their market position: customers, "
     "revenue and lead."),
    ("misuse-risk", "Misuse risk", "factor", GL, (6, 2.5), SETTLED, (SE, CD, IA),
     "Risk that AI is used for cyberattacks, malware, phishing or state weaponisation, "
     "anywhere."),
    ("fragmentation", "Ecosystem fragmentation", "factor", GL, (6, 4.5), SETTLED, (IA, CD, SE),
     "Parallel national AI stacks with conflicting rules, poor interoperability and mutual "
     "mistrust."),
    ("security-research", "Security research capacity", "factor", GL, (6, 6), SETTLED, (SE,),
     "The world's ability to find and fix model vulnerabilities and AI-enabled threats "
     "before attackers do."),
]

#: Nodes that are levers without being restrictions (their kind says what they are).
LEVER_FACTORS = {"intergov-dialogue"}

# -- scenarios ------------------------------------------------------------------------------

#: Status-quo enforcement of each lever, read from the node table.
_STATUS_QUO = {row[0]: row[5] for row in NODES
               if row[2] == "restriction" or row[0] in LEVER_FACTORS}
START = 1  # policy options take effect from month 1, so month 0 is shared with the baseline


def _set(**levels: float) -> tuple[Intervention, ...]:
    """Clamp levers (ids with ``_`` for ``-``) at the given levels from month 1 on."""
    return tuple(Intervention(node.replace("_", "-"), "clamp", value, START)
                 for node, value in levels.items())


SCENARIOS = [
    Scenario(
        "status-quo", "Status quo",
        "Every lever held at its June 2026 enforcement level: export controls in force, "
        "routine geofencing, little monitoring, a dialogue agreed but barely begun. Identical "
        "to the baseline, so every change is zero; it is the yardstick for the others.",
        tuple(Intervention(node, "clamp", level, START) for node, level in _STATUS_QUO.items())),
    Scenario(
        "access-suspension", "Foreign-national access ban",
        "Washington orders access suspended for all foreign nationals; unable to verify "
        "nationality, the lab takes its models offline worldwide (the June 2026 event).",
        _set(access_suspension=1.0)),
    Scenario(
        "whack-a-mole", "Geofencing + loophole closing",
        "Controls tightened and every known workaround chased: proxies, resellers, routing "
        "and borrowed accounts ('whack-a-mole').",
        _set(export_controls=0.8, loophole_closing=0.9)),
    Scenario(
        "channels-closed", "Loophole closing alone",
        "Only the known workarounds are chased (proxies, resellers, borrowed accounts), export "
        "controls unchanged: the leakage dynamic on its own, as determined users move to the "
        "channels left open and legitimate users absorb the friction.",
        _set(loophole_closing=0.9)),
    Scenario(
        "accountability", "Accountability layers, not borders",
        "Usage monitoring, watermarking and audit trails track what models do; geographic "
        "controls and geofencing relaxed.",
        _set(usage_monitoring=0.9, export_controls=0.2, loophole_closing=0.1)),
    Scenario(
        "capability-dialogue", "Capability controls + US-China dialogue",
        "Controls move from users' nationality to high-risk capabilities, and the agreed "
        "intergovernmental dialogue is pursued in earnest.",
        _set(capability_controls=0.8, intergov_dialogue=0.6, export_controls=0.2)),
    Scenario(
        "hk-hub", "Hong Kong as interoperable evaluation hub",
        "Hong Kong adopts interoperable evaluation and safety-testing standards and becomes a "
        "neutral sandbox; US controls unchanged.",
        _set(hk_eval_hub=0.9)),
    Scenario(
        "decentralized-safety", "Decentralised safety protocols",
        "Industry and governments invest in provider-independent safeguards: output "
        "verification, hardware protections, shared telemetry, air-gapped testing; US "
        "controls unchanged.",
        _set(decentralized_safety=0.9)),
    Scenario(
        "licensing-distillation", "Licensing + distillation enforcement",
        "Licensing regimes and review boards for frontier models, plus legal action against "
        "distillation of US models' outputs.",
        _set(licensing=0.8, distillation_enforcement=0.8)),
    Scenario(
        "reading-orchestrators", "Reading: rivals are orchestrators",
        "The access ban again, under the sceptical reading of the new labs: their products "
        "lean heavily on US models (orchestration edges raised from 0.25 to 0.6), so the "
        "takedown also weakens them.",
        _set(access_suspension=1.0),
        (WeightOverride("orchestration", "beijing-labs", 0.6),
         WeightOverride("orchestration", "tokyo-labs", 0.6))),
    Scenario(
        "reading-incumbency", "Reading: licensing as incumbency shield",
        "Licensing + distillation enforcement again, under the reading that the rules mostly "
        "protect incumbents: no safety gain from review boards, a larger market gain for US "
        "labs, a larger loss of credibility.",
        _set(licensing=0.8, distillation_enforcement=0.8),
        (WeightOverride("licensing", "misuse-risk", 0.0),
         WeightOverride("licensing", "us-labs", 0.6),
         WeightOverride("licensing", "safety-credibility", -0.7))),
    Scenario(
        "reading-security", "Reading: access drives misuse",
        "Geofencing + loophole closing again, under the security reading that favours controls: "
        "restricted actors' access is the main driver of misuse (weight 0.6 instead of 0.3) and "
        "closing loopholes works better (proxy and reseller routes cut twice as hard).",
        _set(export_controls=0.8, loophole_closing=0.9),
        (WeightOverride("restricted-access", "misuse-risk", 0.6),
         WeightOverride("loophole-closing", "eu-proxies", -1.0),
         WeightOverride("loophole-closing", "sg-resellers", -0.8))),
]

OBJECTIVES = [
    Objective("limit-misuse", "Limit misuse risk", "misuse-risk", "decrease", 0.05, 3.0),
    Objective("limit-restricted-access", "Limit restricted actors' access", "restricted-access",
              "decrease", 0.05, 2.0),
    Objective("no-friction", "Do not raise friction for legitimate users", "friction",
              "decrease", 0.0, 2.0),
    Objective("less-fragmentation", "Do not deepen fragmentation", "fragmentation", "decrease",
              0.0, 1.5),
    Objective("security-research", "Do not weaken security research", "security-research",
              "increase", 0.0, 2.0),
    Objective("us-position", "Keep US labs' market position", "us-labs", "increase", 0.0, 1.0),
]

SETTINGS = Settings(steps=36, time_unit="month", rule="kosko", activation="tanh", tolerance=1e-4,
                    steepness=1.0, start="initial", drivers="hold", samples=1000, seed=2026)

TITLE = "AI export controls, June 2026"
DESCRIPTION = (
    "What the June 2026 US export controls on frontier AI models set in motion, as five news "
    "and opinion pieces describe it: who restricts whom, how access leaks (VPNs and proxies, "
    "resellers, borrowed credentials, open-weight derivatives, distillation), how demand "
    "shifts to sovereign AI from Tokyo and Beijing labs, who bears the friction, and the "
    "alternatives on offer. Restrictions are levers (level = enforcement strength, initial = "
    "June 2026 status quo); one step is a month. Where the documents disagree (safety or "
    "incumbency protection; how independent the new labs are) the edges have low confidence "
    "and the three 'Reading' scenarios replay an option under another view. Four of the five "
    "documents are critical of border-style controls and the map inherits their emphasis; "
    "the case for controls rests on the edges into Restricted actors' access and Misuse "
    "risk, which 'Reading: access drives misuse' strengthens.")


def build() -> Model:
    """The model, built through the model API, settled (tables.py) and translated."""
    model = model_from_tables(title=TITLE, description=DESCRIPTION, settings=SETTINGS,
                              sources=SEED_SOURCES, nodes=NODES, edges=EDGES,
                              scenarios=SCENARIOS, objectives=OBJECTIVES, grid=(COLUMN, ROW),
                              lever_factors=LEVER_FACTORS)
    translate(model, nodes=NODE_TRANSLATIONS, edges=EDGE_TRANSLATIONS,
              scenarios=SCENARIO_TRANSLATIONS, objectives=OBJECTIVE_TRANSLATIONS,
              sources=SOURCE_TRANSLATIONS)
    translate_groups(model, GROUPS)
    return translate_info(model, FLAGSHIP)


if __name__ == "__main__":
    sys.exit(write_model(build(), FILE_NAME, sys.argv))
