"""Shared reads of claims: who a party stands for, where places lie, and what each source says
about each of a claim's attributes (the claims an event frame may join: `claims.frames`)."""

import datetime
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Max, Min

from newsroom.claims import values
from newsroom.claims.models import DatePrecision, Evidence, date_at_precision
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Alias, Entity, EntityKind, Role, normalize_alias

ATTRIBUTES = ("date", "place", "until")


def party_ids_expand(ids):
    """The party ids with the organisations their people act for (through roles any article
    gave and no editor rejected): "X met the agency's chief" and "X met Y of the agency"
    share a party."""
    return set().union(set(ids), *party_ids_expand_each(ids).values())


def party_ids_expand_each(
    ids, *, names=None, roles=None, kinds=None, elsewhere=None, also=(), also_names=()
):
    """{id: what party_ids_expand gives for that id alone}, for many ids in three queries (the
    expansion of a set is the union of its members'); two when `names`, {id: name} of every
    id, comes from a caller that has the entities. `roles`, a cache the caller keeps ({person
    id: [(organisation id, review status)] of all their roles at an organisation}), is read
    first and given the roles read. `kinds`, a cache the caller keeps ({entity id: (kind,
    name)}), is given those of the entities the expansion adds (read with them); `elsewhere`,
    one of {normalized name: whether an alias of it names something other than an
    organisation}, is given that of every name the expansion looks up (read with the twins).
    `also`: more people whose roles the cache should have, read in the same query;
    `also_names`: more normalized names to give `elsewhere`, read with the twins."""
    ids = set(ids)
    if names is None or not ids <= names.keys():
        names = dict(Entity.objects.filter(pk__in=ids).values_list("pk", "name"))
    else:
        names = {pk: names[pk] for pk in ids}
    # The same name taken for two entities (one article calls it a company, another a
    # programme) is still one party.
    normalized = {pk: normalize_alias(name) for pk, name in names.items()}
    twins = {}
    looked_up = set(normalized.values()) | set(also_names)
    if elsewhere is not None:
        elsewhere.update(dict.fromkeys(looked_up, False))
    rows = Alias.objects.filter(normalized__in=looked_up).values_list(
        "normalized", "entity_id", "entity__kind", "entity__name", "entity__review_status"
    )
    for name, pk, kind, entity_name, status in rows:
        if elsewhere is not None and kind != EntityKind.ORGANIZATION:
            elsewhere[name] = True
        if status == ReviewStatus.REJECTED:
            continue
        twins.setdefault(name, set()).add(pk)
        if kinds is not None:
            kinds[pk] = (kind, entity_name)
    expanded = {pk: {pk} | twins.get(normalized.get(pk), set()) for pk in ids}
    people = set().union(*expanded.values())
    roles = roles_read(people | set(also), cache={} if roles is None else roles, kinds=kinds)
    orgs = {}
    for person in people:
        for organization, status in roles[person]:
            if status != ReviewStatus.REJECTED:
                orgs.setdefault(person, set()).add(organization)
    return {
        pk: members.union(*(orgs.get(member, set()) for member in members))
        for pk, members in expanded.items()
    }


def claim_order(claim):
    """The sort key of Claim's ordering (date, then id) as the database sorts it, for claims
    held in memory: where an undated claim goes depends on the database (first on SQLite, last
    on PostgreSQL)."""
    undated = claim.date is None
    first = undated != connection.features.nulls_order_largest
    return (not first, claim.date or datetime.date.min, claim.pk)


def roles_read(people, *, cache, kinds=None):
    """`cache` ({person id: [(organisation id, review status)]}) with the roles at an
    organisation of those of `people` it lacks, read in one query; return it. Each distinct
    (organisation, status) once: a person has a role row for every article that names them in
    it, the same title at the same organisation many times. `kinds`, a cache {entity id: (kind,
    name)}, is given those of the organisations, read with them."""
    missing = set(people) - cache.keys()
    if missing:
        cache.update((pk, []) for pk in missing)
        rows = (
            Role.objects.filter(person_id__in=missing, organization__isnull=False)
            .order_by()
            .distinct()
        )
        columns = ["person_id", "organization_id", "review_status"]
        if kinds is not None:
            columns += ["organization__kind", "organization__name"]
        for person, organization, status, *entity in rows.values_list(*columns):
            cache[person].append((organization, status))
            if kinds is not None:
                kinds[organization] = tuple(entity)
    return cache


def places_read(ids):
    """{id: place} for the place ids, each place with the places it lies in: one object per
    place, three levels of `located_in` per query (most lineages are read in one), where
    joining each row to its place's lineage would build three entities per row."""
    loaded = {}
    wanted = set(ids) - {None}
    while wanted:
        found = Entity.objects.select_related("located_in__located_in").in_bulk(wanted)
        for place in found.values():
            loaded.setdefault(place.pk, place)
            for _ in range(2):
                if place.located_in_id is None:
                    break
                place = place.located_in  # (read with it)
                loaded.setdefault(place.pk, place)
        wanted = {place.located_in_id for place in loaded.values()} - loaded.keys() - {None}
    for place in loaded.values():
        if place.located_in_id in loaded:
            place.located_in = loaded[place.located_in_id]
    return loaded


def place_lineage(place):
    """The place and every place it lies in, innermost first (a loop an editor made ends it)."""
    chain, seen = [], set()
    while place is not None and place.pk not in seen:
        chain.append(place)
        seen.add(place.pk)
        place = place.located_in
    return chain


def places_agree(a, b):
    """The same place, or one inside the other as the located_in links say; a site and a town
    or region are not comparable until the site's place is known (the launch centre and the
    town it stands in are one report, not two)."""
    if a is None or b is None or a.pk == b.pk:
        return True
    if a.pk in {p.pk for p in place_lineage(b)} or b.pk in {p.pk for p in place_lineage(a)}:
        return True
    if values.is_region(a.name) != values.is_region(b.name):
        return True  # "Central Asia" holds too many places to dispute a city in one of them
    if values.is_water(a.name) or values.is_water(b.name):
        return True  # "flies north over the X Sea": the course, not the site
    if any(
        values.bare_area(one.name) in {values.bare_area(p.name) for p in place_lineage(other)}
        for one, other in ((a, b), (b, a))
    ):
        # "X" and a place in "the X Region" (or two entities of one name): the one holds the other
        return True
    countries = [p for p in (a, b) if values.is_country(p.name)]
    if len(countries) == 1 and not any(
        values.is_country(p.name) for p in place_lineage(b if countries[0] is a else a)
    ):
        # a country and a town or province nothing places in a country (one the place data
        # knows is placed in its country; a site the text puts on an island nothing places)
        return True
    areas = [p for p in (a, b) if values.is_area(p.name)]
    if len(areas) == 1 and None in (a.located_in_id, b.located_in_id):
        return True  # a province and a town, where nothing says which province the town is in
    pads = [p for p in (a, b) if values.is_pad(p.name)]
    if len(pads) == 1 and pads[0].located_in_id is None:
        return True  # "Pad 2", where nothing says which site's pad it is
    sites = [p for p in (a, b) if values.is_site(p.name)]
    if any(
        values.named_after(site.name, place.name)
        for one, other in ((a, b), (b, a))
        for site in place_lineage(one)
        if values.is_site(site.name)
        for place in place_lineage(other)
    ):
        # "X Spaceport" on the island of X, whatever region the links put it in; "Pad 2 at X";
        # "Pad 2" of the "X Launch Complex" and the island of X
        return True
    return len(sites) == 1 and sites[0].located_in_id is None


@dataclass
class Value:
    """One value an attribute is given, the articles that give it, and whether it conflicts
    with a value another article gives."""

    label: str
    raw: object
    articles: list = field(default_factory=list)
    is_conflicting: bool = False


def _label(attribute, evidence):
    if attribute == "date":
        return date_at_precision(evidence.date, evidence.date_precision or DatePrecision.DAY)
    if attribute == "place":
        return evidence.place.name
    return str(evidence.until)


TENTATIVE = {"planned", "expected"}


def _schedule_slipped(a, b):
    """A planned date and the date it happened never dispute each other: schedules slip (a
    launch set for the 6th that flew on the 14th is not a disagreement between sources). A
    venue or an end year given in a plan is held to, so a report of another one disputes it."""
    return (a.modality in TENTATIVE) != (b.modality in TENTATIVE)


def _agree(attribute, a, b):
    if attribute == "date":
        if _schedule_slipped(a, b):
            return True
        return values.dates_agree(a.date, a.date_precision, b.date, b.date_precision)
    if attribute == "place":
        return places_agree(a.place, b.place)
    return a.until == b.until


def _given(attribute, evidence):
    if attribute == "date":
        return evidence.date is not None
    if attribute == "place":
        return evidence.place_id is not None
    return evidence.until is not None


def claim_values(*, claim, evidence=None):
    """{attribute: [Value, ...]} over the claim's live evidence (not rejected), each distinct
    value once with the articles that give it; a value is conflicting when another article
    gives a value for the same attribute that cannot also be true."""
    if evidence is None:
        evidence = (
            claim.evidence.exclude(review_status=ReviewStatus.REJECTED)
            .select_related("article", "place__located_in__located_in")
            .order_by("article_id", "start")
        )
    result = {}
    for attribute in ATTRIBUTES:
        given = [e for e in evidence if _given(attribute, e)]
        found = {}
        for row in given:
            label = _label(attribute, row)
            entry = found.setdefault(label, Value(label=label, raw=row))
            if row.article not in entry.articles:
                entry.articles.append(row.article)
            if any(
                other.article_id != row.article_id and not _agree(attribute, row, other)
                for other in given
            ):
                entry.is_conflicting = True
        if found:
            result[attribute] = list(found.values())
    return result


# The values of a passage that the status rule compares (claims.services.claims_recompute):
# passages that give the same ones are decided alike, whatever else they say.
VALUE_FIELDS = ("date", "date_precision", "modality", "place_id", "until")


@dataclass
class ValueGroup:
    """Live passages of one claim that give the same values and have one origin and stance,
    with the earliest and the latest article among them."""

    values: tuple
    origin: str
    stance: str
    first: int
    last: int


def evidence_value_groups(*, claim_ids):
    """{claim id: [ValueGroup, ...]} over the claims' live passages (not rejected), aggregated
    in the database: a claim of a much-reported event has hundreds of passages but few distinct
    values, and the status rule needs no more than these (`conflicts_after`)."""
    rows = (
        Evidence.objects.filter(claim_id__in=claim_ids)
        .exclude(review_status=ReviewStatus.REJECTED)
        .values_list("claim_id", *VALUE_FIELDS, "origin", "stance")
        .annotate(first=Min("article_id"), last=Max("article_id"))
        .order_by()
    )
    groups = {}
    for claim_id, *given, origin, stance, first, last in rows:
        group = ValueGroup(tuple(given), origin, stance, first, last)
        groups.setdefault(claim_id, []).append(group)
    return groups


def conflicts_after(groups):
    """The status rule's comparison over passages summarised by their values
    (`evidence_value_groups`): for each claim, {values: the article after which a passage
    giving them contradicts, or None for never}. A passage disagrees with a passage of an
    earlier article on an attribute exactly when it comes after the earliest article that gives
    a value of that attribute which cannot also be true; so each distinct value is compared
    with the claim's distinct values (O(values²)), not each passage with every other
    (O(passages²)), and no passage is read."""
    places = places_read({group.values[3] for each in groups.values() for group in each})
    return {claim_id: _conflicts_after(each, places) for claim_id, each in groups.items()}


def _conflicts_after(groups, places):
    first = {}  # values -> the earliest article giving them
    for group in groups:
        first[group.values] = min(first.get(group.values, group.first), group.first)
    given = [_Given(each, first[each], places) for each in first]
    after = dict.fromkeys(first)
    for attribute in ATTRIBUTES:
        earliest, sample = {}, {}  # per distinct value of the attribute
        for row in given:
            if _given(attribute, row):
                key = row.key(attribute)
                sample.setdefault(key, row)
                earliest[key] = min(earliest.get(key, row.first), row.first)
        # the earliest article that gives a value disagreeing with each value
        against = {
            key: min(
                (earliest[other] for other in sample if not _agree(attribute, row, sample[other])),
                default=None,
            )
            for key, row in sample.items()
        }
        for row in given:
            bound = against[row.key(attribute)] if _given(attribute, row) else None
            if bound is not None:
                after[row.values] = min(bound, after[row.values] or bound)
    return after


class _Given:
    """The values a group of passages gives, shaped as a passage for `_given` and `_agree`."""

    def __init__(self, values, first, places):
        self.values, self.first = values, first
        self.date, self.date_precision, self.modality, self.place_id, self.until = values
        self.place = places.get(self.place_id)

    def key(self, attribute):
        """What `_agree` reads of the attribute: equal keys agree and disagree alike."""
        if attribute == "date":
            return (self.date, self.date_precision, self.modality in TENTATIVE)
        if attribute == "place":
            return self.place_id
        return self.until
