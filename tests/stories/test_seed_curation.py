"""`make run`'s sequence on the seeds: ingest (with extraction), import the seed curation, create
the editor. It must end with the curated story published, as a newcomer sees it."""

import pytest
from django.core.management import call_command

from newsroom.claims.models import ClaimStatus
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity, Mention
from newsroom.quotes.models import Quote
from newsroom.stories.curation.dump import curation_dumps, curation_export
from newsroom.stories.models import Story
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.django_db

CURATION = SEEDS / "curation.json"


@pytest.fixture
def seeded(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(SEEDS))
    call_command("import_curation", "--initial", str(CURATION))
    call_command("ensure_editor")


def test_make_run_sequence_publishes_one_story_with_attributed_quotes(seeded, client):
    story = Story.objects.published().get()
    quotes = [row.quote for row in story.story_quotes.select_related("quote__speaker")]
    assert len(quotes) >= 4
    assert all(quote.speaker and quote.review_status == ReviewStatus.APPROVED for quote in quotes)
    assert story.articles.count() == 2
    assert story.summary
    assert story.dek
    assert story.published_at
    home = client.get("/").content.decode()
    assert story.get_absolute_url() in home


def test_seed_curation_reviews_every_fact_and_dates_the_meeting(seeded):
    assert not Quote.objects.filter(review_status=ReviewStatus.PENDING).exists()
    assert not Mention.objects.filter(review_status=ReviewStatus.PENDING).exists()
    assert not Entity.objects.filter(review_status=ReviewStatus.PENDING).exists()
    story = Story.objects.published().get()
    timeline = [
        row.claim
        for row in story.story_claims.select_related("claim__place")
        if row.is_on_timeline and row.claim.date
    ]
    meeting = max(timeline, key=lambda claim: (claim.kind == "meeting", claim.date))
    assert meeting.status == ClaimStatus.CORROBORATED
    assert meeting.date_precision == "day"
    assert meeting.place is not None
    places = {evidence.place for evidence in meeting.evidence.all() if evidence.place}
    assert len(places) == 2  # one source names the city, the other the country it is in


def test_seed_curation_file_is_what_export_writes(seeded):
    """The committed file is a faithful export: applying it and exporting gives it back."""
    assert curation_dumps(curation_export()) == CURATION.read_text(encoding="utf-8")


def test_make_run_again_keeps_later_edits(seeded, editor):
    from newsroom.stories.services import story_unpublish

    story_unpublish(story=Story.objects.get(), user=editor, reason="Rewriting the summary")
    call_command("import_curation", "--initial", str(CURATION))
    assert not Story.objects.published().exists()


def test_makefile_runs_this_sequence():
    makefile = (ROOT / "Makefile").read_text()
    seed = makefile[makefile.index("\nseed:") :].split("\n\n")[0]
    assert [line.split("manage.py ")[1] for line in seed.splitlines() if "manage.py" in line] == [
        "ingest seeds/",
        "import_curation --initial seeds/curation.json",
        "ensure_editor",
    ]
