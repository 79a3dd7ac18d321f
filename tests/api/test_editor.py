"""The editor endpoints under /api/v1/editor/: each action's result, If-Match, authentication,
permissions, CSRF, corrections of published facts, and their OpenAPI description."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
from django.test import Client
from django.utils.crypto import get_random_string
from rest_framework.authtoken.models import Token
from rest_framework.fields import DateTimeField
from rest_framework.test import APIClient

from newsroom.claims.models import Claim
from newsroom.core.editorial import version_of
from newsroom.entities.models import Entity
from newsroom.entities.services import entity_create
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_attribute, quote_update
from newsroom.stories.models import Correction, Story
from newsroom.stories.services import story_create

pytestmark = pytest.mark.django_db

BASE = "http://testserver/api/v1/editor"


def path(kind, pk, action=""):
    return f"/api/v1/editor/{kind}/{pk}/" + (f"{action}/" if action else "")


def tag(obj):
    obj.refresh_from_db()
    return f'"{version_of(obj)}"'


def stamp(value):
    return DateTimeField().to_representation(value)


def recorded(obj):
    """Who made the row's last change, and the note they gave, from its history."""
    last = obj.history.latest()
    return last.history_user, last.history_change_reason


def problem(status, title, detail, **extra):
    return {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}


@pytest.fixture
def editor_api(editor):
    api = APIClient()
    api.force_login(editor)
    return api


@pytest.fixture
def reporter_api(reporter):
    api = APIClient()
    api.force_login(reporter)
    return api


@pytest.fixture
def quote(article):
    return Quote.objects.get(text__startswith="We agreed")


@pytest.fixture
def meeting(article):
    return Claim.objects.get(is_previous=False)


@pytest.fixture
def person(article):
    return Entity.objects.get(name="Henrik Lund")


def send(api, method, url, obj, data=None):
    return getattr(api, method)(url, data or {}, format="json", headers={"If-Match": tag(obj)})


# Reading a row: its state and version.


def test_quote_read_gives_the_row_and_its_version_as_etag(editor_api, quote):
    response = editor_api.get(path("quotes", quote.pk))

    assert response.status_code == 200
    assert response["ETag"] == f'"{version_of(quote)}"'
    assert response.json() == {
        "id": quote.pk,
        "article": quote.article_id,
        "text": "We agreed to share tracking data from next year",
        "start": 194,
        "end": 241,
        "speaker": {
            "id": quote.speaker_id,
            "name": "Marta Oliveira",
            "kind": "person",
            "url": f"{BASE}/entities/{quote.speaker_id}/",
        },
        "cue": quote.cue,
        "is_featured": False,
        "review_status": "pending",
        "origin": "machine",
        "confidence": quote.confidence,
        "updated_at": stamp(quote.updated_at),
        "version": version_of(quote),
        "url": f"{BASE}/quotes/{quote.pk}/",
    }


def test_read_answers_304_to_the_current_etag(editor_api, quote):
    response = editor_api.get(path("quotes", quote.pk), headers={"If-None-Match": tag(quote)})

    assert response.status_code == 304
    assert response.content == b""


def test_unknown_row_is_404(editor_api, article):
    response = editor_api.get(path("quotes", 999999))

    assert response.status_code == 404
    assert response.json() == problem(404, "Not found", "No Quote matches the given query.")


# If-Match on every change.


def test_change_without_if_match_is_428_and_changes_nothing(editor_api, quote):
    response = editor_api.post(path("quotes", quote.pk, "approve"), {}, format="json")

    assert response.status_code == 428
    assert response["Content-Type"] == "application/problem+json"
    assert response.json() == problem(
        428,
        "Precondition required",
        "Send the row's ETag in If-Match: GET it first, so that your change cannot overwrite "
        "someone else's.",
    )
    quote.refresh_from_db()
    assert quote.review_status == "pending"


def test_if_match_star_is_428(editor_api, quote):
    url = path("quotes", quote.pk, "approve")
    response = editor_api.post(url, {}, format="json", headers={"If-Match": "*"})

    assert response.status_code == 428
    assert response.json()["detail"] == "If-Match: * does not protect your change; send the ETag."


def test_stale_if_match_is_412_naming_what_changed(editor_api, editor, quote):
    seen = tag(quote)
    quote_update(quote=quote, user=editor, fields={"cue": "told"})

    response = editor_api.post(
        path("quotes", quote.pk, "approve"), {}, format="json", headers={"If-Match": seen}
    )

    assert response.status_code == 412
    assert response.json() == problem(
        412,
        "Precondition failed",
        "This quote was changed by someone else after you opened it (cue: 'said' → 'told'). "
        "Your changes were not saved: reload the page to see the current version.",
    )
    quote.refresh_from_db()
    assert (quote.review_status, quote.cue) == ("pending", "told")


@pytest.mark.parametrize("header", ["not an etag", 'W/"weak"', '"2020-01-01T00:00:00+00:00"'])
def test_if_match_that_is_not_the_current_etag_is_412(editor_api, quote, header):
    url = path("quotes", quote.pk, "approve")
    response = editor_api.post(url, {}, format="json", headers={"If-Match": header})

    assert response.status_code == 412
    assert response.json()["detail"] == (
        "This quote was changed by someone else after you opened it. Your changes were not "
        "saved: reload the page to see the current version."
    )
    quote.refresh_from_db()
    assert quote.review_status == "pending"


def test_current_if_match_is_200_with_the_new_etag(editor_api, editor, quote):
    response = send(editor_api, "post", path("quotes", quote.pk, "approve"), quote)

    assert response.status_code == 200
    quote.refresh_from_db()
    assert quote.review_status == "approved"
    assert response["ETag"] == f'"{version_of(quote)}"'
    assert response.json()["review_status"] == "approved"
    assert response.json()["version"] == version_of(quote)
    assert recorded(quote) == (editor, None)


# Quotes.


def test_quote_reject_keeps_the_note_in_history(editor_api, editor, quote):
    url = path("quotes", quote.pk, "reject")
    response = send(editor_api, "post", url, quote, {"note": "Not a quote: a paraphrase."})

    assert response.status_code == 200
    assert response.json()["review_status"] == "rejected"
    assert recorded(quote) == (editor, "Not a quote: a paraphrase.")


def test_quote_correct_text_finds_its_span_and_makes_it_the_editors(editor_api, quote):
    url = path("quotes", quote.pk)
    response = send(editor_api, "patch", url, quote, {"text": "We agreed to share tracking data"})

    assert response.status_code == 200
    quote.refresh_from_db()
    assert (quote.text, quote.start, quote.end, quote.origin) == (
        "We agreed to share tracking data",
        194,
        226,
        "editor",
    )
    body = response.json()
    assert (body["text"], body["start"], body["end"], body["origin"]) == (
        "We agreed to share tracking data",
        194,
        226,
        "editor",
    )


def test_quote_text_not_in_the_article_is_400_with_the_services_reason(editor_api, quote):
    url = path("quotes", quote.pk)
    response = send(editor_api, "patch", url, quote, {"text": "Words nobody wrote"})

    assert response.status_code == 400
    assert response.json() == problem(
        400,
        "Invalid request",
        "Some parameters are invalid; see `errors`.",
        errors={
            "text": [
                "These words are not in the article. A quote must be the article's exact "
                "words (copy them from the text)."
            ]
        },
    )
    quote.refresh_from_db()
    assert quote.text == "We agreed to share tracking data from next year"


def test_quote_reassign_speaker(editor_api, quote, person):
    url = path("quotes", quote.pk)
    response = send(editor_api, "patch", url, quote, {"speaker": person.pk, "note": "Misread."})

    assert response.status_code == 200
    quote.refresh_from_db()
    assert (quote.speaker, quote.origin) == (person, "editor")
    assert response.json()["speaker"] == {
        "id": person.pk,
        "name": "Henrik Lund",
        "kind": "person",
        "url": f"{BASE}/entities/{person.pk}/",
    }
    assert recorded(quote)[1] == "Misread."


def test_quote_speaker_null_makes_it_unattributed(editor_api, quote):
    response = send(editor_api, "patch", path("quotes", quote.pk), quote, {"speaker": None})

    assert response.status_code == 200
    assert response.json()["speaker"] is None
    quote.refresh_from_db()
    assert quote.speaker is None


def test_quote_change_refuses_fields_it_does_not_take(editor_api, quote):
    url = path("quotes", quote.pk)
    response = send(editor_api, "patch", url, quote, {"review_status": "approved", "text": "x"})

    assert response.status_code == 400
    assert response.json()["errors"] == {"review_status": ["This field cannot be set here."]}
    quote.refresh_from_db()
    assert quote.review_status == "pending"


def test_quote_change_needs_a_field(editor_api, quote):
    response = send(editor_api, "patch", path("quotes", quote.pk), quote, {"note": "why"})

    assert response.status_code == 400
    assert response.json()["errors"] == {
        "non_field_errors": ["Give the new `text`, `speaker`, or both."]
    }


# A fact a published story shows: a change needs a note, and issues a correction.


def test_published_quote_change_without_note_is_400_and_changes_nothing(
    editor_api, published_story, quote, person
):
    response = send(editor_api, "patch", path("quotes", quote.pk), quote, {"speaker": person.pk})

    assert response.status_code == 400
    assert response.json() == problem(
        400,
        "Invalid request",
        "This quote is public in the published story “Agency heads meet in Lisbon”: changing "
        "it issues a correction readers will see. Give a note saying why (the change note).",
    )
    quote.refresh_from_db()
    assert quote.speaker.name == "Marta Oliveira"
    assert not Correction.objects.exists()


def test_published_quote_change_with_note_issues_a_correction(
    editor_api, editor, published_story, quote, person
):
    note = "The second speaker said this."
    url = path("quotes", quote.pk)
    response = send(editor_api, "patch", url, quote, {"speaker": person.pk, "note": note})

    assert response.status_code == 200
    correction = Correction.objects.get()
    assert (
        correction.story,
        correction.fact,
        correction.field,
        correction.subject,
        correction.before,
        correction.after,
        correction.reason,
        correction.created_by,
    ) == (
        published_story,
        quote,
        "speaker",
        "Quote “We agreed to share tracking data from next year”: speaker",
        "Marta Oliveira",
        "Henrik Lund",
        note,
        editor,
    )


def test_published_quote_reject_with_note_issues_a_correction(editor_api, published_story, quote):
    url = path("quotes", quote.pk, "reject")
    response = send(editor_api, "post", url, quote, {"note": "Never said."})

    assert response.status_code == 200
    correction = Correction.objects.get()
    assert (correction.field, correction.before, correction.after, correction.reason) == (
        "review_status",
        "shown",
        "withdrawn",
        "Never said.",
    )


# Claims.


def test_claim_correct_statement_date_and_place(editor_api, meeting, article):
    place = Entity.objects.get(name="Lisbon")
    data = {
        "statement": "The agency heads met in Lisbon.",
        "date": "2026-03-01",
        "date_precision": "month",
        "place": place.pk,
        "note": "Month only.",
    }
    response = send(editor_api, "patch", path("claims", meeting.pk), meeting, data)

    assert response.status_code == 200
    meeting.refresh_from_db()
    assert (
        meeting.statement,
        str(meeting.date),
        meeting.date_precision,
        meeting.place,
        meeting.origin,
    ) == ("The agency heads met in Lisbon.", "2026-03-01", "month", place, "editor")
    body = response.json()
    assert (body["statement"], body["date"], body["date_precision"], body["place"]["id"]) == (
        "The agency heads met in Lisbon.",
        "2026-03-01",
        "month",
        place.pk,
    )


def test_claim_verdict_by_an_editor(editor_api, editor, meeting):
    url = path("claims", meeting.pk)
    response = send(editor_api, "patch", url, meeting, {"status": "verified", "note": "Called."})

    assert response.status_code == 200
    assert response.json()["status"] == "verified"
    meeting.refresh_from_db()
    assert meeting.status == "verified"
    assert recorded(meeting) == (editor, "Called.")


def test_claim_statement_and_verdict_in_one_change(editor_api, meeting):
    data = {"statement": "They met.", "status": "false", "note": "Checked."}
    response = send(editor_api, "patch", path("claims", meeting.pk), meeting, data)

    assert response.status_code == 200
    meeting.refresh_from_db()
    assert (meeting.statement, meeting.status) == ("They met.", "false")


def test_reporter_cannot_give_a_verdict_but_can_correct(reporter_api, meeting):
    url = path("claims", meeting.pk)
    refused = send(reporter_api, "patch", url, meeting, {"status": "verified"})
    corrected = send(reporter_api, "patch", url, meeting, {"statement": "They met."})

    assert refused.status_code == 403
    assert refused.json() == problem(
        403,
        "Not allowed",
        "Setting a claim's verification status needs the claims.verify_claim permission.",
    )
    assert corrected.status_code == 200
    meeting.refresh_from_db()
    assert (meeting.statement, meeting.status) == ("They met.", "unverified")


def test_claim_approve_and_reject(editor_api, article):
    meeting, earlier = Claim.objects.get(is_previous=False), Claim.objects.get(is_previous=True)

    approved = send(editor_api, "post", path("claims", meeting.pk, "approve"), meeting)
    rejected = send(editor_api, "post", path("claims", earlier.pk, "reject"), earlier)

    assert (approved.status_code, approved.json()["review_status"]) == (200, "approved")
    assert (rejected.status_code, rejected.json()["review_status"]) == (200, "rejected")
    meeting.refresh_from_db()
    earlier.refresh_from_db()
    assert (meeting.review_status, earlier.review_status) == ("approved", "rejected")
    assert set(earlier.evidence.values_list("review_status", flat=True)) == {"rejected"}


def test_claim_date_without_precision_is_400(editor_api, article):
    earlier = Claim.objects.get(is_previous=True)
    data = {"date": "2019-05-01", "date_precision": ""}
    response = send(editor_api, "patch", path("claims", earlier.pk), earlier, data)

    assert response.status_code == 400
    assert response.json()["title"] == "Invalid request"
    earlier.refresh_from_db()
    assert (str(earlier.date), earlier.date_precision) == ("2019-01-01", "year")


# Entities.


def test_entity_approve_approves_its_aliases(editor_api, person):
    response = send(editor_api, "post", path("entities", person.pk, "approve"), person)

    assert response.status_code == 200
    body = response.json()
    assert (body["name"], body["review_status"], body["merged_into"]) == (
        "Henrik Lund",
        "approved",
        None,
    )
    assert body["aliases"] == [
        {"name": "Henrik Lund", "review_status": "approved"},
        {"name": "Lund", "review_status": "approved"},
    ]


def test_entity_reject(editor_api, person):
    response = send(editor_api, "post", path("entities", person.pk, "reject"), person)

    assert response.status_code == 200
    person.refresh_from_db()
    assert person.review_status == "rejected"


def test_entity_merge_moves_everything_to_the_target(editor_api, editor, person, article):
    duplicate = entity_create(user=editor, name="H. Lund", kind="person")
    spoken = Quote.objects.get(text__startswith="Our engineers")
    quote_attribute(quote=spoken, user=editor, speaker=duplicate)

    url = path("entities", duplicate.pk, "merge")
    data = {"target": person.pk, "note": "Same person."}
    response = send(editor_api, "post", url, duplicate, data)

    assert response.status_code == 200
    duplicate.refresh_from_db()
    spoken.refresh_from_db()
    assert (duplicate.merged_into, spoken.speaker) == (person, person)
    assert response["ETag"] == tag(person)
    body = response.json()
    assert (body["id"], body["url"]) == (person.pk, f"{BASE}/entities/{person.pk}/")
    assert body["aliases"] == [
        {"name": "H. Lund", "review_status": "approved"},
        {"name": "Henrik Lund", "review_status": "pending"},
        {"name": "Lund", "review_status": "pending"},
    ]
    merged = editor_api.get(path("entities", duplicate.pk)).json()
    assert merged["merged_into"] == {
        "id": person.pk,
        "name": "Henrik Lund",
        "kind": "person",
        "url": f"{BASE}/entities/{person.pk}/",
    }


def test_entity_merge_into_itself_is_400(editor_api, person):
    url = path("entities", person.pk, "merge")
    response = send(editor_api, "post", url, person, {"target": person.pk})

    assert response.status_code == 400
    assert response.json()["detail"] == "An entity cannot be merged into itself."


def test_entity_merge_needs_a_target(editor_api, person):
    response = send(editor_api, "post", path("entities", person.pk, "merge"), person)

    assert response.status_code == 400
    assert response.json()["errors"] == {"target": ["This field is required."]}


# Stories.


def test_story_publish(editor_api, editor, article):
    story = story_create(user=editor, title="Draft", slug="draft", articles=[article])

    url = path("stories", story.pk, "publish")
    response = send(editor_api, "post", url, story, {"note": "Ready."})

    assert response.status_code == 200
    story.refresh_from_db()
    assert story.status == "published"
    assert story.published_at is not None
    assert response.json() == {
        "id": story.pk,
        "slug": "draft",
        "title": "Draft",
        "dek": "",
        "status": "published",
        "published_at": stamp(story.published_at),
        "updated_at": stamp(story.updated_at),
        "version": version_of(story),
        "url": f"{BASE}/stories/{story.pk}/",
    }
    assert recorded(story) == (editor, "Ready.")


def test_story_publish_refused_with_the_services_reasons(editor_api, editor, article):
    story = story_create(user=editor, title="Empty", slug="empty")

    response = send(editor_api, "post", path("stories", story.pk, "publish"), story)

    assert response.status_code == 400
    assert response.json() == problem(
        400,
        "Invalid request",
        "“Empty” cannot be published: it has no source article; add the articles it is based on.",
    )
    story.refresh_from_db()
    assert story.status == "draft"


def test_story_unpublish(editor_api, published_story):
    url = path("stories", published_story.pk, "unpublish")
    response = send(editor_api, "post", url, published_story)

    assert response.status_code == 200
    assert response.json()["status"] == "draft"
    published_story.refresh_from_db()
    assert published_story.status == "draft"


# Who may do what.


def test_reporter_cannot_publish(reporter_api, editor, article):
    story = story_create(user=editor, title="Draft", slug="draft", articles=[article])

    response = send(reporter_api, "post", path("stories", story.pk, "publish"), story)

    assert response.status_code == 403
    assert response.json() == problem(
        403,
        "Not allowed",
        "Your account does not have the permission this action needs (stories.publish_story).",
    )
    assert Story.objects.get(pk=story.pk).status == "draft"


def test_reporter_cannot_merge(reporter_api, editor, person):
    duplicate = entity_create(user=editor, name="H. Lund", kind="person")

    url = path("entities", duplicate.pk, "merge")
    response = send(reporter_api, "post", url, duplicate, {"target": person.pk})

    assert response.status_code == 403
    assert response.json()["detail"] == (
        "Your account does not have the permission this action needs (entities.merge_entity)."
    )
    duplicate.refresh_from_db()
    assert duplicate.merged_into is None


def test_reporter_can_approve(reporter_api, reporter, quote):
    response = send(reporter_api, "post", path("quotes", quote.pk, "approve"), quote)

    assert response.status_code == 200
    quote.refresh_from_db()
    assert quote.review_status == "approved"
    assert recorded(quote) == (reporter, None)


WRITES = [
    ("post", "quotes", "approve"),
    ("post", "quotes", "reject"),
    ("patch", "quotes", ""),
    ("post", "claims", "approve"),
    ("post", "claims", "reject"),
    ("patch", "claims", ""),
    ("post", "entities", "approve"),
    ("post", "entities", "reject"),
    ("post", "entities", "merge"),
    ("post", "stories", "publish"),
    ("post", "stories", "unpublish"),
]


@pytest.mark.parametrize(("method", "kind", "action"), WRITES)
def test_anonymous_writes_are_401(published_story, method, kind, action):
    row = {
        "quotes": Quote.objects.first,
        "claims": Claim.objects.first,
        "entities": Entity.objects.first,
        "stories": Story.objects.first,
    }[kind]()

    response = getattr(APIClient(), method)(
        path(kind, row.pk, action), {"note": "x"}, format="json", headers={"If-Match": tag(row)}
    )

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json() == problem(
        401, "Authentication required", "Authentication credentials were not provided."
    )


def test_anonymous_read_is_401(quote):
    response = APIClient().get(path("quotes", quote.pk))

    assert response.status_code == 401


# Authentication: a token, or the session with its CSRF token.


def test_token_from_drf_create_token_authenticates_without_csrf(editor, quote):
    call_command("drf_create_token", editor.username, stdout=StringIO())
    key = Token.objects.get(user=editor).key
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        path("quotes", quote.pk, "approve"),
        {},
        content_type="application/json",
        headers={"Authorization": f"Token {key}", "If-Match": tag(quote)},
    )

    assert response.status_code == 200
    quote.refresh_from_db()
    assert quote.review_status == "approved"


def test_session_change_without_csrf_token_is_403(editor, quote):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = client.post(
        path("quotes", quote.pk, "approve"),
        {},
        content_type="application/json",
        headers={"If-Match": tag(quote)},
    )

    assert response.status_code == 403
    assert response.json()["detail"] == "CSRF Failed: CSRF cookie not set."
    quote.refresh_from_db()
    assert quote.review_status == "pending"


def test_session_change_with_csrf_token_is_200(editor, quote):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    token = get_random_string(CSRF_SECRET_LENGTH, allowed_chars=CSRF_ALLOWED_CHARS)
    client.cookies["csrftoken"] = token

    response = client.post(
        path("quotes", quote.pk, "approve"),
        {},
        content_type="application/json",
        headers={"If-Match": tag(quote), "X-CSRFToken": token},
    )

    assert response.status_code == 200
    quote.refresh_from_db()
    assert quote.review_status == "approved"


# The OpenAPI description.


def test_schema_documents_bodies_and_error_responses(client):
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    paths = schema["paths"]
    writes = {
        "/api/v1/editor/quotes/{id}/": ("patch", "PatchedQuoteChange"),
        "/api/v1/editor/quotes/{id}/approve/": ("post", "Note"),
        "/api/v1/editor/claims/{id}/": ("patch", "PatchedClaimChange"),
        "/api/v1/editor/entities/{id}/merge/": ("post", "EntityMerge"),
        "/api/v1/editor/stories/{id}/publish/": ("post", "Note"),
    }

    for url, (method, body) in writes.items():
        operation = paths[url][method]
        assert set(operation["responses"]) >= {"200", "400", "401", "403", "404", "412", "428"}
        assert operation["requestBody"]["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{body}"
        }
        if_match = next(p for p in operation["parameters"] if p["name"] == "If-Match")
        assert (if_match["in"], if_match["required"]) == ("header", True)
        stale = operation["responses"]["412"]["content"]
        assert list(stale) == ["application/problem+json"]
