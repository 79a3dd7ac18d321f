"""Curation as data: export, a fresh database, ingest, extract, import, export again."""

import json

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from newsroom.articles.models import Article
from newsroom.articles.services import article_ingest
from newsroom.claims.models import Claim, ClaimStatus
from newsroom.claims.services import claim_review, claim_verify
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity, Mention, Role
from newsroom.entities.services import (
    alias_add,
    entity_create,
    entity_merge,
    entity_review,
    entity_update,
    mention_update,
    role_update,
)
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_attribute, quote_create, quote_review
from newsroom.stories.curation.dump import curation_dumps, curation_export
from newsroom.stories.models import Story
from newsroom.stories.services import (
    correction_create,
    story_create,
    story_feature,
    story_publish,
)
from tests.conftest import ARTICLE

pytestmark = pytest.mark.django_db(transaction=True)

APPROVED, REJECTED = ReviewStatus.APPROVED, ReviewStatus.REJECTED

FOLLOW_UP = """Agencies to share tracking data

LISBON, March 5, 2026 — The Portuguese Space Agency said on Thursday that its president, \
Marta Oliveira, met Henrik Lund in Lisbon on March 4, 2026.

“The data will flow from January,” Oliveira said.
"""


def _ingest():
    for name, text in (("lisbon.txt", ARTICLE), ("follow-up.txt", FOLLOW_UP)):
        article_ingest(data=text.encode(), filename=name)


def _curate(editor):
    """A desk's day on the two articles, through the services the admin calls."""
    for mention in Mention.objects.select_related("entity"):
        status = REJECTED if mention.entity.name == "Lisbon" else APPROVED
        mention_update(mention=mention, user=editor, fields={"review_status": status})
    for entity in Entity.objects.all():
        entity_review(entity=entity, user=editor, status=APPROVED)
    oliveira = Entity.objects.get(name="Marta Oliveira")
    lund = Entity.objects.get(name="Henrik Lund")
    agency = entity_create(user=editor, name="Nordic Space Agency", kind="organization")
    entity_merge(source=Entity.objects.get(name="Nordic Space Office"), target=agency, user=editor)
    alias_add(entity=lund, name="H. Lund", user=editor)
    role_update(
        role=Role.objects.get(person=oliveira, article__title__startswith="Heads"),
        user=editor,
        fields={"title": "Acting President"},
    )
    first = Quote.objects.get(text__startswith="We agreed")
    quote_review(quote=first, user=editor, status=APPROVED)
    engineers = Quote.objects.get(text__startswith="Our engineers")
    quote_attribute(quote=engineers, user=editor, speaker=oliveira)
    quote_review(quote=engineers, user=editor, status=REJECTED)
    lisbon = first.article
    added = quote_create(
        user=editor, article=lisbon, text="called the talks productive", speaker=lund
    )
    meeting = Claim.objects.filter(date__day=4, evidence__article=lisbon).distinct().get()
    claim_review(claim=meeting, user=editor, status=APPROVED)
    claim_verify(claim=meeting, user=editor, status=ClaimStatus.VERIFIED, note="Both agencies.")
    for claim in Claim.objects.filter(is_previous=True):
        claim_review(claim=claim, user=editor, status=REJECTED)
    story = story_create(
        user=editor,
        title="Agency heads meet in Lisbon",
        slug="agency-heads-meet",
        dek="Two agencies agree to share tracking data.",
        summary="The heads of two agencies met in Lisbon and agreed to share data.",
        articles=list(Article.objects.all()),
        entities=[oliveira, lund],
    )
    story_feature(story=story, fact=first, user=editor)
    story_feature(story=story, fact=added, user=editor)
    story_feature(story=story, fact=meeting, user=editor)
    story_publish(story=story, user=editor)
    entity_update(
        entity=oliveira,
        user=editor,
        fields={"name": "Marta F. Oliveira"},
        reason="Her full name, as the agency gives it.",
    )
    correction_create(
        story=story,
        user=editor,
        subject="Date of the follow-up",
        before="March 6",
        after="March 5",
        reason="Misread dateline.",
    )


def _id_keys(value):
    if isinstance(value, dict):
        own = [key for key in value if key in {"id", "pk"} or key.endswith("_id")]
        return own + [key for item in value.values() for key in _id_keys(item)]
    if isinstance(value, list):
        return [key for item in value for key in _id_keys(item)]
    return []


def _export():
    return curation_dumps(curation_export())


def _history_rows():
    return sum(
        model.objects.count()
        for model in apps.get_models()
        if model.__name__.startswith("Historical")
    )


@pytest.fixture
def curated(editor, django_capture_on_commit_callbacks, tmp_path):
    with django_capture_on_commit_callbacks(execute=True):
        _ingest()
    _curate(editor)
    path = tmp_path / "curation.json"
    call_command("export_curation", str(path))
    return path


def _fresh_database(django_capture_on_commit_callbacks):
    call_command("flush", interactive=False)
    with django_capture_on_commit_callbacks(execute=True):
        _ingest()


def test_curation_round_trip_is_byte_identical(curated, django_capture_on_commit_callbacks):
    exported = curated.read_text(encoding="utf-8")
    document = json.loads(exported)
    assert [story["slug"] for story in document["stories"]] == ["agency-heads-meet"]
    assert not _id_keys(document)  # keyed by natural keys, never by database ids
    _fresh_database(django_capture_on_commit_callbacks)
    assert Story.objects.count() == 0
    call_command("import_curation", str(curated))
    assert _export() == exported
    story = Story.objects.published().get()
    assert [row.quote.text for row in story.story_quotes.all()] == [
        "We agreed to share tracking data from next year",
        "called the talks productive",
    ]
    assert Entity.objects.get(name="Nordic Space Office").merged_into.name == "Nordic Space Agency"
    assert [c.subject for c in story.corrections.order_by("created_at")] == [
        "Entity “Marta F. Oliveira”: name",
        "Date of the follow-up",
    ]


def test_reextraction_and_second_import_leave_the_export_unchanged(
    curated, django_capture_on_commit_callbacks
):
    exported = curated.read_text(encoding="utf-8")
    _fresh_database(django_capture_on_commit_callbacks)
    call_command("import_curation", str(curated))
    call_command("extract", "--all")
    assert _export() == exported
    before = _history_rows()
    call_command("import_curation", str(curated))
    assert _history_rows() == before  # importing twice changes nothing
    assert _export() == exported


def test_import_of_a_broken_file_applies_nothing(curated, django_capture_on_commit_callbacks):
    document = json.loads(curated.read_text(encoding="utf-8"))
    document["quotes"][-1]["text"] = "words the article never had"
    broken = curated.with_name("broken.json")
    broken.write_text(json.dumps(document), encoding="utf-8")
    _fresh_database(django_capture_on_commit_callbacks)
    before = _export()
    with pytest.raises(CommandError) as refused:
        call_command("import_curation", str(broken))
    message = str(refused.value)
    assert f"quotes[{len(document['quotes']) - 1}]: the text at" in message
    assert message.startswith(f"{broken}: nothing applied: ")
    assert _export() == before
    assert Story.objects.count() == 0


def test_import_names_an_unknown_article(curated, django_capture_on_commit_callbacks, tmp_path):
    document = json.loads(curated.read_text(encoding="utf-8"))
    document["articles"].append({"checksum": "f" * 64, "title": "Never ingested"})
    path = tmp_path / "unknown.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(CommandError, match=r"“Never ingested” \(ffffffffffff…\) is not in"):
        call_command("import_curation", str(path))
