"""Event frames named by words of notices and of launch bookings: a gazette's "do by this Notice
appoint", "cease all radio transmissions", "is aiming to", "has flown", "booked on"."""

import datetime

from tests.extraction.test_frames import frames

DATELINE = (
    "PARIS, March 9, 2026 — The Orbital Agency and the Harbor Space Institute met on Monday. "
)


def test_frames_a_notice_appoints_in_the_present_tense():
    text = DATELINE + (
        "I, Marta Ruiz, Minister of Science, do by this Notice appoint Dr. Tomas Vell as Mission "
        "Director of the Orbital Agency, with effect from 1 May 2026."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)[1:]] == [
        ("appointment", datetime.date(2026, 5, 1))
    ]


def test_frames_ceasing_all_transmissions_ends_operations():
    text = DATELINE + (
        "The Orbital Agency shall cause the satellite Tern-1 to cease all radio transmissions "
        "with effect from 30 April 2026."
    )
    assert [(frame[0], frame[2], frame[4]) for frame in frames(text)[1:]] == [
        ("end_of_operations", datetime.date(2026, 4, 30), "planned")
    ]


def test_frames_aiming_to_launch_in_a_year_is_an_intent():
    text = DATELINE + "The Orbital Agency is aiming to launch Tern-3 in 2028."
    assert [(frame[0], frame[4]) for frame in frames(text)[1:]] == [("intent", "planned")]


def test_frames_a_rocket_that_has_flown_before_launched_and_a_director_flown_to_a_city_did_not():
    text = DATELINE + (
        "The Kestrel rocket has flown to orbit once before, in November 2025. The director had "
        "flown to London for talks."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)[1:]] == [
        ("launch", datetime.date(2025, 11, 1)),
        ("meeting", None),
    ]


def test_frames_a_craft_booked_on_a_rocket_is_a_planned_launch():
    text = DATELINE + "Tern-2 is booked on a Kestrel rocket for September."
    assert [(frame[0], frame[2], frame[4]) for frame in frames(text)[1:]] == [
        ("launch", datetime.date(2026, 9, 1), "planned")
    ]


def test_frames_a_craft_going_quiet_ends_operations_and_one_rising_off_a_site_launched():
    text = DATELINE + (
        "Tern-1 goes quiet at the end of April 2026. When Tern-2 rose off Kourou on 2 March, the "
        "director watched from Lisbon."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)[1:]] == [
        ("end_of_operations", datetime.date(2026, 4, 1)),
        ("launch", datetime.date(2026, 3, 2)),
    ]


def test_frames_a_day_spent_with_someone_is_a_meeting_and_years_spent_with_a_body_are_not():
    text = DATELINE + (
        "The Orbital Agency's director spent Tuesday in Lisbon with the Harbor Space Institute's "
        "president. She spent ten years with the Harbor Space Institute."
    )
    assert [(frame[0], frame[3]) for frame in frames(text)[1:]] == [("meeting", "Lisbon")]


def test_frames_a_launch_calendar_is_no_launch():
    text = DATELINE + (
        "Lena Kovac, who joins the Orbital Agency as chief operating officer next month, will be "
        "responsible for the launch calendar."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)[1:]] == [
        ("appointment", datetime.date(2026, 4, 1))
    ]


LETTER = (
    "Dear shareholders,\n\nKestrel Rockets closed its best year. The Orbital Agency remained our "
    "largest customer.\n\nWe intend to fly six times in 2028.\n"
)


def test_frames_we_in_an_organisations_own_text_is_that_organisation():
    assert [(frame[0], frame[1]) for frame in frames(LETTER, source="Kestrel Rockets GmbH")] == [
        ("intent", ["Kestrel Rockets", "Orbital Agency"])
    ]


def test_frames_we_in_a_text_from_elsewhere_is_nobody_named():
    assert [(frame[0], frame[1]) for frame in frames(LETTER, source="Harbor Daily News")] == [
        ("intent", ["Orbital Agency"])
    ]


def test_frames_an_event_word_in_an_organisations_name_yields_to_the_clauses_verb():
    text = DATELINE + (
        "The Orbital Agency and Kestrel Launch Systems signed their agreement on 4 March. The "
        "photograph of the launch was taken by Lena Kovac, a reader from Lisbon."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)[1:]] == [
        ("agreement", datetime.date(2026, 3, 4))
    ]


def test_frames_a_participle_clause_naming_another_visit_gives_the_meeting_no_date():
    text = DATELINE + (
        "Director Lena Kovac met the Harbor Space Institute's president in Lisbon, returning "
        "the visit the president paid to Paris in 2024."
    )
    assert [(frame[0], frame[2], frame[3]) for frame in frames(text)[1:]] == [
        ("meeting", None, "Lisbon")
    ]


def test_frames_a_dateline_that_writes_its_year_dates_the_article_whenever_it_is_received():
    text = (
        "HARBOR STAFF ASSOCIATION\n\nBogotá, 24 May 2027\n\nThe Orbital Agency met the Harbor "
        "Space Institute on Friday."
    )
    assert [
        (frame[0], frame[2]) for frame in frames(text, received_at=datetime.date(2026, 12, 7))
    ] == [("meeting", datetime.date(2027, 5, 21))]


def test_frames_a_bare_day_of_the_month_is_a_day_of_the_articles_month_or_the_one_before():
    text = (
        "LISBON, 10 September 2026 — The Orbital Agency launched Tern-2 on the night of the "
        "17th. The agency will launch Tern-3 on the 19th. It marked the 20th anniversary."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)] == [
        ("launch", datetime.date(2026, 8, 17)),
        ("launch", datetime.date(2026, 9, 19)),
    ]


def test_frames_a_readiness_review_is_no_launch_and_a_customers_city_is_no_launch_site():
    text = DATELINE + (
        "The launch readiness review was completed on 4 March. The Kestrel rocket's first "
        "orbital flight in November carried two satellites for a university in Glasgow. The "
        "agency signed a contract with a university in Cuenca in August."
    )
    # the review is a dated statement of no kind
    assert [(frame[0], frame[3]) for frame in frames(text)[1:]] == [
        (None, None),
        ("launch", None),
        ("agreement", "Cuenca"),
    ]


def test_frames_a_dateline_given_apart_from_the_text_dates_it():
    text = "The Orbital Agency met the Harbor Space Institute on Tuesday."
    received = datetime.date(2026, 12, 7)
    assert [
        frame[2] for frame in frames(text, dateline="LISBON, March 5", received_at=received)
    ] == [datetime.date(2026, 3, 3)]
    assert [frame[2] for frame in frames(text, received_at=received)] == [None]


def test_frames_more_flights_planned_this_year_are_an_intent():
    text = DATELINE + "Kestrel Rockets plans three more Kestrel-2 flights this year."
    assert [(frame[0], frame[2], frame[4]) for frame in frames(text)[1:]] == [
        ("intent", datetime.date(2026, 1, 1), "planned")
    ]


def test_frames_signing_an_extension_is_the_extension_and_so_is_a_renewal_after_and():
    text = DATELINE + (
        "At the meeting, the agencies are expected to sign an extension of their data-sharing "
        "agreement. The Orbital Agency met the Harbor Space Institute on 3 March 2026, and the "
        "memorandum between the two agencies was renewed until 2030."
    )
    assert [frame[0] for frame in frames(text)[1:]] == ["extension", "meeting", "extension"]


def test_frames_to_fly_is_a_launch_and_a_plan_without_a_day_is_an_intent():
    text = DATELINE + (
        "Tern-3 is due to fly in 2028. The Orbital Agency intends to fly Tern-4 from Andoya "
        "before the end of the decade. Tern-5 is meant to fly in 2029. Nobody knew whether "
        "Tern-1 would ever fly."
    )
    # (the last sentence tells no event: no frame, nothing dated)
    assert [frame[0] for frame in frames(text)[1:]] == ["intent", "intent", "intent"]


def test_frames_taking_up_a_job_is_an_appointment():
    text = DATELINE + "Dr. Lena Kovac took up the Orbital Agency's top job on 1 June 2026."
    assert [(frame[0], frame[2]) for frame in frames(text)[1:]] == [
        ("appointment", datetime.date(2026, 6, 1))
    ]


def test_frames_a_landing_beach_names_no_landing():
    text = DATELINE + (
        "The landing beach east of the complex will be closed, as during the maiden flight of "
        "the Kestrel rocket in November 2025."
    )
    assert [frame[0] for frame in frames(text)[1:]] == ["launch"]


def test_frames_an_event_so_many_days_after_another_of_its_kind_is_another_occurrence():
    text = DATELINE + (
        "The Orbital Agency launched Tern-2 on 9 June 2026. The launch came five days after "
        "Kestrel Rockets flew its Skua rocket from Andoya on 4 June 2026."
    )
    assert [frame[:4] for frame in frames(text)[1:]] == [
        ("launch", ["Orbital Agency", "Tern-2"], datetime.date(2026, 6, 9), None),
        # ("The launch came five days" tells nothing new: no frame of its own)
        ("launch", ["Kestrel Rockets", "Skua"], datetime.date(2026, 6, 4), "Andoya"),
    ]


def test_frames_a_launch_word_in_a_name_tells_a_launch_only_before_a_rocket():
    text = DATELINE + (
        "Tern-2 will fly on a Kestrel Launch Systems rocket on 9 June 2026. Its director since "
        "July 2026 is Lena Kovac, who ran range safety for Kestrel Launch Systems."
    )
    assert [frame[0] for frame in frames(text)[1:]] == ["launch", None]


def test_frames_as_and_a_named_subject_begin_a_second_event():
    text = DATELINE + (
        "The Kestrel rocket lofted Tern-2 on 9 June 2026 as the Orbital Agency extended its "
        "launch deal with Kestrel Rockets to 2029."
    )
    assert [(frame[0], frame[6]) for frame in frames(text)[1:]] == [
        ("launch", None),
        ("extension", 2029),
    ]


def test_frames_lifting_a_satellite_from_a_spaceport_is_a_launch():
    text = DATELINE + "The Kestrel rocket will lift Tern-2 from Andoya on 28 April 2026."
    assert [(frame[0], frame[2]) for frame in frames(text)[1:]] == [
        ("launch", datetime.date(2026, 4, 28))
    ]


def test_frames_a_day_first_full_date_gives_the_year_of_the_yearless_days():
    text = (
        "AGENDA, WEEK 38\n\n"
        "The Orbital Agency meets the Harbor Space Institute in Lisbon on 16 Sep. The agenda "
        "runs to 20 September 2026.\n"
    )
    assert [(frame[0], frame[2]) for frame in frames(text)][0] == (
        "meeting",
        datetime.date(2026, 9, 16),
    )


def test_frames_the_date_of_an_article_is_no_date_of_the_event():
    text = DATELINE + (
        "A 25 March article on the Orbital Agency's pact with the Harbor Space Institute "
        "misstated its duration."
    )
    assert [frame[2] for frame in frames(text)[1:]] == [None]


def test_frames_a_launch_word_in_a_places_name_names_no_launch():
    text = DATELINE + (
        "Wed 4 Mar 2026 | 10:00 | Velka Launch Centre | Meeting of the Orbital Agency with the "
        "Harbor Space Institute"
    )
    assert [frame[0] for frame in frames(text)[1:]] == ["meeting"]


def test_frames_where_after_a_preposition_does_not_share_the_date_before_it():
    text = DATELINE + (
        "Tern-2 will lift off on 24 March 2026 from a pad near where the two agency chiefs met."
    )
    assert [(frame[0], frame[2]) for frame in frames(text)[1:]] == [
        ("launch", datetime.date(2026, 3, 24)),
        ("meeting", None),
    ]


def test_frames_so_many_days_before_a_launch_another_flight_is_another_occurrence():
    text = DATELINE + (
        "Four days before the Tern-2 launch, a rival rocket, Kestrel Rockets' Skua, failed on its "
        "debut flight from Andoya on 5 March 2026."
    )
    found = [frame[:3] for frame in frames(text)[1:]]
    # the Skua's flight is its own, with its own party; Tern-2 is no party of it
    assert found[-1] == ("launch", ["Kestrel Rockets"], datetime.date(2026, 3, 5))


def test_frames_a_launch_on_whose_eve_a_meeting_is_held_is_not_the_meeting():
    text = (
        "HARBOR SYSTEMS PRESS KIT\n\n"
        "On the eve of the launch, Harbor Systems chief Ana Ruiz will host Tomas Berg, head of "
        "Nordhavn Space, for talks in Tromso on 16 March 2026."
    )
    assert [frame[:4] for frame in frames(text)] == [
        ("meeting", ["Harbor Systems", "Nordhavn Space"], datetime.date(2026, 3, 16), "Tromso"),
    ]


def test_frames_a_date_after_since_that_a_when_clause_tells_is_the_earlier_events():
    text = (
        "MADRID, May 5, 2026 — The heads of the Orbital Agency and the Harbor Space Institute met "
        "on Monday in Seville. It was their first meeting since October 2024, when the two met in "
        "Bilbao. It was also the first visit since 2018."
    )
    parties = ["Harbor Space Institute", "Orbital Agency"]
    assert [frame[:6] for frame in frames(text)] == [
        ("meeting", parties, datetime.date(2026, 5, 4), "Seville", "happened", False),
        ("meeting", parties, datetime.date(2024, 10, 1), "Bilbao", "happened", True),
        ("meeting", parties, None, None, "happened", False),
    ]


def test_frames_took_charge_stop_operations_and_will_host_name_their_events():
    text = (
        "LISBON, October 20, 2026 — Ana Ruiz took charge of the Orbital Agency on 1 September. "
        "The agency's Tern-1 satellite will stop operations in December. Ruiz will host Tomas "
        "Berg, director of the Harbor Space Institute, in Faro next month to discuss rules for "
        "launches from both islands."
    )
    assert [frame[:4] for frame in frames(text)] == [
        ("appointment", ["Ana Ruiz", "Orbital Agency"], datetime.date(2026, 9, 1), None),
        ("end_of_operations", ["Orbital Agency", "Tern-1"], datetime.date(2026, 12, 1), None),
        (
            "meeting",
            ["Ana Ruiz", "Harbor Space Institute"],
            datetime.date(2026, 11, 1),
            "Faro",
        ),
    ]


def test_frames_a_when_clause_sets_the_time_of_the_event_after_its_comma():
    text = (
        "MADRID, October 20, 2026 — The talks were long. When the Orbital Agency and the Harbor "
        "Space Institute met in Faro on 14 October, the two agencies also signed a memorandum on "
        "range safety."
    )
    parties = ["Harbor Space Institute", "Orbital Agency"]
    assert [frame[:4] for frame in frames(text)] == [
        ("meeting", parties, datetime.date(2026, 10, 14), "Faro"),
        ("agreement", parties, datetime.date(2026, 10, 14), None),
    ]


def test_frames_a_diarys_present_tense_and_expectations_look_ahead_and_habits_are_no_events():
    text = (
        "LIMA, Friday 11 September 2026 — Vireo Aerospace is targeting 22 October for the launch "
        "of Kite-1 from Punta Garza. The Orbital Agency expects to switch off Kite-0 once Kite-1 "
        "is commissioned, probably in November. Ana Ruiz, president of the Harbor Space "
        "Institute, meets the chief executive of Brazil's Vento Aerospace on Wednesday to discuss "
        'ground stations. "Governments have traditionally bought launches from Kourou," said '
        "Paula Diaz."
    )
    assert [frame[:5] for frame in frames(text)] == [
        (
            "launch",
            ["Kite-1", "Vireo Aerospace"],
            datetime.date(2026, 10, 22),
            "Punta Garza",
            "happened",
        ),
        (
            "end_of_operations",
            ["Kite-0", "Kite-1", "Orbital Agency"],
            datetime.date(2026, 11, 1),
            None,
            "expected",
        ),
        (
            "meeting",
            ["Harbor Space Institute", "Vento Aerospace"],
            datetime.date(2026, 9, 16),
            None,
            "happened",
        ),
    ]


def test_frames_where_a_rocket_was_built_is_not_where_it_flew():
    text = (
        "PARIS, March 9, 2026 — Harbor Systems flew its Kestrel rocket again. The Kestrel, a "
        "two-stage rocket built in Antofagasta by Harbor Systems, made its maiden flight in June "
        "2025."
    )
    assert [frame[2:4] for frame in frames(text)][-1] == (datetime.date(2025, 6, 1), None)


def test_frames_a_leading_meeting_sets_the_time_and_place_of_the_signing_after_its_comma():
    text = (
        "MADRID, October 20, 2026 — The talks were long. At the meeting in Faro on 3 September, "
        "the Orbital Agency and the Harbor Space Institute signed an extension of their "
        "data-sharing agreement until 2030."
    )
    parties = ["Harbor Space Institute", "Orbital Agency"]
    assert [(*frame[:4], frame[6]) for frame in frames(text)] == [
        ("meeting", parties, datetime.date(2026, 9, 3), "Faro", None),
        ("extension", parties, datetime.date(2026, 9, 3), None, 2030),
    ]


def test_frames_an_undated_pages_days_take_the_year_their_weekdays_fall_in():
    text = (
        "VIEWING TICKETS\n\n"
        "Target launch date: 22 October, 14:10 local time (Thursday)\n\n"
        "Vireo Aerospace will launch the Kite-1 satellite from Punta Garza on 22 October."
    )
    received = datetime.date(2026, 12, 7)
    assert [frame[:3] for frame in frames(text, received_at=received)] == [
        ("launch", ["Vireo Aerospace"], datetime.date(2026, 10, 22)),
        ("launch", ["Kite-1", "Vireo Aerospace"], datetime.date(2026, 10, 22)),
    ]
    # a weekday no nearby year fits tells no year
    wrong = text.replace("(Thursday)", "(Monday)")
    assert [frame[2] for frame in frames(wrong, received_at=received)] == [None, None]


def test_frames_a_listings_rows_in_capitals_are_dated():
    text = (
        "WHAT'S ON\nSaturday 3 October 2026 edition\n\n"
        "TUE 6 OCT, 7.30am — Breakfast: Orbital Agency chief Ana Ruiz meets Vireo Aerospace chief "
        "executive Tomas Berg in Faro."
    )
    assert [frame[:4] for frame in frames(text)] == [
        ("meeting", ["Orbital Agency", "Vireo Aerospace"], datetime.date(2026, 10, 6), "Faro")
    ]


def test_frames_a_stated_intention_to_launch_in_a_year_is_an_intent():
    text = DATELINE + "The Orbital Agency has stated its intention to launch Kite-2 in 2028."
    assert [frame[:5] for frame in frames(text)][1:] == [
        ("intent", ["Kite-2", "Orbital Agency"], datetime.date(2028, 1, 1), None, "planned")
    ]


def test_frames_words_an_end_of_named_operations_and_a_goal_of_doing_are_events():
    text = (
        "KOROR, June 2, 2026 (PNA) — The Vela Agency will end Tern-2 operations next month. "
        "Its director also repeated the Vela Agency's goal of flying Tern-5 by 2030."
    )
    assert [(kind, modality, date) for kind, _, date, _, modality, _, _ in frames(text)] == [
        ("end_of_operations", "planned", datetime.date(2026, 7, 1)),
        ("intent", "happened", datetime.date(2030, 1, 1)),
    ]


def test_frames_words_a_tenure_since_a_date_is_the_appointment_then():
    text = (
        "KORO, May 4, 2026 (PNA) — Ms Ray has led the Vela Agency since March 2026. "
        "Dr Quaresh, 51, has served since 2019 as the Orbix Institute's vice-rector."
    )
    assert [
        (kind, parties, date, previous) for kind, parties, date, _, _, previous, _ in frames(text)
    ] == [
        ("appointment", ["Ray", "Vela Agency"], datetime.date(2026, 3, 1), False),
        ("appointment", ["Orbix Institute", "Quaresh"], datetime.date(2019, 1, 1), False),
    ]


def test_frames_words_its_launch_is_the_launch_of_the_craft_just_named():
    text = (
        "KORO, May 4, 2026 (PNA) — The Vela Agency's plan for the year lists the Tern-4 probe "
        "first. Its launch, on a Kestrel-3 booster, is set for June from Baikonur."
    )
    assert [(kind, parties) for kind, parties, *_ in frames(text)][-1] == (
        "launch",
        ["Kestrel-3", "Tern-4", "Vela Agency"],
    )


def test_frames_words_a_site_that_will_close_ends_operations():
    text = (
        "KORO, May 4, 2026 (PNA) — The Vela Agency's Kora test range will close next "
        "month. Investors fear the closure of the Vela Agency's second range."
    )
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        ("end_of_operations", datetime.date(2026, 6, 1)),
        ("end_of_operations", None),
    ]


def test_frames_words_talks_named_by_their_day_only_set_the_signing():
    text = DATELINE + (
        "During Monday's talks, the Orbital Agency and the Harbor Space Institute signed an "
        "amendment extending their data agreement until 2030."
    )
    assert [(kind, until) for kind, *_, until in frames(text)][1:] == [("extension", 2030)]


def test_frames_words_a_launch_that_comes_after_another_is_not_its_parties():
    text = (
        "ALTO, June 23, 2026 — The Orbis Agency launched its Tern-2 satellite on Monday. The "
        "island launch comes days after rival Borvane Aerospace launched its Zephyrine rocket from "
        "Huelva on June 19."
    )
    assert [(kind, parties, date) for kind, parties, date, *_ in frames(text)] == [
        ("launch", ["Orbis Agency", "Tern-2"], datetime.date(2026, 6, 22)),
        ("launch", ["Borvane Aerospace", "Zephyrine"], datetime.date(2026, 6, 19)),
    ]


def test_frames_words_a_debut_told_in_a_relative_clause_is_a_launch_of_its_own():
    text = (
        "KORO, November 5, 2026 (PNA) — It was the Vela Agency's second launch of the year and "
        "the third outing of the Tern, which debuted in March 2024."
    )
    assert [(kind, date) for kind, _, date, *_ in frames(text)] == [
        ("launch", None),
        ("launch", datetime.date(2024, 3, 1)),
    ]


def test_frames_words_a_launch_planned_for_tomorrow_is_dated_the_next_day():
    text = DATELINE + (
        "The Orbital Agency now intends to fly Tern-2 tomorrow night. Tomorrow's engineers "
        "trained at the Harbor Space Institute."
    )
    assert [(kind, date, modality) for kind, _, date, _, modality, *_ in frames(text)][1:] == [
        ("launch", datetime.date(2026, 3, 10), "planned")
    ]
