"""A SHACL engine for the constraints ldpub's shapes use, run on pyoxigraph terms.

pySHACL took about 0.2 s to check one synthetic document of 2,500 triples,
mostly in rdflib's SPARQL engine and its per-node bookkeeping: more than all
other stages of a build together. This engine reads the same shapes graph
once and compiles every shape into Python checks over an index of the data;
SHACL-SPARQL constraints run in Oxigraph with ``$this`` pre-bound (Oxigraph's
substitution follows SEP-0007, the pre-binding SHACL defines).

It implements the part of SHACL the project's shapes use, and the neighbours
that share its code: targets (class, subjects of, objects of, node); paths
(predicate, inverse, alternative, sequence); min/max count, datatype, class,
node kind, pattern, language-in, the four value ranges, less-than-or-equals,
or/and/not/node, qualified value shapes; SPARQL SELECT constraints on node
shapes. A shapes graph using anything else raises ``Unsupported`` when it is
compiled, and ``ld.validate`` then runs pySHACL. ``tests/test_shacl.py`` checks
that both engines report the same problems on every shape test case, on real
and synthetic documents and on randomly broken ones.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import partial

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, XSD

from ld.problems import Problem
from ld.terms import ox_term
from ld.vocab import SH

RDF_TYPE = ox.NamedNode(str(RDF.type))
SUBCLASS = ox.NamedNode(str(RDFS.subClassOf))
XSD_NS = str(XSD)

# shape parameters this engine reads (everything else in a shape is a constraint it does not know)
SHAPE_KEYS = {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.property, SH.path,
              SH.severity, SH.message, SH.name, SH.description, SH.order, SH.group, SH.sparql,
              SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.nodeKind, SH.pattern, SH.flags,
              SH.languageIn, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive,
              SH.lessThanOrEquals, SH["or"], SH["and"], SH["not"], SH.node, SH.qualifiedValueShape,
              SH.qualifiedMinCount, SH.qualifiedMaxCount, RDF.type, RDFS.label, RDFS.comment}
SHAPE_TYPES = {SH.NodeShape, SH.PropertyShape, SH.Shape}


class Unsupported(Exception):
    """The shapes graph uses a SHACL feature this engine does not implement."""


# ------------------------------------------------------------------ the data
class Data:
    """The data graph, indexed for the lookups shapes make."""

    def __init__(self, triples, store: ox.Store | None = None, graphs: list | None = None):
        """``triples``: (subject, predicate, object) of pyoxigraph terms, ``pyoxigraph.Triple``s or tuples."""
        self.triples = triples if isinstance(triples, list) else list(triples)
        self.out: dict = defaultdict(partial(defaultdict, list))  # subject -> predicate -> objects
        for s, p, o in self.triples:
            self.out[s][p].append(o)
        self.subjects_of: dict = defaultdict(list)  # predicate -> subjects (each once)
        for s, by_predicate in self.out.items():
            for p in by_predicate:
                self.subjects_of[p].append(s)
        self.typed: dict = defaultdict(list)  # class -> instances
        for s in self.subjects_of.get(RDF_TYPE, []):
            for cls in self.out[s][RDF_TYPE]:
                self.typed[cls].append(s)
        self.subclasses: dict = defaultdict(list)  # class -> direct subclasses
        for s in self.subjects_of.get(SUBCLASS, []):
            for cls in self.out[s][SUBCLASS]:
                self.subclasses[cls].append(s)
        self._inverse: dict | None = None  # object -> predicate -> subjects, made when a path asks
        self._classes: dict = {}
        self._store = store
        self.graphs = graphs  # where in the store the data is (None: its default graph)

    def objects(self, node, predicate) -> list:
        by_predicate = self.out.get(node)
        return by_predicate.get(predicate, []) if by_predicate else []

    def subjects(self, predicate, node) -> list:
        if self._inverse is None:
            self._inverse = defaultdict(partial(defaultdict, list))
            for s, p, o in self.triples:
                self._inverse[o][p].append(s)
        by_predicate = self._inverse.get(node)
        return by_predicate.get(predicate, []) if by_predicate else []

    def classes(self, node) -> set:
        """The node's types and their superclasses (rdfs:subClassOf* in the data, as SHACL says)."""
        found = self._classes.get(node)
        if found is None:
            found = self._classes[node] = set()
            todo = list(self.objects(node, RDF_TYPE))
            while todo:
                cls = todo.pop()
                if cls not in found:
                    found.add(cls)
                    todo.extend(self.objects(cls, SUBCLASS))
        return found

    def instances(self, cls) -> list:
        classes = {cls}
        todo = [cls]
        while todo:  # subclasses of cls
            for sub in self.subclasses.get(todo.pop(), []):
                if sub not in classes:
                    classes.add(sub)
                    todo.append(sub)
        return [s for c in classes for s in self.typed.get(c, [])]

    def store(self) -> ox.Store:
        """The data in a store's default graph, for the SPARQL constraints."""
        if self._store is None:  # loading N-Triples is faster than adding quads one by one
            triples = [t if isinstance(t, ox.Triple) else ox.Triple(*t[:3]) for t in self.triples]
            self._store = ox.Store()
            self._store.load(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES)
        return self._store


# ---------------------------------------------------------------- the shapes
@dataclass
class Shape:
    node: object  # the shape's node in the shapes graph (rdflib term)
    code: str  # what reports call it: its local name, or that of the named shape holding it
    severity: str = "Violation"
    message: str = ""
    path: object = None  # compiled path (a function node -> values), None for a node shape
    path_text: str = ""
    targets: list = field(default_factory=list)  # functions data -> focus nodes
    checks: list = field(default_factory=list)  # functions (data, focus, values) -> [offending value | None]
    sparql: list = field(default_factory=list)  # SparqlConstraint
    properties: list = field(default_factory=list)  # property Shapes


@dataclass
class SparqlConstraint:
    node: object
    query: str
    message: str


class Shapes:
    """A shapes graph, compiled once."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self._compiled: dict = {}
        self.top: list[Shape] = []
        for node in sorted(self._shape_nodes(), key=str):
            shape = self._shape(node)
            if shape.targets:
                self.top.append(shape)

    def _shape_nodes(self) -> set:
        g = self.graph
        nodes = {s for t in SHAPE_TYPES for s in g.subjects(RDF.type, t)}
        for key in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode):
            nodes |= set(g.subjects(key, None))
        for s in g.subjects(RDF.type, RDFS.Class):
            if (s, RDF.type, SH.NodeShape) in g:
                raise Unsupported(f"implicit class target of {s}")
        return nodes

    def _shape(self, node) -> Shape:
        if node in self._compiled:
            return self._compiled[node]
        g = self.graph
        for key in set(g.predicates(node, None)):
            if key not in SHAPE_KEYS:
                raise Unsupported(f"{key} on shape {node}")
        if g.value(node, SH.deactivated):
            raise Unsupported(f"sh:deactivated on {node}")
        named = node if isinstance(node, URIRef) else g.value(predicate=SH.property, object=node)
        shape = Shape(node, _local(named) if isinstance(named, URIRef) else "shape")
        self._compiled[node] = shape  # before compiling parts: shapes may refer to each other
        severity = g.value(node, SH.severity)
        shape.severity = _local(severity) if severity is not None else "Violation"
        message = g.value(node, SH.message) or (g.value(named, SH.message) if named is not None else None)
        shape.message = str(message) if message is not None else ""
        path = g.value(node, SH.path)
        if path is not None:
            shape.path, shape.path_text = self._path(path)
        shape.targets = self._targets(node)
        shape.checks = self._checks(node)
        shape.sparql = [self._sparql(c) for c in g.objects(node, SH.sparql)]
        if shape.sparql and path is not None:
            raise Unsupported(f"sh:sparql on the property shape {node}")
        shape.properties = [self._shape(p) for p in sorted(g.objects(node, SH.property), key=str)]
        return shape

    def _targets(self, node) -> list:
        g, targets = self.graph, []
        for cls in g.objects(node, SH.targetClass):
            targets.append(lambda data, c=_ox(cls): data.instances(c))
        for p in g.objects(node, SH.targetSubjectsOf):
            targets.append(lambda data, p=_ox(p): data.subjects_of.get(p, []))
        for p in g.objects(node, SH.targetObjectsOf):
            targets.append(lambda data, p=_ox(p): [o for s in data.subjects_of.get(p, []) for o in data.objects(s, p)])
        for n in g.objects(node, SH.targetNode):
            targets.append(lambda data, n=_ox(n): [n])
        return targets

    def _path(self, path):
        """A SHACL path as a function (data, node) -> value nodes, and as text for reports: the IRI of a
        predicate path, else SPARQL property path syntax (pySHACL shows a blank node's id)."""
        g = self.graph
        if isinstance(path, URIRef):
            predicate = _ox(path)
            return (lambda data, node: data.objects(node, predicate)), str(path)
        inverse = g.value(path, SH.inversePath)
        if isinstance(inverse, URIRef):
            predicate = _ox(inverse)
            return (lambda data, node: data.subjects(predicate, node)), f"^<{inverse}>"
        alternatives = g.value(path, SH.alternativePath)
        if alternatives is not None:
            parts = [self._path(p) for p in Collection(g, alternatives)]
            return (lambda data, node: _unique(v for f, _ in parts for v in f(data, node))), \
                "|".join(_sparql_path(t) for _, t in parts)
        if (path, RDF.first, None) in g:
            parts = [self._path(p) for p in Collection(g, path)]

            def sequence(data, node):
                nodes = [node]
                for step, _ in parts:
                    nodes = _unique(v for n in nodes for v in step(data, n))
                return nodes
            return sequence, "/".join(_sparql_path(t) for _, t in parts)
        raise Unsupported(f"the path {path}")

    def _checks(self, node) -> list:
        g, checks = self.graph, []

        def param(key):
            return g.value(node, key)
        if (n := param(SH.minCount)) is not None:
            checks.append(lambda data, focus, values, n=int(n): [None] if len(values) < n else [])
        if (n := param(SH.maxCount)) is not None:
            checks.append(lambda data, focus, values, n=int(n): [None] if len(values) > n else [])
        if (dt := param(SH.datatype)) is not None:
            checks.append(lambda data, focus, values, dt=_ox(dt): [v for v in values if not has_datatype(v, dt)])
        if (cls := param(SH["class"])) is not None:
            checks.append(lambda data, focus, values, c=_ox(cls):
                          [v for v in values if isinstance(v, ox.Literal) or c not in data.classes(v)])
        if (kind := param(SH.nodeKind)) is not None:
            allowed = NODE_KINDS.get(kind)
            if allowed is None:
                raise Unsupported(f"sh:nodeKind {kind}")
            checks.append(lambda data, focus, values, a=allowed: [v for v in values if not isinstance(v, a)])
        if (pattern := param(SH.pattern)) is not None:
            flags = str(param(SH.flags) or "")
            regex = re.compile(str(pattern), sum(FLAGS[f] for f in flags))
            checks.append(lambda data, focus, values, r=regex:
                          [v for v in values if isinstance(v, ox.BlankNode) or not r.search(v.value)])
        if (languages := param(SH.languageIn)) is not None:
            ranges = [str(r).lower() for r in Collection(g, languages)]
            checks.append(lambda data, focus, values, r=ranges: [v for v in values if not _language_in(v, r)])
        for key, ok in RANGES.items():
            if (bound := param(key)) is not None:
                checks.append(lambda data, focus, values, b=_ox(bound), ok=ok:
                              [v for v in values if not _compares(v, b, ok)])
        if (other := param(SH.lessThanOrEquals)) is not None:
            predicate = _ox(other)
            checks.append(lambda data, focus, values, p=predicate:
                          [v for v in values for w in data.objects(focus, p) if not _compares(v, w, RANGES[SH.maxInclusive])])
        if (members := param(SH["or"])) is not None:
            shapes = [self._shape(m) for m in Collection(g, members)]
            checks.append(lambda data, focus, values, s=shapes:
                          [v for v in values if not any(conforms(data, x, v) for x in s)])
        if (members := param(SH["and"])) is not None:
            shapes = [self._shape(m) for m in Collection(g, members)]
            checks.append(lambda data, focus, values, s=shapes:
                          [v for v in values if not all(conforms(data, x, v) for x in s)])
        if (negated := param(SH["not"])) is not None:
            shape = self._shape(negated)
            checks.append(lambda data, focus, values, s=shape: [v for v in values if conforms(data, s, v)])
        for target in g.objects(node, SH.node):
            shape = self._shape(target)
            checks.append(lambda data, focus, values, s=shape: [v for v in values if not conforms(data, s, v)])
        if (qualified := param(SH.qualifiedValueShape)) is not None:
            if g.value(node, SH.qualifiedValueShapesDisjoint):
                raise Unsupported("sh:qualifiedValueShapesDisjoint")
            shape = self._shape(qualified)
            low, high = param(SH.qualifiedMinCount), param(SH.qualifiedMaxCount)

            low, high = (int(n) if n is not None else None for n in (low, high))

            def qualified(data, focus, values, s=shape):  # two constraint components, one count
                count = sum(1 for v in values if conforms(data, s, v))
                return [None] * ((low is not None and count < low) + (high is not None and count > high))
            checks.append(qualified)
        return checks

    def _sparql(self, node) -> SparqlConstraint:
        g = self.graph
        for key in set(g.predicates(node, None)):
            if key not in (SH.select, SH.prefixes, SH.message, RDF.type, RDFS.comment):
                raise Unsupported(f"{key} on the SPARQL constraint {node}")
        select = g.value(node, SH.select)
        if select is None:
            raise Unsupported(f"the SPARQL constraint {node} has no sh:select")
        prefixes = ""
        for owner in g.objects(node, SH.prefixes):
            for declaration in g.objects(owner, SH.declare):
                prefixes += f"PREFIX {g.value(declaration, SH.prefix)}: <{g.value(declaration, SH.namespace)}>\n"
        return SparqlConstraint(node, prefixes + str(select), str(g.value(node, SH.message) or ""))

    # ---------------------------------------------------------- validation
    def validate(self, triples, store: ox.Store | None = None, graphs: list | None = None) -> list[Problem]:
        """Every problem the shapes find in the triples (pyoxigraph terms). ``store``, if given,
        must hold the same triples in its default graph, or in the union of ``graphs``; the SPARQL
        constraints run there."""
        data = Data(triples, store, graphs)
        problems = []
        for shape in self.top:
            focus_nodes = _unique(n for target in shape.targets for n in target(data))
            for focus in focus_nodes:
                problems.extend(self._results(data, shape, focus))
        return problems

    def _results(self, data: Data, shape: Shape, focus) -> list[Problem]:
        problems = []
        values = _values(data, shape, focus)
        for check in shape.checks:
            for value in check(data, focus, values):
                problems.append(Problem(severity=shape.severity, code=shape.code,
                                        message=shape.message or "does not conform", focus=_text(focus),
                                        path=shape.path_text, value=_text(value)))
        for prop in shape.properties:
            problems.extend(self._results(data, prop, focus))
        for constraint in shape.sparql:
            problems.extend(_sparql_results(data, shape, constraint, focus))
        return problems


def _values(data: Data, shape: Shape, focus) -> list:
    """The value nodes of a focus node: a set, kept in data order."""
    if shape.path is None:
        return [focus]
    values = shape.path(data, focus)
    return _unique(values) if len(values) > 1 else values


def conforms(data: Data, shape: Shape, node) -> bool:
    """Whether ``node`` conforms to ``shape`` (no result of any severity), as sh:node and sh:or ask."""
    values = _values(data, shape, node)
    if any(check(data, node, values) for check in shape.checks):
        return False
    if not all(conforms(data, p, node) for p in shape.properties):
        return False
    return not any(_sparql_results(data, shape, c, node) for c in shape.sparql)


def _sparql_results(data: Data, shape: Shape, constraint: SparqlConstraint, focus) -> list[Problem]:
    problems = []
    named = constraint.node if isinstance(constraint.node, URIRef) else None
    solutions = data.store().query(constraint.query, substitutions={ox.Variable("this"): focus},
                                   default_graph=data.graphs)
    variables = solutions.variables
    for solution in solutions:
        bindings = {v.value: solution[v] for v in variables if solution[v] is not None}
        bindings["this"] = focus
        value = bindings.get("value", focus)
        message = constraint.message
        for name, term in bindings.items():
            message = re.sub(r"\{[?$]" + re.escape(name) + r"\}", lambda _m, t=term: _text(t), message)
        if named is None:  # an anonymous constraint: the shape's message, as for a core constraint
            message = shape.message or message
        problems.append(Problem(severity=shape.severity, code=_local(named) if named else shape.code,
                                message=message or "does not conform", focus=_text(focus),
                                path=_text(bindings.get("path")) or shape.path_text, value=_text(value)))
    return problems


# ------------------------------------------------------------- value tests
NODE_KINDS = {
    SH.IRI: ox.NamedNode, SH.Literal: ox.Literal, SH.BlankNode: ox.BlankNode,
    SH.BlankNodeOrIRI: (ox.BlankNode, ox.NamedNode), SH.IRIOrLiteral: (ox.NamedNode, ox.Literal),
    SH.BlankNodeOrLiteral: (ox.BlankNode, ox.Literal),
}
FLAGS = {"i": re.I, "m": re.M, "s": re.S, "x": re.X, "q": 0}
RANGES = {SH.minInclusive: lambda c: c >= 0, SH.maxInclusive: lambda c: c <= 0,
          SH.minExclusive: lambda c: c > 0, SH.maxExclusive: lambda c: c < 0}

_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
_DOUBLE = re.compile(r"([+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?INF|NaN)")
_ZONE = r"(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)?"
_GYEAR = re.compile(r"-?([1-9][0-9]{3,}|0[0-9]{3})" + _ZONE)
_GYEARMONTH = re.compile(r"-?([1-9][0-9]{3,}|0[0-9]{3})-(0[1-9]|1[0-2])" + _ZONE)
_INTEGER_BOUNDS = {
    "integer": (None, None), "nonNegativeInteger": (0, None), "positiveInteger": (1, None),
    "nonPositiveInteger": (None, 0), "negativeInteger": (None, -1),
    "long": (-2**63, 2**63 - 1), "int": (-2**31, 2**31 - 1), "short": (-2**15, 2**15 - 1), "byte": (-128, 127),
    "unsignedLong": (0, 2**64 - 1), "unsignedInt": (0, 2**32 - 1), "unsignedShort": (0, 2**16 - 1),
    "unsignedByte": (0, 255),
}


def has_datatype(value, datatype) -> bool:
    """sh:datatype: a literal of that datatype whose lexical form is valid for it."""
    return isinstance(value, ox.Literal) and value.datatype == datatype and well_formed(value)


def well_formed(literal: ox.Literal) -> bool:
    datatype = literal.datatype.value
    if not datatype.startswith(XSD_NS):
        return True
    name, text = datatype[len(XSD_NS):], literal.value
    if name in _INTEGER_BOUNDS:
        if not _INTEGER.fullmatch(text):
            return False
        low, high = _INTEGER_BOUNDS[name]
        number = int(text)
        return (low is None or number >= low) and (high is None or number <= high)
    if name == "decimal":
        return bool(_DECIMAL.fullmatch(text))
    if name in ("double", "float"):
        return bool(_DOUBLE.fullmatch(text))
    if name == "boolean":
        return text in ("true", "false", "1", "0")
    if name == "date":
        match = re.fullmatch(r"(-?[0-9]{4,}-[0-9]{2}-[0-9]{2})" + _ZONE, text)
        if not match:
            return False
        try:
            date.fromisoformat(match.group(1))
        except ValueError:
            return False
        return True
    if name == "gYear":
        return bool(_GYEAR.fullmatch(text))
    if name == "gYearMonth":
        return bool(_GYEARMONTH.fullmatch(text))
    return True


def _number(term):
    if not isinstance(term, ox.Literal) or not well_formed(term):
        return None
    name = term.datatype.value[len(XSD_NS):] if term.datatype.value.startswith(XSD_NS) else ""
    if name in _INTEGER_BOUNDS or name == "decimal":
        try:
            return Decimal(term.value)
        except InvalidOperation:
            return None
    if name in ("double", "float"):
        return float(term.value)
    return None


def _compares(value, bound, ok) -> bool:
    """``ok(sign of value - bound)`` with SPARQL's comparison: numbers by value, strings and other
    literals of one datatype by their text; anything else is incomparable, which fails."""
    a, b = _number(value), _number(bound)
    if a is not None and b is not None:
        return ok((a > b) - (a < b))
    if isinstance(value, ox.Literal) and isinstance(bound, ox.Literal) and a is None and b is None \
            and value.datatype == bound.datatype and not value.language and not bound.language:
        return ok((value.value > bound.value) - (value.value < bound.value))
    return False


def _language_in(value, ranges: list[str]) -> bool:
    if not isinstance(value, ox.Literal) or not value.language:
        return False
    tag = value.language.lower()
    return any(r == "*" or tag == r or tag.startswith(r + "-") for r in ranges)


# ------------------------------------------------------------------ helpers
def _ox(term):
    """A term of the shapes graph as a constraint's value (a blank node cannot be one here)."""
    try:
        return ox_term(term)
    except (ValueError, TypeError):
        raise Unsupported(f"the term {term!r} as a constraint's value") from None


def _sparql_path(text: str) -> str:
    return f"<{text}>" if text.startswith("http") else text


def _unique(values) -> list:
    return list(dict.fromkeys(values))


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _text(term) -> str:
    if term is None:
        return ""
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)
