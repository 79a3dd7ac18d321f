"""Writes to claims and evidence, and the one rule for a claim's verification status."""

from typing import NamedTuple

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from newsroom.articles.models import Article
from newsroom.claims.models import Claim, ClaimStatus, DatePrecision, Evidence, Stance
from newsroom.claims.selectors import (
    VALUE_FIELDS,
    conflicts_after,
    evidence_value_groups,
)
from newsroom.core.bulk import rows_insert
from newsroom.core.editorial import (
    LinkCopies,
    fact_create,
    fact_edit,
    fact_review,
    history_model,
    links_read,
    row_save,
    rows_save,
)
from newsroom.core.models import MACHINE_PENDING, Origin, ReviewStatus

# Verdicts only an editor gives; the machine never overwrites them.
EDITOR_VERDICTS = frozenset({ClaimStatus.VERIFIED, ClaimStatus.FALSE})


def claim_status_recompute(*, claim, user=None):
    """The status rule (claims_recompute) for one claim, as the desk calls it after an
    editor's change to the claim or its passages. Return the claim as saved."""
    return claims_recompute(claim_ids=[claim.pk], user=user).claims[claim.pk]


def _live_evidence():
    return Evidence.objects.exclude(review_status=ReviewStatus.REJECTED).order_by(
        "article_id", "start"
    )


def _status_save(stances, statuses, *, user, copies=None):
    # validating a passage reads its article's text: one query for all of them, unless they
    # came with the passages
    missing = {row.article_id for row in stances if not Evidence.article.is_cached(row)}
    articles = Article.objects.in_bulk(missing)
    for row in stances:
        if row.article_id in missing:
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
        copies=copies,
    )


@transaction.atomic(savepoint=False)
def claims_recompute(*, claim_ids, user=None, link_copies=None):
    """The one rule for claims' statuses, which extraction and the desk both call.

    Each live passage (not rejected) is compared with the passages of earlier articles on every
    attribute both give (date, place, end year): a more specific value inside a less specific
    one agrees (a day in its month, a city in its country, as places' `located_in` says), two
    values that cannot both be true conflict, and the later passage then contradicts. A
    planned event and a report that it happened agree. A claim is disputed while a passage
    contradicts it, corroborated when two or more articles support it without conflict, and
    otherwise unverified; an editor's verdict (verified, false) is kept. Machine passages get
    the stance this comparison gives them; an editor's stance is kept.

    The claims are locked in id order. The cost does not grow with a claim's passages (a claim
    of a much-reported event gains one with every article): the rule is applied to the
    distinct values the passages give, aggregated in the database (`evidence_value_groups`,
    `conflicts_after`), and only the passages whose stance changes are read, whole, to be
    saved. The changed stances and statuses are written in bulk, with their history
    (`link_copies`, a core.editorial.LinkCopies, gathers the copies of the links the status
    versions carry, for a later insert). Return `Recomputed`: the new stances of the passages
    whose stance changed, and the claims as they were locked.

    Atomic, in the caller's transaction when there is one and without a savepoint of its own
    (two statements fewer per extraction run): an error here rolls the caller's transaction
    back whole, which is what its callers do on any error anyway."""
    claims = list(Claim.objects.filter(pk__in=claim_ids).select_for_update().order_by("pk"))
    groups = evidence_value_groups(claim_ids=[claim.pk for claim in claims])
    after = conflicts_after(groups)
    changing, statuses = Q(pk__in=[]), []
    for claim in claims:
        status, changes = _status_of(groups.get(claim.pk, []), after.get(claim.pk, {}))
        for change in changes:
            changing |= Q(claim_id=claim.pk) & change
        if claim.status not in EDITOR_VERDICTS and status != claim.status:
            claim.status = status
            statuses.append(claim)
    stances = list(
        _live_evidence()
        .filter(changing)
        .select_related("article")  # what validating them reads, in the same query
        .order_by("claim_id", "article_id", "start", "pk")
    )
    for row in stances:
        bound = after[row.claim_id][tuple(getattr(row, name) for name in VALUE_FIELDS)]
        late = bound is not None and row.article_id > bound
        row.stance = Stance.CONTRADICTS if late else Stance.SUPPORTS
    _status_save(stances, statuses, user=user, copies=link_copies)
    return Recomputed({row.pk: row.stance for row in stances}, {c.pk: c for c in claims})


class Recomputed(NamedTuple):
    """What claims_recompute did: {evidence id: new stance} of the passages whose stance
    changed, and {claim id: claim} of the claims it locked (their status as it left it)."""

    stances: dict
    claims: dict


def _status_of(groups, after):
    """The status the rule gives a claim whose live passages are `groups`, with `after` their
    bounds (see conflicts_after), and the filters of its machine passages whose stance changes."""
    changes, contradicted, sources = [], False, set()
    for group in groups:
        bound = after[group.values]
        if group.origin != Origin.MACHINE:  # an editor's stance is kept
            contradicted |= group.stance == Stance.CONTRADICTS
            if group.stance == Stance.SUPPORTS:
                sources |= {group.first, group.last}
            continue
        # passages of articles after the bound contradict, the others support
        late = bound is not None and group.last > bound
        early = bound is None or group.first <= bound
        mine = Q(origin=Origin.MACHINE, stance=group.stance)
        if late and group.stance != Stance.CONTRADICTS:
            changes.append(_giving(group.values) & mine & Q(article_id__gt=bound))
        if early and group.stance != Stance.SUPPORTS:
            earlier = Q() if bound is None else Q(article_id__lte=bound)
            changes.append(_giving(group.values) & mine & earlier)
        contradicted |= late
        if early and not late:  # (with passages on both sides, the claim is disputed anyway)
            sources |= {group.first, group.last}
    if contradicted:
        return ClaimStatus.DISPUTED, changes
    if len(sources) >= 2:
        return ClaimStatus.CORROBORATED, changes
    return ClaimStatus.UNVERIFIED, changes


def _giving(values):
    """The passages that give these values (VALUE_FIELDS)."""
    return Q(
        **{
            (f"{name}__isnull" if value is None else name): (True if value is None else value)
            for name, value in zip(VALUE_FIELDS, values, strict=True)
        }
    )


def claim_propose(**fields):
    """A new pending machine claim, as extraction proposes it, with its event frame: saved with
    its entities and parties, then one history version of the whole (django-simple-history would
    record one on the save and one more on each m2m add). `fields` as `ClaimWrites.propose`
    takes them."""
    writes = ClaimWrites()
    claim = writes.propose(**fields)
    writes.flush()
    return claim


# Ids a proposed claim holds until `ClaimWrites.flush` inserts it: above every id the database
# gives, and in the order the claims were proposed, as the ids the insert gives them will be.
PROVISIONAL_IDS = 10**18


class ClaimWrites:
    """The claim writes of one extraction run, in the order the run makes them. A new claim
    gets a provisional id when proposed (the run's later frames find it by its id, and rank it
    after every stored claim, as its real id will), and waits for `flush` with its links, what
    `complete` adds to claims, and every history version: `flush` writes them in bulk and in
    that order, the new claims in one insert, and gives each its real id (`flush` returns the
    map, for the caller's own records). About nine statements for the run instead of five or
    more per claim; the rows and history are those the writes one by one would leave."""

    def __init__(self):
        self._next = PROVISIONAL_IDS
        self._start()

    def _start(self):
        self.links = {"entities": [], "parties": []}  # unsaved through rows, in order
        # (unsaved history row, {field: the claim's through rows made here so far}, whether
        # its link copies keep the order the links were made in)
        self.versions = []
        self.updated = {}  # claim pk -> claim whose date or place `complete` filled
        self._mine = {}  # claim pk -> {field: the through rows these writes add}
        self.proposed = {}  # provisional id -> the claim proposed here, in order

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
        """A new pending machine claim under a provisional id; `flush` saves it with its links and
        history."""
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
        self._next += 1
        claim.pk = self._next
        self._mine[claim.pk] = {"entities": [], "parties": []}
        self.proposed[claim.pk] = claim
        self._link(claim, "entities", dict.fromkeys(entity.pk for entity in entities))
        self._link(claim, "parties", dict.fromkeys(party.pk for party in parties))
        # one version of the whole, with the links in the order they were made
        self._version(claim, "+", "", ordered=True)
        return claim

    def complete(
        self, *, claim, date=None, date_precision="", place=None, parties=(), party_ids=None
    ):
        """Fill the date or place a machine claim lacks from a passage that gives it (the claim
        was first seen without them) and add the parties the passage names; an editor's claim
        is left as the editor wrote it. `party_ids`, the ids of the claim's parties when the
        caller knows them, saves reading them. Return the ids of the claim's parties afterwards.
        As django-simple-history would: one version for the parties added, one for the save."""
        if party_ids is not None:
            known = party_ids
        elif claim.pk in self.proposed:  # not in the database yet: its links are these
            known = {row.entity_id for row in self._mine[claim.pk]["parties"]}
        else:
            known = set(claim.parties.values_list("pk", flat=True))
        if claim.origin != Origin.MACHINE:
            return known
        self._mine.setdefault(claim.pk, {"entities": [], "parties": []})
        # the missing ids as Django's add() computes them (a copy of the set, less a list of the
        # known ones), so that the links are made in its order
        added = {party.pk for party in parties}.difference(list(known))
        if added:
            self._link(claim, "parties", added)
            self._version(claim, "~", None)
            known = known | added
        fields = []
        if claim.date is None and date is not None:
            claim.date, claim.date_precision = date, date_precision or DatePrecision.DAY
            fields += ["date", "date_precision"]
        if claim.place_id is None and place is not None:
            claim.place = place
            fields.append("place")
        if fields:
            claim.updated_at = timezone.now()
            self.updated[claim.pk] = claim
            self._version(claim, "~", None)
        return known

    def _link(self, claim, field, entity_ids):
        through = getattr(Claim, field).through
        rows = [through(claim_id=claim.pk, entity_id=pk) for pk in entity_ids]
        self.links[field] += rows
        self._mine[claim.pk][field] += rows

    def _version(self, claim, history_type, reason, *, ordered=False):
        """A history version of the claim as it is now, with the links it has now."""
        model = history_model(Claim)
        row = model(
            history_date=timezone.now(),
            history_type=history_type,
            history_user=model.get_default_history_user(claim),
            history_change_reason=reason,
            **{field.attname: getattr(claim, field.attname) for field in model.tracked_fields},
        )
        links = {field: list(rows) for field, rows in self._mine[claim.pk].items()}
        self.versions.append((row, links, ordered))

    def flush(self, *, link_copies=None):
        """Write the new claims, the links, the filled dates and places, and the history versions
        with their copies of the links, in the order the run made them (`link_copies`, a
        core.editorial.LinkCopies, gathers the copies for a later insert). Return {provisional
        id: id} of the claims proposed here (whose objects now carry their ids)."""
        if not self.versions:
            return {}
        # the links the claims not proposed here had before, as simple-history reads them
        earlier = {row.id for row, _, _ in self.versions} - self.proposed.keys()
        before = {}
        for field, rows in links_read(Claim, list(self.links), list(earlier)).items():
            for row in rows:  # (in the order of entity_id for each claim)
                before.setdefault((row.claim_id, field), []).append(row)
        # (bulk_update records no history: the versions are written below; a claim proposed
        # here is inserted with what `complete` filled)
        updated = [claim for pk, claim in self.updated.items() if pk not in self.proposed]
        if updated:
            Claim.objects.bulk_update(updated, ["date", "date_precision", "place", "updated_at"])
        versions = [row for row, _, _ in self.versions]

        def stamped():  # a new claim's versions carry the times its row is saved with
            for row in versions:
                if row.id in self.proposed:
                    claim = self.proposed[row.id]
                    row.created_at, row.updated_at = claim.created_at, claim.updated_at
            return versions

        # the new claims in the order they were proposed (so their ids are those inserts one
        # by one would give), their links, then the versions: one statement on PostgreSQL
        batches = [(list(self.proposed.values()), Claim, False)]
        batches += [(rows, getattr(Claim, f).through, False) for f, rows in self.links.items()]
        batches.append((stamped, history_model(Claim), False))
        ids = rows_insert(batches, provisional=list(self.proposed))
        copies_here = LinkCopies() if link_copies is None else link_copies
        for field in self.links:
            recorded = getattr(history_model(Claim), field).model
            copies = []
            for version, (_, links, ordered) in zip(versions, self.versions, strict=True):
                rows = before.get((version.id, field), []) + links[field]
                if not ordered:
                    rows = sorted(rows, key=lambda row: row.entity_id)
                copies += [
                    recorded(
                        history=version, id=row.pk, claim_id=row.claim_id, entity_id=row.entity_id
                    )
                    for row in rows
                ]
            copies_here.add(recorded, copies)
        if link_copies is None:
            copies_here.save()
        self._start()
        return ids


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
