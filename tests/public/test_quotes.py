"""The quotes index: public quotes only, by speaker and by story, each linked to its sentence."""

import re

import pytest
from django.urls import reverse

from newsroom.entities.models import Entity
from newsroom.entities.services import entity_review
from newsroom.public.views import CACHE_QUERIES
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_attribute, quote_review
from tests.public.reader_data import board_story, facts_approve, quotes_article, story_build

pytestmark = pytest.mark.django_db

URL = "/quotes/"


def _quotes(response):
    """(text, speaker, source link) of each quote shown, in order."""
    items = re.findall(r"<li>\s*<figure class=\"quote\">(.*?)</figure>", response.text, re.S)
    shown = []
    for item in items:
        text = re.search(r"<p>“(.*?)”</p>", item, re.S).group(1)
        caption = re.search(r"<figcaption>(.*?)</figcaption>", item, re.S).group(1)
        speaker = re.sub(r"<[^>]+>", "", caption.split(",")[0]).strip()
        link = re.findall(r'href="([^"]+#quote-\d+)"', caption)[0]
        shown.append((text, speaker, link))
    return shown


@pytest.fixture
def talks(article, editor):
    """The test article's facts approved, in a published story; the second quote pending."""
    facts_approve(editor=editor, article=article)
    pending = Quote.objects.get(text__startswith="Our engineers")
    quote_review(quote=pending, user=editor, status="pending")
    return story_build(editor=editor, articles=[article], slug="talks", title="Talks")


def test_quotes_index_shows_public_quotes_with_speaker_and_source(client, talks, article):
    quote = Quote.objects.get(text__startswith="We agreed")
    response = client.get(URL)
    assert response.status_code == 200
    assert _quotes(response) == [
        (
            "We agreed to share tracking data from next year",
            "Marta Oliveira",
            f"/articles/{article.slug}/#quote-{quote.pk}",
        )
    ]
    assert '<a href="/entities/marta-oliveira/">Marta Oliveira</a>' in response.text
    assert reverse("public:quotes") == URL


def test_quote_without_shown_speaker_is_unattributed(client, talks, editor):
    quote = Quote.objects.get(text__startswith="We agreed")
    quote_attribute(quote=quote, user=editor, speaker=None)
    assert [row[1] for row in _quotes(client.get(URL))] == ["Unattributed"]
    speaker = Entity.objects.get(name="Henrik Lund")
    quote_attribute(quote=quote, user=editor, speaker=speaker)
    entity_review(entity=speaker, user=editor, status="pending", reason="Checking the name.")
    assert [row[1] for row in _quotes(client.get(URL))] == ["Unattributed"]


def test_quotes_of_drafts_and_unapproved_quotes_never_show(
    client, talks, editor, django_capture_on_commit_callbacks
):
    hidden, _ = quotes_article(
        editor=editor, capture=django_capture_on_commit_callbacks, count=2, name="hidden"
    )
    story_build(editor=editor, articles=[hidden], slug="draft", title="Draft", publish=False)
    rejected = Quote.objects.get(text__startswith="We agreed")
    quote_review(quote=rejected, user=editor, status="rejected")
    response = client.get(URL)
    assert _quotes(response) == []
    assert "No quote has been published yet." in response.text
    assert client.get(URL, {"story": "draft"}).status_code == 404


def test_quotes_filter_by_speaker_and_story(
    client, talks, editor, article, django_capture_on_commit_callbacks
):
    board_story(editor=editor, capture=django_capture_on_commit_callbacks, count=2)
    by_chair = client.get(URL, {"speaker": "ines-varga"})
    assert [row[0] for row in _quotes(by_chair)] == [
        "Statement 1 of the orbital board is on the record",
        "Statement 2 of the orbital board is on the record",
    ]
    assert "<h1>Quotes by Ines Varga</h1>" in by_chair.text
    assert '<option value="ines-varga" selected>Ines Varga</option>' in by_chair.text
    in_talks = client.get(URL, {"story": "talks"})
    assert [row[1] for row in _quotes(in_talks)] == ["Marta Oliveira"]
    assert "<h1>Quotes in “Talks”</h1>" in in_talks.text
    both = client.get(URL, {"story": "talks", "speaker": "ines-varga"})
    assert _quotes(both) == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"speaker": "nobody"}, "There is no speaker “nobody” on this site."),
        ({"story": "nothing"}, "There is no published story “nothing”."),
    ],
)
def test_unknown_speaker_or_story_is_not_found_with_a_message(client, talks, query, message):
    response = client.get(URL, query)
    assert response.status_code == 404
    assert f"<p>{message}</p>" in response.text
    assert "<figure" not in response.text


def test_quotes_index_pages_fifty_at_a_time_keeping_the_filter(
    client, editor, django_capture_on_commit_callbacks
):
    board_story(editor=editor, capture=django_capture_on_commit_callbacks, count=51)
    first = client.get(URL, {"speaker": "ines-varga"})
    assert len(_quotes(first)) == 50
    assert "51 quotes, page 1 of 2." in first.text
    assert '<a href="?speaker=ines-varga&amp;page=2" rel="next">Next page</a>' in first.text
    second = client.get(URL, {"speaker": "ines-varga", "page": 2})
    assert [row[0] for row in _quotes(second)] == [
        "Statement 51 of the orbital board is on the record"
    ]
    assert '<ol class="quote-list" start="51">' in second.text


def test_html_in_a_quote_is_shown_as_text(client, editor, django_capture_on_commit_callbacks):
    board, _ = quotes_article(
        editor=editor, capture=django_capture_on_commit_callbacks, count=1, name="x", html=True
    )
    story_build(editor=editor, articles=[board], slug="board", title="Board")
    response = client.get(URL)
    assert "<script>alert(1)</script>" not in response.text
    assert "Our &lt;b&gt;plan&lt;/b&gt; is &lt;script&gt;alert(1)&lt;/script&gt; ready" in (
        response.text
    )
    assert "style=" not in response.text


@pytest.mark.parametrize("rows", [1, 30])
def test_quotes_index_query_budget_does_not_grow(
    client, editor, django_capture_on_commit_callbacks, django_assert_max_num_queries, rows
):
    board_story(editor=editor, capture=django_capture_on_commit_callbacks, count=rows)
    # 7: the merged-speaker lookup is one of them.
    with django_assert_max_num_queries(7 + CACHE_QUERIES):
        response = client.get(URL, {"speaker": "ines-varga", "story": "board"})
    assert len(_quotes(response)) == rows


def test_merged_speaker_slug_redirects_to_the_survivor(client, published_story, editor):
    from newsroom.entities.models import Entity
    from newsroom.entities.services import entity_create, entity_merge

    twin = entity_create(user=editor, name="M. Oliveira", kind="person")
    entity_merge(source=twin, target=Entity.objects.get(name="Marta Oliveira"), user=editor)
    response = client.get("/quotes/", {"speaker": twin.slug, "page": "1"})
    assert (response.status_code, response["Location"]) == (
        301,
        "/quotes/?speaker=marta-oliveira&page=1",
    )
