"""Kinds of names: what a capitalised word before a company noun or after "and" is."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import names, speaker_of


def test_classify_nationality_before_a_company_noun_or_after_and_is_no_organisation():
    text = (
        "The venture joins Argentine rocket maker Andes Cohetes SA and Peruvian engineering "
        "group Inca Tecnica. Welsh engineers will help."
    )
    result = extract(text)
    assert names(result, "organization") == ["Andes Cohetes", "Inca Tecnica"]
    assert [e.name for e in result.entities] == ["Andes Cohetes", "Inca Tecnica"]


def test_classify_zone_and_hemisphere_end_place_names():
    text = (
        "The firm will move to the Okada Free Trade Zone in 2027. It is the best launch site in "
        "the Southern Hemisphere."
    )
    result = extract(text)
    assert names(result, "place") == ["Okada Free Trade Zone", "Southern Hemisphere"]
    assert names(result, "person") == []


def test_classify_hyphenated_mixed_case_acronym_in_brackets_names_the_long_form():
    text = (
        "It was picked by the Veloria National Space Promotion and Licensing Board (VE-SPACe). "
        "VE-SPACe said so."
    )
    result = extract(text)
    assert names(result, "organization") == ["Veloria National Space Promotion and Licensing Board"]
    assert names(result, "person") == []
    board = result.entities[0]
    assert board.aliases == ["VE-SPACe"]


def test_classify_names_in_a_wire_credit_line():
    text = (
        "The deal was signed on Monday.\n\n"
        "— Reporting by Marta Quiroga in Lima and Tomas Ibanez in Quito; Editing by Karen Aldous"
    )
    result = extract(text)
    assert names(result, "person") == ["Marta Quiroga", "Tomas Ibanez", "Karen Aldous"]
    assert names(result, "place") == ["Lima", "Quito"]


def test_classify_broadcast_script_cues_in_capitals_are_no_organisations():
    text = (
        "ANCHOR: Good evening. A rocket engine test at the Okada range ended early.\n\n"
        "REPORTER (LIVE): Crews from the Okada Fire Department were called in.\n\n"
        "TAG (ANCHOR): We will have more on this story tonight."
    )
    result = extract(text)
    assert names(result, "organization") == ["Okada Fire Department"]


def test_classify_a_spanish_article_opens_the_place_name():
    text = "The rocket flew from a range in La Quebrada province in May."
    assert names(extract(text), "place") == ["La Quebrada"]


def test_tech_launch_and_telecom_end_organisation_names_and_ebitda_is_no_name():
    text = (
        "Mara Quell studied engineering at Brantley Tech. Last year the firm flew with Corvane "
        "Launch and sold capacity to Halden Telecom. Adjusted EBITDA rose to £31 million."
    )
    result = extract(text)
    assert [(e.name, e.kind) for e in result.entities] == [
        ("Mara Quell", "person"),
        ("Brantley Tech", "organization"),
        ("Corvane Launch", "organization"),
        ("Halden Telecom", "organization"),
    ]


def test_chief_financial_officer_is_a_title_not_an_organisation():
    text = "I will now hand over to our Chief Financial Officer, Ravi Tolland, for the numbers."
    result = extract(text)
    assert [(e.name, e.kind) for e in result.entities] == [("Ravi Tolland", "person")]


def test_gulf_demonyms_are_adjectives_not_organisations():
    text = (
        "The satellite was built entirely by Emirati engineers, and Saudi officials "
        "attended the launch."
    )
    assert extract(text).entities == []


def test_classify_laws_holidays_projects_and_crew_craft_are_no_people_or_bodies():
    text = (
        "Under Article 25 of the Harbour Councils Act (HCA), we may advise on the plan, known "
        "as Project Lighthouse, before Founders Day. We climbed into Crew Falcon. "
        "Doris Day waved."
    )
    result = extract(text)
    assert [(e.name, e.kind) for e in result.entities] == [
        ("Harbour Councils Act", "other"),
        ("Project Lighthouse", "program"),
        ("Founders Day", "other"),
        ("Crew Falcon", "spacecraft"),
        ("Doris Day", "person"),
    ]


def test_classify_an_operations_name_is_a_program_not_a_person():
    text = "The buoys will serve the navy's Operation Saltmarsh coastal programme from June."
    assert [(e.name, e.kind) for e in extract(text).entities] == [
        ("Operation Saltmarsh", "program")
    ]


def test_classify_a_name_after_research_house_is_an_organisation():
    text = (
        "“The order book is thin,” said Adaeze Obi, an analyst at the Lagos research house "
        "Baobab Insight."
    )
    result = extract(text)
    assert [(e.name, e.kind) for e in result.entities] == [
        ("Adaeze Obi", "person"),
        ("Lagos", "place"),
        ("Baobab Insight", "organization"),
    ]


def test_classify_a_name_before_a_group_of_is_an_organisation():
    text = (
        "On Friday she flies to Gdańsk to meet the Baltic Drone Cluster, a group of small "
        "aviation firms."
    )
    assert [(e.name, e.kind) for e in extract(text).entities] == [
        ("Gdańsk", "place"),
        ("Baltic Drone Cluster", "organization"),
    ]


def test_classify_a_demonym_whose_country_is_its_plural_names_no_craft():
    text = "The barge carried a Philippine mapping satellite and a Maldive survey satellite."
    assert extract(text).entities == []


def test_classify_a_mastheads_lead_word_before_a_particle_is_a_newspaper():
    text = "The mayor told Jornal do Sertão and Diário da Serra that the road was finished."
    assert [(e.name, e.kind) for e in extract(text).entities] == [
        ("Jornal do Sertão", "organization"),
        ("Diário da Serra", "organization"),
    ]


def test_classify_shipbuilders_museums_galleries_exchanges_and_police_districts_are_bodies():
    text = (
        "Sales rose at Quentor Velbrook Shipbuilding last year. The loan goes to the Harwick "
        "Folk Museum in May. The firm listed on the Pellham Stock Exchange on Friday. A van was "
        "stopped by Ostvik Police District on Sunday. A sketch hangs in the Corran Art Gallery."
    )
    result = extract(text)
    assert names(result, "organization") == [
        "Quentor Velbrook Shipbuilding",
        "Harwick Folk Museum",
        "Pellham Stock Exchange",
        "Ostvik Police District",
        "Corran Art Gallery",
    ]
    assert names(result, "person") == []
    assert names(result, "place") == []


def test_classify_a_nationality_in_capitals_opening_a_story_is_no_acronym():
    text = (
        "The DUTCH entry in the design contest came from Kroon Orbital, and the IRISH one from "
        "Brannagh Labs."
    )
    result = extract(text)
    assert [e.name for e in result.entities if e.name.isupper()] == []


def test_classify_the_acronym_of_a_fuel_is_no_organisation():
    text = "The island depot stores LPG for homes and sells CNG to bus fleets."
    result = extract(text)
    assert names(result, "organization") == []


def test_classify_a_gmbh_or_ag_before_of_and_a_city_is_a_company_in_that_city():
    text = (
        "A ruling went against Keplinger Feinmechanik GmbH of Dresden last week. Keplinger "
        "Feinmechanik has told the court that its gauges «met the standard in every batch», and "
        "Hollweg Optik AG of Jena agreed."
    )
    result = extract(text)
    assert names(result, "organization") == ["Keplinger Feinmechanik", "Hollweg Optik"]
    assert names(result, "place") == ["Dresden", "Jena"]
    assert names(result, "person") == []
    assert speaker_of(result, "met the standard") == "Keplinger Feinmechanik"


def test_classify_a_name_after_the_kind_of_ship_is_a_vessel_not_a_person():
    text = (
        "Rekta Launch will lease the cable-laying vessel Morgan Tide for its autumn trials. "
        "Crews boarded Morgan Tide on Monday."
    )
    result = extract(text)
    assert names(result, "person") == []
    assert names(result, "other") == ["Morgan Tide"]


def test_classify_a_name_between_a_count_and_a_plural_noun_is_no_person():
    text = "At the autumn mart Ailsa Brodie sold 60 Lleyn Hill Mule gimmers and bought a tractor."
    result = extract(text)
    assert names(result, "person") == ["Ailsa Brodie"]


def test_classify_board_theatre_alliance_end_organisations_township_base_village_places():
    text = (
        "The Wexcombe Select Board met on Tuesday at the Harrow Street Theatre. The Quarry "
        "Operators Alliance opposed the plan, and the Wexley Township council backed it. Trucks "
        "left Pendry Military Base at dawn; residents of Orrin Village and Ferrow Borough "
        "watched."
    )
    result = extract(text)
    assert names(result, "organization") == [
        "Wexcombe Select Board",
        "Harrow Street Theatre",
        "Quarry Operators Alliance",
    ]
    assert names(result, "place") == [
        "Wexley Township",
        "Pendry Military Base",
        "Orrin Village",
        "Ferrow Borough",
    ]
    assert names(result, "person") == []


def test_classify_a_board_chair_before_a_name_is_no_organisation_of_the_speaker():
    text = (
        "The Pellham Select Board heard the plan on Monday.\n\n"
        "“We want answers first,” said Select Board Chair Lorna Petitclerc."
    )
    assert speaker_of(extract(text), "We want answers") == "Lorna Petitclerc"
