import datetime
import re
import threading

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.http import http_date

from newsroom.api.models import Change
from newsroom.api.serializers.changes import cursor_decode, cursor_encode
from newsroom.api.services import RESOURCES, changes_reconcile
from newsroom.claims.models import Claim
from newsroom.claims.services import claim_review
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity
from newsroom.entities.services import entity_create, entity_merge, entity_update, mention_create
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_review, quote_update
from newsroom.stories.services import correction_create, story_unpublish

pytestmark = pytest.mark.django_db

APPROVED, REJECTED = ReviewStatus.APPROVED, ReviewStatus.REJECTED
URL = "/api/v1/changes/"


def feed_read(client, cursor=""):
    """Every entry after `cursor`, following `next`; (entries, the cursor to poll with)."""
    entries, url = [], f"{URL}?since={cursor}&page_size=3"
    while url:
        page = client.get(url).json()
        entries += page["results"]
        url, cursor = page["next"], page["cursor"]
    return entries, cursor


def mirror_apply(mirror, entries):
    for entry in entries:
        key = (entry["resource"], entry["id"])
        if entry["change"] == "upsert":
            mirror[key] = entry["data"]
        else:
            mirror.pop(key, None)
    return mirror


def lists_union(client):
    """{(resource, id): item} over every list endpoint, following their cursors."""
    union = {}
    for resource in RESOURCES:
        url = f"/api/v1/{resource}/?page_size=2"
        while url:
            page = client.get(url).json()
            union.update({(resource, item["id"]): item for item in page["results"]})
            url = page["next"]
    return union


def entry_of(entries, resource, pk):
    (entry,) = [e for e in entries if (e["resource"], e["id"]) == (resource, pk)]
    return entry


def assert_recent(at):
    moment = datetime.datetime.fromisoformat(at)
    assert datetime.timedelta(0) <= datetime.datetime.now(datetime.UTC) - moment
    assert datetime.datetime.now(datetime.UTC) - moment < datetime.timedelta(minutes=1)


def test_feed_lists_every_public_object_once_with_its_representation(client, published_story):
    entries, _ = feed_read(client)

    union = lists_union(client)
    assert [(e["resource"], e["id"]) for e in entries] == sorted(union)
    quote = Quote.objects.get(text__startswith="We agreed")
    entry = entry_of(entries, "quotes", quote.pk)
    assert_recent(entry.pop("at"))
    assert entry == {
        "resource": "quotes",
        "id": quote.pk,
        "change": "upsert",
        "url": f"http://testserver/api/v1/quotes/{quote.pk}/",
        "data": client.get(f"/api/v1/quotes/{quote.pk}/").json(),
    }
    assert entry["data"]["speaker"]["name"] == "Marta Oliveira"
    assert ("quotes", Quote.objects.get(text__startswith="Our engineers").pk) not in union


def test_feed_page_shape_and_cursor(client, published_story):
    first = client.get(f"{URL}?page_size=2")
    assert first.status_code == 200
    page = first.json()
    assert len(page["results"]) == 2
    assert page["previous"] is None
    assert page["next"] == f"http://testserver{URL}?page_size=2&since={page['cursor']}"
    assert re.fullmatch(r'"[0-9a-f]{32}"', first["ETag"])
    latest = Change.objects.latest("pk").at
    assert first["Last-Modified"] == http_date(int(latest.timestamp()))
    assert first["Cache-Control"] == "public, no-cache"

    rest, cursor = feed_read(client, page["cursor"])
    everything, final = feed_read(client)
    assert page["results"] + rest == everything
    assert cursor == final

    caught_up = client.get(f"{URL}?since={final}").json()
    assert caught_up == {"next": None, "previous": None, "cursor": final, "results": []}


def test_cursor_is_opaque_and_round_trips():
    assert cursor_decode(cursor_encode(12345)) == 12345
    assert "12345" not in cursor_encode(12345)


@pytest.mark.parametrize(
    ("query", "parameter", "message"),
    [
        (
            "since=not-a-cursor",
            "since",
            "Not a cursor of this feed: pass the `cursor` of a previous response, or omit "
            "`since` to start from the beginning.",
        ),
        ("since=" + cursor_encode(1)[:-1] + "!", "since", None),
        ("since=" + cursor_encode(2**63), "since", None),
        ("page_size=0", "page_size", "Ensure this value is greater than or equal to 1."),
        ("page_size=501", "page_size", "Ensure this value is less than or equal to 500."),
        ("page_size=many", "page_size", "A valid integer is required."),
    ],
)
def test_invalid_parameter_is_a_problem_naming_it(client, query, parameter, message):
    response = client.get(f"{URL}?{query}")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert list(problem["errors"]) == [parameter]
    assert problem["title"] == "Invalid request"
    if message:
        assert problem["errors"] == {parameter: [message]}


def test_conditional_get_answers_304_until_the_feed_changes(client, published_story, editor):
    _, cursor = feed_read(client)
    url = f"{URL}?since={cursor}"
    etag = client.get(url)["ETag"]

    assert client.get(url, headers={"if-none-match": etag}).status_code == 304
    quote = Quote.objects.get(text__startswith="Our engineers")
    quote_review(quote=quote, user=editor, status=APPROVED)
    response = client.get(url, headers={"if-none-match": etag})
    assert response.status_code == 200
    assert [(e["resource"], e["id"], e["change"]) for e in response.json()["results"]] == [
        ("quotes", quote.pk, "upsert")
    ]


def test_rejected_quote_is_a_tombstone(client, published_story, editor):
    quote = Quote.objects.get(text__startswith="Our engineers")
    quote_review(quote=quote, user=editor, status=APPROVED)
    _, cursor = feed_read(client)

    quote_review(quote=quote, user=editor, status=REJECTED)
    entries, _ = feed_read(client, cursor)

    assert_recent(entries[0].pop("at"))
    assert entries == [
        {"resource": "quotes", "id": quote.pk, "change": "tombstone", "url": None, "data": None}
    ]


def test_merged_entity_is_a_tombstone_and_its_survivor_an_upsert(client, published_story, editor):
    person = Entity.objects.get(name="Henrik Lund")
    duplicate = entity_create(user=editor, name="H. Lund", kind="person")
    start = published_story.articles.get().body.index("Lund called")
    mention_create(
        user=editor,
        article=published_story.articles.get(),
        entity=duplicate,
        start=start,
        end=start + 4,
    )
    _, cursor = feed_read(client)

    entity_merge(source=duplicate, target=person, user=editor, reason="Same person")
    entries, _ = feed_read(client, cursor)

    changes = {(e["resource"], e["id"]): e["change"] for e in entries}
    assert changes[("entities", duplicate.pk)] == "tombstone"
    assert changes[("entities", person.pk)] == "upsert"
    assert "H. Lund" in entry_of(entries, "entities", person.pk)["data"]["aliases"]


def test_unpublished_story_tombstones_everything_it_made_public(client, published_story, editor):
    everything, cursor = feed_read(client)

    story_unpublish(story=published_story, user=editor)
    entries, _ = feed_read(client, cursor)

    assert sorted((e["resource"], e["id"]) for e in entries) == sorted(
        (e["resource"], e["id"]) for e in everything
    )
    assert {e["change"] for e in entries} == {"tombstone"}
    assert lists_union(client) == {}


def test_mirror_replayed_from_the_feed_equals_the_list_endpoints(client, published_story, editor):
    mirror = {}
    entries, cursor = feed_read(client)
    mirror_apply(mirror, entries)
    assert mirror == lists_union(client)

    # A round of edits: a quote approved, an organisation renamed (which the claim's parties and
    # the person's role embed), a claim rejected, and a public quote corrected with a note.
    new_quote = Quote.objects.get(text__startswith="Our engineers")
    quote_review(quote=new_quote, user=editor, status=APPROVED)
    office = Entity.objects.get(name="Nordic Space Office")
    entity_update(
        entity=office, user=editor, fields={"name": "Nordic Space Agency"}, reason="Renamed"
    )
    featured = Quote.objects.get(text__startswith="We agreed")
    quote_update(quote=featured, user=editor, fields={"cue": "stated"}, reason="Wrong verb")
    quote_update(
        quote=featured, user=editor, fields={"text": "We agreed"}, reason="Trimmed to her words"
    )
    meeting = Claim.objects.get(is_previous=False)
    claim_review(claim=meeting, user=editor, status=REJECTED, reason="Not yet confirmed")

    entries, cursor = feed_read(client, cursor)
    mirror_apply(mirror, entries)
    union = lists_union(client)
    assert mirror == union
    kinds = {(e["resource"], e["id"]): e["change"] for e in entries}
    assert kinds[("quotes", new_quote.pk)] == "upsert"
    assert kinds[("claims", meeting.pk)] == "tombstone"
    assert kinds[("entities", office.pk)] == "upsert"
    corrections = [e["data"] for e in entries if e["resource"] == "corrections"]
    assert sorted((c["field"], c["before"], c["after"]) for c in corrections) == [
        ("name", "Nordic Space Office", "Nordic Space Agency"),
        ("review_status", "shown", "withdrawn"),
        ("text", "We agreed to share tracking data from next year", "We agreed"),
    ]
    assert mirror[("quotes", new_quote.pk)]["speaker"]["name"] == "Henrik Lund"
    person = Entity.objects.get(name="Henrik Lund")
    roles = mirror[("entities", person.pk)]["roles"]
    assert [role["organization"]["name"] for role in roles] == ["Nordic Space Agency"]

    # A partner starting now from an empty mirror ends at the same place.
    assert mirror_apply({}, feed_read(client)[0]) == union

    story_unpublish(story=published_story, user=editor)
    mirror_apply(mirror, feed_read(client, cursor)[0])
    assert mirror == lists_union(client) == {}


def test_feed_keeps_one_entry_per_object_and_a_cursor_behind_it_still_sees_the_change(
    client, published_story, editor
):
    early = client.get(f"{URL}?page_size=1").json()["cursor"]
    quote = Quote.objects.get(text__startswith="We agreed")
    quote_update(quote=quote, user=editor, fields={"cue": "stated"}, reason="Wrong verb")

    entries, _ = feed_read(client)
    later, _ = feed_read(client, early)

    keys = [(e["resource"], e["id"]) for e in entries]
    assert len(keys) == len(set(keys))
    assert ("quotes", quote.pk) in [(e["resource"], e["id"]) for e in later]
    assert entry_of(entries, "quotes", quote.pk)["data"]["cue"] == "stated"


def _corrections(story, editor, count):
    for number in range(count):
        correction_create(story=story, user=editor, subject=f"Fix {number}", reason="Typo")


def test_feed_page_query_count_does_not_grow_with_the_changes(client, published_story, editor):
    client.get(URL)  # the throttle's first hit creates its cache row
    _corrections(published_story, editor, 1)
    changes_reconcile()
    with CaptureQueriesContext(connection) as few:
        assert client.get(f"{URL}?page_size=500").status_code == 200

    _corrections(published_story, editor, 40)
    changes_reconcile()
    with CaptureQueriesContext(connection) as many:
        page = client.get(f"{URL}?page_size=500").json()

    assert len(page["results"]) == 9 + 41
    assert len(many) == len(few)


def test_reconcile_query_count_does_not_grow_with_the_content(published_story, editor):
    changes_reconcile()
    _corrections(published_story, editor, 1)
    with CaptureQueriesContext(connection) as few:
        assert changes_reconcile() == 1

    _corrections(published_story, editor, 40)
    with CaptureQueriesContext(connection) as many:
        assert changes_reconcile() == 40

    # The state row and stamp (twice: before and under the lock), 13 to render every public
    # object, the records, and the writes.
    assert len(many) == len(few) == 27
    with CaptureQueriesContext(connection) as idle:
        assert changes_reconcile() == 0
    assert len(idle) == 2  # the state row and the freshness stamp


@pytest.mark.django_db(transaction=True)
def test_concurrent_reconciles_append_each_change_once(published_story, editor):
    changes_reconcile()
    quote = Quote.objects.get(text__startswith="Our engineers")
    quote_review(quote=quote, user=editor, status=APPROVED)
    results, errors = [], []

    def reconcile():
        try:
            results.append(changes_reconcile(force=True))
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=reconcile) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(results) == [0, 0, 1]
    assert Change.objects.count() == 10
    assert Change.objects.latest("pk").object_id == quote.pk
