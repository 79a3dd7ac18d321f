"""Hostile input at ingest: rejected with a one-line reason and nothing written, or handled; the
rest of the folder is processed either way."""

import contextlib
import datetime
import os

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError

from newsroom.articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _ingest(*paths):
    from io import StringIO

    out = StringIO()
    with contextlib.suppress(CommandError):
        call_command("ingest", *map(str, paths), stdout=out)
    return out.getvalue().splitlines()


def test_file_name_that_is_not_utf8_is_ingested_and_the_folder_goes_on(tmp_path):
    folder = os.fsencode(tmp_path / "wire")
    os.mkdir(folder)
    with open(folder + b"/\xff\xfe-agency.txt", "wb") as handle:
        handle.write(b"Agency news\n\nThe director met reporters in Oslo on June 3, 2024.\n")
    (tmp_path / "wire" / "next.txt").write_text("Next\n\nThe board met in Bergen on May 2, 2024.\n")
    lines = _ingest(tmp_path / "wire")
    assert [line.split(": ", 1)[1].split(" (")[0] for line in lines] == ["created", "created"]
    assert (
        "\ufffd\ufffd-agency.txt: created" in lines[1]
        or "\ufffd\ufffd-agency.txt: created" in lines[0]
    )
    assert Article.objects.filter(original_filename="\ufffd\ufffd-agency.txt").count() == 1


@pytest.mark.parametrize(
    "published", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00", "1850-01-01"]
)
def test_published_date_out_of_range_is_rejected(tmp_path, published):
    path = tmp_path / "old.txt"
    path.write_text(f"---\ntitle: Old\npublished: {published}\n---\nThe heads met in Oslo.\n")
    assert _ingest(path) == [
        f"{path}: rejected: front matter: published {published!r} is out of range "
        "(years 1900–2100 are accepted)"
    ]
    assert Article.objects.count() == 0


def test_text_over_the_tokenizer_limit_is_rejected(tmp_path, settings):
    settings.NEWSROOM_MAX_ARTICLE_CHARS = 1000
    path = tmp_path / "long.txt"
    path.write_text("Long\n\n" + "The agency met the press. " * 60)
    assert _ingest(path) == [
        f"{path}: rejected: too long: 1,566 characters, the limit is 1,000 characters"
    ]
    assert Article.objects.count() == 0


def test_database_refuses_a_publication_date_out_of_range():
    with pytest.raises(IntegrityError):
        ArticleFactory(published_at=datetime.datetime(1, 1, 2, tzinfo=datetime.UTC))


def test_extract_json_reports_a_bad_file_and_prints_the_others(tmp_path, settings):
    import json
    from io import StringIO

    settings.NEWSROOM_MAX_ARTICLE_CHARS = 500
    (tmp_path / "a.txt").write_text("Agency news\n\nThe director met reporters in Oslo.\n")
    (tmp_path / "b.txt").write_text("Long\n\n" + "The agency met the press. " * 30)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("extract", "--json", str(tmp_path), stdout=out, stderr=err)
    assert [article["title"] for article in json.loads(out.getvalue())["articles"]] == [
        "Agency news"
    ]
    assert err.getvalue().strip() == (
        f"{tmp_path / 'b.txt'}: rejected: too long: 786 characters, the limit is 500 characters"
    )


def test_a_slug_taken_by_a_concurrent_ingest_is_chosen_again(monkeypatch):
    from newsroom.articles import services

    first = services.article_ingest(data=b"Agency news\n\nThe board met in Oslo.\n").article
    real = services.unique_slug
    calls = []

    def stale_slug(model, value, **kwargs):
        # The first choice is what another process took a moment ago.
        calls.append(value)
        return first.slug if len(calls) == 1 else real(model, value, **kwargs)

    monkeypatch.setattr(services, "unique_slug", stale_slug)
    second = services.article_ingest(data=b"Agency news\n\nThe board met in Bergen.\n").article
    assert (first.slug, second.slug) == ("agency-news", "agency-news-2")
    assert len(calls) == 2


def test_slugs_of_equal_headlines_cost_one_query_each(django_assert_num_queries):
    from newsroom.core.text import unique_slug

    for _ in range(30):
        ArticleFactory(title="Same headline", slug=unique_slug(Article, "Same headline"))
    with django_assert_num_queries(1):
        assert unique_slug(Article, "Same headline") == "same-headline-31"


@pytest.mark.django_db(transaction=True)  # on_commit runs at once, as under `manage.py ingest`
def test_ingest_says_when_the_extraction_of_a_new_article_failed(tmp_path, monkeypatch):
    from newsroom.extraction import services

    def broken(*args, **kwargs):
        raise RuntimeError("rules file unreadable")

    monkeypatch.setattr(services, "extract", broken)
    path = tmp_path / "news.txt"
    path.write_text("Agency news\n\nThe director met reporters in Oslo.\n")
    assert _ingest(path) == [
        f'{path}: created (article {Article.objects.get().pk}: "Agency news"); '
        "extraction failed: RuntimeError: rules file unreadable"
    ]
