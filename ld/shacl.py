"""A SHACL engine for the constraints ldpub's shapes use, run on pyoxigraph terms.

pySHACL took about 0.2 s to check one synthetic document of 2,500 triples,
mostly in rdflib's SPARQL engine and its per-node bookkeeping: more than all
other stages of a build together. This engine reads the same shapes graph
once and compiles every shape into Python checks over an index of the data;
SHACL-SPARQL constraints run in Oxigraph with ``$this`` pre-bound as SHACL
defines it (the focus node written into the query, see ``prebinding``).

It implements the part of SHACL the project's shapes use, and the neighbours
that share its code: targets (class, subjects of, objects of, node); paths
(predicate, inverse, alternative, sequence); min/max count, datatype, class,
node kind, pattern, language-in, unique-lang, the four value ranges (numbers
and strings), less-than-or-equals, or/and/not/node, qualified value shapes,
sh:deactivated; SPARQL SELECT constraints on node shapes. A shapes graph using
anything else raises ``Unsupported`` when it is compiled (data it cannot judge,
such as two dates to compare, raises it while validating), and ``ld.validate``
then runs pySHACL with a ``FallbackWarning``. ``tests/test_shacl.py`` checks
that both engines report the same problems on every shape test case, on real
and synthetic documents and on randomly broken ones; ``tests/test_shacl_w3c.py``
runs the W3C SHACL test suite.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import Callable

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, XSD

from ld.problems import Problem
from ld.terms import load_lines, ox_term, serialize
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
              SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint, SH.deactivated, SH.uniqueLang,
              RDF.type, RDFS.label, RDFS.comment}
SHAPE_TYPES = {SH.NodeShape, SH.PropertyShape, SH.Shape}


class Unsupported(Exception):
    """The shapes graph uses a SHACL feature this engine does not implement."""


# ------------------------------------------------------------------ the data
class Data:
    """The data graph, indexed for the lookups shapes make."""

    def __init__(self, triples, store: ox.Store | None = None, graphs: list | None = None):
        """``triples``: (subject, predicate, object) of pyoxigraph terms, ``pyoxigraph.Triple``s or tuples."""
        self.triples = triples if isinstance(triples, list) else list(triples)
        self.out: dict = {}  # subject -> predicate -> objects (plain dicts: built for each document, read often)
        out = self.out
        for s, p, o in self.triples:
            by_predicate = out.get(s)
            if by_predicate is None:
                out[s] = {p: [o]}
            elif (objects := by_predicate.get(p)) is None:
                by_predicate[p] = [o]
            else:
                objects.append(o)
        self.subjects_of: dict = defaultdict(list)  # predicate -> subjects (each once)
        for s, by_predicate in out.items():
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
            load_lines(self._store, serialize(triples, ox.RdfFormat.N_TRIPLES))
        return self._store


# ---------------------------------------------------------------- the shapes
@dataclass
class Shape:
    node: object  # the shape's node in the shapes graph (rdflib term)
    code: str  # what reports call it: its local name, or that of the named shape holding it
    severity: str = "Violation"
    severity_node: object = SH.Violation  # sh:severity as given (SHACL allows any IRI)
    message: str = ""
    path: Callable[..., list] | None = None  # compiled path (a function node -> values), None for a node shape
    path_text: str = ""
    path_node: object = None  # sh:path's value in the shapes graph
    predicate: object = None  # the path's predicate (pyoxigraph term) when it is one
    targets: list = field(default_factory=list)  # functions data -> focus nodes
    checks: list = field(default_factory=list)  # (component, function (data, focus, values) -> [offending value | None])
    sparql: list = field(default_factory=list)  # SparqlConstraint
    properties: list = field(default_factory=list)  # property Shapes


@dataclass
class SparqlConstraint:
    node: object
    parts: list  # the query around each place of $this that SHACL's pre-binding replaces with the focus node
    message: str

    def query(self, focus) -> str:
        return str(focus).join(self.parts)


@dataclass(frozen=True)
class Result:
    """A validation result as SHACL's report has it (``tests/test_shacl_w3c.py`` compares these with
    the W3C test suite's), and the ``Problem`` builds report."""
    problem: Problem
    shape: object  # sh:sourceShape (rdflib term of the shapes graph)
    severity: object  # sh:resultSeverity (rdflib term)
    component: str  # local name of sh:sourceConstraintComponent
    focus: object  # pyoxigraph term
    path: object  # sh:resultPath: a node of the shapes graph, a pyoxigraph term (SPARQL ?path) or None
    value: object  # pyoxigraph term, None when the result has no sh:value


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
        named = node if isinstance(node, URIRef) else g.value(predicate=SH.property, object=node)
        shape = Shape(node, _local(named) if isinstance(named, URIRef) else "shape")
        self._compiled[node] = shape  # before compiling parts: shapes may refer to each other
        deactivated = _one(g, node, SH.deactivated)
        if deactivated is not None and getattr(deactivated, "value", None) is True:
            return shape  # every node conforms to a deactivated shape: no targets, no constraints
        own_constraint = (node, SH.sparql, node) in g  # a shape that is its own SPARQL constraint
        for key in set(g.predicates(node, None)):
            if key not in SHAPE_KEYS and not (own_constraint and key in (SH.select, SH.prefixes)):
                raise Unsupported(f"{key} on shape {node}")
        if deactivated is not None and getattr(deactivated, "value", None) is not False:
            raise Unsupported(f"sh:deactivated {deactivated!r} on {node}")
        severity = _one(g, node, SH.severity)
        if severity is not None:
            shape.severity_node, shape.severity = severity, _local(severity)
        message = g.value(node, SH.message) or (g.value(named, SH.message) if named is not None else None)
        shape.message = str(message) if message is not None else ""
        path = _one(g, node, SH.path)
        if path is not None:
            shape.path, shape.path_text = self._path(path)
            shape.path_node = path
            shape.predicate = _ox(path) if isinstance(path, URIRef) else None
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
        if (path, RDF.first, None) in g:  # a list is a sequence path, whatever else the node says
            parts = [self._path(p) for p in Collection(g, path)]

            def sequence(data, node):
                nodes = [node]
                for step, _ in parts:
                    nodes = _unique(v for n in nodes for v in step(data, n))
                return nodes
            return sequence, "/".join(_sparql_path(t) for _, t in parts)
        inverse = g.value(path, SH.inversePath)
        if isinstance(inverse, URIRef):
            predicate = _ox(inverse)
            return (lambda data, node: data.subjects(predicate, node)), f"^<{inverse}>"
        alternatives = g.value(path, SH.alternativePath)
        if alternatives is not None:
            parts = [self._path(p) for p in Collection(g, alternatives)]
            return (lambda data, node: _unique(v for f, _ in parts for v in f(data, node))), \
                "|".join(_sparql_path(t) for _, t in parts)
        raise Unsupported(f"the path {path}")

    def _checks(self, node) -> list:
        """The shape's constraints: (constraint component, check) pairs, one a parameter value (two
        sh:class are two constraints, as SHACL says)."""
        g, checks = self.graph, []

        def params(key):
            return list(g.objects(node, key))

        def add(component, check):
            checks.append((component, check))
        for n in params(SH.minCount):
            add("MinCountConstraintComponent", lambda data, focus, values, n=int(n): [None] if len(values) < n else NOTHING)
        for n in params(SH.maxCount):
            add("MaxCountConstraintComponent", lambda data, focus, values, n=int(n): [None] if len(values) > n else NOTHING)
        for dt in params(SH.datatype):
            if str(dt).startswith((XSD_NS, str(RDF))) and str(dt) not in WELL_FORMED_CHECKED:
                raise Unsupported(f"sh:datatype {dt.n3()} (its ill-formed values are not told apart)")
            add("DatatypeConstraintComponent",
                lambda data, focus, values, dt=_ox(dt): [v for v in values if not has_datatype(v, dt)])
        for cls in params(SH["class"]):
            add("ClassConstraintComponent", lambda data, focus, values, c=_ox(cls):
                [v for v in values if isinstance(v, ox.Literal) or c not in data.classes(v)])
        for kind in params(SH.nodeKind):
            allowed = NODE_KINDS.get(kind)
            if allowed is None:
                raise Unsupported(f"sh:nodeKind {kind}")
            add("NodeKindConstraintComponent",
                lambda data, focus, values, a=allowed: [v for v in values if not isinstance(v, a)])
        if (pattern := _one(g, node, SH.pattern)) is not None:
            flags = str(_one(g, node, SH.flags) or "")
            if not set(flags) <= set(FLAGS):
                raise Unsupported(f"the regular expression flags {flags!r}")
            try:
                regex = re.compile(_xpath_regex(str(pattern), flags), sum(FLAGS[f] for f in set(flags)))
            except re.error:
                raise Unsupported(f"the regular expression {str(pattern)!r}") from None
            add("PatternConstraintComponent", lambda data, focus, values, r=regex:
                [v for v in values if isinstance(v, ox.BlankNode) or not r.search(v.value)])
        for unique in params(SH.uniqueLang):
            if getattr(unique, "value", None) is True:  # SHACL says true ("1" is not, but rdflib reads it as true)
                add("UniqueLangConstraintComponent", lambda data, focus, values: _duplicate_languages(values))
        for languages in params(SH.languageIn):
            ranges = [str(r).lower() for r in Collection(g, languages)]
            add("LanguageInConstraintComponent",
                lambda data, focus, values, r=ranges: [v for v in values if not _language_in(v, r)])
        for key, ok in RANGES.items():
            for bound in params(key):
                if _number(_ox(bound)) is None and not _is_string(_ox(bound)):  # dates, times, ... not ordered here
                    raise Unsupported(f"{key} {bound.n3()}")
                add(_local(key)[0].upper() + _local(key)[1:] + "ConstraintComponent",
                    lambda data, focus, values, b=_ox(bound), ok=ok: [v for v in values if not _compares(v, b, ok)])
        for other in params(SH.lessThanOrEquals):
            add("LessThanOrEqualsConstraintComponent", lambda data, focus, values, p=_ox(other):
                [v for v in values for w in data.objects(focus, p) if not _compares(v, w, RANGES[SH.maxInclusive])])
        for members in params(SH["or"]):
            shapes = [self._shape(m) for m in Collection(g, members)]
            add("OrConstraintComponent", lambda data, focus, values, s=shapes:
                [v for v in values if not any(conforms(data, x, v) for x in s)])
        for members in params(SH["and"]):
            shapes = [self._shape(m) for m in Collection(g, members)]
            add("AndConstraintComponent", lambda data, focus, values, s=shapes:
                [v for v in values if not all(conforms(data, x, v) for x in s)])
        for negated in params(SH["not"]):
            add("NotConstraintComponent", lambda data, focus, values, s=self._shape(negated):
                [v for v in values if conforms(data, s, v)])
        for target in params(SH.node):
            add("NodeConstraintComponent", lambda data, focus, values, s=self._shape(target):
                [v for v in values if not conforms(data, s, v)])
        if (qualified := _one(g, node, SH.qualifiedValueShape)) is not None:
            disjoint = _one(g, node, SH.qualifiedValueShapesDisjoint)
            if disjoint is not None and getattr(disjoint, "value", None) is not False:
                raise Unsupported("sh:qualifiedValueShapesDisjoint")
            shape = self._shape(qualified)

            last: list = [None, 0]  # the values last counted, and their count: min and max count once

            def count(data, values, s=shape):
                if last[0] is not values:  # the list is kept alive, so "is" cannot meet a new one
                    last[:] = [values, sum(1 for v in values if conforms(data, s, v))]
                return last[1]
            if (low := _one(g, node, SH.qualifiedMinCount)) is not None:
                add("QualifiedMinCountConstraintComponent", lambda data, focus, values, n=int(low):
                    [None] if count(data, values) < n else [])
            if (high := _one(g, node, SH.qualifiedMaxCount)) is not None:
                add("QualifiedMaxCountConstraintComponent", lambda data, focus, values, n=int(high):
                    [None] if count(data, values) > n else [])
        return checks

    def _sparql(self, node) -> SparqlConstraint:
        g = self.graph
        also_shape = node in self._compiled  # a shape that is its own SPARQL constraint
        for key in set(g.predicates(node, None)):
            if key not in (SH.select, SH.prefixes, SH.message, RDF.type, RDFS.comment) \
                    and not (also_shape and key in SHAPE_KEYS):
                raise Unsupported(f"{key} on the SPARQL constraint {node}")
        select = _one(g, node, SH.select)
        if select is None:
            raise Unsupported(f"the SPARQL constraint {node} has no sh:select")
        prefixes, owners, seen = "", list(g.objects(node, SH.prefixes)), set()
        while owners:  # the declarations of the sh:prefixes nodes and of the ontologies they import
            owner = owners.pop()
            if owner not in seen:
                seen.add(owner)
                owners.extend(g.objects(owner, OWL.imports))
                for declaration in g.objects(owner, SH.declare):
                    prefixes += f"PREFIX {g.value(declaration, SH.prefix)}: <{g.value(declaration, SH.namespace)}>\n"
        parts = prebinding(prefixes + str(select))
        try:  # a query Oxigraph cannot parse would fail on every focus node: say so now
            ox.Store().query("<urn:x:this>".join(parts), substitutions={ox.Variable("this"): ox.NamedNode("urn:x:this")})
        except SyntaxError as exc:
            raise Unsupported(f"the SPARQL query of {node}: {exc}") from None
        return SparqlConstraint(node, parts, str(g.value(node, SH.message) or ""))

    # ---------------------------------------------------------- validation
    def validate(self, triples, store: ox.Store | None = None, graphs: list | None = None) -> list[Problem]:
        """Every problem the shapes find in the triples (pyoxigraph terms). ``store``, if given,
        must hold the same triples in its default graph, or in the union of ``graphs``; the SPARQL
        constraints run there."""
        return [result.problem for result in self.results(triples, store, graphs)]

    def results(self, triples, store: ox.Store | None = None, graphs: list | None = None) -> list[Result]:
        """The validation results, as :meth:`validate` but with what SHACL's report says of each."""
        data = Data(triples, store, graphs)
        results: list[Result] = []
        for shape in self.top:
            focus_nodes = _unique(n for target in shape.targets for n in target(data))
            for focus in focus_nodes:
                _collect(data, shape, focus, results)
        return results


def _collect(data: Data, shape: Shape, focus, results: list[Result]) -> None:
    """Add the results of a focus node against a shape and its property shapes to ``results`` (one list
    for all: this runs for every node of every document)."""
    values = _values(data, shape, focus)
    for component, check in shape.checks:
        for value in check(data, focus, values):
            problem = Problem(severity=shape.severity, code=shape.code,
                              message=shape.message or "does not conform", focus=_text(focus),
                              path=shape.path_text, value=_text(value))
            results.append(Result(problem, shape.node, shape.severity_node, component, focus, shape.path_node, value))
    for prop in shape.properties:  # sh:property: each value node is a focus node of the property shape
        for value in values:
            _collect(data, prop, value, results)
    for constraint in shape.sparql:
        results.extend(_sparql_results(data, shape, constraint, focus))


def _values(data: Data, shape: Shape, focus) -> list:
    """The value nodes of a focus node: a set, kept in data order."""
    if shape.predicate is not None:  # (most paths: the index read here, not through a function)
        by_predicate = data.out.get(focus)
        values = by_predicate.get(shape.predicate, NONE) if by_predicate else NONE
    elif shape.path is None:
        return [focus]
    else:
        values = shape.path(data, focus)
    return _unique(values) if len(values) > 1 else values


NONE: list = []  # (no values: never changed)
NOTHING = ()  # (a check that finds nothing: no list made)


def conforms(data: Data, shape: Shape, node) -> bool:
    """Whether ``node`` conforms to ``shape`` (no result of any severity), as sh:node and sh:or ask."""
    values = _values(data, shape, node)
    if any(check(data, node, values) for _, check in shape.checks):
        return False
    if not all(conforms(data, p, v) for p in shape.properties for v in values):
        return False
    return not any(_sparql_results(data, shape, c, node) for c in shape.sparql)


def _sparql_results(data: Data, shape: Shape, constraint: SparqlConstraint, focus) -> list[Result]:
    results = []
    named = constraint.node if isinstance(constraint.node, URIRef) else None
    if isinstance(focus, ox.BlankNode):  # pre-binding writes the focus node into the query: not a blank node
        raise Unsupported(f"a SPARQL constraint on the blank node {focus}")
    # $this where the syntax needs a variable (projection, GROUP BY) stays one, bound by substitution
    solutions = data.store().query(constraint.query(focus), substitutions={ox.Variable("this"): focus},
                                   default_graph=data.graphs)
    assert isinstance(solutions, ox.QuerySolutions)  # (a SHACL-SPARQL constraint is a SELECT query)
    variables = solutions.variables
    for solution in solutions:
        bindings = {v.value: solution[v] for v in variables if solution[v] is not None}
        bindings["this"] = focus
        value = bindings.get("value", focus)
        message = constraint.message
        for name, term in bindings.items():
            shown = _text(term)  # (a function, not a replacement string: no backslash escapes read in it)
            message = re.sub(r"\{[?$]" + re.escape(name) + r"\}", lambda _m: shown, message)
        if named is None:  # an anonymous constraint: the shape's message, as for a core constraint
            message = shape.message or message
        problem = Problem(severity=shape.severity, code=_local(named) if named else shape.code,
                          message=message or "does not conform", focus=_text(focus),
                          path=_text(bindings.get("path")) or shape.path_text, value=_text(value))
        path = bindings["path"] if "path" in bindings else shape.path_node
        results.append(Result(problem, shape.node, shape.severity_node, "SPARQLConstraintComponent", focus, path, value))
    return results


# SHACL's pre-binding (SHACL 5.3.1): $this is the focus node wherever it appears, even in a FILTER of an
# inner group evaluated before anything binds it; Oxigraph's substitution only binds it from outside,
# so the focus node is written into the query. Strings, IRIs and comments are read past.
_SPARQL_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'" r'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
    r"|(?P<forbidden>\bMINUS\b|\bVALUES\b|\bSERVICE\b|\bAS\s+[?$]this\b|[?$](?:shapesGraph|currentShape)\b)"
    r"|(?P<variables>\bSELECT\b|\b(?:GROUP|ORDER)\s+BY\b)|(?P<end>\bWHERE\b|\bHAVING\b|\bLIMIT\b|\bOFFSET\b|[{}])"
    r"|(?P<bound>\bBOUND\s*\(\s*[?$]this\s*\))|(?P<this>[?$]this\b)", re.I)


def prebinding(query: str) -> list[str]:
    """The query split at each $this to replace with the focus node (``bound($this)`` is true)."""
    parts, current, start = [], "", 0
    clause, selects, projected = None, 0, False  # clause: "SELECT" or "BY" while reading variables
    for match in _SPARQL_TOKENS.finditer(query):
        if match.group("forbidden"):  # SHACL 5.3.1.1: a query with these must not be run
            raise Unsupported(f"{match.group('forbidden')} in a SPARQL constraint")
        if match.group("variables"):
            clause = "SELECT" if match.group("variables").upper() == "SELECT" else "BY"
            selects, projected = selects + (clause == "SELECT"), False
        elif match.group("end"):
            if clause == "SELECT" and selects > 1 and not projected:  # SHACL 5.3.1.1: subqueries return $this
                raise Unsupported("a SPARQL subquery that does not select $this")
            clause = None
        elif clause:  # $this where the syntax wants a variable stays one
            projected = projected or bool(match.group("this"))
        elif match.group("bound"):
            current += query[start:match.start()] + "true"
            start = match.end()
        elif match.group("this"):
            parts.append(current + query[start:match.start()])
            current, start = "", match.end()
    parts.append(current + query[start:])
    return parts

# ------------------------------------------------------------- value tests
NODE_KINDS = {
    SH.IRI: ox.NamedNode, SH.Literal: ox.Literal, SH.BlankNode: ox.BlankNode,
    SH.BlankNodeOrIRI: (ox.BlankNode, ox.NamedNode), SH.IRIOrLiteral: (ox.NamedNode, ox.Literal),
    SH.BlankNodeOrLiteral: (ox.BlankNode, ox.Literal),
}
FLAGS = {"i": re.I, "m": re.M, "s": re.S, "q": 0}  # XPath's flags; "q" (no metacharacters): _xpath_regex
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

NUMERIC = {*_INTEGER_BOUNDS, "decimal", "double", "float", "string"}  # what ld.shacl orders (and strings)
# the datatypes whose lexical forms well_formed checks (any text is an xsd:string or rdf:langString)
WELL_FORMED_CHECKED = {XSD_NS + name for name in (*NUMERIC, "boolean", "date", "gYear", "gYearMonth")} \
    | {str(RDF.langString)}


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
    if _is_string(value) and _is_string(bound):
        return ok((value.value > bound.value) - (value.value < bound.value))
    if isinstance(value, ox.Literal) and isinstance(bound, ox.Literal) and value.datatype == bound.datatype \
            and value.datatype.value.startswith(XSD_NS) and value.datatype.value[len(XSD_NS):] not in NUMERIC:
        # SPARQL orders dates, times, booleans, ... by value, not by their text
        raise Unsupported(f"comparing two {value.datatype.value} values")
    return False


def _duplicate_languages(values) -> list:
    """sh:uniqueLang: a result for each language tag more than one value has (no sh:value)."""
    tags = [v.language.lower() for v in values if isinstance(v, ox.Literal) and v.language]
    return [None for tag in _unique(tags) if tags.count(tag) > 1]


def _is_string(term) -> bool:
    return isinstance(term, ox.Literal) and term.datatype.value == XSD_NS + "string"


def _xpath_regex(pattern: str, flags: str) -> str:
    """An XPath regular expression (what sh:pattern holds) as Python's. Without the m flag XPath's $ is
    the end of the text (Python's is also before a final newline); without s its . is neither newline
    nor carriage return. Escapes that mean something else in Python (\\w: XPath's counts symbols, not _)
    or nothing in XPath, and Python's (?...) groups, are declared unsupported."""
    if "q" in flags:
        return re.escape(pattern)
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            escape = pattern[i:i + 2]
            if escape[1:] in tuple("wWiIcCpPbBAZzg"):
                raise Unsupported(f"the regular expression escape {escape} in {pattern!r}")
            out.append(escape)
            i += 2
            continue
        if in_class:
            if c == "-" and pattern[i + 1:i + 2] == "[":  # XPath's class subtraction, [a-z-[aeiou]]
                raise Unsupported(f"the regular expression class subtraction in {pattern!r}")
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(" and pattern[i + 1:i + 2] == "?":
            raise Unsupported(f"the regular expression group (? in {pattern!r}")
        elif c == "$" and "m" not in flags:
            c = r"\Z"
        elif c == "." and "s" not in flags:
            c = r"[^\n\r]"
        out.append(c)
        i += 1
    return "".join(out)


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


def _one(graph: Graph, node, key):
    """The value of a parameter that a shape may have only once (None without one)."""
    values = list(graph.objects(node, key))
    if len(values) > 1:
        raise Unsupported(f"{len(values)} values of {key} on {node}")
    return values[0] if values else None


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
