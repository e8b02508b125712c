"""Map a linked document, the register and the dataset to RDF (MODEL.md).

Each function returns the triples of one named graph. No blank nodes: every
node gets an IRI from ``ld.vocab.Iris``. Terms are pyoxigraph's (what validation,
the dumps and the exports run on): a document's triples go straight there.
The shared graphs, which the dataset-level pass reads with rdflib, are
returned as rdflib ``Graph``s.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, namespace

import ld
from ld import vocab
from ld.config import DUMP_MODES
from ld.formats import BY_KEY
from ld.link import Linked
from ld.model import Span
from ld.register import Entity, Register
from ld.terms import XSD, OxNamespace, Triple, literal, rdflib_term
from ld.vocab import PREFIXES, Iris

CONTEXT = 32  # characters of prefix/suffix in a TextQuoteSelector
Triples = set  # of (subject, predicate, object) pyoxigraph terms

SCHEMA, OA, LDP, SPDX, WD = (OxNamespace(n) for n in (vocab.SCHEMA, vocab.OA, vocab.LDP, vocab.SPDX, vocab.WD))
RDF, RDFS, DCAT, DCTERMS, PROV, VOID = (OxNamespace(n) for n in (
    namespace.RDF, namespace.RDFS, namespace.DCAT, namespace.DCTERMS, namespace.PROV, namespace.VOID))
ENTITY_CLASSES = {kind: ox.NamedNode(str(cls)) for kind, cls in vocab.ENTITY_CLASSES.items()}


def new_graph() -> Graph:
    graph = Graph(bind_namespaces="none")
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri)
    return graph


def as_graph(triples: Triples) -> Graph:
    """Triples of pyoxigraph terms as an rdflib ``Graph``, for the shared graphs."""
    graph = new_graph()
    for s, p, o in triples:
        graph.add((rdflib_term(s), rdflib_term(p), rdflib_term(o)))
    return graph


def en(text: str) -> ox.Literal:
    return literal(text, lang="en")


def integer(value: int) -> ox.Literal:
    return literal(str(value), datatype=XSD.integer)


def document_graph(linked: Linked, iris: Iris, source_pages: str = "", text_rights: str = "") -> set[tuple]:
    """The document's triples, as a set: a build converts them to pyoxigraph terms at once, and an rdflib
    ``Graph`` only to fill it would cost more than the mapping itself."""
    doc, iris = linked.doc, iris.ox()
    g: set[Triple] = set()
    d = iris.document(doc.id)
    g.add((d, RDF.type, SCHEMA.Conversation))
    g.add((d, SCHEMA.identifier, literal(doc.id)))
    if doc.title:
        g.add((d, SCHEMA.name, en(doc.title)))
    if doc.date:
        g.add((d, DCTERMS.date, literal(doc.date.value, datatype=XSD[doc.date.datatype])))
    g.add((d, SCHEMA.inLanguage, literal("en")))
    if doc.summary:
        g.add((d, SCHEMA.abstract, en(doc.summary)))
        _summary_body(g, iris, doc, d)
    if text_rights:  # the dataset's licence covers our descriptions, not the archive's translation
        g.add((d, DCTERMS.rights, en(text_rights)))
    if doc.credits:
        g.add((d, SCHEMA.creditText, en(doc.credits)))
    for role, entity in ((SCHEMA.translator, linked.translator), (SCHEMA.publisher, linked.publisher),
                         (SCHEMA.funder, linked.funder)):
        if entity:
            g.add((d, role, entity_iri(iris, entity)))
    citation = doc.citation
    if citation:
        g.add((d, DCTERMS.bibliographicCitation, literal(citation.text)))
    public = f"{source_pages}{doc.id}" if source_pages else (citation.url if citation else "")
    if public:  # the citation stays as printed (with the export's host); the link goes to the public page
        g.add((d, SCHEMA.url, ox.NamedNode(public)))
    _original(g, linked, iris, d)
    _event(g, linked, iris, d)
    _generation(g, linked, iris, d)
    previous_turn = None
    for seg in doc.segments:
        s = iris.segment(doc.id, seg.position)
        g.add((d, SCHEMA.hasPart, s))
        g.add((s, SCHEMA.isPartOf, d))
        g.add((s, SCHEMA.position, integer(seg.position)))
        g.add((s, SCHEMA.text, en(seg.text)))
        if seg.kind == "stage":
            g.add((s, RDF.type, LDP.StageDirection))
            g.add((s, RDF.type, SCHEMA.CreativeWork))
            continue
        g.add((s, RDF.type, LDP.SpeechTurn))
        g.add((s, RDF.type, SCHEMA.Message))
        if previous_turn is not None:  # who speaks after whom, without a query over every pair of turns
            g.add((previous_turn, LDP.nextTurn, s))
        previous_turn = s
        g.add((s, SCHEMA.sender, entity_iri(iris, linked.speakers[seg.position])))
        if seg.position in linked.co_speakers:  # a joint label: both speak the turn
            g.add((s, SCHEMA.sender, entity_iri(iris, linked.co_speakers[seg.position])))
        if seg.label:
            g.add((s, LDP.speakerLabel, literal(seg.label)))
        method = linked.resolutions.get(seg.position)
        if method:
            g.add((s, LDP.speakerResolution, LDP[RESOLUTION[method[0]]]))
        if seg.reported:
            g.add((s, LDP.reportedSpeech, TRUE))
        if seg.embedded_in:
            g.add((s, LDP.embeddedIn, iris.segment(doc.id, seg.embedded_in)))
        if seg.continues:
            g.add((s, LDP.continues, iris.segment(doc.id, seg.continues)))
    for note in doc.footnotes:
        _footnote(g, linked, iris, note)
    _mentions(g, linked, iris, d)
    _insertions(g, linked, iris)
    for entity in linked.local:  # persons only this document knows live in its graph
        entity_triples(g, entity, iris)
    return g


def _original(g: Triples, linked: Linked, iris: Iris, d: ox.NamedNode) -> None:
    doc, citation = linked.doc, linked.doc.citation
    if not (citation and (citation.reference or citation.archive)) and not doc.language_tag:
        return
    o = iris.part(doc.id, "original")
    g.add((d, SCHEMA.translationOfWork, o))
    g.add((d, PROV.wasDerivedFrom, o))
    g.add((o, RDF.type, SCHEMA.ArchiveComponent))
    if doc.language_tag:
        g.add((o, SCHEMA.inLanguage, literal(doc.language_tag)))
    if linked.archive:
        g.add((o, SCHEMA.holdingArchive, entity_iri(iris, linked.archive)))
    if citation:
        for prop, value in ((SCHEMA.identifier, citation.reference), (LDP.fonds, citation.fonds),
                            (LDP.archivalFile, citation.file), (LDP.folios, citation.folios)):
            if value:
                g.add((o, prop, literal(value)))


def _event(g: Triples, linked: Linked, iris: Iris, d: ox.NamedNode) -> None:
    """The meeting: its attendees (speakers and listed participants, with their roles as printed),
    its time and place as the header lines give them; every header line on the document."""
    doc = linked.doc
    e = iris.part(doc.id, "event")
    g.add((e, RDF.type, SCHEMA.Event))
    g.add((e, SCHEMA.recordedIn, d))
    if doc.title:
        g.add((e, SCHEMA.name, en(doc.title)))
    if doc.date:
        g.add((e, SCHEMA.startDate, literal(doc.date.value, datatype=XSD[doc.date.datatype])))
    for person in sorted(linked.attendees, key=lambda p: p.slug):
        g.add((e, SCHEMA.attendee, entity_iri(iris, person)))
    for number, (person, role, header) in enumerate(linked.participants, 1):
        p = iris.part(doc.id, f"participant-{number}")
        g.add((e, LDP.participation, p))
        g.add((p, RDF.type, LDP.Participation))
        g.add((p, SCHEMA.agent, entity_iri(iris, person)))
        g.add((p, LDP.listedUnder, literal(header)))
        if role:
            g.add((p, SCHEMA.roleName, literal(role)))
    headers = [*doc.headers, *(("Heading", text) for text in doc.preamble)]
    for number, (name, value) in enumerate(headers, 1):  # every header line, as printed
        h = iris.part(doc.id, f"header-{number}")
        g.add((d, LDP.headerLine, h))
        g.add((h, RDF.type, LDP.HeaderLine))
        g.add((h, RDFS.label, literal(name)))
        if value:
            g.add((h, RDF.value, literal(value)))
        if name.casefold() in EVENT_HEADERS and value:
            g.add((e, EVENT_HEADERS[name.casefold()], literal(value)))


RESOLUTION = {"sidecar": "bySidecar", "declaration": "byDeclaration", "register": "byRegister",
              "document": "byDocumentContext", "title": "byTitle", "participants": "byParticipantList",
              "header": "byRoleHeader", "office": "byOfficeHolder", "printed": "byPrintedName",
              "unresolved": "unresolved"}
TRUE = literal(True)
EVENT_HEADERS = {"time": LDP.timeAsPrinted, "date and time": LDP.timeAsPrinted, "place": SCHEMA.location,
                 "location": SCHEMA.location}


def _generation(g: Triples, linked: Linked, iris: Iris, d: ox.NamedNode) -> None:
    """Provenance of this document's graph: which software made it from what (no clock time)."""
    doc = linked.doc
    run = iris.part(doc.id, "generation")
    g.add((d, PROV.wasGeneratedBy, run))
    g.add((run, RDF.type, PROV.Activity))
    g.add((run, PROV.wasAssociatedWith, iris.software(ld.__version__)))
    if doc.citation and doc.citation.url:
        g.add((run, PROV.used, ox.NamedNode(doc.citation.url)))
    if doc.text_digest:
        g.add((run, LDP.sourceSha256, literal(doc.text_digest)))


def _footnote(g: Triples, linked: Linked, iris: Iris, note) -> None:
    doc = linked.doc
    n = iris.note(doc.id, note.number)
    body = iris.part(doc.id, f"note-{note.number}-body")
    g.add((n, RDF.type, OA.Annotation))
    g.add((n, OA.motivatedBy, OA.commenting))
    g.add((n, RDFS.label, literal(note.number)))
    g.add((n, OA.hasBody, body))
    g.add((body, RDF.type, OA.TextualBody))
    g.add((body, RDF.value, en(note.text)))
    g.add((body, DCTERMS.format, literal("text/plain")))
    target = iris.document(doc.id)
    if note.segment is not None and note.anchor is not None:
        seg = doc.segment(note.segment)
        target = text_target(g, iris, doc.id, f"note-{note.number}", iris.segment(doc.id, seg.position),
                             seg.text, note.anchor)
    g.add((n, OA.hasTarget, target))


MATCHED_BY = {"surface": LDP.surfaceForm, "rule": LDP.contextRule, "override": LDP.curatorOverride}


def _mentions(g: Triples, linked: Linked, iris: Iris, d: ox.NamedNode) -> None:
    """Each mention: an identifying annotation on its exact characters, plus schema:mentions shortcuts."""
    doc, register = linked.doc, linked.entities
    for key, mentions in linked.mentions.items():
        if key.startswith("seg-"):
            seg = doc.segment(int(key[4:]))
            source, text, holder = iris.segment(doc.id, seg.position), seg.text, iris.segment(doc.id, seg.position)
            prefix = f"m-{seg.position:04d}"
        elif key == "summary":  # the archive's modern summary: its own text, its own index
            source = holder = _summary_body(g, iris, doc, d)
            text, prefix = doc.summary, "m-summary"
        else:
            note = next(n for n in doc.footnotes if f"note-{n.number}" == key)
            source, text = iris.part(doc.id, f"{key}-body"), note.text
            holder, prefix = iris.note(doc.id, note.number), f"m-{key}"
        for number, mention in enumerate(mentions, 1):
            entity = register[mention.entity]
            body = entity_iri(iris, entity)
            a = iris.part(doc.id, f"{prefix}-{number}")
            g.add((a, RDF.type, OA.Annotation))
            g.add((a, OA.motivatedBy, OA.identifying))
            g.add((a, OA.hasBody, body))
            g.add((a, OA.hasTarget, text_target(g, iris, doc.id, f"{prefix}-{number}", source, text, mention.span)))
            g.add((a, LDP.method, MATCHED_BY[mention.method]))
            if mention.rule:
                g.add((a, LDP.rule, literal(mention.rule)))
            if mention.uncertain:
                g.add((a, LDP.uncertain, literal(True)))
            if mention.confidence is not None:
                g.add((a, LDP.confidence, literal(str(float(mention.confidence)), datatype=XSD.decimal)))
            if mention.proposed_by:
                proposer = register.get(mention.proposed_by)
                assert proposer is not None  # (a sidecar's proposed_by is checked against the register)
                g.add((a, LDP.proposedBy, entity_iri(iris, proposer)))
            if mention.note:
                g.add((a, RDFS.comment, en(mention.note)))
            if not mention.uncertain:  # an uncertain identification is no statement of what the text names
                g.add((holder, SCHEMA.mentions, body))
                if key.startswith("seg-"):  # the document's index is what the record says, not its editors
                    g.add((d, SCHEMA.mentions, body))


def _summary_body(g: Triples, linked_doc_iris, doc, d: ox.NamedNode) -> ox.NamedNode:
    """The summary as a text of its own (as a footnote's body is), so that a Web Annotation client
    applies a summary mention's offsets to the summary, and the summary's index stays apart."""
    s = linked_doc_iris.part(doc.id, "summary")
    g.add((d, LDP.summaryBody, s))
    g.add((s, RDF.type, OA.TextualBody))
    g.add((s, RDF.value, en(doc.summary)))
    g.add((s, DCTERMS.format, literal("text/plain")))
    return s


def _insertions(g: Triples, linked: Linked, iris: Iris) -> None:
    """Translator's [bracketed] insertions: editorial text, not speech."""
    doc = linked.doc
    for seg in doc.segments:
        for number, span in enumerate(seg.insertions, 1):
            fragment = f"ins-{seg.position:04d}-{number}"
            a = iris.part(doc.id, fragment)
            g.add((a, RDF.type, LDP.EditorialInsertion))
            g.add((a, RDF.type, OA.Annotation))
            g.add((a, OA.motivatedBy, OA.describing))
            g.add((a, OA.bodyValue, literal("translator's insertion")))
            g.add((a, OA.hasTarget, text_target(g, iris, doc.id, fragment, iris.segment(doc.id, seg.position),
                                                seg.text, span)))


@lru_cache(maxsize=64)
def text_sha256(text: str) -> str:
    """Once per text, not once per mention in it (a long paragraph has thousands of mentions)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_target(g: Triples, iris: Iris, doc_id: str, fragment: str, source: ox.NamedNode, text: str, span: Span) -> ox.NamedNode:
    """A span of a segment's text: a SpecificResource with position and quote selectors."""
    target = iris.part(doc_id, f"{fragment}-target")
    position = iris.part(doc_id, f"{fragment}-position")
    quote = iris.part(doc_id, f"{fragment}-quote")
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, source))
    g.add((target, LDP.textSha256, literal(text_sha256(text))))
    g.add((target, OA.hasSelector, position))
    g.add((target, OA.hasSelector, quote))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, literal(span.start, datatype=XSD.nonNegativeInteger)))
    g.add((position, OA.end, literal(span.end, datatype=XSD.nonNegativeInteger)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, literal(text[span.start:span.end])))
    g.add((quote, OA.prefix, literal(text[max(0, span.start - CONTEXT):span.start])))
    g.add((quote, OA.suffix, literal(text[span.end:span.end + CONTEXT])))
    return target


def entity_iri(iris: Iris, entity: Entity) -> ox.NamedNode:
    return iris.entity(entity.type, entity.slug)


def alias_language(alias: str) -> str:
    """An alias's language by its script: Han characters (a Chinese record's "柯西金", "周总理") are Chinese,
    Cyrillic (a Russian record's "Мао Цзэдун") Russian, Vietnamese letters Vietnamese; the register's other aliases
    are English forms."""
    if any("\u3400" <= c <= "\u9fff" for c in alias):
        return "zh"
    if any("\u1ea0" <= c <= "\u1ef9" or c in "ơưđƠƯĐ" for c in alias):
        return "vi"  # a Vietnamese record's "Chu Ân Lai", "Mao Trạch Đông": letters only Vietnamese writes
    return "ru" if any("\u0400" <= c <= "\u04ff" for c in alias) else "en"


def entity_triples(g: Triples, entity: Entity, iris: Iris) -> None:
    e = entity_iri(iris, entity)
    g.add((e, RDF.type, ENTITY_CLASSES[entity.type]))
    if entity.type == "Organization" and "archiv" in " ".join(n for _, n in entity.names).lower():
        g.add((e, RDF.type, SCHEMA.ArchiveOrganization))
    for lang, name in entity.names:
        g.add((e, SCHEMA.name, literal(name, lang=lang)))
    for alias in entity.aliases:
        if alias not in {n for _, n in entity.names}:
            g.add((e, SCHEMA.alternateName, literal(alias, lang=alias_language(alias))))
    if entity.qid:
        g.add((e, SCHEMA.sameAs, WD[entity.qid]))
    if entity.lat is not None:
        g.add((e, SCHEMA.latitude, literal(f"{entity.lat:.6f}".rstrip("0").rstrip("."), datatype=XSD.decimal)))
        g.add((e, SCHEMA.longitude, literal(f"{entity.long:.6f}".rstrip("0").rstrip("."), datatype=XSD.decimal)))


def entities_graph(register: Register, iris: Iris) -> Graph:
    g: set[Triple] = set()
    iris = iris.ox()
    for entity in register.entities.values():
        entity_triples(g, entity, iris)
    return as_graph(g)


def links_graph(register: Register, iris: Iris) -> Graph:
    """One link record per Wikidata link: how it was made, from which register version."""
    g: set[Triple] = set()
    iris = iris.ox()
    software = iris.software(ld.__version__)
    # the run is named by what it used (software version and register), never by the clock
    run = iris.run(hashlib.sha256(f"{ld.__version__} {register.digest}".encode()).hexdigest()[:16])
    g.add((run, RDF.type, PROV.Activity))
    g.add((run, PROV.wasAssociatedWith, software))
    g.add((run, LDP.registerSha256, literal(register.digest)))
    for entity in register.entities.values():
        if not entity.qid:
            continue
        record = iris.link(entity.type, entity.slug)
        g.add((record, RDF.type, OA.Annotation))
        g.add((record, OA.motivatedBy, OA.linking))
        g.add((record, OA.hasTarget, entity_iri(iris, entity)))
        g.add((record, OA.hasBody, WD[entity.qid]))
        reconciled = entity.evidence.startswith("reconciled via")
        g.add((record, LDP.method, LDP.reconciled if reconciled else LDP.curated))
        g.add((record, LDP.confidence, literal("1.0", datatype=XSD.decimal)))
        g.add((record, PROV.wasGeneratedBy, run))
        g.add((record, LDP.registerVersion, literal(register.version)))
        g.add((record, LDP.registerSha256, literal(register.digest)))
        g.add((record, PROV.wasAttributedTo, software))
        if entity.evidence:
            g.add((record, LDP.evidence, literal(entity.evidence)))
    return as_graph(g)


def dataset_graph(config, iris: Iris, stats: dict, register: Register, example: list) -> Graph:
    """The DCAT + VoID description. Byte sizes and checksums of the dumps live in
    dist/void.ttl and the manifest, since a file cannot hold its own checksum."""
    g: set[Triple] = set()
    iris = iris.ox()
    ds = iris.dataset
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCTERMS.title, en(config.title)))
    g.add((ds, DCTERMS.description, en(config.description)))
    g.add((ds, DCTERMS.license, ox.NamedNode(config.license)))
    if config.text_rights:  # what the licence does not cover
        g.add((ds, DCTERMS.rights, en(config.text_rights)))
    publisher = register.get(config.publisher)
    if publisher:
        g.add((ds, DCTERMS.publisher, entity_iri(iris, publisher)))
    g.add((ds, VOID.uriSpace, literal(config.base)))
    for prefix in ("schema", "dcterms", "oa", "prov", "ldp"):
        g.add((ds, VOID.vocabulary, ox.NamedNode(PREFIXES[prefix])))
    g.add((ds, VOID.triples, integer(stats["triples"])))
    g.add((ds, VOID.entities, integer(stats["entities"])))
    g.add((ds, VOID.classes, integer(stats["classes"])))
    g.add((ds, VOID.distinctSubjects, integer(stats["subjects"])))
    for resource in example:
        g.add((ds, VOID.exampleResource, ox.NamedNode(str(resource))))
    for filename in DUMP_MODES[config.dumps]:
        media = BY_KEY[filename.split(".")[1]].media_type
        dist = iris.distribution(filename)
        url = ox.NamedNode(config.download_base + filename)
        g.add((ds, DCAT.distribution, dist))
        g.add((ds, VOID.dataDump, url))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.mediaType, ox.NamedNode("https://www.iana.org/assignments/media-types/" + media)))
        if filename.endswith(".gz"):
            g.add((dist, DCAT.compressFormat, ox.NamedNode("https://www.iana.org/assignments/media-types/application/gzip")))
        g.add((dist, DCTERMS.title, en(f"{filename} ({media})")))
    linkset = iris.linkset()
    wikidata_ds = ox.NamedNode("https://www.wikidata.org/")
    g.add((ds, VOID.subset, linkset))
    g.add((linkset, RDF.type, VOID.Linkset))
    g.add((linkset, VOID.linkPredicate, SCHEMA.sameAs))
    g.add((linkset, VOID.subjectsTarget, ds))
    g.add((linkset, VOID.objectsTarget, wikidata_ds))
    g.add((linkset, VOID.triples, integer(stats["links"])))
    g.add((wikidata_ds, RDF.type, VOID.Dataset))
    g.add((wikidata_ds, DCTERMS.title, literal("Wikidata", lang="en")))
    software = iris.software(ld.__version__)
    g.add((software, RDF.type, PROV.SoftwareAgent))
    g.add((software, SCHEMA.name, en("ldpub")))
    g.add((software, SCHEMA.softwareVersion, literal(ld.__version__)))
    return as_graph(g)


def checksum_triples(g: Graph, iris: Iris, files: list[dict]) -> None:
    """Byte size and SHA-256 of each dump, for the standalone dist/void.ttl."""
    triples: set[Triple] = set()
    iris = iris.ox()
    for entry in files:
        dist = iris.distribution(entry["path"])
        checksum = iris.distribution(entry["path"] + "-sha256")
        triples.add((dist, DCAT.byteSize, literal(entry["bytes"], datatype=XSD.nonNegativeInteger)))
        triples.add((dist, SPDX.checksum, checksum))
        triples.add((checksum, RDF.type, SPDX.Checksum))
        triples.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
        triples.add((checksum, SPDX.checksumValue, literal(entry["sha256"], datatype=XSD.hexBinary)))
    g += as_graph(triples)
