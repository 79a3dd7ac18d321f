"""The parts of the frame index's query that read a frame's claims a few at a time, in the order
matching chooses among them (`claims.frames.ClaimFrameIndex`): an undated frame's by id, a dated
frame's nearest first."""

from django.db.models import DateField, F, Func, IntegerField, Q, Value

from newsroom.claims import values
from newsroom.claims.models import Claim, DatePrecision
from newsroom.core.models import ReviewStatus

# An undated frame joins the first of its claims by id that passes matching's tests, nearly always
# the first one: its claims are read this many at a time, in that order, not all of them (all
# those of the past year, of a popular event hundreds).
PREFIX = 8

# A dated frame joins the nearest of its claims that passes matching's tests, most often one of
# the nearest few: its claims are read this many first, nearest first, not its whole window
# (60 days either side, which holds more claims the more are stored).
BAND = 8


class Prefix:
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
        return _tagged(ids, self.tag)

    def read(self, rows):
        """Note the rows (`ClaimRow`s, as stored) the last `part` read."""
        if self.reading:
            self.reading = False
            self.after = max(row.pk for row in rows) if len(rows) == self.limit else None
            self.limit *= 2

    def settled(self, found):
        """Is `found` (the claim matching chose, or None) the first by id that passes of all
        the frame's claims? Only one no later than the last read is, unless all were read."""
        return self.after is None or (found is not None and found.pk <= self.after)


class Band:
    """The claims a dated frame may join (`condition`), read nearest first to `middle` (the
    middle of the frame's date; `values.days_from`), then by id: the first `BAND`, then the
    rest. `after` is (days, id) of the last read, None once all are."""

    def __init__(self, condition, *, middle, tag):
        self.condition, self.middle, self.tag = condition, middle, tag
        self.limit, self.after, self.reading = BAND, _START, False

    def part(self):
        self.reading = True
        rows = (
            Claim.objects.filter(self.condition)
            .exclude(review_status=ReviewStatus.REJECTED)
            .annotate(days=DaysFrom(self.middle))
        )
        if self.after is not _START:  # (the next ones: after the last read, in this order)
            days, pk = self.after
            rows = rows.filter(Q(days__gt=days) | Q(days=days, pk__gt=pk))
        rows = rows.order_by("days", "pk").values("pk")
        return _tagged(rows if self.limit is None else rows[: self.limit], self.tag)

    def read(self, rows):
        """Note the rows (`ClaimRow`s, as stored) the last `part` read."""
        if self.reading:
            self.reading = False
            last = max(
                ((values.days_from(self.middle, r.date, r.date_precision), r.pk) for r in rows),
                default=None,
            )
            full = self.limit is not None and len(rows) == self.limit
            self.after = last if full else None
            # (the rest at once: a frame that none of its nearest claims settles is most often
            # one that joins none, which must test them all)
            self.limit = None

    def settled(self, found):
        """Is `found` (the claim matching chose, or None) the nearest that passes of all the
        frame's claims? Only one strictly nearer than the last read is, unless all were read:
        any claim not read is no nearer than that one."""
        if self.after is None:
            return True
        if found is None:
            return False
        return values.days_from(self.middle, found.date, found.date_precision) < self.after[0]


_START = (-1, 0)


def _tagged(ids, tag):
    return Claim.objects.filter(pk__in=ids).annotate(tag=Value(tag, output_field=IntegerField()))


class DaysFrom(Func):
    """`values.days_from(middle, date, date_precision)` of each claim, in SQL (SQLite and
    PostgreSQL): the days between the middle of its date (July 2 of a year, the 15th of a
    month) and `middle`, UNDATED_DAYS when it is undated."""

    output_field = IntegerField()

    def __init__(self, middle):
        super().__init__(F("date"), F("date_precision"), Value(middle, output_field=DateField()))

    def _parts(self, compiler, connection):
        sql, params = [], []
        for expression in self.get_source_expressions():
            part, part_params = compiler.compile(expression)
            sql.append(part)
            params.append(part_params)
        return sql, params

    def as_postgresql(self, compiler, connection, **extra):
        (date, precision, middle), (p_date, p_precision, p_middle) = self._parts(
            compiler, connection
        )
        sql = (
            f"COALESCE(ABS((CASE WHEN {precision} = %s "
            f"THEN MAKE_DATE(EXTRACT(YEAR FROM {date})::integer, 7, 2) "
            f"WHEN {precision} = %s THEN DATE_TRUNC('month', {date})::date + 14 "
            f"ELSE {date} END) - ({middle})::date), %s)"
        )
        params = [
            *p_precision,
            DatePrecision.YEAR,
            *p_date,
            *p_precision,
            DatePrecision.MONTH,
            *p_date,
            *p_date,
            *p_middle,
            values.UNDATED_DAYS,
        ]
        return sql, tuple(params)

    def as_sqlite(self, compiler, connection, **extra):
        (date, precision, middle), (p_date, p_precision, p_middle) = self._parts(
            compiler, connection
        )
        sql = (
            f"COALESCE(CAST(ABS(JULIANDAY(CASE WHEN {precision} = %s THEN STRFTIME(%s, {date}) "
            f"WHEN {precision} = %s THEN STRFTIME(%s, {date}) ELSE {date} END) "
            f"- JULIANDAY({middle})) AS INTEGER), %s)"
        )
        params = [
            *p_precision,
            DatePrecision.YEAR,
            "%Y-07-02",
            *p_date,
            *p_precision,
            DatePrecision.MONTH,
            "%Y-%m-15",
            *p_date,
            *p_date,
            *p_middle,
            values.UNDATED_DAYS,
        ]
        return sql, tuple(params)

    def as_sql(self, compiler, connection, **extra):
        raise NotImplementedError(f"DaysFrom on {connection.vendor}")
