"""Coreference of name forms: honorifics, double surnames and a company's legal form."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import entity, names, roles, speaker_of


def test_coref_dotless_honorific_from_the_lexicon_is_not_part_of_the_name():
    text = (
        "The investor Alhaji Musa Danbaba Yero chaired the meeting in Kano. "
        "Alhaji Yero said the plant would open in May. "
        "“We are ready,” Alhaji Yero said."
    )
    result = extract(text)
    assert names(result, "person") == ["Musa Danbaba Yero"]
    assert entity(result, "Musa Danbaba Yero").aliases == ["Alhaji Yero"]
    assert speaker_of(result, "We are ready") == "Musa Danbaba Yero"


def test_coref_double_surname_later_alone_is_the_same_person():
    text = (
        "The agency's director of launch policy, Lucía Fernanda Ortega Barrientos, spoke on "
        "Monday. Ortega Barrientos said the pad would be ready in May. "
        "“We listened to the town,” Ortega Barrientos said."
    )
    result = extract(text)
    assert names(result, "person") == ["Lucía Fernanda Ortega Barrientos"]
    assert entity(result, "Lucía Fernanda Ortega Barrientos").aliases == ["Ortega Barrientos"]
    assert speaker_of(result, "We listened") == "Lucía Fernanda Ortega Barrientos"


def test_coref_company_with_and_without_its_legal_form_is_one_entity():
    text = (
        "Kestrel Dynamics Limited won the contract on Monday. Founded in 2019, Kestrel Dynamics "
        "Ltd employs 40 people. Kestrel's engineers will build the rotor."
    )
    result = extract(text)
    assert names(result, "organization") == ["Kestrel Dynamics Limited"]
    company = entity(result, "Kestrel Dynamics Limited")
    assert company.aliases == ["Kestrel Dynamics Ltd", "Kestrel"]
    assert [m.text for m in company.mentions] == [
        "Kestrel Dynamics Limited",
        "Kestrel Dynamics Ltd",
        "Kestrel",
    ]


def test_coref_short_form_of_a_company_with_a_legal_form_is_the_company():
    text = (
        "The satellite will be built by Varuna Spaceworks Pvt Ltd, which won the bid. "
        "Varuna Spaceworks said the work would start in May. Varuna will hire 50 engineers."
    )
    result = extract(text)
    assert names(result, "organization") == ["Varuna Spaceworks Pvt Ltd"]
    assert names(result, "person") == []
    assert entity(result, "Varuna Spaceworks Pvt Ltd").aliases == ["Varuna Spaceworks", "Varuna"]


def test_coref_double_barrelled_surname_whose_half_is_a_city_after_a_given_name():
    text = (
        "The plant was opened on Monday by Adewale Okonjo-Bello. Okonjo-Bello said it would "
        "employ 200 people."
    )
    result = extract(text)
    assert names(result, "person") == ["Adewale Okonjo-Bello"]
    assert entity(result, "Adewale Okonjo-Bello").aliases == ["Okonjo-Bello"]


def test_nickname_between_given_and_family_name_is_one_person():
    text = (
        "Josephine “Jo” Falkenrath has spent a decade trying to sell a reactor. She may be "
        "winning.\n\n"
        "On a gray morning in Leeds, Jo Falkenrath is standing on a chair. “People hear the word "
        "and they picture a bomb,” she says.\n\n"
        "Josephine Falkenrath grew up in York."
    )
    result = extract(text)
    assert [(e.name, sorted(e.aliases)) for e in result.entities if e.kind == "person"] == [
        # the name as written is one mention: no "Jo" or "Falkenrath" alone, which the text
        # never writes
        ("Josephine Falkenrath", ["Jo Falkenrath", "Josephine “Jo” Falkenrath"])
    ]
    assert speaker_of(result, "People hear") == "Josephine Falkenrath"


def test_nickname_opening_a_paragraph_makes_a_person_of_a_name_read_nowhere_else():
    text = (
        "Edmund “Skip” Vandermeer, the plant manager, spoke first.\n\n"
        "“We will build it here,” Vandermeer said."
    )
    result = extract(text)
    assert [(e.name, sorted(e.aliases)) for e in result.entities if e.kind == "person"] == [
        ("Edmund Vandermeer", ["Edmund “Skip” Vandermeer", "Vandermeer"])
    ]
    assert speaker_of(result, "We will build") == "Edmund Vandermeer"


def test_nickname_in_brackets_renames_the_nickname_form():
    text = "Robert (Bobby) Anselm founded the firm. Later, Bobby Anselm sold it to a rival in York."
    result = extract(text)
    assert [e.name for e in result.entities if e.kind == "person"] == ["Robert Anselm"]


def test_coref_a_legal_form_in_brackets_stays_in_the_company_name_and_a_dotted_kk_is_dropped():
    text = (
        "Under the deal, the group's Pretoria unit, Marula Avionics (Pty) Ltd, will build the "
        "radios. The cameras come from Osaka-based Hoshizora Optics K.K., and Hoshizora Optics "
        "will ship them in May."
    )
    result = extract(text)
    assert names(result, "organization") == ["Marula Avionics (Pty) Ltd", "Hoshizora Optics"]
    assert entity(result, "Hoshizora Optics").aliases == ["Hoshizora Optics K.K."]


def test_coref_the_first_of_two_surnames_alone_is_the_person():
    text = (
        "The plant manager, Alejandro Iturbe Zavaleta, showed the clean room. "
        "“We are ready for the second satellite,” Iturbe said."
    )
    assert speaker_of(extract(text), "We are ready") == "Alejandro Iturbe Zavaleta"


def test_coref_a_given_name_written_with_an_accent_is_known():
    text = (
        "The plant manager, Tomás Iturbe Zavaleta, showed the clean room. "
        "“We are ready for the second satellite,” Iturbe said."
    )
    assert speaker_of(extract(text), "We are ready") == "Tomás Iturbe Zavaleta"


def test_coref_company_opened_by_an_article_is_later_the_article_and_the_next_word():
    text = (
        "Al Warqa Orbital Holding PJSC will build two probes for a Qatari client. "
        "Investors sent Al Warqa stock to a record on Tuesday."
    )
    result = extract(text)
    assert names(result, "organization") == ["Al Warqa Orbital Holding"]
    assert entity(result, "Al Warqa Orbital Holding").aliases == [
        "Al Warqa Orbital Holding PJSC",
        "Al Warqa",
    ]


def test_coref_given_name_and_patronymic_alone_is_the_full_name():
    text = (
        "The rector of the institute, Anatoly Petrovich Zherebtsov, met the deputy governor, "
        "Tamara Ilyinichna Sokolova, on Tuesday.\n"
        "“Anatoly Petrovich, the dormitory must be finished by winter,” "
        "Tamara Ilyinichna said."
    )
    result = extract(text)
    people = [(e.name, e.aliases) for e in result.entities if e.kind == "person"]
    assert people == [
        ("Anatoly Petrovich Zherebtsov", ["Anatoly Petrovich"]),
        ("Tamara Ilyinichna Sokolova", ["Tamara Ilyinichna"]),
    ]
    assert speaker_of(result, "Anatoly Petrovich,") == "Tamara Ilyinichna Sokolova"


def test_coref_initials_and_family_name_label_the_full_name():
    text = (
        "The rector, Anatoly Petrovich Zherebtsov, and the mayor, Kirill Borisovich Dubov, "
        "opened the new laboratory on Friday.\n\n"
        "A.P. Zherebtsov: Kirill Borisovich, when will the road to the campus be finished?\n\n"
        "K. Dubov: The city will pay for the road, and the contractor starts in the spring.\n\n"
        "A.P. Zherebtsov: Then the first students can arrive in September as we planned.\n\n"
        "K. Dubov: They will, and the buses will run every twenty minutes from the station.\n\n"
        "K.B. Dubov reported that the road would cost twice the first estimate."
    )
    result = extract(text)
    assert names(result, "person") == ["Anatoly Petrovich Zherebtsov", "Kirill Borisovich Dubov"]
    assert speaker_of(result, "The city will pay") == "Kirill Borisovich Dubov"
    assert speaker_of(result, "Then the first students") == "Anatoly Petrovich Zherebtsov"
    assert entity(result, "Kirill Borisovich Dubov").aliases == [
        "Kirill Borisovich",
        "K. Dubov",
        "K.B. Dubov",
    ]


def test_coref_a_company_name_without_its_last_head_word_is_its_short_form():
    text = (
        "The probe was built by Izmir-based Doruk Uzay Sanayi with Corvid Space Systems. Its "
        "chief engineer at Doruk Uzay said the work went well, and Corvid Space agreed."
    )
    result = extract(text)
    assert names(result, "organization") == ["Doruk Uzay Sanayi", "Corvid Space Systems"]


def test_build_entities_keeps_a_company_every_label_called_something_else():
    from newsroom.extraction.extractors.classify import Label
    from newsroom.extraction.extractors.coref import build_entities
    from newsroom.extraction.extractors.text import analyse

    doc = analyse("Customer: Vesta Launch AS will fly on Friday.")
    first = next(t.i for t in doc.toks if t.text == "Vesta")
    labels = [Label("person", "Vesta Launch AS", first, first + 3, 0.8, "caption-name")]
    assert [(e.name, e.kind) for e in build_entities(doc, labels)] == [
        ("Vesta Launch AS", "organization")
    ]


def test_a_customer_line_with_a_dash_names_a_company_not_a_person():
    result = extract("Customer: Vesta Launch AS — Flight 2 (payload: Tern-1, Orbital Agency)\n")
    assert ("Vesta Launch AS", "organization") in [(e.name, e.kind) for e in result.entities]


def test_coref_dutch_particle_names_whatever_the_given_name_and_their_short_forms():
    text = (
        "At the meeting, plant manager Ir. Wouter-Bram van 't Zandt presented the plan. "
        "Later, the council heard Femmigje van der Sloot-Ham.\n\n"
        "Van 't Zandt said the plan was final. “We will fight it,” Van der Sloot-Ham said.\n\n"
        "Nobody went to Casa de la Cultura that day."
    )
    result = extract(text)
    assert names(result, "person") == ["Wouter-Bram van 't Zandt", "Femmigje van der Sloot-Ham"]
    assert entity(result, "Wouter-Bram van 't Zandt").aliases == ["Van 't Zandt"]
    assert speaker_of(result, "We will fight it") == "Femmigje van der Sloot-Ham"


def test_coref_irish_names_with_o_and_ni_and_their_family_names():
    text = (
        "The Cathaoirleach of Harbour County Council, Cllr Séamus Ó Dálaigh, welcomed the plan. "
        "“It is good news,” Cllr Ó Dálaigh said. Aoife Ní Bhriain, chairperson of the Glenmore "
        "Residents' Association, disagreed. “We were not asked,” Ní Bhriain said."
    )
    result = extract(text)
    assert names(result, "person") == ["Séamus Ó Dálaigh", "Aoife Ní Bhriain"]
    assert names(result, "organization") == [
        "Harbour County Council",
        "Glenmore Residents' Association",
    ]
    assert speaker_of(result, "It is good news") == "Séamus Ó Dálaigh"
    assert speaker_of(result, "We were not asked") == "Aoife Ní Bhriain"
    assert ("Séamus Ó Dálaigh", "Cathaoirleach", "Harbour County Council") in roles(text)


def test_coref_a_given_name_alone_before_said_is_the_one_person_of_that_given_name():
    text = (
        "Harbour Aerospace chief executive Rina Suryaningsih said the money was secured.\n\n"
        "“We are not building it for prestige,” Rina said."
    )
    result = extract(text)
    assert names(result, "person") == ["Rina Suryaningsih"]
    assert speaker_of(result, "We are not building") == "Rina Suryaningsih"


def test_coref_a_bodys_name_without_its_demonym_is_the_same_body_when_only_one_has_it():
    text = (
        "The range belongs to the Chilean Air Force. The Air Force will close the bay on launch "
        "day. Later the Peruvian Space Command and the Ecuadorian Space Command joined; the "
        "Space Command sent two radars."
    )
    result = extract(text)
    assert [(e.name, e.aliases) for e in result.entities if e.kind == "organization"] == [
        ("Chilean Air Force", ["Air Force"]),
        ("Peruvian Space Command", []),
        ("Ecuadorian Space Command", []),
        ("Space Command", []),
    ]


def test_coref_an_acronym_of_a_company_name_without_its_legal_form_is_that_company():
    text = (
        "Brannock Marine Sensors Inc. won the contract on Monday. "
        "BMS said the first buoys would ship in May."
    )
    result = extract(text)
    assert names(result, "organization") == ["Brannock Marine Sensors Inc."]
    assert "BMS" in entity(result, "Brannock Marine Sensors Inc.").aliases


def test_coref_a_ticker_after_a_listed_company_is_its_short_name():
    text = (
        "Pellworth Survey plc (LSE: PWSV) said on Monday that it had won a mapping contract. "
        "PWSV shares rose 4%."
    )
    result = extract(text)
    assert names(result, "organization") == ["Pellworth Survey plc"]
    assert "PWSV" in entity(result, "Pellworth Survey plc").aliases


def test_coref_a_title_before_a_word_inside_a_longer_name_is_that_person():
    text = (
        "The firm's test pilot, Mr Ahmad Rizal Othman, said the glider had flown twice. "
        "“The second landing was softer,” said Mr Rizal. Its finance head, Mr Victor Ong Kai "
        "Wen, said money was not a worry. “We have two years of cash,” Mr Ong said."
    )
    result = extract(text)
    assert names(result, "person") == ["Ahmad Rizal Othman", "Victor Ong Kai Wen"]
    assert speaker_of(result, "The second landing") == "Ahmad Rizal Othman"
    assert speaker_of(result, "We have two years") == "Victor Ong Kai Wen"


def test_coref_a_body_named_by_the_head_words_ending_one_longer_name_is_that_body():
    text = (
        "The Varrow Valley Park Authority has asked for more time. Officers from Kelp Marine Ltd "
        "met the Park Authority on Monday, and the company said talks would go on."
    )
    result = extract(text)
    assert entity(result, "Varrow Valley Park Authority").aliases == ["Park Authority"]


def test_coref_a_defined_term_in_brackets_names_the_company_wherever_it_is_used():
    text = (
        "QUENMAR S.A.\n\nThis supplement concerns notes issued by Quenmar S.A. (the "
        '"Issuer"). The Issuer signed a contract with the Vela Agency. Tessaro Ltd ("Tessaro" '
        "or the “Company”) builds antennas; the Company has forty staff."
    )
    result = extract(text)
    assert names(result, "organization") == ["Quenmar", "Vela Agency", "Tessaro Ltd"]
    assert entity(result, "Quenmar").aliases == ["QUENMAR S.A.", "Quenmar S.A.", "Issuer"]
    assert entity(result, "Tessaro Ltd").aliases == ["Tessaro", "Company"]


def test_coref_the_word_after_a_city_opening_a_firms_name_is_its_short_name():
    text = (
        "Dalian Hongyuan Shipbuilding has opened a dock for river barges. Hongyuan's founder, "
        "Lin Guoqiang, expects exports to double."
    )
    result = extract(text)
    assert names(result, "organization") == ["Dalian Hongyuan Shipbuilding"]
    assert entity(result, "Dalian Hongyuan Shipbuilding").aliases == ["Hongyuan"]


def test_coref_a_partnership_or_consultancy_is_known_by_its_first_word():
    text = (
        "Fees at the bank are too high, according to Brantwell Audit Partners. Brantwell wrote "
        "that the fees were “out of step with what owners expect.” Quarrick Freight Consultants "
        "disagreed, and Quarrick expects fees to fall."
    )
    result = extract(text)
    assert entity(result, "Brantwell Audit Partners").aliases == ["Brantwell"]
    assert entity(result, "Quarrick Freight Consultants").aliases == ["Quarrick"]
    assert speaker_of(result, "out of step") == "Brantwell Audit Partners"


def test_coref_a_ticker_after_a_company_not_read_as_one_names_nothing():
    text = (
        "Kelvar Mining Inc. cut its dividend on Monday. Kelvar (TSX: KVM) blamed the price of "
        "copper."
    )
    result = extract(text)
    assert "KVM" not in [e.name for e in result.entities]
    assert entity(result, "Kelvar Mining Inc.").aliases == ["Kelvar"]


def test_a_saint_word_inside_a_name_after_a_given_name_is_part_of_the_family_name():
    text = (
        "Mathilde St. Clair, who runs the bakery on the square, spoke last.\n\n"
        "“I would like to see the noise study,” she said.\n\n"
        "Residents of Port St. Lucie watched."
    )
    result = extract(text)
    assert names(result, "person") == ["Mathilde St. Clair"]
    assert speaker_of(result, "I would like") == "Mathilde St. Clair"


def test_coref_an_acronym_with_small_letters_is_the_agency_it_spells():
    text = (
        "The Borvian Space Agency announced the end of the tests on Monday.\n\n"
        "Dr. Alma Pruitt, the Chief Executive Officer of the Borvian Space Agency (BoSA), said "
        "the probe was ready."
    )
    result = extract(text)
    assert names(result, "organization") == ["Borvian Space Agency"]
    assert entity(result, "Borvian Space Agency").aliases == ["BoSA"]
