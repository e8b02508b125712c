"""The quality report: per document, what is linked, what is not, and what a
curator should look at next. A rendering of the linking results, as text or JSON."""

from __future__ import annotations

from collections import Counter

from ld.link import Linked
from ld.problems import json_document
from ld.register import Register
from ld.speakers import UNRESOLVED

# problems that make a document's verdict "warnings": who speaks, or whether all was read, is uncertain
FIDELITY_CODES = ("unresolved-role", "ambiguous-speaker", "unknown-speaker", "unattributed-text",
                  "reported-in-turn", "unread-label", "near-miss", "speaker-to-confirm", "single-speaker",
                  "one-person-two-labels", "narrated-title", "narration-in-turn", "header-in-turns", "speaker-died-before")


def verdict(linked: Linked) -> str:
    """clean: every turn's speaker resolved and every character of the transcript published;
    warnings: a curator should look (the problems say where); a page that cannot be read is refused
    (it never gets this far)."""
    return "warnings" if any(p.code in FIDELITY_CODES and p.severity == "Warning" for p in linked.problems) \
        else "clean"


def fidelity(linked: Linked) -> dict:
    """Who speaks how often, how each speaker was resolved, and what a curator should check."""
    doc = linked.doc
    per_speaker: dict[str, int] = {}
    methods: dict[str, dict[str, int]] = {}
    for position, entity in sorted(linked.speakers.items()):
        per_speaker[entity.slug] = per_speaker.get(entity.slug, 0) + 1
        method = linked.resolutions.get(position, (UNRESOLVED, ""))[0]
        by = methods.setdefault(entity.slug, {})
        by[method] = by.get(method, 0) + 1
    role_persons = sorted({linked.speakers[p].slug for p, (m, _) in linked.resolutions.items() if m == UNRESOLVED})
    return {
        "verdict": verdict(linked),
        "turns_per_speaker": dict(sorted(per_speaker.items())),
        "resolved_by": dict(sorted(methods.items())),
        "role_persons": role_persons,
        "near_misses": [{"where": p.source, "label": p.value, "message": p.message}
                        for p in linked.problems if p.code == "near-miss"],
        "reported_speech_turns": sum(1 for s in doc.turns if s.reported),
        "joint_turns": len(linked.co_speakers),
        "unattributed": [{"line": line, "text": text} for line, text in doc.unattributed],
        "checks": [{"code": p.code, "where": p.source, "message": p.message} for p in linked.problems
                   if p.code in FIDELITY_CODES and p.code != "near-miss"],
    }


def document_report(linked: Linked) -> dict:
    entities = linked.entities
    mentioned = Counter(m.entity for ms in linked.mentions.values() for m in ms if not m.uncertain)
    by_type = Counter(entities[slug].type for slug in mentioned.elements())
    decided = [{"where": key, "quote": m.quote, "entity": m.entity, "by": m.rule}
               for key, ms in linked.mentions.items() for m in ms if m.method != "surface"]
    uncertain = [{"where": key, "quote": m.quote, "candidate": m.entity, "confidence": m.confidence,
                  "proposed_by": m.proposed_by} for key, ms in linked.mentions.items() for m in ms if m.uncertain]
    unmatched = Counter(name for names in linked.unmatched.values() for name in names)
    return {
        "document": linked.doc.id,
        "file": linked.doc.path,
        "turns": len(linked.doc.turns),
        "mentions": sum(mentioned.values()),
        "mentions_by_type": dict(sorted(by_type.items())),
        "mentions_by_entity": dict(sorted(mentioned.items())),
        "linked": sorted(slug for slug, e in entities.items() if e.qid),
        "unlinked": sorted(slug for slug, e in entities.items() if not e.qid),
        "unknown_speakers": sorted(e.names[0][1] for e in linked.local),
        "unmatched_names": dict(sorted(unmatched.items())),
        "decided_by_context": decided,
        "uncertain": uncertain,
        "fidelity": fidelity(linked),
        "participants": {
            "named_in_title_not_speaking": [e.slug for e in linked.title_only],
            "speaking_not_named_in_title": [e.slug for e in linked.speakers_not_in_title],
        },
    }


def refused_report(doc_id: str, error) -> dict:
    """A page that cannot be read: the verdict "refused", where and why, and what to do."""
    return {"document": doc_id, "file": str(error.path or ""), "turns": 0,
            "fidelity": {"verdict": "refused", "error": error.message, "line": error.line, "hint": error.hint}}


def refused(report: dict) -> list[str]:
    return [d["document"] for d in report["documents"] if d.get("fidelity", {}).get("verdict") == "refused"]


def quality_report(linked_docs: list[Linked], register: Register) -> dict:
    return quality_report_from([document_report(linked) for linked in linked_docs], register)


def quality_report_from(documents: list[dict], register: Register) -> dict:
    return {
        "register": {"version": register.version, "entities": len(register.entities),
                     "with_qid": sum(1 for e in register.entities.values() if e.qid),
                     "without_qid": sorted(e.slug for e in register.entities.values() if not e.qid)},
        "documents": documents,
    }


def unresolved(report: dict) -> bool:
    return any(d.get("unlinked") or d.get("unknown_speakers") or d.get("unmatched_names") or d.get("uncertain")
               for d in report["documents"])


def to_json(report: dict) -> str:
    return json_document(report)


def to_text(report: dict) -> str:
    reg = report["register"]
    lines = [f"register {reg['version']}: {reg['entities']} entities, {reg['with_qid']} linked to Wikidata"]
    for d in report["documents"]:
        f = d.get("fidelity", {})
        if f.get("verdict") == "refused":
            lines.append(f"\n{d['document']} ({d['file']}): refused: line {f['line']}: {f['error']}"
                         + (f"\n  hint: {f['hint']}" if f.get("hint") else ""))
            continue
        lines.append(f"\n{d['document']} ({d['file']}): {d['turns']} turns, {d['mentions']} mentions "
                     + ", ".join(f"{n} {t}" for t, n in d["mentions_by_type"].items()))
        lines.append(f"  linked ({len(d['linked'])}): {', '.join(d['linked']) or '-'}")
        lines.append(f"  unlinked ({len(d['unlinked'])}): {', '.join(d['unlinked']) or '-'}")
        if d["unknown_speakers"]:
            lines.append(f"  unknown speakers: {', '.join(d['unknown_speakers'])}")
        if d["unmatched_names"]:
            lines.append("  capitalised names that matched nothing: "
                         + ", ".join(f"{n} ({c})" for n, c in d["unmatched_names"].items()))
        for item in d["decided_by_context"]:
            lines.append(f"  ambiguous form {item['quote']!r} in {item['where']}: {item['by']}")
        for item in d["uncertain"]:
            lines.append(f"  uncertain: {item['quote']!r} in {item['where']} may be {item['candidate']} "
                         f"(confidence {item['confidence']}, proposed by {item['proposed_by'] or '?'})")
        f = d.get("fidelity")
        if f:
            lines.append(f"  verdict: {f['verdict']}; turns per speaker: "
                         + ", ".join(f"{s} {n} ({', '.join(f'{m} {c}' for m, c in f['resolved_by'][s].items())})"
                                     for s, n in f["turns_per_speaker"].items()))
            if f["reported_speech_turns"]:
                lines.append(f"  reported-speech turns: {f['reported_speech_turns']}")
            for check in f["checks"]:
                lines.append(f"  check {check['where']}: {check['message']}")
            for miss in f["near_misses"]:
                lines.append(f"  near miss {miss['where']}: {miss['message']}")
        p = d["participants"]
        if p["named_in_title_not_speaking"]:
            lines.append(f"  named in the title, never speak: {', '.join(p['named_in_title_not_speaking'])}")
        if p["speaking_not_named_in_title"]:
            lines.append(f"  speak, not named in the title: {', '.join(p['speaking_not_named_in_title'])}")
    return "\n".join(lines) + "\n"
