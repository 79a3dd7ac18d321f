"""The claims an article's event frames may join (`ClaimFrameIndex`), read for all its frames at
once and kept as values: a model instance is built only for a claim a frame joins."""

import datetime

from django.db.models import F, FilteredRelation, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.lookups import Exact

from newsroom.claims import values
from newsroom.claims.models import Claim, DatePrecision, Evidence
from newsroom.claims.selectors import roles_read
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity, Role

FIELDS = tuple(field.attname for field in Claim._meta.concrete_fields)

# An undated frame joins the first of its claims by id that passes matching's tests, nearly always
# the first one: its claims are read this many at a time, in that order, not all of them (all
# those of the past year, of a popular event hundreds).
PREFIX = 8


class ClaimRow:
    """A claim as the index reads it: the fields `candidates` and matching compare, and every
    field's value in `values`, from which `ClaimFrameIndex.claim` builds the model instance."""

    __slots__ = (
        "values",
        "pk",
        "kind",
        "date",
        "date_precision",
        "is_previous",
        "review_status",
        "statement",
        "place_id",
    )
    _AT = {name: FIELDS.index(name) for name in __slots__[2:]}
    _PK = FIELDS.index(Claim._meta.pk.attname)

    def __init__(self, row):
        self.values = row
        self.pk = row[self._PK]
        for name, at in self._AT.items():
            setattr(self, name, row[at])


class ClaimFrameIndex:
    """The claims an article's event frames may join, read in four queries for all its frames
    (not one query per frame and more per claim compared); `add` records a claim the caller
    creates or changes meanwhile, so later frames find it as they would in the database.

    `frames` are (kind, party ids, previous, date, precision) of every frame the run will
    match, `expand` the run's party expansion. A claim joins the index when it could rank for
    one of the frames: of its kind, with one of its parties, or an organisation one of its
    parties has a role at (any role, as `candidates` reads them), among the frame's expanded
    parties, and on a date that could rank. Rejected claims are left out. An undated frame's
    claims are read in order of id, a few at a time (`PREFIX`, then `more` when `settled` says
    the claim matching chose might not be the first that passes). Each claim is read as
    a `ClaimRow` and keeps its party ids (`parties_of`) and, once read for a comparison, the
    distinct places its passages give (`places_given_of`), its own place (`place_of`) and its
    passages' texts (`passages_of`). `claim` gives the model instance of a claim a frame joins,
    one per claim: the one `add` or `adopt` recorded, or one built from its row."""

    def __init__(self, frames, *, expand, published=None, roles=None, statements=()):
        self.rows, self.claims = {}, {}  # claim pk -> ClaimRow, model instance
        self._parties, self._orgs = {}, {}
        # person id -> [(organisation id, review status)]: a cache the caller may share (the
        # party expansion reads the same roles); `candidates` reads those it lacks of the people
        # its party test needs, all at once (`prospects` names them, for a caller to read first)
        self._roles_read = {} if roles is None else roles
        self.party_entities = {}  # party id -> (kind, name), of the parties of the claims read
        self._of_kind = {}  # kind -> the ids of the claims of that kind
        self._places, self._passages = {}, {}  # claim pk -> places given, passages' texts
        self._place = {}  # place id -> the place with the places it lies in
        self._place_read = False  # the places of the claims read yet
        # (kind, previous, expanded parties) of an undated frame -> its claims' `_Prefix`
        self._prefixes = {}
        self._elsewhere = {}  # claim pk -> an instance `adopt` was given before its row was read
        wanted = Q()
        for kind, parties, previous, date, precision in frames:
            mine = expand(parties)
            if kind and mine and date is None:
                key = (kind, previous, frozenset(mine))
                if key not in self._prefixes:
                    self._prefixes[key] = _Prefix(
                        Q(kind=kind)
                        & _party_of(mine)
                        & _date_window(previous, None, "", published),
                        tag=len(self._prefixes),
                    )
                continue
            if kind and mine:
                wanted |= (
                    Q(kind=kind)
                    & (Q(parties__in=mine) | Q(parties__in=_people_at(mine)))
                    & _date_window(previous, date, precision, published)
                )
            if kind and date is not None and precision == DatePrecision.DAY:
                wanted |= Q(kind=kind, date=date, date_precision=DatePrecision.DAY)
        parts = []
        if wanted:
            rows = (
                Claim.objects.filter(wanted).exclude(review_status=ReviewStatus.REJECTED).distinct()
            )
            parts.append(rows)
        parts += [prefix.part() for prefix in self._prefixes.values()]
        statements = set(statements)
        if statements:  # (frameless claims: none of them can be one of the rows above)
            parts.append(Claim.objects.filter(statement__in=statements, kind=""))
        self.by_statement = {}
        if parts:
            self._load(parts, statements)

    def _load(self, parts, statements=()):
        """Read the claims of `parts` (Claim querysets; a `_Prefix` part marks its rows with its
        tag) as values, in one query, with their party ids; the frameless claims of
        `statements` go to `by_statement`, as model instances (the first by id for each
        statement). A claim the index knows already keeps what it knows. Return the ids of the
        claims added."""
        columns = [
            part.annotate(**({} if "tag" in part.query.annotations else {"tag": _NO_TAG}))
            .values_list(*FIELDS, "tag")
            .order_by()
            for part in parts
        ]
        rows = columns[0].union(*columns[1:], all=True) if len(columns) > 1 else columns[0]
        frameless, added, tagged = [], [], {}
        for *fields, tag in rows.order_by(*Claim._meta.ordering):
            row = ClaimRow(tuple(fields))
            if tag >= 0:
                tagged.setdefault(tag, []).append(row.pk)
            if not row.kind and row.statement in statements:
                frameless.append(row)
                continue
            if row.pk in self._parties:  # read by another part, or recorded by `add`
                continue
            self.rows[row.pk] = row
            if row.pk in self._elsewhere:
                self.claims[row.pk] = self._elsewhere.pop(row.pk)
            self._of_kind.setdefault(row.kind, set()).add(row.pk)
            self._parties[row.pk] = set()
            added.append(row.pk)
        for prefix in self._prefixes.values():
            prefix.read(tagged.get(prefix.tag, []))
        for row in sorted(frameless, key=lambda row: row.pk):
            if row.statement not in self.by_statement:
                self.by_statement[row.statement] = Claim.from_db(
                    Claim.objects.db, FIELDS, row.values
                )
        # the party ids (with each party's kind and name, which matching reads) alone: a claim
        # of a much-reported event has many parties, and an entity built for each would cost
        # more than the matching that reads them
        if added:
            links = Claim.parties.through.objects.filter(claim_id__in=added)
            for claim_id, entity_id, kind, name in links.values_list(
                "claim_id", "entity_id", "entity__kind", "entity__name"
            ):
                self._parties[claim_id].add(entity_id)
                self.party_entities[entity_id] = (kind, name)
        return added

    def settled(self, *, kind, mine, previous, date, found, **_):
        """Is `found` (the claim matching chose, or None) the one it would choose from all the
        claims an undated frame may join? It chooses the first by id that passes its tests: when
        not all were read, only one no later than the last read is."""
        prefix = date is None and self._prefixes.get((kind, previous, frozenset(mine)))
        if not prefix or prefix.after is None:
            return True
        return found is not None and found.pk <= prefix.after

    def more(self, *, kind, mine, previous, **_):
        """Read the next claims, by id, of an undated frame that `settled` found unsettled (twice
        as many as last time); return the ids of the claims added."""
        prefix = self._prefixes[(kind, previous, frozenset(mine))]
        return self._load([prefix.part()])

    def claim(self, claim):
        """The model instance of `claim` (a row or an instance), built once per claim."""
        if not isinstance(claim, ClaimRow):
            return claim
        if claim.pk not in self.claims:
            self.claims[claim.pk] = Claim.from_db(Claim.objects.db, FIELDS, claim.values)
        return self.claims[claim.pk]

    def adopt(self, claim):
        """The instance the index keeps for `claim`'s pk, `claim` itself when the index has
        none yet (the instance a caller read elsewhere, so that one object stands for it)."""
        if claim.pk in self.rows:
            return self.claims.setdefault(claim.pk, claim)
        # (its row may be read later, by an undated frame reading further)
        return self._elsewhere.setdefault(claim.pk, claim)

    def ids(self):
        """The ids of the claims the index holds."""
        return self._parties.keys()

    def places_given_read(self, claims):
        """Read the distinct places the passages of those of `claims` not read yet give, each
        with the places it lies in, in one query that the first time also reads the index's
        claims' own places (`place_of`): what comparing a frame's place with them needs, read
        only for the claims a frame is compared with. A claim of a much-reported event has
        hundreds of passages and a few places."""
        missing = {claim.pk for claim in claims} - self._places.keys()
        if not missing:
            return
        self._places.update((pk, []) for pk in missing)
        own = set()
        if not self._place_read:
            self._place_read = True
            own = {row.place_id for row in self.rows.values() if row.place_id}
        rows = (
            Entity.objects.annotate(
                given=FilteredRelation(
                    "evidence_here", condition=Q(evidence_here__claim_id__in=missing)
                )
            )
            .filter(Q(given__claim_id__isnull=False) | Q(pk__in=own))
            .annotate(given_for=F("given__claim_id"))
            .select_related("located_in__located_in")
            .distinct()
        )
        for place in rows:
            if place.pk in own:
                self._place.setdefault(place.pk, place)
            if place.given_for is not None:
                self._places[place.given_for].append(place)

    def _places_read(self, ids):
        missing = ids - self._place.keys()
        if missing:
            rows = Entity.objects.filter(pk__in=missing).select_related("located_in__located_in")
            self._place.update((place.pk, place) for place in rows)

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

    def _orgs_of(self, person):
        """The organisations the person has a role at (any role), from the roles cache."""
        if person not in self._orgs:
            self._orgs[person] = {organization for organization, _ in self._roles_read[person]}
        return self._orgs[person]

    def add(self, claim, *, parties, new=False):
        """Record `claim` (new, or changed by the caller) with all its party ids (a `new` claim
        has no passages yet)."""
        self.claims[claim.pk] = claim
        self._of_kind.setdefault(claim.kind, set()).add(claim.pk)
        self._parties[claim.pk] = set(parties)
        if new:
            self._places[claim.pk], self._passages[claim.pk] = [], []

    def known(self, claim):
        return claim.pk in self._parties

    def parties_of(self, claim):
        return self._parties[claim.pk]

    def parties_of_id(self, pk):
        return self._parties[pk]

    def places_given_of(self, claim):
        """The distinct places the claim's passages give."""
        self.places_given_read([claim])
        return self._places[claim.pk]

    def place_of(self, claim):
        """The claim's own place with the places it lies in, or None."""
        if not claim.place_id:
            return None
        if _place_cached(claim):
            return claim.place
        self._places_read({claim.place_id})
        return self._place[claim.place_id]

    def passages_of(self, claim):
        """The texts of the claim's passages."""
        self.passages_read([claim])
        return self._passages[claim.pk]

    def candidates(self, *, kind, mine, previous, date, precision, published=None, anonymous=False):
        """Claims of the same kind of event with a party in `mine` (expanded), in the order a
        frame should join them, each as its instance when the index has one, otherwise as its
        row: a claim on an agreeing date first, then an undated one, then one whose date is
        close enough to be a disagreement about one occurrence. Dated frames far apart are two
        occurrences; an undated frame joins only a claim of the same occurrence ("their last
        meeting" never joins this one), nor does a frame dated a year or more before
        `published`, the date of the article it comes from, join an undated claim, or an
        undated frame a claim dated so ("has now extended X until 2028" is not the extension
        "approved in 2024"). A launch, opening, end of operations or extension the same day
        joins whatever its parties (a story has one such event a day, and parties are misread
        more often than that), and so does a frame of another kind that names no organisation
        (`anonymous`: "the country's agency and a regional university signed …")."""
        if not kind or not mine:
            return []
        sifted = list(self._sift(kind, mine, previous, date, precision, published, anonymous))
        # the party test by roles, for the claims that share no party with the frame: the roles
        # of their parties the cache lacks, in one query
        roles_read(
            {p for _, pk, _, sure in sifted if not sure for p in self._parties[pk]},
            cache=self._roles_read,
        )
        ranked = [
            (rank, pk, claim)
            for rank, pk, claim, sure in sifted
            if sure or any(self._orgs_of(p) & mine for p in self._parties[pk])
        ]
        return [claim for _, _, claim in sorted(ranked, key=lambda item: item[:2])]

    def prospects(self, *, kind, mine, previous, date, precision, published=None, anonymous=False):
        """What `candidates` would return for the frame, without reading a role: the claims it
        may return (those it returns, and those whose party test needs roles not read yet), and
        the people whose roles that test needs and the cache lacks. A caller reads those roles
        with others, in one query, before matching."""
        if not kind or not mine:
            return [], set()
        claims, people = [], set()
        for _, pk, claim, sure in self._sift(
            kind, mine, previous, date, precision, published, anonymous
        ):
            if not sure:
                unknown = {p for p in self._parties[pk] if p not in self._roles_read}
                if not unknown and not any(self._orgs_of(p) & mine for p in self._parties[pk]):
                    continue
                people |= unknown
            claims.append(claim)
        return claims, people

    def _sift(self, kind, mine, previous, date, precision, published, anonymous):
        """(rank, pk, claim, sure) for each claim of `kind` whose date could rank for the frame
        (see `candidates`), in order of id; `sure`: it shares a party with `mine` or joins on the
        same day whatever its parties, so its party test needs no role."""
        for pk in sorted(self._of_kind.get(kind, ())):  # (a claim's kind never changes)
            claim = self.claims.get(pk) or self.rows[pk]
            if claim.kind != kind or claim.review_status == ReviewStatus.REJECTED:
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
            sure = bool(self._parties[pk] & mine) or _same_day(
                kind, date, precision, claim, anonymous=anonymous
            )
            yield rank, pk, claim, sure


_NO_TAG = Value(-1, output_field=IntegerField())


class _Prefix:
    """The claims an undated frame may join (`condition`), read in order of id, `limit` at a
    time: `after` is the id of the last read, None once all are."""

    def __init__(self, condition, *, tag):
        self.condition, self.tag, self.limit, self.after = condition, tag, PREFIX, 0
        self.reading = False

    def part(self):
        self.reading = True
        ids = (
            Claim.objects.filter(self.condition, pk__gt=self.after)
            .exclude(review_status=ReviewStatus.REJECTED)
            .order_by("pk")
            .values("pk")[: self.limit]
        )
        tag = Value(self.tag, output_field=IntegerField())
        return Claim.objects.filter(pk__in=ids).annotate(tag=tag)

    def read(self, ids):
        """Note the ids the last `part` read."""
        if self.reading:
            self.reading = False
            self.after = max(ids) if len(ids) == self.limit else None
            self.limit *= 2


def _place_cached(claim):
    return isinstance(claim, Claim) and Claim.place.is_cached(claim)


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


def _party_of(mine):
    """The claims with a party in `mine` or a person with a role at an organisation in it, as a
    test of each claim of the frame's kind and window (a scalar subquery each, probing the party
    links' and the roles' indexes), where `IN` or `EXISTS` made PostgreSQL hash every link of
    the parties and every role of their people first, a cost that grows with the claims stored."""
    links = Claim.parties.through.objects.filter(claim_id=OuterRef("pk"))
    direct = links.filter(entity_id__in=mine).values("claim_id")[:1]
    member = links.filter(entity__roles__organization_id__in=mine).values("claim_id")[:1]
    return Q(Exact(Subquery(direct), F("pk"))) | Q(Exact(Subquery(member), F("pk")))


def _people_at(mine):
    """The people with a role (any role) at an organisation in `mine`, as a subquery: the
    database reads it once per frame on the roles' index, where joining every party link to
    its entity and every role of it grew with the database."""
    return Role.objects.filter(organization_id__in=mine).values("person_id")


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
