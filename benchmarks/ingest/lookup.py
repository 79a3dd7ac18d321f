"""Entity lookup at scale: how long `EntityIndex` (an article's forty names resolved at once)
takes over N entities, with the LOWER(name) index and after dropping it.

    .venv/bin/python benchmarks/ingest/lookup.py [--count 100000] [--database-url URL]

Without --database-url, a temporary SQLite file. With a PostgreSQL URL, the database must exist
and be empty; it is left migrated and filled (drop it afterwards).
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{Path(tempfile.mkdtemp()) / 'lookup.sqlite3'}"
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DJANGO_LOG_LEVEL"] = "ERROR"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from newsroom.entities.models import Entity
    from newsroom.entities.selectors import EntityIndex

    call_command("migrate", verbosity=0)
    n = args.count
    Entity.objects.bulk_create(
        [
            Entity(name=f"Person{i} Name{i}", slug=f"person{i}-name{i}", kind="person")
            for i in range(n)
        ],
        batch_size=5000,
    )
    names = [f"person{i} name{i}" for i in range(0, n, max(1, n // 40))][:40]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    def timed(label):
        EntityIndex(names)
        start = time.perf_counter()
        for _ in range(20):
            EntityIndex(names)
        per = (time.perf_counter() - start) / 20 * 1000
        print(f"{connection.vendor}, {n:,} entities, {label}: {per:.1f} ms per lookup of 40 names")

    timed("with the LOWER(name) index")
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX entity_lower_name_idx")
    timed("without it")


if __name__ == "__main__":
    main()
