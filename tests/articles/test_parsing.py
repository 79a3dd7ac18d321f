"""Ingestion's pure text rules, without a database."""

import datetime

import pytest

from newsroom.articles import parsing
from newsroom.articles.parsing import RejectedInput

LIMIT = 2 * 1024 * 1024


def kinds(parsed):
    return [kind for kind, _, _ in parsed.blocks]


def test_parse_headline_line_becomes_title():
    parsed = parsing.parse("Agencies agree on a new station\n\nThe two agencies agreed today.\n")
    assert parsed.title == "Agencies agree on a new station"
    assert parsed.is_title_derived is False
    assert kinds(parsed) == ["title", "paragraph"]


def test_parse_without_headline_derives_title_from_lede_sentence():
    parsed = parsing.parse("The U.S. agency met Dr. Smith on Monday. It went well.\nMore text.\n")
    assert parsed.title == "The U.S. agency met Dr. Smith on Monday"
    assert parsed.is_title_derived is True
    assert kinds(parsed) == ["paragraph", "paragraph"]


def test_parse_long_lede_title_is_cut_at_a_word_with_ellipsis():
    lede = "Word " * 60 + "end."
    parsed = parsing.parse(lede)
    assert parsed.title.endswith("…")
    assert len(parsed.title) <= parsing.TITLE_MAX_CHARS
    assert " " not in parsed.title[-2:]


def test_parse_sub_headings_items_and_offsets_index_the_original_text():
    text = "Lede sentence here.\nA Bare Sub-heading\n- first item: yes.\n  Indented paragraph.\r\n"
    parsed = parsing.parse(text)
    assert kinds(parsed) == ["paragraph", "heading", "item", "paragraph"]
    assert [text[s:e] for _, s, e in parsed.blocks] == [
        "Lede sentence here.",
        "A Bare Sub-heading",
        "- first item: yes.",
        "Indented paragraph.",
    ]


def test_parse_front_matter_sets_metadata_and_is_not_body():
    text = (
        "---\ntitle: Given title\nsource: Example Wire\nurl: https://example.com/a\n"
        "published: 2025-07-31\n---\nBody paragraph one.\n"
    )
    parsed = parsing.parse(text)
    assert parsed.title == "Given title"
    assert parsed.metadata["source"] == "Example Wire"
    assert parsed.metadata["published"] == datetime.datetime(2025, 7, 31, tzinfo=datetime.UTC)
    assert parsed.blocks == [["paragraph", text.index("Body"), len(text) - 1]]


def test_parse_front_matter_reads_the_other_names_newsrooms_give_its_fields():
    parsed = parsing.parse("---\noutlet: Example Wire\ndate: 2025-07-31\n---\nBody.\n")
    assert parsed.metadata == {
        "source": "Example Wire",
        "published": datetime.datetime(2025, 7, 31, tzinfo=datetime.UTC),
    }


def test_parse_front_matter_drops_publishing_fields_it_does_not_store():
    text = "---\nauthor: A. Writer\nsection: Follow-up\ntags: space, launch\n---\nBody.\n"
    parsed = parsing.parse(text)
    assert parsed.metadata == {"byline": "A. Writer"}
    assert parsed.blocks == [["paragraph", text.index("Body"), len(text) - 1]]


def test_parse_front_matter_drops_a_key_unlike_any_it_knows_and_reads_a_publisher():
    text = "---\npublisher: Example Review\ntype: erratum\nwordcount: 412\n---\nBody.\n"
    assert parsing.parse(text).metadata == {"source": "Example Review"}


def test_parse_backticks_become_apostrophes_in_title_only():
    parsed = parsing.parse("Russia`s agency plans\n\nThe agency`s plan is new.\n")
    assert parsed.title == "Russia’s agency plans"
    assert "`" in parsed.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file: no text to ingest"),
        (b" \n\t\n", "empty file: no text to ingest"),
        (b"abc\x00def", "binary file: it contains NUL bytes"),
        (b"caf\xe9", "not UTF-8 text: invalid byte 0xe9 at offset 3"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file: it contains NUL bytes"),
    ],
)
def test_decode_rejects_bad_bytes_with_reason(data, reason):
    with pytest.raises(RejectedInput) as error:
        parsing.decode(data, max_bytes=LIMIT)
    assert str(error.value) == reason


def test_decode_rejects_oversized_input():
    with pytest.raises(RejectedInput, match=r"file too large: 2,097,153 bytes"):
        parsing.decode(b"a" * (LIMIT + 1), max_bytes=LIMIT)


def test_parse_single_line_is_a_paragraph_not_a_heading():
    parsed = parsing.parse("Only A Line")
    assert kinds(parsed) == ["paragraph"]
    assert parsed.title == "Only A Line"


def test_decode_strips_byte_order_mark():
    assert parsing.decode("\ufeffText.".encode(), max_bytes=LIMIT) == "Text."


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("abc\x07def", "binary text: control character U+0007 at offset 3"),
        ("12345 !!! ---", "no readable text: the file has no letters"),
        ("bad \ud800 text", "not valid Unicode: lone surrogate at offset 4"),
        (
            "<!DOCTYPE html><html><body>Hi</body></html>",
            "markup, not article text: save the article as plain text first",
        ),
        (
            "  <html lang=en><p>Article</p></html>",
            "markup, not article text: save the article as plain text first",
        ),
        (
            "Lede. " + "QUJD" * 300,
            "no readable text: 1,200 characters without a space at offset 6 (encoded data?)",
        ),
        ("---\nnot a key line\n---\nBody.", "malformed front matter line: 'not a key line'"),
        (
            "---\npubished: 2026-03-02\n---\nBody.",
            "unknown front matter key 'pubished' (known keys: byline, dateline, language, "
            "published, source, title, url)",
        ),
        (
            "---\npublished: yesterday\n---\nBody.",
            "malformed front matter: published 'yesterday' is not an ISO date (YYYY-MM-DD)",
        ),
    ],
)
def test_parse_rejects_malformed_text_with_reason(text, reason):
    with pytest.raises(RejectedInput) as error:
        parsing.parse(text)
    assert str(error.value) == reason
