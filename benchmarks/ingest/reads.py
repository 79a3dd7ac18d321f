"""What a new article reads: ingest generated articles into a copy of a PostgreSQL database and
print, per article, the statements sent, the rows the SELECTs returned (all, those read from the
roles table, and those of them `roles_read` read for matching), the claims the frame index held
and the people whose roles the run read.

    .venv/bin/python benchmarks/ingest/reads.py POSTGRES_URL [--count 10] [--seed 7]
        [--project CHECKOUT] [--json]

POSTGRES_URL names what `run.py --database postgres --keep` left; it is copied with `CREATE
DATABASE … TEMPLATE` (as `timing.py` does) and never changed. `--project` measures another
checkout (its code is imported; the generator is this one's). One more article, not counted,
goes first (spaCy's start-up). Nothing here depends on the machine's load but the times.
"""

import argparse
import json
import statistics
import sys
import time
import traceback
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
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with copied_project(
        args.database,
        count=args.count + 1,
        seed=args.seed,
        project=args.project,
        prefix="ingest_reads_",
    ) as paths:
        means, per_article = _measure(paths)
    if args.json:
        print(json.dumps({"articles": per_article, "means": means}, indent=2))
        return
    print(f"{len(per_article)} new articles; per article, mean:")
    for key, value in means.items():
        print(f"  {key:20} {value:10.1f}")


def _measure(paths):
    """Per new article after the first: statements, rows read, the frame index's claims, the
    people whose roles were read, and the time; and their means."""
    from django.db import connection

    from newsroom.articles.services import article_ingest_path
    from newsroom.extraction.persister import Persister

    matchers = []
    claims = Persister._claims

    def recording(self, *a, **kw):
        try:
            return claims(self, *a, **kw)
        finally:
            matchers.append(self.matcher)

    Persister._claims = recording
    counts = {"statements": 0, "rows": 0, "role_rows": 0, "roles_read_rows": 0}

    def wrapper(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        counts["statements"] += 1
        if sql.lstrip("( ").upper().startswith(("SELECT", "WITH")) and "INSERT" not in sql:
            rows = max(context["cursor"].rowcount, 0)
            counts["rows"] += rows
            if 'FROM "entities_role"' in sql:
                counts["role_rows"] += rows
                # (those of the matcher's and the frame index's roles cache)
                if any(frame.name == "roles_read" for frame in traceback.extract_stack()):
                    counts["roles_read_rows"] += rows
        return result

    per_article = []
    article_ingest_path(paths[0])
    with connection.execute_wrapper(wrapper):
        for path in paths[1:]:
            matchers.clear()
            before = dict(counts)
            start = time.perf_counter()
            if not article_ingest_path(path).created:
                continue
            ms = 1000 * (time.perf_counter() - start)
            row = {key: counts[key] - before[key] for key in counts}
            matcher = matchers[-1] if matchers else None
            row["index_claims"] = len(matcher.frames.ids()) if matcher else 0
            row["people_roles_read"] = len(matcher._roles) if matcher else 0
            row["ms"] = round(ms, 1)
            per_article.append(row)
    means = {key: statistics.mean(row[key] for row in per_article) for key in per_article[0]}
    return means, per_article


if __name__ == "__main__":
    main()
