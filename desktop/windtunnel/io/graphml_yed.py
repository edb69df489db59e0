"""yEd's and yEd Live's labels and boxes, where networkx does not look for them.

networkx reads a label, x and y only from yEd's plain nodes (shape, generic, SVG and image
nodes). :mod:`windtunnel.io.graphml_xml` calls these before networkx reads the file:
:func:`plain_labels` turns yEd's rich-text (HTML) labels into the text they show,
:func:`yfiles_labels` gives nodes and edges the labels and corners yEd Live (yFiles for
HTML), yEd groups and yEd's UML, note and table nodes write elsewhere, and
:func:`group_label` names a yEd group for the nodes inside it.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from .markup import looks_like_markup, plain_text

__all__ = ["GRAPHML", "YED", "YED_LIVE", "plain_labels", "yfiles_labels", "group_label"]

#: GraphML's namespace and yEd's, as ElementTree writes them in tags.
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
YED = "{http://www.yworks.com/xml/graphml}"
#: The prefix of the keys that carry what :func:`yfiles_labels` found.
YED_LIVE = "__windtunnel_yed_live_"


def plain_labels(root) -> None:
    """yEd's labels written as HTML (its rich-text labels) as the plain text they show
    (:func:`~windtunnel.io.markup.plain_text`), before networkx reads them as labels and
    yEd groups as their nodes' group."""
    for element in root.iter():
        if element.tag in _YED_LABELS and element.text and looks_like_markup(element.text):
            element.text = plain_text(element.text)


_YED_LABELS = {f"{YED}NodeLabel", f"{YED}EdgeLabel"}
_YFILES = "{http://www.yworks.com/xml/yfiles-common/"


def yfiles_labels(root) -> list[tuple[str, str, str]]:
    """Give nodes and edges the label, x and y where networkx does not look for them:
    yEd Live's (yFiles for HTML: the first ``<y:Label.Text>`` or ``<y:Label Text="...">``,
    the ``<y:RectD>`` corner), yEd groups kept as nodes (the active realizer's label
    and geometry), and yEd's UML, note and table nodes (networkx reads only its shape,
    generic, SVG and image nodes). Labels written as markup become plain text. A file
    whose own keys already name a label, x or y keeps those. Returns the (key id, domain,
    name) of each key the data added need declared."""
    taken = {(key.get("for"), key.get("attr.name")) for key in root.iter(f"{GRAPHML}key")}
    added = set()
    for domain in ("node", "edge"):
        for owner in root.iter(f"{GRAPHML}{domain}"):
            found = _found_in_yfiles(owner, domain)
            if found.get("label") is not None:
                found["label"] = plain_text(found["label"])
            for name, value in found.items():
                if value is not None and (domain, name) not in taken:
                    ET.SubElement(owner, f"{GRAPHML}data", {"key": f"{YED_LIVE}{domain}_{name}"}
                                  ).text = value
                    added.add((domain, name))
    return sorted((f"{YED_LIVE}{domain}_{name}", domain, name) for domain, name in added)


def _found_in_yfiles(owner, domain: str) -> dict[str, str | None]:
    """The label and corner yEd Live or a yEd group node writes for ``owner``."""
    found: dict[str, str | None] = {}
    for data in owner.findall(f"{GRAPHML}data"):
        for element in data.iter():
            tag = str(element.tag)
            if tag == f"{YED}ProxyAutoBoundsNode":
                found.update((k, val) for k, val in _group_realizer(element).items()
                             if k not in found)
            if tag in _UNREAD_NODES:
                found.update((k, val) for k, val in _label_and_corner(element).items()
                             if k not in found)
            if not tag.startswith(_YFILES):
                continue
            if tag.endswith("}Label.Text") and (element.text or "").strip():
                found.setdefault("label", element.text.strip())
            elif tag.endswith("}Label") and (element.get("Text") or "").strip():
                found.setdefault("label", element.get("Text").strip())
            elif tag.endswith("}RectD") and domain == "node":
                found.setdefault("x", element.get("X"))
                found.setdefault("y", element.get("Y"))
    return found


def _group_realizer(proxy) -> dict[str, str | None]:
    """A yEd group node's label and corner: its active realizer's (networkx reads only
    plain nodes', so a group kept as a node, because edges name it, would have neither)."""
    realizers = proxy.find(f"{YED}Realizers")
    shapes = list(realizers) if realizers is not None else []
    try:
        active = shapes[int(realizers.get("active", "0"))]
    except (ValueError, IndexError, AttributeError):
        return {}
    return _label_and_corner(active)


#: yEd's node realizers whose label and geometry networkx does not read.
_UNREAD_NODES = {f"{YED}UMLClassNode", f"{YED}UMLNoteNode", f"{YED}TableNode"}


def _label_and_corner(shape) -> dict[str, str | None]:
    """A yEd node realizer's first label that holds text, and its geometry's corner."""
    found: dict[str, str | None] = {}
    label = next((e.text.strip() for e in shape.iter(f"{YED}NodeLabel")
                  if (e.text or "").strip()), None)
    if label:
        found["label"] = label
    geometry = shape.find(f"{YED}Geometry")
    if geometry is not None:
        found["x"], found["y"] = geometry.get("x"), geometry.get("y")
    return found


def group_label(node) -> str:
    """A group's label: yEd Live's, or the active realizer's of a yEd group; else the
    first label inside it; else its id."""
    found = _found_in_yfiles(node, "node").get("label")
    if found and plain_text(found).strip():
        return plain_text(found).strip()
    for label in node.iter(f"{YED}NodeLabel"):
        if label.text and label.text.strip():
            return label.text.strip()
    return node.get("id", "")
