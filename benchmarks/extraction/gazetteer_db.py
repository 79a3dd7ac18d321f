"""Time the gazetteer a worker holds, read from the database, at 100,000 entities by default.

The synthetic entities of ``gazetteer.py`` are written to a fresh database (a temporary SQLite
file, or ``--database-url``: an EMPTY PostgreSQL database, which is migrated) as approved
entities with approved aliases. Reports the full read (what a worker does once), the check
of an unchanged gazetteer (every run), and bringing it up to date after one editorial change
made through the entity services (approval, rename, alias added, rejection, merge).

    .venv/bin/python benchmarks/extraction/gazetteer_db.py [--entities N] [--database-url URL]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from gazetteer import synthetic  # noqa: E402


def setup(url: str | None) -> None:
    database = Path(tempfile.mkdtemp()) / "gazetteer-bench.sqlite3"
    os.environ["DATABASE_URL"] = url or f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DJANGO_LOG_LEVEL"] = "ERROR"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def load(n: int) -> None:
    """``n`` approved entities with their aliases, in bulk (no history: set-up, not measured)."""
    from newsroom.entities.models import Alias, Entity, normalize_alias

    known = synthetic(n)
    entities = Entity.objects.bulk_create(
        (
            Entity(name=k.name, slug=f"e{i}", kind=k.kind, review_status="approved")
            for i, k in enumerate(known)
        ),
        batch_size=5000,
    )
    Alias.objects.bulk_create(
        (
            Alias(entity=e, name=a, normalized=normalize_alias(a), review_status="approved")
            for e, k in zip(entities, known, strict=True)
            for a in k.aliases
        ),
        batch_size=5000,
    )


def timed(action):
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    setup(args.database_url)
    load(args.entities)
    from django.contrib.auth import get_user_model

    from newsroom.core.models import ReviewStatus
    from newsroom.entities import services
    from newsroom.entities.models import Entity
    from newsroom.extraction.gazetteer import HeldGazetteer, gazetteer_current

    editor = get_user_model().objects.create(username="bench-editor")
    # the best of three full reads: the figure a worker gets on a machine not busy elsewhere
    full = min(timed(lambda: HeldGazetteer(0))[1] for _ in range(2))
    gazetteer, first = timed(gazetteer_current)
    full = min(full, first)
    print(f"entities: {len(gazetteer):,} ({len(gazetteer.index):,} indexed surfaces)")
    print(f"full read and build: {full:.2f} s")
    _, unchanged = timed(gazetteer_current)
    print(f"unchanged (one query): {unchanged * 1000:.1f} ms")
    first, second = Entity.objects.order_by("pk")[:2]
    pending = Entity.objects.create(name="Velin Orbital Works", slug="velin", kind="organization")
    changes = [
        (
            "approval",
            lambda: services.entity_review(entity=pending, user=editor, status="approved"),
        ),
        ("rename", lambda: services.entity_update(entity=first, user=editor, fields={"name": "X"})),
        ("alias added", lambda: services.alias_add(entity=first, name="Xavier", user=editor)),
        (
            "rejection",
            lambda: services.entity_review(
                entity=pending, user=editor, status=ReviewStatus.REJECTED
            ),
        ),
        ("merge", lambda: services.entity_merge(source=second, target=first, user=editor)),
    ]
    for what, change in changes:
        change()
        caught_up, seconds = timed(gazetteer_current)
        assert caught_up is gazetteer
        print(f"up to date after one {what}: {seconds * 1000:.1f} ms")


if __name__ == "__main__":
    main()
