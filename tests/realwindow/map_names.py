"""How a probe's map names its nodes (from :func:`probing.map_labels`' report): what the
real-window tests of workshop mode judge."""

from __future__ import annotations


def unnamed_and_cut(shown: dict) -> tuple[list[str], list[str]]:
    """The nodes in view without a label (their ids, sorted), and the labels that do not
    show their node's whole name (their texts as shown; spaces and line breaks aside)."""
    unnamed = sorted(set(shown["nodes"]) - set(shown["labels"]))
    cut = [text for node_id, text in shown["labels"].items()
           if "".join(text.split()) != "".join(shown["names"][node_id].split())]
    return unnamed, cut
