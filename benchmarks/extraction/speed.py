"""Measure extraction speed on one core: words/second and time for 1,000 seed-sized articles.

    .venv/bin/python benchmarks/extraction/speed.py [--articles 1000] [--json] [--ner-model NAME]

The first call pays the one-off start-up (spaCy's blank pipeline, the place and given-name
indexes); it is reported apart. The timed loop alternates the seed articles with an article date,
so relative dates go through the same code as in production.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    """Time the pipeline and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--ner-model", default="", help="with this installed spaCy model")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, honestly
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    published = datetime.date(2025, 7, 31)

    t0 = time.perf_counter()
    from newsroom.extraction.extractors import extract

    extract(texts[0], published_at=published, ner_model=args.ner_model)
    startup = time.perf_counter() - t0

    words = 0
    t0 = time.perf_counter()
    for n in range(args.articles):
        text = texts[n % len(texts)]
        extract(text, published_at=published, ner_model=args.ner_model)
        words += len(text.split())
    elapsed = time.perf_counter() - t0
    report = {
        "articles": args.articles,
        "words": words,
        "seconds": round(elapsed, 2),
        "words_per_second": round(words / elapsed),
        "ms_per_article": round(1000 * elapsed / args.articles, 2),
        "startup_seconds": round(startup, 2),
        "python": sys.version.split()[0],
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:18} {value}")


if __name__ == "__main__":
    main()
