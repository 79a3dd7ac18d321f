"""Event frames: the kind of event a statement reports, who takes part, when, where, whether it
was planned or happened, whether it is an earlier occurrence, and the year it runs until."""

import datetime

from newsroom.extraction.extractors import extract


def frames(text, **kwargs):
    result = extract(text, **kwargs)
    names = {entity.key: entity.name for entity in result.entities}
    return [
        (
            claim.kind,
            sorted(names[key] for key in claim.parties),
            claim.date,
            names.get(claim.place_key),
            claim.modality,
            claim.previous,
            claim.until,
        )
        for claim in result.claims
    ]


def test_frames_each_event_of_a_sentence_is_a_frame_and_people_count_as_their_agency():
    text = (
        "Orbital Agency Director Lena Kovac met Harbor Space Institute President Tomas Ruiz in "
        "Lisbon on March 4, 2026, and the two signed a data-sharing agreement."
    )
    parties = ["Harbor Space Institute", "Orbital Agency"]
    assert frames(text) == [
        ("meeting", parties, datetime.date(2026, 3, 4), "Lisbon", "happened", False, None),
        # the signing shares the meeting's day and place
        ("agreement", parties, datetime.date(2026, 3, 4), "Lisbon", "happened", False, None),
    ]


def test_frames_an_event_told_after_another_is_a_frame_of_its_own():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency and the Harbor Space Institute signed a "
        "launch contract on Monday.\n"
        "The deal came days after the Orbital Agency launched its Tern-2 probe on March 2.\n"
        "Harbor Space Institute and Orbital Agency sign pact, extend Tern-1 mission until 2031\n"
    )
    agencies = ["Harbor Space Institute", "Orbital Agency"]
    assert [(kind, parties, date, until) for kind, parties, date, *_, until in frames(text)] == [
        ("agreement", agencies, datetime.date(2026, 3, 9), None),
        # "The deal came days" names no party, date or place of its own: no claim
        ("launch", ["Orbital Agency", "Tern-2"], datetime.date(2026, 3, 2), None),
        ("agreement", agencies, None, None),
        ("extension", agencies, None, 2031),
    ]


def test_frames_extension_needs_the_year_it_runs_until_and_takes_the_two_agencies():
    text = (
        "The Orbital Agency and the Harbor Space Institute held talks in Lisbon on March 4, 2026.\n"
        "At the meeting, the two agencies decided to extend the joint mission until 2031.\n"
        "The visit extended beyond the usual courtesies."
    )
    found = frames(text)
    assert found[1] == (
        "extension",
        ["Harbor Space Institute", "Orbital Agency"],
        None,
        None,
        "happened",
        False,
        2031,
    )
    assert all(kind != "extension" for kind, *_ in found[2:])


def test_frames_modality_is_the_event_clauses_own():
    text = (
        "The Orbital Agency will sign a launch contract with the Harbor Space Institute in May "
        "2026.\n"
        "The Orbital Agency is expected to meet the Harbor Space Institute in Lisbon in June "
        "2026.\n"
        "The Orbital Agency met the Harbor Space Institute in Porto on July 2, 2026, "
        "contradicting reports that the talks would take place in Lisbon."
    )
    assert [frame[4] for frame in frames(text)] == ["planned", "expected", "happened"]


def test_frames_an_earlier_occurrence_is_marked_and_split_off_after_since():
    text = (
        "The Orbital Agency and the Harbor Space Institute met in Lisbon on March 4, 2026, the "
        "first talks since their predecessors met in Tokyo in 2019.\n"
        "Their last meeting was in Tokyo in 2019, officials said.\n"
        "The agency denied earlier reports that the talks were cancelled."
    )
    found = frames(text)
    assert [(f[2], f[3], f[5]) for f in found[:3]] == [
        (datetime.date(2026, 3, 4), "Lisbon", False),
        (datetime.date(2019, 1, 1), "Tokyo", True),
        (datetime.date(2019, 1, 1), "Tokyo", True),
    ]
    assert not any(f[5] for f in found[3:])  # "earlier reports that the talks …"


def test_frames_a_retired_colonel_ends_nothing():
    text = "Retired colonel Mark Stone of the Orbital Agency visited the plant in Toulouse in 2025."
    assert [frame[0] for frame in frames(text)] == ["meeting"]


def test_frames_yearless_dateline_dates_the_weekday_from_the_received_date():
    text = (
        "MOSCOW, August 1. The Orbital Agency met the Harbor Space Institute in Moscow on "
        "Thursday.\n"
    )
    late = frames(text, received_at=datetime.date(2026, 12, 2))
    early = frames(text, received_at=datetime.date(2026, 3, 2))
    assert late[0][2] == datetime.date(2026, 7, 30)  # the Thursday before August 1, 2026
    assert early[0][2] == datetime.date(2025, 7, 31)  # August 1 had not come yet in 2026


def test_frames_yearless_dateline_takes_the_year_its_lead_gives_the_weekday_of():
    text = (
        "ROME, May 12 — The Orbital Agency will meet the Harbor Space Institute in Rome on "
        "May 19, the agency said on {}.\n"
    )
    received = datetime.date(2026, 12, 2)
    # May 12 is a Wednesday in 2027, a Tuesday in 2026
    assert frames(text.format("Wednesday"), received_at=received)[0][2] == datetime.date(
        2027, 5, 19
    )
    assert frames(text.format("Tuesday"), received_at=received)[0][2] == datetime.date(2026, 5, 19)


def test_frames_yearless_dateline_takes_the_year_the_text_names_of_the_two_it_may_be():
    text = (
        "SÃO PAULO, October 15. The Orbital Agency launched the Tern-2 probe on Tuesday, its "
        "third launch of 2025 and its last of 2025.\n"
    )
    found = frames(text, received_at=datetime.date(2026, 12, 2))
    assert found[0][2] == datetime.date(2025, 10, 14)  # the Tuesday before October 15, 2025


def test_frames_a_month_inside_a_place_name_is_no_date():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency launched the Tern-2 probe from Marseille "
        "on Tuesday."
    )
    assert frames(text)[0][2] == datetime.date(2026, 3, 3)


def test_frames_text_says_which_place_lies_in_which():
    text = (
        "The Orbital Agency launched the probe from the Tern Cosmodrome in Kazakhstan on May 2, "
        "2026."
    )
    result = extract(text)
    names = {entity.key: entity.name for entity in result.entities}
    assert [(names[a], names[b]) for a, b in result.containments] == [
        ("Tern Cosmodrome", "Kazakhstan")
    ]


def test_frames_a_list_of_places_puts_none_inside_the_next():
    text = (
        "The Orbital Agency met in Houston, Texas on Monday. Its data reach Chile, Argentina and "
        "Uruguay, and fires in France, Spain were mapped from Lyon, Paris or Nice. The Embassy "
        "of Ghana, Lisbon, sent a note."
    )
    result = extract(text)
    names = {entity.key: entity.name for entity in result.entities}
    assert [(names[a], names[b]) for a, b in result.containments] == [("Houston", "Texas")]


def test_frames_a_relative_clause_or_the_words_after_a_colon_tell_events_of_their_own():
    text = (
        "PARIS, March 9, 2026 — When the Orbital Agency met the Harbor Space Institute in Lisbon "
        "last week, the outcome was plain: Tern-1, the probe launched in 2019, will now operate "
        "until 2029.\n"
        "The Orbital Agency will launch Tern-3 to replace Tern-0, which ended operations on "
        "March 2.\n"
    )
    assert [(kind, date, until) for kind, _, date, *_, until in frames(text)] == [
        ("meeting", None, None),
        ("launch", datetime.date(2019, 1, 1), None),
        ("extension", None, 2029),
        ("launch", None, None),
        ("end_of_operations", datetime.date(2026, 3, 2), None),
    ]


def test_frames_an_appointment_names_a_person_and_prolonging_needs_no_end_year():
    text = (
        "The Tern-2 probe will take over the tasks of the Tern-1 probe in 2027.\n"
        "The Orbital Agency and the Harbor Space Institute chose to prolong the Tern-1 mission.\n"
        "The Tern-1 mission continues to operate.\n"
    )
    assert [frame[0] for frame in frames(text)] == [None, "extension"]


def test_frames_take_the_most_precise_of_the_dates_that_agree():
    text = (
        "The 2026 session of the Orbital Agency and Harbor Space Institute steering committee "
        "will be held in Lisbon on June 10, 2026."
    )
    assert frames(text)[0][:3] == (
        "meeting",
        ["Harbor Space Institute", "Orbital Agency"],
        datetime.date(2026, 6, 10),
    )


def test_frames_a_relative_clause_after_the_event_word_does_not_make_it_planned():
    text = (
        "On March 4, 2026 in Lisbon, the Orbital Agency and the Harbor Space Institute signed an "
        "arrangement under which the institute will build the probe's camera."
    )
    assert [
        (kind, date, place, modality) for kind, _, date, place, modality, *_ in frames(text)
    ] == [("agreement", datetime.date(2026, 3, 4), "Lisbon", "happened")]


def test_frames_the_verb_after_an_event_noun_subject_names_the_event():
    text = (
        "The Orbital Agency and the Harbor Space Institute signed a pact in Lisbon in 2026.\n"
        "The pact also extends the Tern-1 mission until 2031.\n"
    )
    assert [(frame[0], frame[6]) for frame in frames(text)] == [
        ("agreement", None),
        ("extension", 2031),
    ]


def test_frames_a_relative_clause_tells_of_the_person_or_craft_it_follows():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency signed a launch services agreement for "
        "Tern-2, the successor to Tern-1, which ended operations on March 2.\n"
        "The agency also named its engineer Ana Ruiz, who becomes mission manager in April.\n"
    )
    names = [(kind, parties, date) for kind, parties, date, *_ in frames(text)]
    assert names == [
        ("agreement", ["Orbital Agency", "Tern-1", "Tern-2"], None),
        ("end_of_operations", ["Orbital Agency", "Tern-1"], datetime.date(2026, 3, 2)),
        # "becomes … in April", told in March: the coming April
        ("appointment", ["Ana Ruiz", "Orbital Agency"], datetime.date(2026, 4, 1)),
    ]


def test_frames_an_intents_target_year_is_its_date_and_a_craft_alone_takes_the_last_parties():
    text = (
        "The Orbital Agency and the Harbor Space Institute intend to fly a crew by 2028.\n"
        "The agencies launched the Tern-1 probe in 2019.\n"
        "Tern-1, launched from Toulon in 2019, carries a camera.\n"
    )
    parties = ["Harbor Space Institute", "Orbital Agency"]
    assert [frame[:3] + frame[6:] for frame in frames(text)] == [
        ("intent", parties, datetime.date(2028, 1, 1), None),
        ("launch", [*parties, "Tern-1"], datetime.date(2019, 1, 1), None),
        ("launch", [*parties, "Tern-1"], datetime.date(2019, 1, 1), None),
    ]


def test_frames_a_restrictive_relative_clause_takes_its_noun_and_the_first_parts_parties():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency signed a launch services agreement on Monday "
        "for Tern-3, the follow-on to the ocean satellite that the agency launched last week."
    )
    result = extract(text)
    assert [(c.kind, text[c.evidence[0].start : c.evidence[0].end]) for c in result.claims] == [
        (
            "agreement",
            "PARIS, March 9, 2026 — The Orbital Agency signed a launch services agreement on "
            "Monday for Tern-3, the follow-on to",
        ),
        ("launch", "the ocean satellite that the agency launched last week."),
    ]


def test_frames_the_event_noun_that_opens_a_clause_brings_its_parties_and_two_agencies():
    text = (
        "The Orbital Agency and the Harbor Space Institute signed a pact in Lisbon in 2026.\n"
        "Chile's and Peru's space agencies put their names to a relay deal.\n"
        "The pact extends the Lumen Data Office arrangement until 2032.\n"
        "The 2029 launch target leaves the Orbital Agency little margin.\n"
    )
    parties = ["Harbor Space Institute", "Orbital Agency"]
    assert [frame[:2] for frame in frames(text)] == [
        ("agreement", parties),
        ("agreement", parties),
        ("extension", ["Harbor Space Institute", "Lumen Data Office", "Orbital Agency"]),
        ("intent", ["Orbital Agency"]),
    ]


def test_frames_this_morning_is_the_day_of_the_article():
    text = "PARIS, March 9, 2026 — The Orbital Agency launched the Tern-2 probe this morning."
    assert frames(text)[0][2] == datetime.date(2026, 3, 9)


def test_frames_an_event_noun_modifying_another_names_no_event_of_its_own():
    text = (
        "PARIS, March 9, 2026 — The Tern-2 launch services agreement, which the Orbital Agency "
        "signed with Kestrel Rockets GmbH on Friday, is worth about $9 million. The Orbital "
        "Agency aims to launch the Tern-2 probe in 2028."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("agreement", datetime.date(2026, 3, 6)),
        ("intent", datetime.date(2028, 1, 1)),
    ]


def test_frames_a_year_before_the_object_of_an_event_is_not_its_date():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency and the Harbor Space Institute are expected "
        "to extend their 2024 memorandum on data sharing until 2030."
    )
    assert frames(text) == [
        (
            "extension",
            ["Harbor Space Institute", "Orbital Agency"],
            None,
            None,
            "expected",
            False,
            2030,
        )
    ]


def test_frames_a_day_ahead_without_a_year_is_the_next_one():
    text = (
        "PARIS, November 5, 2026 — The Orbital Agency appointed Mara Lind as its director, "
        "effective January 1."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("appointment", datetime.date(2027, 1, 1))
    ]


def test_frames_a_mission_that_ends_in_a_month_ahead_ends_next_year():
    text = (
        "PARIS, November 9, 2026 — The Orbital Agency said Tern-1, its first satellite, ends "
        "its mission in April. Mara Lind takes charge of the Orbital Agency's Tern-2 programme "
        "in January."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("end_of_operations", datetime.date(2027, 4, 1)),
        ("appointment", datetime.date(2027, 1, 1)),
    ]


def test_frames_last_year_is_the_year_not_a_day_of_it():
    text = "PARIS, November 9, 2026 — The Orbital Agency launched the Tern-1 probe last year."
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("launch", datetime.date(2025, 1, 1))
    ]


def test_frames_a_launch_planned_for_a_year_only_is_a_statement_of_intent():
    text = (
        "PARIS, November 9, 2026 — The Orbital Agency said Tern-2 would be launched in 2028. "
        "The Orbital Agency will launch Tern-3 on March 4, 2027."
    )
    assert [(frame[0], frame[2], frame[4]) for frame in frames(text)] == [
        ("intent", datetime.date(2028, 1, 1), "planned"),
        ("launch", datetime.date(2027, 3, 4), "planned"),
    ]


def test_frames_a_renewal_until_a_year_is_an_extension():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency and the Harbor Space Institute renewed their "
        "data-sharing arrangement in 2023, until 2026."
    )
    assert [(frame[0], frame[2], frame[6]) for frame in frames(text)] == [
        ("extension", datetime.date(2023, 1, 1), 2026)
    ]


def test_frames_a_subject_and_its_relative_clause_yield_to_the_verb_after_them():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency and the Harbor Space Institute met on Monday. "
        "The two agencies` tracking agreement, which lets both teams share ground stations "
        "and radar targets, now runs until 2031."
    )
    parties = ["Harbor Space Institute", "Orbital Agency"]
    assert [(frame[0], frame[1], frame[6]) for frame in frames(text)] == [
        ("meeting", parties, None),
        ("extension", parties, 2031),
    ]


def test_frames_a_date_opening_its_sentence_takes_the_tense_of_its_clause():
    # Friday, February 13, 2026: "On Monday, … will" is the Monday ahead; "today announced" is
    # when it was said, not when the flight is
    text = (
        "PARIS, February 13, 2026 — On Monday, Orbital Agency Director Lena Kovac will hold "
        "talks in Lisbon with the Harbor Space Institute. The Orbital Agency today announced "
        "that its Tern-2 probe will be launched on February 20."
    )
    assert [(frame[0], frame[2], frame[4]) for frame in frames(text)] == [
        ("meeting", datetime.date(2026, 2, 16), "planned"),
        ("launch", datetime.date(2026, 2, 20), "planned"),
    ]


def test_frames_a_possessive_subject_yields_to_the_verb_and_a_previous_renewal_is_earlier():
    text = (
        "PARIS, March 9, 2026 — The Harbor Space Institute`s training agreement with the "
        "Orbital Agency now runs until 2030; the previous renewal ran only until 2026."
    )
    parties = ["Harbor Space Institute", "Orbital Agency"]
    assert [(frame[0], frame[1], frame[5], frame[6]) for frame in frames(text)] == [
        ("extension", parties, False, 2030),
        ("extension", parties, True, 2026),
    ]


def test_frames_two_modifiers_of_one_object_are_not_two_events():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency extended its training and ground-station "
        "agreement with the Harbor Space Institute until 2030."
    )
    assert [(frame[0], frame[6]) for frame in frames(text)] == [("extension", 2030)]


def test_frames_launches_an_agency_plans_for_this_year_are_its_intent():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency plans four more Tern launches this year. "
        "It said its third Tern flight is planned for May."
    )
    assert [(frame[0], frame[2], frame[4]) for frame in frames(text)] == [
        ("intent", datetime.date(2026, 1, 1), "planned"),
        ("launch", datetime.date(2026, 5, 1), "planned"),
    ]


def test_frames_next_weekday_and_next_flight_look_ahead():
    # Friday, September 4, 2026
    text = (
        "PARIS, September 4, 2026 — Next Tuesday, Orbital Agency Director Lena Kovac will "
        "travel to Lisbon for talks with the Harbor Space Institute. "
        "The agency's next Tern flight, carrying four cubesats, is set for December."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("meeting", datetime.date(2026, 9, 8)),
        ("launch", datetime.date(2026, 12, 1)),
    ]


def test_frames_a_dash_before_the_dateline_date_and_words_between_put_and_into_orbit():
    text = (
        "LISBON, Portugal — August 24, 2026 — Vireo Launch S.A. today announced that its Tern "
        "rocket put the Orbital Agency's Kite-1 satellite into orbit on August 20."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("launch", datetime.date(2026, 8, 20))
    ]


def test_frames_a_protocol_signed_to_extend_an_agreement_is_its_extension():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency and the Harbor Space Institute signed a "
        "protocol extending their data-sharing memorandum until 2030. The institute said it had "
        "named Mara Lind as programme manager from May 1."
    )
    assert [(frame[0], frame[2], frame[6]) for frame in frames(text)] == [
        ("extension", None, 2030),
        ("appointment", datetime.date(2026, 5, 1), None),
    ]


def test_frames_a_titled_name_and_its_relative_clause_yield_to_the_verb_after_them():
    text = (
        "PARIS, March 13, 2026 — Orbital Agency director general Lena Kovac, who watched the "
        "launch from the control room, was due to sign a contract with Vireo Aerospace later on "
        "Friday. Mara Lind, who takes over the Tern programme on October 1, said the team was "
        "planning the next flight."
    )
    assert [frame[0] for frame in frames(text)] == ["agreement", "appointment"]


def test_frames_a_launch_company_names_no_launch_and_a_quoted_place_is_not_the_events():
    text = (
        "PARIS, March 13, 2026 — Vireo Aerospace is a launch company headquartered in Lyon.\n"
        "“Nobody in Madrid is bothering to court this market,” said Lena Kovac of the Orbital "
        "Agency, which launched its Tern-2 probe on March 2."
    )
    assert [(frame[0], frame[3]) for frame in frames(text)] == [("launch", None)]


def test_frames_an_agreement_signed_after_a_meeting_by_a_named_subject_is_its_own_frame():
    text = (
        "PARIS, March 13, 2026 — Lena Kovac met Tomas Ruiz, director of the Harbor Space "
        "Institute, in Lisbon on Tuesday, and the two agencies signed an agreement on radar data."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("meeting", datetime.date(2026, 3, 10)),
        ("agreement", datetime.date(2026, 3, 10)),
    ]


def test_frames_a_yearless_dateline_ending_in_a_period_and_a_dash_is_the_dateline():
    # Monday, September 13, 2027: the dateline's date is when it was filed, not the talks'
    text = (
        "WROCŁAW, Sept. 13. — The Orbital Agency and the Harbor Space Institute will hold talks "
        "in Gdańsk on Tuesday."
    )
    assert [
        (frame[0], frame[2]) for frame in frames(text, received_at=datetime.date(2027, 9, 14))
    ] == [("meeting", datetime.date(2027, 9, 14))]


def test_frames_where_opens_a_second_event_and_a_hosted_flight_is_a_launch():
    text = (
        "PARIS, May 11, 2026 — On Wednesday, the Orbital Agency and the Harbor Space Institute "
        "will hold talks in Lisbon, where the two sides are expected to sign a contract for "
        "Kite-2. Vireo Spaceport, which on Saturday hosted the suborbital flight of the Orbital "
        "Agency's Tern-3 rocket, lies south of the city."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("meeting", datetime.date(2026, 5, 13)),
        ("agreement", datetime.date(2026, 5, 13)),
        ("launch", datetime.date(2026, 5, 9)),
    ]


def test_frames_an_event_a_week_off_only_sets_the_time_of_the_next_clause():
    text = (
        "PARIS, October 5, 2026 — The Orbital Agency will launch Kite-2 on October 7. The week "
        "after the launch, Orbital Agency director Lena Kovac will travel to Lisbon, Portugal, to "
        "meet the Harbor Space Institute on October 15."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("launch", datetime.date(2026, 10, 7)),
        ("meeting", datetime.date(2026, 10, 15)),
    ]


def test_frames_a_plural_noun_after_the_subject_is_not_its_verb():
    text = (
        "PARIS, April 18, 2026 — The framework agreement for two further launches, which the "
        "Orbital Agency and Vireo Aerospace signed in Lisbon on Wednesday, is worth $9 million."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("agreement", datetime.date(2026, 4, 15))
    ]


def test_frames_an_intent_governing_an_event_is_that_event_planned():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency and the Harbor Space Institute plan to extend "
        "their ground-station agreement until 2031. Kestrel Rockets intends to launch the Tern-3 "
        "probe on April 20."
    )
    assert [(frame[0], frame[2], frame[4], frame[6]) for frame in frames(text)] == [
        ("extension", None, "planned", 2031),
        ("launch", datetime.date(2026, 4, 20), "planned", None),
    ]


def test_frames_a_craft_going_into_orbit_or_silent_is_a_launch_or_its_end():
    text = (
        "PARIS, March 9, 2026 — The Tern-2 probe, which went into orbit from Kourou, is working. "
        "The Orbital Agency said Tern-1 is due to go silent at the end of April."
    )
    assert [(frame[0], frame[3]) for frame in frames(text)] == [
        ("launch", "Kourou"),
        ("end_of_operations", None),
    ]


def test_frames_previously_marks_an_earlier_occurrence_but_previously_announced_does_not():
    text = (
        "The Orbital Agency extended its agreement with the Harbor Space Institute until 2031. "
        "The agreement had previously been renewed until 2026. As previously announced, the "
        "Orbital Agency will sign a launch contract with Kestrel Rockets in May 2026."
    )
    assert [(frame[0], frame[5]) for frame in frames(text)] == [
        ("extension", False),
        ("extension", True),
        ("agreement", False),
    ]


def test_frames_a_person_without_a_role_takes_part_beside_another_persons_agency():
    text = (
        "Kestrel Rockets founder Tomas Ruiz met Lena Kovac in Lisbon on March 4, 2026. "
        "The two first met in Porto two years ago."
    )
    assert [frame[:2] + frame[5:6] for frame in frames(text)] == [
        ("meeting", ["Kestrel Rockets", "Lena Kovac"], False),
        # "first met": the earliest occurrence, not this one
        ("meeting", ["Kestrel Rockets", "Lena Kovac"], True),
    ]


def test_frames_a_second_event_after_a_setting_or_with_its_noun_is_a_frame_of_its_own():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency and Kestrel Rockets met in Lisbon on "
        "Tuesday, and by the end of the afternoon the two had signed a launch contract. The "
        "Harbor Space Institute and Kestrel Rockets will hold talks in Porto on Friday, with a "
        "contract for the Tern-3 probe expected to be signed the same day."
    )
    assert [frame[0] for frame in frames(text)] == [
        "meeting",
        "agreement",
        "meeting",
        "agreement",
    ]


def test_frames_an_event_told_inside_a_quotation_is_a_passage_with_its_speakers_side():
    text = (
        "PARIS, March 9, 2026 — Orbital Agency director Lena Kovac spoke after the ceremony.\n\n"
        '"We signed the Tern-3 launch contract in Lisbon this morning," Kovac said.\n\n'
        '"It was a long year," she said.'
    )
    assert [frame[:4] for frame in frames(text)] == [
        ("agreement", ["Orbital Agency", "Tern-3"], datetime.date(2026, 3, 9), "Lisbon"),
    ]


def test_frames_a_place_in_a_clause_trailing_the_event_is_not_its_place():
    text = (
        "PARIS, March 9, 2026 — Kestrel Rockets launched the Tern-2 probe on Friday, competing "
        "with larger firms in India. The Orbital Agency launched Tern-1 on Monday, putting it "
        "into orbit from Kourou."
    )
    assert [frame[3] for frame in frames(text)] == [None, "Kourou"]


def test_frames_an_event_a_commentator_tells_in_a_transcript_has_no_speaker_party():
    text = (
        "ORBIT HOUR - full transcript\n\n"
        "ANNA BELL (HOST): Welcome back. I'm Anna Bell, and with me is Mark Stone.\n\n"
        "MARK STONE: Good to be here, Anna.\n\n"
        "ANNA BELL: What news from the Orbital Agency?\n\n"
        "MARK STONE: Busy times. Tern-1 gets switched off at the end of May.\n"
    )
    # the craft and the agency the question was about, not the commentator
    assert [frame[:2] for frame in frames(text)] == [
        ("end_of_operations", ["Orbital Agency", "Tern-1"])
    ]


def test_frames_more_words_for_a_launch_an_appointment_and_an_intent():
    text = (
        "PARIS, March 9, 2026 — Tern-2 flies on Tuesday from Kourou. Kestrel Rockets lifted "
        "Tern-1 into orbit from Kourou on March 2. Lena Kovac became the Orbital Agency's chief "
        'engineer on March 1. "We want Tern-3 in orbit in 2028," the agency\'s head, Tomas '
        "Ruiz, said."
    )
    assert [frame[0] for frame in frames(text)] == ["launch", "launch", "appointment", "intent"]


def test_frames_an_event_a_correspondent_tells_in_a_transcript_is_a_passage():
    text = (
        "EVENING NEWS - transcript\n\n"
        "ANCHOR: Good evening. The Orbital Agency had a busy week.\n\n"
        "CORRESPONDENT: Back home, the Orbital Agency renewed its ground-station agreement with "
        "the Harbor Space Institute last week, until 2031.\n\n"
        "ANCHOR: Thank you.\n"
    )
    assert [frame[:2] + frame[6:] for frame in frames(text)] == [
        ("extension", ["Harbor Space Institute", "Orbital Agency"], 2031)
    ]


def test_frames_would_become_is_an_appointment():
    text = (
        "PARIS, March 9, 2026 — The Orbital Agency said Lena Kovac would become its chief "
        "engineer in July."
    )
    assert [frame[:3] for frame in frames(text)] == [
        ("appointment", ["Lena Kovac", "Orbital Agency"], datetime.date(2026, 7, 1))
    ]


def test_frames_an_upper_case_yearless_dateline_dates_the_events():
    text = "VARNA, MARCH 11, BTA. The Orbital Agency and Kestrel Rockets today signed a contract.\n"
    assert frames(text, received_at=datetime.date(2026, 12, 2))[0][:3] == (
        "agreement",
        ["Kestrel Rockets", "Orbital Agency"],
        datetime.date(2026, 3, 11),
    )


def test_frames_a_clause_cut_after_an_appositive_tells_of_the_craft_before_it():
    text = (
        "PARIS, March 9, 2026 — Lena Kovac chaired the technical session and presented the "
        "first data from Tern-2, the satellite which was launched from Kourou last week."
    )
    assert [frame[:2] for frame in frames(text)][-1] == ("launch", ["Lena Kovac", "Tern-2"])


def test_frames_a_place_across_a_semicolon_is_another_clauses_unless_it_tells_the_event_too():
    text = (
        "PARIS, March 9, 2026 — Tern-2 was designed and built by the Orbital Agency in Lisbon; "
        "Kestrel Rockets provided the launch on March 2. The signing was postponed by a week; "
        "the agreement was signed in Porto on March 6."
    )
    assert [(frame[0], frame[3]) for frame in frames(text)] == [
        ("launch", None),
        ("agreement", "Porto"),
    ]


def test_frames_since_as_an_adverb_and_a_founding_date_leave_the_appointment_its_date():
    text = (
        "PARIS, March 9, 2026 — Tomas Ruiz, who founded Harbor Orbital in 2015 and has led the "
        "company since, will become non-executive chairman on April 6."
    )
    assert [frame[:3] for frame in frames(text)] == [
        ("appointment", ["Tomas Ruiz"], datetime.date(2026, 4, 6)),
        # the founding is a statement of its own, with no event frame
        (None, ["Tomas Ruiz"], datetime.date(2015, 1, 1)),
    ]


def test_frames_a_condition_after_the_event_is_an_event_of_its_own():
    text = (
        "PARIS, March 9, 2026 — The Harbor Orbital board has appointed Lena Kovac as chief "
        "executive, effective May 4, subject to approval by shareholders at a general meeting "
        "in Lyon on April 28."
    )
    assert [frame[:4] for frame in frames(text)] == [
        ("appointment", ["Lena Kovac"], datetime.date(2026, 5, 4), None),
        ("meeting", ["Lena Kovac"], datetime.date(2026, 4, 28), "Lyon"),
    ]


def test_frames_the_person_an_appointee_succeeds_is_appointed_in_the_clause_about_him():
    text = (
        "PARIS, March 9, 2026 — Lena Kovac will take office on March 16, succeeding founder Tomas "
        "Ruiz, who becomes chairman the same day."
    )
    assert [frame[:3] for frame in frames(text)] == [
        ("appointment", ["Lena Kovac"], datetime.date(2026, 3, 16)),
        ("appointment", ["Tomas Ruiz"], datetime.date(2026, 3, 16)),
    ]


def test_frames_a_person_who_will_become_chief_is_appointed_not_an_organisation():
    text = (
        "Harbor Orbital said on Monday that Lena Kovac will become chief executive on May 4, 2026."
    )
    assert [frame[:3] for frame in frames(text)] == [
        ("appointment", ["Lena Kovac"], datetime.date(2026, 5, 4))
    ]


def test_frames_a_clause_after_and_the_that_tells_another_time_and_place():
    text = (
        "PERTH, March 9, 2026 — Lena Kovac's talks with Orbital Agency's chief executive in "
        "Perth were cordial, and the relationship that began at a congress in Milan in 2024 has "
        "produced a design."
    )
    assert frames(text) == [
        ("meeting", ["Lena Kovac", "Orbital Agency"], None, "Perth", "happened", False, None)
    ]


def test_frames_shareholders_approving_an_appointment_at_a_meeting_is_the_meeting():
    text = (
        "PARIS, March 11, 2026 — At a general meeting in Lyon on Tuesday, shareholders of Harbor "
        "Systems approved the appointment of Lena Kovac as chief executive."
    )
    assert [frame[:4] for frame in frames(text)] == [
        ("meeting", ["Harbor Systems", "Lena Kovac"], datetime.date(2026, 3, 10), "Lyon")
    ]


def test_frames_joining_as_is_an_appointment_and_burning_up_ends_operations():
    text = (
        "PARIS, March 11, 2026 — Lena Kovac joined Harbor Systems as chief engineer in 2022.\n"
        "Harbor Systems said its demonstrator, Tern-0, burned up in 2021."
    )
    assert [frame[:3] for frame in frames(text)] == [
        ("appointment", ["Harbor Systems", "Lena Kovac"], datetime.date(2022, 1, 1)),
        ("end_of_operations", ["Harbor Systems", "Tern-0"], datetime.date(2021, 1, 1)),
    ]


def test_frames_a_launch_pencilled_in_or_supposed_to_fly_is_an_intent_of_its_own_date():
    text = (
        "PARIS, March 11, 2026 — Harbor Systems' design study, delivered in January, assumes a "
        "rideshare, with launch of Tern-3 pencilled in for 2028.\n"
        "Orbital Agency said Tern-4 is supposed to fly in 2029.\n"
        "Orbital Agency said the Tern-5 flight remained on schedule for June."
    )
    assert [frame[:3] + frame[4:5] for frame in frames(text)] == [
        ("intent", ["Harbor Systems", "Tern-3"], datetime.date(2028, 1, 1), "planned"),
        ("intent", ["Orbital Agency", "Tern-4"], datetime.date(2029, 1, 1), "planned"),
        ("launch", ["Orbital Agency", "Tern-5"], datetime.date(2026, 6, 1), "planned"),
    ]


def test_frames_an_inauguration_is_an_opening_and_became_without_a_person_appoints_nobody():
    text = (
        "PARIS, March 11, 2026 — A new antenna at Harbor Systems' station will be inaugurated "
        "on March 20.\n"
        "A field near Lyon became part of a network on Friday when Harbor Systems switched on a "
        "new dish."
    )
    assert [frame[:3] for frame in frames(text)] == [
        ("opening", ["Harbor Systems"], datetime.date(2026, 3, 20)),
        ("opening", ["Harbor Systems"], datetime.date(2026, 3, 6)),
    ]


def test_frames_an_event_that_sets_the_time_of_another_is_told_too():
    text = (
        "PARIS, March 11, 2026 — Harbor Systems gave its plans on Wednesday.\n"
        "Following the launch of Tern-3 from Kourou on March 2, Harbor Systems said Tern-1 would "
        "be switched off on May 19."
    )
    assert [frame[:4] for frame in frames(text)][1:] == [
        ("launch", ["Harbor Systems", "Tern-3"], datetime.date(2026, 3, 2), "Kourou"),
        ("end_of_operations", ["Harbor Systems", "Tern-1"], datetime.date(2026, 5, 19), None),
    ]


def test_frames_a_craft_code_with_an_accented_capital_and_a_flight_booked_ahead():
    text = (
        "Business news\n\n"
        "Harbor Systems put Paraguay's Ñembo-1 into orbit on 3 September. Its next flight, "
        "carrying four cubesats for a start-up, is booked for December."
    )
    assert [frame[:3] for frame in frames(text, published_at=datetime.date(2026, 9, 11))] == [
        ("launch", ["Harbor Systems", "Ñembo-1"], datetime.date(2026, 9, 3)),
        ("launch", ["Harbor Systems"], datetime.date(2026, 12, 1)),
    ]


def test_frames_a_general_assembly_is_a_meeting():
    text = "PARIS, March 11, 2026 — Harbor Systems will hold its general assembly in Graz on May 5."
    assert [frame[:4] for frame in frames(text)] == [
        ("meeting", ["Harbor Systems"], datetime.date(2026, 5, 5), "Graz")
    ]


def test_frames_a_release_dated_on_the_line_after_its_masthead_and_a_docking_planned():
    text = (
        "HARBOR SYSTEMS S.A. — PRESS RELEASE\n"
        "Porto, 12 October 2026\n\n"
        "Harbor Systems announced that its Tern-3 demonstrator will attempt to dock with the "
        "Tern-4 target satellite on 21 October."
    )
    assert [frame[:3] + frame[4:5] for frame in frames(text)] == [
        ("flight", ["Harbor Systems", "Tern-3", "Tern-4"], datetime.date(2026, 10, 21), "planned")
    ]


def test_frames_agreeing_to_launch_is_an_agreement_dated_by_a_month_opening_the_sentence():
    text = (
        "PARIS, April 9, 2026 — Harbor Systems confirmed its schedule on Thursday.\n"
        "In January, Harbor Systems agreed to launch two cubesats for a university."
    )
    assert [frame[:3] for frame in frames(text)][1:] == [
        ("agreement", ["Harbor Systems"], datetime.date(2026, 1, 1))
    ]


def test_frames_a_place_after_and_she_is_another_clauses():
    text = (
        "PARIS, March 11, 2026 — Lena Kovac watched the Tern-3 launch on Tuesday, and she "
        "travels on to Lyon."
    )
    assert [frame[:4] for frame in frames(text)] == [
        ("launch", ["Lena Kovac", "Tern-3"], datetime.date(2026, 3, 10), None)
    ]


def test_frames_a_sentence_opening_with_since_tells_when_not_an_earlier_occurrence():
    text = (
        "PARIS, March 11, 2026 — Harbor Systems reported on Tuesday.\n"
        "Since Tern-3 was launched from Kourou in the spring, Harbor Systems has tested it.\n"
        "It was the first flight since Tern-1 was launched from Kourou in 2019."
    )
    assert [(frame[0], frame[1], frame[5]) for frame in frames(text)[1:]] == [
        ("launch", ["Harbor Systems", "Tern-3"], False),
        ("launch", ["Harbor Systems", "Tern-1"], True),
    ]


def test_frames_the_same_day_is_the_day_of_the_event_told_before():
    text = (
        "PARIS, March 11, 2026 — The Orbital Agency and Harbor Systems will hold talks in Lyon "
        "on Friday. The two organisations are due to sign a launch contract the same day."
    )
    assert [frame[:3] for frame in frames(text)] == [
        ("meeting", ["Harbor Systems", "Orbital Agency"], datetime.date(2026, 3, 13)),
        ("agreement", ["Harbor Systems", "Orbital Agency"], datetime.date(2026, 3, 13)),
    ]


def test_frames_a_rockets_debut_is_a_launch():
    text = "PARIS, March 11, 2026 — The Tern rocket made its debut from Kourou in March 2025."
    assert [frame[:4] for frame in frames(text)] == [
        ("launch", ["Tern"], datetime.date(2025, 3, 1), "Kourou")
    ]


def test_frames_an_aborted_attempt_or_a_malfunction_is_an_anomaly():
    text = (
        "PARIS, March 11, 2026 — Harbor Systems said its first Tern-3 docking attempt was "
        "aborted in July 2025.\nThe Tern-4 engine malfunctioned on March 3."
    )
    assert [frame[:3] for frame in frames(text)] == [
        ("flight", ["Harbor Systems", "Tern-3"], datetime.date(2025, 7, 1)),
        ("anomaly", ["Harbor Systems", "Tern-4"], datetime.date(2026, 3, 3)),
    ]


def test_frames_a_satellite_that_went_up_from_a_site_was_launched():
    text = (
        "PARIS, March 11, 2026 — Tern-3 finally went up last week from Kourou, Harbor Systems said."
    )
    assert [frame[:2] + frame[3:4] for frame in frames(text)] == [
        ("launch", ["Harbor Systems", "Tern-3"], "Kourou")
    ]


def test_frames_who_starts_on_a_day_as_a_title_is_appointed():
    text = (
        "PARIS, March 11, 2026 — Lena Kovac, who starts on 1 July as Harbor Systems' chief "
        "engineer, spoke on Tuesday."
    )
    assert [frame[:3] for frame in frames(text)] == [
        ("appointment", ["Harbor Systems", "Lena Kovac"], datetime.date(2026, 7, 1))
    ]


def test_frames_a_person_flying_to_a_city_is_a_journey_and_riding_a_rocket_out_of_one_a_launch():
    text = (
        "Lena Kovac flew to Lisbon to argue the Orbital Agency's case. Tern-4, which rode a "
        "Vesta rocket out of Kourou in 2021, is still working."
    )
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        ("launch", datetime.date(2021, 1, 1))
    ]


def test_frames_taking_up_a_post_and_a_new_manager_named_are_appointments():
    text = (
        "Dr Lena Kovac, who took up her post as Orbital Agency mission scientist on June 1, 2026, "
        "spoke first. The Orbital Agency's new Tern-5 project manager, Tomas Ruiz, who starts in "
        "December 2026, will lead the tests."
    )
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        ("appointment", datetime.date(2026, 6, 1)),
        ("appointment", datetime.date(2026, 12, 1)),
    ]


def test_frames_the_terms_of_an_agreement_are_not_its_signing():
    text = (
        "Under the agreement, Harbor Telemetry Ltd will provide eight passes a day to the Orbital "
        "Agency's centre in Lisbon. The data are shared under the agreement signed on May 4, "
        "2026 in Faro."
    )
    assert [(kind, date, place) for kind, _, date, place, *_ in frames(text)] == [
        ("agreement", datetime.date(2026, 5, 4), "Faro")
    ]


def test_frames_it_is_the_craft_just_named_and_a_transcript_label_takes_no_part():
    text = (
        "ANNA BERG: And the satellite itself, Tern-7, how is it doing?\n\n"
        "KOVAC: Very well, by all accounts.\n\n"
        "BERG: Good to hear.\n\n"
        "KOVAC: Remember, it went up from Kourou on March 4, 2026, on a small rocket."
    )
    assert frames(text) == [
        ("launch", ["Tern-7"], datetime.date(2026, 3, 4), "Kourou", "happened", False, None)
    ]


def test_frames_the_first_event_told_before_anyone_is_named_is_the_main_organisations():
    text = (
        "VARDO, May 19 (Wire) — A northern weather satellite lifted off from Vardo on Tuesday. "
        "The Orbital Agency built it with Harbor Systems Ltd, its partner. The Orbital Agency "
        "will operate it, Harbor Systems Ltd said."
    )
    assert frames(text)[0][:2] == ("launch", ["Harbor Systems Ltd", "Orbital Agency"])


def test_frames_watching_a_livestream_of_a_launch_is_no_launch_where_it_was_watched():
    text = (
        "Tern-4 lifted off from Kourou on May 19, 2026. Lena Kovac of the Orbital Agency watched "
        "a livestream of the launch with students in Lisbon."
    )
    assert [(kind, place) for kind, _, _, place, *_ in frames(text)] == [("launch", "Kourou")]


def test_frames_a_moment_minutes_after_lift_off_and_a_seat_are_not_the_launch_or_its_place():
    text = (
        "Tern-4 lifted off from Kourou on May 19, 2026. The satellite separated from the upper "
        "stage about 14 minutes after lift-off and sent its first signals to a ground station in "
        "Lisbon. Harbor Systems, which is headquartered in Porto, launched Tern-5 on June 2, 2026."
    )
    # the middle sentence tells the craft's first signals, received in Lisbon
    assert [(kind, date, place) for kind, _, date, place, *_ in frames(text)] == [
        ("launch", datetime.date(2026, 5, 19), "Kourou"),
        ("milestone", None, "Lisbon"),
        ("launch", datetime.date(2026, 6, 2), None),
    ]


def test_frames_a_dated_relative_clause_after_a_dated_head_is_an_event_of_its_own():
    text = (
        "PARIS, March 11, 2026 — Harbor Insurance paid the Orbital Agency $4 million on Monday "
        "for the loss of Tern-2, the weather satellite that went silent on February 3."
    )
    # the payment is a dated claim of no event kind, the satellite's end an event
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        (None, datetime.date(2026, 3, 9)),
        ("end_of_operations", datetime.date(2026, 2, 3)),
    ]


def test_frames_an_event_next_spring_is_planned_and_a_deal_running_until_next_year_happened():
    text = (
        "Tern-6 was already being built. It flies from Kourou next spring. The Orbital Agency "
        "and Harbor Systems Ltd signed a supply deal to run until next year."
    )
    assert [(kind, modality) for kind, _, _, _, modality, *_ in frames(text)] == [
        ("launch", "planned"),
        ("agreement", "happened"),
    ]


def test_frames_an_end_date_given_in_full_is_the_year_it_runs_until_not_the_events_date():
    text = (
        "LISBON, March 9, 2026 — The Orbital Agency extended its ground-station contract with "
        "Harbor Ground Services until 31 December 2030.\n"
        "An earlier deal with Tern Telemetry ran through December 2027.\n"
    )
    assert [(kind, date, until) for kind, _, date, *_, until in frames(text)] == [
        ("extension", None, 2030),
        ("agreement", None, 2027),  # the deal, as it ran
    ]


def test_frames_the_value_a_correction_rejects_is_no_date_of_the_event():
    text = (
        "LISBON, March 16, 2026 — A report last week said the Orbital Agency had extended its "
        "contract with Harbor Ground Services until 2031.\n"
        "The agency's notice shows that the contract has been extended until 2030, not 2031.\n"
    )
    assert [(kind, date, until) for kind, _, date, *_, until in frames(text)] == [
        ("extension", None, 2031),
        ("extension", None, 2030),
    ]


def test_frames_lofted_and_was_orbited_are_launches():
    text = (
        "LISBON, March 14, 2026 — The Orbital Agency's Tern-3 probe was lofted on Wednesday, "
        "March 11, from Alcântara.\n"
        "Its predecessor, Tern-2, was orbited in 2019.\n"
    )
    assert [(kind, date, place) for kind, _, date, place, *_ in frames(text)] == [
        ("launch", datetime.date(2026, 3, 11), "Alcântara"),
        ("launch", datetime.date(2019, 1, 1), None),
    ]


def test_frames_a_pad_at_a_place_lies_in_it():
    text = (
        "The Orbital Agency's Tern-3 lifted off from Pad 2 at Vesterøy on March 4, 2026. "
        "Hundreds of people watched from the harbour in Vesterøy."
    )
    result = extract(text)
    names = {entity.key: entity.name for entity in result.entities}
    assert [(names[a], names[b]) for a, b in result.containments] == [("Pad 2", "Vesterøy")]


def test_frames_two_nations_agencies_are_the_articles_two_organisations():
    text = (
        "LISBON, March 9, 2026 — The Orbital Agency and the Harbor Space Institute signed a "
        "data-sharing pact on Monday.\n"
        "The Orbital Agency launched its Tern-4 probe on Friday.\n"
        "The Portuguese and Spanish agencies will meet again in Madrid in May.\n"
    )
    assert frames(text)[2][:2] == ("meeting", ["Harbor Space Institute", "Orbital Agency"])


def test_frames_a_bulletins_speaker_label_is_not_one_of_the_articles_organisations():
    text = (
        "EVENING NEWS\n\n"
        "ANNA: Good evening. The Orbital Agency launched its Tern-4 probe this afternoon.\n\n"
        "ANNA: The agency signed a pact with the Harbor Space Institute last week.\n\n"
        "ANNA: The two agencies will meet again in Madrid in May.\n\n"
        "ANNA: That is the news.\n"
    )
    meeting = next(frame for frame in frames(text) if frame[0] == "meeting")
    assert meeting[1] == ["Harbor Space Institute", "Orbital Agency"]


def test_frames_when_an_arrangement_expires_is_the_year_it_runs_until():
    text = (
        "LISBON, March 9, 2026 — The Orbital Agency shares data with the Harbor Space Institute. "
        "Their memorandum was last renewed in 2023 and was due to expire at the end of 2026.\n"
    )
    assert [
        (kind, date, previous, until) for kind, _, date, _, _, previous, until in frames(text)
    ] == [("extension", datetime.date(2023, 1, 1), True, 2026)]


def test_frames_a_planned_clause_looks_ahead_across_an_apposition():
    text = (
        "LISBON, May 12, 2026 — The Orbital Agency's director, Lena Kovac, flew to Madrid.\n"
        "Kovac is due to sign a launch agreement for a second satellite, Tern-2, with the "
        "company Harbor Orbital on Thursday in Madrid.\n"
    )
    assert [(frame[0], frame[2], frame[4]) for frame in frames(text)] == [
        ("agreement", datetime.date(2026, 5, 14), "planned")
    ]


def test_frames_a_craft_pencilled_in_for_a_year_is_a_statement_of_intent():
    text = "LISBON, May 12, 2026 — The Orbital Agency's Tern-5 is pencilled in for 2028.\n"
    assert [(frame[0], frame[1], frame[2], frame[4]) for frame in frames(text)] == [
        ("intent", ["Orbital Agency", "Tern-5"], datetime.date(2028, 1, 1), "planned")
    ]


def test_frames_a_first_image_is_a_milestone_unless_the_clause_tells_another_event():
    text = (
        "LISBON, May 23, 2026 — The Orbital Agency's Tern-5 sent its first images on Friday.\n"
        "Tern-4, the satellite that gave the Orbital Agency its first images of the coast, will "
        "be switched off on June 30.\n"
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("milestone", datetime.date(2026, 5, 22)),
        ("end_of_operations", datetime.date(2026, 6, 30)),
    ]


def test_frames_carried_into_orbit_is_a_launch():
    text = (
        "LISBON, March 13, 2026 — Tern-6 was carried into orbit on Tuesday by the Orbital "
        "Agency's Kestrel rocket from Alcântara.\n"
    )
    assert [(frame[0], frame[2], frame[3]) for frame in frames(text)] == [
        ("launch", datetime.date(2026, 3, 10), "Alcântara")
    ]


def test_frames_a_day_opening_the_sentence_looks_ahead_past_a_titles_period():
    text = (
        "LISBON, April 17, 2026 — On Tuesday, Dr. Lena Kovac will hold talks in Madrid with the "
        "Harbor Space Institute.\n"
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("meeting", datetime.date(2026, 4, 21))
    ]


def test_frames_a_labelled_date_line_dates_the_article_and_the_lines_above_it_still_count():
    text = (
        "Kestrel Rockets signs a contract with the Orbital Agency\n"
        "By A. Writer\n"
        "Published: Thursday 8 October\n\n"
        "Tern-2 is scheduled to launch from Andoya on Friday 9 October. Conditions are similar "
        "to those on 11 June, when the first flight lifted off.\n"
    )
    result = extract(text, received_at=datetime.date(2026, 12, 2))
    # the headline above the date line is read (a dateline's lines above are not), the byline
    # names no party, and the day of the earlier flight stays behind the bulletin's date
    assert result.claims[0].statement == "Kestrel Rockets signs a contract with the Orbital Agency"
    assert frames(text, received_at=datetime.date(2026, 12, 2))[1:] == [
        ("launch", ["Tern-2"], datetime.date(2026, 10, 9), "Andoya", "planned", False, None),
        ("launch", ["Tern-2"], datetime.date(2026, 6, 11), None, "happened", False, None),
    ]


def test_frames_launch_before_weather_or_window_names_no_launch():
    text = (
        "Kestrel Rockets issued its launch weather forecast for Andoya on March 2, 2026. The "
        "Orbital Agency set a launch window on March 3, 2026."
    )
    assert [frame[0] for frame in frames(text)] == [None, None]


def test_frames_yearless_dateline_on_the_weekday_its_lead_names_this_year_is_this_years():
    text = (
        "MOMBASA, Oct 6 (Wire) — The Orbital Agency on Tuesday extended its contract with the "
        "Harbor Space Institute until 2031. Their first meeting was in May 2025, after the maiden "
        "flight of June 2025.\n"
    )
    # October 6 is a Tuesday in 2026; the text names 2025 more often than 2026
    found = frames(text, received_at=datetime.date(2026, 12, 2))
    assert found[0][:3] == (
        "extension",
        ["Harbor Space Institute", "Orbital Agency"],
        datetime.date(2026, 10, 6),
    )
