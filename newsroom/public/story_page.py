"""What the story page shows, built from a story the selectors fetched: the claims with their
status in words and per-attribute values, the "at a glance" panel, the timeline, the people and
organizations with their roles, the featured quotes and the corrections."""

from dataclasses import dataclass, field

from django.urls import reverse

from newsroom.claims.models import ClaimStatus
from newsroom.claims.selectors import claim_values
from newsroom.stories.selectors import role_list_public, speaker_shown


def fact_url(article, anchor):
    """The URL of a fact's sentence on its source article's page."""
    return reverse("public:article", kwargs={"slug": article.slug}) + f"#{anchor}"


@dataclass
class ValueShown:
    label: str
    sources: list
    is_conflicting: bool


@dataclass
class ClaimShown:
    claim: object
    status: str
    status_text: str
    sources: list
    values: dict
    passages: list = field(default_factory=list)

    @property
    def is_disputed(self):
        return self.status == ClaimStatus.DISPUTED


def _status_text(claim, sources):
    if claim.status == ClaimStatus.VERIFIED:
        return "Verified by the newsroom"
    if claim.status == ClaimStatus.FALSE:
        return "False, the newsroom found"
    if claim.status == ClaimStatus.DISPUTED:
        return "Disputed: sources disagree"
    if claim.status == ClaimStatus.CORROBORATED:
        return f"Corroborated by {len(sources)} sources"
    return "Reported by one source" if len(sources) <= 1 else f"Reported by {len(sources)} sources"


def claim_shown(claim):
    """A claim as readers see it, from its public evidence (prefetched as `public_evidence`)."""
    evidence = claim.public_evidence
    sources = list(dict.fromkeys(row.article for row in evidence))
    values = {
        attribute: [
            ValueShown(value.label, value.articles, value.is_conflicting) for value in found
        ]
        for attribute, found in claim_values(claim=claim, evidence=evidence).items()
    }
    passages = [(row, fact_url(row.article, f"evidence-{row.pk}")) for row in evidence]
    return ClaimShown(
        claim=claim,
        status=claim.status,
        status_text=_status_text(claim, sources),
        sources=sources,
        values=values,
        passages=passages,
    )


@dataclass
class Glance:
    what: str
    who: list
    when: list
    where: list
    claim: ClaimShown


def glance(claims):
    """The panel's answer from the story's first featured claim about the event itself (not an
    earlier occurrence): what, who, when, where, each value with its sources."""
    main = next((shown for shown in claims if not shown.claim.is_previous), None)
    if main is None:
        return None
    return Glance(
        what=main.claim.statement,
        who=[party for party in main.claim.parties.all() if party.review_status == "approved"],
        when=main.values.get("date", []),
        where=main.values.get("place", []),
        claim=main,
    )


def people(story):
    """The entities the story is about, each with its distinct public roles."""
    entities = list(story.entities.all())
    roles = {}
    for role in role_list_public(entities=entities):
        key = (role.title.casefold(), role.organization_id)
        shown = roles.setdefault(role.person_id, {})
        shown.setdefault(key, role)
    return [(entity, list(roles.get(entity.pk, {}).values())) for entity in entities]


def story_page(story):
    """The template context for `story` (fetched by `story_get_for_reader`)."""
    rows = list(story.story_claims.all())
    claims = [claim_shown(row.claim) for row in rows]
    timeline = sorted(
        (shown for row, shown in zip(rows, claims, strict=True) if row.is_on_timeline),
        key=lambda shown: (shown.claim.date is None, shown.claim.date),
    )
    quotes = [
        (row.quote, speaker_shown(row.quote), fact_url(row.quote.article, f"quote-{row.quote.pk}"))
        for row in story.story_quotes.all()
    ]
    corrections = sorted(story.corrections.all(), key=lambda c: c.created_at)
    updated = max([story.updated_at, *(c.created_at for c in corrections)])
    return {
        "story": story,
        "claims": claims,
        "glance": glance(claims),
        "timeline": [shown for shown in timeline if shown.claim.date],
        "people": people(story),
        "quotes": quotes,
        "corrections": corrections,
        "sources": list(story.articles.all()),
        "updated_at": updated,
    }
