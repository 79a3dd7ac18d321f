"""Persisting extraction output: provenance, cross-article matching and the editorial invariant
(re-running replaces only pending machine rows; editors' decisions are kept, never duplicated)."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.articles.models import Article
from newsroom.claims.models import Claim, Evidence
from newsroom.entities.models import Alias, Entity, Mention, Role
from newsroom.extraction.extractors import (
    EXTRACTOR_VERSION,
    ClaimCandidate,
    EntityCandidate,
    Extraction,
    QuoteCandidate,
    RoleCandidate,
    Span,
)
from newsroom.extraction.models import ExtractionRun
from newsroom.extraction.services import (
    extraction_recover_stale,
    extraction_run_article,
    extraction_save,
)
from newsroom.quotes.models import Quote
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

BODY = (
    "Agencies meet in {place}\n\n"
    "Jane Holloway, Director of the Example Agency, met Tom Reed in {place} on May 2, 2024. "
    "“We keep working,” Holloway said.\n"
)


def sp(body, text):
    start = body.index(text)
    return Span(start, start + len(text), text)


def article_for(place="Graz"):
    body = BODY.format(place=place)
    return ArticleFactory(body=body, blocks=[["title", 0, body.index("\n")]])


def extraction_for(article, place="Graz", quote=True):
    body = article.body
    holloway = [sp(body, "Jane Holloway"), sp(body, "Holloway said")]
    holloway[1] = Span(holloway[1].start, holloway[1].start + 8, "Holloway")
    entities = [
        EntityCandidate("e1", "Jane Holloway", "person", ["Holloway"], holloway, 0.9, "name"),
        EntityCandidate(
            "e2",
            "Example Agency",
            "organization",
            [],
            [sp(body, "Example Agency")],
            0.8,
            "org-suffix",
        ),
        EntityCandidate("e3", "Tom Reed", "person", [], [sp(body, "Tom Reed")], 0.9, "name"),
        EntityCandidate("e4", place, "place", [], [sp(body, f"in {place} on")], 0.95, "city"),
    ]
    entities[3].mentions = [
        Span(
            entities[3].mentions[0].start + 3, entities[3].mentions[0].start + 3 + len(place), place
        )
    ]
    sentence = sp(
        body,
        f"Jane Holloway, Director of the Example Agency, met Tom Reed in {place} on May 2, 2024.",
    )
    return Extraction(
        entities=entities,
        roles=[
            RoleCandidate(
                "e1",
                "Director",
                "e2",
                sp(body, "Jane Holloway, Director of the Example Agency"),
                0.85,
                "title-of",
            )
        ],
        quotes=[
            QuoteCandidate(
                "We keep working,", *_se(body, "We keep working,"), "e1", "said", 0.9, "quote-after"
            )
        ]
        if quote
        else [],
        claims=[
            ClaimCandidate(
                f"Jane Holloway met Tom Reed in {place} on May 2, 2024.",
                ["e1", "e3"],
                datetime.date(2024, 5, 2),
                "day",
                "e4",
                [sentence],
                0.7,
                "dated-event",
                event="meeting:jane holloway|tom reed",
                kind="meeting",
                parties=["e2", "e3"],
                modality="happened",
            )
        ],
    )


def _se(body, text):
    start = body.index(text)
    return start, start + len(text)


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Entity, Alias, Mention, Role, Quote, Claim, Evidence)
    }


def test_save_writes_every_fact_with_provenance():
    article = article_for()
    result = extraction_save(article=article, result=extraction_for(article))
    assert counts() == {
        "Entity": 4,
        "Alias": 5,
        "Mention": 5,
        "Role": 1,
        "Quote": 1,
        "Claim": 1,
        "Evidence": 1,
    }
    assert result["entities_created"] == 4
    quote = Quote.objects.get()
    assert (quote.text, quote.speaker.name, quote.cue) == (
        "We keep working,",
        "Jane Holloway",
        "said",
    )
    assert (quote.origin, quote.review_status, quote.rule) == ("machine", "pending", "quote-after")
    assert quote.extractor_version == EXTRACTOR_VERSION
    assert quote.confidence == 0.9
    role = Role.objects.get()
    assert (role.person.name, role.title, role.organization.name) == (
        "Jane Holloway",
        "Director",
        "Example Agency",
    )
    claim = Claim.objects.get()
    assert (claim.date, claim.date_precision, claim.place.name) == (
        datetime.date(2024, 5, 2),
        "day",
        "Graz",
    )
    assert sorted(claim.entities.values_list("name", flat=True)) == ["Jane Holloway", "Tom Reed"]
    assert sorted(
        Alias.objects.filter(entity__name="Jane Holloway").values_list("name", flat=True)
    ) == ["Holloway", "Jane Holloway"]


def test_save_twice_duplicates_nothing():
    article = article_for()
    extraction_save(article=article, result=extraction_for(article))
    before = counts()
    extraction_save(article=article, result=extraction_for(article))
    assert counts() == before


def test_rerun_replaces_pending_machine_rows_only():
    article = article_for()
    extraction_save(article=article, result=extraction_for(article))
    extraction_save(article=article, result=extraction_for(article, quote=False))
    assert Quote.objects.count() == 0
    assert Claim.objects.count() == 1


def test_rerun_keeps_quote_an_editor_corrected_and_approved():
    article = article_for()
    extraction_save(article=article, result=extraction_for(article))
    quote = Quote.objects.get()
    quote.speaker = Entity.objects.get(name="Tom Reed")
    quote.review_status, quote.origin = "approved", "editor"
    quote.save()
    extraction_save(article=article, result=extraction_for(article))
    quote = Quote.objects.get()
    assert (quote.speaker.name, quote.review_status, quote.origin) == (
        "Tom Reed",
        "approved",
        "editor",
    )


def test_rerun_does_not_recreate_rejected_quote_or_entity():
    article = article_for()
    extraction_save(article=article, result=extraction_for(article))
    Quote.objects.update(review_status="rejected")
    reed = Entity.objects.get(name="Tom Reed")
    reed.review_status = "rejected"
    reed.save()
    before = counts()
    extraction_save(article=article, result=extraction_for(article))
    assert Quote.objects.get().review_status == "rejected"
    assert Entity.objects.filter(name="Tom Reed").count() == 1
    assert Mention.objects.filter(entity__name="Tom Reed").count() == 0
    assert counts() == {**before, "Mention": before["Mention"] - 1}


def test_rerun_keeps_editor_merge_and_resolves_to_survivor():
    article = article_for()
    survivor = Entity.objects.create(
        name="Jane A. Holloway",
        slug="jane-a-holloway",
        kind="person",
        review_status="approved",
        origin="editor",
    )
    extraction_save(article=article, result=extraction_for(article))
    merged = Entity.objects.get(name="Jane Holloway")
    merged.merged_into, merged.review_status = survivor, "approved"
    merged.save()
    extraction_save(article=article, result=extraction_for(article))
    assert Quote.objects.get().speaker == survivor
    assert Entity.objects.filter(name="Jane Holloway").count() == 1


def test_same_event_in_second_article_corroborates_and_more_specific_place_agrees():
    first, second = article_for("Graz"), article_for("Austria")
    extraction_save(article=first, result=extraction_for(first, "Graz"))
    extraction_save(article=second, result=extraction_for(second, "Austria"))
    claim = Claim.objects.get()
    assert claim.status == "corroborated"
    assert sorted(claim.evidence.values_list("article_id", "stance")) == [
        (first.pk, "supports"),
        (second.pk, "supports"),
    ]


def test_same_event_with_conflicting_place_is_disputed():
    first, second = article_for("Graz"), article_for("Lisbon")
    extraction_save(article=first, result=extraction_for(first, "Graz"))
    extraction_save(article=second, result=extraction_for(second, "Lisbon"))
    claim = Claim.objects.get(place__name="Graz")
    assert claim.status == "disputed"
    assert list(claim.evidence.values_list("article_id", "stance").order_by("article_id")) == [
        (first.pk, "supports"),
        (second.pk, "contradicts"),
    ]
    assert claim.history.first().status == "disputed"


def test_new_source_disputes_an_approved_claim_but_not_a_verified_one():
    first, second = article_for("Graz"), article_for("Lisbon")
    extraction_save(article=first, result=extraction_for(first, "Graz"))
    Claim.objects.update(review_status="approved", status="verified")
    extraction_save(article=second, result=extraction_for(second, "Lisbon"))
    claim = Claim.objects.get()
    assert claim.status == "verified"
    assert claim.evidence.get(article=second).stance == "contradicts"


def test_run_records_success_and_article_state():
    article = article_for()
    run = extraction_run_article(article=article, gazetteer=[])
    article.refresh_from_db()
    assert run.state == "succeeded"
    assert run.extractor_version == EXTRACTOR_VERSION
    assert article.extraction_state == "done"
    assert article.extracted_at is not None


def test_run_failure_is_recorded_and_writes_no_facts():
    article = article_for()
    run = extraction_run_article(article=article, gazetteer=[object()])
    article.refresh_from_db()
    assert run.state == "failed"
    assert run.error.split(":")[0] in {"AttributeError", "TypeError"}
    assert article.extraction_state == "failed"
    assert counts()["Mention"] == 0


def test_recover_stale_fails_old_running_runs_and_requeues_article():
    article = article_for()
    run = ExtractionRun.objects.create(article=article, extractor_version="x")
    ExtractionRun.objects.filter(pk=run.pk).update(
        started_at=timezone.now() - datetime.timedelta(hours=1)
    )
    fresh = ExtractionRun.objects.create(article=ArticleFactory(), extractor_version="x")
    Article.objects.filter(pk=article.pk).update(extraction_state="running")
    assert extraction_recover_stale() == [article]
    run.refresh_from_db()
    fresh.refresh_from_db()
    assert (run.state, run.error) == ("failed", "stale: the worker stopped")
    assert fresh.state == "running"
    assert Article.objects.get(pk=article.pk).extraction_state == "pending"


def test_approved_entity_and_alias_teach_the_next_run(editor):
    from newsroom.entities.services import alias_add, entity_create

    body = (
        "Probe maker delivers\n\n"
        "Quarkline delivered the heat shield on Monday. Engineers at Quarkline praised the test.\n"
    )
    article = ArticleFactory(body=body, blocks=[["title", 0, 20], ["paragraph", 22, len(body) - 1]])
    extraction_run_article(article=article)
    assert Mention.objects.count() == 0
    # through the services, as an editor does: they tell every worker's gazetteer
    entity = entity_create(user=editor, name="Quarkline Industries", kind="organization")
    alias_add(entity=entity, name="Quarkline", user=editor)
    extraction_run_article(article=article)
    assert list(Mention.objects.values_list("entity__name", "text", "start")) == [
        ("Quarkline Industries", "Quarkline", 22),
        ("Quarkline Industries", "Quarkline", body.rindex("Quarkline")),
    ]
    assert Entity.objects.count() == 1


def test_rerun_keeps_pending_entity_whose_alias_an_editor_approved():
    article = article_for()
    extraction_save(article=article, result=extraction_for(article))
    Alias.objects.filter(name="Tom Reed").update(review_status="approved")
    extraction_save(article=article, result=extraction_for(article, quote=False))
    result = extraction_for(article)
    result.entities = [e for e in result.entities if e.name != "Tom Reed"]
    result.claims = []
    extraction_save(article=article, result=result)
    assert Entity.objects.filter(name="Tom Reed").exists()
    assert Mention.objects.filter(entity__name="Tom Reed").count() == 0
    assert Claim.objects.count() == 0


def test_run_on_hostile_text_succeeds_and_stores_exact_spans():
    from newsroom.articles.services import article_ingest

    text = (
        "Agency <script>alert(1)</script> chiefs meet\n\n"
        "Dr. Zoë Ångström-Nakamura, Director of the Ünïcode Space Agency (USA\u200b), met "
        "\u202eIvan Petrov in Reykjavík on May 2, 2024. “We ❤ <b>space</b>,” Ångström-Nakamura "
        "said. She added: “Ünïcode is fine.”\n"
    )
    article = article_ingest(data=text.encode()).article
    run = extraction_run_article(article=article, gazetteer=[])
    assert run.state == "succeeded"
    for quote in Quote.objects.filter(article=article):
        assert article.body[quote.start : quote.end] == quote.text
    for mention in Mention.objects.filter(article=article):
        assert article.body[mention.start : mention.end] == mention.text
    assert Quote.objects.filter(article=article, text__contains="❤").count() == 1


def test_more_specific_place_from_a_source_makes_a_third_place_a_dispute():
    country, city, other_city = article_for("Austria"), article_for("Graz"), article_for("Vienna")
    extraction_save(article=country, result=extraction_for(country, "Austria"))
    extraction_save(article=city, result=extraction_for(city, "Graz"))
    claim = Claim.objects.get()
    assert claim.status == "corroborated"
    assert claim.evidence.get(article=city).place.name == "Graz"
    extraction_save(article=other_city, result=extraction_for(other_city, "Vienna"))
    claim = Claim.objects.get()
    assert claim.status == "disputed"
    assert claim.evidence.get(article=other_city).stance == "contradicts"
    assert claim.place.name == "Austria"


def test_a_meeting_days_later_in_another_city_is_another_meeting_not_a_dispute():
    from newsroom.articles.services import article_ingest

    text = (
        "---\npublished: 2027-09-13\n---\n"
        "WARSAW — The Orbital Agency and Vireo Aerospace will hold talks at the "
        "company's plant in Gdańsk on Tuesday.\n\n"
        "On Thursday, Orbital Agency director Lena Kovac will meet members of the Baltic Space "
        "Cluster in Warsaw.\n"
    )
    article = article_ingest(data=text.encode()).article
    extraction_run_article(article=article, gazetteer=[])
    meetings = Claim.objects.filter(kind="meeting").order_by("date")
    assert [(c.date, c.place.name, c.status) for c in meetings] == [
        (datetime.date(2027, 9, 14), "Gdańsk", "unverified"),
        (datetime.date(2027, 9, 16), "Warsaw", "unverified"),
    ]


def ingest_and_extract(*texts):
    """Ingest each text as an article and run its extraction, in order, as `ingest` does."""
    from newsroom.articles.services import article_ingest

    for text in texts:
        article = article_ingest(data=text.encode()).article
        extraction_run_article(article=article, gazetteer=[])


def test_a_site_the_text_puts_on_an_island_agrees_with_the_country_another_source_gives():
    first = (
        "---\npublished: 2027-02-13\n---\n"
        "MADRID — Vireo Aerospace launched the Orbital Agency's Kite-1 satellite on Thursday from "
        "the Punta Garza launch centre on the island of El Rastro.\n"
    )
    second = (
        "---\npublished: 2027-02-14\n---\n"
        "PARIS — Vireo Aerospace launched the Orbital Agency's Kite-1 satellite from Spain on "
        "Thursday.\n"
    )
    ingest_and_extract(first, second)
    claim = Claim.objects.get(kind="launch")
    assert sorted(claim.evidence.values_list("place__name", "stance")) == [
        ("Punta Garza", "supports"),
        ("Spain", "supports"),
    ]
    assert (claim.status, Entity.objects.get(name="Punta Garza").located_in.name) == (
        "corroborated",
        "El Rastro",
    )


def test_a_numbered_pad_nothing_places_agrees_with_the_spaceport_another_source_gives():
    first = (
        "---\npublished: 2027-02-13\n---\n"
        "PARIS — Vireo Aerospace launched the Orbital Agency's Kite-1 satellite on Thursday from "
        "Pad 2.\n"
    )
    second = (
        "---\npublished: 2027-02-14\n---\n"
        "PARIS — Vireo Aerospace launched the Orbital Agency's Kite-1 satellite from the Garza "
        "Spaceport in Chile on Thursday.\n"
    )
    ingest_and_extract(first, second)
    claim = Claim.objects.get(kind="launch")
    assert sorted(claim.evidence.values_list("place__name", "stance")) == [
        ("Garza Spaceport", "supports"),
        ("Pad 2", "supports"),
    ]
    assert claim.status == "corroborated"


def test_a_launch_of_another_craft_two_days_apart_is_another_launch_not_a_dispute():
    first = (
        "---\npublished: 2027-02-13\n---\n"
        "PARIS — Vireo Aerospace launched the Orbital Agency's Kite-1 satellite from Kourou on "
        "February 11.\n"
    )
    second = (
        "---\npublished: 2027-02-14\n---\n"
        "PARIS — Vireo Aerospace's Lark-3 cubesat went up from Kourou on February 9 as a "
        "rideshare passenger.\n"
    )
    ingest_and_extract(first, second)
    launches = Claim.objects.filter(kind="launch").order_by("date")
    assert [(c.date, c.status, c.evidence.count()) for c in launches] == [
        (datetime.date(2027, 2, 9), "unverified", 1),
        (datetime.date(2027, 2, 11), "unverified", 1),
    ]


def test_a_flight_numbered_differently_is_another_launch():
    first = (
        "---\npublished: 2027-02-13\n---\n"
        "PARIS — The Orbital Agency's Kite-1 satellite was launched on Thursday on the second "
        "flight of Vireo Aerospace's Tern rocket.\n"
    )
    second = (
        "---\npublished: 2027-02-20\n---\n"
        "PARIS — Vireo Aerospace said the third flight of its Tern rocket, carrying the Orbital "
        "Agency's Kite-2 satellite, is planned for February 26.\n"
    )
    ingest_and_extract(first, second)
    launches = Claim.objects.filter(kind="launch").order_by("date")
    assert [(c.date, c.status) for c in launches] == [
        (datetime.date(2027, 2, 11), "unverified"),
        (datetime.date(2027, 2, 26), "unverified"),
    ]


def test_a_further_launch_proposed_for_a_later_month_is_another_launch():
    first = (
        "---\npublished: 2026-06-12\n---\n"
        "PARIS — The Orbital Agency's Kite-1 satellite was launched on 9 June from Kourou on "
        "Vireo Aerospace's Tern rocket.\n"
    )
    second = (
        "---\npublished: 2026-06-20\n---\n"
        "PARIS — Vireo Aerospace has launched the Orbital Agency's Kite-1. A further launch of "
        "its Tern rocket, for a Danish operator, is proposed for August.\n"
    )
    ingest_and_extract(first, second)
    launches = Claim.objects.filter(kind="launch").order_by("date")
    assert [(c.date, c.date_precision, c.status) for c in launches] == [
        (datetime.date(2026, 6, 9), "day", "corroborated"),
        (datetime.date(2026, 8, 1), "month", "unverified"),
    ]


def test_rerun_with_the_same_output_reads_a_few_rows_and_writes_only_its_run():
    article = article_for()
    extraction_run_article(article=article)
    with CaptureQueriesContext(connection) as rerun:
        run = extraction_run_article(article=article)
    assert run.state == "succeeded"
    assert run.counts == {"unchanged": True}
    assert len(rerun) <= 10
    written = {
        match.group(1)
        for query in rerun.captured_queries
        if (match := re.match(r'(?:INSERT INTO|UPDATE|DELETE FROM) "?(\w+)', query["sql"]))
    }
    assert written == {"extraction_extractionrun", "articles_article"}


def test_rerun_after_an_editor_rejects_the_speaker_saves_again(editor):
    from newsroom.entities.services import entity_review

    article = article_for()
    extraction_run_article(article=article)
    quote = Quote.objects.get(article=article)
    assert quote.speaker.name == "Jane Holloway"
    entity_review(entity=quote.speaker, user=editor, status="rejected", reason="not a person")
    run = extraction_run_article(article=article)
    assert run.counts.get("unchanged") is None
    quote.refresh_from_db()
    assert quote.speaker is None


def test_a_save_that_meets_a_deadlock_is_tried_again(monkeypatch):
    from django.db import OperationalError

    from newsroom.extraction import services

    real, calls = services.extraction_save, []

    def deadlock_once(**kwargs):
        calls.append(kwargs["article"].pk)
        if len(calls) == 1:
            raise OperationalError("deadlock detected")
        return real(**kwargs)

    monkeypatch.setattr(services, "extraction_save", deadlock_once)
    article = article_for()
    run = extraction_run_article(article=article)
    assert (run.state, len(calls)) == ("succeeded", 2)
    assert Quote.objects.get(article=article).speaker.name == "Jane Holloway"


def test_a_slug_another_worker_took_fails_the_save_which_is_tried_again_whole(monkeypatch):
    from newsroom.entities import services

    Entity.objects.create(name="Someone Else", slug="taken", kind="person")
    real, calls = services.unique_slugs, []

    def stale_slugs(model, values, **kwargs):
        # the first choice is what another worker took a moment ago (no savepoint to retry in)
        calls.append(len(values))
        return ["taken"] * len(values) if len(calls) == 1 else real(model, values, **kwargs)

    monkeypatch.setattr(services, "unique_slugs", stale_slugs)
    article = article_for()
    run = extraction_run_article(article=article)
    assert (run.state, len(calls)) == ("succeeded", 2)
    assert Quote.objects.get(article=article).speaker.slug == "jane-holloway"
    assert Entity.objects.filter(slug="taken").count() == 1


def test_a_save_that_keeps_failing_is_recorded_as_failed_with_its_reason(monkeypatch):
    from django.db import OperationalError

    from newsroom.extraction import services

    def deadlock(**kwargs):
        raise OperationalError("deadlock detected")

    monkeypatch.setattr(services, "extraction_save", deadlock)
    article = article_for()
    run = extraction_run_article(article=article)
    article.refresh_from_db()
    assert (run.state, run.error) == ("failed", "OperationalError: deadlock detected")
    assert article.extraction_state == "failed"


def test_a_saved_run_ends_in_the_transaction_of_its_facts(monkeypatch):
    # one commit for the facts and the run's end: when recording the end fails, no fact is
    # kept, and the run is recorded as failed with the reason
    from newsroom.extraction import services

    real = services._finish

    def finish(run, article, state, **kwargs):
        if state == "succeeded":
            raise services.OperationalError("the disk is full")
        real(run, article, state, **kwargs)

    monkeypatch.setattr(services, "_finish", finish)
    article = article_for()
    run = extraction_run_article(article=article)
    article.refresh_from_db()
    assert (run.state, run.error) == ("failed", "OperationalError: the disk is full")
    assert article.extraction_state == "failed"
    assert not Quote.objects.filter(article=article).exists()


SEVERAL_EVENTS = (
    "Tern-2 flies\n\n"
    "The Orbital Agency launched its Tern-2 probe from Kourou on March 2, 2026.\n"
    "Orbital Agency Director Lena Kovac met Harbor Space Institute President Tomas Ruiz in "
    "Portugal on March 4, 2026.\n"
    "The Harbor Space Institute and the Orbital Agency agreed to extend the Tern-1 mission "
    "until 2031.\n"
    "Nordic Rockets Ltd appointed Ada Berg as chief executive on February 20, 2026.\n"
    "“We keep flying,” Kovac said.\n"
)
EARLIER_REPORT = (
    "Agencies sign pact\n\n"
    "Orbital Agency Director Lena Kovac met Harbor Space Institute President Tomas Ruiz in "
    "Lisbon on March 4, 2026, and the two signed a data-sharing agreement.\n"
)


def article_of(body):
    return ArticleFactory(body=body, blocks=[["title", 0, body.index("\n")]])


def test_a_new_article_with_several_claims_is_saved_in_a_bounded_number_of_queries(
    django_assert_max_num_queries,
):
    extraction_run_article(article=article_of(EARLIER_REPORT))
    article = article_of(SEVERAL_EVENTS)
    # Matching reads the claims its frames may join once per run, and new entities, claims,
    # their links and history are written in bulk: 122 queries before, whatever the claims;
    # 75 before the new claims were inserted together and a new article's earlier rows, last
    # digest and orphans were no longer read; 47 on PostgreSQL too before each bulk insert or
    # update was written with its history versions in one statement there (core.bulk); 40
    # before several tables' inserts were one statement there (mentions, roles and quotes; the
    # new claims, their links and versions; the link copies with the passages' parties) and
    # the party expansion read the kinds and names the matcher needs; 32 and 46 before the entity
    # lookup was one query, and SQLite skipped the article's lock (it has no row locks).
    with django_assert_max_num_queries(31 if connection.vendor == "postgresql" else 44):
        run = extraction_run_article(article=article)
    assert (run.error, run.counts["claims_created"], run.counts["evidence"]) == ("", 3, 4)


def test_a_new_article_leaves_one_history_version_per_new_claim_with_its_links():
    extraction_run_article(article=article_of(EARLIER_REPORT))
    extraction_run_article(article=article_of(SEVERAL_EVENTS))

    def links(version, relation):
        return sorted(link.entity.name for link in getattr(version, relation).all())

    history = [
        (
            claim.kind,
            [
                (version.history_type, version.status, links(version, "parties"))
                for version in claim.history.order_by("history_id")
            ],
            links(claim.history.earliest("history_id"), "entities"),
        )
        for claim in Claim.objects.order_by("pk")
    ]
    agencies = ["Harbor Space Institute", "Orbital Agency"]
    assert history == [
        ("agreement", [("+", "unverified", agencies), ("~", "unverified", agencies)], []),
        # the second report of the meeting corroborates it: one more version, links copied
        (
            "meeting",
            [("+", "unverified", agencies), ("~", "corroborated", agencies)],
            ["Harbor Space Institute", "Lena Kovac", "Lisbon", "Orbital Agency", "Tomas Ruiz"],
        ),
        (
            "launch",
            [("+", "unverified", ["Orbital Agency", "Tern-2"])],
            ["Kourou", "Orbital Agency", "Tern-2"],
        ),
        (
            "extension",
            [("+", "unverified", [*agencies, "Tern-1"])],
            [*agencies, "Tern-1"],
        ),
        (
            "appointment",
            [("+", "unverified", ["Ada Berg", "Nordic Rockets Ltd"])],
            ["Ada Berg", "Nordic Rockets Ltd"],
        ),
    ]
    new = Entity.objects.filter(name__in=["Kourou", "Tern-2", "Ada Berg", "Nordic Rockets Ltd"])
    assert sorted(
        (entity.name, list(entity.history.values_list("history_type", flat=True))) for entity in new
    ) == [("Ada Berg", ["+"]), ("Kourou", ["+"]), ("Nordic Rockets Ltd", ["+"]), ("Tern-2", ["+"])]


@pytest.mark.parametrize(
    ("first_place", "second_place", "places"),
    [
        # a sea the rockets fly over, and the town they leave from
        ("from Kourou on Thursday", "on Thursday over the Koral Sea", ["Koral Sea", "Kourou"]),
        # a site in a region, and the region named without its division word
        (
            "from the Garza Spaceport in the Atacama Region on Thursday",
            "from Atacama on Thursday",
            ["Atacama", "Garza Spaceport"],
        ),
    ],
)
def test_a_place_that_cannot_contradict_the_other_source_s_place_agrees(
    first_place, second_place, places
):
    first = (
        "---\npublished: 2027-02-13\n---\n"
        f"PARIS — Vireo Aerospace launched the Orbital Agency's Kite-1 satellite {first_place}.\n"
    )
    second = (
        "---\npublished: 2027-02-14\n---\n"
        f"PARIS — Vireo Aerospace launched the Orbital Agency's Kite-1 satellite {second_place}.\n"
    )
    ingest_and_extract(first, second)
    claim = Claim.objects.get(kind="launch")
    assert sorted(claim.evidence.values_list("place__name", "stance")) == [
        (place, "supports") for place in places
    ]
    assert claim.status == "corroborated"
