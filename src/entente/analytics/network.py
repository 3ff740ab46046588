"""The weighted network of ties, and its export as GraphML, GEXF or JSON.

Nodes are actors; an undirected edge joins two actors with at least one event (claims only,
clusters not reports) in the period, weighted by the tie's intensity, with its cooperation,
conflict and score as attributes (see scoring.py). GraphML and GEXF open in Gephi and in
networkx (``networkx.read_graphml``, ``read_gexf``); the JSON is networkx's node-link form.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date

from ..store.schema import read_connection
from .record import Record, plain
from .regions import members, name_of
from .scoring import SCORED, parse_date, score, weights

EXPORTS = ("graphml", "gexf", "json")


@dataclass(frozen=True, slots=True)
class Node(Record):
    id: str
    name: str | None
    events: int
    strength: float           # sum of the intensities of its edges


@dataclass(frozen=True, slots=True)
class Edge(Record):
    source: str               # the two actors, in code order
    target: str
    events: int
    reports: int
    intensity: float
    cooperation: float
    conflict: float
    score: float | None


@dataclass(frozen=True, slots=True)
class Network(Record):
    since: date | None
    until: date | None
    type: str | None
    nodes: list[Node]
    edges: list[Edge]         # heaviest first


def network(db: str, since: str | date | None = None, until: str | date | None = None,
            type: str | None = None, region: str | None = None) -> Network:
    """Ties between all actors in the period (inclusive), optionally of one PLOVER ``type`` and
    only those with a side in ``region`` (a region or group, membership on ``until`` or today).
    """
    lo, hi = parse_date(since, "--since"), parse_date(until, "--until")
    wanted = members(region, hi or date.today()) if region else None
    typ = type.upper() if type else None
    with read_connection(db) as con:
        rows = con.execute(
            f"""WITH {SCORED}
               SELECT dyad_a, dyad_b, count(*), sum(reports), sum(abs(weight)),
                      sum(greatest(weight, 0)), sum(greatest(-weight, 0))
               FROM scored
               WHERE (? IS NULL OR day >= ?) AND (? IS NULL OR day <= ?)
                 AND (? IS NULL OR type = ?)
               GROUP BY dyad_a, dyad_b""",
            [*weights(), lo, lo, hi, hi, typ, typ]).fetchall()
    edges = [Edge(a, b, n, r, inten, coop, confl, score(coop, confl))
             for a, b, n, r, inten, coop, confl in rows
             if wanted is None or a in wanted or b in wanted]
    edges.sort(key=lambda e: (-e.intensity, -e.events, e.source, e.target))
    agg: dict[str, list] = {}
    for e in edges:
        for code in (e.source, e.target):
            n = agg.setdefault(code, [0, 0.0])
            n[0] += e.events
            n[1] += e.intensity
    nodes = [Node(c, name_of(c), n, s) for c, (n, s) in agg.items()]
    nodes.sort(key=lambda n: (-n.strength, n.id))
    return Network(lo, hi, typ, nodes, edges)


_EDGE_ATTRS = (("events", "int"), ("reports", "int"), ("intensity", "double"),
               ("cooperation", "double"), ("conflict", "double"), ("score", "double"))
_NODE_ATTRS = (("name", "string"), ("events", "int"), ("strength", "double"))


def to_graphml(net: Network) -> str:
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    # key ids are unique per scope (n_events, e_events); attr.name is what tools show
    for scope, attrs in (("node", _NODE_ATTRS), ("edge", _EDGE_ATTRS + (("weight", "double"),))):
        for name, typ in attrs:
            ET.SubElement(root, "key", {"id": f"{scope[0]}_{name}", "for": scope,
                                        "attr.name": name, "attr.type": typ})
    graph = ET.SubElement(root, "graph", edgedefault="undirected")
    for n in net.nodes:
        el = ET.SubElement(graph, "node", id=n.id)
        for name, _ in _NODE_ATTRS:
            value = getattr(n, name)
            if value is not None:
                ET.SubElement(el, "data", key=f"n_{name}").text = str(value)
    for i, e in enumerate(net.edges):
        el = ET.SubElement(graph, "edge", id=f"e{i}", source=e.source, target=e.target)
        for name, _ in _EDGE_ATTRS:
            value = getattr(e, name)
            if value is not None:
                ET.SubElement(el, "data", key=f"e_{name}").text = str(value)
        # "weight" too, the attribute most tools read as an edge's weight
        ET.SubElement(el, "data", key="e_weight").text = str(e.intensity)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def to_gexf(net: Network) -> str:
    root = ET.Element("gexf", xmlns="http://gexf.net/1.3", version="1.3")
    graph = ET.SubElement(root, "graph", defaultedgetype="undirected", mode="static")
    for scope, attrs in (("node", _NODE_ATTRS[1:]), ("edge", _EDGE_ATTRS)):
        block = ET.SubElement(graph, "attributes", {"class": scope})
        for i, (name, typ) in enumerate(attrs):
            ET.SubElement(block, "attribute", id=str(i), title=name,
                          type="integer" if typ == "int" else typ)   # GEXF's name for it
    nodes = ET.SubElement(graph, "nodes")
    for n in net.nodes:
        el = ET.SubElement(nodes, "node", id=n.id, label=n.name or n.id)
        values = ET.SubElement(el, "attvalues")
        for i, (name, _) in enumerate(_NODE_ATTRS[1:]):
            ET.SubElement(values, "attvalue", {"for": str(i), "value": str(getattr(n, name))})
    edges = ET.SubElement(graph, "edges")
    for k, e in enumerate(net.edges):
        el = ET.SubElement(edges, "edge", id=str(k), source=e.source, target=e.target,
                           weight=str(e.intensity))
        values = ET.SubElement(el, "attvalues")
        for i, (name, _) in enumerate(_EDGE_ATTRS):
            value = getattr(e, name)
            if value is not None:
                ET.SubElement(values, "attvalue", {"for": str(i), "value": str(value)})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def to_json(net: Network) -> str:
    """networkx's node-link form: ``networkx.node_link_graph(json.loads(text), edges="links")``."""
    data = {"directed": False, "multigraph": False,
            "graph": {k: plain(getattr(net, k)) for k in ("since", "until", "type")},
            "nodes": [n.to_dict() for n in net.nodes],
            "links": [dict(e.to_dict(), weight=e.intensity) for e in net.edges]}
    return json.dumps(data, ensure_ascii=False, indent=2)


def export(net: Network, fmt: str) -> str:
    """The network as text in ``fmt`` (one of EXPORTS)."""
    return {"graphml": to_graphml, "gexf": to_gexf, "json": to_json}[fmt](net)
