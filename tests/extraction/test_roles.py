"""Roles: title and organisation of a person, with the evidence span."""

from __future__ import annotations

import pytest

from newsroom.extraction.extractors import extract

from .helpers import names, roles, speaker_of


def test_roles_title_of_org_appositive():
    text = "Marek Zielinski, Director General of the Polish Space Agency, opened the fair."
    assert roles(text) == [("Marek Zielinski", "Director General", "Polish Space Agency")]


def test_roles_org_possessive_title_before_name():
    text = (
        "The Polish Space Agency (POLSA) hosted the fair. POLSA's acting president Ewa Nowak spoke."
    )
    assert roles(text) == [("Ewa Nowak", "acting president", "Polish Space Agency")]


def test_roles_org_role_name():
    text = "Kosmoflot cosmonaut Pyotr Danilov trained in Star City."
    assert roles(text) == [("Pyotr Danilov", "cosmonaut", "Kosmoflot")]


def test_roles_org_with_its_acronym_then_title_before_name():
    text = "Ewa Nowak will meet Orbital Agency (OrbA) Administrator Tom Ruiz in Lyon on May 2."
    assert roles(text) == [("Tom Ruiz", "Administrator", "Orbital Agency")]


def test_roles_honorific_from_university():
    text = "Dr. Sofia Mendes from the University of Porto studied the samples."
    assert roles(text) == [("Sofia Mendes", "Dr.", "University of Porto")]


def test_roles_former_astronaut_without_org():
    text = "Former astronaut Col. Grace Holloway also spoke."
    assert roles(text) == [("Grace Holloway", "Former astronaut", None)]


def test_roles_appositive_with_org_before_title():
    text = "Kenji Morita, a Helios Dynamics project manager, said the test went well."
    assert roles(text) == [("Kenji Morita", "project manager", "Helios Dynamics")]


def test_roles_its_title_refers_to_last_organization():
    text = (
        "The Indian Space Research Organisation (ISRO) met on Monday. "
        "Its chairman, R. Kumar, spoke."
    )
    assert roles(text) == [("R. Kumar", "chairman", "Indian Space Research Organisation")]


def test_roles_list_of_people_share_the_title_in_singular():
    text = "The capsule carried Vantor astronauts Lena Vogt, Tomás Herrera and Ayesha Malik."
    assert roles(text) == [
        ("Lena Vogt", "astronaut", "Vantor"),
        ("Tomás Herrera", "astronaut", "Vantor"),
        ("Ayesha Malik", "astronaut", "Vantor"),
    ]


def test_roles_sentence_opening_word_joins_title_and_org_after_name():
    text = "Range officer Dana Cole of the U.S. Space Command said the weather was fine."
    assert roles(text) == [("Dana Cole", "Range officer", "Space Command")]


def test_roles_org_after_descriptor_words():
    text = "Analyst Priit Kask of the Oslo-based think tank Nordlys Institute said it was late."
    assert roles(text) == [("Priit Kask", "Analyst", "Nordlys Institute")]


def test_roles_copular_title_of_org():
    text = "Nadia Okafor is the chief executive of Kestrel Orbital Systems, a start-up."
    assert roles(text) == [("Nadia Okafor", "chief executive", "Kestrel Orbital Systems")]


def test_roles_our_title_comma_name_has_no_org():
    text = "She spoke to our science editor, Tom Hale, at the workshop."
    assert roles(text) == [("Tom Hale", "science editor", None)]


def test_roles_who_leads_org_is_its_head():
    text = (
        "Dr. Helen Lund, who leads the Planetary Optics Laboratory at Fjord University, "
        "said the test went well."
    )
    assert roles(text) == [
        ("Helen Lund", "Dr.", None),
        ("Helen Lund", "head", "Planetary Optics Laboratory"),
    ]


def test_roles_capitalised_head_word_stands_for_the_named_body():
    text = "The grant comes from the Lumen Institute. Institute director Ana Lopes approved it."
    assert roles(text) == [("Ana Lopes", "director", "Lumen Institute")]


def test_who_has_headed_gives_the_head_role():
    text = "Marta Lind, who has headed the Nordic Space Agency since 2023, opened the fair."
    assert roles(text) == [("Marta Lind", "head", "Nordic Space Agency")]


def test_demonym_before_a_role_noun_is_not_part_of_the_title():
    text = "Chilean astronaut Pablo Rojas said the station was ready."
    assert roles(text) == [("Pablo Rojas", "astronaut", None)]


def test_demonym_descriptor_resolves_to_the_organisation_of_that_country():
    text = (
        "The Mongolia National Space Center and the Norwegian Space Agency met in Oslo. "
        "The host was Ivar Dahl, the Director General of the Norwegian agency. "
        "Guests included Bat Erdene, the director of the Mongolian centre."
    )
    assert roles(text) == [
        ("Ivar Dahl", "Director General", "Norwegian Space Agency"),
        ("Bat Erdene", "director", "Mongolia National Space Center"),
    ]


def test_title_does_not_end_with_a_dangling_article():
    text = "Lena Berg, the director of the regional office, spoke first."
    assert roles(text) == [("Lena Berg", "director of the regional office", None)]


def test_demonym_descriptor_skips_the_latest_body_of_another_country():
    text = (
        "The Norwegian Space Agency and the Polish Space Agency met in Oslo. "
        "Ola Nord, the Director General of the Norwegian agency, spoke first."
    )
    assert roles(text) == [("Ola Nord", "Director General", "Norwegian Space Agency")]


def test_roles_who_chairs_the_org_unit():
    text = (
        "The Nordic Rocket Institute (NRI) met on Monday. Ines Brandt-Kowalczyk, who chairs the "
        "NRI executive board, signed the deal."
    )
    assert roles(text) == [("Ines Brandt-Kowalczyk", "chair", "Nordic Rocket Institute")]


def test_roles_who_leads_a_demonym_descriptor():
    text = (
        "The UK Orbital Agency signed a deal. Harriet Vane-Lloyd, who leads the British agency, "
        "said it was overdue."
    )
    assert roles(text) == [("Harriet Vane-Lloyd", "head", "UK Orbital Agency")]


def test_roles_cabinet_title_with_country_then_serving_as_org_title():
    text = (
        "Maria Okafor, the U.S. Energy Secretary serving as KSA`s interim chief, arrived on Monday."
    )
    assert roles(text) == [
        ("Maria Okafor", "Energy Secretary", None),
        ("Maria Okafor", "interim chief", "KSA"),
    ]


def test_roles_demonym_before_an_appositive_title_is_dropped():
    text = "Pavel Orlov, a Ukrainian space policy analyst, said the talks were brief."
    assert roles(text) == [("Pavel Orlov", "space policy analyst", None)]


def test_roles_took_over_and_appointed_to_lead_give_head():
    text = "Ivan Petrenko, who took over the Kestrel Space Agency in March, spoke first."
    assert roles(text) == [("Ivan Petrenko", "head", "Kestrel Space Agency")]
    text = "Ivan Petrenko, who was appointed to lead the Kestrel Space Agency in 2024, spoke."
    assert roles(text) == [("Ivan Petrenko", "head", "Kestrel Space Agency")]


def test_roles_place_inside_title_dropped_and_who_also_serves_as_chains():
    text = (
        "Maria Okafor, a former Ohio congresswoman who also serves as the U.S. Secretary of "
        "Energy, spoke first."
    )
    assert roles(text) == [
        ("Maria Okafor", "former congresswoman", None),
        ("Maria Okafor", "Secretary of Energy", None),
    ]


def test_roles_senior_fellow_at_an_organisation():
    text = "Laila Haddad, a senior fellow at the Orbital Policy Institute, was kinder."
    assert roles(text) == [("Laila Haddad", "senior fellow", "Orbital Policy Institute")]


def test_singular_role_noun_after_a_coordination_belongs_to_the_last_name():
    text = (
        "Kosmoflot Director General Farid Umarov and Astrolink chairman Nurlan Sadykov "
        "will sign the deal."
    )
    result = extract(text)
    assert names(result, "person") == ["Farid Umarov", "Nurlan Sadykov"]
    assert roles(text) == [
        ("Farid Umarov", "Director General", "Kosmoflot"),
        ("Nurlan Sadykov", "chairman", "Astrolink"),
    ]


def test_roles_title_of_org_before_name_with_comma():
    text = "The head of the Nordic Space Organisation, S. Lindqvist, arrived on Wednesday."
    assert roles(text) == [("S. Lindqvist", "head", "Nordic Space Organisation")]
    text = "The Chairman of the Nordic Space Organisation (NSO), S. Lindqvist, arrived."
    assert roles(text) == [("S. Lindqvist", "Chairman", "Nordic Space Organisation")]


def test_roles_modifier_before_organisation_stays_in_the_title():
    text = "Former NSO astronaut Karin Holm welcomed the talks."
    assert roles(text) == [("Karin Holm", "Former astronaut", "NSO")]


def test_roles_adviser_to_descriptor_and_possessive_country_before_org():
    text = (
        "The Nordic Space Agency met on Monday. Karin Holm, now an adviser to the agency, "
        "welcomed it."
    )
    assert roles(text) == [("Karin Holm", "adviser", "Nordic Space Agency")]
    text = "Claire Dubois, President of France`s space agency CNES, met him."
    assert roles(text) == [("Claire Dubois", "President", "CNES")]


def test_who_remains_title_and_maker_appositive():
    text = (
        "Skyward Launch, the Leeds-based rocket maker, raised money. Prof Ewan Muir, who remains "
        "chief designer, said so. Ivo Marek, a deputy director of the agency, agreed."
    )
    assert roles(text)[:2] == [("Ewan Muir", "Prof", None), ("Ewan Muir", "chief designer", None)]
    assert names(extract(text), "organization") == ["Skyward Launch"]


def test_roles_portfolio_title_before_a_name_is_not_part_of_the_name():
    text = "Minister of State for Trade and Energy Ravindar Kolte praised the firm in a post."
    assert names(extract(text), "person") == ["Ravindar Kolte"]
    assert roles(text) == [("Ravindar Kolte", "Minister of State for Trade and Energy", None)]


def test_roles_title_of_org_right_before_a_name():
    text = "Director General of Kosmoflot Pavel Drozdek and Orbita chief Ana Lis met."
    assert roles(text) == [
        ("Pavel Drozdek", "Director General", "Kosmoflot"),
        ("Ana Lis", "chief", "Orbita"),
    ]


def test_roles_descriptor_possessive_hyphenated_title_and_former_org_title():
    text = (
        "Orvane Aerospace will fly in May. The company`s co-founder, Lena Marsh, a former "
        "Kosmoflot scientist, said the stage would land at sea."
    )
    assert roles(text) == [
        ("Lena Marsh", "co-founder", "Orvane Aerospace"),
        ("Lena Marsh", "former scientist", "Kosmoflot"),
    ]


def test_roles_former_rank_then_who_now_runs_a_firm():
    text = (
        "Dr Tom Reddick, a former RAF squadron leader who now runs the engineering "
        "consultancy Harrow Lane, said firms had visited."
    )
    assert roles(text)[1:] == [
        ("Tom Reddick", "former squadron leader", "RAF"),
        ("Tom Reddick", "head", "Harrow Lane"),
    ]


def test_roles_title_with_a_portfolio_owned_by_a_descriptor_possessive():
    text = (
        "Velmor Council backed the bid. The council`s cabinet member for the economy, "
        "Mr Tom Reddick, called it good."
    )
    assert roles(text) == [("Tom Reddick", "cabinet member for the economy", "Velmor Council")]


def test_roles_the_company_is_not_the_body_introduced_as_a_regulator():
    text = (
        "A rocket built by the start-up Orvane Aerospace will fly in May, the national space "
        "regulator UN-ORBIt said. The company`s co-founder, Lena Marsh, was pleased."
    )
    assert roles(text) == [("Lena Marsh", "co-founder", "Orvane Aerospace")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Ruiz, chief designer at Harrow Launch, said the engine was ready.",
            [("Tom Ruiz", "chief designer", "Harrow Launch")],
        ),
        (
            "Lena Marsh was head of launch policy at the Orbital Agency until 2024.",
            [("Lena Marsh", "head of launch policy", "Orbital Agency")],
        ),
        (
            "“We are ready,” the Kosmoflot press service quoted Director General Pavel "
            "Drozdek as saying.",
            [("Pavel Drozdek", "Director General", "Kosmoflot")],
        ),
    ],
)
def test_roles_employer_after_at_and_an_organisations_own_official(text, expected):
    assert roles(text) == expected


def test_capitalised_titles_after_a_comma_and_a_department_at_an_organisation():
    assert roles(
        "“It works,” said Dr. Sorrel Hollis, Chief Technology Officer of Tarn Nova Space "
        "Technologies. “It is quick,” said Dagny Norrby, Vice President of Ground Testing "
        "at Quarrow Launch Services."
    ) == [
        ("Sorrel Hollis", "Dr.", None),
        ("Sorrel Hollis", "Chief Technology Officer", "Tarn Nova Space Technologies"),
        ("Dagny Norrby", "Vice President of Ground Testing", "Quarrow Launch Services"),
    ]


def test_a_city_based_analyst_at_an_organisation():
    assert roles("Ruth Akers, a Leeds-based analyst at Quarrow Orbital Research, said so.") == [
        ("Ruth Akers", "analyst", "Quarrow Orbital Research")
    ]


def test_title_of_the_organisation_before_the_name():
    assert roles(
        "The deal was signed by Chairman of the National Rocket Committee Almas Tokenov and "
        "Deputy Director General of Vostrana Tekhnika Bogdan Sorin."
    ) == [
        ("Almas Tokenov", "Chairman", "National Rocket Committee"),
        ("Bogdan Sorin", "Deputy Director General", "Vostrana Tekhnika"),
    ]


def test_media_contact_line_names_a_person_with_title_and_organisation():
    assert roles(
        "Quarrow Orbital Research said the satellite flies in May.\n\nMedia contact:\n"
        "Ruth Akers, Director of Communications, Quarrow Orbital Research\npress@example.org"
    ) == [("Ruth Akers", "Director of Communications", "Quarrow Orbital Research")]


def test_roles_title_of_org_then_honorific_and_name():
    text = (
        "The Director-General of the Tarvik Space Agency (TSA), Dr. Ama Kessel, said the test "
        "went well."
    )
    assert roles(text) == [
        ("Ama Kessel", "Director-General", "Tarvik Space Agency"),
        ("Ama Kessel", "Dr.", None),
    ]


def test_roles_slashed_title_of_org_then_honorific_and_name():
    text = (
        "The test, according to the Managing Director/Chief Executive Officer of Kestrel "
        "Dynamics Limited, Engr. Tunde Ogar, went well."
    )
    assert roles(text) == [
        ("Tunde Ogar", "Managing Director/Chief Executive Officer", "Kestrel Dynamics Limited"),
        ("Tunde Ogar", "Engr.", None),
    ]


def test_roles_whose_title_is_the_org_named_before():
    text = (
        "The round was led by Harlow Capital, whose chairman, Bala Kurfi, is also chairman of "
        "Kestrel Dynamics Ltd."
    )
    assert roles(text) == [
        ("Bala Kurfi", "chairman", "Harlow Capital"),
        ("Bala Kurfi", "chairman", "Kestrel Dynamics Ltd."),
    ]


def test_roles_its_title_skips_an_org_inside_a_which_clause():
    text = (
        "The Tarvik Space Agency (TSA), which holds a stake in Kestrel Dynamics, welcomed the "
        "decision. Its executive director, Ama Kessel, said the deal was good."
    )
    assert roles(text) == [("Ama Kessel", "executive director", "Tarvik Space Agency")]


def test_roles_title_in_a_field_at_org():
    text = (
        "Tunde Ogar, a lecturer in aerospace engineering at the Harlow Institute of Technology, "
        "said it was hard."
    )
    assert roles(text) == [
        ("Tunde Ogar", "lecturer in aerospace engineering", "Harlow Institute of Technology")
    ]


def test_roles_plural_title_before_two_names():
    text = (
        "Kestrel Dynamics was founded in 2019 by former Tarvik Space Agency engineers Ama Kessel "
        "and Tunde Ogar."
    )
    assert roles(text) == [
        ("Ama Kessel", "former engineer", "Tarvik Space Agency"),
        ("Tunde Ogar", "former engineer", "Tarvik Space Agency"),
    ]


def test_roles_lowercase_title_of_an_unknown_name_makes_it_the_organisation():
    text = "Lucia Ortega, the chief executive of Vela Andina, spoke on Monday."
    assert roles(text) == [("Lucia Ortega", "chief executive", "Vela Andina")]


def test_an_internal_body_is_part_of_the_title_and_its_organisation_follows():
    text = (
        "Hamad Saif Al Qasimi, Chairman of the Board of Directors of the Gulf Orbit Agency (GOA), "
        "opened the centre. He was briefed by Omar Salem Taryam, Director of the Space Missions "
        "Sector at the GOA."
    )
    assert roles(text) == [
        ("Hamad Saif Al Qasimi", "Chairman of the Board of Directors", "Gulf Orbit Agency"),
        ("Omar Salem Taryam", "Director of the Space Missions Sector", "Gulf Orbit Agency"),
    ]
    assert [e.name for e in extract(text).entities] == [
        "Hamad Saif Al Qasimi",
        "Gulf Orbit Agency",
        "Omar Salem Taryam",
    ]


def test_hyphenated_vice_title_with_a_portfolio_is_a_title_not_an_organisation():
    text = "Lina Kaabi, Vice-President for Research at Marwan University, came to the launch."
    assert roles(text) == [("Lina Kaabi", "Vice-President for Research", "Marwan University")]
    assert names(extract(text), "organization") == ["Marwan University"]


def test_roles_a_hyphenated_title_in_an_appositive_is_whole():
    text = (
        "Karin Vold, director-general of the Lapland Space Agency, is at the site. "
        "Ann Bell, a vice-president at Birch Launch, said so."
    )
    assert roles(text) == [
        ("Karin Vold", "director-general", "Lapland Space Agency"),
        ("Ann Bell", "vice-president", "Birch Launch"),
    ]


def test_roles_the_member_for_a_seat_is_a_title_and_the_seat_a_place():
    text = (
        "The Member for Kestrel, Gavin Rowe, said the money was overdue. "
        "Ms Ada Lyle, the member for Tarrow, agreed."
    )
    assert roles(text) == [
        ("Gavin Rowe", "Member for Kestrel", None),
        ("Ada Lyle", "member for Tarrow", None),
    ]
    assert names(extract(text), "place") == ["Kestrel", "Tarrow"]


def test_roles_two_titles_joined_by_and_before_a_name_are_one_title_at_the_organisation():
    text = "Alder Labs co-founder and chief scientist Tom Ross spoke on Monday."
    assert roles(text) == [("Tom Ross", "co-founder and chief scientist", "Alder Labs")]


def test_roles_a_second_appositive_after_and_a_has_its_own_organisation():
    text = (
        "Eva Lind, chief executive officer of Cedar Orbital and a former senior researcher at "
        "the Polar Research Institute (PRI), said it would fly."
    )
    assert roles(text) == [
        ("Eva Lind", "chief executive officer", "Cedar Orbital"),
        ("Eva Lind", "former senior researcher", "Polar Research Institute"),
    ]


def test_roles_named_as_its_title_is_a_title_at_the_organisation_that_names():
    text = (
        "Birch Launch, the Oslo-based builder of small rockets, has named Dr. Ann Bell as its "
        "chief technology officer."
    )
    assert roles(text) == [
        ("Ann Bell", "Dr.", None),
        ("Ann Bell", "chief technology officer", "Birch Launch"),
    ]


def test_roles_an_administrator_belongs_to_the_one_administration_named_just_before():
    text = (
        "Wen: How do you work with the Kestrel National Space Administration?\n\n"
        "Duarte: Very closely. I met Deputy Administrator Gao Minhui twice this year."
    )
    assert roles(text) == [
        ("Gao Minhui", "Deputy Administrator", "Kestrel National Space Administration")
    ]


def test_roles_westminster_titles_before_names():
    text = (
        "Premier Tom Bardell said the state would pay. Treasurer Ann Cole agreed, and "
        "Opposition Leader Ray Munt disagreed. Shadow Minister for Space Kate Lorne spoke, and "
        "Councillor Jim Barr listened. 'We want jobs,' said Labor MP Dan Hoyle."
    )
    assert roles(text) == [
        ("Tom Bardell", "Premier", None),
        ("Ann Cole", "Treasurer", None),
        ("Ray Munt", "Opposition Leader", None),
        ("Kate Lorne", "Shadow Minister for Space", None),
        ("Jim Barr", "Councillor", None),
        ("Dan Hoyle", "MP", "Labor"),
    ]
    assert speaker_of(extract(text), "We want jobs") == "Dan Hoyle"


def test_roles_a_list_of_portfolios_before_a_cabinet_title_is_part_of_it():
    text = (
        "Trade, Tourism and Regional Minister Ada Vell announced the money on Friday. Later, "
        "Arts and Culture Secretary Jo Lim came."
    )
    assert roles(text) == [
        ("Ada Vell", "Trade, Tourism and Regional Minister", None),
        ("Jo Lim", "Arts and Culture Secretary", None),
    ]


def test_roles_modifiers_before_a_portfolio_title_are_part_of_it():
    text = (
        "In a press release, First Vice Transport Minister Tam Ji-won said the test was over. "
        "Second Vice Minister Kim Su-bin agreed."
    )
    assert roles(text) == [
        ("Tam Ji-won", "First Vice Transport Minister", None),
        ("Kim Su-bin", "Second Vice Minister", None),
    ]


def test_roles_the_cabinet_title_before_a_name_in_commas_has_no_organisation():
    text = (
        "The Minister for Industry and Science, Ed Varn, visited the site. "
        "The Energy and Mining Minister, Ron Tate, agreed."
    )
    assert roles(text) == [
        ("Ed Varn", "Minister for Industry and Science", None),
        ("Ron Tate", "Energy and Mining Minister", None),
    ]


def test_roles_a_councillor_abbreviation_is_a_title_and_local_a_modifier():
    text = (
        "Tarnbury Borough Council leader Cllr Jane Holt said the plan was sound. "
        "'We are backing it,' Cllr Holt said. Local MP Sir Ed Varley agreed."
    )
    result = extract(text)
    assert names(result, "person") == ["Jane Holt", "Ed Varley"]
    assert speaker_of(result, "We are backing it") == "Jane Holt"
    assert ("Ed Varley", "Local MP", None) in roles(text)


def test_roles_a_spanish_abbreviated_title_before_the_name_after_a_title_of_an_org():
    text = (
        "The general manager of Pampa Sistemas Espaciales, Ing. Ramiro Ortiz Vidal, said that "
        "the company would hire staff."
    )
    assert roles(text) == [
        ("Ramiro Ortiz Vidal", "general manager", "Pampa Sistemas Espaciales"),
        ("Ramiro Ortiz Vidal", "Ing.", None),
    ]


def test_roles_the_title_of_a_demonym_firm_named_after_it():
    text = (
        "Karin Holmqvist-Dahl, the chief executive of the Danish firm Fjordlys Orbital, told a "
        "conference in May that the work was late."
    )
    assert roles(text) == [("Karin Holmqvist-Dahl", "chief executive", "Fjordlys Orbital")]


def test_roles_a_ministers_title_with_a_comma_list_of_portfolios_before_the_name():
    text = (
        "The Peruvian Minister of Energy, Mining and Industry, Alberto Quispe Mamani, who "
        "attended the ceremony, said it was good."
    )
    assert roles(text) == [
        ("Alberto Quispe Mamani", "Minister of Energy, Mining and Industry", None)
    ]


def test_roles_listing_line_names_the_body_after_the_title():
    text = (
        "Session 2: Who pays?\n"
        "Moderator: Ines Varga, science correspondent, The Weekly Orbit\n"
        "Panellists:\n"
        "Zanele Dube, chief executive officer, Kalahari Orbital (Gaborone)\n"
        "Dr. Pia Lund, head of research, Nordic Institute for Space Studies\n"
        "Tomas Ferreira, managing partner, Serra Capital\n\n"
        "The panel began late."
    )
    assert roles(text) == [
        ("Ines Varga", "science correspondent", "The Weekly Orbit"),
        ("Zanele Dube", "chief executive officer", "Kalahari Orbital"),
        ("Pia Lund", "head of research", "Nordic Institute for Space Studies"),
        ("Tomas Ferreira", "managing partner", "Serra Capital"),
    ]
    result = extract(text)
    assert names(result, "organization") == [
        "The Weekly Orbit",
        "Kalahari Orbital",
        "Nordic Institute for Space Studies",
        "Serra Capital",
    ]
    assert names(result, "place") == ["Gaborone"]


def test_roles_the_firm_is_the_company_not_its_backers_named_after_it():
    text = (
        "Ground work is done by Tavita Solano, a three-year-old start-up financed by Kiri Capital "
        "and Moana Partners. The firm’s chief executive, Losa Tuilagi, said it was ready."
    )
    assert roles(text) == [("Losa Tuilagi", "chief executive", "Tavita Solano")]


def test_roles_caption_line_names_a_person_their_title_and_body():
    # a film's on-screen caption: "<Name> — <Title>, <Body>", perhaps ", <City>", after a cue
    text = (
        "NARRATOR (V.O.): The quay was empty that winter.\n\n"
        "SUPER: Dr. Oddvar Lien-Haugen — Flight Director, Brattfjell Orbital\n\n"
        "The valve froze early, and the team knew it at once.\n\n"
        "SUPER: Sato Haruki — Partner, Kumo Ventures, Osaka\n\n"
        "Nobody left the company after the failure."
    )
    assert roles(text) == [
        ("Oddvar Lien-Haugen", "Flight Director", "Brattfjell Orbital"),
        ("Sato Haruki", "Partner", "Kumo Ventures"),
    ]
    result = extract(text)
    assert names(result, "person") == ["Oddvar Lien-Haugen", "Sato Haruki"]
    assert names(result, "organization") == ["Brattfjell Orbital", "Kumo Ventures"]
    assert names(result, "place") == ["Osaka"]


def test_roles_transcript_label_note_gives_the_title_at_the_body():
    text = (
        "Jonas Mabena (programme director, Highveld Space Forum): Good morning and welcome, "
        "everyone, to the forum.\n\n"
        "Thandi Mokoena-Price: Thank you. Four years ago we were three people in a shed.\n\n"
        "Kofi Asante (research fellow, Accra Space Lab): Congratulations. Is the launch site "
        "really coming?\n\n"
        "Mokoena-Price: It is coming, and the rules for it were published in July.\n\n"
        "Mokoena-Price: Yes, all of it, and sooner than anyone expected."
    )
    assert roles(text) == [
        ("Jonas Mabena", "programme director", None),
        ("Kofi Asante", "research fellow", "Accra Space Lab"),
    ]


def test_roles_chairperson_is_a_role_noun_that_names_a_person_whatever_the_given_name():
    text = "Ottilie Brannagh, chairperson of the Glenmore Anglers' Association, said no."
    assert roles(text) == [("Ottilie Brannagh", "chairperson", "Glenmore Anglers' Association")]


def test_roles_a_retirement_note_between_rank_and_a_single_name_keeps_the_person():
    text = (
        "Air Vice Marshal (ret.) Sutarjo, head of the launch office, said the pad was ready. "
        "“It will hold,” Sutarjo told reporters. Rear Admiral (retd) Wiranto agreed."
    )
    result = extract(text)
    assert names(result, "person") == ["Sutarjo", "Wiranto"]
    assert speaker_of(result, "It will hold") == "Sutarjo"


def test_roles_a_hyphenated_birthplace_adjective_before_a_title_is_not_in_it():
    text = (
        "Vexmoor Launch Systems flew on Tuesday. Sigrun Tallaksen, the company's Danish-born "
        "chief engineer, said the valve held."
    )
    assert roles(text) == [("Sigrun Tallaksen", "chief engineer", "Vexmoor Launch Systems")]


def test_roles_a_title_in_a_place_keeps_the_place_out_of_the_title():
    text = (
        "The ferry left late. Brit Tallaksen, a councillor in a coastal town and a member of "
        "the rowing club, said the pier needed work."
    )
    assert roles(text) == [("Brit Tallaksen", "councillor", None)]


def test_roles_a_field_word_between_whose_and_a_title_is_part_of_the_title():
    text = (
        "The Vexmoor Rowing Association (VRA), which runs the regatta and whose competition "
        "director, Sigrun Tallaksen, presented the cup, said the entry was a record."
    )
    assert roles(text) == [
        ("Sigrun Tallaksen", "competition director", "Vexmoor Rowing Association")
    ]


def test_roles_the_office_a_secretary_serves_is_not_the_title():
    text = (
        "Wendell Hoskin, the mayor's deputy press secretary, said the mayor would tour the "
        "bakery on Friday."
    )
    assert roles(text) == [("Wendell Hoskin", "deputy press secretary", None)]


def test_roles_a_sentence_opening_job_modifier_is_part_of_the_title_not_an_organisation():
    text = (
        "Test director Alma Pruitt called the countdown at the Borvian range. "
        "Launch director Tomas Brevik gave the go."
    )
    result = extract(text)
    assert [(e.name, e.kind) for e in result.entities if e.kind != "other"] == [
        ("Alma Pruitt", "person"),
        ("Tomas Brevik", "person"),
    ]
    assert roles(text) == [
        ("Alma Pruitt", "Test director", None),
        ("Tomas Brevik", "Launch director", None),
    ]
