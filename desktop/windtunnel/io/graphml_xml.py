"""GraphML's XML made safe and tidy before networkx reads it.

The XML is parsed by defusedxml with DTDs forbidden (entity expansion and external entities
are refused), then changed where networkx would lose or refuse something:

- **undirected edges** are made directed as written and marked (:data:`UNDIRECTED`), so that
  :class:`~windtunnel.io.importing.ImportOptions.undirected` decides how they are read;
- **yEd groups** (nodes holding a nested graph) tell the nodes inside their label
  (:data:`GROUP`); the group nodes themselves are listed (:data:`GROUP_NODES`);
- **key ids used twice** (one key id for a node and an edge attribute) are made distinct,
  and a value written with a key declared for other elements only is read as text (a
  key's type applies to the elements it is declared for);
- **typed values** (booleans, numbers) lose the spaces round them, which XML Schema ignores
  and networkx refuses;
- **yEd Live** (yFiles for HTML) labels (``<y:Label.Text>``, ``<y:Label Text="...">``) and
  node boxes (``<y:RectD>``), and the label and box of a **yEd group** that edges name, become
  the label, x and y that networkx reads from yEd's plain nodes (:mod:`.graphml_yed`);
- **labels written as HTML** (yEd's and yEd Live's rich text) become the plain text they
  show (:mod:`windtunnel.io.markup`);
- GraphML's own ``<desc>`` becomes a description (node) or rationale (edge) attribute;
- a file written without the GraphML namespace (``<graphml>``), or in the one yFiles 2
  wrote (``.../xmlns/graphml``), is read as if it had GraphML's; a root in any other
  namespace is refused by its name (networkx would fail without saying why);
- a key declared twice alike (the same id, elements, name and type, as Cytoscape's
  GraphML export writes some) is read once;
- an attribute named as one of networkx's own arguments (``node_for_adding``,
  ``u_for_edge``, ``v_for_edge``, ``key``) is read as any other attribute (networkx would
  refuse it, or take an edge's ``key`` for the edge's identity);
- nodes without an id or declared twice, number attributes that are not numbers and
  integers longer than a double holds are refused at their element;
- a number that is no finite number (``NaN``, ``INF``, ``-Infinity``, ``1e400``) is read as
  its text, so that where it is refused it is quoted as the file writes it, as a
  spreadsheet's cell is (not as Python's ``nan`` or ``inf``).

:mod:`windtunnel.io.graphml` turns the graph into a model; :mod:`windtunnel.io.gexf` shares
the marks.
"""

from __future__ import annotations

import math
import re
import warnings
from xml.etree import ElementTree as ET

import networkx as nx

from ..errors import LoadError, Problem
from ..language import translate
from ..model.textcheck import MAX_INTEGER_DIGITS
from .graphml_keys import distinct_key_ids
from .graphml_yed import GRAPHML, group_label, plain_labels, yfiles_labels
from .naming import node_name, short_name
from .tables import located
from .xmlsafe import parse_xml

__all__ = ["parse_graphml", "edge_place", "element_number",
           "UNDIRECTED",
           "GROUP", "GROUP_NODES", "IMPLICIT_NODES", "HYPEREDGES"]

_NS = GRAPHML
#: Marks the graph readers leave for :func:`graph_to_model`: an undirected edge, the group
#: a node sits in, the group nodes themselves (see :mod:`windtunnel.io.gexf` too).
UNDIRECTED, GROUP, GROUP_NODES = ("__windtunnel_undirected", "__windtunnel_group",
                                  "__windtunnel_group_nodes")
_DESC = "__windtunnel_desc_"
#: Attribute names networkx's reader passes as its own arguments (``add_node(node_for_adding,
#: **data)``; an edge's ``key`` becomes its key in the graph when it has no id): such
#: attributes are read under this prefix and given their own names back afterwards.
_ARGUMENT_NAMES = ("node_for_adding", "u_for_edge", "v_for_edge", "key")
_ARGUMENT = "__windtunnel_argument_"
#: The ids that edges name but no ``<node>`` declares (networkx adds them; the import
#: notes it).
IMPLICIT_NODES = "__windtunnel_implicit_nodes"
#: The nodes each ``<hyperedge>`` of the file joins (left out of the graph; the import
#: notes them).
HYPEREDGES = "__windtunnel_hyperedges"
#: The keys no ``<key>`` declares or whose type GraphML does not define (read as text;
#: the import notes them).
UNDECLARED_KEYS = "__windtunnel_undeclared_keys"


def parse_graphml(data: bytes) -> nx.MultiDiGraph:
    """A networkx multigraph from GraphML bytes, after a safe parse; LoadError otherwise."""
    root = parse_xml(data, "GraphML")
    if root.tag.rsplit("}", 1)[-1] != "graphml":
        raise LoadError(Problem("", translate("graphml", "the XML root is <{tag}>, not "
                                                         "<graphml>").format(
                                        tag=root.tag.rsplit("}", 1)[-1][:40])))
    _namespaced(root)
    hyperedges = _hyperedges_aside(root)
    _one_graph(root)
    distinct_key_ids(root)
    _apply_defaults(root)
    _argument_names_aside(root)
    _foreign_keys_as_text(root)
    implicit = _check_nodes(root)
    undeclared = _undeclared_keys_as_text(root) + _unknown_types_as_text(root)
    _check_numbers(root)
    _non_finite_as_text(root)
    _descriptions(root)
    _trim_typed_values(root)
    plain_labels(root)
    for key_id, domain, name in yfiles_labels(root):  # text: the table rules read x and y
        _add_key(root, key_id, domain, "string", name=name)
    _mark_undirected(root)
    groups = _mark_groups(root)
    try:
        with warnings.catch_warnings():
            # networkx warns of keys without a type (read as text) and of ports (ignored)
            warnings.simplefilter("ignore", UserWarning)
            # a text's carriage return (written &#13;, as XML keeps one) stays one: written
            # back raw, the second parse would take it for a line feed
            graph = nx.parse_graphml(ET.tostring(root).replace(b"\r", b"&#13;"),
                                     force_multigraph=True)
    except (nx.NetworkXError, ValueError, KeyError, TypeError) as exc:
        raise LoadError(Problem("", translate("graphml", "the GraphML graph could not be read "
                                                         "({exc})").format(exc=exc))) from None
    _argument_names_back(graph)
    graph.graph[GROUP_NODES] = groups
    graph.graph[IMPLICIT_NODES] = implicit
    graph.graph[HYPEREDGES] = hyperedges
    graph.graph[UNDECLARED_KEYS] = undeclared
    return graph


def _hyperedges_aside(root) -> list[tuple[str, ...]]:
    """Take every ``<hyperedge>`` (one line joining several nodes at once, which GraphML
    allows and a map's edges, each from one node to another, cannot be) out of the file;
    the ids of the nodes each joined, for the note."""
    found = []
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag == f"{_NS}hyperedge":
                found.append(tuple(end.get("node") or "?"
                                   for end in child.iter(f"{_NS}endpoint")))
                parent.remove(child)
    return found


def _argument_names_aside(root) -> None:
    """Rename the keys named as networkx's own arguments (:data:`_ARGUMENT_NAMES`), which
    it would refuse (a node attribute ``node_for_adding``) or take as an edge's key (two
    parallel edges with one ``key`` made one, the first's weight lost)."""
    for key in root.iter(f"{_NS}key"):
        if key.get("attr.name") in _ARGUMENT_NAMES:
            key.set("attr.name", _ARGUMENT + key.get("attr.name"))


def _argument_names_back(graph: nx.MultiDiGraph) -> None:
    """Give the attributes :func:`_argument_names_aside` renamed their own names back, so
    that they are read as any other attribute."""
    for data in (graph.graph, graph.graph.get("node_default", {}),
                 graph.graph.get("edge_default", {}),
                 *(data for _node, data in graph.nodes(data=True)),
                 *(data for *_ends, data in graph.edges(keys=True, data=True))):
        for name in [name for name in data if isinstance(name, str)
                     and name.startswith(_ARGUMENT)]:
            data[name.removeprefix(_ARGUMENT)] = data.pop(name)


def _check_nodes(root) -> list[str]:
    """Refuse what networkx would read wrongly without a word: a node without an id (it
    would become a node called "None") and an id written twice (the second node's
    attributes would overwrite the first's). Return the ids that edges name but no
    ``<node>`` declares (networkx adds them; the import notes it)."""
    problems, seen = [], {}
    for position, node in enumerate(root.iter(f"{_NS}node"), start=1):
        node_id = node.get("id")
        if node_id is None or not node_id.strip():
            problems.append(Problem(element_number("node", position), translate(
                "graphml", "has no id (GraphML needs one on every <node>, and edges name "
                           "nodes by it)")))
        elif node_id in seen:
            problems.append(Problem(located("node", node_name(node_id)), translate(
                "graphml", "<node> elements {first} and {second} of the file both have this "
                           "id; each node needs its own").format(first=seen[node_id],
                                                                 second=position)))
        else:
            seen[node_id] = position
    implicit = {}
    for position, edge in enumerate(root.iter(f"{_NS}edge"), start=1):
        for end in ("source", "target"):
            if not (edge.get(end) or "").strip():
                problems.append(Problem(_edge_where(edge, position), translate(
                    "graphml", "has no {end}").format(end=end)))
            elif edge.get(end) not in seen:
                implicit[edge.get(end)] = None
    if problems:
        raise LoadError(problems[:50])
    return list(implicit)


def edge_place(source: str, target: str, edge_id: str | None) -> str:
    """An edge as its file names it: its id when it has one, and its ends,
    ``'e7' (n1 → n4)`` or ``n1 → n4``."""
    ends = f"{short_name(source)} → {short_name(target)}"
    return f"{short_name(edge_id)!r} ({ends})" if edge_id else ends


def _edge_where(edge, position: int) -> str:
    """Where an ``<edge>`` element is, for a refusal: by its id and ends; by its place in
    the file when it has neither an id nor both ends."""
    source, target, edge_id = edge.get("source"), edge.get("target"), edge.get("id")
    if not edge_id and not (source and target):
        return element_number("edge", position)
    return located("edge", edge_place(source or "?", target or "?", edge_id))


def element_number(domain: str, position: int) -> str:
    """An element the file gives no name: ``<node> element 3 of the file`` (counted in the
    order the file writes them, nested graphs included)."""
    if domain == "node":
        return translate("graphml", "<node> element {position} of the file").format(
            position=position)
    return translate("graphml", "<edge> element {position} of the file").format(
        position=position)


def _namespaced(root) -> None:
    """Put a GraphML file written without its namespace (``<graphml>``, as hand-written
    files and some scripts have it) or in yFiles 2's (``.../xmlns/graphml``) into the
    namespace networkx looks for; refuse a root in another namespace by its name."""
    if root.tag == f"{_NS}graphml":
        return
    prefix = root.tag[:-len("graphml")]
    if prefix not in ("", _OLD_NS):
        raise LoadError(Problem("", translate("graphml", "the <graphml> root is in the XML "
                                                         "namespace {namespace}, not "
                                                         "GraphML's ({graphml})").format(
            namespace=prefix.strip("{}")[:80], graphml=_NS.strip("{}"))))
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if not element.tag.startswith("{"):
            element.tag = _NS + element.tag
        elif prefix and element.tag.startswith(prefix):
            element.tag = _NS + element.tag[len(prefix):]


#: The namespace yFiles 2 (yEd's first releases) wrote GraphML in.
_OLD_NS = "{http://graphml.graphdrawing.org/xmlns/graphml}"


def _apply_defaults(root) -> None:
    """Give every node or edge without a value for a key that declares a ``<default>`` that
    value, as GraphML says (networkx keeps defaults aside, so an edge whose file leaves
    its weight to the key's default would be taken for one without a weight)."""
    for key in root.iter(f"{_NS}key"):
        default = key.find(f"{_NS}default")
        if default is None or not (default.text or "").strip() or key.get("id") is None:
            continue
        domain = key.get("for", "all")
        for kind in ("node", "edge"):
            if domain not in (kind, "all"):
                continue
            for owner in root.iter(f"{_NS}{kind}"):
                if not any(d.get("key") == key.get("id") for d in owner.findall(f"{_NS}data")):
                    ET.SubElement(owner, f"{_NS}data", key=key.get("id")).text = default.text


def _one_graph(root) -> None:
    """Refuse a file of several top-level graphs (GraphML allows a collection): one is a
    map, and reading the first would drop the others without a word."""
    graphs = root.findall(f"{_NS}graph")
    if len(graphs) > 1:
        names = ", ".join(repr(short_name(g.get("id") or str(i)))
                          for i, g in enumerate(graphs[:4], start=1))
        raise LoadError(Problem("", translate(
            "graphml", "holds {count} graphs ({names}), and a map is one: reading the first "
                       "would drop the others; save each graph as a file of its own, or "
                       "move their nodes into one graph").format(count=len(graphs),
                                                                names=names)))


def _undeclared_keys_as_text(root) -> list[str]:
    """Give the values whose key no ``<key>`` declares a text key of their own, named by
    the key's id, as graphology reads them (its test file of Les Misérables writes every
    node's ``label`` so); returns those ids for the import's note. Read as text, a value
    says no more than it does: ``label`` names the node as a declared label would, a
    number is checked as a spreadsheet's cell is, anything else is an attribute the note
    already lists as left out."""
    declared = {key.get("id") for key in root.iter(f"{_NS}key")}
    added: dict[tuple[str, str], None] = {}      # (domain, key id), in the file's order
    for domain in ("node", "edge"):
        for owner in root.iter(f"{_NS}{domain}"):
            for data in owner.findall(f"{_NS}data"):
                key = data.get("key") or ""
                if key in declared:
                    continue
                data.set("key", f"{_UNDECLARED}{domain}_{key}")
                added[(domain, key)] = None
    for domain, key in added:
        _add_key(root, f"{_UNDECLARED}{domain}_{key}", domain, "string", name=key or "key")
    return list(dict.fromkeys(key for _domain, key in added))


_UNDECLARED = "__windtunnel_undeclared_"

#: The value types GraphML defines (``attr.type``).
_TYPES = ("boolean", "int", "long", "float", "double", "string")


def _unknown_types_as_text(root) -> list[str]:
    """Read the values of keys whose ``attr.type`` GraphML does not define as text, as
    TinkerPop does (networkx refuses the file with the type's name and nothing else);
    returns those keys' names for the import's note."""
    names = []
    for key in root.iter(f"{_NS}key"):
        kind = key.get("attr.type")
        if kind is not None and kind not in _TYPES:
            names.append(key.get("attr.name") or key.get("id") or "")
            key.set("attr.type", "string")
    return names


def _check_numbers(root) -> None:
    """Refuse, at their element, number attributes that are not numbers (networkx's float()
    fails without a place) and integer attributes (``attr.type="int"`` or ``"long"``)
    longer than a double holds (networkx's int() fails without a place past 4,300 digits,
    or makes a number the model must refuse later)."""
    kinds = {key.get("id"): key.get("attr.type") for key in root.iter(f"{_NS}key")
             if key.get("attr.type") in ("int", "long", "float", "double")
             and key.get("id") is not None}
    if not kinds:
        return
    problems = []
    for domain in ("node", "edge"):
        for position, owner in enumerate(root.iter(f"{_NS}{domain}"), start=1):
            for data in owner.findall(f"{_NS}data"):
                kind, text = kinds.get(data.get("key")), (data.text or "").strip()
                if kind is None or not text:
                    continue
                digits = text.lstrip("+-")
                if kind in ("int", "long") and len(digits) > MAX_INTEGER_DIGITS:
                    message = translate("graphml", "an integer of {count:,} digits is too "
                                                   "large for a number (at most "
                                                   "{max_integer_digits} digits)").format(
                        count=len(digits), max_integer_digits=MAX_INTEGER_DIGITS)
                elif kind in ("int", "long") and not _XS_INTEGER.match(text):
                    message = translate("values", "{text} is not a whole number").format(
                        text=repr(text[:60]))
                elif not _XS_DOUBLE.match(text):
                    message = translate("values", "{raw!r} is not a number").format(
                        raw=text[:60])
                else:
                    continue
                problems.append(Problem(translate("locations", ", ").join((
                    located(domain, node_name(owner.get("id", ""))) if domain == "node"
                    else _edge_where(owner, position),
                    located("attribute", repr(data.get("key")[:40])))), message))
    if problems:
        raise LoadError(problems[:50])


#: XML Schema's integer and double, as GraphML's ``int``/``long`` and ``float``/``double``
#: values are written: ASCII digits only (Python's int() and float(), which networkx
#: uses, also take ``1_0`` as 10 and digits of other scripts); infinity and NaN in any case
#: and as INF, Infinity or NaN (the schema's spelling, Gephi's and the ``nan``/``inf`` of
#: networkx's writer), so that an attribute no import reads does not refuse the file (a
#: weight that is no finite number is refused where it is read).
_XS_INTEGER = re.compile(r"[-+]?[0-9]+\Z")
_XS_DOUBLE = re.compile(r"([-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?"
                        r"|[-+]?(?i:inf|infinity)|[-+]?(?i:nan))\Z")


def _non_finite_as_text(root) -> None:
    """Give each ``float``/``double`` value that is no finite number (``NaN``, ``INF``,
    ``-Infinity``, ``1e400``, which :func:`_check_numbers` lets through) a text key of its
    own with the key's name: networkx would make it Python's ``nan`` or ``inf``, and the
    refusal of a weight would quote that rather than what the file says. Read as text, it
    is refused as a spreadsheet's cell ``NaN`` is, quoted as written."""
    keys = {key.get("id"): key for key in root.iter(f"{_NS}key")
            if key.get("attr.type") in ("float", "double")}
    added = set()
    for domain in ("node", "edge"):
        for owner in root.iter(f"{_NS}{domain}"):
            for data in owner.findall(f"{_NS}data"):
                key, text = keys.get(data.get("key")), (data.text or "").strip()
                if key is None or not text or math.isfinite(float(text)):
                    continue
                data.set("key", f"{_WRITTEN}{domain}_{key.get('id')}")
                added.add((domain, key.get("id"), key.get("attr.name") or key.get("id")))
    for domain, key_id, name in added:
        _add_key(root, f"{_WRITTEN}{domain}_{key_id}", domain, "string", name=name)


_WRITTEN = "__windtunnel_written_"


def _foreign_keys_as_text(root) -> None:
    """Give a ``<data>`` whose key is declared for other elements only (a node's value
    written with an edge key's id) a text key of its own with the same name: a key's type
    applies to the elements it is declared for, and networkx would apply it to any element
    (a node's ``high`` refused as an edge weight's number). The table rules then read the
    text as they read a spreadsheet's cells, and locate what they cannot read."""
    keys = {key.get("id"): key for key in root.iter(f"{_NS}key")}
    added = set()
    for domain in ("node", "edge"):
        for owner in root.iter(f"{_NS}{domain}"):
            for data in owner.findall(f"{_NS}data"):
                key = keys.get(data.get("key"))
                if key is None or key.get("for", "all") in (domain, "all"):
                    continue
                name = key.get("attr.name") or key.get("id")
                data.set("key", f"{_FOREIGN}{domain}_{key.get('id')}")
                added.add((domain, key.get("id"), name))
    for domain, key_id, name in added:
        _add_key(root, f"{_FOREIGN}{domain}_{key_id}", domain, "string", name=name)


_FOREIGN = "__windtunnel_text_"


def _descriptions(root) -> None:
    """GraphML's own ``<desc>`` of a node or an edge, as a description attribute."""
    found = False
    for domain in ("node", "edge"):
        for owner in root.iter(f"{_NS}{domain}"):
            desc = owner.find(f"{_NS}desc")
            if desc is not None and (desc.text or "").strip():
                ET.SubElement(owner, f"{_NS}data", {"key": _DESC + domain}).text = desc.text
                found = True
    if found:
        _add_key(root, _DESC + "node", "node", "string", name="description")
        _add_key(root, _DESC + "edge", "edge", "string", name="rationale")


def _trim_typed_values(root) -> None:
    """Strip the spaces round booleans and numbers (``  true   ``, ``1.1    ``): XML Schema
    collapses them, networkx's boolean reader refuses them."""
    typed = {key.get("id") for key in root.iter(f"{_NS}key")
             if key.get("attr.type") in ("boolean", "int", "long", "float", "double")}
    for data in root.iter(f"{_NS}data"):
        if data.get("key") in typed and data.text:
            data.text = data.text.strip()


def _add_key(root, key_id: str, domain: str, kind: str, name: str = "") -> None:
    key = ET.Element(f"{_NS}key", {"id": key_id, "for": domain, "attr.name": name or key_id,
                                   "attr.type": kind})
    root.insert(0, key)


#: An edge's ``directed`` as XML Schema writes a boolean (``0`` is false), in any case.
_DIRECTED = {"true": True, "1": True, "false": False, "0": False}


def _mark_undirected(root) -> None:
    """Make every edge directed as written, marking those the file says are undirected: by
    the edge's ``directed``, else its graph's ``edgedefault`` (undirected when it has
    none), either in any case. A direction that is neither is refused where it is
    written: ``directed="0"`` and ``edgedefault="Undirected"`` were read as directed, the
    meaning of an undirected edge changed without a word."""
    positions = {edge: n for n, edge in enumerate(root.iter(f"{_NS}edge"), start=1)}
    problems, marked = [], 0
    for graph in root.iter(f"{_NS}graph"):
        written = graph.get("edgedefault")
        default = "undirected" if written is None else written.strip().lower()
        if default not in ("directed", "undirected"):
            problems.append(Problem(translate("graphml", "the <graph>'s edgedefault"), translate(
                "graphml", "{value!r} is neither directed nor undirected").format(
                    value=short_name(written))))
        graph.set("edgedefault", "directed")
        for edge in graph.findall(f"{_NS}edge"):
            directed = edge.attrib.pop("directed", None)
            word = (directed or "").strip().lower()
            if word and word not in _DIRECTED:
                problems.append(Problem(_edge_where(edge, positions[edge]), translate(
                    "graphml", "directed={value!r} is neither true nor false").format(
                        value=short_name(directed))))
            elif not _DIRECTED.get(word, default == "directed"):
                ET.SubElement(edge, f"{_NS}data", {"key": UNDIRECTED}).text = "true"
                marked += 1
    if problems:
        raise LoadError(problems[:50])
    if marked:
        _add_key(root, UNDIRECTED, "edge", "boolean")


def _mark_groups(root) -> set[str]:
    """Tell each node inside a yEd group (a node holding a graph) its group's label;
    return the group nodes' ids."""
    groups = set()
    for node in list(root.iter(f"{_NS}node")):
        inner = node.find(f"{_NS}graph")
        if inner is None:
            continue
        node.set("yfiles.foldertype", "group")  # networkx reads nested graphs only then
        groups.add(node.get("id", ""))
        label = group_label(node)
        for member in inner.findall(f"{_NS}node"):
            for old in member.findall(f"{_NS}data"):
                if old.get("key") == GROUP:
                    member.remove(old)
            ET.SubElement(member, f"{_NS}data", {"key": GROUP}).text = label
    if groups:
        _add_key(root, GROUP, "node", "string")
    return groups
