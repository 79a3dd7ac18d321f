"""Editors and reporters at work in the admin: permissions, bulk review, merge and split,
claims, the optimistic lock, and a re-extraction after a whole round of desk work."""

import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from newsroom.claims.models import Claim, ClaimStatus, Evidence
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Alias, Entity, Mention, Role
from newsroom.quotes.models import Quote
from tests import factories
from tests.desk.helpers import admin_save, change_url, form_data

pytestmark = pytest.mark.django_db


def snapshot(model, fields):
    return sorted(model.objects.values_list(*fields))


def action(client, model, name, rows, **extra):
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    data = {"action": name, "_selected_action": [row.pk for row in rows], **extra}
    return client.post(url, data, follow=True)


def test_bulk_approve_records_the_reporter_in_history(reporter_client, reporter, article):
    quotes = list(Quote.objects.filter(article=article))
    response = action(reporter_client, Quote, "approve_selected", quotes)
    assert "Approved 2 quotes." in response.text
    for quote in quotes:
        quote.refresh_from_db()
        assert quote.review_status == ReviewStatus.APPROVED
        assert quote.history.latest().history_user == reporter


def test_reporter_cannot_merge_verify_or_publish(reporter_client, reporter, article):
    people = list(Entity.objects.filter(kind="person"))
    action(reporter_client, Entity, "merge_selected", people, survivor=people[0].pk, apply="1")
    assert Entity.objects.filter(merged_into__isnull=False).count() == 0
    changelist = reporter_client.get(reverse("admin:entities_entity_changelist"))
    assert 'value="approve_selected"' in changelist.text
    assert 'value="merge_selected"' not in changelist.text
    claim = Claim.objects.filter(date__year=2026).get()
    admin_save(reporter_client, reporter, claim, status="verified")
    claim.refresh_from_db()
    assert claim.status != ClaimStatus.VERIFIED
    story = factories.StoryFactory()
    admin_save(reporter_client, reporter, story, status="published")
    story.refresh_from_db()
    assert story.status == "draft"


def test_user_without_review_permission_cannot_approve(client, article):
    from django.contrib.auth.models import Permission

    user = factories.UserFactory(username="intern", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["view_quote", "change_quote"])
    )
    client.force_login(user)
    quote = Quote.objects.filter(article=article).first()
    action(client, Quote, "approve_selected", [quote])
    admin_save(client, user, quote, review_status="approved")
    quote.refresh_from_db()
    assert quote.review_status == ReviewStatus.PENDING


def test_editor_merges_entities_moving_every_row(editor_client, article, client):
    lund = Entity.objects.get(name="Henrik Lund")
    twin = factories.EntityFactory(name="H. Lund")
    factories.AliasFactory(entity=twin, name="Hen Lund")
    quote = factories.QuoteFactory(speaker=twin)
    role = factories.RoleFactory(person=twin)
    claim = factories.ClaimFactory()
    claim.entities.add(twin)
    mention = factories.MentionFactory(entity=twin)
    response = action(
        editor_client,
        Entity,
        "merge_selected",
        [lund, twin],
        survivor=lund.pk,
        apply="Merge",
        reason="Same person",
    )
    assert "Merged H. Lund into Henrik Lund." in response.text
    twin.refresh_from_db()
    assert twin.merged_into == lund
    for row in (quote, role, mention):
        row.refresh_from_db()
    assert (quote.speaker, role.person, mention.entity) == (lund, lund, lund)
    assert list(claim.entities.all()) == [lund]
    assert {"Hen Lund", "H. Lund", "Henrik Lund", "Lund"} <= set(
        lund.aliases.values_list("name", flat=True)
    )
    assert twin.history.latest().history_change_reason == "Same person"
    assert client.get(f"/entities/{twin.slug}/").status_code == 301


def test_editor_splits_a_wrong_alias_with_its_mentions(editor_client, article):
    oliveira = Entity.objects.get(name="Marta Oliveira")
    wrong = Alias.objects.get(entity=oliveira, normalized="oliveira")
    mentions = Mention.objects.filter(entity=oliveira, text="Oliveira").count()
    assert mentions == 1
    response = action(editor_client, Alias, "split_selected", [wrong])
    assert "Split “Oliveira” off Marta Oliveira as a new entity with 1 mention(s)." in response.text
    new = Entity.objects.get(name="Oliveira")
    assert new.mentions.count() == 1
    assert new.aliases.get().name == "Oliveira"
    assert not oliveira.mentions.filter(text="Oliveira").exists()


def test_second_save_of_the_same_object_is_refused_with_what_changed(editor, article):
    entity = Entity.objects.get(name="Lisbon")
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(editor)
    seen_by_first = form_data(editor, entity)
    seen_by_second = form_data(editor, entity)
    assert first.post(change_url(entity), {**seen_by_first, "name": "Lisboa"}).status_code == 302
    response = second.post(change_url(entity), {**seen_by_second, "description": "Capital"})
    assert response.status_code == 200
    assert "changed by someone else after you opened it" in response.text
    assert "name: &#x27;Lisbon&#x27; → &#x27;Lisboa&#x27;" in response.text
    entity.refresh_from_db()
    assert (entity.name, entity.description) == ("Lisboa", "")


def test_verify_claim_with_note_and_evidence_rejection_recomputes(editor_client, editor, article):
    claim = Claim.objects.filter(date__year=2026).get()
    other = factories.ArticleFactory()
    factories.EvidenceFactory(claim=claim, article=other)
    from newsroom.claims.services import claim_status_recompute

    claim = claim_status_recompute(claim=claim)
    assert claim.status == ClaimStatus.CORROBORATED
    second = Evidence.objects.get(article=other)
    response = action(editor_client, Evidence, "reject_selected", [second])
    assert "Rejected 1 evidence." in response.text
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIED
    response = admin_save(
        editor_client, editor, claim, status="verified", note="Confirmed with both agencies"
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.VERIFIED
    assert claim.history.latest().history_change_reason == "Confirmed with both agencies"
    page = editor_client.get(change_url(claim))
    assert "March 4, 2026" in page.text or "2026-03-04" in page.text
    assert "An editor checked it and confirms it." in page.text


def test_reextraction_after_a_round_of_desk_work_changes_nothing(editor_client, editor, article):
    oliveira = Entity.objects.get(name="Marta Oliveira")
    lund = Entity.objects.get(name="Henrik Lund")
    quotes = list(Quote.objects.filter(article=article).order_by("start"))
    admin_save(editor_client, editor, quotes[1], speaker=oliveira.pk)
    action(editor_client, Quote, "approve_selected", [quotes[0]])
    action(editor_client, Entity, "reject_selected", [Entity.objects.get(name="Lisbon")])
    twin = factories.EntityFactory(name="Dr. Henrik Lund")
    action(editor_client, Entity, "merge_selected", [lund, twin], survivor=lund.pk, apply="1")
    action(editor_client, Role, "approve_selected", list(Role.objects.all()))
    claim = Claim.objects.filter(date__year=2019).get()
    action(editor_client, Claim, "reject_selected", [claim])
    fields = {
        Entity: ("pk", "name", "kind", "review_status", "merged_into", "origin"),
        Alias: ("pk", "entity", "name", "review_status"),
        Mention: ("pk", "entity", "start", "end", "review_status"),
        Role: ("pk", "person", "title", "organization", "review_status"),
        Quote: ("pk", "text", "speaker", "review_status", "origin"),
        Claim: ("pk", "statement", "status", "review_status"),
        Evidence: ("pk", "claim", "start", "end", "stance", "review_status"),
    }
    before = {model: snapshot(model, names) for model, names in fields.items()}
    call_command("extract", str(article.pk), stdout=io.StringIO())
    call_command("extract", "--all", stdout=io.StringIO())
    after = {model: snapshot(model, names) for model, names in fields.items()}
    assert after == before


CONTRADICTING = """Agency heads held talks in Madrid

Marta Oliveira, President of the Portuguese Space Agency, met Henrik Lund, Director General of \
the Nordic Space Office, in Madrid on March 4, 2026.
"""


def test_new_source_contradicting_an_approved_claim_sends_it_back_disputed(
    editor_client, article, django_capture_on_commit_callbacks
):
    from newsroom.articles.services import article_ingest

    claim = Claim.objects.filter(date__year=2026).get()
    action(editor_client, Claim, "approve_selected", [claim])
    with django_capture_on_commit_callbacks(execute=True):
        article_ingest(data=CONTRADICTING.encode(), filename="madrid.txt")
    claim.refresh_from_db()
    assert (claim.status, claim.review_status) == (ClaimStatus.DISPUTED, ReviewStatus.PENDING)
    stances = set(claim.evidence.filter(place__isnull=False).values_list("stance", "place__name"))
    assert stances == {("contradicts", "Madrid"), ("supports", "Lisbon")}
    page = editor_client.get(change_url(claim))
    assert "Agency heads held talks in Madrid" in page.text
    assert "Heads of two space agencies meet in Lisbon" in page.text
    assert "Sources disagree on it" in page.text


def test_object_history_page_shows_who_when_before_and_after(editor_client, editor, article):
    entity = Entity.objects.get(name="Lisbon")
    admin_save(editor_client, editor, entity, name="Lisboa")
    opts = Entity._meta
    page = editor_client.get(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[entity.pk])
    )
    assert page.status_code == 200
    assert "desk-editor" in page.text
    changes = " ".join(page.text.split())
    assert "<strong>Name:</strong> Lisbon &nbsp;&rarr;&nbsp;&nbsp;Lisboa" in changes


def test_save_racing_past_the_form_check_is_refused_by_the_service(editor, article, monkeypatch):
    from newsroom.core.admin import VersionedModelForm

    entity = Entity.objects.get(name="Lisbon")
    client = Client()
    client.force_login(editor)
    data = form_data(editor, entity, name="Lisboa")
    from newsroom.entities.services import entity_update

    other = factories.UserFactory(username="other-editor")
    entity_update(  # someone else saves a newer version than the one the form carries
        entity=entity, user=other, fields={"description": "Saved by someone else in between"}
    )
    monkeypatch.setattr(VersionedModelForm, "clean", lambda form: form.cleaned_data)
    response = client.post(change_url(entity), data, follow=True)
    assert "changed by someone else after you opened it" in response.text
    entity.refresh_from_db()
    assert entity.name == "Lisbon"
