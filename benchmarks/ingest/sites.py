"""Where a new article's queries go: ingest generated articles into a copy of a database and
print their statements grouped by call site (the innermost frame in `newsroom/`, and the
outermost, which names the step of the persister).

    .venv/bin/python benchmarks/ingest/sites.py DATABASE [--count 5] [--seed 7]
        [--outer] [--sql] [--time]

DATABASE is what `run.py --keep` left (a few hundred articles), an SQLite file or a PostgreSQL
URL; it is copied first (as `timing.py` does), so it is never changed. `--count` articles of
`--seed` (another seed than the database's, so they are new) are ingested one by one through
`article_ingest_path`, with extraction, as `run.py` does. The table gives statements per article
by call site and by kind (SELECT, INSERT, UPDATE, DELETE, other: SAVEPOINT and RELEASE);
`--outer` groups by the outermost newsroom frame under the persister instead, `--sql` shows
one example statement per site, and `--time` adds the milliseconds per article each site's
statements took to execute (the driver's call: the server's time and the round trip), sorted by
it.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402
from timing import _copy  # noqa: E402

KINDS = ("SELECT", "INSERT", "UPDATE", "DELETE", "other")


def _kind(sql):
    word = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else "?"
    return word if word in KINDS else "other"


class Sites:
    """An execute wrapper: statements by call site and kind."""

    def __init__(self, *, outer):
        self.outer = outer
        self.counts = defaultdict(Counter)
        self.seconds = Counter()
        self.examples = {}

    def __call__(self, execute, sql, params, many, context):
        frames = [
            frame
            for frame in traceback.extract_stack()
            if "/newsroom/" in frame.filename and "/benchmarks/" not in frame.filename
        ]
        site = "(outside newsroom/)"
        if frames:
            frame = frames[-1]
            if self.outer:  # the step: the frame called from the persister or the service
                steps = [f for f in frames if f.name not in OUTER_SKIP] or frames
                frame = steps[0]
            path = frame.filename.split("/newsroom/", 1)[1]
            site = f"{path}:{frame.lineno} {frame.name}"
        self.counts[site][_kind(sql)] += 1
        self.examples.setdefault(site, sql[:160])
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds[site] += time.perf_counter() - start


# Frames above the persister's steps, skipped by --outer.
OUTER_SKIP = {
    "article_ingest_path",
    "article_ingest",
    "enqueue_on_ingest",
    "extract_article",
    "extraction_run_article",
    "_save_retrying",
    "extraction_save",
    "save",
    "_claims",
    "call",
    "enqueue",
    "inner",
    "__exit__",
    "<lambda>",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("database")
    parser.add_argument("--count", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--outer", action="store_true")
    parser.add_argument("--sql", action="store_true")
    parser.add_argument("--time", action="store_true", help="ms per article by site, too")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ingest_sites_"))
    url, drop = _copy(args.database, work)
    paths = generate(args.count, work / "articles", seed=args.seed)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DJANGO_LOG_LEVEL"] = "ERROR"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    from newsroom.articles.services import article_ingest_path
    from newsroom.extraction.extractors import extract

    extract(paths[0].read_text(encoding="utf-8"))  # spaCy's start-up, outside the count
    sites = Sites(outer=args.outer)
    created = 0
    for path in paths:
        with connection.execute_wrapper(sites):
            created += article_ingest_path(path).created
    connection.close()
    drop()
    shutil.rmtree(work)
    per = max(created, 1)
    if args.time:
        rows = sorted(sites.counts.items(), key=lambda item: -sites.seconds[item[0]])
    else:
        rows = sorted(sites.counts.items(), key=lambda item: -sum(item[1].values()))
    total = Counter()
    ms = f"{'ms':>6} " if args.time else ""
    print(f"{created} new articles; statements per article by call site")
    print(f"{'total':>6} " + " ".join(f"{k:>6}" for k in KINDS) + f"  {ms}site")
    for site, counts in rows:
        total.update(counts)
        cells = " ".join(f"{counts[k] / per:6.1f}" for k in KINDS)
        ms = f"{1000 * sites.seconds[site] / per:6.1f} " if args.time else ""
        print(f"{sum(counts.values()) / per:6.1f} {cells}  {ms}{site}")
        if args.sql:
            print(f"{'':>49}{sites.examples[site]}")
    cells = " ".join(f"{total[k] / per:6.1f}" for k in KINDS)
    ms = f"{1000 * sum(sites.seconds.values()) / per:6.1f} " if args.time else ""
    print(f"{sum(total.values()) / per:6.1f} {cells}  {ms}all")


if __name__ == "__main__":
    main()
