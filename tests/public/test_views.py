"""Reader pages: exact content, visibility, structured data, conditional GET and the page cache.

Data comes through the services (`published_story` in tests/conftest.py), as an editor makes it.
"""

import json
import re

import pytest
from django.urls import reverse

from newsroom.articles.services import article_ingest
from newsroom.claims.models import Claim, ClaimStatus
from newsroom.claims.services import claim_review
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity
from newsroom.entities.services import entity_create, entity_merge, entity_review, entity_update
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_review
from newsroom.stories.services import (
    correction_create,
    story_create,
    story_feature,
    story_unpublish,
    story_update,
)

pytestmark = pytest.mark.django_db

SECOND = """Agency chiefs held talks in Porto

PORTO, March 5, 2026 — Marta Oliveira, President of the Portuguese Space Agency, met Henrik Lund, \
Director General of the Nordic Space Office, in Porto on March 4, 2026, officials said.
"""


def _main(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def _jsonld(response):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    return json.loads(found.group(1))


def _url(name, slug):
    return reverse(f"public:{name}", kwargs={"slug": slug})


def test_home_lists_published_stories_newest_first_with_dek_update_and_feed(
    client, published_story, editor, article
):
    story_create(user=editor, title="A draft", slug="a-draft", articles=[article])
    page = client.get("/").content.decode()
    assert '<h2><a href="/stories/agency-heads-meet/">Agency heads meet in Lisbon</a></h2>' in page
    assert '<p class="dek">Two agencies agree to share tracking data.</p>' in page
    assert "Last updated <time datetime=" in page
    assert "A draft" not in page
    assert '<link rel="alternate" type="application/atom+xml"' in page


def test_story_page_shows_glance_timeline_people_quotes_claims_sources(client, published_story):
    main = _main(client.get(published_story.get_absolute_url()))
    assert "<h1>Agency heads meet in Lisbon</h1>" in main
    assert "<dt>What</dt><dd>Heads of two space agencies meet in Lisbon</dd>" in main
    assert (
        '<dt>Who</dt><dd><a href="/entities/nordic-space-office/">Nordic Space Office</a>, '
        '<a href="/entities/portuguese-space-agency/">Portuguese Space Agency</a></dd>'
    ) in main
    assert "<strong>March 4, 2026</strong>" in main
    assert "<strong>Lisbon</strong>" in main
    assert '<time datetime="2026-03-04">March 4, 2026</time>' in main  # the timeline
    assert (
        '<a href="/entities/marta-oliveira/">Marta Oliveira</a> <span class="kind">person</span>: '
        "President, Portuguese Space Agency"
    ) in main
    quote = Quote.objects.get(text__startswith="We agreed")
    assert f'href="/articles/{quote.article.slug}/#quote-{quote.pk}"' in main
    assert "<p>“We agreed to share tracking data from next year”</p>" in main
    assert '<span class="status status-unverified">Reported by one source</span>' in main
    assert "<p>None so far.</p>" in main  # no correction yet


def test_story_page_shows_a_disputed_place_as_both_versions_with_sources(
    client, published_story, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        second = article_ingest(data=SECOND.encode(), filename="porto.txt").article
    for entity in Entity.objects.filter(name="Porto"):
        entity_review(entity=entity, user=editor, status=ReviewStatus.APPROVED)
    story_update(
        story=published_story,
        user=editor,
        fields={},
        articles=[*published_story.articles.all(), second],
    )
    claim = Claim.objects.get(story_claims__story=published_story)
    assert (claim.status, claim.review_status) == (ClaimStatus.DISPUTED, ReviewStatus.PENDING)
    # Sent back to the desk: readers do not see the machine's dispute until an editor agrees.
    assert "Disputed" not in _main(client.get(published_story.get_absolute_url()))
    claim_review(
        claim=claim, user=editor, status=ReviewStatus.APPROVED, reason="A new report: Porto."
    )
    main = _main(client.get(published_story.get_absolute_url()))
    assert '<span class="status status-disputed">Disputed: sources disagree</span>' in main
    where = main[main.index("<dt>Where</dt>") : main.index("<dt>Status</dt>")]
    assert where.count('<li class="conflicting">') == 2
    assert "<strong>Lisbon</strong>" in where
    assert "<strong>Porto</strong>" in where
    assert "Agency chiefs held talks in Porto</a>" in where
    correction = published_story.corrections.get()
    assert (correction.field, correction.before, correction.after) == (
        "review_status",
        "withdrawn for checking",
        "shown",
    )


def test_story_page_lists_corrections_with_before_and_after(client, published_story, editor):
    entity_update(
        entity=Entity.objects.get(name="Marta Oliveira"),
        user=editor,
        fields={"name": "Marta F. Oliveira"},
        reason="Her full name.",
    )
    main = _main(client.get(published_story.get_absolute_url()))
    assert (
        "<strong>Entity “Marta F. Oliveira”: name</strong> — was “Marta Oliveira”, now "
        "“Marta F. Oliveira”. Her full name.</li>"
    ) in main
    assert '<a href="#corrections">1 correction</a>' in main


def test_story_jsonld_news_article_quotations_and_corrections(client, published_story, editor):
    correction_create(
        story=published_story, user=editor, subject="Date", reason="Typo.", before="4", after="5"
    )
    graph = _jsonld(client.get(published_story.get_absolute_url()))["@graph"]
    article, quotation = graph
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "Agency heads meet in Lisbon"
    assert article["url"] == "http://testserver/stories/agency-heads-meet/"
    assert article["description"] == "Two agencies agree to share tracking data."
    assert {thing["name"] for thing in article["about"]} == {
        "Henrik Lund",
        "Marta Oliveira",
        "Nordic Space Office",
        "Portuguese Space Agency",
    }
    assert {thing["name"] for thing in article["mentions"]} >= {"Marta Oliveira"}
    assert article["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": "Date: 4 → 5. Typo.",
            "datePublished": published_story.corrections.get().created_at.isoformat(),
        }
    ]
    assert quotation["@type"] == "Quotation"
    assert quotation["text"] == "We agreed to share tracking data from next year"
    assert quotation["spokenByCharacter"] == {
        "@type": "Person",
        "name": "Marta Oliveira",
        "url": "http://testserver/entities/marta-oliveira/",
    }


def test_article_page_highlights_approved_facts_with_anchors(client, published_story):
    quote = Quote.objects.get(text__startswith="We agreed")
    pending = Quote.objects.get(text__startswith="Our engineers")
    main = _main(client.get(quote.article.get_absolute_url()))
    assert (
        f'<mark class="fact fact-quote status-approved" id="quote-{quote.pk}" '
        'title="Quote by Marta Oliveira">We agreed to share tracking data from next year</mark>'
    ) in main
    assert f"quote-{pending.pk}" not in main  # pending: plain text, no highlight
    assert "“Our engineers will meet again in June,” he said." in main
    assert '<a href="/entities/henrik-lund/">Henrik Lund</a>' in main


def test_entity_page_roles_quotes_mentions_stories_and_jsonld(client, published_story):
    response = client.get(_url("entity", "marta-oliveira"))
    main = _main(response)
    assert '<li>President, <a href="/entities/portuguese-space-agency/">' in main
    assert "<p>“We agreed to share tracking data from next year”</p>" in main
    assert "<mark>Marta Oliveira</mark></a>, President of the Portuguese Space Agency" in main
    assert '<li><a href="/stories/agency-heads-meet/">Agency heads meet in Lisbon</a></li>' in main
    data = _jsonld(response)
    assert (data["@type"], data["name"], data["jobTitle"]) == (
        "Person",
        "Marta Oliveira",
        ["President"],
    )
    assert data["worksFor"][0]["name"] == "Portuguese Space Agency"
    place = _jsonld(client.get(_url("entity", "lisbon")))
    assert (place["@type"], place["name"]) == ("Place", "Lisbon")


def test_merged_entity_redirects_permanently(client, published_story, editor):
    twin = entity_create(user=editor, name="M. Oliveira", kind="person")
    entity_merge(source=twin, target=Entity.objects.get(name="Marta Oliveira"), user=editor)
    response = client.get(_url("entity", twin.slug))
    assert (response.status_code, response["Location"]) == (301, "/entities/marta-oliveira/")


def test_nothing_unpublished_or_unapproved_is_shown(client, published_story, editor, article):
    pending_quote = Quote.objects.get(text__startswith="Our engineers")
    story = published_story
    assert "Our engineers" not in _main(client.get(story.get_absolute_url()))
    lund = Entity.objects.get(name="Henrik Lund")
    entity_review(entity=lund, user=editor, status=ReviewStatus.REJECTED, reason="Not him.")
    assert client.get(_url("entity", "henrik-lund")).status_code == 404
    assert "/entities/henrik-lund/" not in _main(client.get(article.get_absolute_url()))
    quote_review(quote=pending_quote, user=editor, status=ReviewStatus.REJECTED)
    draft = story_create(user=editor, title="Draft talk", slug="draft-talk", articles=[article])
    assert client.get(_url("story", draft.slug)).status_code == 404
    story_unpublish(story=story, user=editor)
    for url in (story.get_absolute_url(), article.get_absolute_url(), _url("entity", "lisbon")):
        assert client.get(url).status_code == 404, url
    assert "Agency heads meet" not in client.get("/").content.decode()


def test_staff_preview_shows_draft_to_editors_only(client, editor, article, published_story):
    draft = story_create(user=editor, title="Coming up", slug="coming-up", articles=[article])
    story_feature(story=draft, fact=Quote.objects.get(text__startswith="We agreed"), user=editor)
    url = _url("story-preview", draft.slug)
    assert client.get(url).status_code == 403
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert "Preview of a draft story: readers cannot see it until it is published." in response.text
    assert "<p>“We agreed to share tracking data from next year”</p>" in response.text
    assert "no-store" in response["Cache-Control"]


def test_conditional_get_and_cache_invalidated_by_a_correction(client, published_story, editor):
    url = published_story.get_absolute_url()
    first = client.get(url)
    assert first.has_header("ETag")
    assert first.has_header("Last-Modified")
    assert client.get(url, headers={"if-none-match": first["ETag"]}).status_code == 304
    quote = Quote.objects.get(text__startswith="We agreed")
    from newsroom.quotes.services import quote_attribute

    quote_attribute(
        quote=quote, user=editor, speaker=Entity.objects.get(name="Henrik Lund"), reason="Lund."
    )
    again = client.get(url, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 200  # the correction changed the page: no stale 304
    assert '— <a href="/entities/henrik-lund/">Henrik Lund</a>' in again.text
    assert again["ETag"] != first["ETag"]


def test_strict_content_security_policy_on_public_pages(client, published_story):
    policy = client.get(published_story.get_absolute_url())["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy
    assert "default-src 'self'" in policy
    assert "style-src 'self'" in policy


def test_hostile_article_text_is_shown_as_text(client, editor, django_capture_on_commit_callbacks):
    body = "Agency <script>alert(1)</script> plan\n\nThe <i>heads</i> met in Lisbon.\n"
    with django_capture_on_commit_callbacks(execute=True):
        article = article_ingest(data=body.encode(), filename="hostile.txt").article
    story = story_create(user=editor, title="Hostile", slug="hostile", articles=[article])
    from newsroom.stories.services import story_publish

    story_publish(story=story, user=editor)
    main = _main(client.get(article.get_absolute_url()))
    assert "<script>" not in main
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in main
    assert "&lt;i&gt;heads&lt;/i&gt;" in main
