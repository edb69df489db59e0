"""Hypothesis strategies that build random *valid* models (for round trips and edit replays)."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from windtunnel.model import (ACTIVATIONS, AGGREGATIONS, CONFIDENCES, DIRECTIONS,
                              LINGUISTIC_TERMS, NODE_KINDS, RULES, ZERO_MODES, Edge,
                              Intervention, Model, Node, Objective, Participant, Rating, Scenario,
                              Settings, Source, Translations, WeightOverride)
from windtunnel.model.control_text import CONTROL
from windtunnel.model.translations import group_key_problems

ids = st.from_regex(r"[a-z][a-z0-9_.\-]{0,11}", fullmatch=True)
#: Characters a model's text may hold: any but the control characters a model file does
#: not keep (loading removes them, saving refuses them; tab and line breaks stay).
_letters = st.characters(blacklist_categories=("Cs",), blacklist_characters="".join(
    chr(code) for code in [*range(0xA0), 0xFFFE, 0xFFFF] if CONTROL.match(chr(code))))


def _shows(text: str) -> bool:
    """Whether ``text`` shows something: a label of spaces and invisible format characters
    alone (a soft hyphen, a zero-width space) is refused as one nobody could see."""
    return any(not char.isspace() and unicodedata.category(char) != "Cf" for char in text)


labels = st.text(_letters, min_size=1, max_size=40).filter(_shows)
texts = st.text(_letters, max_size=80)
levels = st.floats(-1, 1, allow_nan=False)
coordinates = st.floats(-5000, 5000, allow_nan=False)


#: Translated text: non-empty, without the control characters translations refuse.
translated_texts = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1,
                           max_size=30).filter(lambda s: s.strip())
tags = st.sampled_from(["zh-CN", "zh-HK", "ja", "fr", "zh-Hant-TW", "en"])


@st.composite
def translations(draw, fields: tuple[str, ...], enabled: bool = True,
                 marked: bool = False) -> Translations:
    """Random translations of ``fields`` (none when not ``enabled``); with ``marked``,
    some of them marked as needing review (an element's, not the model's own)."""
    if not enabled:
        return Translations()
    chosen = draw(st.lists(st.tuples(tags, st.sampled_from(fields)), unique=True, max_size=4))
    to_review = draw(st.lists(st.sampled_from(chosen), unique=True)) if marked and chosen else []
    return Translations(tuple((tag, name, draw(translated_texts)) for tag, name in chosen),
                        tuple(to_review))


@st.composite
def settings(draw, aggregation: bool = False) -> Settings:
    return Settings(steps=draw(st.integers(1, 60)), rule=draw(st.sampled_from(RULES)),
                    activation=draw(st.sampled_from(ACTIVATIONS)),
                    steepness=draw(st.floats(0.1, 10)), start=draw(st.sampled_from(["initial", "ones"])),
                    drivers=draw(st.sampled_from(["hold", "update"])),
                    tolerance=draw(st.floats(0, 0.1)), strict=draw(st.booleans()),
                    samples=draw(st.integers(0, 5000)), seed=draw(st.integers(0, 2**40)),
                    aggregation=draw(st.sampled_from(AGGREGATIONS)) if aggregation else "mean",
                    aggregation_zeros=draw(st.sampled_from(ZERO_MODES)) if aggregation else "include")


@st.composite
def models(draw, max_nodes: int = 8, participants: bool = False,
           translated: bool = False) -> Model:
    """Random valid models; with ``participants``, also participants, their ratings and the
    aggregation settings; with ``translated``, translations of their text (formats other
    than .wtm do not carry those)."""
    source_ids = draw(st.lists(ids, max_size=3, unique=True))
    sources = [Source(s, draw(labels), publisher=draw(texts), date=draw(texts),
                      url=draw(st.sampled_from(["", "https://example.org/report?id=7#p2",
                                                "http://a.example"])),
                      translations=draw(translations(("title", "publisher", "note"), translated,
                                                     marked=True)))
               for s in source_ids]
    cite = st.lists(st.sampled_from(source_ids), unique=True).map(tuple) if source_ids \
        else st.just(())
    node_ids = draw(st.lists(ids, min_size=1, max_size=max_nodes, unique=True))
    nodes = [Node(n, draw(labels), kind=draw(st.sampled_from(NODE_KINDS)), group=draw(texts),
                  initial=draw(levels), description=draw(texts), sources=draw(cite),
                  position=(draw(coordinates), draw(coordinates)),
                  tags=tuple(draw(st.lists(labels, max_size=2))), lever=draw(st.booleans()),
                  translations=draw(translations(("label", "description"), translated,
                                                 marked=True)))
             for n in node_ids]
    pairs = [(a, b) for a in node_ids for b in node_ids if a != b]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=12)) if pairs else []
    edges = []
    for a, b in chosen:
        weight = draw(levels)
        bounded = draw(st.booleans())
        edges.append(Edge(a, b, weight, delay=draw(st.integers(0, 3)),
                          confidence=draw(st.sampled_from(CONFIDENCES)),
                          low=draw(st.floats(-1, weight)) if bounded else None,
                          high=draw(st.floats(weight, 1)) if bounded else None,
                          rationale=draw(texts), sources=draw(cite),
                          translations=draw(translations(("rationale",), translated, marked=True))))
    scenarios = []
    for s in draw(st.lists(ids, max_size=3, unique=True)):
        interventions = tuple(
            Intervention(draw(st.sampled_from(node_ids)), draw(st.sampled_from(["clamp", "pulse"])),
                         draw(levels), start, draw(st.one_of(st.none(), st.integers(start, 40))))
            for start in draw(st.lists(st.integers(0, 20), max_size=3)))
        overridden = draw(st.lists(st.sampled_from(chosen), unique=True, max_size=2)) if chosen else []
        scenarios.append(Scenario(s, draw(labels), description=draw(texts),
                                  interventions=interventions,
                                  overrides=tuple(WeightOverride(a, b, draw(levels))
                                                  for a, b in overridden),
                                  translations=draw(translations(("label", "description"),
                                                                 translated, marked=True))))
    objectives = [Objective(o, draw(labels), draw(st.sampled_from(node_ids)),
                            draw(st.sampled_from(DIRECTIONS)), draw(st.floats(0, 2)),
                            draw(st.floats(0, 10)),
                            translations=draw(translations(("label",), translated, marked=True)))
                  for o in draw(st.lists(ids, max_size=3, unique=True))]
    voices = []
    for p in draw(st.lists(ids, max_size=3, unique=True)) if participants else ():
        rated = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=6)) if pairs else []
        ratings = []
        for a, b in rated:
            term = draw(st.sampled_from(("",) + LINGUISTIC_TERMS))
            weight = draw(st.one_of(st.none(), levels)) if term else draw(levels)
            bounded = weight is not None and draw(st.booleans())
            ratings.append(Rating(a, b, weight, term=term,
                                  low=draw(st.floats(-1, weight)) if bounded else None,
                                  high=draw(st.floats(weight, 1)) if bounded else None,
                                  confidence=draw(st.sampled_from(CONFIDENCES)),
                                  rationale=draw(texts), sources=draw(cite)))
        voices.append(Participant(p, draw(labels), role=draw(texts), group=draw(texts),
                                        credibility=draw(st.floats(0, 5)),
                                        ratings=tuple(ratings)))
    groups = tuple(dict.fromkeys(n.group for n in nodes
                                 if n.group and not group_key_problems(n.group, 300)))
    named = draw(translations(groups, translated and bool(groups)))
    return Model.from_elements(title=draw(labels), description=draw(texts),
                               settings=draw(settings(participants)), group_translations=named,
                               sources=sources, nodes=nodes, edges=edges, scenarios=scenarios,
                               objectives=objectives, participants=voices)
