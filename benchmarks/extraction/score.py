"""Score the extractors against the hand-made gold annotations in ``gold/``.

Runs ``extract()`` with an EMPTY gazetteer on every annotated article and reports, one column per
group (seeds, own, holdout, blind, fresh to fresh8): entity precision/recall/F1 (person,
organization, place; a prediction matches a gold entity when the kind is the same and the canonical
name or any alias of one equals the name or an alias of the other), duplicate entities (gold
entities matched by more than one prediction), quote precision/recall (span overlap), speaker
accuracy (of matched gold quotes), claim recall (gold dated claims matched by date and overlapping
evidence) and role recall.

    .venv/bin/python benchmarks/extraction/score.py [--json] [--verbose]
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsroom.extraction.extractors import extract  # noqa: E402

SCORED_KINDS = ("person", "organization", "place")
# Column order: from the most seen by the rules to the least ("fresh" to "fresh6": written
# 2026-11-21; fresh7 and fresh8 later).
GROUPS = (
    "seeds",
    "own",
    "holdout",
    "blind",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
)


def norm(name: str | None) -> str:
    """Compare names without case, apostrophe style or a leading article."""
    if name is None:
        return ""
    name = name.replace("’", "'").replace("`", "'").casefold().strip()
    return name.removeprefix("the ")


def forms(name: str, aliases) -> set[str]:
    """All normalised names of an entity."""
    return {norm(name), *(norm(a) for a in aliases)}


def date_text(date: datetime.date | None, precision: str | None) -> str | None:
    """Format a date at its precision, the way the gold writes it."""
    if date is None:
        return None
    return {"day": date.isoformat(), "month": date.strftime("%Y-%m"), "year": str(date.year)}[
        precision or "day"
    ]


def score_article(gold: dict, verbose: bool = False, ner_model: str = "") -> dict:
    """Raw counts for one article (``ner_model``: an optional model's entities offered to the
    rules)."""
    text = (ROOT / gold["article"]).read_text(encoding="utf-8")
    published = gold.get("published_at")
    result = extract(
        text,
        published_at=datetime.date.fromisoformat(published) if published else None,
        ner_model=ner_model,
    )
    by_key = {e.key: e for e in result.entities}
    c: dict[str, int] = defaultdict(int)
    log: list[str] = []

    gold_ents = [g for g in gold["entities"] if g["kind"] in SCORED_KINDS]
    pred_ents = [e for e in result.entities if e.kind in SCORED_KINDS]
    hits: dict[int, int] = defaultdict(int)
    for p in pred_ents:
        pf = forms(p.name, p.aliases)
        matched = [
            i
            for i, g in enumerate(gold_ents)
            if g["kind"] == p.kind and pf & forms(g["name"], g["aliases"])
        ]
        for i in matched:
            hits[i] += 1
        if matched:
            c["ent_tp_pred"] += 1
        else:
            log.append(f"  entity FP: {p.kind} {p.name!r} {p.aliases}")
    c["ent_pred"] = len(pred_ents)
    c["ent_gold"] = len(gold_ents)
    c["ent_tp_gold"] = sum(1 for i in range(len(gold_ents)) if hits[i])
    c["ent_dup"] = sum(1 for i in range(len(gold_ents)) if hits[i] > 1)
    for i, g in enumerate(gold_ents):
        if not hits[i]:
            log.append(f"  entity FN: {g['kind']} {g['name']!r}")
        elif hits[i] > 1:
            log.append(f"  entity DUP: {g['name']!r}")

    gold_q = [
        (text.find(q["text"]), text.find(q["text"]) + len(q["text"]), q["speaker"])
        for q in gold["quotes"]
    ]
    c["q_pred"], c["q_gold"] = len(result.quotes), len(gold_q)
    for q in result.quotes:
        if any(q.start < ge and gs < q.end for gs, ge, _ in gold_q):
            c["q_tp_pred"] += 1
        else:
            log.append(f"  quote FP: {q.text[:60]!r}")
    for gs, ge, speaker in gold_q:
        match = [q for q in result.quotes if q.start < ge and gs < q.end]
        if not match:
            log.append(f"  quote FN: {text[gs:ge][:60]!r}")
            continue
        c["q_tp_gold"] += 1
        pred = by_key.get(match[0].speaker_key)
        ok = (pred is None and speaker is None) or (
            pred is not None
            and speaker is not None
            and norm(speaker) in forms(pred.name, pred.aliases)
        )
        c["speaker_ok"] += ok
        if not ok:
            log.append(
                f"  speaker wrong: {text[gs:ge][:40]!r} gold={speaker} pred={pred and pred.name}"
            )

    for g in gold["claims"]:
        gs = text.find(g["evidence"])
        ge = gs + len(g["evidence"])
        c["claim_gold"] += 1
        if any(
            date_text(cl.date, cl.date_precision) == g["date"]
            and any(ev.start < ge and gs < ev.end for ev in cl.evidence)
            for cl in result.claims
        ):
            c["claim_tp"] += 1
        else:
            log.append(f"  claim FN: {g['date']} {g['evidence'][:60]!r}")

    for g in gold.get("roles", []):
        c["role_gold"] += 1
        for r in result.roles:
            person, org = by_key.get(r.person_key), by_key.get(r.organization_key)
            if (
                person
                and norm(g["person"]) in forms(person.name, person.aliases)
                and norm(g["title"]) == norm(r.title)
                and (
                    (org is None and g["organization"] is None)
                    or (
                        org is not None
                        and g["organization"] is not None
                        and norm(g["organization"]) in forms(org.name, org.aliases)
                    )
                )
            ):
                c["role_tp"] += 1
                break
        else:
            log.append(f"  role FN: {g}")
    if verbose and log:
        print(gold["article"], *log, sep="\n")
    return c


def ratio(a: int, b: int) -> float:
    """a / b, or 1.0 when there is nothing to find."""
    return a / b if b else 1.0


def summarize(c: dict) -> dict:
    """Turn counts into the reported figures."""
    p, r = ratio(c["ent_tp_pred"], c["ent_pred"]), ratio(c["ent_tp_gold"], c["ent_gold"])
    return {
        "entity_precision": round(p, 3),
        "entity_recall": round(r, 3),
        "entity_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "duplicate_entities": c["ent_dup"],
        "quote_precision": round(ratio(c["q_tp_pred"], c["q_pred"]), 3),
        "quote_recall": round(ratio(c["q_tp_gold"], c["q_gold"]), 3),
        "speaker_accuracy": round(ratio(c["speaker_ok"], c["q_tp_gold"]), 3),
        "claim_recall": round(ratio(c["claim_tp"], c["claim_gold"]), 3),
        "role_recall": round(ratio(c["role_tp"], c["role_gold"]), 3),
        "counts": dict(c),
    }


def main() -> None:
    """Score every gold file and print a table per group."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument(
        "--ner-model", default="", help="offer this installed spaCy model's entities to the rules"
    )
    args = parser.parse_args()
    groups: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    for path in sorted((Path(__file__).parent / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for key, value in score_article(gold, args.verbose, args.ner_model).items():
            groups[gold["group"]][key] += value
    order = {name: n for n, name in enumerate(GROUPS)}
    report = {
        name: summarize(c)
        for name, c in sorted(groups.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    metrics = [k for k in next(iter(report.values())) if k != "counts"]
    print(f"{'metric':22}" + "".join(f"{g:>10}" for g in report))
    for m in metrics:
        print(f"{m:22}" + "".join(f"{report[g][m]:>10}" for g in report))


if __name__ == "__main__":
    main()
