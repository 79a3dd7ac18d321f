"""What a new article's dated frames compare: ingest generated articles into a copy of a
PostgreSQL database and print, over the dated frames matching compared with stored claims, how
many found a claim, how near the one chosen was among the frame's candidates (nearest first, as
`matching._closest` ranks them), the candidates of the frames that found none, and which of
matching's tests turned the candidates down.

    .venv/bin/python benchmarks/ingest/frames.py POSTGRES_URL [--count 10] [--seed 7]
        [--project CHECKOUT]

POSTGRES_URL names what `run.py --database postgres --keep` left; it is copied with `CREATE
DATABASE … TEMPLATE` and never changed (as `reads.py` does). The reasons are found by asking
matching's own helpers again after `_may_dispute` said no (which reads a little more than the
run would: count statements with `reads.py`, not here). `_same_speaker` and `_same_person` are
counted for every frame, dated or not.
"""

import argparse
import collections
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from timing import copied_project  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("database")
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--project", default=str(HERE.parents[1]))
    args = parser.parse_args()
    with copied_project(
        args.database,
        count=args.count + 1,
        seed=args.seed,
        project=args.project,
        prefix="ingest_frames_",
    ) as paths:
        from newsroom.articles.services import article_ingest_path
        from newsroom.extraction import matching

        probe = _Probe(matching)
        article_ingest_path(paths[0])  # (spaCy's start-up; not counted)
        probe.clear()
        for path in paths[1:]:
            article_ingest_path(path)
    probe.report(len(paths) - 1)


class _Probe:
    """Wraps matching's helpers (module attributes, looked up at each call) to count."""

    def __init__(self, matching):
        self.m = matching
        self.clear()
        self._candidates = matching.ClaimFrameIndex.candidates
        self._may_dispute, self._closest = matching._may_dispute, matching._closest
        self._same_ordinal = matching._same_ordinal
        matching.ClaimFrameIndex.candidates = self._wrap_candidates()
        matching._may_dispute, matching._closest = self.may_dispute, self.closest
        matching._same_ordinal = self.same_ordinal
        for name in ("_same_speaker", "_same_person"):
            setattr(matching, name, self._wrap_filter(name, getattr(matching, name)))

    def clear(self):
        self.frames, self.found_at, self.none = 0, [], []
        self.reasons = collections.Counter()
        self.last = []

    def _wrap_candidates(self):
        candidates, probe = self._candidates, self

        def wrapped(index, **frame):
            probe.last = candidates(index, **frame)
            return probe.last

        return wrapped

    def _wrap_filter(self, name, function):
        def wrapped(frames, parties, matcher):
            kept = function(frames, parties, matcher)
            self.reasons[f"{name} (any frame)"] += len(frames) - len(kept)
            return kept

        return wrapped

    def same_ordinal(self, claim, candidate, matcher):
        kept = self._same_ordinal(claim, candidate, matcher)
        if candidate.date is not None and not kept:
            self.reasons["_same_ordinal"] += 1
        return kept

    def may_dispute(self, claim, candidate, parties, named_orgs, place, matcher, *, unnamed):
        kept = self._may_dispute(
            claim, candidate, parties, named_orgs, place, matcher, unnamed=unnamed
        )
        if candidate.date is not None:
            self.reasons[self._why(kept, claim, candidate, named_orgs, place, matcher)] += 1
        return kept

    def _why(self, kept, claim, candidate, named_orgs, place, matcher):
        m = self.m
        if kept:
            agree = m._dates_agree(claim, candidate)
            return "passes _may_dispute: " + ("dates agree" if agree else "dates disagree")
        if place is not None and m._elsewhere(claim, place, matcher):
            return "_may_dispute: another place"
        known = set().union(*(matcher.expand([org]) for org in named_orgs))
        direct = set(matcher.frames.parties_of(claim)) - known
        if any(not matcher.typed_otherwise(o) for o in matcher.organizations(direct)):
            return "_may_dispute: another organisation, a party of the claim"
        return "_may_dispute: another organisation or craft, by the expansion"

    def closest(self, frames, candidate):
        found = self._closest(frames, candidate)
        if candidate.date is None:
            return found
        self.frames += 1
        if found is None:
            self.none.append(len(self.last))
            return found
        middle = self.m.values.date_middle(candidate.date, candidate.date_precision)
        order = sorted(
            self.last, key=lambda claim: self._days(middle, claim)
        )  # (stable: ties by rank)
        self.found_at.append(order.index(found) + 1)
        return found

    def _days(self, middle, claim):
        """`matching._closest`'s distance."""
        if claim.date is None:
            return self.m.UNDATED_DAYS
        return abs((self.m.values.date_middle(claim.date, claim.date_precision) - middle).days)

    def report(self, articles):
        found = sorted(self.found_at)
        print(f"{articles} new articles; {self.frames} dated frames compared with stored claims")
        print(f"  found a claim: {len(found)}; its place among the candidates, nearest first:")
        if found:
            print(f"    median {statistics.median(found)}, max {found[-1]}; {found}")
        print(f"  found none: {len(self.none)}, with {sum(self.none)} candidates: {self.none}")
        print("  candidates turned down, and kept, by test:")
        for reason, count in sorted(self.reasons.items()):
            print(f"    {reason:62} {count:6}")


if __name__ == "__main__":
    main()
