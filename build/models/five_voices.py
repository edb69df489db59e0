"""Authoring source of scenarios/ai-export-controls-2026-voices.wtm: the export-controls map
rated by the five voices of its sources.

Each participant is one seed document's position: the China Daily opinion, the Hong Kong
hub argument (Inside AI), the "incumbency shield" blog, the cyber-defence essay, and the US
security view as the other documents report it (no document is written from it; its
ratings cite the reports). A voice rates only the edges its document speaks to, each rating
a linguistic term whose rationale quotes or paraphrases the document it cites. The map's
weights are the mean of the voices that rated an edge (zeros ignored: a voice that is
silent on an edge has no view on it); the edges no voice rated keep the flagship's weights.
The model is then settled, so that its status quo is a steady state like the flagship's,
and runs 48 months (the voices' weights settle more slowly than the flagship's 36).

Run ``python build/models/five_voices.py`` to regenerate the .wtm file (``--check`` only
reports whether the committed file is stale).
"""

from __future__ import annotations

import sys
from dataclasses import replace

from ai_export_controls import build as build_flagship
from seed_sources import write_model
from model_info_translations import GROUPS, PARTICIPANTS, VOICES as VOICES_INFO
from tables import settle
from translating import translate, translate_groups, translate_info

from windtunnel.engine import apply_working_weights
from windtunnel.model import Model, Participant, Rating

FILE_NAME = "ai-export-controls-2026-voices.wtm"
TITLE = "AI export controls, June 2026: five voices"
DESCRIPTION = (
    "The export-controls map rated by the five voices of its sources: each participant is one "
    "document's position, and each rating quotes or paraphrases the document it cites (the US "
    "security view is the government position as the other sources report it; no source is "
    "written from it). Weights of rated edges are the mean of the voices that rated them "
    "(a voice silent on an edge is left out of its aggregate); unrated edges keep the "
    "flagship map's weights. Run the scenarios with --participants to read each voice's map.")


def R(source: str, target: str, term: str, why: str, *sources: str,  # noqa: N802 (a table)
      conf: str = "medium") -> Rating:
    """One row of a voice's table: the edge, the term, why (from the document), the citation."""
    return Rating(source, target, term=term, rationale=why, sources=sources, confidence=conf)


VOICES = [
 Participant("us-security", "US security view (as reported)", role="Government position, as the sources report it",
  group="United States", date="2026-06", ratings=(
  R("export-controls", "restricted-access", "-H", "The controls are 'designed to prevent state actors from weaponizing advanced reasoning capabilities'; Washington treats frontier models the way it treats advanced semiconductors.", "security-essay", "whack-a-mole"),
  R("restricted-access", "misuse-risk", "+H", "The stated reason for the controls: access by state actors is what lets them weaponise the models.", "security-essay", "china-daily"),
  R("access-suspension", "restricted-access", "-H", "The suspension of access for all foreign nationals was demanded 'citing national security concerns'.", "china-daily"),
  R("loophole-closing", "eu-proxies", "-M", "The lab is 'closing technical loopholes that allowed Chinese engineers to access Claude despite export restrictions': VPNs and API proxies.", "whack-a-mole"),
  R("loophole-closing", "sg-resellers", "-M", "Third-party resellers and routing that makes Beijing traffic look Singaporean are among the holes being plugged.", "whack-a-mole"),
  R("distillation-enforcement", "distillation", "-M", "The move 'signals the need for stronger legal frameworks to protect AI innovations from unauthorized access'; distillation is being raised with Congress.", "whack-a-mole", "ban-blog"),
  R("eu-proxies", "restricted-access", "+M", "The workarounds are why enforcement is needed: 'engineers are still finding ways to use AI models despite stringent restrictions'.", "whack-a-mole"),
 )),
 Participant("china-daily-op", "China Daily opinion (Wang Dong, Zhang Xueyu)", role="Academic opinion, Peking University",
  group="China", date="2026-06-26", ratings=(
  R("export-controls", "restricted-access", "-VL", "Restricting AI with 'outdated export-control measures is both naive and futile': the US 'cannot block the global spread of technological ideas'.", "china-daily", conf="high"),
  R("export-controls", "china-self-reliance", "+H", "'After years of external pressure, China has forged a more mature approach to building technological resilience': localisation and independent training.", "china-daily", conf="high"),
  R("export-controls", "us-china-trust", "-H", "'US AI restrictions targeting China could destabilize bilateral relations'.", "china-daily", conf="high"),
  R("access-suspension", "global-takedown", "+VH", "'Faced with the impracticality of verifying users' nationality, identity and purposes, Anthropic took the drastic step of taking these models offline globally.'", "china-daily", conf="high"),
  R("access-gap", "open-weight-derivatives", "+H", "Walls 'push other countries and developers to create alternatives, including localized deployment, independent model training and open-source ecosystems'.", "china-daily"),
  R("capability-controls", "misuse-risk", "-H", "'The focus should be on constraining high-risk model capabilities, not users from specific nations.'", "china-daily"),
  R("intergov-dialogue", "us-china-trust", "+M", "The agreed intergovernmental dialogue should centre on risk governance and cooperation, not containment.", "china-daily"),
  R("intergov-dialogue", "shared-standards", "+M", "The dialogue's agenda: 'risk governance, capability evaluation, model safety, misuse prevention'.", "china-daily"),
  R("fragmentation", "us-china-trust", "-H", "Exclusive strategic assets 'will lead to isolated systems marked by mutual mistrust'.", "china-daily"),
  R("fragmentation", "friction", "+M", "Isolated systems with conflicting rules 'drive up AI adoption costs'.", "china-daily"),
 )),
 Participant("hk-hub", "Hong Kong hub argument (Dr. Ruby Tong)", role="Technology strategist, quoted by Inside AI",
  group="Hong Kong", date="2026-06-25", ratings=(
  R("export-controls", "restricted-access", "-L", "'Code moves instantly; denying access only accelerates rival development': models leak through papers, repositories and collaborations.", "inside-ai"),
  R("restricted-access", "misuse-risk", "+VL", "The security scare blamed on a jailbreak 'turned out to involve only minor flaws already present in other publicly available models'.", "inside-ai"),
  R("open-weight-derivatives", "restricted-access", "+H", "AI models 'leak through research papers, open-source repositories, and cross-border collaborations'.", "inside-ai"),
  R("sovereign-demand", "fragmentation", "+H", "'By forcing nations to build alternatives, export controls fragment the global AI ecosystem, creating parallel stacks'.", "inside-ai", conf="high"),
  R("fragmentation", "misuse-risk", "+M", "The parallel stacks are 'less safe, less interoperable, and harder to govern'.", "inside-ai"),
  R("export-controls", "safety-credibility", "-M", "The lab 'actively lobbied for stricter cross-border limits', an irony 'not lost on industry observers'.", "inside-ai"),
  R("hk-eval-hub", "shared-standards", "+H", "Hong Kong 'could adopt technical standards that facilitate model evaluation and safety testing across jurisdictions'.", "inside-ai", conf="high"),
  R("hk-eval-hub", "hk-startups", "+H", "With the right posture the city 'can attract researchers and startups fleeing the binary choice between US and Chinese spheres'.", "inside-ai"),
  R("shared-standards", "friction", "-M", "Interoperable standards 'would lower compliance costs'.", "inside-ai"),
  R("hk-startups", "fragmentation", "-L", "A 'third space for AI innovation' bridges the silos, though 'critics warn that Hong Kong's autonomy is eroding'.", "inside-ai", conf="low"),
 )),
 Participant("incumbency-blog", "'Incumbency shield' blog", role="Commentator, personal blog",
  group="Global", date="2026-06", ratings=(
  R("export-controls", "sovereign-demand", "+H", "'The restriction manufactured the demand it was trying to contain': sovereign AI, 'no export control risk'.", "ban-blog", conf="high"),
  R("export-controls", "us-labs", "+M", "'The current approach looks more like incumbency protection than safety policy.'", "ban-blog"),
  R("export-controls", "safety-credibility", "-H", "'Regulatory capture dressed in safety language is still regulatory capture'; market protection 'corrodes the credibility' of safety.", "ban-blog", conf="high"),
  R("sovereign-demand", "tokyo-labs", "+H", "'Within weeks, labs in Tokyo and Beijing were shipping products with a pitch they could not have written better themselves.'", "ban-blog"),
  R("sovereign-demand", "beijing-labs", "+H", "The same sovereign pitch, from Beijing.", "ban-blog"),
  R("licensing", "us-labs", "+M", "'Now that someone has shown up to compete seriously, the response is licensing regimes and review boards.'", "ban-blog"),
  R("licensing", "misuse-risk", "-L", "'Some regulation of frontier AI makes sense' and safety concerns 'are real', but 'I'm not sure it's going to work'.", "ban-blog", conf="low"),
  R("friction", "researchers", "-H", "'The people who get locked out first are rarely the ones the policy was designed to protect': the researchers.", "ban-blog"),
  R("friction", "small-devs", "-H", "... the small developers ...", "ban-blog"),
  R("friction", "public-institutions", "-H", "... the public institutions trying to work with these tools in good faith.", "ban-blog"),
  R("orchestration", "beijing-labs", "+L", "Some of these systems 'are orchestrators running on top of existing models, including Claude', not independent base models.", "ban-blog", conf="low"),
  R("distillation-enforcement", "safety-credibility", "-M", "Claiming rights over outputs is 'a genuinely interesting position for a company that trained its model by scraping the entire internet'.", "ban-blog"),
 )),
 Participant("cyber-defence", "Cyber-defence essay (Security versus isolation)", role="Security analyst, unattributed essay",
  group="Global", date="2026-06", ratings=(
  R("export-controls", "restricted-access", "-M", "The regulations 'are designed to prevent state actors from weaponizing advanced reasoning capabilities'.", "security-essay"),
  R("restricted-access", "misuse-risk", "+L", "The essay asks 'whether isolationism in the tech sector actually enhances safety' at all.", "security-essay", conf="low"),
  R("export-controls", "cross-border-research", "-H", "Controls 'disrupt the collaborative ecosystems' in which international teams stress-test models.", "security-essay", conf="high"),
  R("access-gap", "less-vetted-use", "+H", "'Organizations in restricted jurisdictions are turning to open-weight models that lack the rigorous fine-tuning and safety filters'.", "security-essay", conf="high"),
  R("less-vetted-use", "misuse-risk", "+H", "'This migration to less-vetted technology increases the overall risk profile of the internet'.", "security-essay", conf="high"),
  R("friction", "defenders", "-H", "'Global security professionals lose access to the gold standard for automated code auditing and threat detection.'", "security-essay"),
  R("official-access", "eu-developers", "+M", "Exclusion 'prevents developers in allied regions from integrating Anthropic's robust safety layers into their own local frameworks'.", "security-essay"),
  R("fragmentation", "shared-standards", "-H", "Fragmentation 'could lead to a lack of standardization in defensive protocols'.", "security-essay"),
  R("fragmentation", "security-research", "-M", "Isolationism 'blinds global defenders to emerging threats that ignore geographic boundaries'.", "security-essay"),
  R("decentralized-safety", "misuse-risk", "-M", "Hardware-level protections and verification 'that validated the outputs of any AI, regardless of its origin'.", "security-essay"),
  R("decentralized-safety", "security-research", "+M", "Community-driven audits where researchers 'shared telemetry on model behaviors across borders'.", "security-essay"),
 )),
]


def build() -> Model:
    """The flagship with the five voices, its weights their aggregate, settled."""
    model = build_flagship()
    model.set_info(title=TITLE, description=DESCRIPTION)
    # the voices' weights settle more slowly than the flagship's: four years, not three
    model.set_settings(replace(model.settings, aggregation="mean", aggregation_zeros="ignore",
                               steps=48))
    translate_info(model, VOICES_INFO)
    for voice in VOICES:
        model.add_participant(voice)
    translate(model, participants=PARTICIPANTS)
    translate_groups(model, GROUPS)
    apply_working_weights(model)
    return settle(model)


if __name__ == "__main__":
    sys.exit(write_model(build(), FILE_NAME, sys.argv))
