"""Rules the database enforces, and the span rules model validation enforces."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from newsroom.entities.models import Alias, normalize_alias
from tests.factories import (
    AliasFactory,
    ArticleFactory,
    ClaimFactory,
    EntityFactory,
    EvidenceFactory,
    MentionFactory,
    QuoteFactory,
    RoleFactory,
)

pytestmark = pytest.mark.django_db


def assert_integrity_error(factory, **kwargs):
    with pytest.raises(IntegrityError), transaction.atomic():
        factory(**kwargs)


def test_article_checksum_is_unique():
    article = ArticleFactory()
    assert_integrity_error(ArticleFactory, checksum=article.checksum)


def test_alias_normalized_form_is_unique_per_entity():
    alias = AliasFactory(name="Mr. Example")
    assert alias.normalized == "mr. example"
    assert_integrity_error(AliasFactory, entity=alias.entity, name="MR.  EXAMPLE")
    other = AliasFactory(name="Mr. Example")
    assert other.entity != alias.entity
    assert Alias.objects.filter(normalized="mr. example").count() == 2


def test_normalize_alias_folds_apostrophes_case_and_spaces():
    assert normalize_alias("  Agency`s  CHIEF ") == "agency's chief"
    assert normalize_alias("Agency’s chief") == "agency's chief"


@pytest.mark.parametrize("factory", [MentionFactory, QuoteFactory, EvidenceFactory])
def test_span_end_must_follow_start(factory):
    assert_integrity_error(factory, start=10, end=10)


def test_role_evidence_span_is_both_or_neither():
    assert_integrity_error(RoleFactory, start=5, end=None)
    role = RoleFactory(start=None, end=None)
    assert role.start is None


def test_confidence_must_be_between_zero_and_one():
    assert_integrity_error(EntityFactory, confidence=1.5)


def test_dated_claim_needs_precision():
    assert_integrity_error(ClaimFactory, date="2025-07-31", date_precision="")
    assert ClaimFactory(date="2025-07-31", date_precision="day").date_precision == "day"


def test_entity_cannot_be_merged_into_itself():
    entity = EntityFactory()
    entity.merged_into_id = entity.pk
    with pytest.raises(IntegrityError), transaction.atomic():
        entity.save()


def test_quote_duplicate_span_in_article_is_refused():
    quote = QuoteFactory()
    assert_integrity_error(QuoteFactory, article=quote.article)


def test_mention_validation_span_must_match_article_text():
    mention = MentionFactory()
    mention.full_clean()
    mention.text = "Somebody Else"
    with pytest.raises(ValidationError) as error:
        mention.full_clean()
    assert "does not match the article" in error.value.message_dict["text"][0]


def test_quote_validation_span_must_lie_inside_article():
    quote = QuoteFactory()
    quote.end = len(quote.article.body) + 5
    with pytest.raises(ValidationError) as error:
        quote.full_clean()
    assert error.value.message_dict["end"] == [
        f"The quote ends at {quote.end}, past the article's {len(quote.article.body)} characters."
    ]


def test_editorial_rows_are_flagged_for_the_extraction_invariant():
    assert QuoteFactory().is_editorial is False
    assert QuoteFactory(surface="Space agency heads", review_status="approved").is_editorial
    assert EntityFactory(origin="editor").is_editorial is True


def test_text_with_odd_unicode_round_trips():
    body = "Zero\u200bwidth \u202eRTL 🚀 <b>html</b> e\u0301\n"
    article = ArticleFactory(body=body)
    article.refresh_from_db()
    assert article.body == body
