"""Particles inside a family name: a capitalised particle before a lowercase one ("Van den"), a
Gaelic surname's article ("Nic a'", "Mac an"); the family name alone names the person later."""

from newsroom.extraction.extractors import extract

from .helpers import speaker_of


def people(result):
    return [(e.name, e.aliases) for e in result.entities if e.kind == "person"]


def test_a_capitalised_particle_and_a_lowercase_one_stay_in_the_name():
    text = (
        "The port's harbour master, Hendrik Van den Eynde, inspected the new quay on Monday. "
        "Van den Eynde said the cranes would arrive in June."
    )
    assert people(extract(text)) == [("Hendrik Van den Eynde", ["Van den Eynde"])]


def test_a_gaelic_surnames_article_stays_in_the_name():
    text = (
        "The councillor, Ciorstaidh Nic a' Ghobhainn, met Tormod Mac an Fhleisdeir at the "
        "harbour. “The ferry must run in winter,” Ms Nic a' Ghobhainn said."
    )
    result = extract(text)
    assert people(result) == [
        ("Ciorstaidh Nic a' Ghobhainn", ["Nic a' Ghobhainn"]),
        ("Tormod Mac an Fhleisdeir", []),
    ]
    assert speaker_of(result, "The ferry") == "Ciorstaidh Nic a' Ghobhainn"


def test_a_family_name_of_two_words_after_a_particle_stays_in_the_name():
    text = (
        "“The river is clean again,” said the director of the water institute, Ana Paula dos "
        "Reis Carvalho, on Monday. Its treasurer, Sebastião Henrique de Castro Neves, agreed. "
        "“We paid for every metre,” Castro Neves said."
    )
    result = extract(text)
    assert people(result) == [
        ("Ana Paula dos Reis Carvalho", []),
        ("Sebastião Henrique de Castro Neves", ["Castro Neves"]),
    ]
    assert speaker_of(result, "The river") == "Ana Paula dos Reis Carvalho"
    assert speaker_of(result, "We paid") == "Sebastião Henrique de Castro Neves"


def test_a_courtesy_title_goes_with_the_given_name_after_a_particle():
    text = (
        "Maria das Dores Pinheiro, 71, leads the fishermen's guild of the island. “The boats "
        "stay in the harbour,” said Dona Dores, as she is called on the quay."
    )
    result = extract(text)
    assert people(result) == [("Maria das Dores Pinheiro", ["Dona Dores"])]
    assert speaker_of(result, "The boats") == "Maria das Dores Pinheiro"
    assert result.roles == []


def test_particles_a_double_surname_after_particles_keeps_its_city_half():
    text = (
        "Lucía de la Vega-Córdoba, a lecturer in robotics, led the team. "
        "De la Vega-Córdoba said the rover would be ready in May."
    )
    assert people(extract(text)) == [("Lucía de la Vega-Córdoba", ["De la Vega-Córdoba"])]


def test_a_titled_family_name_opening_with_a_particle_makes_the_full_name_a_person():
    text = (
        "The garage kept my deposit for a year and the car never came. Can I get it back?\n"
        "Emrys ap Tudur, Carmarthen\n\n"
        "The short answer is yes. On Monday the garage wrote to Mr ap Tudur with an apology. "
        "‘We waited a whole summer for the tractor,’ he says."
    )
    result = extract(text)
    assert ("Emrys ap Tudur", ["ap Tudur"]) in people(result)
    assert speaker_of(result, "We waited") == "Emrys ap Tudur"


def test_a_titled_family_name_with_two_particles_is_the_person_named_in_full():
    text = (
        "The vineyard's owner, Lucía de la Ferrán Olmo, opened the cellar on Friday. "
        "Ms de la Ferrán said the harvest had been the best in a decade."
    )
    assert people(extract(text)) == [("Lucía de la Ferrán Olmo", ["de la Ferrán"])]


def test_a_firm_named_after_a_family_with_particles_keeps_them():
    text = (
        "The ferry's engines come from Van der Brakkel Orbital, a Rotterdam supplier. Saskia "
        "Oosterveen speaks for Van der Brakkel Orbital. VBO would not discuss the price."
    )
    result = extract(text)
    assert [(e.name, e.aliases) for e in result.entities if e.kind == "organization"] == [
        ("Van der Brakkel Orbital", ["VBO"])
    ]


def test_a_particle_name_after_a_lowercase_job_title_is_a_person_whatever_the_given_name():
    text = "Chief financial officer Télesphore de la Vallière met the lenders in Corbelle."
    assert people(extract(text)) == [("Télesphore de la Vallière", [])]
