"""Writes to quotes: the editors' corrections and the pipeline share these rules."""

from django.core.exceptions import ValidationError

from newsroom.core.editorial import fact_create, fact_edit, fact_review
from newsroom.quotes.models import Quote


def quote_span_find(article, text, start=None, end=None):
    """The span of `text` in the article: (start, end) if it matches there, else the one place
    the text occurs; a text found nowhere or in several places is refused with the reason."""
    body = article.body
    if start is not None and end is not None and body[start:end] == text:
        return start, end
    found = body.find(text)
    if not text or found < 0:
        raise ValidationError(
            {
                "text": "These words are not in the article. A quote must be the article's exact "
                "words (copy them from the text)."
            }
        )
    if body.find(text, found + 1) >= 0:
        raise ValidationError(
            {
                "text": "These words occur more than once in the article; give the start and end "
                "of the one you mean."
            }
        )
    return found, found + len(text)


def quote_create(
    *, user, article, text, speaker=None, cue="", start=None, end=None, reason="", **fields
):
    """A quote an editor adds; its span is found in the article if not given."""
    start, end = quote_span_find(article, text, start, end)
    return fact_create(
        Quote,
        user=user,
        reason=reason,
        fields={
            "article": article,
            "text": text,
            "start": start,
            "end": end,
            "speaker": speaker,
            "cue": cue,
            **fields,
        },
    )


def quote_update(*, quote, user, fields, version=None, reason=""):
    """Correct a quote's text, span, speaker, cue or featured flag as an editor.

    New words must still be the article's: an edited text is looked up in the article when the
    span no longer matches it, and refused with the reason when it is not there."""
    if {"text", "start", "end"} & set(fields):
        text = fields.get("text", quote.text)
        start, end = fields.get("start", quote.start), fields.get("end", quote.end)
        start, end = quote_span_find(quote.article, text, start, end)
        fields = {**fields, "text": text, "start": start, "end": end}
    return fact_edit(quote, user=user, fields=fields, version=version, reason=reason)


def quote_attribute(*, quote, user, speaker, version=None, reason=""):
    """Give a quote its speaker (an Entity, or None for unattributed)."""
    return quote_update(
        quote=quote, user=user, fields={"speaker": speaker}, version=version, reason=reason
    )


def quote_review(*, quote, user, status, reason=""):
    """Approve or reject a quote."""
    return fact_review(quote, user=user, status=status, reason=reason)
