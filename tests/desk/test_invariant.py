"""The editorial invariant, made true for every edit: what an editor changes, adds, approves or
rejects in the admin survives the next extraction unchanged and unduplicated."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from newsroom.core.models import Origin, ReviewStatus
from newsroom.entities.models import Alias, Entity, Mention
from newsroom.entities.selectors import entity_get_by_names
from newsroom.extraction.selectors import gazetteer_list
from newsroom.quotes.models import Quote
from tests import factories
from tests.desk.helpers import admin_save

pytestmark = pytest.mark.django_db


def reextract(article):
    call_command("extract", str(article.pk), stdout=io.StringIO())


def test_speaker_change_without_review_survives_reextraction(editor_client, editor, article):
    quote = Quote.objects.get(text__startswith="Our engineers")
    oliveira = Entity.objects.get(name="Marta Oliveira")
    response = admin_save(editor_client, editor, quote, speaker=oliveira.pk)
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.speaker, quote.review_status, quote.origin) == (
        oliveira,
        ReviewStatus.PENDING,
        Origin.EDITOR,
    )
    reextract(article)
    quote.refresh_from_db()
    assert quote.speaker == oliveira
    assert Quote.objects.filter(article=article).count() == 2


def test_quote_text_correction_survives_and_is_not_duplicated(editor_client, editor, article):
    quote = Quote.objects.get(text__startswith="We agreed")
    response = admin_save(editor_client, editor, quote, text="We agreed to share tracking data")
    assert response.status_code == 302
    reextract(article)
    texts = sorted(Quote.objects.filter(article=article).values_list("text", flat=True))
    assert texts == ["Our engineers will meet again in June", "We agreed to share tracking data"]


def test_quote_text_not_in_article_is_refused_with_reason(editor_client, editor, article):
    quote = Quote.objects.get(text__startswith="We agreed")
    response = admin_save(editor_client, editor, quote, text="We never said this")
    assert response.status_code == 200
    assert "These words are not in the article" in response.text
    quote.refresh_from_db()
    assert quote.text == "We agreed to share tracking data from next year"


def test_entity_rename_and_kind_change_survive_without_a_twin(editor_client, editor, article):
    office = Entity.objects.get(name="Nordic Space Office")
    response = admin_save(editor_client, editor, office, name="Nordic Space Bureau", kind="other")
    assert response.status_code == 302
    reextract(article)
    office.refresh_from_db()
    assert (office.name, office.kind, office.origin) == ("Nordic Space Bureau", "other", "editor")
    assert not Entity.objects.filter(name__icontains="Nordic").exclude(pk=office.pk).exists()
    assert "Nordic Space Office" in office.aliases.values_list("name", flat=True)


def test_rows_added_in_admin_are_the_editors_and_survive(editor_client, article):
    oliveira = Entity.objects.get(name="Marta Oliveira")
    response = editor_client.post(
        reverse("admin:quotes_quote_add"),
        {
            "article": article.pk,
            "text": "Lund called the talks productive.",
            "speaker": oliveira.pk,
            "cue": "called",
            "review_status": "pending",
        },
    )
    assert response.status_code == 302, response.text[:2000]
    added = Quote.objects.get(text="Lund called the talks productive.")
    assert added.start == article.body.index("Lund called")
    response = editor_client.post(
        reverse("admin:entities_entity_add"),
        {
            "name": "Tracking Data Pact",
            "slug": "tracking-data-pact",
            "kind": "program",
            "description": "",
            "review_status": "pending",
            "aliases-TOTAL_FORMS": "0",
            "aliases-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    lund = Entity.objects.get(name="Henrik Lund")
    response = editor_client.post(
        reverse("admin:entities_alias_add"),
        {"entity": lund.pk, "name": "H. Lund", "review_status": "pending"},
    )
    assert response.status_code == 302
    rows = [added, Entity.objects.get(name="Tracking Data Pact"), Alias.objects.get(name="H. Lund")]
    assert {row.origin for row in rows} == {Origin.EDITOR}
    reextract(article)
    for row in rows:
        row.refresh_from_db()  # still there
    assert Quote.objects.filter(article=article).count() == 3


def test_reextraction_never_sweeps_other_articles_rows(article):
    stranger = factories.EntityFactory(name="Unused Elsewhere")  # pending machine, unused
    other_claim = factories.ClaimFactory()  # pending machine, no evidence yet
    reextract(article)
    assert Entity.objects.filter(pk=stranger.pk).exists()
    assert other_claim.__class__.objects.filter(pk=other_claim.pk).exists()


def test_entity_lookup_prefers_approved_over_rejected_duplicate():
    rejected = factories.EntityFactory(name="Ana Costa", review_status=ReviewStatus.REJECTED)
    approved = factories.EntityFactory(name="Ana Costa", review_status=ReviewStatus.APPROVED)
    assert rejected.pk < approved.pk
    assert entity_get_by_names(name="Ana Costa", kind="person") == approved


def test_extracted_mentions_have_history_for_the_first_edit(editor_client, editor, article):
    mention = Mention.objects.filter(article=article).first()
    assert mention.history.count() == 1
    lund = Entity.objects.get(name="Henrik Lund")
    admin_save(editor_client, editor, mention, entity=lund.pk)
    latest = mention.history.latest()
    assert latest.history_user == editor
    assert latest.prev_record.entity_id != lund.pk


def test_gazetteer_takes_only_approved_aliases_of_approved_entities(editor, article):
    from newsroom.entities.services import aliases_propose, entity_review

    lund = Entity.objects.get(name="Henrik Lund")
    entity_review(entity=lund, user=editor, status=ReviewStatus.APPROVED)
    aliases_propose(entity=lund, names=["Lund-Hansen"], extractor_version="test")  # a later run
    known = {entity.name: entity.aliases for entity in gazetteer_list()}
    assert known == {"Henrik Lund": ("Lund",)}
