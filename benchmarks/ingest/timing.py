"""Where a new article's time goes: ingest generated articles into a copy of a database under
cProfile and print the time per article of each step, then the functions that cost most.

    .venv/bin/python benchmarks/ingest/timing.py DATABASE [--count 30] [--seed 7] [--top 40]
        [--sort cumulative|tottime] [--dump FILE]

DATABASE is what `run.py --keep` left: an SQLite file (copied first) or a PostgreSQL URL (copied
with `CREATE DATABASE … TEMPLATE`, dropped afterwards), so it is never changed. `--count` articles
of `--seed` (another seed than the database's, so they are new) go through `article_ingest_path`
one by one, with extraction, as `run.py` does, after one more whose time is not counted
(spaCy's start-up).
The wall time per article is printed without the profiler too (a first pass over half of the
articles), since cProfile inflates Python-heavy steps more than database waits.
"""

import argparse
import contextlib
import cProfile
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

# The steps reported, as (label, file suffix, function name); their times overlap where one
# calls another (the indentation of the label says so).
STEPS = (
    ("ingest with extraction", "articles/services.py", "article_ingest_path"),
    ("  extraction_run_article", "extraction/services.py", "extraction_run_article"),
    ("    gazetteer_list", "extraction/selectors.py", "gazetteer_list"),
    ("    extract (pure Python)", "extractors/pipeline.py", "extract"),
    ("      analyse (spaCy doc)", "extractors/text.py", "analyse"),
    ("      find_labels", "extractors/entities.py", "find_labels"),
    ("      find_claims", "extractors/claims.py", "find_claims"),
    ("    output_digest", "extraction/services.py", "output_digest"),
    ("    extraction_save", "extraction/services.py", "extraction_save"),
    ("      Persister._entities", "extraction/persister.py", "_entities"),
    ("      Persister._claims", "extraction/persister.py", "_claims"),
    ("        claims_recompute", "claims/services.py", "claims_recompute"),
    ("    _finish", "extraction/services.py", "_finish"),
    ("all SQL (cursor execute)", "django/db/backends/utils.py", "_execute"),
    ("full_clean", "django/db/models/base.py", "full_clean"),
    ("bulk_create_with_history", "simple_history/utils.py", "bulk_create_with_history"),
    ("Model.__init__", "django/db/models/base.py", "__init__"),
    ("SQL compile (as_sql)", "django/db/models/sql/compiler.py", "as_sql"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("database")
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", choices=["cumulative", "tottime"], default="cumulative")
    parser.add_argument("--dump", help="also write the raw profile here (pstats)")
    parser.add_argument("--no-profile", action="store_true", help="only the timing without it")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ingest_profile_"))
    url, drop = _copy(args.database, work)
    paths = generate(args.count + args.count // 2 + 1, work / "articles", seed=args.seed)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DJANGO_LOG_LEVEL"] = "ERROR"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    from newsroom.articles.services import article_ingest_path

    try:
        article_ingest_path(paths[0])  # spaCy's start-up and Django's first queries, uncounted
        plain, profiled = paths[1 : args.count // 2 + 1], paths[args.count // 2 + 1 :]
        start, cpu = time.perf_counter(), time.process_time()
        created = sum(article_ingest_path(path).created for path in plain)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"without the profiler: {created} new articles, {1000 * wall / created:.1f} ms each"
            f" ({1000 * cpu / created:.1f} ms of this process's CPU time)"
        )
        if args.no_profile:
            return
        profile = cProfile.Profile()
        profile.enable()
        created = sum(article_ingest_path(path).created for path in profiled)
        profile.disable()
    finally:
        connection.close()
        drop()
        shutil.rmtree(work)
    stats = pstats.Stats(profile)
    if args.dump:
        stats.dump_stats(args.dump)
    print(f"under cProfile: {created} new articles; ms per article (cumulative, calls per article)")
    for label, suffix, name in STEPS:
        found = [
            (value[1], value[3])
            for (file, _, func), value in stats.stats.items()
            if func == name and file.endswith(suffix)
        ]
        if found:
            calls = sum(c for c, _ in found)
            seconds = max(t for _, t in found)  # recursive entries count once
            print(f"{1000 * seconds / created:9.1f}  {calls / created:8.1f}  {label}")
    print()
    stats.sort_stats(args.sort).print_stats(args.top)


@contextlib.contextmanager
def copied_project(database, *, count, seed, project, prefix):
    """Django set up on a throwaway copy of `database` with `project`'s code, and `count`
    generated articles (their paths); the copy and the articles are removed after."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    url, drop = _copy(database, work)
    try:
        paths = generate(count, work / "articles", seed=seed)
        os.environ["DATABASE_URL"] = url
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
        os.environ["DJANGO_LOG_LEVEL"] = "ERROR"
        sys.path.insert(0, str(Path(project).resolve()))
        import django

        django.setup()
        from django.db import connection

        try:
            yield paths
        finally:
            connection.close()
    finally:
        drop()
        shutil.rmtree(work)


def _copy(database, work):
    """A URL for a throwaway copy of `database`, and a function that removes it."""
    if not database.startswith("postgres"):
        copy = work / "copy.sqlite3"
        shutil.copyfile(database, copy)
        return f"sqlite:///{copy}", lambda: None  # removed with the work folder
    import psycopg

    parts = urlsplit(database)
    source = parts.path.lstrip("/")
    name = f"{source}_profile_{os.getpid()}"
    admin = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')

    def drop():
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')

    return urlunsplit(parts._replace(path=f"/{name}")), drop


if __name__ == "__main__":
    main()
