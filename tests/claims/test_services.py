"""One claim per event across sources, what each source says about each attribute, and the one
status rule (claims.services.claim_status_recompute), through ingestion as a newsroom uses it."""

import datetime

import pytest
from django.db import connection

from newsroom.articles.services import article_ingest
from newsroom.claims.models import Claim
from newsroom.claims.selectors import claim_values
from newsroom.claims.services import claim_review, claim_verify, evidence_review
from newsroom.core.models import ReviewStatus

pytestmark = pytest.mark.django_db

HEAD = "---\nsource: {source}\npublished: {published}\n---\n"


@pytest.fixture
def ingest(django_capture_on_commit_callbacks):
    def ingest(text, source="Example Wire", published="2026-03-05"):
        with django_capture_on_commit_callbacks(execute=True):
            body = HEAD.format(source=source, published=published) + text
            return article_ingest(data=body.encode()).article

    return ingest


def values(claim):
    return {
        attribute: sorted((v.label, len(v.articles), v.is_conflicting) for v in found)
        for attribute, found in claim_values(claim=claim).items()
    }


def meeting():
    return Claim.objects.get(kind="meeting", is_previous=False)


def test_planned_then_reported_is_one_corroborated_claim_and_a_slipped_date_is_no_dispute(
    ingest,
):
    ingest(
        "Orbital Agency chiefs to visit Porto\n\n"
        "Orbital Agency Director Lena Kovac will meet Harbor Space Institute President Tomas "
        "Ruiz in Porto on March 10.\n",
        published="2026-03-01",
    )
    ingest(
        "Agency heads meet in Portugal\n\n"
        "The Orbital Agency and the Harbor Space Institute met in Portugal on March 12, 2026.\n",
        source="Second Paper",
        published="2026-03-12",
    )
    claim = meeting()
    assert claim.status == "corroborated"
    assert values(claim) == {
        "date": [("March 10, 2026", 1, False), ("March 12, 2026", 1, False)],
        "place": [("Porto", 1, False), ("Portugal", 1, False)],
    }


def test_two_reports_of_what_happened_on_other_venues_dispute_the_place(ingest):
    ingest(
        "The Orbital Agency and the Harbor Space Institute held talks in Lisbon on March 4, 2026.\n"
    )
    ingest(
        "The Orbital Agency met the Harbor Space Institute in Madrid on March 4, 2026.\n",
        source="Second Paper",
    )
    claim = meeting()
    assert claim.status == "disputed"
    assert values(claim)["place"] == [("Lisbon", 1, True), ("Madrid", 1, True)]
    assert values(claim)["date"] == [("March 4, 2026", 2, False)]


def test_end_years_that_differ_dispute_an_extension(ingest):
    ingest(
        "The Orbital Agency and the Harbor Space Institute agreed to extend their tracking "
        "programme until 2031.\n"
    )
    ingest(
        "The Orbital Agency and the Harbor Space Institute extended the tracking programme "
        "until 2032.\n",
        source="Second Paper",
    )
    claim = Claim.objects.get(kind="extension")
    assert claim.status == "disputed"
    assert values(claim)["until"] == [("2031", 1, True), ("2032", 1, True)]


def test_an_earlier_occurrence_is_its_own_claim(ingest):
    ingest(
        "The Orbital Agency and the Harbor Space Institute met in Lisbon on March 4, 2026.\n\n"
        "Their last meeting was in Tokyo in 2019.\n"
    )
    ingest(
        "The Orbital Agency and the Harbor Space Institute last met in Tokyo in 2019.\n",
        source="Second Paper",
    )
    current = meeting()
    earlier = Claim.objects.get(kind="meeting", is_previous=True)
    assert (current.date, current.place.name) == (datetime.date(2026, 3, 4), "Lisbon")
    assert (earlier.date, earlier.place.name, earlier.status) == (
        datetime.date(2019, 1, 1),
        "Tokyo",
        "corroborated",
    )


def test_an_editors_verdict_stays_but_a_new_contradiction_sends_it_back(ingest, admin_user):
    ingest(
        "The Orbital Agency and the Harbor Space Institute held talks in Lisbon on March 4, 2026.\n"
    )
    claim = claim_verify(claim=meeting(), user=admin_user, status="verified", note="Called both")
    claim_review(claim=claim, user=admin_user, status=ReviewStatus.APPROVED)
    ingest(
        "The Orbital Agency met the Harbor Space Institute in Madrid on March 4, 2026.\n",
        source="Second Paper",
    )
    claim = meeting()
    assert (claim.status, claim.review_status) == ("verified", ReviewStatus.PENDING)
    assert values(claim)["place"] == [("Lisbon", 1, True), ("Madrid", 1, True)]


def test_rejecting_the_contradicting_passage_ends_the_dispute(ingest, admin_user):
    ingest(
        "The Orbital Agency and the Harbor Space Institute held talks in Lisbon on March 4, 2026.\n"
    )
    second = ingest(
        "The Orbital Agency met the Harbor Space Institute in Madrid on March 4, 2026.\n",
        source="Second Paper",
    )
    claim = meeting()
    assert claim.status == "disputed"
    for passage in claim.evidence.filter(article=second):
        evidence_review(evidence=passage, user=admin_user, status=ReviewStatus.REJECTED)
    claim.refresh_from_db()
    assert claim.status == "unverified"
    assert values(claim)["place"] == [("Lisbon", 1, False)]


def test_a_dated_report_joins_the_nearest_dated_claim_and_a_site_lies_in_its_namesake(ingest):
    ingest(
        "The Orbital Agency will launch the Tern-2 probe from the Velka Launch Center on "
        "March 15, 2026.\n\n"
        "A launch is the only campaign of 2026 for the Harbor Space Institute.\n",
        published="2026-03-01",
    )
    ingest(
        "The Orbital Agency and the Harbor Space Institute launched the Tern-2 probe from Velka "
        "on March 17, 2026.\n",
        source="Second Paper",
        published="2026-03-18",
    )
    dated = Claim.objects.get(kind="launch", date=datetime.date(2026, 3, 15))
    assert dated.status == "corroborated"  # a planned date and the day it flew agree
    assert values(dated) == {
        "date": [("March 15, 2026", 1, False), ("March 17, 2026", 1, False)],
        "place": [("Velka", 1, False), ("Velka Launch Center", 1, False)],
    }


def test_a_contract_with_another_party_days_later_is_no_dispute_of_the_arrangement(ingest):
    ingest(
        "The Orbital Agency and the Harbor Space Institute signed an arrangement in Lisbon on "
        "May 19, 2026.\n",
        published="2026-05-20",
    )
    ingest(
        "The Orbital Agency awarded Lumen Optics Ltd a camera contract on May 25, 2026.\n",
        source="Second Paper",
        published="2026-05-26",
    )
    ingest(
        "The Orbital Agency and the Harbor Space Institute signed the arrangement in Lisbon on "
        "May 21, 2026.\n",
        source="Third Paper",
        published="2026-05-27",
    )
    arrangement, contract = Claim.objects.filter(kind="agreement").order_by("pk")
    assert (contract.date, contract.status) == (datetime.date(2026, 5, 25), "unverified")
    assert arrangement.status == "disputed"
    assert values(arrangement)["date"] == [
        ("May 19, 2026", 1, True),
        ("May 21, 2026", 1, True),
    ]


def test_a_contract_with_an_unnamed_party_months_off_is_another_agreement(ingest):
    ingest(
        "The Orbital Agency and the Harbor Space Institute signed a launch contract in Lisbon on "
        "April 2, 2026.\n",
        published="2026-04-03",
    )
    ingest(
        "The Orbital Agency signed a contract in March 2026 with a university for a "
        "small camera.\n",
        source="Second Paper",
        published="2026-05-26",
    )
    launch, camera = Claim.objects.filter(kind="agreement").order_by("pk")
    assert (launch.status, camera.date, camera.status) == (
        "unverified",
        datetime.date(2026, 3, 1),
        "unverified",
    )


def test_the_next_flight_is_not_the_launch_just_reported_but_is_the_next_flight_again(ingest):
    ingest(
        "Kestrel Rockets Ltd launched the Tern-2 probe on a Wren rocket from Kourou on April 14, "
        "2026. Kestrel Rockets Ltd plans its next Wren flight in May, for a Chilean customer.\n",
        published="2026-04-15",
    )
    ingest(
        "Kestrel Rockets Ltd said its next Wren flight, in May, will carry a camera.\n",
        source="Second Paper",
        published="2026-04-20",
    )
    launch, next_flight = Claim.objects.filter(kind="launch").order_by("pk")
    assert (launch.evidence.count(), next_flight.evidence.count()) == (1, 2)


@pytest.mark.parametrize(
    ("first", "status", "conflicting"),
    [
        ("Faro", "corroborated", False),  # a site and a town: not comparable
        ("the Marten Launch Complex", "disputed", True),  # two sites: a conflict
    ],
)
def test_a_site_disputes_another_site_but_not_a_town_it_has_no_known_link_to(
    ingest, first, status, conflicting
):
    launch = "The Orbital Agency launched the Tern-2 probe from {} on March 4, 2026.\n"
    ingest(launch.format(first))
    ingest(launch.format("the Kestrel Launch Complex"), source="Second Paper")
    claim = Claim.objects.get(kind="launch")
    assert claim.status == status
    assert values(claim)["place"] == sorted(
        [(first.removeprefix("the "), 1, conflicting), ("Kestrel Launch Complex", 1, conflicting)]
    )


def test_statements_of_intent_by_different_parties_about_one_listed_craft_are_two_claims(ingest):
    ingest("The Orbital Agency intends to launch the Tern-2 probe in 2028.\n")
    ingest(
        "Kestrel Rockets GmbH plans to fly its rocket six times in 2028, including the Tern-2 "
        "probe.\n",
        source="Second Paper",
    )
    ingest(
        "The Orbital Agency aims to launch the Tern-2 probe in 2028.\n",
        source="Third Paper",
    )
    # a person read without the body she speaks for is no other party's plan
    ingest("Lena Kovac wants the Tern-2 probe flying by 2028.\n", source="Fourth Paper")
    claims = Claim.objects.filter(kind="intent").order_by("pk")
    # the craft only listed among the company's flights is no party of its plan
    assert [(sorted(p.name for p in c.parties.all()), c.status) for c in claims] == [
        (["Lena Kovac", "Orbital Agency", "Tern-2"], "corroborated"),
        (["Kestrel Rockets"], "unverified"),
    ]


def test_statements_of_intent_by_different_parties_for_one_craft_are_one_claim(ingest):
    ingest("The Orbital Agency intends to launch the Tern-2 probe in 2028.\n")
    # the launch company's plan to put the same craft into orbit the same year is that plan
    ingest(
        "Kestrel Rockets GmbH hopes to put the Tern-2 probe into orbit in 2028.\n",
        source="Second Paper",
    )
    claims = Claim.objects.filter(kind="intent")
    assert [(sorted(p.name for p in c.parties.all()), c.status) for c in claims] == [
        (["Kestrel Rockets", "Orbital Agency", "Tern-2"], "corroborated")
    ]


def test_a_proposed_claim_has_one_history_version_with_its_parties_and_entities(ingest):
    ingest(
        "The Orbital Agency and the Harbor Space Institute held talks in Lisbon on March 4, 2026.\n"
    )
    claim = meeting()
    (version,) = claim.history.all()
    assert version.history_type == "+"
    assert version.history_user is None
    parties = sorted(claim.parties.values_list("name", flat=True))
    assert parties == ["Harbor Space Institute", "Orbital Agency"]
    assert sorted(link.entity.name for link in version.parties.all()) == parties
    assert sorted(link.entity.name for link in version.entities.all()) == sorted(
        claim.entities.values_list("name", flat=True)
    )


def test_party_expansion_reads_many_parties_in_three_queries(ingest):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from newsroom.claims.selectors import party_ids_expand, party_ids_expand_each
    from newsroom.entities.models import Entity

    ingest(
        "Lena Kovac, director general of the Orbital Agency, met Tomas Ruiz, president of the "
        "Harbor Space Institute, in Lisbon on March 4, 2026.\n"
    )
    ids = set(Entity.objects.values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as queries:
        each = party_ids_expand_each(ids)
    assert len(queries) == 3
    assert each == {pk: party_ids_expand([pk]) for pk in ids}
    kovac = Entity.objects.get(name="Lena Kovac")
    agency = Entity.objects.get(name="Orbital Agency")
    assert each[kovac.pk] == {kovac.pk, agency.pk}


def test_claim_writes_leave_the_versions_writes_one_by_one_would_in_few_statements(
    django_assert_num_queries,
):
    from newsroom.claims.services import ClaimWrites, claim_propose
    from tests.factories import EntityFactory

    a, b, c = (EntityFactory(name=name, kind="organization") for name in ("A", "B", "C"))
    here = EntityFactory(name="Lisbon", kind="place")
    frame = {"date_precision": "", "event": "", "confidence": 0.5, "rule": "t"}
    frame |= {"extractor_version": "t", "kind": "meeting"}
    earlier = claim_propose(
        statement="A met", date=None, place=None, entities=[a], parties=[a], **frame
    )
    writes = ClaimWrites()
    with django_assert_num_queries(0):  # a new claim waits for flush
        new = writes.propose(
            statement="B met C", date=None, place=None, entities=[b], parties=[c, b], **frame
        )
    parties = writes.complete(
        claim=earlier,
        date=datetime.date(2026, 3, 4),
        date_precision="day",
        place=here,
        parties=[a, b],
        party_ids={a.pk},
    )
    # the earlier claim's links (both tables in one read), the dated claim, the new claim, the
    # links, the versions (one statement on PostgreSQL), their link copies (one there too)
    with django_assert_num_queries(4 if connection.vendor == "postgresql" else 8):
        ids = writes.flush()
    assert (list(ids.values()), new.pk) == ([new.pk], earlier.pk + 1)

    def versions(claim):
        return [
            (
                version.history_type,
                version.date,
                version.place_id,
                sorted(link.entity.name for link in version.parties.all()),
                sorted(link.entity.name for link in version.entities.all()),
            )
            for version in claim.history.order_by("history_id")
        ]

    assert parties == {a.pk, b.pk}
    day = datetime.date(2026, 3, 4)
    # as claim.parties.add() and claim.save() would record them: a version for each
    assert versions(earlier) == [
        ("+", None, None, ["A"], ["A"]),
        ("~", None, None, ["A", "B"], ["A"]),
        ("~", day, here.pk, ["A", "B"], ["A"]),
    ]
    assert versions(new) == [("+", None, None, ["B", "C"], ["B"])]
    earlier.refresh_from_db()
    assert (earlier.date, earlier.place, sorted(p.name for p in earlier.parties.all())) == (
        day,
        here,
        ["A", "B"],
    )


def test_two_peoples_appointments_on_one_day_are_two_claims_whoever_they_succeed(ingest):
    ingest(
        "Harbor Orbital names a new chief\n\n"
        "Harbor Orbital said Lena Kovac will become chief executive on May 4, 2026.\n\n"
        "Tomas Ruiz, who founded Harbor Orbital in 2015 and has led the company since, will "
        "become chairman on May 4, 2026.\n"
    )
    ingest(
        "Shareholders back Kovac\n\nLena Kovac will take office on May 4, succeeding founder Tomas "
        "Ruiz.\n",
        source="Second Paper",
        published="2026-04-29",
    )
    claims = Claim.objects.filter(kind="appointment").order_by("pk")
    assert [(claim.date, claim.evidence.count()) for claim in claims] == [
        (datetime.date(2026, 5, 4), 2),
        (datetime.date(2026, 5, 4), 1),
    ]
    assert "Kovac" in claims[0].evidence.order_by("pk")[1].text


def test_an_extension_dated_years_before_the_article_is_not_the_undated_one_it_reports(ingest):
    ingest(
        "Tern-2 flies on\n\n"
        "Harbor Orbital has extended the operations of its Tern-2 satellite until 2029.\n\n"
        "Tern-2 received its first extension, approved in 2024, which ran until 2026.\n",
        published="2026-04-01",
    )
    extensions = Claim.objects.filter(kind="extension").order_by("pk")
    assert [(claim.date, claim.until, claim.status) for claim in extensions] == [
        (None, 2029, "unverified"),
        (datetime.date(2024, 1, 1), 2026, "unverified"),
    ]


def test_an_article_dated_by_its_dateline_alone_keeps_an_old_extension_apart(
    django_capture_on_commit_callbacks,
):
    text = (
        "RIGA, March 13, 2026 (Wire) - Harbor Orbital is expected to extend the operations of its "
        "Tern-2 satellite.\n\n"
        "Under the current arrangement, renewed in Riga in 2024 and due to lapse at the end of "
        "2026, Tern-2 serves two ports.\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        article_ingest(data=text.encode())
    extensions = Claim.objects.filter(kind="extension").order_by("pk")
    assert [(claim.date, claim.until) for claim in extensions] == [
        (None, None),
        (datetime.date(2024, 1, 1), 2026),
    ]


def test_a_frame_that_names_no_organisation_joins_the_claim_of_its_kind_that_day(ingest):
    ingest(
        "Space news\n\n"
        "The Orbital Agency and the Harbor Space Institute met in Lyon on March 4, 2026.\n"
    )
    ingest(
        "From Lyon\n\nLena Kovac met Tomas Ruiz in Lyon on March 4, 2026.\n",
        source="Second Paper",
    )
    ingest(
        "Also today\n\nVela Systems and the Nord Space Institute met in Paris on March 4, 2026.\n",
        source="Third Paper",
    )
    meetings = Claim.objects.filter(kind="meeting").order_by("pk")
    assert [(claim.place.name, claim.evidence.count(), claim.status) for claim in meetings] == [
        ("Lyon", 2, "corroborated"),
        ("Paris", 1, "unverified"),
    ]


@pytest.mark.parametrize(
    ("first", "second", "places"),
    [
        # a site agrees with the place it is named after, whatever region it lies in
        (
            "launched Tern-2 from Vesterøy Spaceport in Nordland",
            "lifted off from Vesterøy",
            ["Vesterøy", "Vesterøy Spaceport"],
        ),
        # and with a pad the text puts in that place
        (
            "launched Tern-2 from Vesterøy Spaceport in Nordland",
            "lifted off from Pad 2 at Vesterøy. Hundreds watched from the harbour in Vesterøy",
            ["Pad 2", "Vesterøy Spaceport"],
        ),
        # and so does a pad of that site
        (
            "launched Tern-2 from Pad 2 at the Vesterøy Launch Complex",
            "lifted off from Vesterøy",
            ["Pad 2", "Vesterøy"],
        ),
        # nor does a country a town nothing places
        (
            "launched Tern-2 from Vellmark",
            "was launched from Portugal",
            ["Portugal", "Vellmark"],
        ),
        # nor a group of islands a town nothing places, nor a country a province nothing places
        (
            "launched Tern-2 from Vellmark",
            "was launched from the Ostra Islands",
            ["Ostra Islands", "Vellmark"],
        ),
        (
            "launched Tern-2 from Vell Province",
            "was launched from Portugal",
            ["Portugal", "Vell Province"],
        ),
        # a continent or part of one does not dispute a city
        (
            "launched Tern-2 from Kyzylorda",
            "was launched from Central Asia",
            ["Central Asia", "Kyzylorda"],
        ),
    ],
)
def test_two_reports_of_a_launch_agree_on_places_one_of_which_holds_the_other(
    ingest, first, second, places
):
    ingest(f"Space news\n\nThe Orbital Agency {first} on March 4, 2026.\n")
    ingest(
        f"Space news\n\nThe Orbital Agency's Tern-2 {second} on March 4, 2026.\n",
        source="Second Paper",
    )
    launch = Claim.objects.get(kind="launch")
    assert (launch.status, values(launch)["place"]) == (
        "corroborated",
        [(place, 1, False) for place in places],
    )


def test_a_space_centre_agrees_with_the_region_it_is_named_after(ingest):
    ingest(
        "Space news\n\nThe Orbital Agency launched Tern-5 from the Guiana Space Centre in "
        "Kourou on May 19, 2026.\n"
    )
    ingest(
        "Space news\n\nThe Orbital Agency's Tern-5 was launched in May from French Guiana.\n",
        source="Second Paper",
        published="2026-06-02",
    )
    launch = Claim.objects.get(kind="launch")
    assert (launch.status, [v[2] for v in values(launch)["place"]]) == (
        "corroborated",
        [False, False],
    )


def test_a_province_does_not_dispute_a_town_neither_of_which_the_place_data_knows(ingest):
    ingest(
        "Space news\n\nThe Orbital Agency signed an agreement with the Nord Space Institute in "
        "Vellmark on May 19, 2026.\n"
    )
    ingest(
        "Space news\n\nOn May 19, 2026, in Vostrava Province, the Orbital Agency signed an "
        "agreement with the Nord Space Institute.\n",
        source="Second Paper",
    )
    agreement = Claim.objects.get(kind="agreement")
    assert (agreement.status, [v[2] for v in values(agreement)["place"]]) == (
        "corroborated",
        [False, False],
    )


def test_we_in_an_organisations_own_letter_makes_it_a_party_of_the_plan(ingest):
    ingest(
        "Kestrel Rockets closed its best year. The Orbital Agency remained our largest customer."
        "\n\nWe intend to fly six times in 2028.\n",
        source="Kestrel Rockets GmbH",
    )
    ingest("Kestrel Rockets GmbH intends to fly six times in 2028.\n", source="Second Paper")
    # one plan, told by both articles
    claims = Claim.objects.filter(kind="intent")
    assert [(sorted(p.name for p in c.parties.all()), c.evidence.count()) for c in claims] == [
        (["Kestrel Rockets", "Orbital Agency"], 2)
    ]


def test_a_front_matter_dateline_dates_an_article_without_a_publication_date(
    django_capture_on_commit_callbacks,
):
    body = (
        "---\nsource: Example Wire\ndateline: LISBON, March 5\n---\n"
        "The Orbital Agency met the Harbor Space Institute on Tuesday.\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        article_ingest(data=body.encode())
    meeting = Claim.objects.get(kind="meeting")
    # the Tuesday before March 5 of the year the yearless dateline takes (the year received)
    dated = datetime.date(meeting.date.year, 3, 5)
    tuesday = dated - datetime.timedelta(days=(dated.weekday() - 1) % 7)
    assert (meeting.date, meeting.date_precision) == (tuesday, "day")


def test_party_expansion_gives_the_kinds_and_names_it_reads_with_it(ingest):
    from newsroom.claims.selectors import party_ids_expand_each
    from newsroom.entities.models import Entity

    ingest(
        "Lena Kovac, director general of the Orbital Agency, met Tomas Ruiz, president of the "
        "Harbor Space Institute, in Lisbon on March 4, 2026.\n"
    )
    kovac = Entity.objects.get(name="Lena Kovac")
    agency = Entity.objects.get(name="Orbital Agency")
    lisbon = Entity.objects.get(name="Lisbon")
    kinds, elsewhere = {}, {}
    each = party_ids_expand_each(
        [kovac.pk, lisbon.pk],
        names={kovac.pk: kovac.name, lisbon.pk: lisbon.name},
        roles={},
        kinds=kinds,
        elsewhere=elsewhere,
    )
    assert each[kovac.pk] == {kovac.pk, agency.pk}
    # the entities read (the names' own, and the organisation of the role), without a query more
    assert kinds == {
        kovac.pk: ("person", "Lena Kovac"),
        lisbon.pk: ("place", "Lisbon"),
        agency.pk: ("organization", "Orbital Agency"),
    }
    # every name looked up: whether an alias of it names something other than an organisation
    assert elsewhere == {"lena kovac": True, "lisbon": True}
