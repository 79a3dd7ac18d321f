"""Natural keys for the curation file: rows named by what they are, never by database ids.

An article is its checksum; an entity its kind and name; a fact in an article its article and
span; a claim the spans of its evidence; a story its slug.
"""

from newsroom.core.models import Origin

FORMAT = "newsroom-curation/1"


class CurationError(Exception):
    """A curation file that cannot be applied, with the entry that stops it."""


def entity_key(entity):
    return None if entity is None else [entity.kind, entity.name]


def span_key(row):
    return [row.article.checksum, row.start, row.end]


def claim_key(claim):
    """A claim by the passages that state it, or by its statement when it has none."""
    spans = sorted(span_key(evidence) for evidence in claim.evidence.all())
    return {"evidence": spans} if spans else {"statement": claim.statement}


def machine_record(row):
    """The row as the machine last proposed it, from its history; None for a row an editor
    created. The next extraction on a fresh database proposes it again in this form."""
    return row.history.filter(origin=Origin.MACHINE).order_by("-history_id").first()


def sort_entries(entries, *fields):
    """Entries in a stable order: by the given fields, then by their whole text."""
    return sorted(entries, key=lambda entry: (*(repr(entry[f]) for f in fields), repr(entry)))
