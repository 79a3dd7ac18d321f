"""Matching extracted claims to claims already in the database: one event, many pieces of
evidence. (Entity lookups live in `entities.selectors`; claim-status rules in `claims.services`.)"""

from django.db.models import Prefetch, Q

from newsroom.claims.models import Claim, Evidence, Stance
from newsroom.core.models import ReviewStatus
from newsroom.extraction.extractors import ClaimFacts, compare_claims


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
