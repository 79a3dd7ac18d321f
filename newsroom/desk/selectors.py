"""Reads for the editorial desk: an article's facts, what waits for review, recent changes."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import OuterRef, Q, Subquery

from newsroom.claims.models import Claim, ClaimStatus, Evidence
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Alias, Entity, Mention, Role
from newsroom.quotes.models import Quote
from newsroom.stories.models import Correction, Story

PENDING = Q(review_status=ReviewStatus.PENDING)


def article_facts_get(*, article):
    """{kind: rows} for the quotes, evidence and mentions of `article`, in text order, with
    what their entries show joined in: one query per kind, whatever the number of facts."""
    return {
        "quote": list(article.quotes.select_related("speaker").order_by("start", "end", "pk")),
        "evidence": list(
            article.evidence.select_related("claim", "place").order_by("start", "end", "pk")
        ),
        "mention": list(article.mentions.select_related("entity").order_by("start", "end", "pk")),
    }


# The kinds the review page acts on: model and the permission an editor needs to review one.
REVIEWABLE = {
    "mention": (Mention, "entities.review_mention"),
    "quote": (Quote, "quotes.review_quote"),
    "evidence": (Evidence, "claims.review_evidence"),
}


def waiting_counts_get():
    """[(label, model, count)] of the facts waiting for review: one count query per kind, five
    in all. A disputed claim waits too, whatever its review status."""
    kinds = [
        ("entities", Entity, PENDING & Q(merged_into__isnull=True)),
        ("mentions", Mention, PENDING),
        ("roles", Role, PENDING),
        ("quotes", Quote, PENDING),
        ("claims", Claim, PENDING | Q(status=ClaimStatus.DISPUTED)),
    ]
    return [(label, model, model.objects.filter(where).count()) for label, model, where in kinds]


# Models whose history the desk's recent-changes view shows, with the field that names a row.
HISTORY_LABELS = {
    Entity: "name",
    Alias: "name",
    Mention: "text",
    Role: "title",
    Quote: "text",
    Claim: "statement",
    Evidence: "text",
    Story: "title",
    Correction: "subject",
}
# Fields whose change says nothing to an editor.
HISTORY_SKIPPED = frozenset({"id", "created_at", "updated_at", "normalized"})


@dataclass
class Change:
    """One history record, with the object it belongs to and the fields it changed."""

    record: object
    model: type
    label: str
    fields: list = field(default_factory=list)  # [(field name, before, after)]
    admin_url: str | None = None

    @property
    def verbose_name(self):
        return self.model._meta.verbose_name


def _previous_annotated(model, queryset):
    previous = (
        model.history.filter(id=OuterRef("id"), history_id__lt=OuterRef("history_id"))
        .order_by("-history_id")
        .values("history_id")[:1]
    )
    return queryset.annotate(previous_id=Subquery(previous))


def _shown(field_, value, related):
    if value is None or value == "":
        return "—"
    if field_.is_relation:
        return str(related.get((field_.related_model, value), f"#{value}"))
    if field_.choices:
        return str(dict(field_.flatchoices).get(value, value))
    return str(value)


def change_list_recent(*, limit=100, user=None):
    """The latest `limit` history records of the editorial models, newest first, each with the
    fields it changed since the same object's previous record. A fixed number of queries: one
    per model for the records, one per model for their previous records, one per kind of
    related row that a changed foreign key names."""
    rows = []
    for model in HISTORY_LABELS:
        records = model.history.select_related("history_user")
        if user is not None:
            records = records.filter(history_user=user)
        records = _previous_annotated(model, records).order_by("-history_date", "-history_id")
        rows += [(record, model) for record in records[:limit]]
    rows.sort(key=lambda row: (row[0].history_date, row[0].history_id), reverse=True)
    rows = rows[:limit]

    wanted = defaultdict(list)
    for record, model in rows:
        if record.previous_id and record.history_type == "~":
            wanted[model].append(record.previous_id)
    previous = {}
    for model, ids in wanted.items():
        for record in model.history.filter(history_id__in=ids):
            previous[model, record.history_id] = record

    changes, related_ids = [], defaultdict(set)
    for record, model in rows:
        change = Change(record, model, getattr(record, HISTORY_LABELS[model]))
        before = previous.get((model, record.previous_id))
        if before is not None:
            for field_ in record.tracked_fields:
                if field_.name in HISTORY_SKIPPED or field_.many_to_many:
                    continue
                old, new = getattr(before, field_.attname), getattr(record, field_.attname)
                if old != new:
                    change.fields.append((field_, old, new))
                    if field_.is_relation:
                        related_ids[field_.related_model].update({old, new} - {None})
        changes.append(change)

    related = {
        (model, pk): obj
        for model, ids in related_ids.items()
        for pk, obj in model._base_manager.in_bulk(ids).items()
    }
    for change in changes:
        change.fields = [
            (field_.verbose_name, _shown(field_, old, related), _shown(field_, new, related))
            for field_, old, new in change.fields
        ]
    return changes
