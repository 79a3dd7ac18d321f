"""Roles: title and organisation of a person, with the evidence span."""

from __future__ import annotations

from newsroom.extraction.extractors import extract


def roles(text: str) -> list[tuple[str, str, str | None]]:
    """(person, title, organisation) triples, in order."""
    result = extract(text)
    out = []
    for r in result.roles:
        org = result.entity(r.organization_key)
        out.append((result.entity(r.person_key).name, r.title, org.name if org else None))
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text
    return out


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
