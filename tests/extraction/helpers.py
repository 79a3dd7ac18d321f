"""Small helpers shared by the extractor tests."""

from __future__ import annotations

from newsroom.extraction.extractors import EntityCandidate, Extraction, extract


def entity(result: Extraction, name: str) -> EntityCandidate:
    """The one entity whose canonical name is ``name``."""
    found = [e for e in result.entities if e.name == name]
    assert len(found) == 1, [(e.name, e.kind) for e in result.entities]
    return found[0]


def speaker_of(result: Extraction, quote_start: str) -> str | None:
    """Canonical name of the speaker of the quote that starts with ``quote_start``."""
    found = [q for q in result.quotes if q.text.startswith(quote_start)]
    assert len(found) == 1, [q.text for q in result.quotes]
    ent = result.entity(found[0].speaker_key)
    return ent.name if ent else None


def names(result: Extraction, kind: str) -> list[str]:
    """Canonical names of the entities of one kind, in order of first mention."""
    return [e.name for e in result.entities if e.kind == kind]


def roles(text: str) -> list[tuple[str, str, str | None]]:
    """(person, title, organisation) triples, in order."""
    result = extract(text)
    out = []
    for r in result.roles:
        org = result.entity(r.organization_key)
        out.append((result.entity(r.person_key).name, r.title, org.name if org else None))
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text
    return out
