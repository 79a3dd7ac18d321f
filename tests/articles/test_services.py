"""Ingestion into the database: seeds, idempotence, and bad input that writes nothing."""

import pytest
from django.apps import apps

from newsroom.articles.models import Article, Source
from newsroom.articles.services import RejectedInput, article_ingest, article_ingest_path

pytestmark = pytest.mark.django_db

SEED_EXPECTATIONS = {
    "000_99863aae14a88d0b.txt": {
        "title": "In a significant development for international space collaboration, the heads "
        "of Russia’s Roscosmos and the U.S.…",
        "is_title_derived": True,
        "blocks": {"paragraph": 7, "heading": 4, "item": 4},
        "slug": "in-a-significant-development-for-international-space-collaboration-the-heads-of",
    },
    "001_8e9b6f821d9f2fc6.txt": {
        "title": "Russia’s Roscosmos, NASA to hold first in-person talks at heads level since "
        "2018, Russia says",
        "is_title_derived": False,
        "blocks": {"title": 1, "paragraph": 19, "heading": 6},
        "slug": "russias-roscosmos-nasa-to-hold-first-in-person-talks-at-heads-level-since-2018",
    },
}


def row_counts():
    """Rows in every newsroom table, history included, to prove that nothing was written."""
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in {"articles", "entities", "quotes", "claims", "stories"}
    }


def test_ingest_seeds_exact_titles_and_layout(seed_paths):
    for path in seed_paths:
        result = article_ingest_path(path)
        expected = SEED_EXPECTATIONS[path.name]
        article = result.article
        assert result.created is True
        assert article.title == expected["title"]
        assert article.is_title_derived is expected["is_title_derived"]
        assert article.slug == expected["slug"]
        counts = {kind: article.block_count(kind) for kind in expected["blocks"]}
        assert counts == expected["blocks"]
        assert len(article.blocks) == sum(expected["blocks"].values())
        assert article.body == path.read_bytes().decode("utf-8")
        assert article.original_filename == path.name
        assert article.extraction_state == "pending"


def test_ingest_keeps_original_text_and_display_normalizes_backticks(seed_paths):
    article = article_ingest_path(seed_paths[0]).article
    assert "Russia`s Roscosmos" in article.body
    assert "Russia’s Roscosmos" in article.display_body
    assert len(article.display_body) == len(article.body)


def test_ingest_same_text_twice_is_unchanged(seed_paths):
    first = article_ingest_path(seed_paths[1])
    before = row_counts()
    second = article_ingest_path(seed_paths[1])
    assert second.created is False
    assert second.outcome == "unchanged"
    assert second.article.pk == first.article.pk
    assert row_counts() == before


def test_ingest_front_matter_creates_source_and_date():
    text = (
        "---\ntitle: Agencies meet\nsource: Example Wire\nurl: https://example.com/a\n"
        "published: 2025-08-01T09:30:00+00:00\nbyline: A. Writer\n---\nThe agencies met.\n"
    )
    article = article_ingest(data=text.encode()).article
    assert article.title == "Agencies meet"
    assert article.source == Source.objects.get(name="Example Wire")
    assert article.url == "https://example.com/a"
    assert article.byline == "A. Writer"
    assert article.published_at.isoformat() == "2025-08-01T09:30:00+00:00"
    assert article.body == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file: no text to ingest"),
        (b"\x00\x01\x02binary", "binary file: it contains NUL bytes"),
        (b"Text with a NUL\x00 inside.", "binary file: it contains NUL bytes"),
        ("Ünïcode in Latin-1".encode("latin-1"), "not UTF-8 text: invalid byte 0xdc at offset 0"),
        (b"---\nurl: not a url\n---\nBody.", "invalid metadata: url: Enter a valid URL."),
    ],
)
def test_ingest_rejects_bad_input_and_writes_nothing(data, reason):
    before = row_counts()
    with pytest.raises(RejectedInput) as error:
        article_ingest(data=data)
    assert str(error.value) == reason
    assert row_counts() == before


def test_ingest_rejects_oversized_file_and_writes_nothing(tmp_path, settings):
    settings.NEWSROOM_MAX_ARTICLE_BYTES = 1000
    path = tmp_path / "big.txt"
    path.write_text("word " * 300)
    before = row_counts()
    with pytest.raises(RejectedInput, match=r"^file too large: 1,500 bytes, the limit is 1,000"):
        article_ingest_path(path)
    assert row_counts() == before


def test_ingest_hostile_html_and_odd_unicode_is_stored_verbatim():
    text = "<script>alert('x')</script> Zero\u200bwidth, RTL \u202e, emoji 🚀 and e\u0301.\n"
    article = article_ingest(data=text.encode()).article
    article.refresh_from_db()
    assert article.body == text
    assert Article.objects.filter(body__contains="🚀").count() == 1


def test_ingest_non_latin_title_gets_a_fallback_slug():
    article = article_ingest(data="Роскосмос и НАСА\n\nВстреча состоялась.\n".encode()).article
    assert article.title == "Роскосмос и НАСА"
    assert article.slug == "article"
