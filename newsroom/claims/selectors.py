"""Shared reads of claims: finding the claim an event frame belongs to, and what each source
says about each of its attributes."""

import datetime
from dataclasses import dataclass, field

from django.db.models import F, Max, Min, Q

from newsroom.claims import values
from newsroom.claims.models import Claim, DatePrecision, Evidence, date_at_precision
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Alias, Entity, Role, normalize_alias

ATTRIBUTES = ("date", "place", "until")


def party_ids_expand(ids):
    """The party ids with the organisations their people act for (through roles any article
    gave and no editor rejected): "X met the agency's chief" and "X met Y of the agency"
    share a party."""
    return set().union(set(ids), *party_ids_expand_each(ids).values())


def party_ids_expand_each(ids):
    """{id: what party_ids_expand gives for that id alone}, for many ids in three queries (the
    expansion of a set is the union of its members')."""
    ids = set(ids)
    names = dict(Entity.objects.filter(pk__in=ids).values_list("pk", "name"))
    # The same name taken for two entities (one article calls it a company, another a
    # programme) is still one party.
    normalized = {pk: normalize_alias(name) for pk, name in names.items()}
    twins = {}
    rows = (
        Alias.objects.filter(normalized__in=set(normalized.values()))
        .exclude(entity__review_status=ReviewStatus.REJECTED)
        .values_list("normalized", "entity_id")
    )
    for name, pk in rows:
        twins.setdefault(name, set()).add(pk)
    expanded = {pk: {pk} | twins.get(normalized.get(pk), set()) for pk in ids}
    people = set().union(*expanded.values())
    orgs = {}
    roles = (
        Role.objects.filter(person_id__in=people, organization__isnull=False)
        .exclude(review_status=ReviewStatus.REJECTED)
        .values_list("person_id", "organization_id")
    )
    for person, organization in roles:
        orgs.setdefault(person, set()).add(organization)
    return {
        pk: members.union(*(orgs.get(member, set()) for member in members))
        for pk, members in expanded.items()
    }


class ClaimFrameIndex:
    """The claims an article's event frames may join, read in four queries for all its frames
    (not one query per frame and more per claim compared); `add` records a claim the caller
    creates or changes meanwhile, so later frames find it as they would in the database.

    `frames` are (kind, party ids, previous, date, precision) of every frame the run will
    match, `expand` the run's party expansion. A claim joins the index when it could rank for
    one of the frames: of its kind, with one of its parties, or an organisation one of its
    parties has a role at (any role, as `candidates` reads them), among the frame's expanded
    parties, and on a date that could rank. Rejected claims are left out. Each claim keeps its
    party ids (`parties_of`) and, once read for a comparison, the distinct places its passages
    give (`places_given_of`) and its passages' texts (`passages_of`)."""

    def __init__(self, frames, *, expand, published=None):
        self.claims, self._parties, self._orgs = {}, {}, {}
        self._of_kind = {}  # kind -> the ids of the claims of that kind
        self._places, self._passages = {}, {}  # claim pk -> places given, passages' texts
        # the frames' own parties: a claim the run creates for a frame has them
        people = {pk for frame in frames for pk in frame[1]}
        wanted = Q()
        for kind, parties, previous, date, precision in frames:
            mine = expand(parties)
            if kind and mine:
                wanted |= (
                    Q(kind=kind)
                    & (Q(parties__in=mine) | Q(parties__roles__organization__in=mine))
                    & _date_window(previous, date, precision, published)
                )
            if kind and date is not None and precision == DatePrecision.DAY:
                wanted |= Q(kind=kind, date=date, date_precision=DatePrecision.DAY)
        if wanted:
            rows = (
                Claim.objects.filter(wanted).exclude(review_status=ReviewStatus.REJECTED).distinct()
            )
            self._load(rows)
        self._roles(people.union(*self._parties.values()))

    def _load(self, rows):
        """Read `rows` (a Claim queryset) with their party ids."""
        rows = list(rows.select_related("place__located_in__located_in"))
        for claim in rows:
            self._record(claim)
            self._parties[claim.pk] = set()
        # the party ids alone: a claim of a much-reported event has many parties, and an entity
        # built for each would cost more than the matching that reads them
        links = Claim.parties.through.objects.filter(claim_id__in=[claim.pk for claim in rows])
        for claim_id, entity_id in links.values_list("claim_id", "entity_id"):
            self._parties[claim_id].add(entity_id)

    def places_given_read(self, claims):
        """Read the distinct places the passages of those of `claims` not read yet give, each
        with the places it lies in (one query): what comparing a frame's place with them needs,
        read only for the claims a frame is compared with. A claim of a much-reported event has
        hundreds of passages and a few places."""
        missing = {claim.pk for claim in claims} - self._places.keys()
        if not missing:
            return
        self._places.update((pk, []) for pk in missing)
        rows = (
            Entity.objects.filter(evidence_here__claim_id__in=missing)
            .annotate(given_for=F("evidence_here__claim_id"))
            .select_related("located_in__located_in")
            .distinct()
        )
        for place in rows:
            self._places[place.given_for].append(place)

    def passages_read(self, claims):
        """Read the texts of the passages of those of `claims` not read yet, in the order of
        their rows (one query, no row built)."""
        missing = {claim.pk for claim in claims} - self._passages.keys()
        if not missing:
            return
        self._passages.update((pk, []) for pk in missing)
        rows = Evidence.objects.filter(claim_id__in=missing).values_list("claim_id", "text")
        for claim_id, text in rows:
            self._passages[claim_id].append(text)

    def _roles(self, people):
        """The organisations each of `people` has a role at, for those not read yet."""
        missing = set(people) - self._orgs.keys()
        if not missing:
            return
        self._orgs.update((pk, set()) for pk in missing)
        roles = Role.objects.filter(person_id__in=missing, organization__isnull=False)
        for person, organization in roles.values_list("person_id", "organization_id"):
            self._orgs[person].add(organization)

    def add(self, claim, *, parties, new=False):
        """Record `claim` (new, or changed by the caller) with all its party ids (a `new` claim
        has no passages yet)."""
        self._record(claim)
        self._parties[claim.pk] = set(parties)
        if new:
            self._places[claim.pk], self._passages[claim.pk] = [], []
        self._roles(parties)

    def _record(self, claim):
        self.claims[claim.pk] = claim
        self._of_kind.setdefault(claim.kind, set()).add(claim.pk)

    def known(self, claim):
        return claim.pk in self._parties

    def parties_of(self, claim):
        return self._parties[claim.pk]

    def places_given_of(self, claim):
        """The distinct places the claim's passages give."""
        self.places_given_read([claim])
        return self._places[claim.pk]

    def passages_of(self, claim):
        """The texts of the claim's passages."""
        self.passages_read([claim])
        return self._passages[claim.pk]

    def candidates(self, *, kind, mine, previous, date, precision, published=None, anonymous=False):
        """Claims of the same kind of event with a party in `mine` (expanded), in the order a
        frame should join them: a claim on an agreeing date first, then an undated one, then one
        whose date is close enough to be a disagreement about one occurrence. Dated frames far
        apart are two occurrences; an undated frame joins only a claim of the same occurrence
        ("their last meeting" never joins this one), nor does a frame dated a year or more
        before `published`, the date of the article it comes from, join an undated claim, or an
        undated frame a claim dated so ("has now extended X until 2028" is not the extension
        "approved in 2024"). A launch, opening, end of operations or extension the same day
        joins whatever its parties (a story has one such event a day, and parties are misread
        more often than that), and so does a frame of another kind that names no organisation
        (`anonymous`: "the country's agency and a regional university signed …")."""
        if not kind or not mine:
            return []
        ranked = []
        for pk in sorted(self._of_kind.get(kind, ())):  # (a claim's kind never changes)
            claim = self.claims[pk]
            if claim.kind != kind or claim.review_status == ReviewStatus.REJECTED:
                continue
            parties = self._parties[pk]
            if not (
                parties & mine
                or any(self._orgs[p] & mine for p in parties)
                or _same_day(kind, date, precision, claim, anonymous=anonymous)
            ):
                continue
            if date is None or claim.date is None:
                if claim.is_previous != previous or _long_before(date or claim.date, published):
                    continue
                rank = 1
            elif values.dates_agree(date, precision, claim.date, claim.date_precision):
                rank = 0
            elif values.same_occurrence(date, precision, claim.date, claim.date_precision):
                rank = 2
            else:
                continue
            ranked.append((rank, pk, claim))
        return [claim for _, _, claim in sorted(ranked, key=lambda item: item[:2])]


# Events of which a story has one a day: a frame whose parties were misread still joins the
# claim of its kind on the same day. Of other kinds (two meetings a day are common), only a frame
# that names no organisation does.
SAME_DAY_KINDS = {"launch", "opening", "end_of_operations", "extension"}


def _same_day(kind, date, precision, claim, *, anonymous):
    return (
        (kind in SAME_DAY_KINDS or anonymous)
        and precision == DatePrecision.DAY
        and claim.date_precision == DatePrecision.DAY
        and claim.date == date
    )


# A dated occurrence this long before the article that names it is history, not the news.
HISTORY_DAYS = 365


def _long_before(date, published):
    return None not in (published, date) and (published - date).days >= HISTORY_DAYS


def _date_window(previous, date, precision, published):
    """The claims whose date could rank for a frame (see `candidates`): narrowed in the query so
    that its cost does not grow with the claims stored. An undated frame meets only a claim of
    its own occurrence, undated or dated less than a year before `published` (the article's
    date). A dated one meets an undated claim of its occurrence (unless the frame is dated so
    long before), a claim within the days of one occurrence (which covers a day or month that
    agrees), and a claim of the same year when either date is known only to the year."""
    history = published and published - datetime.timedelta(days=HISTORY_DAYS)
    if date is None:
        if history is None:
            return Q(is_previous=previous)
        return Q(is_previous=previous) & (Q(date__isnull=True) | Q(date__gt=history))
    days = datetime.timedelta(days=values.SAME_OCCURRENCE_DAYS)
    window = Q(date__range=(date - days, date + days))
    if not _long_before(date, published):
        window |= Q(date__isnull=True, is_previous=previous)
    if precision == DatePrecision.YEAR:
        return window | Q(date__year=date.year)
    return window | Q(date__year=date.year, date_precision=DatePrecision.YEAR)


def places_attach(rows):
    """Give each row (evidence) its place, and each place the places it lies in, as one object
    per place read once (`places_read`)."""
    loaded = places_read({row.place_id for row in rows if row.place_id})
    for row in rows:
        if row.place_id:
            row.place = loaded[row.place_id]
    return rows


def places_read(ids):
    """{id: place} for the place ids, each place with the places it lies in: one object per
    place, a level of `located_in` per query, where joining each row to its place's lineage
    would build three entities per row."""
    loaded = {}
    wanted = set(ids) - {None}
    while wanted:
        found = Entity.objects.in_bulk(wanted)
        loaded.update(found)
        wanted = {place.located_in_id for place in found.values()} - loaded.keys() - {None}
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
    areas = [p for p in (a, b) if values.is_area(p.name)]
    if len(areas) == 1 and None in (a.located_in_id, b.located_in_id):
        return True  # a province and a town, where nothing says which province the town is in
    sites = [p for p in (a, b) if values.is_site(p.name)]
    if len(sites) == 1 and values.named_after(sites[0].name, (b if sites[0] is a else a).name):
        return True  # "X Spaceport" on the island of X, whatever region the links put it in
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


def evidence_conflicts(*, evidence):
    """The attributes on which each passage disagrees with a passage of an earlier article:
    {evidence pk: {attribute, ...}}. The first article to report a claim never contradicts."""
    conflicts = {}
    for row in evidence:
        for attribute in ATTRIBUTES:
            if not _given(attribute, row):
                continue
            if any(
                other.article_id < row.article_id
                and _given(attribute, other)
                and not _agree(attribute, row, other)
                for other in evidence
            ):
                conflicts.setdefault(row.pk, set()).add(attribute)
    return conflicts


# The values of a passage that the status rule compares (see evidence_conflicts): passages that
# give the same ones are decided alike, whatever else they say.
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
    """`evidence_conflicts` over passages summarised by their values (`evidence_value_groups`):
    for each claim, {values: the article after which a passage giving them contradicts, or
    None for never}. A passage disagrees with a passage of an earlier article on an attribute
    exactly when it comes after the earliest article that gives a value of that attribute which
    cannot also be true; so each distinct value is compared with the claim's distinct values
    (O(values²)), not each passage with every other (O(passages²)), and no passage is read."""
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
