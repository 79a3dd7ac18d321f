"""Which place lies in which, recorded after a run's claims are saved: the pairs the text wrote
and what the place data knows of the places the claims' sources give."""

from newsroom.claims.models import Evidence
from newsroom.claims.selectors import claim_order
from newsroom.entities.models import Entity
from newsroom.entities.services import place_locate
from newsroom.extraction.extractors import places


def places_link(*, pairs, claims):
    """Record which place lies in which: the pairs the text wrote ("X in Y"), and, among the
    places the claims' sources give, what the place data knows (a city in its country). One
    object per place, so that a link recorded here is seen by the loop check of the next.
    `claims` are the run's objects, as saved (their places are not read again); their passages'
    places are read as ids (a claim's passages from every article name a few places), then
    each place once."""
    known = {}

    def one(place):
        return known.setdefault(place.pk, place)

    for inner, outer in pairs:
        place_locate(place=one(inner), within=one(outer))
    # in the order of Claim's ordering, as a query for them would give them
    claims = {claim.pk: claim.place_id for claim in sorted(claims, key=claim_order)}
    claim_ids = list(claims)
    passages = Evidence.objects.filter(claim_id__in=claim_ids, place__isnull=False)
    given_ids = {pk: [] for pk in claims}
    for claim_id, place_id in passages.values_list("claim_id", "place_id"):
        given_ids[claim_id].append(place_id)
    for pk, place_id in claims.items():
        if place_id:
            given_ids[pk].append(place_id)
    loaded = Entity.objects.in_bulk({pk for ids in given_ids.values() for pk in ids} - known.keys())
    for ids in given_ids.values():
        given = {one(known.get(pk) or loaded[pk]) for pk in ids}
        for outer in given:
            for inner in given:
                if inner.pk == outer.pk:
                    continue
                # Two names of one place ("U.S.", "United States") agree like nested ones.
                same = inner.pk > outer.pk and places.same_place(outer.name, inner.name)
                if same or places.contains(outer.name, inner.name):
                    place_locate(place=inner, within=outer)
