"""The ninjs 3.1 document of a story: valid against the official schema, exact values,
content negotiation, visibility and the OpenAPI entry."""

import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft202012Validator
from rest_framework.fields import DateTimeField

from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity
from newsroom.entities.services import entity_create, entity_review
from newsroom.stories.services import (
    correction_create,
    story_create,
    story_publish,
    story_update,
)

pytestmark = pytest.mark.django_db

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "newsroom/api/schemas/ninjs-schema_3.1.json"
NINJS = "application/ninjs+json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _ninjs(client, story):
    response = client.get(f"/api/v1/stories/{story.pk}/ninjs/")
    assert response.status_code == 200
    assert response["Content-Type"] == NINJS
    return response.json()


def _machine(entity):
    return f"machine ({entity.extractor_version}, rule {entity.rule}), approved by an editor"


def test_ninjs_document_validates_against_the_official_schema(client, published_story, validator):
    document = _ninjs(client, published_story)

    assert list(validator.iter_errors(document)) == []
    assert validator.schema["title"] == "IPTC ninjs - News in JSON - version 3.1"
    # jsonschema checks `uri` and `date-time` only with optional packages; check them here.
    uris = [document["uri"], *(item["uri"] for item in document["subjects"])]
    assert all(urlsplit(uri).scheme == "http" and urlsplit(uri).netloc for uri in uris)
    for key in ("firstCreated", "versionCreated"):
        assert datetime.fromisoformat(document[key]).tzinfo is not None


def test_ninjs_schema_refuses_confidence_on_a_person(client, published_story, validator):
    # Why confidence and provenance live in `subjects`: the schema closes `people` objects.
    document = _ninjs(client, published_story)
    document["people"][0]["confidence"] = 85

    assert not validator.is_valid(document)


def test_ninjs_story_fields_exact(client, published_story):
    document = _ninjs(client, published_story)
    pk = published_story.pk
    published = DateTimeField().to_representation(published_story.published_at)
    updated = DateTimeField().to_representation(published_story.updated_at)

    assert document["uri"] == "http://testserver/stories/agency-heads-meet/"
    assert document["type"] == "text"
    assert document["version"] == "1"
    assert document["firstCreated"] == published
    assert document["versionCreated"] == updated
    assert document["language"] == "en"
    assert document["headlines"] == [{"role": "main", "value": "Agency heads meet in Lisbon"}]
    assert document["descriptions"] == [
        {
            "role": "dek",
            "contentType": "text/plain",
            "value": "Two agencies agree to share tracking data.",
        },
        {
            "role": "summary",
            "contentType": "text/plain",
            "value": "The heads of two agencies met in Lisbon.",
        },
    ]
    assert document["bodies"] == [
        {
            "role": "main",
            "contentType": "text/plain",
            "charCount": 40,
            "wordCount": 8,
            "value": "The heads of two agencies met in Lisbon.",
        }
    ]
    assert document["altIds"] == [
        {"role": "api", "value": f"http://testserver/api/v1/stories/{pk}/"}
    ]
    article = published_story.articles.get()
    assert document["associations"] == [
        {
            "name": "Heads of two space agencies meet in Lisbon",
            "rel": "source",
            "uri": f"http://testserver/articles/{article.slug}/",
            "type": "text",
            "language": "en",
            "headlines": [{"role": "main", "value": "Heads of two space agencies meet in Lisbon"}],
        }
    ]


def test_ninjs_entities_with_confidence_and_provenance(client, published_story):
    document = _ninjs(client, published_story)
    lund = Entity.objects.get(name="Henrik Lund")
    office = Entity.objects.get(name="Nordic Space Office")
    lisbon = Entity.objects.get(name="Lisbon")

    assert document["people"] == [
        {
            "name": "Henrik Lund",
            "rel": "about",
            "uri": "http://testserver/entities/henrik-lund/",
            "literal": "henrik-lund",
        },
        {
            "name": "Marta Oliveira",
            "rel": "about",
            "uri": "http://testserver/entities/marta-oliveira/",
            "literal": "marta-oliveira",
        },
    ]
    assert [item["name"] for item in document["organisations"]] == [
        "Nordic Space Office",
        "Portuguese Space Agency",
    ]
    assert document["places"] == [
        {
            "name": "Lisbon",
            "rel": "mentioned",
            "uri": "http://testserver/entities/lisbon/",
            "literal": "lisbon",
        }
    ]
    subjects = {item["uri"]: item for item in document["subjects"]}
    assert len(subjects) == 5
    assert subjects["http://testserver/entities/henrik-lund/"] == {
        "name": "Henrik Lund",
        "rel": "about",
        "uri": "http://testserver/entities/henrik-lund/",
        "literal": "person:henrik-lund",
        "relevance": 100,
        "confidence": round(100 * lund.confidence),
        "creator": _machine(lund),
    }
    assert subjects["http://testserver/entities/nordic-space-office/"] == {
        "name": "Nordic Space Office",
        "rel": "about",
        "uri": "http://testserver/entities/nordic-space-office/",
        "literal": "organization:nordic-space-office",
        "relevance": 100,
        "confidence": round(100 * office.confidence),
        "creator": _machine(office),
    }
    # Mentioned, not what the story is about: relevance on the lower half of the scale.
    assert subjects["http://testserver/entities/lisbon/"]["relevance"] == 50
    assert subjects["http://testserver/entities/lisbon/"]["creator"] == _machine(lisbon)
    assert lund.origin == "machine"
    assert lund.confidence < 1


def test_ninjs_editor_entity_is_the_editors(client, published_story, editor):
    entity = entity_create(user=editor, name="Tracking Data Accord", kind="program")
    entity_review(entity=entity, user=editor, status=ReviewStatus.APPROVED)
    story_update(
        story=published_story,
        user=editor,
        fields={},
        entities=[*published_story.entities.all(), entity],
        reason="The accord is what the talks were about.",
    )

    subjects = {item["name"]: item for item in _ninjs(client, published_story)["subjects"]}

    assert subjects["Tracking Data Accord"]["creator"] == "editor"
    assert subjects["Tracking Data Accord"]["literal"] == "program:tracking-data-accord"


def test_ninjs_rejected_entity_is_left_out(client, published_story, editor):
    lisbon = Entity.objects.get(name="Lisbon")
    entity_review(entity=lisbon, user=editor, status=ReviewStatus.REJECTED, reason="Not a place.")

    document = _ninjs(client, published_story)

    assert "places" not in document
    assert "Lisbon" not in [item["name"] for item in document["subjects"]]


def test_ninjs_correction_makes_a_new_version(client, published_story, editor):
    when = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    correction_create(
        story=published_story, user=editor, subject="Date", reason="Misread.", created_at=when
    )

    document = _ninjs(client, published_story)

    assert document["version"] == "2"
    assert document["versionCreated"] == "2030-01-02T03:04:05Z"


def test_ninjs_content_negotiation_on_the_story_url(client, published_story):
    url = f"/api/v1/stories/{published_story.pk}/"

    negotiated = client.get(url, HTTP_ACCEPT=NINJS)
    plain = client.get(url)

    assert negotiated.status_code == 200
    assert negotiated["Content-Type"] == NINJS
    assert negotiated.json() == _ninjs(client, published_story)
    assert plain["Content-Type"] == "application/json"
    assert plain.json()["slug"] == "agency-heads-meet"
    assert "Accept" in negotiated["Vary"]
    assert negotiated["ETag"] != plain["ETag"]
    assert client.get(f"{url}?format=ninjs").json() == negotiated.json()


def test_ninjs_not_offered_on_the_story_list(client, published_story):
    response = client.get("/api/v1/stories/", HTTP_ACCEPT=NINJS)

    assert response.status_code == 406


def test_ninjs_of_a_draft_is_404(client, article, editor):
    draft = story_create(user=editor, title="Draft", slug="draft", articles=[article])

    assert client.get(f"/api/v1/stories/{draft.pk}/ninjs/").status_code == 404
    response = client.get(f"/api/v1/stories/{draft.pk}/", HTTP_ACCEPT=NINJS)
    assert response.status_code == 404
    assert response.json()["title"] == "Not found"


def test_ninjs_query_count_does_not_grow_with_entities(client, published_story, article, editor):
    lone = story_publish(
        story=story_create(user=editor, title="Lone", slug="lone", articles=[article]),
        user=editor,
    )
    counts = []
    for story in (lone, published_story):
        with CaptureQueriesContext(connection) as queries:
            _ninjs(client, story)
        counts.append(len(queries))

    assert counts[0] == counts[1]
    # 7 are the freshness stamp and the shared throttle cache, 5 the story with its prefetches.
    assert counts[1] <= 15


def test_ninjs_in_the_openapi_schema(client):
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()

    ninjs = schema["paths"]["/api/v1/stories/{id}/ninjs/"]["get"]
    assert set(ninjs["responses"]["200"]["content"]) == {NINJS, "application/json"}
    assert ninjs["responses"]["200"]["content"][NINJS]["schema"]["required"] == ["uri"]
    assert "404" in ninjs["responses"]
    detail = schema["paths"]["/api/v1/stories/{id}/"]["get"]["responses"]["200"]["content"]
    assert set(detail) == {"application/json", NINJS}
    assert detail["application/json"]["schema"] == {"$ref": "#/components/schemas/Story"}
