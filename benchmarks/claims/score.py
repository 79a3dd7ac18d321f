"""Score claim extraction across articles against hand-written story sets.

For each set in benchmarks/claims/sets/, a fresh SQLite database receives the set's articles in
file order through the real ingestion path (extraction runs as it does after `ingest`), then the
saved claims are compared with benchmarks/claims/gold/<set>.json:

- clustering: over pairs of gold passages, is "same claim" right? (pairwise precision/recall/F1;
  a gold passage no evidence covers counts against recall)
- disputes: per gold event, is the claim disputed exactly when the gold says so?
- attributes: per found passage, the date (at its precision), place and "until" year that the
  evidence row keeps for that passage
- false conflicts: events the gold calls undisputed that the pipeline marked disputed

    .venv/bin/python benchmarks/claims/score.py [--json] [--verbose] [SET ...]
"""

import argparse
import itertools
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))


def setup():
    database = Path(tempfile.mkdtemp()) / "claims-bench.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DJANGO_LOG_LEVEL"] = "ERROR"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def load_set(name, gold):
    """Ingest one set into an emptied database; return {filename: Article}."""
    from django.core.management import call_command
    from django.db import connection

    from newsroom.articles.services import RejectedInput, article_ingest_path

    call_command("flush", interactive=False, verbosity=0)
    articles = {}
    folder = ROOT / gold["dir"] if gold.get("dir") else HERE / "sets" / name
    for path in sorted(folder.glob("*.txt")):
        try:
            result = article_ingest_path(path)
        except RejectedInput as error:
            # As `ingest` would: the article is not stored, and its passages count as missed.
            print(f"{name}: {path.name} rejected: {error}", file=sys.stderr)
            continue
        finally:
            connection.close()  # each article is its own request, as with `ingest`
        articles[path.name] = result.article
    return articles


def score_set(name, gold, verbose=False):
    from newsroom.claims.models import Evidence

    articles = load_set(name, gold)
    evidence = list(
        Evidence.objects.select_related("claim", "place", "article").exclude(
            review_status="rejected"
        )
    )
    found = {}  # (event id, passage index) -> Evidence
    misses = []
    for event in gold["events"]:
        for index, passage in enumerate(event["passages"]):
            article = articles.get(passage["article"])
            if article is None:
                misses.append(
                    f"{event['id']}: {passage['article']} (rejected): {passage['text'][:70]}"
                )
                continue
            start = article.body.find(passage["text"])
            if start < 0:
                raise SystemExit(
                    f"{name}: gold text not in {passage['article']}: {passage['text']!r}"
                )
            end = start + len(passage["text"])
            overlapping = [
                (min(end, row.end) - max(start, row.start), row)
                for row in evidence
                if row.article_id == article.pk and row.start < end and start < row.end
            ]
            if overlapping:
                found[(event["id"], index)] = max(overlapping, key=lambda pair: pair[0])[1]
            else:
                misses.append(f"{event['id']}: {passage['article']}: {passage['text'][:70]}")
    # pairwise clustering
    passages = [(event["id"], i) for event in gold["events"] for i in range(len(event["passages"]))]
    tp = fp = fn = 0
    wrong = []
    for a, b in itertools.combinations(passages, 2):
        gold_same = a[0] == b[0]
        ea, eb = found.get(a), found.get(b)
        predicted_same = ea is not None and eb is not None and ea.claim_id == eb.claim_id
        if gold_same and predicted_same:
            tp += 1
        elif predicted_same:
            fp += 1
            wrong.append(f"joined {a[0]} and {b[0]}")
        elif gold_same:
            fn += 1
            wrong.append(f"split {a[0]} ({a[1]} vs {b[1]})")
    # disputes, per event with a found passage: the claim most of its passages landed in
    dispute = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    false_conflicts = []
    for event in gold["events"]:
        rows = [
            found[(event["id"], i)]
            for i in range(len(event["passages"]))
            if (event["id"], i) in found
        ]
        if not rows:
            continue
        claims = [row.claim for row in rows]
        claim = max(claims, key=lambda c: sum(1 for x in claims if x.pk == c.pk))
        predicted, expected = claim.status == "disputed", bool(event["disputed"])
        key = ("t" if predicted == expected else "f") + ("p" if predicted else "n")
        dispute[key] += 1
        if predicted and not expected:
            false_conflicts.append(event["id"])
        if predicted != expected:
            wrong.append(f"{event['id']}: disputed={predicted}, gold {event['disputed']}")
    # attributes
    attributes = {"date": [0, 0], "place": [0, 0], "until": [0, 0]}
    for event in gold["events"]:
        for index, passage in enumerate(event["passages"]):
            row = found.get((event["id"], index))
            if row is None:
                continue
            if passage.get("date"):
                attributes["date"][1] += 1
                got = (row.date.isoformat() if row.date else None, row.date_precision or None)
                want = (passage["date"], passage["precision"])
                if got == want:
                    attributes["date"][0] += 1
                else:
                    wrong.append(f"{event['id']} {passage['article']}: date {got} ≠ {want}")
            if passage.get("place"):
                attributes["place"][1] += 1
                got = row.place.name if row.place_id else None
                names = {got.casefold()} if got else set()
                if row.place_id:
                    names |= {
                        a.casefold() for a in row.place.aliases.values_list("name", flat=True)
                    }
                if passage["place"].casefold() in names:
                    attributes["place"][0] += 1
                else:
                    wrong.append(
                        f"{event['id']} {passage['article']}: place {got} ≠ {passage['place']}"
                    )
            if passage.get("until"):
                attributes["until"][1] += 1
                got = getattr(row, "until", None)
                if got == passage["until"]:
                    attributes["until"][0] += 1
                else:
                    wrong.append(
                        f"{event['id']} {passage['article']}: until {got} ≠ {passage['until']}"
                    )
    trace = []
    for event in gold["events"]:
        trace.append(f"{event['id']} ({event['kind']}, disputed {event['disputed']})")
        for index, passage in enumerate(event["passages"]):
            row = found.get((event["id"], index))
            if row is None:
                trace.append(f"    --  {passage['article']}: {passage['text'][:60]}")
                continue
            claim = row.claim
            kind = getattr(claim, "kind", "") or "-"
            parties = (
                ",".join(sorted(p.name for p in claim.parties.all()))
                if hasattr(claim, "parties")
                else ""
            )
            trace.append(
                f"    c{claim.pk} {kind} [{parties}] {claim.status} | {row.date} "
                f"{row.place.name if row.place_id else ''} | {passage['article']}: "
                f"{passage['text'][:50]}"
            )
    return {
        "trace": trace,
        "passages": len(passages),
        "found": len(found),
        "pairs": {"tp": tp, "fp": fp, "fn": fn},
        "disputes": dispute,
        "attributes": attributes,
        "false_conflicts": false_conflicts,
        "misses": misses,
        "wrong": wrong,
    }


def ratio(a, b):
    return a / b if b else 1.0


def figures(result):
    pairs, disputes = result["pairs"], result["disputes"]
    p = ratio(pairs["tp"], pairs["tp"] + pairs["fp"])
    r = ratio(pairs["tp"], pairs["tp"] + pairs["fn"])
    return {
        "passages found": ratio(result["found"], result["passages"]),
        "cluster P": p,
        "cluster R": r,
        "cluster F1": 2 * p * r / (p + r) if p + r else 0.0,
        "dispute P": ratio(disputes["tp"], disputes["tp"] + disputes["fp"]),
        "dispute R": ratio(disputes["tp"], disputes["tp"] + disputes["fn"]),
        **{f"{k} acc": ratio(*v) for k, v in result["attributes"].items()},
        "false conflicts": len(result["false_conflicts"]),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--trace", action="store_true", help="each gold passage's claim")
    args = parser.parse_args()
    setup()
    names = args.sets or sorted(p.stem for p in (HERE / "gold").glob("*.json"))
    results = {}
    for name in names:
        gold = json.loads((HERE / "gold" / f"{name}.json").read_text())
        results[name] = score_set(name, gold, args.verbose)
    if args.json:
        print(json.dumps({n: {**r, "figures": figures(r)} for n, r in results.items()}, indent=2))
        return
    rows = {name: figures(result) for name, result in results.items()}
    metrics = list(next(iter(rows.values())))
    print(f"{'metric':<16}" + "".join(f"{name[:18]:>20}" for name in rows))
    for metric in metrics:
        cells = "".join(
            f"{rows[n][metric]:>20}" if metric == "false conflicts" else f"{rows[n][metric]:>20.2f}"
            for n in rows
        )
        print(f"{metric:<16}{cells}")
    if args.trace:
        for name, result in results.items():
            print(f"\n== {name}")
            print("\n".join(result["trace"]))
    if args.verbose:
        for name, result in results.items():
            print(f"\n== {name}")
            for line in result["misses"]:
                print("  missed  ", line)
            for line in result["wrong"]:
                print("  wrong   ", line)


if __name__ == "__main__":
    main()
