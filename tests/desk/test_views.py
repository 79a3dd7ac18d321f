"""The article review page: highlights, the list of facts, approve and reject, permissions.
(`editor` and `reporter` come from tests/conftest.py.)"""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsroom.core.models import ReviewStatus
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer():
    """Staff who may read articles and quotes but review nothing."""
    user = factories.UserFactory(username="viewer-cy", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["view_article", "view_quote"])
    )
    return user


@pytest.fixture
def facts():
    article = factories.ArticleFactory(title="Agency heads meet")
    doe = factories.EntityFactory(name="Jane Doe")
    return {
        "article": article,
        "mention": factories.MentionFactory(article=article, entity=doe, rule="gazetteer"),
        "quote": factories.QuoteFactory(article=article, speaker=doe, confidence=0.75),
        "evidence": factories.EvidenceFactory(
            article=article, claim__statement="The heads met in Vienna."
        ),
    }


def review_url(article):
    return reverse("desk-article-review", args=[article.pk])


def test_review_url_is_under_the_article_admin():
    assert review_url(factories.ArticleFactory.build(pk=7)) == "/admin/articles/article/7/review/"


def test_article_review_highlights_every_fact_and_lists_it(client, editor, facts):
    client.force_login(editor)
    article, mention, quote, evidence = (
        facts[k] for k in ("article", "mention", "quote", "evidence")
    )

    response = client.get(review_url(article))

    assert response.status_code == 200
    html = response.content.decode()
    assert (
        f'<mark class="fact fact-mention status-pending" id="text-fact-mention-{mention.pk}" '
        f'title="Mention, pending"><a href="#fact-mention-{mention.pk}">Jane Doe</a></mark>'
    ) in html
    assert (
        f'<mark class="fact fact-quote status-pending" id="text-fact-quote-{quote.pk}" '
        f'title="Quote, pending"><a href="#fact-quote-{quote.pk}">We will keep working '
        "together,</a></mark>"
    ) in html
    assert (
        f'<mark class="fact fact-evidence status-pending" id="text-fact-evidence-{evidence.pk}"'
    ) in html
    assert [
        [entry["fact"] for entry in group["entries"]] for group in response.context["groups"]
    ] == [[quote], [evidence], [mention]]
    assert f'<li id="fact-quote-{quote.pk}" class="desk-fact status-pending">' in html
    assert "<dt>Speaker</dt><dd>Jane Doe</dd>" in html
    assert "<dt>Confidence</dt><dd>0.75</dd>" in html
    assert "<dt>Rule</dt><dd>gazetteer</dd>" in html
    assert "<dd>The heads met in Vienna. (supports)</dd>" in html
    assert f'href="/admin/quotes/quote/{quote.pk}/change/"' in html
    assert f'href="/admin/articles/article/{article.pk}/change/"' in html
    assert html.count('<button type="submit" class="button desk-approved">Approve</button>') == 3
    assert html.count('<button type="submit" class="button desk-rejected">Reject</button>') == 3
    assert html.count('<input type="hidden" name="kind" value="quote">') == 2


def test_article_review_escapes_an_html_body(client, editor):
    body = "<script>alert(1)</script> Jane Doe & co\n"
    article = factories.ArticleFactory(body=body)
    factories.MentionFactory(article=article)
    client.force_login(editor)

    html = client.get(review_url(article)).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark" in html
    assert "</mark> &amp; co" in html


def test_article_review_approve_quote_as_editor_records_history(client, editor, facts):
    quote = facts["quote"]
    client.force_login(editor)

    response = client.post(
        review_url(facts["article"]),
        {"kind": "quote", "id": quote.pk, "status": "approved"},
        follow=True,
    )

    quote.refresh_from_db()
    assert quote.review_status == ReviewStatus.APPROVED
    last = quote.history.order_by("-history_id").first()
    assert (last.history_user, last.review_status) == (editor, "approved")
    assert response.redirect_chain == [
        (f"{review_url(facts['article'])}#fact-quote-{quote.pk}", 302)
    ]
    assert [str(m) for m in response.context["messages"]] == [
        "Quote “We will keep working together,” is now approved."
    ]


def test_article_review_reporter_may_approve_a_quote(client, reporter, facts):
    client.force_login(reporter)

    client.post(
        review_url(facts["article"]),
        {"kind": "quote", "id": facts["quote"].pk, "status": "approved"},
    )

    facts["quote"].refresh_from_db()
    assert facts["quote"].review_status == ReviewStatus.APPROVED
    assert facts["quote"].history.order_by("-history_id").first().history_user == reporter


def test_article_review_rejects_mention_and_evidence_through_services(client, editor, facts):
    client.force_login(editor)
    url = review_url(facts["article"])

    client.post(url, {"kind": "mention", "id": facts["mention"].pk, "status": "rejected"})
    client.post(url, {"kind": "evidence", "id": facts["evidence"].pk, "status": "rejected"})

    facts["mention"].refresh_from_db()
    facts["evidence"].refresh_from_db()
    assert facts["mention"].review_status == ReviewStatus.REJECTED
    assert facts["evidence"].review_status == ReviewStatus.REJECTED
    assert facts["mention"].history.order_by("-history_id").first().history_user == editor


def test_article_review_refuses_a_user_without_review_permission(client, viewer, facts):
    client.force_login(viewer)
    quote = facts["quote"]

    page = client.get(review_url(facts["article"]))
    response = client.post(
        review_url(facts["article"]), {"kind": "quote", "id": quote.pk, "status": "approved"}
    )

    assert page.status_code == 200
    assert "Approve</button>" not in page.content.decode()
    assert response.status_code == 403
    quote.refresh_from_db()
    assert quote.review_status == ReviewStatus.PENDING
    assert quote.history.count() == 1


def test_article_review_refuses_a_fact_of_another_article(client, editor, facts):
    other = factories.QuoteFactory()
    client.force_login(editor)

    response = client.post(
        review_url(facts["article"]), {"kind": "quote", "id": other.pk, "status": "approved"}
    )

    assert response.status_code == 404
    other.refresh_from_db()
    assert other.review_status == ReviewStatus.PENDING


def test_article_review_unknown_kind_changes_nothing(client, editor, facts):
    client.force_login(editor)

    response = client.post(
        review_url(facts["article"]), {"kind": "story", "id": 1, "status": "approved"}, follow=True
    )

    assert [str(m) for m in response.context["messages"]] == [
        "Unknown fact or status: nothing was changed."
    ]


def test_article_review_requires_view_article(client):
    user = factories.UserFactory(username="bare-staff", is_staff=True)
    client.force_login(user)

    assert client.get(review_url(factories.ArticleFactory())).status_code == 403


def _article_with(count):
    article = factories.ArticleFactory()
    body = article.body
    for i in range(count):
        factories.MentionFactory(article=article)
        factories.QuoteFactory(
            article=article, surface=body[i : i + 5], start=i, end=i + 5, speaker__name=f"S{i}"
        )
        factories.EvidenceFactory(article=article)
    return article


def test_article_review_query_count_does_not_grow_with_facts(client, editor):
    client.force_login(editor)
    one, many = _article_with(1), _article_with(34)
    client.get(review_url(one))  # warm the session and content-type caches

    with CaptureQueriesContext(connection) as for_one:
        assert client.get(review_url(one)).status_code == 200
    with CaptureQueriesContext(connection) as for_many:
        response = client.get(review_url(many))

    assert sum(len(group["entries"]) for group in response.context["groups"]) == 102
    assert len(for_many) == len(for_one)
