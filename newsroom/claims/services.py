"""Writes to claims and evidence, and the one rule for a claim's verification status."""

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from newsroom.articles.models import Article
from newsroom.claims.models import Claim, ClaimStatus, DatePrecision, Evidence, Stance
from newsroom.claims.selectors import evidence_conflicts, places_attach
from newsroom.core.editorial import (
    fact_create,
    fact_edit,
    fact_review,
    row_lock,
    row_save,
    rows_save,
)
from newsroom.core.models import MACHINE_PENDING, Origin, ReviewStatus

# Verdicts only an editor gives; the machine never overwrites them.
EDITOR_VERDICTS = frozenset({ClaimStatus.VERIFIED, ClaimStatus.FALSE})


def claim_status_recompute(*, claim, user=None):
    """The one rule for a claim's status, which extraction and the desk both call.

    Each live passage (not rejected) is compared with the passages of earlier articles on every
    attribute both give (date, place, end year): a more specific value inside a less specific
    one agrees (a day in its month, a city in its country, as places' `located_in` says), two
    values that cannot both be true conflict, and the later passage then contradicts. A
    planned event and a report that it happened agree. The claim is disputed while a passage
    contradicts it, corroborated when two or more articles support it without conflict, and
    otherwise unverified; an editor's verdict (verified, false) is kept. Machine passages get
    the stance this comparison gives them; an editor's stance is kept. Return the claim.
    """
    claim = row_lock(claim)
    live = places_attach(list(_live_evidence().filter(claim=claim)))
    stances, statuses = _status_changes(claim, live)
    _status_save(stances, statuses, user=user)
    return claim


def _live_evidence():
    # the places are attached after (places_attach): one object per place, not three per row
    return Evidence.objects.exclude(review_status=ReviewStatus.REJECTED).order_by(
        "article_id", "start"
    )


def _status_changes(claim, live):
    """The machine passages whose stance changes and the claim if its status changes, set on
    the objects and not saved yet."""
    conflicts = evidence_conflicts(evidence=live)
    stances = []
    for row in live:
        stance = Stance.CONTRADICTS if row.pk in conflicts else Stance.SUPPORTS
        if row.origin == Origin.MACHINE and row.stance != stance:
            row.stance = stance
            stances.append(row)
    if claim.status in EDITOR_VERDICTS:
        return stances, []
    sources = {row.article_id for row in live if row.stance == Stance.SUPPORTS}
    if any(row.stance == Stance.CONTRADICTS for row in live):
        status = ClaimStatus.DISPUTED
    elif len(sources) >= 2:
        status = ClaimStatus.CORROBORATED
    else:
        status = ClaimStatus.UNVERIFIED
    if status == claim.status:
        return stances, []
    claim.status = status
    return stances, [claim]


def _status_save(stances, statuses, *, user):
    # validating a passage reads its article's text: one query for all of them
    articles = Article.objects.in_bulk({row.article_id for row in stances})
    for row in stances:
        row.article = articles[row.article_id]
    rows_save(
        stances,
        user=user,
        reason="Stance follows the other sources",
        update_fields=["stance", "updated_at"],
    )
    rows_save(
        statuses,
        user=user,
        reason="Status follows the evidence",
        update_fields=["status", "updated_at"],
    )


@transaction.atomic
def claims_recompute(*, claim_ids, user=None):
    """claim_status_recompute over several claims, locked (in id order) and read with their live
    evidence in two queries instead of two per claim; the changed stances and statuses are
    written in bulk, with their history."""
    claims = (
        Claim.objects.filter(pk__in=claim_ids)
        .select_for_update()
        .order_by("pk")
        .prefetch_related(Prefetch("evidence", queryset=_live_evidence(), to_attr="live"))
    )
    claims = list(claims)
    places_attach([row for claim in claims for row in claim.live])
    stances, statuses = [], []
    for claim in claims:
        changed = _status_changes(claim, claim.live)
        stances += changed[0]
        statuses += changed[1]
    _status_save(stances, statuses, user=user)


def claim_propose(**fields):
    """A new pending machine claim, as extraction proposes it, with its event frame: saved with
    its entities and parties, then one history version of the whole (django-simple-history would
    record one on the save and one more on each m2m add). `fields` as `ClaimProposals.propose`
    takes them."""
    proposals = ClaimProposals()
    claim = proposals.propose(**fields)
    proposals.flush()
    return claim


class ClaimProposals:
    """The new claims of one extraction run. Each is saved when proposed (the run's later
    frames must find it), and its links and its one history version wait for `flush`, which
    writes those of every claim proposed so far in five statements (not five per claim). Call
    `flush` before anything else records a claim's history, and at the end: the versions then
    keep their order."""

    def __init__(self):
        self.pending = []  # (claim, entities, parties)

    def propose(
        self,
        *,
        statement,
        date,
        date_precision,
        place,
        event,
        entities,
        confidence,
        rule,
        extractor_version,
        kind="",
        parties=(),
        modality="",
        is_previous=False,
        until=None,
    ):
        """Save a new pending machine claim; its links and history follow with `flush`."""
        claim = Claim(
            statement=" ".join(statement.split()),
            date=date,
            date_precision=date_precision or "",
            place=place,
            event=(event or "")[:200],
            kind=kind or "",
            modality=modality or "",
            is_previous=is_previous,
            until=until,
            confidence=confidence,
            rule=rule[:60],
            extractor_version=extractor_version,
        )
        claim.skip_history_when_saving = True
        try:
            claim.save()
        finally:
            del claim.skip_history_when_saving
        claim._history_date = timezone.now()  # the version is dated when the claim was saved
        self.pending.append((claim, list(dict.fromkeys(entities)), list(dict.fromkeys(parties))))
        return claim

    def flush(self):
        """Write the links and the history version of every claim proposed since the last
        flush, in the order they were proposed."""
        if not self.pending:
            return
        claims = [claim for claim, _, _ in self.pending]
        versions = Claim.history.bulk_history_create(claims)
        for claim in claims:
            del claim._history_date
        for field, index in (("entities", 1), ("parties", 2)):
            through = getattr(Claim, field).through
            rows = through.objects.bulk_create(
                [
                    through(claim=item[0], entity=entity)
                    for item in self.pending
                    for entity in item[index]
                ]
            )
            # each version's copy of its links, as the library writes it after an m2m change
            version_of = {
                claim.pk: version for claim, version in zip(claims, versions, strict=True)
            }
            recorded = getattr(Claim.history.model, field).model
            recorded.objects.bulk_create(
                [
                    recorded(
                        history=version_of[row.claim_id],
                        id=row.pk,
                        claim=row.claim,
                        entity=row.entity,
                    )
                    for row in rows
                ]
            )
        self.pending = []


@transaction.atomic
def claim_create(*, user, statement, entities=(), parties=(), reason="", **fields):
    """A claim an editor writes."""
    claim = fact_create(Claim, user=user, reason=reason, fields={"statement": statement, **fields})
    claim.entities.set(entities)
    claim.parties.set(parties)
    return claim


@transaction.atomic
def claim_update(*, claim, user, fields, entities=None, parties=None, version=None, reason=""):
    """Correct a claim's statement, event frame, date, place, entities or parties as an editor
    (its status is set with claim_verify)."""
    claim = fact_edit(claim, user=user, fields=fields, version=version, reason=reason)
    changed = False
    for relation, wanted in (("entities", entities), ("parties", parties)):
        manager = getattr(claim, relation)
        if wanted is not None and set(wanted) != set(manager.all()):
            manager.set(wanted)
            changed = True
    if changed:
        if claim.origin != Origin.EDITOR:
            claim.origin = Origin.EDITOR
        row_save(claim, user=user, reason=reason)  # records the new sets in history
    return claim


def claim_verify(*, claim, user, status, note="", version=None):
    """Set a claim's verification status, with the editor's note kept in its history."""
    return fact_edit(claim, user=user, fields={"status": status}, version=version, reason=note)


@transaction.atomic
def claim_review(*, claim, user, status, reason=""):
    """Approve or reject a claim; rejecting it rejects its pending machine evidence too, so the
    decision holds when the articles are extracted again."""
    claim = fact_review(claim, user=user, status=status, reason=reason)
    if status == ReviewStatus.REJECTED:
        for evidence in claim.evidence.filter(MACHINE_PENDING):
            fact_review(evidence, user=user, status=status, reason=reason)
    return claim


@transaction.atomic
def evidence_create(
    *, user, claim, article, start, end, stance=Stance.SUPPORTS, reason="", **fields
):
    """A passage an editor adds for or against a claim; the claim's status follows."""
    evidence = fact_create(
        Evidence,
        user=user,
        reason=reason,
        fields={
            "claim": claim,
            "article": article,
            "start": start,
            "end": end,
            "text": article.body[start:end],
            "stance": stance,
            **fields,
        },
    )
    claim_status_recompute(claim=claim, user=user)
    return evidence


@transaction.atomic
def evidence_update(*, evidence, user, fields, version=None, reason=""):
    """Correct a passage's stance, place, span or review status; the claim's status follows."""
    if {"start", "end"} & set(fields):
        start, end = fields.get("start", evidence.start), fields.get("end", evidence.end)
        fields = {**fields, "text": evidence.article.body[start:end]}
    evidence = fact_edit(evidence, user=user, fields=fields, version=version, reason=reason)
    claim_status_recompute(claim=evidence.claim, user=user)
    return evidence


def evidence_review(*, evidence, user, status, reason=""):
    """Approve or reject a passage; the claim's status follows."""
    return evidence_update(
        evidence=evidence, user=user, fields={"review_status": status}, reason=reason
    )


def claim_requeue(*, claim, reason, user=None):
    """Send an approved claim back to the review queue (a new source contradicts it); an
    editor's verdict, if any, stays as it is."""
    return fact_edit(
        claim, user=user, fields={"review_status": ReviewStatus.PENDING}, reason=reason
    )


def claim_complete(
    *,
    claim,
    date=None,
    date_precision="",
    place=None,
    parties=(),
    party_ids=None,
    before_write=None,
):
    """Fill the date or place a machine claim lacks from a passage that gives it (the claim
    was first seen without them) and add the parties the passage names; an editor's claim is
    left as the editor wrote it. `party_ids`, the ids of the claim's parties when the caller
    knows them, saves reading them; `before_write` is called before anything is written (a
    caller holding other claims' history unwritten writes it then, so versions keep their
    order). Return the ids of the claim's parties afterwards."""
    known = set(claim.parties.values_list("pk", flat=True)) if party_ids is None else party_ids
    if claim.origin != Origin.MACHINE:
        return known
    added = {party.pk for party in parties} - known
    dated = claim.date is None and date is not None
    placed = claim.place_id is None and place is not None
    if before_write is not None and (added or dated or placed):
        before_write()
    if added:
        claim.parties.add(*parties)
        known = known | added
    fields = []
    if dated:
        claim.date, claim.date_precision = date, date_precision or DatePrecision.DAY
        fields += ["date", "date_precision"]
    if placed:
        claim.place = place
        fields.append("place")
    if fields:
        claim.save(update_fields=[*fields, "updated_at"])
    return known
