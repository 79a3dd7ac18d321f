"""Self time of a profile (`timing.py --dump FILE`) by library: where the time is spent, not which
step spends it.

    .venv/bin/python benchmarks/ingest/by_library.py FILE --articles 15
"""

import argparse
import pstats

# (label, a test on the file name of a function), first match wins.
GROUPS = (
    ("extractors (pure Python, spaCy included)", ("extraction/extractors/", "/spacy/", "/thinc/")),
    (
        "database driver (sqlite3, psycopg) and commits",
        ("sqlite3", "psycopg", "CursorWrapper.execute", "'commit'", "'fetch"),
    ),
    ("Django SQL compiler and query building", ("django/db/models/sql/", "django/db/models/expr")),
    ("Django model instances (__init__, from_db)", ("django/db/models/base.py",)),
    ("Django fields, lookups, querysets, other ORM", ("django/db/",)),
    ("django-simple-history", ("simple_history/",)),
    ("newsroom code outside the extractors", ("/newsroom/",)),
    ("Django, other", ("/django/",)),
)


DRIVER = ("sqlite3", "psycopg", "commit", "execute", "fetch")


def _add(totals, where, seconds):
    label = next((g for g, keys in GROUPS if any(k in where for k in keys)), "other")
    totals[label] = totals.get(label, 0) + seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file")
    parser.add_argument("--articles", type=int, required=True)
    args = parser.parse_args()
    stats = pstats.Stats(args.file).stats
    totals = {}
    for (file, _, name), (_, _, tottime, _, callers) in stats.items():
        if file == "~" and callers and not any(k in name for k in DRIVER):
            # a built-in (getattr, isinstance, a dict method): its time is its callers'
            for (caller_file, _, caller_name), entry in callers.items():
                _add(totals, f"{caller_file} {caller_name}", entry[2])
        else:
            _add(totals, f"{file} {name}", tottime)
    whole = sum(totals.values())
    for label, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        print(f"{1000 * seconds / args.articles:8.1f} ms  {100 * seconds / whole:5.1f} %  {label}")
    print(f"{1000 * whole / args.articles:8.1f} ms  100.0 %  all (under cProfile)")


if __name__ == "__main__":
    main()
