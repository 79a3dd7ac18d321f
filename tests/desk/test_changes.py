"""Recent changes across the desk, and the admin index's box of facts waiting for review."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsroom.claims.models import ClaimStatus
from newsroom.core.models import ReviewStatus
from newsroom.desk.selectors import change_list_recent, waiting_counts_get
from newsroom.entities.services import entity_update
from newsroom.quotes.services import quote_attribute
from tests import factories

pytestmark = pytest.mark.django_db

CHANGES_URL = "/admin/desk/changes/"


def test_recent_changes_url():
    assert reverse("desk-recent-changes") == CHANGES_URL


def test_change_list_recent_shows_a_service_edit_with_user_and_before_after(editor):
    quote = factories.QuoteFactory(speaker__name="Jane Doe")
    roe = factories.EntityFactory(name="John Roe")

    quote_attribute(quote=quote, user=editor, speaker=roe, reason="Roe said it")

    newest = change_list_recent(limit=100)[0]
    assert (newest.model.__name__, newest.record.history_type, newest.label) == (
        "Quote",
        "~",
        "We will keep working together,",
    )
    assert (newest.record.history_user, newest.record.history_change_reason) == (
        editor,
        "Roe said it",
    )
    assert newest.fields == [("origin", "Machine", "Editor"), ("speaker", "Jane Doe", "John Roe")]


def test_change_list_recent_filters_by_user(editor, reporter):
    entity = factories.EntityFactory(name="Nasa")
    entity_update(entity=entity, user=editor, fields={"name": "NASA"})
    entity_update(entity=entity, user=reporter, fields={"description": "The US space agency."})

    by_editor = change_list_recent(user=editor)

    assert [(c.verbose_name, c.record.history_type, c.label, c.fields) for c in by_editor] == [
        ("alias", "+", "Nasa", []),  # the old name, kept as an alias
        ("entity", "~", "NASA", [("origin", "Machine", "Editor"), ("name", "Nasa", "NASA")]),
    ]


def test_recent_changes_page_lists_the_edit(client, editor):
    entity = factories.EntityFactory(name="Nasa", kind="organization")
    entity_update(entity=entity, user=editor, fields={"name": "NASA"}, reason="Acronym")
    client.force_login(editor)

    response = client.get(CHANGES_URL, {"user": editor.pk})

    html = response.content.decode()
    assert response.context["chosen"] == editor
    assert [c.label for c in response.context["changes"]] == ["Nasa", "NASA"]
    assert f'<a href="/admin/entities/entity/{entity.pk}/change/">NASA</a>' in html
    assert "<td>Acronym</td>" in html
    assert "<li><strong>name</strong>: <del>Nasa</del> → <ins>NASA</ins></li>" in html
    assert "<td>desk-editor</td>" in html


def _edits(count, user):
    for i in range(count):
        quote = factories.QuoteFactory()
        quote_attribute(quote=quote, user=user, speaker=factories.EntityFactory(name=f"E{i}"))
        claim = factories.ClaimFactory()
        factories.EvidenceFactory(claim=claim)


def test_recent_changes_query_count_does_not_grow_with_rows(client, editor):
    client.force_login(editor)
    _edits(1, editor)
    client.get(CHANGES_URL)
    with CaptureQueriesContext(connection) as few:
        few_rows = len(client.get(CHANGES_URL).context["changes"])
    _edits(20, editor)
    with CaptureQueriesContext(connection) as many:
        many_rows = len(client.get(CHANGES_URL).context["changes"])

    # Each round: a quote and its speaker created, a new speaker, the quote re-attributed, a
    # claim and its evidence.
    assert (few_rows, many_rows) == (6, 100)
    assert len(many) == len(few)


def test_recent_changes_is_staff_only(client):
    client.force_login(factories.UserFactory(username="reader"))

    response = client.get(CHANGES_URL)

    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_waiting_counts_get_counts_pending_and_disputed():
    factories.EntityFactory.create_batch(2)
    factories.EntityFactory(review_status=ReviewStatus.APPROVED)
    factories.MentionFactory(review_status=ReviewStatus.APPROVED)  # its entity is pending
    factories.RoleFactory(review_status=ReviewStatus.REJECTED)  # two pending entities
    factories.QuoteFactory()  # and its pending speaker
    factories.ClaimFactory()
    factories.ClaimFactory(review_status=ReviewStatus.APPROVED, status=ClaimStatus.DISPUTED)
    factories.ClaimFactory(review_status=ReviewStatus.APPROVED)

    counts = [(label, count) for label, _, count in waiting_counts_get()]

    assert counts == [("entities", 6), ("mentions", 0), ("roles", 0), ("quotes", 1), ("claims", 2)]


def test_admin_index_shows_waiting_counts_in_constant_queries(client, editor):
    client.force_login(editor)
    factories.QuoteFactory.create_batch(3)
    client.get("/admin/")
    with CaptureQueriesContext(connection) as few:
        client.get("/admin/")
    factories.QuoteFactory.create_batch(10)
    with CaptureQueriesContext(connection) as many:
        response = client.get("/admin/")

    html = response.content.decode()
    assert len(many) == len(few)
    assert (
        '<th scope="row"><a href="/admin/quotes/quote/?review_status__exact=pending">Quotes</a>'
        '</th>\n        <td class="desk-count">13</td>'
    ) in html
    assert (
        '<th scope="row"><a href="/admin/entities/entity/?review_status__exact=pending">'
        'Entities</a></th>\n        <td class="desk-count">13</td>'  # each quote's speaker
    ) in html
    assert '<a href="/admin/desk/changes/">Recent changes</a>' in html


def test_admin_index_waiting_links_open_filtered_changelists(client, editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    urls = [
        "/admin/entities/entity/?review_status__exact=pending",
        "/admin/entities/mention/?review_status__exact=pending",
        "/admin/entities/role/?review_status__exact=pending",
        "/admin/quotes/quote/?review_status__exact=pending",
        "/admin/claims/claim/?review_status__exact=pending",
        "/admin/claims/claim/?status__exact=disputed",
    ]

    assert [f'href="{url}"' in html for url in urls] == [True] * 6
    assert [client.get(url).status_code for url in urls] == [200] * 6  # no "?e=1" redirect
