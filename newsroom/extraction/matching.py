"""Matching extracted candidates to rows already in the database: one real thing, one entity;
one claim, many pieces of evidence."""

from django.db.models import Count, Prefetch, Q

from newsroom.claims.models import Claim, ClaimStatus, Evidence, Stance
from newsroom.core.models import ReviewStatus
from newsroom.core.text import unique_slug
from newsroom.entities.models import Alias, Entity, normalize_alias
from newsroom.extraction.extractors import ClaimFacts, compare_claims


def _strong_names(name, aliases):
    """Names specific enough to identify an entity across articles: the canonical name, every
    multi-word alias, and acronyms. A bare surname could belong to anyone, so it never matches
    across articles by itself."""
    names = [name]
    for alias in aliases:
        if len(alias.split()) > 1 or (alias.isupper() and len(alias) > 1):
            names.append(alias)
    return [normalize_alias(value) for value in names]


def _canonical(entity):
    seen = set()
    while entity.merged_into_id and entity.pk not in seen:
        seen.add(entity.pk)
        entity = entity.merged_into
    return entity


def entity_find(*, name, kind, aliases=()):
    """The existing entity (merges followed) this candidate names, or None.

    The canonical name is tried first, then the candidate's other strong names.
    """
    for normalized in _strong_names(name, aliases):
        found = (
            Entity.objects.filter(kind=kind)
            .filter(Q(aliases__normalized=normalized) | Q(name__iexact=normalized))
            .select_related("merged_into")
            .order_by("merged_into", "-review_status", "pk")
            .first()
        )
        if found is not None:
            return _canonical(found)
    return None


def entity_create(*, name, kind, confidence, rule, extractor_version):
    """A new pending machine entity."""
    entity = Entity(
        name=name[:200],
        slug=unique_slug(Entity, name, max_length=200, fallback=kind),
        kind=kind,
        confidence=confidence,
        rule=rule[:60],
        extractor_version=extractor_version,
    )
    entity.save()
    return entity


def aliases_add(*, entity, names, extractor_version):
    """Add the surface forms the entity lacks as pending machine aliases; return how many.
    A form an editor rejected stays rejected: it already exists, so it is not added again."""
    existing = set(entity.aliases.values_list("normalized", flat=True))
    added = 0
    for name in names:
        normalized = normalize_alias(name)
        if not normalized or normalized in existing:
            continue
        Alias.objects.create(
            entity=entity, name=name[:200], extractor_version=extractor_version, rule="surface"
        )
        existing.add(normalized)
        added += 1
    return added


def claim_find(candidate, *, place, article, exclude=()):
    """The existing claim about the same fact or event and the verdict ("same" or "conflict"),
    or (None, None). A passage already tied to a claim stays with it; claims with the same
    statement are the same claim; claims with the same event signature from other articles are
    compared on date and place. Claims in `exclude` (those the current run already wrote for
    this article) are not candidates: one article is not an independent source for itself."""
    spans = Q()
    for span in candidate.evidence:
        spans |= Q(start=span.start, end=span.end)
    earlier = None
    if candidate.evidence:
        earlier = Evidence.objects.filter(spans, article=article).select_related("claim").first()
    if earlier is not None:
        # A previous run already tied this passage to a claim: keep that decision.
        return earlier.claim, "conflict" if earlier.stance == Stance.CONTRADICTS else "same"
    statement = " ".join(candidate.statement.split())
    same_statement = Claim.objects.filter(statement=statement).order_by("pk").first()
    if same_statement is not None:
        return same_statement, "same"
    if not candidate.event:
        return None, None
    support = (
        Evidence.objects.filter(stance=Stance.SUPPORTS)
        .exclude(review_status=ReviewStatus.REJECTED)
        .select_related("place")
    )
    rivals = (
        Claim.objects.filter(event=candidate.event[:200])
        .exclude(pk__in=exclude)
        .exclude(evidence__article=article)
        .select_related("place")
        .prefetch_related(Prefetch("evidence", queryset=support, to_attr="support"))
    )
    mine = ClaimFacts(
        candidate.event, candidate.date, candidate.date_precision, place.name if place else None
    )
    same = conflict = None
    # A claim on the same date is the likeliest match; undated ones come after.
    for claim in sorted(rivals, key=lambda c: (c.date != candidate.date, c.pk)):
        # Compare with every place the claim's sources gave: a country corroborated by one of its
        # cities is contradicted by another city, though both lie in that country.
        places = {claim.place.name if claim.place_id else None}
        places |= {evidence.place.name for evidence in claim.support if evidence.place_id}
        verdicts = {
            compare_claims(
                ClaimFacts(claim.event, claim.date, claim.date_precision or None, name), mine
            )
            for name in places
        }
        if "conflict" in verdicts:
            conflict = conflict or claim
        elif "same" in verdicts:
            same = same or claim
    # A disagreement on date or place outweighs agreement with a vaguer claim of the same event.
    if conflict is not None:
        return conflict, "conflict"
    if same is not None:
        return same, "same"
    return None, None


def claims_mark_corroborated(claim_ids):
    """Unverified claims supported by two or more articles become corroborated."""
    supported = (
        Claim.objects.filter(pk__in=claim_ids, status=ClaimStatus.UNVERIFIED)
        .annotate(
            sources=Count(
                "evidence__article",
                filter=Q(evidence__stance=Stance.SUPPORTS)
                & ~Q(evidence__review_status=ReviewStatus.REJECTED),
                distinct=True,
            )
        )
        .filter(sources__gte=2)
    )
    for claim in supported:
        claim.status = ClaimStatus.CORROBORATED
        claim.save(update_fields=["status", "updated_at"])
