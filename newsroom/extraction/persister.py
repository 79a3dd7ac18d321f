"""The persister of one extraction run: an Extraction's rows synchronised with the article's
pending machine rows (`extraction.services.extraction_save` calls it in its transaction)."""

import logging

from django.db.models import Exists, OuterRef, Q

from newsroom.articles.models import Article
from newsroom.claims.models import Claim, Evidence, Stance
from newsroom.claims.selectors import claim_order
from newsroom.claims.services import ClaimWrites, claim_requeue, claims_recompute
from newsroom.core.bulk import rows_create_with_history, rows_insert
from newsroom.core.editorial import LinkCopies
from newsroom.core.models import MACHINE_PENDING, ReviewStatus
from newsroom.entities.models import Alias, Entity, Mention, Role, normalize_alias
from newsroom.entities.selectors import EntityIndex, strong_names
from newsroom.entities.services import aliases_propose_many, entities_propose
from newsroom.extraction import matching, place_links
from newsroom.extraction.extractors import EXTRACTOR_VERSION
from newsroom.quotes.models import Quote

logger = logging.getLogger(__name__)


# The rows a run synchronises, with the fields that name the entities they use.
SYNCED = {
    Mention: ["entity_id"],
    Quote: ["speaker_id"],
    Role: ["person_id", "organization_id"],
    Evidence: ["place_id"],
}


class Persister:
    """Writes one Extraction for one article; a class only to share the key → Entity map.

    Pending machine rows are synchronised, not rewritten: a row the new run also finds is kept
    as it is (so a re-run with the same output writes nothing and leaves no history), a changed
    one is updated, a new one created, and one the run no longer finds is deleted.
    """

    def __init__(self, article):
        self.article = article
        self.entities = {}  # candidate key -> Entity, or None where an editor rejected it
        self.created = set()  # ids of the entities this run created
        self.used = set()  # ids of the entities the article's synchronised rows now name
        self.inserted = {}  # model -> the rows _sync inserted
        self.counts = dict.fromkeys(
            [
                "entities_created",
                "entities_matched",
                "entities_rejected_skipped",
                "aliases",
                "mentions",
                "roles",
                "quotes",
                "quotes_kept",
                "claims_created",
                "evidence",
                "disputed",
                "deleted",
            ],
            0,
        )

    def save(self, result):
        self.has = self._has_rows()
        previous = self._previous()
        self._entities(result.entities)
        self._mentions(result.entities)
        self._roles(result.roles)
        self._quotes(result.quotes)
        # their new rows together: one statement on PostgreSQL (nothing reads them before the
        # claims, which the roles must precede)
        rows_insert([(self.inserted[model], model, True) for model in (Mention, Role, Quote)])
        self.containments = result.containments
        self.article_date = result.article_date
        self._claims(result.claims, previous_claims=previous["claims"])
        self._drop_orphans(**previous)
        return self.counts

    def _has_rows(self):
        """{model: whether the article has rows of it} for the synchronised models, in one
        query: a new article has none, and the reads of its earlier rows (its pending machine
        rows, the spans an editor took, its contradicting passages, the passages an earlier run
        tied to claims) are skipped."""
        flags = {
            f"has_{model._meta.model_name}": Exists(model.objects.filter(article=OuterRef("pk")))
            for model in SYNCED
        }
        found = Article.objects.filter(pk=self.article.pk).annotate(**flags).order_by()
        row = found.values_list(*flags).first() or [True] * len(flags)
        return dict(zip(SYNCED, row, strict=True))

    def _previous(self):
        """The entities and claims this article's pending machine rows use before this run: the
        only ones the run may find orphaned and delete. The rows themselves are kept for
        `_sync`, which makes them what this run finds."""
        mine = Q(article=self.article) & MACHINE_PENDING
        self.rows = {
            model: list(model.objects.filter(mine)) if self.has[model] else [] for model in SYNCED
        }
        claims = {row.claim_id for row in self.rows[Evidence]}
        entities = set()
        for model, fields in SYNCED.items():
            entities.update(getattr(row, field) for row in self.rows[model] for field in fields)
        if claims:
            entities.update(Claim.objects.filter(pk__in=claims).values_list("place_id", flat=True))
            entities.update(
                Claim.entities.through.objects.filter(claim_id__in=claims).values_list(
                    "entity_id", flat=True
                )
            )
        entities.discard(None)
        return {"claims": claims, "entities": entities}

    def _sync(self, model, key_fields, desired, *, bulk=False, later=False):
        """Make the article's pending machine rows of `model` equal `desired` (dicts of
        attribute values); return how many rows were created. `bulk`: the new rows in one
        insert with their history; `later`: left for the caller to insert
        (`self.inserted[model]`)."""
        desired = list(desired)
        self.used.update(values[field] for values in desired for field in SYNCED[model])
        existing = {
            tuple(getattr(row, field) for field in key_fields): row for row in self.rows[model]
        }
        new = []
        for values in desired:
            row = existing.pop(tuple(values[field] for field in key_fields), None)
            if row is None:
                new.append(
                    model(article=self.article, extractor_version=EXTRACTOR_VERSION, **values)
                )
                continue
            changed = [name for name, value in values.items() if getattr(row, name) != value]
            if changed or row.extractor_version != EXTRACTOR_VERSION:
                for name in changed:
                    setattr(row, name, values[name])
                row.extractor_version = EXTRACTOR_VERSION
                row.save(update_fields=[*changed, "extractor_version", "updated_at"])
        if existing:
            self.counts["deleted"] += len(existing)
            for row in existing.values():
                row.delete()
        self.inserted[model] = new
        if bulk and not later:
            rows_create_with_history(new, model)
        elif not later:
            for row in new:
                row.save()
        return len(new)

    def _drop_orphans(self, *, claims, entities):
        """Delete the pending machine claims and entities that this article's previous run used
        and nothing uses any more. Other articles' rows are never looked at, and the candidates
        are locked first, so a concurrent run that starts using one waits for this one. An
        entity the article's own rows of this run name is used, so it is neither locked nor
        looked at (a new article's entities usually all are: no query, nor one built)."""
        if claims:
            orphan_claims = Claim.objects.filter(MACHINE_PENDING, pk__in=claims)
            locked = list(orphan_claims.select_for_update().values_list("pk", flat=True))
            orphan_claims.filter(pk__in=locked).filter(
                ~Exists(Evidence.objects.filter(claim=OuterRef("pk")))
            ).delete()
        entities = (entities | self.created) - self.used
        if not entities:
            return
        candidates = Entity.objects.filter(MACHINE_PENDING, pk__in=entities)
        locked = list(candidates.select_for_update().values_list("pk", flat=True))
        used = [
            Exists(model.objects.filter(**{field: OuterRef("pk")}))
            for model, field in (
                (Mention, "entity"),
                (Quote, "speaker"),
                (Role, "person"),
                (Role, "organization"),
                (Claim, "place"),
                (Evidence, "place"),
                (Claim.entities.through, "entity"),
                (Entity, "merged_into"),
            )
        ]
        # An alias an editor decided on keeps its entity alive too.
        used.append(Exists(Alias.objects.filter(entity=OuterRef("pk")).exclude(MACHINE_PENDING)))
        orphans = Entity.objects.filter(pk__in=locked)
        for condition in used:
            orphans = orphans.filter(~condition)
        orphans.delete()

    def _entities(self, candidates):
        """Resolve every candidate to an existing entity or a new pending one, in a few queries
        for the article (not a few per candidate), and propose the surface forms each lacks.
        The new entities are saved together at the end."""
        index = EntityIndex(
            (
                name
                for candidate in candidates
                for name in strong_names(candidate.name, candidate.aliases)
            ),
            # every form, for the aliases each entity lacks (read with the names)
            forms={
                normalize_alias(name)
                for candidate in candidates
                for name in [candidate.name, *candidate.aliases]
            },
        )
        named, new = [], []
        for candidate in candidates:
            entity = index.lookup(
                name=candidate.name, kind=candidate.kind, aliases=candidate.aliases
            )
            if entity is not None and entity.review_status == ReviewStatus.REJECTED:
                self.counts["entities_rejected_skipped"] += 1
                self.entities[candidate.key] = None
                continue
            if entity is None:
                entity = Entity(
                    name=candidate.name[:200],
                    kind=candidate.kind,
                    confidence=candidate.confidence,
                    rule=candidate.rule[:60],
                    extractor_version=EXTRACTOR_VERSION,
                )
                new.append(entity)
                self.counts["entities_created"] += 1
            else:
                self.counts["entities_matched"] += 1
            names = [candidate.name, *candidate.aliases]
            # later candidates find the entity under the forms it is about to be given
            index.add(entity, names)
            named.append((entity, names))
            self.entities[candidate.key] = entity
        # a slug another worker takes meanwhile fails the save, which is tried again whole
        # (_save_retrying): no savepoint here
        entities_propose(entities=new, retry=False)
        self.created.update(entity.pk for entity in new)
        names_by_entity = {}
        for entity, names in named:
            names_by_entity.setdefault(entity, []).extend(names)
        self.counts["aliases"] += aliases_propose_many(
            names_by_entity=names_by_entity,
            extractor_version=EXTRACTOR_VERSION,
            existing=index.aliased,
        )

    def _mentions(self, candidates):
        editorial = Mention.objects.filter(article=self.article).exclude(MACHINE_PENDING)
        taken = set(editorial.values_list("start", "end")) if self.has[Mention] else set()
        desired, body = {}, self.article.body
        for candidate in candidates:
            entity = self.entities.get(candidate.key)
            if entity is None:
                continue
            for span in candidate.mentions:
                key = (span.start, span.end)
                if key in taken or key in desired or body[span.start : span.end] != span.text:
                    continue
                desired[key] = {
                    "entity_id": entity.pk,
                    "start": span.start,
                    "end": span.end,
                    "text": span.text,
                    "confidence": candidate.confidence,
                    "rule": candidate.rule[:60],
                }
        self.counts["mentions"] = self._sync(
            Mention, ("entity_id", "start", "end"), desired.values(), later=True
        )

    def _roles(self, candidates):
        desired = {}
        people = {self.entities.get(candidate.person_key) for candidate in candidates}
        # the roles an editor decided on (approved, rejected, edited), in one query: never
        # proposed again
        decided = {
            (person, title.casefold(), organization)
            for person, title, organization in Role.objects.filter(
                person__in=[person for person in people if person is not None]
            )
            .exclude(MACHINE_PENDING)
            .values_list("person_id", "title", "organization_id")
        }
        for candidate in candidates:
            person = self.entities.get(candidate.person_key)
            organization = self.entities.get(candidate.organization_key)
            if person is None or person.kind != "person":
                continue
            if organization is not None and organization.kind != "organization":
                organization = None
            org_id = organization.pk if organization else None
            key = (person.pk, candidate.title.casefold(), org_id)
            if key in desired or key in decided:
                continue
            desired[key] = {
                "person_id": person.pk,
                "title": candidate.title[:200],
                "organization_id": org_id,
                "start": candidate.evidence.start,
                "end": candidate.evidence.end,
                "confidence": candidate.confidence,
                "rule": candidate.rule[:60],
            }
        self.counts["roles"] = self._sync(
            Role, ("person_id", "title", "organization_id"), desired.values(), later=True
        )

    def _quotes(self, candidates):
        kept = (
            list(
                Quote.objects.filter(article=self.article)
                .exclude(MACHINE_PENDING)
                .values_list("start", "end")
            )
            if self.has[Quote]
            else []
        )
        desired, body = [], self.article.body
        for candidate in candidates:
            if any(candidate.start < end and start < candidate.end for start, end in kept):
                self.counts["quotes_kept"] += 1
                continue
            if body[candidate.start : candidate.end] != candidate.text:
                logger.warning("Quote span does not match the text: %r", candidate.text[:60])
                continue
            speaker = self.entities.get(candidate.speaker_key)
            desired.append(
                {
                    "text": candidate.text,
                    "start": candidate.start,
                    "end": candidate.end,
                    "speaker_id": speaker.pk if speaker else None,
                    "cue": candidate.cue[:60],
                    "confidence": candidate.confidence,
                    "rule": candidate.rule[:60],
                }
            )
            kept.append((candidate.start, candidate.end))
        self.counts["quotes"] = self._sync(Quote, ("start", "end"), desired, later=True)

    def _claims(self, candidates, *, previous_claims):
        # Roles and aliases are written before the claims, so who acts for whom holds still
        # while the run matches its frames: the matcher may remember it.
        self.matcher = matching.Matcher(
            self.article, has_evidence=self.has[Evidence], dated=self.article_date
        )
        entities = [entity for entity in self.entities.values() if entity is not None]
        self.matcher.warm(
            [entity.pk for entity in entities], names={e.pk: e.name for e in entities}
        )
        frames = []
        for candidate in candidates:
            parties = [p for p in map(self.entities.get, candidate.parties) if p is not None]
            named = [self.entities.get(key) for key in candidate.entity_keys]
            frames.append((candidate, parties, [entity for entity in named if entity is not None]))
        self.matcher.load(frames)
        self.matcher.places_prefetch(
            [
                (candidate, parties, self.entities.get(candidate.place_key))
                for candidate, parties, _ in frames
            ]
        )
        touched, desired, parties_of = [], {}, {}
        body = self.article.body
        writes = ClaimWrites()
        for candidate, parties, entities in frames:
            place = self.entities.get(candidate.place_key)
            match = self.matcher.find(candidate, parties=parties, named=entities, place=place)
            if match is not None and match.review_status == ReviewStatus.REJECTED:
                continue
            if match is None:
                match = writes.propose(
                    statement=candidate.statement,
                    date=candidate.date,
                    date_precision=candidate.date_precision,
                    place=place,
                    event=candidate.event,
                    entities=entities,
                    confidence=candidate.confidence,
                    rule=candidate.rule,
                    extractor_version=EXTRACTOR_VERSION,
                    kind=candidate.kind or "",
                    parties=parties,
                    modality=candidate.modality or "",
                    is_previous=candidate.previous,
                    until=candidate.until,
                )
                self.matcher.add(match, parties={party.pk for party in parties}, new=True)
                self.counts["claims_created"] += 1
            elif candidate.kind:
                party_ids = writes.complete(
                    claim=match,
                    date=candidate.date,
                    date_precision=candidate.date_precision,
                    place=place,
                    parties=parties,
                    party_ids=self.matcher.party_ids(match),
                )
                self.matcher.add(match, parties=party_ids)
            for span in candidate.evidence:
                if body[span.start : span.end] == span.text:
                    key = (match.pk, span.start, span.end)
                    parties_of.setdefault(key, {p.pk for p in parties})
                    desired.setdefault(
                        key,
                        {
                            "claim_id": match.pk,
                            "start": span.start,
                            "end": span.end,
                            "text": span.text,
                            "place_id": place.pk if place else None,
                            "date": candidate.date,
                            "date_precision": candidate.date_precision or "",
                            "modality": candidate.modality or "",
                            "until": candidate.until,
                            "confidence": candidate.confidence,
                            "rule": candidate.rule[:60],
                        },
                    )
            touched.append(match)
        # The copies of links the claims' history versions carry are written once for the run
        # (after the status recompute's): one insert per link table. The new claims are
        # inserted now: their provisional ids give way to their ids.
        link_copies = LinkCopies()
        ids = writes.flush(link_copies=link_copies)
        touched = {claim.pk: claim for claim in touched}  # (one object per claim)
        if ids:
            parties_of = {(ids.get(pk, pk), *span): v for (pk, *span), v in parties_of.items()}
            desired = {
                (ids.get(pk, pk), *span): {**values, "claim_id": ids.get(pk, pk)}
                for (pk, *span), values in desired.items()
            }
        contradicting = Q(article=self.article, stance=Stance.CONTRADICTS)
        contradicted_before = (
            set(Evidence.objects.filter(contradicting).values_list("claim_id", flat=True))
            if self.has[Evidence]
            else set()
        )
        self.counts["evidence"] = self._sync(
            Evidence, ("claim_id", "start", "end"), desired.values(), bulk=True
        )
        # Each passage's parties, written in two statements for the article (evidence keeps no
        # history of its parties, so nothing is lost by not going through set()).
        through, add, drop = Evidence.parties.through, [], Q(pk__in=[])
        if self.has[Evidence]:  # (passages of an earlier run have parties)
            mine = Evidence.objects.filter(MACHINE_PENDING, article=self.article)
            mine = mine.prefetch_related("parties")
        else:  # every passage is new: the ones just inserted, in the order a query would give
            mine = sorted(
                self.inserted[Evidence],
                key=lambda row: (*claim_order(touched[row.claim_id]), row.start, row.pk),
            )
        for row in mine:
            wanted = parties_of.get((row.claim_id, row.start, row.end))
            if wanted is None:
                continue
            have = {p.pk for p in row.parties.all()} if self.has[Evidence] else set()
            add += [through(evidence_id=row.pk, entity_id=pk) for pk in wanted - have]
            if have - wanted:
                drop |= Q(evidence_id=row.pk, entity_id__in=have - wanted)
        link_copies.add(through, add)  # (inserted with the copies: nothing reads them first)
        through.objects.filter(drop).delete()
        pairs = [
            (self.entities[inner], self.entities[outer])
            for inner, outer in self.containments
            if self.entities.get(inner) is not None and self.entities.get(outer) is not None
        ]
        place_links.places_link(pairs=pairs, claims=touched.values())
        recomputed = claims_recompute(
            claim_ids=touched.keys() | previous_claims, link_copies=link_copies
        )
        link_copies.save()  # (before claim_requeue writes versions with copies of its own)
        if self.has[Evidence]:
            rows = Evidence.objects.filter(contradicting).values_list(
                "claim_id", "claim__review_status"
            )
            rows = list(rows)
        else:  # every passage is new: its stance is the one inserted or the recompute's, and
            # its claim was locked by the recompute (the review status cannot have changed)
            rows = [
                (row.claim_id, recomputed.claims[row.claim_id].review_status)
                for row in self.inserted[Evidence]
                if recomputed.stances.get(row.pk, row.stance) == Stance.CONTRADICTS
            ]
        contradicted = {pk for pk, _ in rows}
        # A source that newly contradicts a claim an editor approved sends it back to review.
        approved = {pk for pk, status in rows if status == ReviewStatus.APPROVED}
        if approved - contradicted_before:
            for claim in Claim.objects.filter(
                pk__in=approved - contradicted_before, review_status=ReviewStatus.APPROVED
            ):
                claim_requeue(claim=claim, reason=f"Contradicted by {self.article}")
        self.counts["disputed"] = len(contradicted - contradicted_before)
