"""How a probe's map names its nodes (from :func:`probing.map_labels`' report): what the
real-window tests of the first view, workshop mode and story mode judge."""

from __future__ import annotations


def unnamed_and_cut(shown: dict) -> tuple[list[str], list[str]]:
    """The nodes in view without a label (their ids, sorted), and the labels that do not
    show their node's whole name (their texts as shown; spaces and line breaks aside)."""
    unnamed = sorted(set(shown["nodes"]) - set(shown["labels"]))
    cut = [text for node_id, text in shown["labels"].items()
           if "".join(text.split()) != "".join(shown["names"][node_id].split())]
    return unnamed, cut


def wrongly_named(shown: dict) -> list[tuple]:
    """What is wrong with the names of the map ``shown`` (a report with ``hovered``, the
    tooltip over each label): a label that is neither its node's whole name nor that name
    cut with an ellipsis (at least three characters before it, or cut in the middle), two
    nodes that read alike though their names differ, a label whose hover does not show
    its node's whole name."""
    wrong: list[tuple] = []
    by_text: dict[str, set[str]] = {}
    for node_id, text in shown["labels"].items():
        by_text.setdefault(text, set()).add(" ".join(shown["names"][node_id].split()))
        whole = "".join(shown["names"][node_id].split())
        head, cut, tail = "".join(text.split()).partition("\u2026")
        if not (head + tail == whole or (cut and whole.startswith(head)
                                         and whole.endswith(tail) and len(text) >= 4)):
            wrong.append(("not its name", node_id, text))
    wrong += [("alike", text, names) for text, names in by_text.items() if len(names) > 1]
    wrong += [("hover", node_id, text) for node_id, text in shown["hovered"].items()
              if shown["names"][node_id] not in text]
    return wrong
