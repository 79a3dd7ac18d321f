"""Admin smoke test per ModelAdmin, signed in as an editor (staff, Editors group, not superuser)."""

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse

from newsroom.core.services import editor_create
from tests import factories

pytestmark = pytest.mark.django_db

FACTORIES = {
    "articles.source": factories.SourceFactory,
    "articles.article": factories.ArticleFactory,
    "entities.entity": factories.EntityFactory,
    "entities.alias": factories.AliasFactory,
    "entities.mention": factories.MentionFactory,
    "entities.role": factories.RoleFactory,
    "quotes.quote": factories.QuoteFactory,
    "claims.claim": factories.ClaimFactory,
    "claims.evidence": factories.EvidenceFactory,
    "stories.story": factories.StoryFactory,
    "stories.correction": factories.CorrectionFactory,
}
NEWSROOM_MODELS = sorted(
    model._meta.label_lower
    for model in admin.site._registry
    if model._meta.app_label in {"articles", "entities", "quotes", "claims", "stories"}
)


@pytest.fixture
def editor_client(client):
    editor_create(username="desk")
    client.force_login(get_user_model().objects.get(username="desk"))
    return client


def test_every_newsroom_model_is_registered():
    assert sorted(FACTORIES) == NEWSROOM_MODELS


@pytest.mark.parametrize("label", sorted(FACTORIES))
def test_admin_changelist_change_and_history_pages_render(editor_client, label):
    obj = FACTORIES[label]()
    app_label, model_name = label.split(".")
    base = f"admin:{app_label}_{model_name}"
    changelist = editor_client.get(reverse(f"{base}_changelist"))
    assert changelist.status_code == 200
    assert str(obj).split("…")[0][:40] in changelist.text
    change = editor_client.get(reverse(f"{base}_change", args=[obj.pk]))
    assert change.status_code == 200
    assert "csrfmiddlewaretoken" in change.text
    if hasattr(obj, "history"):
        history = editor_client.get(reverse(f"{base}_history", args=[obj.pk]))
        assert history.status_code == 200


@pytest.mark.parametrize("label", sorted(set(FACTORIES) - {"articles.article"}))
def test_admin_add_page_renders(editor_client, label):
    app_label, model_name = label.split(".")
    response = editor_client.get(reverse(f"admin:{app_label}_{model_name}_add"))
    assert response.status_code == 200
    assert 'name="_save"' in response.text


def test_admin_article_add_is_refused_because_ingestion_creates_articles(editor_client):
    assert editor_client.get(reverse("admin:articles_article_add")).status_code == 403


def test_admin_article_change_page_shows_escaped_readable_text(editor_client):
    body = "Agencies meet\n\nThe <b>heads</b> met & talked.\n"
    article = factories.ArticleFactory(body=body, blocks=[["title", 0, 13], ["paragraph", 15, 45]])
    response = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert "<strong>Agencies meet</strong>" in response.text
    assert "<p>The &lt;b&gt;heads&lt;/b&gt; met &amp; talked.</p>" in response.text


def test_admin_requires_login(client):
    response = client.get(reverse("admin:quotes_quote_changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_admin_edit_is_recorded_in_history_with_editor(editor_client):
    entity = factories.EntityFactory(name="Old Name")
    response = editor_client.post(
        reverse("admin:entities_entity_change", args=[entity.pk]),
        {
            "name": "New Name",
            "slug": entity.slug,
            "kind": "person",
            "description": "",
            "review_status": "approved",
            "aliases-TOTAL_FORMS": "0",
            "aliases-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    latest = entity.history.latest()
    assert latest.name == "New Name"
    assert latest.history_user.username == "desk"
    assert latest.prev_record.name == "Old Name"


@pytest.mark.parametrize("label", sorted(FACTORIES))
def test_admin_changelist_queries_do_not_grow_with_rows(editor_client, label):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    app_label, model_name = label.split(".")
    url = reverse(f"admin:{app_label}_{model_name}_changelist")
    FACTORIES[label]()
    editor_client.get(url)  # warm the session and permission caches
    with CaptureQueriesContext(connection) as one:
        editor_client.get(url)
    FACTORIES[label].create_batch(99)
    with CaptureQueriesContext(connection) as many:
        assert editor_client.get(url).status_code == 200
    assert len(many) == len(one), [q["sql"] for q in many.captured_queries]
