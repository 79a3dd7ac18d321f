"""Time building the gazetteer index of approved entities, at 100,000 entities by default.

Synthetic entities (people, organisations and places with two aliases each) built from the
given-name list; the index is what ``extract()`` matches the text against. Reports the build
time and the time to extract one article against the built index.

    .venv/bin/python benchmarks/extraction/gazetteer.py [--entities N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsroom.extraction.extractors import Gazetteer, KnownEntity, extract  # noqa: E402
from newsroom.extraction.extractors.lexicon import given_names  # noqa: E402

HEADS = ("Space Agency", "Aerospace", "Capital", "Institute", "Launch Systems")


def synthetic(n: int, seed: int = 7) -> tuple[KnownEntity, ...]:
    """``n`` made-up entities with aliases, a third each of people, organisations, places."""
    rng = random.Random(seed)
    given = sorted(given_names())
    out = []
    for i in range(n):
        a, b = rng.choice(given), rng.choice(given)
        word = f"{b}{i:x}".capitalize()
        if i % 3 == 0:
            out.append(KnownEntity(f"{a} {word}", "person", (word, f"Dr. {word}")))
        elif i % 3 == 1:
            name = f"{word} {rng.choice(HEADS)}"
            out.append(KnownEntity(name, "organization", (word, word[:4].upper() + str(i))))
        else:
            out.append(KnownEntity(f"{word}ville", "place", (f"{word}ville City",)))
    return tuple(out)


def main() -> None:
    """Build the index once from scratch, change it entity by entity, report the timings."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entities", type=int, default=100_000)
    args = parser.parse_args()
    gazetteer = synthetic(args.entities)
    extract("Warm-up: the blank pipeline and place index load once.")
    started = time.perf_counter()
    index = Gazetteer((i, i, known) for i, known in enumerate(gazetteer))
    built = time.perf_counter() - started
    updated = _update_times(index, gazetteer)
    text = (ROOT / "seeds").glob("*.txt")
    article = next(iter(sorted(text))).read_text(encoding="utf-8")
    started = time.perf_counter()
    extract(article, gazetteer=index)
    one = time.perf_counter() - started
    aliases = sum(1 + len(k.aliases) for k in gazetteer)
    print(f"entities: {len(gazetteer):,} ({aliases:,} names and aliases)")
    print(f"index build: {built:.2f} s")
    print(f"one seed article against it: {one * 1000:.0f} ms")
    for what, seconds in updated:
        print(f"incremental update, {what}: {seconds * 1e6:.0f} µs per entity")


def _update_times(index: Gazetteer, gazetteer: tuple[KnownEntity, ...], n: int = 1000):
    """Mean time of ``put`` over ``n`` entities spread over the gazetteer: a rename (a new
    alias, as an approval or rename adds), a removal (a rejection or a merge) and an addition."""
    step = max(1, len(gazetteer) // n)
    picked = range(0, len(gazetteer), step)[:n]
    times = []
    for what, change in (
        ("alias added", lambda k: KnownEntity(k.name, k.kind, (*k.aliases, f"{k.name} Group"))),
        ("removed", lambda k: None),
        ("added back", lambda k: k),
    ):
        started = time.perf_counter()
        for i in picked:
            index.put(i, i, change(gazetteer[i]))
        times.append((what, (time.perf_counter() - started) / len(picked)))
    return times


if __name__ == "__main__":
    main()
