"""The edges of scenarios/ai-export-controls-2026.wtm: every mechanism of the seed documents.

One row per influence: source, target, weight in [-1, 1] (the sign is the polarity), delay in
months, confidence (low | medium | high), the seed documents it rests on, and a one-sentence
rationale in our own words. Rows are grouped by the node the influence starts from, in the
order the story runs (border levers, alternatives, access, channels, rivals, who bears the
friction, system-level factors). "Disputed" in a rationale marks a reading that the
documents contest; such edges have low confidence.

Weights: |w| 0.1-0.25 weak, 0.3-0.45 moderate, 0.5-0.7 strong, 0.8+ near-mechanical.
Imported by ``ai_export_controls.py``; edit here, then run that script.
"""

from __future__ import annotations

from seed_sources import BAN_BLOG, CHINA_DAILY, INSIDE_AI, SECURITY_ESSAY, WHACK_A_MOLE

__all__ = ["EDGES"]

IA, CD, SE, WM, BB = INSIDE_AI, CHINA_DAILY, SECURITY_ESSAY, WHACK_A_MOLE, BAN_BLOG

# -- edges: source, target, weight, delay, confidence, sources, rationale ------------------

EDGES = [
    # Model export controls
    ("export-controls", "official-access", -0.6, 0, "high", (WM, CD),
     "Controls close sanctioned channels to frontier models for listed destinations and users."),
    ("export-controls", "restricted-access", -0.6, 0, "high", (SE, WM),
     "Blocking direct access is the controls' purpose: targeted actors lose the easy route."),
    ("export-controls", "access-gap", 0.5, 0, "high", (WM, CD),
     "Demand pushed out of official channels does not vanish; it looks for other routes."),
    ("export-controls", "friction", 0.4, 0, "high", (WM, BB),
     "Compliance checks land on every user, not only on the targets."),
    ("export-controls", "sovereign-demand", 0.4, 1, "high", (BB, CD),
     "Controls teach foreign buyers that access can be withdrawn, which rival labs sell "
     "against within weeks."),
    ("export-controls", "china-self-reliance", 0.4, 6, "medium", (CD,),
     "Sustained external pressure pushes China to localise and train its own models, over "
     "years rather than weeks."),
    ("export-controls", "us-china-trust", -0.4, 0, "medium", (CD,),
     "Restrictions aimed at China are read in Beijing as containment and strain relations."),
    ("export-controls", "cross-border-research", -0.3, 0, "medium", (SE, WM),
     "Controls disrupt the international teams that stress-test models together."),
    ("export-controls", "us-labs", 0.2, 0, "low", (BB,),
     "Incumbency reading, disputed: controls shield US labs from foreign competitors."),
    ("export-controls", "safety-credibility", -0.2, 0, "low", (BB, IA),
     "Controls that labs lobbied for and profit from look like market protection."),
    # Foreign-national access ban and the global takedown
    ("access-suspension", "global-takedown", 0.9, 0, "high", (CD,),
     "Nationality cannot be verified at scale, so a ban on foreign nationals became a global "
     "takedown."),
    ("access-suspension", "restricted-access", -0.3, 0, "medium", (CD,),
     "The ban removes what direct access foreign nationals in targeted countries still had."),
    ("access-suspension", "us-china-trust", -0.4, 0, "high", (CD,),
     "A Cold War-style order against foreign users is read as hostile and destabilising."),
    ("global-takedown", "official-access", -0.8, 0, "high", (CD,),
     "With the models offline everywhere, no one abroad reaches them through official "
     "channels."),
    ("global-takedown", "friction", 0.6, 0, "high", (CD, BB),
     "A global takedown locks out legitimate users first and hardest."),
    ("global-takedown", "access-gap", 0.5, 0, "high", (CD, WM),
     "Every former user now needs another route or another model."),
    ("global-takedown", "sovereign-demand", 0.5, 1, "high", (BB,),
     "Access that vanished overnight is exactly the risk sovereign suppliers advertise "
     "against."),
    ("global-takedown", "us-labs", -0.5, 0, "high", (CD,),
     "The lab loses its foreign customers while its models are offline."),
    # Geofencing and loophole closing (whack-a-mole)
    ("loophole-closing", "eu-proxies", -0.5, 0, "high", (WM,),
     "Blocking proxy and VPN traffic shuts the known relay routes, for a while."),
    ("loophole-closing", "sg-resellers", -0.4, 0, "medium", (WM,),
     "Closing reseller and routing loopholes cuts traffic disguised as Singaporean."),
    ("loophole-closing", "shared-credentials", -0.3, 0, "medium", (WM,),
     "Account bans and institutional checks catch some borrowed credentials."),
    ("loophole-closing", "access-gap", 0.3, 0, "medium", (WM,),
     "Each closed route leaves determined users hunting for the next one."),
    ("loophole-closing", "friction", 0.5, 0, "high", (WM,),
     "Every security measure adds verification hoops for legitimate users, above all in "
     "gray-area jurisdictions."),
    ("loophole-closing", "cross-border-research", -0.3, 1, "medium", (WM,),
     "Tighter verification slows legitimate cross-border research."),
    # Distillation enforcement
    ("distillation-enforcement", "distillation", -0.5, 2, "medium", (BB,),
     "Legal action over training on model outputs deters open distillation, after the time "
     "legislation takes."),
    ("distillation-enforcement", "us-labs", 0.2, 2, "low", (BB,),
     "Protecting outputs preserves the value of expensive models."),
    ("distillation-enforcement", "safety-credibility", -0.3, 0, "medium", (BB,),
     "Labs that trained on scraped web content look inconsistent claiming rights over their "
     "own outputs."),
    ("distillation-enforcement", "us-china-trust", -0.2, 0, "medium", (CD,),
     "Treating model learning as a security matter politicises ordinary technical learning."),
    # Licensing and review boards
    ("licensing", "official-access", -0.3, 0, "medium", (BB,),
     "Licences and reviews slow and narrow legitimate deployment abroad."),
    ("licensing", "friction", 0.5, 0, "medium", (BB,),
     "Review steps are felt first by researchers, small developers and public institutions."),
    ("licensing", "misuse-risk", -0.4, 3, "low", (BB, CD),
     "Safety reading, disputed: review boards screen risky deployments before release."),
    ("licensing", "us-labs", 0.3, 0, "low", (BB,),
     "Incumbency reading, disputed: licences raise barriers for challengers to established "
     "labs."),
    ("licensing", "safety-credibility", -0.4, 0, "medium", (BB,),
     "Licensing that favours incumbents reads as regulatory capture dressed as safety."),
    ("licensing", "sovereign-demand", 0.3, 1, "medium", (BB,),
     "Licence requirements give foreign buyers one more reason to prefer sovereign suppliers."),
    # Capability-based controls
    ("capability-controls", "misuse-risk", -0.4, 3, "low", (CD,),
     "Constraining high-risk capabilities targets misuse directly, whoever the user is, once "
     "evaluations and thresholds are in place; only one document argues it."),
    ("capability-controls", "restricted-access", -0.3, 1, "low", (CD,),
     "Capability thresholds withhold the most dangerous functions from everyone, targets "
     "included."),
    ("capability-controls", "safety-credibility", 0.4, 0, "medium", (CD, BB),
     "Rules about capabilities rather than passports read as safety policy, not containment."),
    ("capability-controls", "friction", 0.1, 0, "medium", (CD,),
     "Capability evaluations cost users a little but need no nationality checks."),
    ("capability-controls", "shared-standards", 0.3, 2, "medium", (CD,),
     "Capability thresholds need common evaluation methods, which pushes standardisation."),
    # Usage monitoring and watermarking (accountability layers)
    ("usage-monitoring", "misuse-risk", -0.4, 2, "medium", (WM, CD),
     "Tracking what a model does, not who runs it, catches misuse wherever it comes from."),
    ("usage-monitoring", "restricted-access", -0.15, 2, "low", (WM,),
     "Monitoring flags some prohibited use arriving through proxies or resellers, but it "
     "tracks uses, not users."),
    ("usage-monitoring", "us-labs", -0.15, 0, "low", (WM,),
     "Accountability layers are harder to build and run than geographic blocks, a cost the "
     "labs carry."),
    ("usage-monitoring", "friction", 0.15, 0, "medium", (WM,),
     "Monitoring adds some overhead for users but no geographic hoops."),
    ("usage-monitoring", "safety-credibility", 0.3, 0, "medium", (CD,),
     "Accountability mechanisms are what the labs' own governance documents call "
     "indispensable."),
    # Hong Kong as an interoperable evaluation hub
    ("hk-eval-hub", "shared-standards", 0.45, 3, "low", (IA,),
     "Hong Kong adopting interoperable evaluation and safety-testing standards offers a "
     "common test bed across jurisdictions."),
    ("hk-eval-hub", "hk-startups", 0.5, 3, "medium", (IA,),
     "A neutral, interoperable regime attracts researchers and startups fleeing the "
     "US-China binary."),
    # Decentralised safety protocols
    ("decentralized-safety", "misuse-risk", -0.4, 3, "medium", (SE,),
     "Output verification and hardware protections that work on any model reduce misuse "
     "whatever its origin."),
    ("decentralized-safety", "security-research", 0.4, 2, "medium", (SE,),
     "Community audits sharing telemetry across borders keep research going when weights "
     "stay restricted."),
    ("decentralized-safety", "defenders", 0.4, 2, "medium", (SE,),
     "Defence in depth frees defenders from relying on a single vendor's access."),
    ("decentralized-safety", "shared-standards", 0.2, 3, "medium", (SE,),
     "Community audits and shared telemetry grow into common defensive protocols."),
    # US-China intergovernmental dialogue
    ("intergov-dialogue", "us-china-trust", 0.4, 2, "medium", (CD,),
     "A standing dialogue on risk governance rebuilds some working trust."),
    ("intergov-dialogue", "shared-standards", 0.3, 4, "medium", (CD,),
     "The dialogue's agenda of capability evaluation and model safety feeds common standards."),
    ("intergov-dialogue", "fragmentation", -0.2, 4, "low", (CD,),
     "Unified rules agreed in dialogue reduce conflicting regimes."),
    ("intergov-dialogue", "misuse-risk", -0.15, 4, "low", (CD,),
     "Joint misuse prevention is on the dialogue's agenda."),
    # Official access
    ("official-access", "us-labs", 0.6, 0, "high", (BB,),
     "Foreign customers reached through official channels are a large part of US labs' "
     "market."),
    ("official-access", "security-research", 0.4, 0, "medium", (SE,),
     "Defenders use frontier models as the reference tools for code auditing and threat "
     "detection."),
    ("official-access", "less-vetted-use", -0.4, 0, "medium", (SE,),
     "When vetted models are available, fewer organisations settle for unfiltered ones."),
    ("official-access", "orchestration", 0.4, 0, "medium", (BB,),
     "Rival orchestrators call US models through their official APIs."),
    ("official-access", "eu-developers", 0.5, 0, "high", (SE,),
     "Allied developers can build US safety layers into local frameworks only while they can "
     "reach the models."),
    ("official-access", "sovereign-demand", -0.3, 0, "medium", (BB,),
     "Reliable access undercuts the sovereign suppliers' main selling point."),
    # Unmet demand feeds the leakage channels and the alternatives
    ("access-gap", "eu-proxies", 0.5, 1, "high", (WM,),
     "Users cut off route their traffic through VPNs and proxies abroad."),
    ("access-gap", "sg-resellers", 0.5, 1, "high", (WM,),
     "Resellers and routing through Singapore serve the demand official channels refuse."),
    ("access-gap", "shared-credentials", 0.3, 1, "medium", (WM,),
     "Researchers borrow collaborators' accounts at US institutions."),
    ("access-gap", "distillation", 0.4, 2, "medium", (BB,),
     "Labs cut off from a model train cheaper ones on its outputs."),
    ("access-gap", "less-vetted-use", 0.5, 1, "high", (SE,),
     "Organisations in restricted jurisdictions turn to open-weight models without safety "
     "filters."),
    ("access-gap", "sovereign-demand", 0.4, 1, "high", (BB, CD),
     "The restriction manufactures demand for the alternatives it meant to contain."),
    ("access-gap", "open-weight-derivatives", 0.5, 2, "medium", (CD, WM),
     "Unmet demand feeds open-source ecosystems and derivatives of frontier work, the channel "
     "determined users move to as the others close (strong: both documents name it)."),
    # Leakage channels reach the restricted actors
    ("eu-proxies", "restricted-access", 0.4, 0, "high", (WM,),
     "A proxy in Frankfurt gives a user in Shenzhen working access."),
    ("sg-resellers", "restricted-access", 0.4, 0, "high", (WM,),
     "Traffic that looks Singaporean passes geographic blocks."),
    ("shared-credentials", "restricted-access", 0.2, 0, "medium", (WM,),
     "A collaborator's login at a US university passes every account check."),
    ("distillation", "beijing-labs", 0.4, 2, "medium", (BB,),
     "Training on frontier outputs lets labs close the gap cheaply; the claim is contested."),
    ("distillation", "us-labs", -0.3, 2, "medium", (BB,),
     "Cheaper distilled models undercut the originals' prices."),
    ("distillation", "restricted-access", 0.2, 2, "low", (BB,),
     "Distilled models give targeted actors a substitute for the restricted capability."),
    ("open-weight-derivatives", "restricted-access", 0.3, 0, "medium", (IA, WM),
     "Capabilities leak through papers, open repositories and derivatives, which no border "
     "stops."),
    ("open-weight-derivatives", "less-vetted-use", 0.3, 0, "medium", (SE,),
     "Derivatives circulate without the originals' safety fine-tuning."),
    ("open-weight-derivatives", "beijing-labs", 0.2, 1, "medium", (CD,),
     "Open-source ecosystems are one of the alternatives that restrictions push developers "
     "to build."),
    # Restricted actors and orchestration
    ("restricted-access", "misuse-risk", 0.3, 0, "medium", (SE, IA),
     "Access by state actors raises weaponisation risk; how much is disputed, since the "
     "flaws behind the recent scare also sat in public models."),
    ("restricted-access", "orchestration", 0.3, 0, "low", (BB,),
     "Restricted labs can still orchestrate US models reached through workarounds."),
    ("orchestration", "beijing-labs", 0.25, 0, "low", (BB,),
     "Independence disputed: some sovereign products may run on top of US models."),
    ("orchestration", "tokyo-labs", 0.25, 0, "low", (BB,),
     "Independence disputed: orchestrating several frontier models gives strong results "
     "without a base model of one's own."),
    # Sovereign demand and the rival labs
    ("sovereign-demand", "tokyo-labs", 0.6, 1, "high", (BB,),
     "Tokyo labs sell freedom from export-control risk to buyers who fear losing access."),
    ("sovereign-demand", "beijing-labs", 0.5, 1, "high", (BB, CD),
     "Beijing labs win customers with the same sovereign pitch."),
    ("sovereign-demand", "us-labs", -0.4, 2, "high", (BB,),
     "Buyers who switch to sovereign suppliers leave US labs."),
    ("sovereign-demand", "fragmentation", 0.5, 2, "high", (IA, CD),
     "Every nation buying its own stack is the ecosystem splitting into parallel systems."),
    ("china-self-reliance", "beijing-labs", 0.5, 2, "medium", (CD,),
     "Localisation and independent training build domestic capability."),
    ("china-self-reliance", "fragmentation", 0.3, 3, "medium", (CD,),
     "A separate domestic stack deepens the split."),
    ("beijing-labs", "us-labs", -0.3, 2, "medium", (BB,),
     "Capable Beijing labs take market share from US labs."),
    ("beijing-labs", "china-self-reliance", 0.3, 1, "low", (CD,),
     "Domestic successes make localisation look achievable and draw more investment."),
    ("tokyo-labs", "us-labs", -0.3, 2, "medium", (BB,),
     "Tokyo labs take customers from US labs."),
    ("tokyo-labs", "sovereign-demand", 0.2, 0, "medium", (BB,),
     "Their marketing amplifies buyers' fear of losing access."),
    # Who bears the friction
    ("friction", "researchers", -0.6, 0, "high", (BB, WM),
     "Researchers are among the first locked out, as hard hit as small developers."),
    ("friction", "small-devs", -0.6, 0, "high", (BB,),
     "Small developers cannot absorb verification hoops and compliance costs."),
    ("friction", "public-institutions", -0.6, 0, "high", (BB,),
     "Public institutions working in good faith lose access early, with researchers and small "
     "developers."),
    ("friction", "defenders", -0.4, 0, "medium", (SE,),
     "Global security teams lose the tools they used for auditing and threat detection."),
    ("friction", "eu-developers", -0.3, 0, "medium", (WM, SE),
     "Developers in allied regions face more verification steps."),
    ("friction", "sg-startups", -0.5, 0, "high", (WM,),
     "Gray-area jurisdictions face the most verification hoops."),
    ("researchers", "cross-border-research", 0.4, 0, "high", (SE, WM),
     "Researchers with working access carry international stress-testing."),
    ("public-institutions", "security-research", 0.2, 0, "low", (SE,),
     "Public bodies run part of the defensive testing, air-gapped labs included."),
    ("defenders", "security-research", 0.4, 0, "high", (SE,),
     "Defenders with good tools find vulnerabilities before attackers do."),
    ("eu-developers", "misuse-risk", -0.2, 0, "medium", (SE,),
     "Safety layers built into allied frameworks blocked automated phishing and malware "
     "generation."),
    ("sg-startups", "restricted-access", 0.15, 0, "low", (WM,),
     "A startup employing Chinese nationals gives access that geography cannot block."),
    # Hong Kong's third space
    ("hk-startups", "cross-border-research", 0.3, 2, "medium", (IA,),
     "A neutral hub hosts collaboration neither side's rules allow at home."),
    ("hk-startups", "fragmentation", -0.2, 3, "low", (IA,),
     "A third space bridges the two stacks, if Hong Kong's autonomy holds."),
    # System-level factors
    ("cross-border-research", "security-research", 0.5, 0, "high", (SE,),
     "International teams stress-testing models find vulnerabilities first."),
    ("cross-border-research", "open-weight-derivatives", 0.2, 1, "low", (IA,),
     "Cross-border collaboration and papers are also how capabilities leak."),
    ("less-vetted-use", "misuse-risk", 0.5, 0, "high", (SE,),
     "Models without safety filters or central patching generate more malicious code."),
    ("fragmentation", "misuse-risk", 0.3, 2, "medium", (IA, SE),
     "Parallel stacks are less safe and harder to govern, and their inconsistencies are "
     "exploitable."),
    ("fragmentation", "shared-standards", -0.4, 1, "medium", (CD, SE),
     "Conflicting rules erode common safety and defensive standards."),
    ("fragmentation", "security-research", -0.3, 1, "medium", (SE,),
     "Defenders are blind to threats that develop inside other stacks."),
    ("fragmentation", "us-china-trust", -0.3, 1, "medium", (CD,),
     "Isolated systems breed mutual mistrust."),
    ("fragmentation", "friction", 0.2, 1, "medium", (CD,),
     "Conflicting rules drive up the cost of adopting AI."),
    ("fragmentation", "hk-startups", 0.2, 1, "low", (IA,),
     "Decoupling sends talent looking for a third space, if one is credible."),
    ("us-china-trust", "fragmentation", -0.3, 2, "medium", (CD,),
     "Competition without full disengagement leaves room to keep systems interoperable."),
    ("us-china-trust", "cross-border-research", 0.3, 0, "medium", (CD,),
     "Trust widens the scope for scientific cooperation."),
    ("shared-standards", "misuse-risk", -0.3, 2, "medium", (IA, SE, CD),
     "Common evaluation and safety testing raise the floor everywhere."),
    ("shared-standards", "friction", -0.2, 0, "medium", (IA,),
     "Interoperable rules lower compliance costs."),
    ("shared-standards", "security-research", 0.3, 0, "medium", (SE,),
     "Standardised defensive protocols let responses coordinate across borders."),
    ("shared-standards", "fragmentation", -0.3, 2, "medium", (IA,),
     "Interoperable governance lets separate stacks work together."),
    ("safety-credibility", "us-china-trust", 0.3, 0, "low", (CD, BB),
     "Controls seen as safety policy rather than containment are less destabilising."),
    ("safety-credibility", "shared-standards", 0.3, 2, "low", (BB, IA),
     "Others adopt rules they believe are about safety."),
    ("security-research", "misuse-risk", -0.3, 2, "medium", (SE,),
     "Defenders who can stress-test models close vulnerabilities before they are exploited."),
]
