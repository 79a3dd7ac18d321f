"""The read API over real HTTP (Django's test client): exact payloads, filters, visibility,
pagination, conditional requests, CORS, throttling and query budgets."""

import re

import pytest
from rest_framework.throttling import AnonRateThrottle

from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity
from newsroom.entities.services import entity_review
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_review
from newsroom.stories.services import story_create, story_unpublish

pytestmark = pytest.mark.django_db

API = "/api/v1"


def _get(client, path, **headers):
    return client.get(f"{API}{path}", headers={"accept": "application/json", **headers})


def _entity_ref(entity):
    return {
        "id": entity.pk,
        "name": entity.name,
        "kind": entity.kind,
        "url": f"http://testserver{API}/entities/{entity.pk}/",
        "html_url": f"http://testserver/entities/{entity.slug}/",
    }


def test_quote_list_exact_payload(client, published_story):
    quote = Quote.objects.get(text__startswith="We agreed")
    article = quote.article
    response = _get(client, "/quotes/")
    assert response.status_code == 200
    assert response.json() == {
        "next": None,
        "previous": None,
        "results": [
            {
                "id": quote.pk,
                "text": "We agreed to share tracking data from next year",
                "speaker": _entity_ref(quote.speaker),
                "cue": "said",
                "article": {
                    "id": article.pk,
                    "title": "Heads of two space agencies meet in Lisbon",
                    "url": f"http://testserver{API}/articles/{article.pk}/",
                    "html_url": f"http://testserver/articles/{article.slug}/",
                },
                "start": quote.start,
                "end": quote.end,
                "updated_at": quote.updated_at.isoformat().replace("+00:00", "Z"),
                "url": f"http://testserver{API}/quotes/{quote.pk}/",
                "html_url": f"http://testserver/articles/{article.slug}/#quote-{quote.pk}",
            }
        ],
    }


def test_entity_detail_has_kind_aliases_and_roles(client, published_story):
    marta = Entity.objects.get(name="Marta Oliveira")
    agency = Entity.objects.get(name="Portuguese Space Agency")
    data = _get(client, f"/entities/{marta.pk}/").json()
    assert (data["name"], data["kind"], data["aliases"]) == (
        "Marta Oliveira",
        "person",
        ["Oliveira"],
    )
    assert data["roles"] == [{"title": "President", "organization": _entity_ref(agency)}]


def test_entity_filters_by_kind_name_and_words(client, published_story):
    def names(query):
        return sorted(row["name"] for row in _get(client, f"/entities/?{query}").json()["results"])

    assert names("kind=organization") == ["Nordic Space Office", "Portuguese Space Agency"]
    assert names("name=oliv") == ["Marta Oliveira"]
    assert names("q=lund") == ["Henrik Lund"]
    assert names("kind=place") == ["Lisbon"]


def test_claim_carries_status_date_place_and_evidence(client, published_story):
    data = _get(client, "/claims/").json()["results"]
    assert len(data) == 1
    claim = data[0]
    assert (claim["status"], claim["date"], claim["date_precision"], claim["date_label"]) == (
        "unverified",
        "2026-03-04",
        "day",
        "March 4, 2026",
    )
    assert claim["place"]["name"] == "Lisbon"
    assert [(row["stance"], row["source"]["title"]) for row in claim["evidence"]][0] == (
        "supports",
        "Heads of two space agencies meet in Lisbon",
    )
    assert _get(client, "/claims/?status=disputed").json()["results"] == []
    lisbon = Entity.objects.get(name="Lisbon")
    assert len(_get(client, f"/claims/?entity={lisbon.pk}").json()["results"]) == 1
    assert len(_get(client, "/claims/?date_after=2026-03-05").json()["results"]) == 0


def test_invalid_filter_value_is_a_problem_naming_the_parameter(client, published_story):
    response = _get(client, "/claims/?date_after=yesterday&status=maybe")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert (problem["status"], problem["title"]) == (400, "Invalid request")
    assert set(problem["errors"]) == {"date_after", "status"}
    assert problem["errors"]["date_after"] == ["Enter a valid date."]


def test_nothing_unpublished_or_unapproved_is_served(client, published_story, editor, article):
    pending = Quote.objects.get(text__startswith="Our engineers")
    assert _get(client, f"/quotes/{pending.pk}/").status_code == 404
    story_create(user=editor, title="Draft", slug="draft", articles=[article])
    assert [row["slug"] for row in _get(client, "/stories/").json()["results"]] == [
        "agency-heads-meet"
    ]
    lund = Entity.objects.get(name="Henrik Lund")
    entity_review(entity=lund, user=editor, status=ReviewStatus.REJECTED, reason="Wrong.")
    assert _get(client, f"/entities/{lund.pk}/").status_code == 404
    story_unpublish(story=published_story, user=editor)
    for path in ("/stories/", "/articles/", "/quotes/", "/claims/", "/entities/"):
        assert _get(client, path).json()["results"] == [], path
    assert _get(client, f"/articles/{article.pk}/").status_code == 404


def test_cursor_pagination_is_bounded_and_follows_next(client, published_story, editor):
    quote_review(
        quote=Quote.objects.get(text__startswith="Our engineers"),
        user=editor,
        status=ReviewStatus.APPROVED,
    )
    first = _get(client, "/quotes/?page_size=1").json()
    assert len(first["results"]) == 1
    assert "cursor=" in first["next"]
    second = client.get(first["next"], headers={"accept": "application/json"}).json()
    assert len(second["results"]) == 1
    assert second["results"][0]["id"] != first["results"][0]["id"]
    assert second["next"] is None
    assert len(_get(client, "/quotes/?page_size=100000").json()["results"]) == 2


def test_conditional_get_cache_control_and_cors(client, published_story, editor):
    first = _get(client, "/stories/", origin="https://partner.example")
    assert first["Access-Control-Allow-Origin"] == "*"
    assert "public" in first["Cache-Control"]
    assert first.has_header("Last-Modified")
    assert _get(client, "/stories/", if_none_match=first["ETag"]).status_code == 304
    later = _get(client, "/stories/", if_modified_since=first["Last-Modified"])
    assert later.status_code == 304
    quote_review(
        quote=Quote.objects.get(text__startswith="Our engineers"),
        user=editor,
        status=ReviewStatus.APPROVED,
    )
    assert _get(client, "/stories/", if_none_match=first["ETag"]).status_code == 200


def test_anonymous_clients_are_throttled_with_retry_after(client, published_story, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"})
    assert _get(client, "/quotes/").status_code == 200
    assert _get(client, "/quotes/").status_code == 200
    refused = _get(client, "/quotes/")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert refused.json()["title"] == "Too many requests"


def test_anonymous_writes_are_refused(client, published_story):
    response = client.post(f"{API}/quotes/", {"text": "x"}, content_type="application/json")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert Quote.objects.filter(text="x").count() == 0


def test_openapi_schema_lists_every_resource(client):
    schema = client.get(f"{API}/schema/", headers={"accept": "application/json"}).json()
    assert schema["openapi"].startswith("3.")
    for path in ("stories", "articles", "entities", "quotes", "claims", "corrections"):
        assert f"{API}/{path}/" in schema["paths"]
        assert f"{API}/{path}/{{id}}/" in schema["paths"]
    params = {p["name"] for p in schema["paths"][f"{API}/claims/"]["get"]["parameters"]}
    assert {"status", "entity", "date_after", "date_before", "updated_since", "cursor"} <= params


def test_updated_since_with_any_offset_is_answered_not_a_server_error(client, published_story):
    # Found by schemathesis on PostgreSQL, which refuses offsets beyond ±15:59.
    response = _get(client, "/corrections/?updated_since=0075-12-09T14:24:14%2B20:49")
    assert (response.status_code, response.json()["results"]) == (200, [])
    refused = _get(client, "/quotes/?updated_since=0001-01-01T00:00:00%2B01:00")
    assert refused.status_code == 400
    assert refused.json()["errors"] == {"updated_since": ["This date-time is out of range."]}


def test_browsable_docs_load_only_same_origin_scripts(client):
    page = client.get(f"{API}/docs/").content.decode()
    scripts = re.findall(r'<script src="([^"]+)"', page)
    assert scripts == [
        "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js",
        "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-standalone-preset.js",
        f"{API}/docs/?script=",
    ]
    assert "<script>" not in page
