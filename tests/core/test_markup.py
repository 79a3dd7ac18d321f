"""The article text with its facts highlighted: nesting, escaping, clipping, continuation."""

from newsroom.core.markup import Highlight, blocks_markup, highlight_markup


def mention(start, end, pk=1, status="pending"):
    return Highlight(start, end, "mention", pk, status, "Mention")


def quote(start, end, pk=2, status="approved"):
    return Highlight(start, end, "quote", pk, status, "Quote")


def test_highlight_markup_plain_text_is_escaped():
    assert highlight_markup("<b>R&D</b> \"ok\" 'x'", []) == (
        "&lt;b&gt;R&amp;D&lt;/b&gt; &quot;ok&quot; &#x27;x&#x27;"
    )


def test_highlight_markup_marks_one_span_with_kind_status_and_link():
    assert highlight_markup("Jane said", [mention(0, 4)]) == (
        '<mark class="fact fact-mention status-pending" id="text-fact-mention-1" '
        'title="Mention"><a href="#fact-mention-1">Jane</a></mark> said'
    )


def test_highlight_markup_nests_a_mention_inside_a_quote():
    html = highlight_markup("“Ask Jane now,” he said", [quote(0, 15), mention(5, 9)])

    assert html == (
        '<mark class="fact fact-quote status-approved" id="text-fact-quote-2" title="Quote">'
        '<a href="#fact-quote-2">“Ask </a>'
        '<mark class="fact fact-mention status-pending" id="text-fact-mention-1" '
        'title="Mention"><a href="#fact-mention-1">Jane</a></mark>'
        '<a href="#fact-quote-2"> now,”</a></mark> he said'
    )


def test_highlight_markup_splits_a_crossing_span_at_the_enclosing_end():
    html = highlight_markup("abcdef", [quote(0, 4), mention(2, 6)])

    assert html == (
        '<mark class="fact fact-quote status-approved" id="text-fact-quote-2" title="Quote">'
        '<a href="#fact-quote-2">ab</a>'
        '<mark class="fact fact-mention status-pending" id="text-fact-mention-1" '
        'title="Mention"><a href="#fact-mention-1">cd</a></mark></mark>'
        '<mark class="fact fact-mention status-pending fact-continued" title="Mention">'
        '<a href="#fact-mention-1">ef</a></mark>'
    )


def test_highlight_markup_equal_spans_nest_and_adjacent_spans_do_not():
    html = highlight_markup("abcd", [mention(0, 2), quote(0, 2), mention(2, 4, pk=3)])

    assert html == (
        '<mark class="fact fact-mention status-pending" id="text-fact-mention-1" '
        'title="Mention">'
        '<mark class="fact fact-quote status-approved" id="text-fact-quote-2" title="Quote">'
        '<a href="#fact-quote-2">ab</a></mark></mark>'
        '<mark class="fact fact-mention status-pending" id="text-fact-mention-3" '
        'title="Mention"><a href="#fact-mention-3">cd</a></mark>'
    )


def test_highlight_markup_clips_spans_to_the_text_and_drops_empty_ones():
    spans = [quote(0, 4), mention(5, 9), mention(6, 6, pk=4), mention(7, 9, pk=5)]

    html = highlight_markup("cdef", spans, offset=2)

    assert html == (
        '<mark class="fact fact-quote status-approved fact-continued" title="Quote">'
        '<a href="#fact-quote-2">cd</a></mark>e'
        '<mark class="fact fact-mention status-pending" id="text-fact-mention-1" '
        'title="Mention"><a href="#fact-mention-1">f</a></mark>'
    )


def test_highlight_markup_escapes_text_inside_marks_and_keeps_odd_unicode():
    text = "a<script>\u200d😀\u0301é\u2028</script>"
    html = highlight_markup(text, [mention(1, 9)])

    assert html == (
        'a<mark class="fact fact-mention status-pending" id="text-fact-mention-1" '
        'title="Mention"><a href="#fact-mention-1">&lt;script&gt;</a></mark>'
        "\u200d😀\u0301é\u2028&lt;/script&gt;"
    )


def test_highlight_markup_escapes_the_label():
    html = highlight_markup("ab", [Highlight(0, 1, "quote", 7, "pending", '"><x>')])

    assert 'title="&quot;&gt;&lt;x&gt;"' in html
    assert "<x>" not in html


def test_blocks_markup_continues_a_span_over_blocks_with_its_id_once():
    body = "Title\nfirst para\nsecond"
    blocks = [["title", 0, 5], ["paragraph", 6, 16], ["paragraph", 17, 23]]

    result = blocks_markup(body, blocks, [quote(12, 23)])

    assert result == [
        ("title", "Title"),
        (
            "paragraph",
            'first <mark class="fact fact-quote status-approved" id="text-fact-quote-2" '
            'title="Quote"><a href="#fact-quote-2">para</a></mark>',
        ),
        (
            "paragraph",
            '<mark class="fact fact-quote status-approved fact-continued" title="Quote">'
            '<a href="#fact-quote-2">second</a></mark>',
        ),
    ]


def test_blocks_markup_without_layout_is_one_paragraph():
    assert blocks_markup("a & b", [], []) == [("paragraph", "a &amp; b")]
