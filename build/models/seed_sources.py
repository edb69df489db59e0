"""The five seed documents as Source entries, and the one way the authoring scripts write files.

The bundled models cite these documents (news and opinion from June 2026 on US export
controls on frontier AI models). Titles are the documents' own headlines where they have one,
otherwise a short descriptive title in our words; notes are one-line summaries in our words,
never quotations. Three documents carry no date of their own; they are dated "2026-06", the
month in which they were collected, and their citations say so.

Used by ``ai_export_controls.py`` and ``teaching_model.py``; run those scripts, not this one.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))

from windtunnel.model import Model, Source, dumps, save  # noqa: E402

__all__ = ["REPO", "SCENARIOS", "SEED_SOURCES", "INSIDE_AI", "CHINA_DAILY", "SECURITY_ESSAY",
           "WHACK_A_MOLE", "BAN_BLOG", "write_model"]

SCENARIOS = REPO / "scenarios"

INSIDE_AI = "inside-ai"
CHINA_DAILY = "china-daily"
SECURITY_ESSAY = "security-essay"
WHACK_A_MOLE = "whack-a-mole"
BAN_BLOG = "ban-blog"

SEED_SOURCES = (
    Source(
        INSIDE_AI,
        "Export controls entangle the lab that championed them; Hong Kong as a neutral AI hub",
        publisher="Inside AI",
        date="2026-06-25",
        citation="Inside AI news analysis, 25 June 2026, built on the views of university "
                 "innovator and technology strategist Dr Ruby Tong (seed document 000).",
        note="Software cannot be embargoed like hardware: denial speeds up rivals, controls "
             "fragment the ecosystem into less safe parallel stacks, and Hong Kong could host "
             "interoperable evaluation and safety-testing standards."),
    Source(
        CHINA_DAILY,
        "Governance walls shouldn't hold back the future of AI",
        publisher="China Daily (Opinion, Chinese Perspectives)",
        date="2026-06-26",
        citation="Wang Dong and Zhang Xueyu (Peking University), opinion column, China Daily "
                 "Global Edition, 26 June 2026 (seed document 001).",
        note="Reports the US demand that Anthropic suspend foreign nationals' access and the "
             "resulting global takedown; argues for controlling high-risk capabilities rather "
             "than nationalities, and for the agreed US-China intergovernmental AI dialogue."),
    Source(
        SECURITY_ESSAY,
        "Security versus isolation: what export controls do to defensive AI research",
        publisher="Unattributed analysis essay",
        date="2026-06",
        citation="Undated analysis essay on export controls and cybersecurity, collected in "
                 "June 2026 (seed document 002).",
        note="The ban cuts defenders off from vetted models, pushes restricted organisations "
             "to open-weight models without safety filters, breaks shared defensive standards, "
             "and prompts decentralised, provider-independent safety protocols."),
    Source(
        WHACK_A_MOLE,
        "The AI export control game becomes whack-a-mole",
        publisher="Newsletter item citing Crypto Briefing and Financial Times Tech",
        date="2026-06",
        citation="Undated newsletter item on Anthropic closing access loopholes, citing Crypto "
                 "Briefing and the Financial Times, collected in June 2026 (seed document 003).",
        note="Lists the workarounds (VPNs, API proxies, resellers, routing through Singapore, "
             "borrowed credentials), warns that every measure adds friction for legitimate "
             "users, and proposes usage monitoring, watermarking and accountability layers."),
    Source(
        BAN_BLOG,
        "The export ban that wrote its competitors' marketing copy",
        publisher="Personal blog (AI posts)",
        date="2026-06",
        citation="Undated blog post written weeks after the ban, collected in June 2026 "
                 "(seed document 004).",
        note="The ban created demand for sovereign AI from Tokyo and Beijing labs; safety and "
             "market protection are entangled motives; distillation claims and the "
             "independence of new labs are disputed; researchers, small developers and public "
             "institutions are locked out first."),
)


def write_model(model: Model, file_name: str, argv: list[str]) -> int:
    """Save ``model`` as scenarios/``file_name``; ``--check`` only reports whether it is stale.

    Returns an exit code: 0 written or up to date, 1 when ``--check`` finds the file stale.
    """
    path = SCENARIOS / file_name
    if "--check" in argv:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != dumps(model):
            print(f"{path}: out of date; run {Path(argv[0]).name} without --check")
            return 1
        print(f"{path}: up to date")
        return 0
    save(model, path, backup=False)
    print(f"wrote {path} ({len(model.nodes)} nodes, {len(model.edges)} edges, "
          f"{len(model.scenarios)} scenarios)")
    return 0
