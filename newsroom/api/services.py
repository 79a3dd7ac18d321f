"""The changes feed: a log of every public object that appeared, changed or stopped being public.

It is derived from what the list endpoints show, never from per-model signals: a reconcile
serializes every public object through the list endpoints' own querysets and serializers,
fingerprints each representation, compares the fingerprints with those it recorded last time and
appends an `upsert` for every new or changed object and a `tombstone` for every object that is no
longer public, deleting the object's older entry: the log keeps one entry per object ever public,
and a partner whose cursor is behind a deleted entry reads the newer one instead.

So whatever took an object off the site (a rejection, a merge, a deletion, its story unpublished,
extraction) or changed what partners see of it (a speaker renamed, an alias approved), the feed
says so, and a partner replaying it ends equal to the list endpoints.

Cost, honestly: a full reconcile renders every public object, O(N) in CPU (measured on SQLite:
3,000 corrections take 0.7 s to compare, 1.8 s the first time, when every entry is written; a claim
with its evidence costs more than a correction) with a constant number of queries (27, plus a few
per 500 rows), under a lock that serializes reconciles: a poll that arrives meanwhile waits for it
(on SQLite at most the 5-second busy timeout). It is skipped (two reads, about 5 ms, no write)
while the site's freshness stamp is unchanged and the last full reconcile is younger than
RECHECK; the stamp does not see everything (a source renamed, a mention deleted, a transaction
committing an older `updated_at`), so a full reconcile still runs at least once per RECHECK while
partners poll. Fine for thousands of public
objects; for hundreds of thousands, reconcile per resource from the rows changed since the
previous stamp and keep the periodic full pass.
"""

import datetime
import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from newsroom.api.models import Change, ChangeKind, FeedState, PublicRecord
from newsroom.api.views import resources
from newsroom.public.freshness import site_stamp

# The resources the feed covers, by the name of their endpoint, and the viewset whose queryset
# and serializer define what is public and how it is represented.
RESOURCES = {
    "stories": resources.StoryViewSet,
    "articles": resources.ArticleViewSet,
    "entities": resources.EntityViewSet,
    "quotes": resources.QuoteViewSet,
    "claims": resources.ClaimViewSet,
    "corrections": resources.CorrectionViewSet,
}
RECHECK = datetime.timedelta(seconds=60)
CHUNK = 500
UPSERT, TOMBSTONE = ChangeKind.UPSERT, ChangeKind.TOMBSTONE


class _PathsOnly:
    """Stands in for the request while fingerprinting: URLs stay paths, so a fingerprint does not
    depend on the host a partner used."""

    def build_absolute_uri(self, location=None):
        return location


def public_queryset(resource):
    """The queryset of `resource`'s list endpoint: its public objects, with their prefetches."""
    return RESOURCES[resource](action="list").get_queryset()


def public_render(resource, rows, *, request):
    """`rows` of `resource` as its endpoints represent them."""
    serializer_class = RESOURCES[resource].serializer_class
    return serializer_class(rows, many=True, context={"request": request}).data


def _fingerprints():
    """{(resource, id): fingerprint} of every public object now."""
    found = {}
    for resource in RESOURCES:
        # One object at a time, so that memory holds hashes, not every representation.
        serializer = RESOURCES[resource].serializer_class(context={"request": _PathsOnly()})
        for row in public_queryset(resource).order_by("pk").iterator(chunk_size=CHUNK):
            data = serializer.to_representation(row)
            text = json.dumps(data, sort_keys=True, cls=DjangoJSONEncoder)
            found[resource, data["id"]] = hashlib.sha256(text.encode()).hexdigest()
    return found


def _state_lock():
    """The feed's state row, locked. The transaction's first statement is an UPDATE, which holds
    a concurrent reconcile until this one commits on PostgreSQL (row lock) and on SQLite (write
    lock, taken before this transaction has read anything that could go stale)."""
    if not FeedState.objects.filter(pk=1).update(stamp=F("stamp")):
        FeedState.objects.get_or_create(pk=1)
    return FeedState.objects.select_for_update().get(pk=1)


def _is_fresh(state, stamp, now):
    return state.stamp == stamp and state.checked_at and now - state.checked_at < RECHECK


def changes_reconcile(*, force=False):
    """Append to the feed what changed in the public content since the last reconcile; return
    the number of entries appended. Skipped while nothing can have changed (see the module)."""
    state = FeedState.objects.filter(pk=1).first()
    if not force and state and _is_fresh(state, site_stamp()[1], timezone.now()):
        return 0
    return _reconcile(force=force)


@transaction.atomic
def _reconcile(*, force):
    state = _state_lock()
    now = timezone.now()
    stamp = site_stamp()[1]
    if not force and _is_fresh(state, stamp, now):
        return 0  # a concurrent request reconciled while this one waited for the lock
    current = _fingerprints()
    records = PublicRecord.objects.values_list("resource", "object_id", "fingerprint")
    recorded = {(resource, pk): fingerprint for resource, pk, fingerprint in records}
    upserts = [key for key, value in current.items() if recorded.get(key) != value]
    touched = sorted(upserts + list(recorded.keys() - current.keys()))
    for start in range(0, len(touched), CHUNK):
        # One entry per object: the latest. A partner behind an older entry gets the newer one.
        chunk = _keys_q(touched[start : start + CHUNK])
        Change.objects.filter(chunk).delete()
        PublicRecord.objects.filter(chunk).delete()
    Change.objects.bulk_create(
        Change(resource=r, object_id=pk, kind=UPSERT if (r, pk) in current else TOMBSTONE, at=now)
        for r, pk in touched
    )
    PublicRecord.objects.bulk_create(
        PublicRecord(resource=r, object_id=pk, fingerprint=current[r, pk]) for r, pk in upserts
    )
    state.stamp, state.checked_at = stamp, now
    state.save(update_fields=["stamp", "checked_at"])
    return len(touched)


def _keys_q(keys):
    by_resource = {}
    for resource, pk in keys:
        by_resource.setdefault(resource, []).append(pk)
    query = Q()
    for resource, pks in by_resource.items():
        query |= Q(resource=resource, object_id__in=pks)
    return query


# Reads of the feed, kept beside the writes they depend on.


def change_list_after(*, position, limit):
    """At most `limit` feed entries after `position`, in feed order."""
    return list(Change.objects.filter(pk__gt=position).order_by("pk")[:limit])


def change_representations(*, changes, request):
    """{(resource, id): representation} of the objects `changes` upserts, as their endpoints show
    them now; one batch of queries per resource, whatever the number of entries."""
    wanted = {}
    for change in changes:
        if change.kind == ChangeKind.UPSERT:
            wanted.setdefault(change.resource, []).append(change.object_id)
    found = {}
    for resource, pks in wanted.items():
        rows = public_queryset(resource).filter(pk__in=pks)
        for data in public_render(resource, rows, request=request):
            found[resource, data["id"]] = data
    return found
